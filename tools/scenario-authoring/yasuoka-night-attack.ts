/**
 * Scenario 2, the July offensive: Yasuoka's night attack on the bridgehead and Kobayashi's Baintsagan crossing,
 * 2–5 July 1939 (facts.md §B2), at 500 m per hex: 26 km E–W, 26 km N–S from the Noro heights to 5 km north of the
 * Fui Heights.
 *
 * Strength basis for the ±10% test: the theatre figures for the start of July [ROMAN; GREATCOURSES] — Japanese
 * 15,000 men, Soviet 12,500 men, 109 guns, 186 tanks and 266 armoured cars — with the Yasuoka tanks exactly by type
 * [SEED]. Both Japanese prongs and the Soviet reserves that came up on 3 July are on the map, so the whole theatre is
 * the right basis. Where the fact sheet gives only a formation total, counters share it out and say so.
 */
import type { DrawnMap, Frame } from './draw-map';
import type { UnitDraft } from './draft';
import type { Placer, Spot } from './placement';

export const id = 'yasuoka-night-attack';
/**
 * The window (issue 14: Fui stood 1 km from the north edge, Baintsagan 3.4 km, and the 11th Tank Brigade came on 3 km
 * from Baintsagan). It reaches 3 km further west, so the Soviet reserves from Tamsag-Bulak [DZEN-1: a 120 km march]
 * come up the west bank over ground the player sees, and 10 rows (4.3 km) further north, so Fui (the north end of
 * the Japanese line [GOLDMAN]) stands 5 km from the edge and Baintsagan nearly 8, with the ground Kobayashi's column
 * came over from the north-east on the map. Whole columns and an even number of rows: the hexes of the old window
 * keep their ground exactly.
 */
const ROW_KM = 0.5 * 0.8660254;
export const frame: Frame = { hexMetres: 500, width: 52, height: 60, west: -9, north: 13.5 + 10 * ROW_KM, omitPlaces: ['azuma-halt', 'bykov-line'] };
/** Where the reserves from the rear come on: the west edge of the window. */
const ENTRY_X = frame.west;

/** Baintsagan crossing: the Japanese pontoon of the night of 2–3 July, a little north-east of the hill (layout). */
const CROSSING = { x: -1.9, y: 10.8 };

const YAS = 'Yasuoka Detachment (1st Tank Corps)';
const T3 = '3rd Tank Regiment (Col. Yoshimaru Kiyotake)';
const T4 = '4th Tank Regiment (Col. Tamada Yoshio)';
const KOB = 'Kobayashi group (23rd Division)';

const u = (d: UnitDraft): UnitDraft => d;

const japanese: UnitDraft[] = [
  // --- The Yasuoka Detachment's tanks, exactly by type [SEED] ---
  u({ id: 'jp-3tk-1', side: 'japanese', name: '1st Company, 3rd Tank Regiment', label: '1/3Tk', formation: T3, kind: 'tank', size: 'company', men: 50, equipment: { Type89: 9 }, at: { x: 8.2, y: 3.6 }, source: 'SEED; MOSH-tank' }),
  u({ id: 'jp-3tk-2', side: 'japanese', name: '2nd Company, 3rd Tank Regiment', label: '2/3Tk', formation: T3, kind: 'tank', size: 'company', men: 50, equipment: { Type89: 9 }, at: { x: 8.6, y: 2.9 }, source: 'SEED; MOSH-tank' }),
  u({ id: 'jp-3tk-3', side: 'japanese', name: '3rd Company, 3rd Tank Regiment (with the Type 97s)', label: '3/3Tk', formation: T3, kind: 'tank', size: 'company', men: 70, equipment: { Type89: 8, Type97: 4 }, at: { x: 9.1, y: 3.4 }, source: 'SEED; MOSH-tank', note: 'The four new Type 97 Chi-Ha, outranged by the Soviet 45 mm [PAPIRMODELLER].' }),
  u({ id: 'jp-3tk-lt', side: 'japanese', name: 'Tankette company and trains, 3rd Tank Regiment', label: 'Lt/3Tk', formation: T3, kind: 'tank', size: 'company', men: 230, equipment: { 'Type94-tankette': 7, 'Type97-TeKe': 4, truck: 20 }, at: { x: 9.6, y: 2.7 }, source: 'SEED' }),
  u({ id: 'jp-4tk-1', side: 'japanese', name: '1st Company, 4th Tank Regiment', label: '1/4Tk', formation: T4, kind: 'tank', size: 'company', men: 40, equipment: { Type95: 12 }, at: { x: 9.5, y: 5.6 }, source: 'SEED; ALTHIST-37' }),
  u({ id: 'jp-4tk-2', side: 'japanese', name: '2nd Company, 4th Tank Regiment', label: '2/4Tk', formation: T4, kind: 'tank', size: 'company', men: 40, equipment: { Type95: 12 }, at: { x: 10.1, y: 6.1 }, source: 'SEED; ALTHIST-37' }),
  u({ id: 'jp-4tk-3', side: 'japanese', name: '3rd Company, 4th Tank Regiment', label: '3/4Tk', formation: T4, kind: 'tank', size: 'company', men: 40, equipment: { Type95: 11 }, at: { x: 10.4, y: 5.3 }, source: 'SEED; ALTHIST-37' }),
  u({ id: 'jp-4tk-4', side: 'japanese', name: '4th Company and trains, 4th Tank Regiment', label: '4/4Tk', formation: T4, kind: 'tank', size: 'company', men: 180, equipment: { Type89: 8, 'Type94-tankette': 3, truck: 15 }, at: { x: 11.0, y: 5.8 }, source: 'SEED; ALTHIST-37', note: 'The regiment was "really a battalion" of about 40 tanks in four companies [ALTHIST-37].' }),
  // --- Yasuoka's infantry, engineers and guns [SEED] ---
  u({ id: 'jp-64-1', side: 'japanese', name: 'A battalion of the 64th Infantry Regiment (with Yasuoka)', label: 'Y1/64', formation: YAS, kind: 'infantry', size: 'battalion', men: 800, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }, arrives: { turn: 4, at: { x: 11.5, y: 3.8 } }, source: 'SEED; ULANOV', note: "The 64th fell behind the tanks at once [ULANOV]: it comes up two turns after the tanks start (lever 'yasuoka-keeps-infantry')." }),
  u({ id: 'jp-64-2', side: 'japanese', name: 'Another battalion of the 64th Infantry Regiment (with Yasuoka)', label: 'Y2/64', formation: YAS, kind: 'infantry', size: 'battalion', men: 800, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }, arrives: { turn: 4, at: { x: 12, y: 4.6 } }, source: 'SEED; ULANOV' }),
  u({ id: 'jp-64-sup', side: 'japanese', name: 'Regimental guns and anti-tank company, 64th Infantry Regiment', label: 'RG/64', formation: YAS, kind: 'anti-tank', size: 'company', men: 250, equipment: { '75mm-Type38': 4, '37mm-Type94': 4 }, arrives: { turn: 4, at: { x: 12.5, y: 3.9 } }, source: 'SEED; WP-T94' }),
  u({ id: 'jp-2-28', side: 'japanese', name: '2nd Battalion, 28th Infantry Regiment (7th Division)', label: '2/28', formation: YAS, kind: 'infantry', size: 'battalion', men: 800, equipment: { '70mm-Type92': 2, '37mm-Type94': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }, at: { x: 7.2, y: 2.4 }, source: 'SEED; DREA-RU', note: 'Reached about 1,800 m from the bridge on 3–5 July under fire from the high west bank [DREA-RU chitaem p.9].' }),
  u({ id: 'jp-24eng', side: 'japanese', name: '24th Engineer Regiment', label: '24Eng', formation: YAS, kind: 'engineer', size: 'regiment', men: 600, equipment: { LMG: 12, truck: 20 }, at: { x: 10.6, y: 3.2 }, source: 'SEED' }),
  u({ id: 'jp-13fa-1', side: 'japanese', name: 'A battalion of the 13th Field Artillery Regiment (with Yasuoka)', label: '1/13FA', formation: YAS, kind: 'artillery', size: 'battalion', men: 500, equipment: { '75mm-Type38': 12 }, at: { x: 12.2, y: 3.1 }, source: 'SEED' }),
  u({ id: 'jp-yas-hq', side: 'japanese', name: 'Headquarters, Yasuoka Detachment (Lt Gen. Yasuoka Masaomi)', label: 'HQ/Yas', formation: YAS, kind: 'headquarters', size: 'company', men: 150, equipment: { truck: 10 }, at: { x: 12.8, y: 4.4 }, source: 'SEED' }),
];

