/**
 * AI plans for tests, written as a scenario file writes them (offset `[col, row]` hexes), checked by the scenario
 * schema and converted as every game's plan is (`aiPlanOf`), so tests exercise the one runtime form.
 */
import type { z } from 'zod';
import type { AiPlan } from '../../src/scenario/ai-plan';
import type { Side } from '../../src/engine/vocabulary';
import { aiPlanOf } from '../../src/scenario/build-setup';
import { AiPlanSchema, type FormationSchema } from '../../src/scenario/schema';

/** A formation as a file writes it; the name may be left out (it is then the id). */
export type TestFormation = Omit<z.input<typeof FormationSchema>, 'name'> & { readonly name?: string };

/** Either side may be left out (no formations). */
export const testPlan = (input: Partial<Record<Side, { readonly formations: readonly TestFormation[] }>>): AiPlan => {
  const side = (s: Side) => ({ formations: (input[s]?.formations ?? []).map((f) => ({ ...f, name: f.name ?? f.id })) });
  return aiPlanOf(AiPlanSchema.parse({ soviet: side('soviet'), japanese: side('japanese') }));
};
