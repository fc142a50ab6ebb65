/**
 * Scenario 3, the Soviet–Mongolian August offensive, 20–31 August 1939 (facts.md §B3), at battalion level on a map of
 * 1 km per hex: 38 km E–W from the Soviet rear on the west bank into Manchuria, 57 km N–S (the ground-combat zone was
 * 60–70 km wide [MOSH]).
 *
 * Strength basis for the ±10% test: Soviet–MPR men 50,000, BT tanks 498, aircraft 557 [SEED]; armoured cars 346
 * [HISTORYBACK]; guns 420 = KNIGALUB's 156 light + 93 heavy + 138 anti-tank + the 185th Artillery Regiment's 33
 * (HISTORYBACK's 502 is cited too). Japanese: 28,000 men, the lower figure of SEED's 28,000–40,000, which includes
 * Manchukuoan troops; 120 guns, the last itemised theatre count [ROMAN; GREATCOURSES]; no tanks after July [WP-BKG].
 * Formation totals from KNIGALUB are shared out over battalion counters, and each counter says so.
 */
import type { DrawnMap, Frame } from './draw-map';
import { share, type UnitDraft } from './draft';
import type { Placer, Spot } from './placement';
import type { Km } from './geography';

export const id = 'august-offensive';
export const frame: Frame = { hexMetres: 1000, width: 38, height: 66, west: -12, north: 28, omitPlaces: ['azuma-halt', 'bykov-line', 'furthest-2-28', 'yuzuru-pond'] };

const ORD = ['1st', '2nd', '3rd', '4th'];
/**
 * Zhukov's plan in two phases: for the first days the armoured wings break the Japanese flanks and cut in behind
 * them; then they turn in to close the ring at Nomonhan, which they did on the 25th [SEED; LITLIFE-64678]. The real
 * wings turned in from the night of 23–24 August and took a day and a half to fight through the Japanese rear; the
 * game's wings, standing unopposed on the flanks by then, close the ring within a turn of turning in, so the turn-in
 * comes at 18:00 on the 24th (turn 19), when the real ones were within reach of Nomonhan (issue 14: link-up turn 17
 * against history's 22).
 */
const WINGS_TURN_IN = 19;
/**
 * How readily the Central Group's rifle troops go in against the dug-in Japanese line from the first day, in percent
 * of the AI's usual odds for an attack (80). The rifle divisions pinned the centre while the wings enveloped it
 * [SEED], and pinning meant attacking: the 602nd went in against Hill 742 at 09:00 on the 20th [DREA-RU libcat-36],
 * and Zhukov refused Shtern's proposed pause of 2–3 days on the 21st and kept the assaults going [ZHUKOV-PORTRAIT].
 * The August operation cost 9,284 killed and wounded [KNIGALUB], paid in assaults on the sand-hill strongpoints, not
 * won by fire alone (issue 14: about 5,300 in the game while the centre fought by fire).
 */
const CENTRE_PINNING_ODDS = 40;
/**
 * The same, for the storming of the strongpoints once they are cut off: Fui from the 23rd, the pocket from the
 * link-up. It is the AI's usual appetite (80), but set on the order it makes the rifle battalions next to the enemy
 * keep their turn for the assault rather than spend it firing their mortars. The pocket was reduced strongpoint by
 * strongpoint over six days, from the 25th to the 31st [SEED]; at the pinning troops' 40 the game's pocket fell by
 * turn 33 (median of 50 games) against history's 45.
 */
const SOVIET_ASSAULT_ODDS = 80;
/**
 * The rifle divisions pinned the Japanese centre while the wings enveloped it [SEED]: until the ring closed they
 * fought it by fire and local attacks, and stormed the strongpoints once it was shut — the pocket from the link-up on
 * the 25th, south of the Holsten cleared by the evening of the 27th [GOLDMAN-RU litbaza p.56]. Fui was cut off after
 * the night of the 22nd and stormed under fire of two rounds a second [GOLDMAN p.22]: from 06:00 on the 23rd (turn 13).
 */
const FUI_STORMED = 13;
/** The share of its men the 6th Army's relief column loses before its attack is given up [SEED: it failed on the 26th]. */
const RELIEF_FAILS_LOSSES = 33;
/**
 * The trapped Japanese held where they stood; only a regiment bled to this share of its men tries to break out east.
 * The breakout of the 27th failed and about 400 men tried to slip out on the night of the 28th–29th [SEED;
 * GOLDMAN-RU]; the pocketed battalions mostly fell in their positions (about 8,000 dead against 500–600 prisoners
 * [SEED]). Measured with prepared positions (issue 14, 50 games): at 55 % the bled regiments left the pocket days
 * early; at 67–70 % the pocket outlasted the last turn in more than two games of five.
 */
const JAPANESE_BREAKOUT_LOSSES = 65;
const units: UnitDraft[] = [];
const add = (d: UnitDraft): void => void units.push(d);
/** n counters in a line from `a` to `b`. */
const along = (a: Km, b: Km, n: number, i: number): Km => (n === 1 ? a : { x: a.x + ((b.x - a.x) * i) / (n - 1), y: a.y + ((b.y - a.y) * i) / (n - 1) });

// ----------------------------------------------------------------------------------------------------------------
// Soviet–Mongolian 1st Army Group (Zhukov). Groups after LITLIFE-64678 and DREA-RU bibliboba p.35.
// ----------------------------------------------------------------------------------------------------------------
const NORTH = 'Northern Group';
const CENTRE = 'Central Group';
const SOUTH = 'Southern Group';
const RESERVE = 'Army Group reserve';

/** Which group each Soviet counter belongs to (the AI plan and the link-up milestone use it). */
const groupOf = new Map<string, string>();

