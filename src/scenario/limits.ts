/**
 * What a scenario file may hold at most. Checked before the real work (the byte length before JSON parsing; map size
 * and unit count before the schema), so a huge or hostile file is refused quickly and with a plain message.
 *
 * The limits are what plays, measured (`npm run bench`, "at the limits"; docs/scenario-format.md): the computer's
 * side-turn grows faster than its unit count (612 units of four August battles on a 190×198 map: at most ~1.6 s per
 * side-turn on a 2-core machine; 765 units: 2.5 s; 918: 5.3 s), while the map's size costs little by itself (the
 * August battle alone on 190×198 plays as fast as on its own 38×66 map). So a map may be 200×200 but a scenario
 * holds at most 650 units, and 2 MB is room for that with long notes (a 612-unit file is ~0.3 MB).
 */
import type { FileError } from '../format';

export const SCENARIO_LIMITS = {
  /** 2 MB. */
  bytes: 2 * 1024 * 1024,
  mapSide: 200,
  units: 650,
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
