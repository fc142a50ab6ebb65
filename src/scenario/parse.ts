/**
 * `parseScenario(text)`: a scenario file's text → a valid Scenario, or every error in it with its JSON path.
 * Order of work: byte size, JSON syntax, size limits, the schema, then the semantic checks over whatever parsed.
 */
import { CheckContext } from './check-context';
import { draftOf, salvageDraft } from './draft';
import { forbiddenKeys, parseJsonText, textTooLarge, zodErrors, type FileError } from '../format';
import { SCENARIO_LIMITS, structureTooLarge } from './limits';
import { checkMap } from './map-checks';
import { checkRanges } from './range-checks';
import { checkReferences } from './reference-checks';
import { ScenarioSchema, type Scenario } from './schema';

export type { FileError } from '../format';

export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly FileError[] };

export interface ParseScenarioOptions {
  /** The file's name ("azuma-encirclement.json"): its id must match. */
  readonly fileName?: string;
}

/** Parses and checks JSON text as a scenario (see docs/scenario-format.md). Never throws. */
export const parseScenario = (text: string, options: ParseScenarioOptions = {}): ParseScenarioResult => {
  const big = textTooLarge(text, SCENARIO_LIMITS.bytes, 'scenario files');
  if (big) return { ok: false, errors: [big] };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, errors: [{ path: '', message: `not valid JSON: line ${json.line}, column ${json.column}: ${json.message}` }] };
  return validateScenarioData(json.value, options);
};

/** The same checks on an already-parsed JSON value. */
export const validateScenarioData = (raw: unknown, options: ParseScenarioOptions = {}): ParseScenarioResult => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '', message: 'a scenario file holds one JSON object ({ … })' }] };
  }
  const limits = structureTooLarge(raw);
  if (limits.length) return { ok: false, errors: limits };
  const forbidden = forbiddenKeys(raw);
  if (forbidden.length) return { ok: false, errors: forbidden };

  const parsed = ScenarioSchema.safeParse(raw, { reportInput: true });
  const errors: FileError[] = parsed.success ? [] : zodErrors(parsed.error, ScenarioSchema, raw);
  const draft = parsed.success ? draftOf(parsed.data) : salvageDraft(raw);
  const ctx = new CheckContext(draft.map);
  if (draft.map) checkMap(ctx, draft.map);
  checkReferences(ctx, draft);
  checkRanges(ctx, draft);
  errors.push(...ctx.errors);
  if (options.fileName !== undefined && draft.id !== undefined) {
    const base = options.fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
    if (base !== draft.id) errors.push({ path: 'id', message: `'${draft.id}' does not match the file name '${base}.json'; name the file after its id` });
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, scenario: parsed.data };
};

/** One error as a line: `path: message` (or the message alone for the whole file). */
export const formatFileError = (e: FileError): string => (e.path ? `${e.path}: ${e.message}` : e.message);