interface RegimentSpec {
  readonly num: string;
  readonly name: string;
  readonly division: string;
  readonly group: string;
  readonly men: number;
  readonly from: Km;
  readonly to: Km;
  readonly arrives?: number;
}
/** Rifle regiments: three battalions and a regimental artillery group each. Men shared from KNIGALUB's 28,690. */
const RIFLE_REGIMENTS: readonly RegimentSpec[] = [
  { num: '601', name: '601st Rifle Regiment', division: '82nd Rifle Division', group: NORTH, men: 2800, from: { x: -1.0, y: 16 }, to: { x: 1.0, y: 18.5 } },
  { num: '602', name: '602nd Rifle Regiment', division: '82nd Rifle Division', group: CENTRE, men: 2800, from: { x: 2.1, y: 8.5 }, to: { x: 2.6, y: 5.5 } },
  { num: '603', name: '603rd Rifle Regiment', division: '82nd Rifle Division', group: CENTRE, men: 2800, from: { x: 2.6, y: 4.5 }, to: { x: 2.8, y: 2.0 } },
  { num: '24', name: '24th Motor Rifle Regiment', division: '36th Motorised Rifle Division', group: CENTRE, men: 3000, from: { x: 2.2, y: 1.2 }, to: { x: 2.8, y: -1.0 } },
  { num: '149', name: '149th Motor Rifle Regiment', division: '36th Motorised Rifle Division', group: CENTRE, men: 3000, from: { x: 1.8, y: -2.0 }, to: { x: 2.2, y: -4.0 } },
  { num: '293', name: '293rd Rifle Regiment', division: '57th Rifle Division', group: CENTRE, men: 2800, from: { x: 2.4, y: -5.5 }, to: { x: 2.8, y: -8.0 } },
  { num: '127', name: '127th Rifle Regiment', division: '57th Rifle Division', group: SOUTH, men: 2800, from: { x: 2.4, y: -12.5 }, to: { x: 3.0, y: -15.0 } },
  { num: '80', name: '80th Rifle Regiment', division: '57th Rifle Division', group: SOUTH, men: 2800, from: { x: 1.6, y: -16.0 }, to: { x: 2.4, y: -18.5 } },
];
for (const r of RIFLE_REGIMENTS) {
  const name = r.name;
  const bnMen = Math.floor((r.men - 400) / 3);
  for (let b = 0; b < 3; b++) {
    const idb = `sov-${r.num}-${b + 1}`;
    add({ id: idb, side: 'soviet', name: `${ORD[b]} Battalion, ${name} (${r.division})`, label: `${b + 1}/${r.num}`, formation: r.division, kind: r.division.includes('Motorised') ? 'motorised-infantry' : 'infantry', size: 'battalion', men: bnMen + (b === 0 ? r.men - 400 - bnMen * 3 : 0), equipment: { '45mm-M1937': 2, HMG: 12, LMG: 27, '82mm-mortar': 6, truck: r.division.includes('Motorised') ? 30 : 8 }, at: along(r.from, r.to, 3, b), entrenchment: 1, source: 'KNIGALUB; SEED', note: `Men shared out from KNIGALUB's 28,690 for the three divisions.${r.num === '601' ? ' The regiment lost its commander, Maj. I. A. Sudak, before the "Finger" height on 20–21 August [LITLIFE-64678].' : ''}` });
    groupOf.set(idb, r.group);
  }
  const ida = `sov-${r.num}-art`;
  add({ id: ida, side: 'soviet', name: `Regimental battery, ${name}`, label: `Art/${r.num}`, formation: r.division, kind: 'artillery', size: 'company', men: 250, equipment: { '76mm-M1927': 6, truck: 8 }, at: { x: r.from.x - 1.5, y: (r.from.y + r.to.y) / 2 }, source: 'KNIGALUB', note: "Guns shared out from KNIGALUB's 156 light guns." });
  const idt = `sov-${r.num}-at`;
  add({ id: idt, side: 'soviet', name: `Anti-tank battery, ${name}`, label: `AT/${r.num}`, formation: r.division, kind: 'anti-tank', size: 'company', men: 150, equipment: { '45mm-M1937': 6, truck: 6 }, at: { x: r.from.x - 0.5, y: (r.from.y + r.to.y) / 2 - 0.5 }, source: 'KNIGALUB', note: "Guns shared out from KNIGALUB's 138 anti-tank guns." });
  groupOf.set(ida, r.group);
  groupOf.set(idt, r.group);
}
/** Divisional artillery and reconnaissance for each division. */
const DIVISIONS: readonly { key: string; name: string; group: string; at: Km; recon: Km }[] = [
  { key: '82', name: '82nd Rifle Division', group: CENTRE, at: { x: -3.0, y: 6.5 }, recon: { x: 0.5, y: 10.5 } },
  { key: '36', name: '36th Motorised Rifle Division', group: CENTRE, at: { x: -3.0, y: 0.5 }, recon: { x: -0.5, y: -0.5 } },
  { key: '57', name: '57th Rifle Division', group: SOUTH, at: { x: -1.0, y: -12.0 }, recon: { x: 3.5, y: -19.5 } },
];
for (const d of DIVISIONS) {
  add({ id: `sov-${d.key}-lart`, side: 'soviet', name: `Light artillery regiment, ${d.name} (76 mm)`, label: `LA/${d.key}`, formation: d.name, kind: 'artillery', size: 'battalion', men: 600, equipment: { '76mm-M1902': 12, truck: 20 }, at: d.at, source: 'KNIGALUB' });
  add({ id: `sov-${d.key}-hart`, side: 'soviet', name: `Howitzer regiment, ${d.name} (122/152 mm)`, label: `HA/${d.key}`, formation: d.name, kind: 'artillery', size: 'battalion', men: 700, equipment: { '122mm-M1910': 16, '152mm-M1909': 4, truck: 24 }, at: { x: d.at.x - 1.2, y: d.at.y - 1.0 }, source: 'KNIGALUB', note: "Shares KNIGALUB's 93 heavy guns; Soviet howitzers fired from behind the Moko heights on 23 August [DREA-RU]." });
  add({ id: `sov-${d.key}-at`, side: 'soviet', name: `Anti-tank battalion, ${d.name}`, label: `AT/${d.key}`, formation: d.name, kind: 'anti-tank', size: 'battalion', men: 250, equipment: { '45mm-M1937': 18, truck: 18 }, at: { x: d.at.x + 2.0, y: d.at.y + 1.0 }, source: 'KNIGALUB' });
  add({ id: `sov-${d.key}-rcn`, side: 'soviet', name: `Reconnaissance battalion, ${d.name}`, label: `Rcn/${d.key}`, formation: d.name, kind: 'reconnaissance', size: 'battalion', men: 300, equipment: { 'BA-10': 10, 'BA-20': 4, 'T-37': 5, truck: 10 }, at: d.recon, source: 'KNIGALUB; SEED' });
  add({ id: `sov-${d.key}-sap`, side: 'soviet', name: `Sapper battalion, ${d.name}`, label: `Sap/${d.key}`, formation: d.name, kind: 'engineer', size: 'battalion', men: 250, equipment: { LMG: 6, truck: 12 }, at: { x: d.at.x + 1.5, y: d.at.y - 1.5 }, source: 'KNIGALUB' });
  for (const s of ['lart', 'hart', 'at', 'rcn', 'sap']) groupOf.set(`sov-${d.key}-${s}`, d.group);
}
// Division staffs and rear services take the rest of the 28,690.
add({ id: 'sov-divisions-rear', side: 'soviet', name: 'Staffs, signals and rear services of the 57th, 82nd and 36th Divisions', label: 'Rear/Div', formation: '1st Army Group rear', kind: 'headquarters', size: 'regiment', men: 1000, equipment: { truck: 300 }, at: { x: -7.5, y: 1.5 }, source: 'KNIGALUB' });
groupOf.set('sov-divisions-rear', RESERVE);

// Tank brigades: 6,400 men [KNIGALUB]; 498 BT-5/BT-7 [SEED].
const TANK_BRIGADES = [
  { key: '6', name: '6th Tank Brigade', group: SOUTH, bt: 'BT-7', perBn: 62, recon: 12, anchor: { x: 0.5, y: -20.5 } },
  { key: '11', name: '11th Tank Brigade', group: NORTH, bt: 'BT-5', perBn: 56, recon: 14, anchor: { x: -3.0, y: 19.5 } },
] as const;
for (const tb of TANK_BRIGADES) {
  for (let b = 0; b < 4; b++) {
    const idb = `sov-${tb.key}tb-${b + 1}`;
    // The 4th Battalion of the 6th Tank Brigade was in reserve and went north on the night of 20–21 August [LITLIFE-64678].
    const reserve = tb.key === '6' && b === 3;
    add({ id: idb, side: 'soviet', name: `${ORD[b]} Tank Battalion, ${tb.name}`, label: `${b + 1}/${tb.key}TB`, formation: tb.name, kind: 'tank', size: 'battalion', men: 420, equipment: { [tb.bt]: tb.perBn, truck: 10 }, ...(reserve ? { arrives: { turn: 3, at: { x: -8, y: 4 } } } : { at: { x: tb.anchor.x + (b % 2) * 1.5, y: tb.anchor.y - Math.floor(b / 2) * 1.5 } }), source: 'SEED; KNIGALUB; LITLIFE-64678', note: 'BT counts shared out from the 498 of SEED.' });
    groupOf.set(idb, reserve ? NORTH : tb.group);
  }
  add({ id: `sov-${tb.key}tb-rcn`, side: 'soviet', name: `Reconnaissance and flame-tank companies, ${tb.name}`, label: `Rcn/${tb.key}TB`, formation: tb.name, kind: 'tank', size: 'company', men: 300, equipment: { [tb.bt]: tb.recon, 'KhT-26': tb.key === '11' ? 10 : 0, 'BA-10': 8, truck: 10 }, at: { x: tb.anchor.x + 2.5, y: tb.anchor.y + 1 }, source: 'SEED; DZEN-1' });
  add({ id: `sov-${tb.key}tb-mr`, side: 'soviet', name: `Motor rifle battalion and rear, ${tb.name}`, label: `MR/${tb.key}TB`, formation: tb.name, kind: 'motorised-infantry', size: 'battalion', men: 1220, equipment: { '45mm-M1937': 4, HMG: 6, LMG: 24, truck: 120 }, at: { x: tb.anchor.x - 1.5, y: tb.anchor.y }, source: 'KNIGALUB' });
  groupOf.set(`sov-${tb.key}tb-rcn`, tb.group);
  groupOf.set(`sov-${tb.key}tb-mr`, tb.group);
}

