/**
 * What a scenario file may hold at most. Checked before the real work (the byte length before JSON parsing; map size
 * and unit count before the schema), so a huge or hostile file is refused quickly and with a plain message.
 */
import type { FileError } from '../format';

export const SCENARIO_LIMITS = {
  /** 5 MB. */
  bytes: 5 * 1024 * 1024,
  mapSide: 200,
  units: 5000,
} as const;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Map size and unit count of a parsed (not yet validated) document. */
export const structureTooLarge = (raw: unknown): FileError[] => {
  if (raw === null || typeof raw !== 'object') return [];
  const doc = raw as Record<string, unknown>;
  const errors: FileError[] = [];
  const map = doc.map && typeof doc.map === 'object' ? (doc.map as Record<string, unknown>) : undefined;
  const w = num(map?.width);
  const h = num(map?.height);
  if ((w !== undefined && w > SCENARIO_LIMITS.mapSide) || (h !== undefined && h > SCENARIO_LIMITS.mapSide)) {
    errors.push({
      path: 'map',
      message: `the map is ${w ?? '?'}×${h ?? '?'} hexes; maps may be at most ${SCENARIO_LIMITS.mapSide}×${SCENARIO_LIMITS.mapSide}`,
    });
  }
  if (Array.isArray(doc.units) && doc.units.length > SCENARIO_LIMITS.units) {
    errors.push({
      path: 'units',
      message: `${doc.units.length.toLocaleString('en-US')} units; a scenario may have at most ${SCENARIO_LIMITS.units.toLocaleString('en-US')}`,
    });
  }
  return errors;
};
