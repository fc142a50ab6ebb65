/**
 * The equipment keys of a unit must be catalogue ids (src/engine/equipment.ts). Run as a refinement on the equipment
 * record itself, so an unknown type is reported even when other parts of the file are wrong too.
 */
import type { z } from 'zod';
import { EQUIPMENT, EQUIPMENT_IDS } from '../engine';
import { didYouMean } from '../format';

export const equipmentKeysCheck = (counts: Record<string, number>, ctx: z.RefinementCtx): void => {
  for (const key of Object.keys(counts)) {
    if (EQUIPMENT[key]) continue;
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: `unknown equipment type '${key}'${didYouMean(key, EQUIPMENT_IDS)}`,
    });
  }
};