// Motor-armoured brigades: 4,960 men [KNIGALUB]; they carry most of the 346 armoured cars [HISTORYBACK].
const MABS = [
  { key: '7', name: '7th Motor-Armoured Brigade', group: NORTH, anchor: { x: -1.5, y: 22 }, arrives: undefined },
  { key: '8', name: '8th Motor-Armoured Brigade', group: SOUTH, anchor: { x: 3.5, y: -22.5 }, arrives: undefined },
  { key: '9', name: '9th Motor-Armoured Brigade', group: NORTH, anchor: { x: -8, y: 6 }, arrives: 3 },
] as const;
for (const m of MABS) {
  const where = (i: number): Pick<UnitDraft, 'at' | 'arrives'> =>
    m.arrives !== undefined ? { arrives: { turn: m.arrives, at: { x: m.anchor.x, y: m.anchor.y + i * 1.2 } } } : { at: { x: m.anchor.x + (i % 2) * 1.4, y: m.anchor.y - Math.floor(i / 2) * 1.3 } };
  const note = m.key === '9' ? 'In reserve at the start; sent to the Northern Group on the night of 20–21 August [LITLIFE-64678].' : 'Armoured cars shared out from the 346 of HISTORYBACK.';
  for (let b = 0; b < 2; b++) {
    add({ id: `sov-${m.key}mab-${b + 1}`, side: 'soviet', name: `${ORD[b]} Armoured-Car Battalion, ${m.name}`, label: `${b + 1}/${m.key}MAB`, formation: m.name, kind: 'armoured-car', size: 'battalion', men: 300, equipment: { 'BA-10': 28, 'BA-6': 10, 'BA-20': 4, truck: 10 }, ...where(b), source: 'KNIGALUB; HISTORYBACK; SEED', note });
  }
  add({ id: `sov-${m.key}mab-mr`, side: 'soviet', name: `Motor rifle battalion, ${m.name}`, label: `MR/${m.key}MAB`, formation: m.name, kind: 'motorised-infantry', size: 'battalion', men: 700, equipment: { '45mm-M1937': 4, HMG: 8, LMG: 27, truck: 50 }, ...where(2), source: 'KNIGALUB' });
  add({ id: `sov-${m.key}mab-art`, side: 'soviet', name: `Artillery battalion and reconnaissance company, ${m.name}`, label: `Art/${m.key}MAB`, formation: m.name, kind: 'artillery', size: 'battalion', men: 353, equipment: { '76mm-M1902': 8, 'BA-20': 4, truck: 20 }, ...where(3), source: 'KNIGALUB' });
  for (const s of ['1', '2', 'mr', 'art']) groupOf.set(`sov-${m.key}mab-${s}`, m.group);
}

// 5th Rifle-Machine-Gun Brigade: 2,534 men [KNIGALUB]; 212th Airborne Brigade (strength not given: 2,000 assumed).
for (let b = 0; b < 4; b++) {
  add({ id: `sov-5rmg-${b + 1}`, side: 'soviet', name: `${ORD[b]} Rifle-Machine-Gun Battalion, 5th Rifle-Machine-Gun Brigade`, label: `${b + 1}/5RMG`, formation: '5th Rifle-Machine-Gun Brigade', kind: 'machine-gun', size: 'battalion', men: share(2534, 4, b), equipment: { HMG: 24, LMG: 18, '45mm-M1937': 2, truck: 20 }, at: along({ x: 1.0, y: 12.5 }, { x: 2.0, y: 9.5 }, 4, b), entrenchment: 1, source: 'KNIGALUB' });
  groupOf.set(`sov-5rmg-${b + 1}`, CENTRE);
}
for (let b = 0; b < 4; b++) {
  add({ id: `sov-212ab-${b + 1}`, side: 'soviet', name: `${ORD[b]} Parachute Battalion, 212th Airborne Brigade`, label: `${b + 1}/212`, formation: '212th Airborne Brigade', kind: 'infantry', size: 'battalion', men: 500, equipment: { HMG: 4, LMG: 27, '82mm-mortar': 4 }, arrives: { turn: 3, at: { x: -8, y: -1 - b } }, source: 'KNIGALUB', note: 'Fought as infantry, from the army-group reserve; strength not in the sources (500 a battalion assumed).' });
  groupOf.set(`sov-212ab-${b + 1}`, RESERVE);
}

// 185th Artillery Regiment: 33 heavy guns [KNIGALUB].
[[11, 'Gun'], [11, 'Howitzer'], [11, 'Heavy howitzer']].forEach(([n, what], b) => {
  const eq = b === 0 ? { '107mm-M1910': n as number } : { '152mm-M1909': n as number };
  add({ id: `sov-185-${b + 1}`, side: 'soviet', name: `${what} Battalion, 185th Artillery Regiment`, label: `${b + 1}/185`, formation: '185th Artillery Regiment', kind: 'artillery', size: 'battalion', men: 500, equipment: { ...eq, truck: 30 }, at: { x: -3.5, y: 4 - b * 4 }, source: 'KNIGALUB; ZHUKOV-MEM' });
  groupOf.set(`sov-185-${b + 1}`, CENTRE);
});

// MPR cavalry divisions on the wings [SEED]. Strengths are not in the sources beyond May's ~1,250 for the 6th.
const MPR = [
  { key: '6', name: 'MPR 6th Cavalry Division', group: NORTH, anchor: { x: 0.5, y: 24.5 }, regiments: ['15th', '17th', 'Training'] },
  { key: '8', name: 'MPR 8th Cavalry Division', group: SOUTH, anchor: { x: 5.5, y: -25 }, regiments: ['22nd', '23rd', '24th'] },
] as const;
for (const d of MPR) {
  d.regiments.forEach((reg, b) => {
    add({ id: `mpr-${d.key}cd-${b + 1}`, side: 'soviet', name: `${reg} Cavalry Regiment, ${d.name}`, label: `${b + 1}/${d.key}MPR`, formation: d.name, kind: 'cavalry', size: 'regiment', men: 600, equipment: { HMG: 6, LMG: 12 }, at: { x: d.anchor.x + b * 1.4, y: d.anchor.y }, source: 'SEED; GOLDMAN-RU', note: 'Regiment names after Russian accounts; strength assumed from the May division of ~1,250 men.' });
    groupOf.set(`mpr-${d.key}cd-${b + 1}`, d.group);
  });
  add({ id: `mpr-${d.key}cd-arm`, side: 'soviet', name: `Armoured battalion and artillery, ${d.name}`, label: `Arm/${d.key}MPR`, formation: d.name, kind: 'armoured-car', size: 'battalion', men: 400, equipment: { 'BA-6': 18, '76mm-M1902': 8, '45mm-M1937': 4 }, at: { x: d.anchor.x + 1, y: d.anchor.y + 1.3 }, source: 'SEED; ZHUKOV-MEM' });
  groupOf.set(`mpr-${d.key}cd-arm`, d.group);
}
for (let b = 0; b < 2; b++) {
  add({ id: `sov-pontoon-bn-${b + 1}`, side: 'soviet', name: `${ORD[b]} Pontoon-Bridge Battalion, 1st Army Group`, label: `Pnt${b + 1}`, formation: '1st Army Group', kind: 'engineer', size: 'battalion', men: 300, equipment: { truck: 40 }, at: [{ x: -3.5, y: 16 }, { x: -1.5, y: -13 }][b]!, source: 'SEED', note: 'Three rifle divisions and a tank brigade crossed the river for the offensive [SEED]; the bridging units are layout.' });
  groupOf.set(`sov-pontoon-bn-${b + 1}`, RESERVE);
}
add({ id: 'sov-1ag-hq', side: 'soviet', name: '1st Army Group headquarters (Komkor Zhukov)', label: 'HQ/1AG', formation: '1st Army Group', kind: 'headquarters', size: 'regiment', men: 600, equipment: { truck: 200 }, at: { place: 'khamar-daba' }, source: 'SEED; FEDY', note: 'Khamar-Daba: the reserve was kept near it [LITLIFE-64678].' });
groupOf.set('sov-1ag-hq', RESERVE);