// --- Kobayashi's northern prong: across at Baintsagan, then south along the west bank [SEED] ---
const kobayashiBattalions: [string, string, string, number, Record<string, number>][] = [
  ['71', '71st Infantry Regiment', '71', 3, { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }],
  ['72', '72nd Infantry Regiment', '72', 3, { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }],
  // Sumi's regiment had only 6 heavy MGs, 6 battalion guns and 2 mortars, with civilian trucks [OVERLORD].
  ['26', '26th Infantry Regiment (Col. Sumi, 7th Division)', '26', 3, { '70mm-Type92': 2, HMG: 2, LMG: 24, '50mm-Type89': 18 }],
];
const ORD = ['1st', '2nd', '3rd'];
/** Turn the first battalion of each regiment reaches the pontoon (turn 5 is 00:00 on 3 July; turn 8 is 06:00). */
const KOBAYASHI_ARRIVAL = [5, 7, 9];
kobayashiBattalions.forEach(([num, regiment, lbl, n, eq], r) => {
  for (let b = 0; b < n; b++) {
    japanese.push({
      id: `jp-${num}-${b + 1}`,
      side: 'japanese',
      name: `${ORD[b]} Battalion, ${regiment}`,
      label: `${b + 1}/${lbl}`,
      formation: KOB,
      kind: 'infantry',
      size: 'battalion',
      men: 750,
      equipment: eq,
      // The crossing began after dark on 2 July over one short-of-parts pontoon: the 71st first, the 72nd behind it,
      // Sumi's 26th only on the morning of 3 July [SEED; BARYATINSKY; OVERLORD]. Each battalion reaches the east end
      // of the pontoon in its turn instead of the whole group standing ready at 16:00. Their approach march stays off
      // the map on purpose: no source gives its route or length from the assembly area, only when the regiments were
      // at the river, so marching it here would add an invented delay to a sourced timetable. The wider window now
      // shows the ground north-east of the crossing they came over, and the line of march as a supply source on the
      // north edge.
      arrives: { turn: KOBAYASHI_ARRIVAL[r]! + b, at: { x: CROSSING.x + 1.2 + b * 0.6, y: CROSSING.y + 0.8 - r * 0.9 } },
      source: num === '26' ? 'SEED; OVERLORD' : 'SEED; BARYATINSKY',
      note: 'Battalion strength shared out from the theatre total of 15,000 [ROMAN].',
    });
  }
});
japanese.push(
  u({ id: 'jp-64-kob', side: 'japanese', name: 'A battalion of the 64th Infantry Regiment (with Kobayashi)', label: 'K/64', formation: KOB, kind: 'infantry', size: 'battalion', men: 750, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 24, '50mm-Type89': 24 }, at: { x: CROSSING.x + 1.4, y: CROSSING.y + 2.2 }, source: 'SEED' }),
  u({ id: 'jp-71-sup', side: 'japanese', name: 'Regimental guns and anti-tank company, 71st Infantry Regiment', label: 'RG/71', formation: KOB, kind: 'anti-tank', size: 'company', men: 250, equipment: { '75mm-Type38': 4, '37mm-Type94': 4 }, at: { x: CROSSING.x + 3.2, y: CROSSING.y + 0.5 }, source: 'SEED; WP-T94' }),
  u({ id: 'jp-72-sup', side: 'japanese', name: 'Regimental guns and anti-tank company, 72nd Infantry Regiment', label: 'RG/72', formation: KOB, kind: 'anti-tank', size: 'company', men: 250, equipment: { '75mm-Type38': 4, '37mm-Type94': 4 }, at: { x: CROSSING.x + 3.4, y: CROSSING.y - 0.4 }, source: 'SEED; WP-T94' }),
  u({ id: 'jp-23at', side: 'japanese', name: 'Anti-tank guns, 23rd Division (divisional pool)', label: 'AT/23', formation: KOB, kind: 'anti-tank', size: 'company', men: 60, equipment: { '37mm-Type94': 5 }, at: { x: CROSSING.x + 2.6, y: CROSSING.y + 1.6 }, source: 'DREA-RU homeread p.6', note: 'Makes up the 23rd Division\'s 17 guns of 37 mm.' }),
  u({ id: 'jp-23eng', side: 'japanese', name: '23rd Engineer Regiment (Baintsagan pontoon)', label: '23Eng', formation: KOB, kind: 'engineer', size: 'regiment', men: 500, equipment: { LMG: 9, truck: 10 }, at: { x: CROSSING.x + 0.4, y: CROSSING.y + 0.1 }, source: 'SEED; OVERLORD', note: 'Their single pontoon bridge was so short of parts that it took one unloaded truck at a time [OVERLORD].' }),
  u({ id: 'jp-13fa-2', side: 'japanese', name: '2nd Battalion, 13th Field Artillery Regiment', label: '2/13FA', formation: KOB, kind: 'artillery', size: 'battalion', men: 500, equipment: { '75mm-Type38': 12 }, at: { x: CROSSING.x + 4.2, y: CROSSING.y + 1.2 }, source: 'SEED' }),
  u({ id: 'jp-13fa-3', side: 'japanese', name: '3rd Battalion, 13th Field Artillery Regiment', label: '3/13FA', formation: KOB, kind: 'artillery', size: 'battalion', men: 500, equipment: { '105mm-Type91': 12 }, at: { x: CROSSING.x + 4.6, y: CROSSING.y + 0.2 }, source: 'SEED' }),
  u({ id: 'jp-kwantung-art', side: 'japanese', name: 'Kwantung Army field artillery attached to the 23rd Division', label: 'KwA Art', formation: 'Kwantung Army artillery', kind: 'artillery', size: 'regiment', men: 900, equipment: { '75mm-Type90': 24 }, at: { x: 13.5, y: 6.5 }, source: 'ROMAN; GREATCOURSES', note: 'The fact sheet itemises fewer guns than the 120 of the theatre total; this counter stands for the rest.' }),
  u({ id: 'jp-23-hq', side: 'japanese', name: 'Headquarters, 23rd Division (Lt Gen. Komatsubara) and Kobayashi group', label: 'HQ/23', formation: KOB, kind: 'headquarters', size: 'company', men: 300, equipment: { truck: 20 }, at: { x: CROSSING.x + 5.5, y: CROSSING.y + 1.8 }, source: 'SEED' }),
);

