import { describe, expect, it } from 'vitest';
import { tryCommand } from '../../src/engine/apply-command';
import { previewAttack } from '../../src/engine/combat';
import { unitMobility } from '../../src/engine/mobility';
import { OBSERVER_RANGE_PERCENT } from '../../src/engine/spotting';
import { KIND_RULES } from '../../src/engine/unit-kinds';
import { entrenchmentCap } from '../../src/engine/unit-actions';
import { UNIT_KINDS, type UnitKind } from '../../src/engine/vocabulary';
import { exertsZoneOfControl } from '../../src/engine/zone-of-control';
import { movementState } from '../helpers/movement-state';
import { at, testUnit } from '../helpers/test-setup';

const kindsWhere = (pick: (k: UnitKind) => boolean): UnitKind[] => UNIT_KINDS.filter(pick);

/** A Soviet unit of `kind` next to a Japanese company on open steppe, Soviets to move. */
const faceOff = (kind: UnitKind) =>
  movementState({
    map: { width: 6, height: 3 },
    units: [testUnit({ id: 's', side: 'soviet', kind, at: [2, 1] }), testUnit({ id: 'j', side: 'japanese', at: [3, 1] })],
  });

describe('the table of unit kinds', () => {
  it('keeps the numbers the rules had before they were gathered here', () => {
    expect(OBSERVER_RANGE_PERCENT).toEqual({
      infantry: 100,
      'motorised-infantry': 100,
      cavalry: 125,
      tank: 75,
      'armoured-car': 125,
      reconnaissance: 150,
      artillery: 125,
      'anti-tank': 100,
      engineer: 100,
      headquarters: 125,
      'machine-gun': 100,
    });
    expect(kindsWhere((k) => KIND_RULES[k].crewed)).toEqual(['tank', 'armoured-car', 'reconnaissance', 'artillery', 'anti-tank']);
    expect(kindsWhere((k) => !KIND_RULES[k].holdsKeyHexes)).toEqual(['artillery', 'engineer', 'headquarters']);
    expect(kindsWhere((k) => !KIND_RULES[k].exertsZoneOfControl)).toEqual(['headquarters']);
    expect(kindsWhere((k) => KIND_RULES[k].maxEntrenchment !== null)).toEqual(['tank', 'armoured-car']);
  });

  it('gives each kind its mobility with nothing but riflemen (and the default vehicles of armour)', () => {
    const classOf = (kind: UnitKind) => unitMobility({ kind, men: 100, equipment: { LMG: 4 } });
    expect(Object.fromEntries(UNIT_KINDS.map((k) => [k, classOf(k)]))).toEqual({
      infantry: 'foot',
      'motorised-infantry': 'wheeled',
      cavalry: 'horse',
      tank: 'tracked',
      'armoured-car': 'wheeled',
      reconnaissance: 'foot',
      artillery: 'foot',
      'anti-tank': 'foot',
      engineer: 'foot',
      headquarters: 'foot',
      'machine-gun': 'foot',
    });
  });

  it.each(UNIT_KINDS)('agrees with the rules that read it (%s)', (kind) => {
    const state = faceOff(kind);
    const unit = state.units.find((u) => u.id === 's')!;
    expect(exertsZoneOfControl(unit)).toBe(KIND_RULES[kind].exertsZoneOfControl);
    expect(entrenchmentCap(state, unit)).toBe(KIND_RULES[kind].maxEntrenchment ?? entrenchmentCap(faceOff('infantry'), { ...unit, kind: 'infantry' }));
    // Leading an assault and bridging are still refused by kind in the command checks: the table must say the same.
    expect(previewAttack(state, ['s'], at(3, 1)).ok).toBe(KIND_RULES[kind].leadsAssault);
    if (!KIND_RULES[kind].buildsBridges) expect(tryCommand(state, { type: 'build-bridge', unitId: 's', direction: 0 }).ok).toBe(false);
  });

  it('lets only engineers bridge', () => {
    expect(kindsWhere((k) => KIND_RULES[k].buildsBridges)).toEqual(['engineer']);
  });
});