// ----------------------------------------------------------------------------------------------------------------
// Japanese 23rd Division (Komatsubara) with attachments [SEED; DREA-RU; GOLDMAN p.22]
// ----------------------------------------------------------------------------------------------------------------
const J23 = '23rd Division';
interface JapReg {
  readonly num: string;
  readonly name: string;
  readonly at: readonly Km[];
  readonly sup: Km;
  readonly source: string;
  readonly note: string;
}
const JAP_REGIMENTS: readonly JapReg[] = [
  // Drea: the 64th and 72nd dug in about 2 km north of Hill 733, south of the Holsten, overlooking the north bank.
  { num: '64', name: '64th Infantry Regiment', at: [{ x: 4.0, y: 0.0 }, { x: 5.0, y: -0.6 }, { x: 6.0, y: 0.3 }], sup: { x: 6.5, y: -1.2 }, source: 'SEED; DREA-RU', note: 'Dug in about 2 km north of Hill 733 [DREA-RU].' },
  { num: '72', name: '72nd Infantry Regiment', at: [{ x: 4.5, y: 3.2 }, { x: 5.5, y: 5.0 }, { x: 4.0, y: 6.5 }], sup: { x: 6.8, y: 3.2 }, source: 'SEED; DREA-RU', note: 'North of the Holsten, on the Balshagal–Remizov heights.' },
  // The 71st held the Noro heights, which dominate the ground south of the Holsten [DREA-RU].
  { num: '71', name: '71st Infantry Regiment', at: [{ x: 5.0, y: -4.0 }, { x: 4.0, y: -5.0 }, { x: 6.0, y: -5.5 }], sup: { x: 7.0, y: -4.0 }, source: 'SEED; DREA-RU', note: 'On the Noro heights [DREA-RU]; the Southern Group and the 6th Tank Brigade struck it [DREA-RU bibliboba p.35].' },
];
for (const r of JAP_REGIMENTS) {
  r.at.forEach((p, b) => {
    add({ id: `jp-${r.num}-${b + 1}`, side: 'japanese', name: `${ORD[b]} Battalion, ${r.name}`, label: `${b + 1}/${r.num}`, formation: J23, kind: 'infantry', size: 'battalion', men: 850, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }, at: p, entrenchment: 2, source: r.source, note: `${r.note} Battalion strength shared out from SEED's 28,000.` });
  });
  add({ id: `jp-${r.num}-rg`, side: 'japanese', name: `Regimental gun company, ${r.name}`, label: `RG/${r.num}`, formation: J23, kind: 'artillery', size: 'company', men: 150, equipment: { '75mm-Type38': 4 }, at: r.sup, entrenchment: 2, source: r.source });
  add({ id: `jp-${r.num}-at`, side: 'japanese', name: `Anti-tank company, ${r.name}`, label: `AT/${r.num}`, formation: J23, kind: 'anti-tank', size: 'company', men: 100, equipment: { '37mm-Type94': 4 }, at: { x: r.sup.x - 1.2, y: r.sup.y + 0.5 }, entrenchment: 2, source: `${r.source}; WP-T94`, note: 'Four Type 94 guns per regiment [WP-T94].' });
  add({ id: `jp-${r.num}-hq`, side: 'japanese', name: `Headquarters and train, ${r.name}`, label: `HQ/${r.num}`, formation: J23, kind: 'headquarters', size: 'company', men: 400, equipment: { truck: 12 }, at: { x: r.sup.x + 1.2, y: r.sup.y }, source: r.source });
}
// 7th Division elements: the 2/28th on Hills 742 and 754 [DREA-RU], Sumi's 26th near Fui [GOLDMAN p.22].
add({ id: 'jp-2-28-a', side: 'japanese', name: '2nd Battalion, 28th Infantry Regiment (7th Division), on Hill 742', label: '2/28a', formation: '7th Division (elements)', kind: 'infantry', size: 'battalion', men: 450, equipment: { '70mm-Type92': 2, HMG: 4, LMG: 12, '50mm-Type89': 12 }, at: { place: 'hill-742' }, entrenchment: 2, source: 'DREA-RU', note: 'The linchpin of the defence south of the Holsten; dug in crumbling sand with no timber [DREA-RU].' });
add({ id: 'jp-2-28-b', side: 'japanese', name: '2nd Battalion, 28th Infantry Regiment (7th Division), on Hill 754', label: '2/28b', formation: '7th Division (elements)', kind: 'infantry', size: 'company', men: 350, equipment: { '37mm-Type94': 2, HMG: 4, LMG: 12, '50mm-Type89': 12 }, at: { place: 'hill-754' }, entrenchment: 2, source: 'DREA-RU' });
for (let b = 0; b < 3; b++) {
  add({ id: `jp-26-${b + 1}`, side: 'japanese', name: `${ORD[b]} Battalion, 26th Infantry Regiment (Col. Sumi, 7th Division)`, label: `${b + 1}/26`, formation: '7th Division (elements)', kind: 'infantry', size: 'battalion', men: 800, equipment: { '70mm-Type92': 2, HMG: 2, LMG: 24, '50mm-Type89': 18 }, at: [{ x: 7.0, y: 13.5 }, { x: 6.5, y: 10.0 }, { x: 8.0, y: 11.5 }][b]!, entrenchment: 1, source: 'GOLDMAN p.22; OVERLORD', note: 'The whole regiment had 6 heavy MGs, 6 battalion guns and 2 mortars [OVERLORD].' });
}
add({ id: 'jp-fui-ioki', side: 'japanese', name: 'Fui Heights garrison (Lt Col. Ioki): 23rd Reconnaissance Regiment and attached', label: 'Fui/Ioki', formation: J23, kind: 'reconnaissance', size: 'battalion', men: 800, equipment: { '37mm-Type94': 2, '70mm-Type92': 2, HMG: 8, LMG: 12 }, at: { place: 'fui-heights' }, entrenchment: 3, source: 'GOLDMAN p.22', note: 'About 800 men; about 200 effective by the morning of 24 August, when Ioki pulled out [GOLDMAN p.22].' });
// Artillery: the 13th Field Artillery Regiment and a heavy group (Coox: 28 guns of 120–150 mm lost [SEED]).
const FA: readonly [string, Record<string, number>, Km][] = [
  ['1st Battalion', { '75mm-Type38': 6 }, { x: 8.5, y: 6.5 }],
  ['1st Battalion', { '75mm-Type38': 6 }, { x: 9.0, y: 4.5 }],
  ['2nd Battalion', { '75mm-Type38': 6 }, { x: 9.0, y: 1.5 }],
  ['2nd Battalion', { '75mm-Type38': 6 }, { x: 8.5, y: 0.0 }],
  ['3rd Battalion', { '105mm-Type91': 6 }, { x: 9.0, y: -2.5 }],
  ['3rd Battalion', { '105mm-Type91': 6 }, { x: 9.5, y: -4.5 }],
];
FA.forEach(([bn, eq, at], b) =>
  add({ id: `jp-13fa-${b + 1}`, side: 'japanese', name: `${bn} (${b % 2 === 0 ? 'first' : 'second'} half), 13th Field Artillery Regiment`, label: `${Math.floor(b / 2) + 1}${b % 2 === 0 ? 'a' : 'b'}/13FA`, formation: J23, kind: 'artillery', size: 'company', men: 300, equipment: { ...eq, truck: 5 }, at, entrenchment: 1, source: 'SEED' }),
);
[
  ['15 cm howitzers', { '150mm-Type96': 6 }, { x: 10.5, y: 3.0 }],
  ['15 cm howitzers', { '150mm-Type96': 6 }, { x: 11.0, y: 1.5 }],
  ['10 and 12 cm guns', { '105mm-Type91': 8 }, { x: 10.5, y: -1.0 }],
  ['10 and 12 cm guns', { '105mm-Type91': 8 }, { x: 11.0, y: -2.5 }],
].forEach(([what, eq, at], b) =>
  add({ id: `jp-heavy-${b + 1}`, side: 'japanese', name: `Heavy artillery group (Kwantung Army), ${what as string}, ${b % 2 === 0 ? 'first' : 'second'} battalion`, label: `Hvy-${b + 1}`, formation: 'Kwantung Army artillery', kind: 'artillery', size: 'battalion', men: 400, equipment: { ...(eq as Record<string, number>), truck: 10 }, at: at as Km, entrenchment: 1, source: 'SEED', note: 'Coox counts 28 Japanese guns of 120–150 mm lost [SEED]; the Type 91 stands in for the 12 cm pieces the catalogue lacks.' }),
);
add({ id: 'jp-23eng', side: 'japanese', name: '23rd Engineer Regiment', label: '23Eng', formation: J23, kind: 'engineer', size: 'regiment', men: 600, equipment: { LMG: 9, truck: 10 }, at: { x: 8.0, y: -1.5 }, source: 'SEED' });
add({ id: 'jp-24eng', side: 'japanese', name: '24th Engineer Regiment', label: '24Eng', formation: '6th Army troops', kind: 'engineer', size: 'regiment', men: 600, equipment: { LMG: 9, truck: 10 }, at: { x: 9.5, y: 8.5 }, source: 'SEED' });
add({ id: 'jp-23-hq', side: 'japanese', name: 'Headquarters, 23rd Division (Lt Gen. Komatsubara) and divisional troops', label: 'HQ/23', formation: J23, kind: 'headquarters', size: 'regiment', men: 1500, equipment: { truck: 60 }, at: { x: 12.0, y: 4.0 }, source: 'SEED' });
add({ id: 'jp-nomonhan', side: 'japanese', name: 'Nomonhan depot and line-of-communication troops', label: 'Nomonhan', formation: '6th Army troops', kind: 'infantry', size: 'battalion', men: 900, equipment: { HMG: 4, LMG: 12, truck: 80 }, at: { place: 'nomonhan' }, entrenchment: 1, source: 'SEED' });
for (let b = 0; b < 6; b++) {
  add({ id: `mk-cav-${b + 1}`, side: 'japanese', name: `Manchukuoan (Hsingan) cavalry regiment, ${['north', 'north-east', 'far north', 'south', 'south-east', 'far south'][b]} flank`, label: `MkCav${b + 1}`, formation: 'Manchukuoan cavalry (Hsingan)', kind: 'cavalry', size: 'battalion', men: 500, equipment: { HMG: 2, LMG: 8 }, at: [{ x: 8.0, y: 19.5 }, { x: 13.0, y: 15.5 }, { x: 10.0, y: 24.0 }, { x: 8.0, y: -16.0 }, { x: 13.0, y: -11.0 }, { x: 11.0, y: -21.0 }][b]!, cohesion: 75, source: 'SEED', note: "SEED's 28,000 includes Manchukuoan troops; strength assumed." });
}
for (let b = 0; b < 2; b++) {
  add({ id: `mk-border-${b + 1}`, side: 'japanese', name: `Manchukuoan border-guard detachment (${b === 0 ? 'north' : 'south'})`, label: `MkBG${b + 1}`, formation: 'Manchukuoan border guards', kind: 'infantry', size: 'battalion', men: 400, equipment: { HMG: 2, LMG: 8 }, at: [{ x: 16.0, y: 12.0 }, { x: 15.5, y: -6.0 }][b]!, cohesion: 70, source: 'SEED', note: "Part of SEED's 28,000, which includes Manchukuoan troops; strength assumed." });
}
add({ id: 'jp-26-hq', side: 'japanese', name: 'Headquarters, 26th Infantry Regiment (Col. Sumi)', label: 'HQ/26', formation: '7th Division (elements)', kind: 'headquarters', size: 'company', men: 300, equipment: { truck: 12 }, at: { x: 9.0, y: 12.5 }, source: 'GOLDMAN p.22; OVERLORD' });
// The relief attack of 26 August [SEED]: units of the 6th Army. Composition is not in the fact sheet.
for (let b = 0; b < 4; b++) {
  add({ id: `jp-relief-${b + 1}`, side: 'japanese', name: `Relief column, 6th Army (7th Division elements), ${ORD[b]} battalion group`, label: `Rel${b + 1}`, formation: '6th Army relief force', kind: 'infantry', size: 'battalion', men: 800, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24, truck: 10 }, arrives: { turn: 23, at: { x: 26, y: 2 + b * 2 } }, source: 'SEED', note: 'The relief attack of 26 August failed [SEED]; battalion groups are a layout of a force the sources do not itemise.' });
}

