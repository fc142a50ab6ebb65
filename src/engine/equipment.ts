/**
 * The equipment catalogue: every type of vehicle, gun and crew weapon a scenario may list, with the numbers the rules
 * use. Grounded in the fact sheet §C (armour in mm, calibres, ranges); where the sources give no figure the value is a
 * design estimate, marked `estimate: true`, so a reader can tell sourced numbers from judgement.
 *
 * Combat numbers are integers on fixed scales:
 * - armour: effective front armour in mm;
 * - penetration: mm of armour the main weapon defeats at 500 m (0 = no anti-armour capability);
 * - antiPersonnel: fire value against men in the open per piece, on a scale where one rifleman = 1;
 * - rangeM: effective direct-fire range, or maximum indirect range for artillery, in metres.
 */
import type { EquipmentClass, MobilityClass, Side } from './vocabulary';

export interface EquipmentType {
  readonly id: string;
  readonly name: string;
  readonly class: EquipmentClass;
  /** Which army used it (both for generic items such as trucks). */
  readonly users: readonly Side[];
  readonly mobility: MobilityClass;
  readonly crew: number;
  readonly armour: number;
  readonly penetration: number;
  readonly antiPersonnel: number;
  readonly rangeM: number;
  /** Fires indirectly (artillery, mortars) and can bombard beyond sight with an observer. */
  readonly indirect: boolean;
  /** Petrol engine easily set alight by incendiaries (the BT's exposed rear deck). */
  readonly flammable: boolean;
  /** Historical source keys (fact sheet §G). */
  readonly source: string;
  readonly estimate?: true;
}

const both: readonly Side[] = ['soviet', 'japanese'];
const sov: readonly Side[] = ['soviet'];
const jap: readonly Side[] = ['japanese'];

const t = (e: EquipmentType): EquipmentType => e;