const SOV_149 = '149th Rifle Regiment (36th Motorised Rifle Division)';
const SOV_9 = '9th Motor-Armoured Brigade';
const SOV_11 = '11th Tank Brigade (Kombrig Yakovlev)';
const SOV_7 = '7th Motor-Armoured Brigade (Col. Lesovoi)';
const SOV_24 = '24th Motor Rifle Regiment (Maj. Fedyuninsky)';

const soviet: UnitDraft[] = [
  // --- In the bridgehead: the 149th Rifle Regiment and the 9th Motor-Armoured Brigade [FEDY-2] ---
  ...[0, 1, 2].map((b) =>
    u({ id: `sov-149-${b + 1}`, side: 'soviet', name: `${ORD[b]} Battalion, 149th Rifle Regiment`, label: `${b + 1}/149`, formation: SOV_149, kind: 'motorised-infantry', size: 'battalion', men: 600, equipment: { '45mm-M1937': 2, HMG: 8, LMG: 27, '82mm-mortar': 4, truck: 20 }, at: [{ x: 3.2, y: 2.8 }, { x: 3.6, y: 1.3 }, { x: 2.4, y: -0.6 }][b]!, entrenchment: 1, source: 'FEDY-2; STAVSKY', note: 'Maj. I. M. Remizov\'s regiment; battalion strength shared out from the theatre total.' }),
  ),
  u({ id: 'sov-149-art', side: 'soviet', name: 'Regimental artillery, 149th Rifle Regiment', label: 'Art/149', formation: SOV_149, kind: 'artillery', size: 'company', men: 300, equipment: { '76mm-M1927': 4 }, at: { x: 1.0, y: 1.0 }, source: 'FEDY-2' }),
  u({ id: 'sov-9mab-1', side: 'soviet', name: 'Armoured-car battalion, 9th Motor-Armoured Brigade', label: '1/9MAB', formation: SOV_9, kind: 'armoured-car', size: 'battalion', men: 250, equipment: { 'BA-10': 30, 'BA-6': 15 }, at: { x: 4.5, y: 3.6 }, source: 'FEDY-2; SEED', note: 'Armoured-car counts shared out from the theatre total of 266 [ROMAN].' }),
  u({ id: 'sov-9mab-2', side: 'soviet', name: 'Second armoured-car battalion, 9th Motor-Armoured Brigade', label: '2/9MAB', formation: SOV_9, kind: 'armoured-car', size: 'battalion', men: 250, equipment: { 'BA-10': 30, 'BA-6': 15 }, at: { x: 4.8, y: 1.9 }, source: 'FEDY-2; SEED' }),
  u({ id: 'sov-9mab-mr', side: 'soviet', name: 'Motor rifle battalion, 9th Motor-Armoured Brigade', label: 'MR/9MAB', formation: SOV_9, kind: 'motorised-infantry', size: 'battalion', men: 700, equipment: { '45mm-M1937': 4, HMG: 8, LMG: 27, truck: 40 }, at: { x: 2.0, y: 3.6 }, entrenchment: 1, source: 'FEDY-2' }),
  u({ id: 'sov-9mab-art', side: 'soviet', name: 'Artillery battalion and reconnaissance, 9th Motor-Armoured Brigade', label: 'Art/9MAB', formation: SOV_9, kind: 'artillery', size: 'battalion', men: 350, equipment: { '76mm-M1902': 12, 'T-37': 8 }, at: { x: -1.6, y: 1.9 }, source: 'FEDY-2; SEED', note: 'T-37 amphibious tankettes served in reconnaissance; 17 were lost in the campaign [SEED].' }),
  // --- West bank: the 185th Artillery Regiment [ZHUKOV-MEM] and the MPR 6th Cavalry Division's screen ---
  u({ id: 'sov-185-heavy', side: 'soviet', name: 'Heavy battalion, 185th Artillery Regiment', label: 'H/185', formation: '185th Artillery Regiment', kind: 'artillery', size: 'battalion', men: 400, equipment: { '152mm-M1909': 12 }, at: { x: -2.6, y: 3.8 }, source: 'ZHUKOV-MEM', note: 'Ordered to fire on Baintsagan on the morning of 3 July.' }),
  u({ id: 'sov-185-gun', side: 'soviet', name: 'Gun battalion, 185th Artillery Regiment', label: 'G/185', formation: '185th Artillery Regiment', kind: 'artillery', size: 'battalion', men: 350, equipment: { '107mm-M1910': 12 }, at: { x: -2.4, y: -0.8 }, source: 'ZHUKOV-MEM; DREA-RU ch. 9', note: 'The guns on the high west bank that enfiladed the 2/28th.' }),
  u({ id: 'mpr-15cr', side: 'soviet', name: '15th Cavalry Regiment, MPR 6th Cavalry Division (on Baintsagan)', label: '15/6MPR', formation: 'MPR 6th Cavalry Division', kind: 'cavalry', size: 'regiment', men: 450, equipment: { HMG: 4, LMG: 8 }, at: { place: 'baintsagan' }, cohesion: 80, source: 'SEED; BARYATINSKY', note: 'The thin screen on Baintsagan that Kobayashi drove off on the night of 2–3 July.' }),
  u({ id: 'mpr-6cd', side: 'soviet', name: 'MPR 6th Cavalry Division (main body)', label: '6MPR', formation: 'MPR 6th Cavalry Division', kind: 'cavalry', size: 'regiment', men: 850, equipment: { '76mm-M1902': 4, 'BA-6': 12, HMG: 6, LMG: 12 }, at: { x: 3.6, y: -4.2 }, source: 'GOLDMAN-RU; SEED' }),
  // --- Arriving on 3 July from the rear [ZHUKOV-MEM; ZHUKOV-1; DZEN-1] ---
  u({ id: 'sov-11tb-1', side: 'soviet', name: '1st Tank Battalion, 11th Tank Brigade', label: '1/11TB', formation: SOV_11, kind: 'tank', size: 'battalion', men: 250, equipment: { 'BT-5': 44 }, arrives: { turn: 8, at: { x: ENTRY_X, y: 6 } }, source: 'DZEN-1; ZHUKOV-1', note: 'Attacked Baintsagan off the march at about 10:45 on 3 July, without infantry.' }),
  u({ id: 'sov-11tb-2', side: 'soviet', name: '2nd Tank Battalion, 11th Tank Brigade', label: '2/11TB', formation: SOV_11, kind: 'tank', size: 'battalion', men: 190, equipment: { 'BT-5': 32 }, arrives: { turn: 8, at: { x: ENTRY_X, y: 4.5 } }, source: 'DZEN-1' }),
  u({ id: 'sov-11tb-2e', side: 'soviet', name: 'Detachment of the 2nd Tank Battalion, 11th Tank Brigade (east bank)', label: '2e/11TB', formation: SOV_11, kind: 'tank', size: 'company', men: 50, equipment: { 'BT-5': 8 }, arrives: { turn: 8, at: { place: 'kawatama-bridge', dx: -0.9, dy: 0.2 } }, source: 'ULANOV', note: 'The 8 BT-5s that crossed to the east bank on the morning of 3 July [ULANOV].' }),
  u({ id: 'sov-11tb-3', side: 'soviet', name: '3rd Tank Battalion, 11th Tank Brigade', label: '3/11TB', formation: SOV_11, kind: 'tank', size: 'battalion', men: 280, equipment: { 'BT-5': 50 }, arrives: { turn: 8, at: { x: ENTRY_X, y: 7.5 } }, source: 'DZEN-1' }),
  u({ id: 'sov-11tb-rcn', side: 'soviet', name: 'Reconnaissance and flame-tank companies, 11th Tank Brigade', label: 'Rcn/11TB', formation: SOV_11, kind: 'tank', size: 'company', men: 120, equipment: { 'BT-5': 8, 'KhT-26': 12, 'BA-10': 10, 'BA-20': 6 }, arrives: { turn: 8, at: { x: ENTRY_X, y: 9 } }, source: 'DZEN-1; SEED' }),
  u({ id: 'sov-11tb-mr', side: 'soviet', name: 'Motor rifle battalion and rear, 11th Tank Brigade', label: 'MR/11TB', formation: SOV_11, kind: 'motorised-infantry', size: 'battalion', men: 1200, equipment: { '45mm-M1937': 4, HMG: 6, LMG: 24, 'BA-10': 10, truck: 80 }, arrives: { turn: 9, at: { x: ENTRY_X, y: 5 } }, source: 'ZHUKOV-MEM; KOLOM' }),
  ...[0, 1, 2].map((b) =>
    u({ id: `sov-24-${b + 1}`, side: 'soviet', name: `${ORD[b]} Battalion, 24th Motor Rifle Regiment`, label: `${b + 1}/24`, formation: SOV_24, kind: 'motorised-infantry', size: 'battalion', men: 600, equipment: { '45mm-M1937': 2, HMG: 8, LMG: 27, '82mm-mortar': 4, truck: 25 }, arrives: { turn: 12, at: [{ x: ENTRY_X, y: 3 }, { x: ENTRY_X, y: 1.5 }, { x: ENTRY_X, y: 0 }][b]! }, source: 'ZHUKOV-MEM; FEDY', note: 'Came up late and attacked at 19:00 on 3 July [READLI-893761].' }),
  ),
  u({ id: 'sov-24-art', side: 'soviet', name: 'Artillery battalion and tank group, 24th Motor Rifle Regiment', label: 'Art/24', formation: SOV_24, kind: 'artillery', size: 'battalion', men: 420, equipment: { '76mm-M1902': 12, '76mm-M1927': 4, 'BT-5': 5, 'KhT-26': 6, 'BA-10': 10 }, arrives: { turn: 12, at: { x: ENTRY_X, y: -1.5 } }, source: 'ZHUKOV-MEM; READLI-893761', note: 'Its attack went in with 5 BT-5 and 6 KhT-26 [READLI-893761].' }),
  u({ id: 'sov-7mab-1', side: 'soviet', name: 'Armoured-car battalion, 7th Motor-Armoured Brigade', label: '1/7MAB', formation: SOV_7, kind: 'armoured-car', size: 'battalion', men: 250, equipment: { 'BA-10': 30, 'BA-6': 15 }, arrives: { turn: 9, at: { x: ENTRY_X, y: 8 } }, source: 'ZHUKOV-MEM' }),
  u({ id: 'sov-7mab-2', side: 'soviet', name: 'Second armoured-car battalion, 7th Motor-Armoured Brigade', label: '2/7MAB', formation: SOV_7, kind: 'armoured-car', size: 'battalion', men: 250, equipment: { 'BA-10': 30, 'BA-6': 15 }, arrives: { turn: 9, at: { x: ENTRY_X, y: 9.5 } }, source: 'ZHUKOV-MEM' }),
  u({ id: 'sov-7mab-mr', side: 'soviet', name: 'Motor rifle battalion and artillery, 7th Motor-Armoured Brigade', label: 'MR/7MAB', formation: SOV_7, kind: 'motorised-infantry', size: 'battalion', men: 900, equipment: { '76mm-M1902': 12, '45mm-M1937': 4, HMG: 8, LMG: 27, 'T-37': 8, truck: 50 }, arrives: { turn: 10, at: { x: ENTRY_X, y: 6.5 } }, source: 'ZHUKOV-MEM' }),
  u({ id: 'mpr-8cd-arm', side: 'soviet', name: 'Armoured battalion, MPR 8th Cavalry Division', label: 'Arm/8MPR', formation: 'MPR 8th Cavalry Division', kind: 'armoured-car', size: 'battalion', men: 250, equipment: { 'BA-6': 18, '76mm-M1902': 4, '45mm-M1937': 4 }, arrives: { turn: 9, at: { x: ENTRY_X, y: 11 } }, source: 'ZHUKOV-MEM; READLI-893761' }),
];