export const UNITS: readonly UnitDraft[] = units;

const ids = (pred: (d: UnitDraft) => boolean): string[] => UNITS.filter(pred).map((d) => d.id);
const group = (g: string): string[] => ids((d) => d.side === 'soviet' && groupOf.get(d.id) === g);

export const build = (map: DrawnMap, placer: Placer, toUnits: (u: readonly UnitDraft[]) => unknown[]) => {
  const h = (s: Spot) => placer.hex(s);
  // Placed first, so the Japanese hold orders below can name the very hexes their strongpoints stand on.
  const unitsJson = toUnits(UNITS) as { id: string; at?: [number, number] }[];
  const startHex = new Map(unitsJson.flatMap((u) => (u.at ? [[u.id, u.at] as const] : [])));
  /** The start hexes of the given units: their dug-in positions. */
  const positionsOf = (unitIds: readonly string[]): [number, number][] => unitIds.flatMap((i) => (startHex.has(i) ? [startHex.get(i)!] : []));
  const nomonhan = h({ place: 'nomonhan' });
  const pocket = ['fui-heights', 'remizov-heights', 'hill-755', 'hill-733', 'noro-heights', 'hill-754', 'hill-742'].map((p) => h({ place: p }));
  // South of the Holsten is the ground the 64th, the 71st and the 2/28th held on 20 August — their lines on the hills
  // and the 64th's line on the stream's south bank about 2 km north of Hill 733 [DREA-RU] — and the
  // regimental trains behind them (the guns further back are the artillery's own), not only 2 km round the western hills: "cleared" by the evening of the 27th meant no
  // resistance left there [GOLDMAN-RU litbaza p.56] (issue 14: the sector counted as cleared on turn 21 with two
  // regiments still standing 4–6 km east of the hills).
  const southOfHolsten = [
    ...['hill-733', 'noro-heights', 'hill-754', 'hill-742', 'hill-731'].map((p) => h({ place: p })),
    ...JAP_REGIMENTS.filter((r) => r.num !== '72').flatMap((r) => [h(r.at[1]!), h(r.sup)]),
  ];
  // The Soviet pontoons for the offensive (positions layout), beside the Kawatama bridge.
  const pontoons = [
    { id: 'sov-pontoon-north', name: 'Soviet pontoon (north)', side: map.riverSideNear({ x: -2.5, y: 17 }) },
    { id: 'sov-pontoon-centre', name: 'Soviet pontoon (centre)', side: map.riverSideNear({ x: -1.0, y: 7 }) },
    { id: 'sov-pontoon-south', name: 'Soviet pontoon (south)', side: map.riverSideNear({ x: 1.1, y: -14 }) },
  ].map((p) => ({ ...p, kind: 'pontoon' as const }));
  const mapJson = { ...map.json, crossings: [...map.json.crossings, ...pontoons] };
  const north = group(NORTH);
  const south = group(SOUTH);
  const northArmour = north.filter((i) => /tb-|mab-|cd-arm/.test(i));
  const southArmour = south.filter((i) => /tb-|mab-|cd-arm/.test(i));
  // The dug-in front line (entrenchment 2 as authored), so the lever's default leaves the file as written.
  // The Japanese held the sand-hill strongpoints they had dug since July and fought in them to the end: no unit gave
  // up its position to go and stand on another's (issue 14: battalions walked out of their trenches on turn 1).
  // Their hold area is the strongpoints themselves — each unit's own dug-in hex, and the named heights — not a 3 km
  // zone to wander in [DREA-RU bibliboba p/24; GOLDMAN-RU litbaza p.56; SEED: no forces left only by 31 August].
  const jpNorth = ids((d) => /^jp-(72|26|fui)/.test(d.id));
  const jpSouth = ids((d) => /^jp-(64|71|2-28)/.test(d.id));
  const jpFront = ids((d) => d.side === 'japanese' && d.entrenchment === 2);
  const jpInfantry = ids((d) => d.side === 'japanese' && d.kind === 'infantry' && !d.id.startsWith('jp-relief') && d.id !== 'jp-nomonhan');
  return {
    schemaVersion: 1,
    id,
    title: 'The August Offensive',
    dates: '20–31 August 1939',
    summary:
      "On 20 August 1939 Zhukov's 1st Army Group, built up in secret over weeks, strikes the Japanese 23rd Division on the east bank: the rifle divisions hold it fast in the centre while tank and motor-armoured brigades swing round both flanks to meet at Nomonhan. Within five days the Japanese are encircled; by the end of the month nothing of them is left on the disputed ground.",
    briefings: {
      soviet: {
        title: 'Encircle and destroy the 23rd Division',
        commander: 'Komkor G. K. Zhukov',
        text:
          "You have three rifle divisions, two tank brigades with 498 BT tanks, three motor-armoured brigades, a rifle-machine-gun brigade, paratroops fighting as infantry, the 185th Artillery Regiment and two Mongolian cavalry divisions — about 50,000 men — and 557 aircraft above you. The Japanese do not believe you can supply such a force 750 km from the railway.\n\nThe Central Group (82nd Rifle Division, 36th Motorised Rifle Division, 5th Rifle-Machine-Gun Brigade) pins the Japanese line from the Fui Heights to Hill 742. The Northern Group (601st Rifle Regiment, 7th Motor-Armoured Brigade, 11th Tank Brigade, MPR 6th Cavalry Division) takes the Fui Heights — the 'Finger' — and drives on Nomonhan; the Southern Group (57th Rifle Division, 6th Tank Brigade, 8th Motor-Armoured Brigade, MPR 8th Cavalry Division) swings round the south. Meet at Nomonhan, then destroy the pocket before the Japanese relief arrives. Keep the 9th Motor-Armoured Brigade, a tank battalion and the 212th Airborne Brigade in reserve to feed the wing that stalls.",
      },
      japanese: {
        title: 'Hold the line, and keep a way out',
        commander: 'Lt Gen. Komatsubara Michitarō',
        text:
          "Your 64th, 71st and 72nd Infantry, with the 7th Division's 2/28th on Hills 742 and 754 and Sumi's 26th Regiment by the Fui Heights, hold a line of sand-hill strongpoints east of the Khalkhin Gol. Kwantung Army staff are sure the Russians cannot mount a large offensive so far from their railways; your own planned offensive is set for 24 August.\n\nThe blow falls at dawn on 20 August. Your flanks are held by Manchukuoan cavalry and nothing else, and you have no tanks. Hold the heights, use your 37 mm guns against the Soviet armour, and watch Nomonhan: if the Soviet wings meet there, the division is cut off. A relief force of the 6th Army is gathering but will not reach you before the 26th.",
      },
    },
    map: mapJson,
    clock: {
      start: '1939-08-20T06:00',
      minutesPerTurn: 360,
      turns: 48,
      // 13–15 hours of daylight in August [DREA-RU p.10].
      sunrise: '05:15',
      sunset: '19:15',
      firstSide: 'soviet',
      weather: [],
    },
    sides: {
      soviet: {
        name: 'Soviet–Mongolian 1st Army Group',
        // At least 4,000 trucks in August [SEED]; fire-proofed tanks [DREA-RU bibliboba p.35]; 557 aircraft [SEED].
        rules: { trucks: 2000, airSorties: 12, tankFireVulnerabilityPercent: 50, supplyRangeMp: 200 },
        supplySources: [
          { id: 'sov-tamsag-road', name: 'Road from Tamsag-Bulak', at: h({ x: -12, y: -1 }) },
          { id: 'sov-khamar-daba', name: 'Khamar-Daba depots', at: h({ place: 'khamar-daba' }) },
          { id: 'sov-north-depot', name: 'Northern depots', at: h({ x: -12, y: 20 }) },
          { id: 'sov-south-depot', name: 'Southern depots', at: h({ x: -12, y: -20 }) },
        ],
      },
      japanese: {
        name: 'Japanese 23rd Division and attachments (6th Army)',
        // Japanese intelligence tracked the build-up but nothing followed [SEED]: surprised on the first turn. The line
        // east of the river had been held and dug since July: prepared positions (see PREPARED_ASSAULT_FIRE).
        rules: { trucks: 600, airSorties: 4, alertFromTurn: 2, airStrikesOnBases: false, supplyRangeMp: 200, preparedPositions: true },
        supplySources: [
          { id: 'jp-hailar-track', name: 'Track to Hailar', at: h({ x: 26, y: 7 }) },
          { id: 'jp-handagai', name: 'Track to the southern railhead', at: h({ x: 26, y: -14 }) },
        ],
      },
    },
    units: unitsJson,
    objectives: [
      { id: 'sov-link-up', side: 'soviet', kind: 'link-up', name: 'Link up at Nomonhan', description: 'The Northern and Southern Groups meet at Nomonhan, closing the ring.', points: 30, groups: [northArmour, southArmour], hexes: [nomonhan], radius: 2 },
      { id: 'sov-clear-heights', side: 'soviet', kind: 'hold-hex', name: 'Clear the heights', description: 'Hold the Japanese strongpoints from the Fui Heights to Hill 742 at the end.', points: 30, hexes: pocket },
      { id: 'sov-destroy-division', side: 'soviet', kind: 'loss-threshold', name: 'Destroy the 23rd Division', description: 'Put two thirds of the Japanese men out of action.', points: 20, percent: 66 },
      { id: 'jp-hold-heights', side: 'japanese', kind: 'hold-hex', name: 'Hold the line of heights', description: 'Keep the Noro heights, Hill 742 and the Fui Heights to the end.', points: 25, hexes: [h({ place: 'noro-heights' }), h({ place: 'hill-742' }), h({ place: 'fui-heights' })] },
      { id: 'jp-hold-nomonhan', side: 'japanese', kind: 'hold-hex', name: 'Keep Nomonhan open', description: 'Hold Nomonhan, the way out of the pocket.', points: 20, hexes: [nomonhan] },
      { id: 'jp-bleed-soviets', side: 'japanese', kind: 'loss-threshold', name: 'Bleed the offensive', description: 'Put a fifth of the Soviet and Mongolian men out of action.', points: 15, percent: 20 },
    ],
    milestones: [
      // Fallen means the garrison is gone (Ioki pulled out on the night of 24 August [GOLDMAN p.22]), not that a Soviet
      // unit once stepped on the summit while the garrison held on round it (issue 14: "fell" on turn 7 with Ioki's
      // men still on the hill at the end).
      { id: 'fui-heights-fall', name: 'Fui Heights fall', when: { kind: 'side-cleared', side: 'japanese', hexes: [h({ place: 'fui-heights' })], radius: 1 } },
      { id: 'nomonhan-linkup', name: 'Soviet wings link up at Nomonhan', when: { kind: 'link-up', groups: [northArmour, southArmour], hexes: [nomonhan], radius: 2 } },
      // "Cleared" and "destroyed" as the sources mean them — no Japanese left south of the Holsten by the evening of
      // 27 August [GOLDMAN-RU], none on the disputed side by 31 August [SEED] — not merely the strongpoints changed
      // hands: no Japanese unit within 2 km of the southern hills, or within 4 km of the heights of the pocket.
      { id: 'south-of-holsten-cleared', name: 'Japanese cleared south of the Holsten', when: { kind: 'side-cleared', side: 'japanese', hexes: southOfHolsten, radius: 2 } },
      { id: 'japanese-pocket-destroyed', name: 'Japanese pocket destroyed', when: { kind: 'side-cleared', side: 'japanese', hexes: pocket, radius: 4 } },
    ],
    victory: { decisiveMargin: 30, marginalMargin: 10 },
    levers: [
      { id: 'japanese-intelligence-acts', name: 'Japanese intelligence acts on the build-up', description: 'The turn from which Japanese units count as alerted; at 1 they are ready from the first blow, as if Oizumi\'s sighting of the massing on 19 August had been acted on. Over 50 seeds, warning later (4) lets the Soviets clear the ground south of the Holsten about four turns sooner; warning earlier (1) changes little.', source: 'SEED; GOLDMAN p.21', default: 2, min: 1, max: 4, step: 1, unit: 'turn', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'alertFromTurn', op: 'set' }] },
      { id: 'japanese-entrenchment', name: 'Japanese line dug in', description: 'Sets how deep the Japanese front line is dug in; warned in time they could have dug deeper, though the crumbling sand and the lack of timber limited them. It changes little in this game (no outcome moves beyond noise over 50 seeds at 1 or 3): its strongpoints break under the Soviet shelling whatever their depth, the same weakness that keeps the Soviet losses low (see the designer\'s notes in docs/history-fidelity.md).', source: 'DREA-RU p.15 litmir; SEED', default: 2, min: 1, max: 3, step: 1, unit: 'levels', effects: [{ kind: 'unit-attribute', units: jpFront, attribute: 'entrenchment', op: 'set' }] },
      { id: 'shtern-pause', name: "Shtern's pause", description: 'Holds back the army-group reserve by this many turns, as Shtern proposed on 21 August (a pause of 2–3 days) and Zhukov refused. It changes little in this game (no measure moves beyond noise over 50 seeds at 12 turns): the wings close the ring at Nomonhan as soon without the reserve.', source: 'ZHUKOV-PORTRAIT', default: 0, min: 0, max: 12, step: 1, unit: 'turns', effects: [{ kind: 'unit-arrival', units: ids((d) => d.side === 'soviet' && d.arrives !== undefined), op: 'shift-turns' }] },
      { id: 'japanese-artillery-ammunition', name: 'Japanese artillery ammunition', description: 'Scales the Japanese guns\' ammunition stock; in July they had spent more than half of it in two days, and it was never made good. It changes little either way (no measure moves beyond noise over 50 seeds at 50 % or at 200 %): the guns are silenced or overrun before the stock matters.', source: 'SEED', default: 100, min: 50, max: 200, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'artilleryAmmoPercent', op: 'scale-percent' }] },
      { id: 'four-regiment-division', name: 'A four-regiment Japanese division', description: 'Scales the 23rd Division\'s infantry to a four-regiment division like the 7th (15,000 men and 80 guns against 12,000 and 65). Over 50 seeds at 125 % the Soviets lose about 400 more men killed and wounded, and the ground south of the Holsten is cleared in fewer games (37 of 50 against 45).', source: 'DREA-RU homeread p.6', default: 100, min: 100, max: 125, step: 5, unit: '%', effects: [{ kind: 'unit-strength', units: jpInfantry, op: 'scale-percent', what: 'both' }] },
      { id: 'japanese-trucks', name: 'Japanese motor transport', description: 'Scales the Japanese truck park; Kwantung Army doctrine held big operations impossible beyond 200 km of a railhead, and the Japanese had few trucks. Above 100 % it changes nothing in this game (identical games over 50 seeds at 400 %): the park already feeds a division standing on its positions, and once the ring closes no lorry gets in.', source: 'SEED; DREA-RU rulit p.10; WP-BKG', default: 100, min: 50, max: 400, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'trucks', op: 'scale-percent' }] },
      { id: 'soviet-fire-proofing', name: 'Soviet tanks fire-proofed', description: 'Percent chance, against normal, that a Soviet tank hit by a firebomb burns; by August mesh, bricks and heavier fuel had halved it (100 = the July tanks). It changes little (no measure beyond noise over 50 seeds at 100 %): anti-tank guns, not firebombs, did most of the killing (75–80 % of Soviet tank losses [SEED]).', source: 'DREA-RU bibliboba p.35; GOLDMAN p.19', default: 50, min: 30, max: 100, step: 10, unit: '%', effects: [{ kind: 'side-rule', side: 'soviet', rule: 'tankFireVulnerabilityPercent', op: 'set' }] },
      { id: 'tokyo-permits-base-strikes', name: 'Tokyo permits air strikes on bases', description: 'Lifts the ban of 29 June on Japanese air strikes against Soviet bases and depots, which sheltered the whole build-up. It changes nothing in this game: strikes on depots are not modelled (a gap the designer notes; the sources do not say what a lifted ban would have achieved).', source: 'SEED; GOLDMAN p.17', default: 0, min: 0, max: 1, step: 1, effects: [{ kind: 'side-rule', side: 'japanese', rule: 'airStrikesOnBases', op: 'set' }] },
    ],
    aiPlan: {
      soviet: {
        formations: [
          { id: 'northern-group-infantry', name: 'Northern Group: 601st Rifle Regiment and MPR 6th Cavalry', units: north.filter((i) => !northArmour.includes(i)), task: { kind: 'attack', hexes: [h({ place: 'fui-heights' })], radius: 1 }, triggers: [{ when: { kind: 'turn', turn: FUI_STORMED }, task: { kind: 'attack', hexes: [h({ place: 'fui-heights' })], radius: 1, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }, { when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: [h({ place: 'remizov-heights' })], radius: 2, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }] },
          { id: 'northern-group-armour', name: 'Northern Group armour', units: northArmour, task: { kind: 'advance', hexes: [h({ x: 9, y: 16 })], radius: 2, withInfantry: ['northern-group-infantry'] }, triggers: [{ when: { kind: 'turn', turn: WINGS_TURN_IN }, task: { kind: 'attack', hexes: [nomonhan], radius: 1 } }, { when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: [h({ place: 'hill-755' })], radius: 2 } }] },
          { id: 'central-group', name: 'Central Group: 82nd Rifle, 36th Motorised Rifle, 5th Rifle-MG', units: group(CENTRE), task: { kind: 'attack', hexes: [h({ place: 'remizov-heights' }), h({ place: 'hill-733' }), h({ place: 'noro-heights' })], radius: 2, assaultOddsPercent: CENTRE_PINNING_ODDS }, triggers: [{ when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: pocket, radius: 1, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }] },
          { id: 'southern-group-infantry', name: 'Southern Group: 57th Rifle Division and MPR 8th Cavalry', units: south.filter((i) => !southArmour.includes(i)), task: { kind: 'attack', hexes: [h({ place: 'hill-742' }), h({ place: 'hill-754' })], radius: 2 }, triggers: [{ when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: southOfHolsten, radius: 1, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }, { when: { kind: 'milestone', milestone: 'south-of-holsten-cleared' }, task: { kind: 'attack', hexes: pocket, radius: 2, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }] },
          { id: 'southern-group-armour', name: 'Southern Group armour: 6th Tank and 8th Motor-Armoured', units: southArmour, task: { kind: 'advance', hexes: [h({ x: 11, y: -12 })], radius: 2 }, triggers: [{ when: { kind: 'turn', turn: WINGS_TURN_IN }, task: { kind: 'attack', hexes: [nomonhan], radius: 1 } }, { when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: southOfHolsten, radius: 1 } }] },
          { id: 'reserve', name: 'Army Group reserve', units: group(RESERVE), task: { kind: 'reserve', hexes: [h({ place: 'khamar-daba' })], radius: 3 }, triggers: [{ when: { kind: 'turn', turn: 6 }, task: { kind: 'attack', hexes: [h({ place: 'hill-733' })], radius: 2 } }, { when: { kind: 'milestone', milestone: 'nomonhan-linkup' }, task: { kind: 'attack', hexes: pocket, radius: 1, assaultOddsPercent: SOVIET_ASSAULT_ODDS } }] },
        ],
      },
      japanese: {
        formations: [
          { id: 'north-of-holsten', name: '72nd Infantry, 26th Infantry and the Fui garrison', units: jpNorth, task: { kind: 'hold', hexes: [h({ place: 'fui-heights' }), h({ place: 'remizov-heights' }), ...positionsOf(jpNorth)], radius: 0, noRetreat: true }, triggers: [{ when: { kind: 'losses', percent: JAPANESE_BREAKOUT_LOSSES }, task: { kind: 'withdraw', hexes: [h({ x: 14, y: 9 })], radius: 2 } }] },
          { id: 'south-of-holsten', name: '64th and 71st Infantry and the 2/28th', units: jpSouth, task: { kind: 'hold', hexes: [h({ place: 'hill-733' }), h({ place: 'noro-heights' }), h({ place: 'hill-742' }), ...positionsOf(jpSouth)], radius: 0, noRetreat: true }, triggers: [{ when: { kind: 'losses', percent: JAPANESE_BREAKOUT_LOSSES }, task: { kind: 'withdraw', hexes: [h({ x: 14, y: 2 })], radius: 2 } }] },
          { id: 'artillery', name: 'Japanese artillery', units: ids((d) => /^jp-(13fa|heavy)/.test(d.id)), task: { kind: 'hold', hexes: [h({ x: 9.5, y: 1.5 })], radius: 4 }, triggers: [] },
          { id: 'rear', name: 'Division rear, engineers and Nomonhan', units: ['jp-23eng', 'jp-24eng', 'jp-23-hq', 'jp-nomonhan'], task: { kind: 'hold', hexes: [nomonhan, h({ x: 11, y: 2 })], radius: 3 }, triggers: [] },
          { id: 'manchukuoan-flanks', name: 'Manchukuoan cavalry on the flanks', units: ids((d) => d.id.startsWith('mk-')), task: { kind: 'screen', hexes: [h({ x: 9, y: 18 }), h({ x: 9, y: -15 })], radius: 4 }, triggers: [{ when: { kind: 'losses', percent: 30 }, task: { kind: 'withdraw', hexes: [h({ x: 22, y: 5 })], radius: 3 } }] },
          // The relief attack of the 26th failed and fell back [SEED]: once the attack has cost it a third of its men,
          // the column goes back east rather than feeding itself into the ring battalion by battalion.
          { id: 'relief', name: '6th Army relief force', units: ids((d) => d.id.startsWith('jp-relief')), task: { kind: 'attack', hexes: [nomonhan], radius: 2 }, triggers: [{ when: { kind: 'losses', percent: RELIEF_FAILS_LOSSES }, task: { kind: 'withdraw', hexes: [h({ x: 24, y: 5 })], radius: 2 } }] },
        ],
      },
    },
    historical: {
      winner: 'soviet',
      result:
        'Decisive Soviet victory. The centre held the Japanese line while the armoured wings closed at Nomonhan on 25 August; the Fui Heights fell on the night of 24 August, the relief attack of the 26th and the breakout of the 27th failed, the ground south of the Holsten was cleared by the evening of the 27th, and by 31 August no Japanese forces were left on the disputed side. Soviet killed and wounded for the operation: 9,284 [KNIGALUB], not split in the sources.',
      strength: {
        soviet: { men: 50000, tanks: 498, armouredCars: 346, guns: 420, aircraft: 557, source: 'SEED: ~50,000 men, 498 BT-5/BT-7, 557 aircraft; HISTORYBACK: 346 armoured vehicles (and 502 guns); KNIGALUB: 156 light + 93 heavy + 138 anti-tank guns + 33 of the 185th = 420' },
        japanese: { men: 28000, tanks: 0, armouredCars: 0, guns: 120, aircraft: 200, source: 'SEED: 28,000–40,000 men (lower figure, with Manchukuoans); ROMAN; GREATCOURSES: 120 guns; WP-BKG: no tanks after July, ~200 aircraft' },
      },
      losses: {
        soviet: { killed: null, wounded: null, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null, killedAndWounded: 9284, source: 'KNIGALUB: 9,284 killed and wounded in the August operation, not split. Campaign figures (Krivosheev: 9,703 killed or missing, 15,251 wounded; 253 tanks, 208 aircraft) cover May–September and are not set beside this battle [SEED]' },
        japanese: { killed: null, wounded: null, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null, source: 'No figure for the August battle alone in the sources reached; the campaign figures (Bureau 6A: 7,696 killed, 8,647 wounded, 1,021 missing; 72 guns; 162 aircraft) cover May–September [SEED]' },
      },
      // Turns are this scenario's six-hour turns (turn 1 = 06:00 on 20 August).
      milestones: {
        'fui-heights-fall': { date: '1939-08-24T23:00', turn: 20 },
        'nomonhan-linkup': { date: '1939-08-25', turn: 22 },
        'south-of-holsten-cleared': { date: '1939-08-27T18:00', turn: 31 },
        'japanese-pocket-destroyed': { date: '1939-08-31', turn: 45 },
      },
      sources: 'SEED; KNIGALUB; HISTORYBACK; GOLDMAN p.21–22; GOLDMAN-RU; DREA-RU; LITLIFE-64678; ZHUKOV-PORTRAIT; VOROT',
    },
  };
};