/** Sorted by id; ids are what scenario files write. */
export const EQUIPMENT_LIST: readonly EquipmentType[] = [
  t({ id: '37mm-Type94', name: 'Type 94 37 mm anti-tank gun', class: 'anti-tank-gun', users: jap, mobility: 'foot', crew: 11, armour: 0, penetration: 30, antiPersonnel: 4, rangeM: 2870, indirect: false, flammable: false, source: 'WP-T94; ONWAR' }),
  t({ id: '45mm-M1937', name: '45 mm anti-tank gun M1937', class: 'anti-tank-gun', users: sov, mobility: 'wheeled', crew: 6, armour: 0, penetration: 38, antiPersonnel: 5, rangeM: 1500, indirect: false, flammable: false, source: 'KOLOM', estimate: true }),
  t({ id: '50mm-Type89', name: 'Type 89 50 mm grenade discharger', class: 'mortar', users: jap, mobility: 'foot', crew: 2, armour: 0, penetration: 0, antiPersonnel: 4, rangeM: 670, indirect: true, flammable: false, source: 'RUTLIB-ASANO', estimate: true }),
  t({ id: '70mm-Type92', name: 'Type 92 70 mm battalion gun', class: 'infantry-gun', users: jap, mobility: 'foot', crew: 10, armour: 0, penetration: 10, antiPersonnel: 12, rangeM: 2800, indirect: true, flammable: false, source: 'OVERLORD', estimate: true }),
  t({ id: '75mm-Type38', name: 'Type 38 (improved) 75 mm field gun', class: 'field-gun', users: jap, mobility: 'horse', crew: 10, armour: 0, penetration: 12, antiPersonnel: 20, rangeM: 11600, indirect: true, flammable: false, source: 'GUNS-WIKIA; TORAKYOJIN' }),
  t({ id: '75mm-Type90', name: 'Type 90 75 mm field gun', class: 'field-gun', users: jap, mobility: 'wheeled', crew: 10, armour: 0, penetration: 14, antiPersonnel: 22, rangeM: 14960, indirect: true, flammable: false, source: 'WP-T90' }),
  t({ id: '76mm-M1902', name: '76 mm divisional gun M1902/30', class: 'field-gun', users: sov, mobility: 'wheeled', crew: 8, armour: 0, penetration: 12, antiPersonnel: 20, rangeM: 8500, indirect: true, flammable: false, source: 'PIGLIX-M1902' }),
  t({ id: '76mm-M1927', name: '76 mm regimental gun M1927', class: 'infantry-gun', users: sov, mobility: 'horse', crew: 7, armour: 0, penetration: 10, antiPersonnel: 16, rangeM: 6700, indirect: true, flammable: false, source: 'KNIGALUB', estimate: true }),
  t({ id: '82mm-mortar', name: '82 mm battalion mortar', class: 'mortar', users: sov, mobility: 'foot', crew: 5, armour: 0, penetration: 0, antiPersonnel: 10, rangeM: 3000, indirect: true, flammable: false, source: 'KNIGALUB', estimate: true }),
  t({ id: '105mm-Type91', name: 'Type 91 105 mm howitzer', class: 'howitzer', users: jap, mobility: 'horse', crew: 10, armour: 0, penetration: 16, antiPersonnel: 36, rangeM: 10771, indirect: true, flammable: false, source: 'WP-T91' }),
  t({ id: '107mm-M1910', name: '107 mm gun M1910/30', class: 'field-gun', users: sov, mobility: 'wheeled', crew: 9, armour: 0, penetration: 18, antiPersonnel: 36, rangeM: 16000, indirect: true, flammable: false, source: 'ALL-ANDORRA' }),
  t({ id: '122mm-M1910', name: '122 mm howitzer M1910/30', class: 'howitzer', users: sov, mobility: 'wheeled', crew: 8, armour: 0, penetration: 18, antiPersonnel: 44, rangeM: 8900, indirect: true, flammable: false, source: 'SEED', estimate: true }),
  t({ id: '150mm-Type96', name: 'Type 96 15 cm howitzer', class: 'howitzer', users: jap, mobility: 'wheeled', crew: 12, armour: 0, penetration: 22, antiPersonnel: 60, rangeM: 11900, indirect: true, flammable: false, source: 'SEED', estimate: true }),
  t({ id: '152mm-M1909', name: '152 mm howitzer M1909/30', class: 'howitzer', users: sov, mobility: 'wheeled', crew: 10, armour: 0, penetration: 22, antiPersonnel: 62, rangeM: 9850, indirect: true, flammable: false, source: 'SEED', estimate: true }),
  t({ id: 'BA-10', name: 'BA-10 armoured car', class: 'armoured-car', users: sov, mobility: 'wheeled', crew: 4, armour: 15, penetration: 38, antiPersonnel: 8, rangeM: 1200, indirect: false, flammable: true, source: 'WP-NL-BA10; DRUGOV' }),
  t({ id: 'BA-20', name: 'BA-20 liaison armoured car', class: 'armoured-car', users: sov, mobility: 'wheeled', crew: 3, armour: 9, penetration: 0, antiPersonnel: 5, rangeM: 800, indirect: false, flammable: true, source: 'WIKIMILI-BA20' }),
  t({ id: 'BA-6', name: 'BA-6 armoured car', class: 'armoured-car', users: sov, mobility: 'wheeled', crew: 4, armour: 15, penetration: 38, antiPersonnel: 8, rangeM: 1200, indirect: false, flammable: true, source: 'SEED' }),
  t({ id: 'BT-5', name: 'BT-5 fast tank', class: 'tank', users: sov, mobility: 'tracked', crew: 3, armour: 13, penetration: 38, antiPersonnel: 9, rangeM: 1200, indirect: false, flammable: true, source: 'SEED; GOLDMAN', estimate: true }),
  t({ id: 'BT-7', name: 'BT-7 fast tank', class: 'tank', users: sov, mobility: 'tracked', crew: 3, armour: 22, penetration: 38, antiPersonnel: 9, rangeM: 1200, indirect: false, flammable: true, source: 'ALBUMWAR2; NEMO; WP-BT7' }),
  t({ id: 'HMG', name: 'Heavy machine gun', class: 'machine-gun', users: both, mobility: 'foot', crew: 6, armour: 0, penetration: 0, antiPersonnel: 14, rangeM: 1500, indirect: false, flammable: false, source: 'KNIGALUB', estimate: true }),
  t({ id: 'JP-armoured-car', name: 'Japanese reconnaissance armoured car', class: 'armoured-car', users: jap, mobility: 'wheeled', crew: 4, armour: 8, penetration: 0, antiPersonnel: 8, rangeM: 800, indirect: false, flammable: false, source: 'DREA-RU homeread p.9; NETD', estimate: true }),
  t({ id: 'KhT-26', name: 'KhT-26 flame-thrower tank', class: 'tank', users: sov, mobility: 'tracked', crew: 2, armour: 15, penetration: 0, antiPersonnel: 16, rangeM: 50, indirect: false, flammable: true, source: 'SEED; DRUGOV' }),
  t({ id: 'LMG', name: 'Light machine gun', class: 'machine-gun', users: both, mobility: 'foot', crew: 3, armour: 0, penetration: 0, antiPersonnel: 6, rangeM: 800, indirect: false, flammable: false, source: 'KNIGALUB; RUTLIB-ASANO', estimate: true }),
  t({ id: 'SU-12', name: 'SU-12 76 mm self-propelled gun', class: 'self-propelled-gun', users: sov, mobility: 'wheeled', crew: 4, armour: 4, penetration: 12, antiPersonnel: 18, rangeM: 8500, indirect: true, flammable: true, source: 'GOLDMAN-RU; DRUGOV' }),
  t({ id: 'T-26', name: 'T-26 light tank', class: 'tank', users: sov, mobility: 'tracked', crew: 3, armour: 15, penetration: 38, antiPersonnel: 9, rangeM: 1200, indirect: false, flammable: true, source: 'KREML-VIZIT' }),
  t({ id: 'T-37', name: 'T-37 amphibious tankette', class: 'tankette', users: sov, mobility: 'tracked', crew: 2, armour: 9, penetration: 0, antiPersonnel: 5, rangeM: 800, indirect: false, flammable: true, source: 'SEED', estimate: true }),
  t({ id: 'Type89', name: 'Type 89 I-Go medium tank', class: 'tank', users: jap, mobility: 'tracked', crew: 4, armour: 17, penetration: 20, antiPersonnel: 12, rangeM: 700, indirect: false, flammable: false, source: 'WP-T89' }),
  t({ id: 'Type94-tankette', name: 'Type 94 TK tankette', class: 'tankette', users: jap, mobility: 'tracked', crew: 2, armour: 12, penetration: 0, antiPersonnel: 5, rangeM: 600, indirect: false, flammable: false, source: 'SEED', estimate: true }),
  t({ id: 'Type95', name: 'Type 95 Ha-Go light tank', class: 'tank', users: jap, mobility: 'tracked', crew: 3, armour: 12, penetration: 25, antiPersonnel: 8, rangeM: 640, indirect: false, flammable: false, source: 'WP-T95; GOLDMAN' }),
  t({ id: 'Type97', name: 'Type 97 Chi-Ha medium tank', class: 'tank', users: jap, mobility: 'tracked', crew: 4, armour: 25, penetration: 22, antiPersonnel: 12, rangeM: 800, indirect: false, flammable: false, source: 'WP-T97; PAPIRMODELLER' }),
  t({ id: 'Type97-TeKe', name: 'Type 97 Te-Ke tankette', class: 'tankette', users: jap, mobility: 'tracked', crew: 2, armour: 12, penetration: 15, antiPersonnel: 5, rangeM: 600, indirect: false, flammable: false, source: 'SEED', estimate: true }),
  t({ id: 'truck', name: 'Cargo truck', class: 'truck', users: both, mobility: 'wheeled', crew: 1, armour: 0, penetration: 0, antiPersonnel: 0, rangeM: 0, indirect: false, flammable: true, source: 'SEED; VOROT' }),
];

/**
 * The catalogue by id. It has no prototype, so a key a file makes up — `toString`, `constructor` — finds nothing
 * instead of one of Object's own functions (the parser fuzz test found a scenario whose unit carried 'toString' as
 * equipment pass the catalogue check and then crash the side check).
 */
export const EQUIPMENT: Readonly<Record<string, EquipmentType>> = Object.freeze(Object.assign(Object.create(null) as Record<string, EquipmentType>, Object.fromEntries(EQUIPMENT_LIST.map((e) => [e.id, e]))));
export const EQUIPMENT_IDS: readonly string[] = EQUIPMENT_LIST.map((e) => e.id);

/** Classes counted as "tanks" beside the historical figures. */
export const TANK_CLASSES: readonly EquipmentClass[] = ['tank', 'tankette'];
/** Classes counted as "guns" beside the historical figures (guns and mortars). */
export const GUN_CLASSES: readonly EquipmentClass[] = ['anti-tank-gun', 'field-gun', 'howitzer', 'infantry-gun', 'self-propelled-gun'];
export const isArmoured = (e: EquipmentType): boolean => e.armour > 0;
