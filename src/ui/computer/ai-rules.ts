/**
 * The AI's questions (src/ai/engine-port.ts) inside the worker are answered exactly as in headless games — the same
 * `engineRules` — so the computer opponent in the browser weighs moves and odds as `sim` and `batch` do. Asked of the
 * AI side's fogged view only.
 */
import { engineRules, type AiRules } from '../../ai';

export const workerAiRules: AiRules = engineRules;