/** Both sides' counters. */
export const UNITS: readonly UnitDraft[] = [...soviet, ...japanese];

const ids = (pred: (d: UnitDraft) => boolean): string[] => UNITS.filter(pred).map((d) => d.id);

export const build = (map: DrawnMap, placer: Placer, toUnits: (u: readonly UnitDraft[]) => unknown[]) => {
  const bridgeE = map.bridge.east;
  const bridgeW = map.bridge.west;
  const h = (s: Spot) => placer.hex(s);
  const crossing = map.json.rivers[0]!.sides.reduce(
    (best, s) => {
      const d = Math.abs(s[1] - h(CROSSING)[1]) * 2 + Math.abs(s[0] - h(CROSSING)[0]);
      return d < best.d ? { s, d } : best;
    },
    { s: map.json.rivers[0]!.sides[0]!, d: Infinity },
  ).s;
  const mapJson = { ...map.json, crossings: [...map.json.crossings, { id: 'baintsagan-pontoon', name: 'Japanese pontoon at Baintsagan', kind: 'pontoon' as const, side: crossing }] };
  const tanks = ids((d) => d.formation === T3 || d.formation === T4);
  const t3 = ids((d) => d.formation === T3);
  const t4 = ids((d) => d.formation === T4);
  const kob = ids((d) => d.formation === KOB && d.kind !== 'artillery' && d.kind !== 'headquarters');
  const kobGuns = ids((d) => d.formation === KOB && (d.kind === 'artillery' || d.kind === 'headquarters'));
  const yasInf = ['jp-64-1', 'jp-64-2', 'jp-64-sup', 'jp-2-28', 'jp-24eng'];
  const baintsagan = h({ place: 'baintsagan' });
  // The ground the Soviet armour crosses from the west edge towards Baintsagan: seen there, it turns Kobayashi's group
  // from its march south to a stand on the hill, as on 3 July [SEED; ZHUKOV-MEM] (with the window 3 km wider, the
  // edge where it comes on is watched too, so the stand comes as soon as the armour is in sight, as before).
  const armourApproach = [h({ x: ENTRY_X, y: 6 }), h({ x: ENTRY_X, y: 9 }), h({ x: -6, y: 6 }), h({ x: -6, y: 9 })];
  // Kobayashi's orders were to come down the west bank onto the west end of the bridge [SEED]. The group marches on
  // the ground just north-west of it, not on the bridge hexes themselves: an area round the west end took in the east
  // end across the river too, and in 4-6 of 50 games a gun or engineer company walked over the bridge onto its east
  // end, the "bridge taken" that history never saw (Kobayashi was held at Baintsagan).
  const westBankApproach = h({ x: -0.6, y: 0.9 });
  // The Soviet reserves go for the Japanese wherever they are on the west bank between Baintsagan and the bridge.
  const westBankRoute = [baintsagan, h({ x: -3.5, y: 6.5 }), h({ x: -2.5, y: 3 })];
  // Yasuoka's regiments were ordered on at any cost and kept attacking into the guns (the 3rd's Type 89s lost 20 in
  // one afternoon [GOLDMAN p.18]; the detachment lost 45 of 73 tanks [ULANOV]): they accept poor odds.
  const TANKS_PRESS_ON = 30;
  // The Japanese were back over the river by 5 July [SEED]: one pontoon that took one truck at a time [OVERLORD]
  // could not pass the whole group in a night, so the order to go back is given on the afternoon of 4 July
  // (turn 25, 16:00) whatever the group's losses, and the crossing runs through the night to the 5th.
  const KOBAYASHI_WITHDRAWS = 25;
  const kobayashiBack = { kind: 'withdraw' as const, hexes: [h({ x: CROSSING.x + 1.5, y: CROSSING.y + 0.5 })], radius: 2 };
  // From 5 July (turn 29, midnight) the Soviet armour and the 24th Motor Rifles close on the hill itself and clear what
  // is left on it: Baintsagan was back in Soviet hands, the Japanese over the river [SEED].
  const RETAKE_BAINTSAGAN = 29;
  const retakeBaintsagan = { kind: 'attack' as const, hexes: [baintsagan], radius: 1 };
  // The 4th went in by night through the storm at point-blank range and came again the next night [MOSH-tank p.114,
  // p.118]: its night assaults on the forward positions, well away from the bridge, accept still worse odds.
  const TANKS_AT_NIGHT_PRESS_ON = 20;
  const tank4Attack = { kind: 'attack' as const, hexes: [h({ x: 3.2, y: 2.8 })], radius: 1, timing: 'night' as const, assaultOddsPercent: TANKS_AT_NIGHT_PRESS_ON };
  return {
    schemaVersion: 1,
    id,
    title: "Yasuoka's Night Attack",
    dates: '2–5 July 1939',
    summary:
      "Early July 1939: the Kwantung Army throws its only tank force at the Soviet bridgehead east of the Khalkhin Gol while Kobayashi's infantry crosses at Baintsagan to come down the west bank onto the Kawatama bridge. Yasuoka's tanks go in by night, through a thunderstorm that cuts sight to a few tens of metres; at Baintsagan, Zhukov answers the crossing with every tank he has, without waiting for infantry.",
    briefings: {
      soviet: {
        title: 'Hold the bridge, throw them back over the river',
        commander: 'Komkor G. K. Zhukov',
        text:
          "The 149th Rifle Regiment and the 9th Motor-Armoured Brigade hold the bridgehead east of the Kawatama bridge. Japanese tanks — more than eighty — are massing to the east, and a Japanese column has been seen at the river north of Baintsagan.\n\nYour guns on the high west bank see the whole east bank by day; at night and in the storm they are nearly blind, and that is when the tanks will come. Keep the 45 mm guns forward: Japanese armour is thin. From the morning of 3 July the 11th Tank Brigade, the 7th Motor-Armoured Brigade and the Mongolian 8th Cavalry Division's armour reach the west bank, and the 24th Motor Rifle Regiment follows. If the Japanese hold Baintsagan they will roll down the west bank to the bridge: strike them before they dig in, and push them back over their single pontoon.",
      },
      japanese: {
        title: 'Two prongs on the Kawatama bridge',
        commander: 'Lt Gen. Yasuoka Masaomi',
        text:
          "Your 3rd and 4th Tank Regiments, with part of the 64th Infantry, the 2/28th Infantry, the 24th Engineers and a battalion of the 13th Field Artillery, are to break the Soviet bridgehead north of the Holsten and reach the Kawatama bridge. Move and fight by night: by day the Soviet guns on the high west bank will see every tank. A storm is building for tonight.\n\nKobayashi's infantry — the 71st, 72nd and 26th Regiments and a battalion of the 64th — crosses on the single pontoon at Baintsagan, takes the hill and turns south along the west bank. If both prongs reach the bridge, the Soviet east-bank force is trapped. Your infantry is slow and your tanks are not made to fight tanks: keep them together if you can.",
      },
    },
    map: mapJson,
    clock: {
      start: '1939-07-02T16:00',
      minutesPerTurn: 120,
      turns: 36,
      // 15.5 hours of daylight in July [DREA-RU p.10].
      sunrise: '04:45',
      sunset: '20:15',
      firstSide: 'japanese',
      // The storm night of 2–3 July: visibility 10–20 m; clear by 03:00 [MOSH-tank p.114, p.118].
      weather: [{ id: 'storm-2-3-july', name: 'Thunderstorm, low cloud over the moon', fromTurn: 4, toTurn: 6, visibilityMetres: 20, flying: false }],
    },
    sides: {
      soviet: {
        name: 'Soviet–Mongolian forces (57th Special Corps, 1st Army Group)',
        // 2,600 trucks in July [SEED]; a share for this corner of the front.
        rules: { trucks: 400, airSorties: 4, supplyRangeMp: 150 },
        supplySources: [
          { id: 'sov-tamsag-road', name: 'Road from Tamsag-Bulak', at: h({ x: ENTRY_X, y: -1 }) },
          { id: 'sov-khamar-daba', name: 'Khamar-Daba depot', at: h({ place: 'khamar-daba' }) },
          { id: 'sov-west-north', name: 'Depots behind Baintsagan', at: h({ x: ENTRY_X, y: 12 }) },
        ],
      },
      japanese: {
        name: 'Japanese forces (23rd Division, Yasuoka Detachment)',
        rules: { trucks: 320, airSorties: 3, airStrikesOnBases: false, supplyRangeMp: 150 },
        supplySources: [
          { id: 'jp-hailar-track', name: 'Track to Hailar', at: h({ x: 17, y: 6.8 }) },
          { id: 'jp-north-east', name: 'Japanese rear north of Nomonhan', at: h({ x: 17, y: 12.5 }) },
          // Kobayashi's column came down the east bank from the north-east to its crossing (layout).
          { id: 'jp-kobayashi-rear', name: "Kobayashi's line of march (north edge)", at: h({ x: 3, y: frame.north }) },
        ],
      },
    },
    units: toUnits(UNITS),
    objectives: [
      { id: 'jp-take-bridge', side: 'japanese', kind: 'take-hex', name: 'Reach the Kawatama bridge', description: 'Break the bridgehead and take the bridge at the Holsten junction.', points: 40, hexes: [bridgeE] },
      { id: 'jp-take-baintsagan', side: 'japanese', kind: 'take-hex', name: 'Take Baintsagan', description: "Kobayashi's crossing: seize the hill on the west bank before turning south.", points: 15, hexes: [baintsagan] },
      { id: 'jp-break-bridgehead', side: 'japanese', kind: 'loss-threshold', name: 'Maul the bridgehead', description: 'Put a quarter of the Soviet and Mongolian men out of action.', points: 15, percent: 25 },
      { id: 'sov-hold-bridge', side: 'soviet', kind: 'hold-hex', name: 'Hold the Kawatama bridge', description: 'Keep both ends of the bridge to the end.', points: 30, hexes: [bridgeE, bridgeW] },
      { id: 'sov-hold-baintsagan', side: 'soviet', kind: 'hold-hex', name: 'Baintsagan back in Soviet hands', description: 'Hold Baintsagan at the end: the Japanese driven back over the river.', points: 20, hexes: [baintsagan] },
      { id: 'sov-destroy-tanks', side: 'soviet', kind: 'destroy-unit', name: "Destroy Yasuoka's tank companies", description: 'Break the Japanese tank force.', points: 15, units: tanks },
    ],
    milestones: [
      { id: 'kawatama-bridge-taken', name: 'Kawatama bridge taken', when: { kind: 'hex-taken', side: 'japanese', hexes: [bridgeE] } },
      { id: 'yasuoka-half-armour-lost', name: 'Yasuoka has lost half his armour', when: { kind: 'equipment-lost', units: tanks, classes: ['tank', 'tankette'], percent: 50 } },
      { id: 'baintsagan-taken', name: 'Baintsagan taken by the Japanese', when: { kind: 'hex-taken', side: 'japanese', hexes: [baintsagan] } },
    ],
    victory: { decisiveMargin: 30, marginalMargin: 10 },
    levers: [
      { id: 'japanese-trucks', name: 'Japanese motor transport', description: 'Scales the Japanese truck park; Sumi\'s regiment came up in civilian trucks and the single pontoon took one unloaded truck at a time. Above 100 % it changes nothing (identical games over 50 seeds at 400 %): for these four days the park fed every unit, and the bottleneck was the one pontoon at Baintsagan, not the lorries; below 100 % units go short.', source: 'SEED; OVERLORD', default: 100, min: 50, max: 400, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'trucks', op: 'scale-percent' }] },
      { id: 'tokyo-permits-base-strikes', name: 'Tokyo permits air strikes on bases', description: 'After the 27 June raid on Tamsag-Bulak Tokyo forbade strikes on Soviet bases; set to 1 to lift the ban. It changes nothing in this game (identical games): strikes on depots are not modelled, and the one raid that was flown destroyed aircraft on the ground without slowing the Soviet build-up.', source: 'SEED; GOLDMAN p.17', default: 0, min: 0, max: 1, step: 1, effects: [{ kind: 'side-rule', side: 'japanese', rule: 'airStrikesOnBases', op: 'set' }] },
      { id: 'yasuoka-keeps-infantry', name: "Yasuoka's tanks keep their infantry", description: "Shifts when the 64th Infantry comes up behind the tanks, in turns; at −3 it starts with them, as Yasuoka meant it to, instead of falling behind at once. It changes little either way (over 50 seeds no outcome moves: at −3 Yasuoka's tanks knocked out 46 % against 50 %, within noise, and the Japanese lose a little more of their men; at +4 nothing moves): two battalions on foot could not have turned a fight decided by the Soviet guns and armour at the bridgehead.", source: 'ULANOV; READLI-243199 p.30', default: 0, min: -3, max: 4, step: 1, unit: 'turns', effects: [{ kind: 'unit-arrival', units: ['jp-64-1', 'jp-64-2', 'jp-64-sup'], op: 'shift-turns' }] },
      { id: 'zhukov-waits-for-infantry', name: 'Zhukov waits for the 24th Motor Rifle Regiment', description: 'Delays the 11th Tank Brigade by this many turns so it attacks Baintsagan together with the infantry instead of alone; Zhukov judged waiting would have cost more blood.', source: 'VOROT lib.druzya .21', default: 0, min: 0, max: 5, step: 1, unit: 'turns', effects: [{ kind: 'unit-arrival', units: ids((d) => d.formation === SOV_11), op: 'shift-turns' }] },
      { id: 'soviet-fire-proofing', name: 'Soviet tanks fire-proofed early', description: 'Percent chance, against normal, that a Soviet tank hit by a firebomb burns; mesh, bricks and heavier fuel came only in August. It changes little (no measure beyond noise over 50 seeds at 30 %): most burnt BTs were hit by anti-tank guns, not firebombs (75–80 % of Soviet tank losses [SEED]).', source: 'DREA-RU bibliboba p.35; GOLDMAN p.19', default: 100, min: 30, max: 100, step: 10, unit: '%', effects: [{ kind: 'side-rule', side: 'soviet', rule: 'tankFireVulnerabilityPercent', op: 'set' }] },
      { id: 'japanese-artillery-ammunition', name: 'Japanese artillery ammunition', description: "Scales the Japanese guns' ammunition stock; in July the gunners fired off more than half of it in two days. It changes little (no measure beyond noise over 50 seeds at 200 %): the battle turned on the tanks' night fight and on the Soviet guns on the high west bank, which outranged the Japanese field guns.", source: 'SEED', default: 100, min: 50, max: 200, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'artilleryAmmoPercent', op: 'scale-percent' }] },
      { id: 'four-regiment-division', name: 'A four-regiment Japanese division', description: "Scales Kobayashi's infantry as if the 23rd had been a four-regiment division like the 7th (15,000 men against 12,000). It changes no outcome (over 50 seeds at 125 %, the Soviets lose a few more tanks, 27 against 23 on average): more infantry on the hill was more infantry for the Soviet armour and guns to pin against the river.", source: 'DREA-RU homeread p.6', default: 100, min: 100, max: 125, step: 5, unit: '%', effects: [{ kind: 'unit-strength', units: kob, op: 'scale-percent', what: 'both' }] },
    ],
    aiPlan: {
      japanese: {
        formations: [
          // The 3rd Tank Regiment fought by day as well, ahead of the 2/28th's advance (its Type 89s were shot up in an
          // afternoon engagement [GOLDMAN p.18]); the 4th went in by night, pulled back at 03:00, came again the next
          // night and was defending south-west of Hill 755 on 4 July [MOSH-tank; ALTHIST-37].
          // The 3rd and the infantry attack the Soviet line up to the 2/28th's furthest point, about 1,800 m short of
          // the bridge [DREA-RU chitaem p.9], and the enemy within two hexes of it (radius 0): with radius 1 their area
          // took in the bridge end three hexes on, and a lone daylight assault on its guard took the bridge in 21 of 50
          // games, where history has it never reached [SEED].
          { id: 'yasuoka-3tk', name: '3rd Tank Regiment', units: t3, task: { kind: 'attack', hexes: [h({ place: 'furthest-2-28' })], radius: 0, assaultOddsPercent: TANKS_PRESS_ON }, triggers: [{ when: { kind: 'losses', percent: 65 }, task: { kind: 'withdraw', hexes: [h({ x: 8.5, y: 3.5 })], radius: 2 } }] },
          { id: 'yasuoka-4tk', name: '4th Tank Regiment', units: t4, task: tank4Attack, triggers: [{ when: { kind: 'turn', turn: 7 }, task: { kind: 'withdraw', hexes: [h({ x: 6.0, y: 4.8 })], radius: 2 } }, { when: { kind: 'turn', turn: 15 }, task: tank4Attack }, { when: { kind: 'turn', turn: 21 }, task: { kind: 'hold', hexes: [h({ place: 'hill-755', dx: -0.8, dy: -0.6 })], radius: 2 } }] },
          { id: 'yasuoka-infantry', name: "Yasuoka's infantry and engineers", units: yasInf, task: { kind: 'attack', hexes: [h({ place: 'furthest-2-28' })], radius: 0 }, triggers: [{ when: { kind: 'losses', percent: 40 }, task: { kind: 'withdraw', hexes: [h({ x: 8, y: 2.5 })], radius: 2 } }] },
          { id: 'yasuoka-guns', name: 'Yasuoka artillery and headquarters', units: ['jp-13fa-1', 'jp-yas-hq', 'jp-kwantung-art'], task: { kind: 'hold', hexes: [h({ x: 11, y: 3.5 })], radius: 2 }, triggers: [] },
          // Across, take the hill and turn south; but when Soviet armour comes up on the west bank, stand on the hill
          // and fight it there (as Kobayashi did on 3 July), until the losses, or the order of 4 July, send the group
          // back over the pontoon.
          { id: 'kobayashi', name: 'Kobayashi group', units: kob, task: { kind: 'attack', hexes: [baintsagan], radius: 1 }, triggers: [{ when: { kind: 'milestone', milestone: 'baintsagan-taken' }, task: { kind: 'advance', hexes: [westBankApproach], radius: 1 } }, { when: { kind: 'enemy-seen', hexes: armourApproach, radius: 4 }, task: { kind: 'hold', hexes: [baintsagan], radius: 3 } }, { when: { kind: 'losses', percent: 35 }, task: kobayashiBack }, { when: { kind: 'turn', turn: KOBAYASHI_WITHDRAWS }, task: kobayashiBack }] },
          { id: 'kobayashi-guns', name: 'Kobayashi artillery', units: kobGuns, task: { kind: 'hold', hexes: [h({ x: CROSSING.x + 4, y: CROSSING.y + 1 })], radius: 2 }, triggers: [] },
        ],
      },
      soviet: {
        formations: [
          { id: 'bridgehead', name: 'Bridgehead: 149th Rifle and 9th Motor-Armoured', units: ['sov-149-1', 'sov-149-2', 'sov-9mab-1', 'sov-9mab-2'], task: { kind: 'hold', hexes: [h({ x: 3.2, y: 2.4 }), h({ x: 2.4, y: -0.6 }), bridgeE], radius: 3 }, triggers: [] },
          // The bridge was the one way back for everything on the east bank, and Remizov kept a battalion on it: the
          // Japanese never came nearer than about 1,800 m [DREA-RU chitaem p.9; SEED] (issue 14: in up to half the
          // games a tank company slipped through the bridgehead at night onto the empty bridge).
          { id: 'bridge-guard', name: 'Bridge guard: 3rd Battalion, 149th Rifle Regiment', units: ['sov-149-3'], task: { kind: 'hold', hexes: [bridgeE], radius: 0 }, triggers: [] },
          // The line the Japanese never crossed: the 2/28th was stopped about 1,800 m short of the bridge under the
          // west-bank guns [DREA-RU chitaem p.9]. The 9th Motor-Armoured's riflemen hold it, across the Holsten-side
          // approach that otherwise lies open behind the bridgehead's forward positions.
          { id: 'bridge-cover', name: 'Line before the bridge: motor rifle battalion, 9th Motor-Armoured Brigade', units: ['sov-9mab-mr'], task: { kind: 'hold', hexes: [h({ place: 'furthest-2-28' })], radius: 1 }, triggers: [] },
          { id: 'west-bank-guns', name: 'Guns on the west bank', units: ['sov-149-art', 'sov-9mab-art', 'sov-185-heavy', 'sov-185-gun'], task: { kind: 'hold', hexes: [h({ x: -2, y: 1.5 })], radius: 4 }, triggers: [] },
          { id: 'baintsagan-screen', name: 'Baintsagan screen', units: ['mpr-15cr'], task: { kind: 'screen', hexes: [baintsagan], radius: 1 }, triggers: [{ when: { kind: 'milestone', milestone: 'baintsagan-taken' }, task: { kind: 'withdraw', hexes: [h({ x: -4.5, y: 6 })], radius: 2 } }] },
          { id: 'mpr-6cd', name: 'MPR 6th Cavalry Division', units: ['mpr-6cd'], task: { kind: 'screen', hexes: [h({ x: 3.6, y: -4.2 })], radius: 3 }, triggers: [] },
          // Zhukov sent the brigade in off the march at about 10:45 on 3 July, without waiting for the 24th Motor
          // Rifles [ZHUKOV-MEM; DZEN-1], and it lost about half its tanks [KOLOM]: it attacks at poor odds.
          { id: 'armour-11tb', name: '11th Tank Brigade', units: ids((d) => d.formation === SOV_11 && d.id !== 'sov-11tb-2e'), task: { kind: 'attack', hexes: westBankRoute, radius: 3, assaultOddsPercent: 40 }, triggers: [{ when: { kind: 'turn', turn: RETAKE_BAINTSAGAN }, task: retakeBaintsagan }] },
          { id: 'armour-east', name: 'BT-5s sent to the east bank', units: ['sov-11tb-2e'], task: { kind: 'attack', hexes: [h({ place: 'furthest-2-28' })], radius: 2 }, triggers: [] },
          { id: 'reserves-baintsagan', name: '7th Motor-Armoured, 24th Motor Rifle, MPR armour', units: [...ids((d) => d.formation === SOV_7 || d.formation === SOV_24), 'mpr-8cd-arm'], task: { kind: 'attack', hexes: westBankRoute, radius: 3 }, triggers: [{ when: { kind: 'turn', turn: RETAKE_BAINTSAGAN }, task: retakeBaintsagan }] },
        ],
      },
    },
    historical: {
      winner: 'soviet',
      result:
        "Soviet victory. Yasuoka's tanks broke into the bridgehead by night but never reached the Kawatama bridge, losing 45 of their 73 tanks; the 2/28th got within about 1,800 m. At Baintsagan the Soviet armour, attacking without infantry and losing heavily, pinned Kobayashi against the river, and the Japanese were back across by 5 July.",
      strength: {
        soviet: { men: 12500, tanks: 186, armouredCars: 266, guns: 109, source: 'ROMAN; GREATCOURSES (start of July): 12,500 men, 109 guns, 186 tanks, 266 armoured cars' },
        japanese: { men: 15000, tanks: 87, armouredCars: 0, guns: 120, source: 'ROMAN; GREATCOURSES: 15,000 men, 120 artillery and anti-tank guns; SEED: Yasuoka 73 tanks and 14 tankettes' },
      },
      losses: {
        soviet: { killed: null, wounded: null, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null },
        japanese: { killed: null, wounded: null, missing: null, tanks: 45, armouredCars: null, guns: null, aircraft: null },
      },
      // Turns are this scenario's two-hour turns (turn 1 = 16:00 on 2 July).
      milestones: {
        'baintsagan-taken': { date: '1939-07-03T06:00', turn: 8 },
        'yasuoka-half-armour-lost': { date: '1939-07-04', turn: 18 },
      },
      sources: 'SEED; ULANOV; GOLDMAN p.18; DREA-RU; MOSH-tank; ZHUKOV-MEM; DZEN-1; KOLOM; ROMAN; GREATCOURSES',
    },
  };
};

