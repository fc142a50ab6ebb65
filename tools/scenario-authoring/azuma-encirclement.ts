/**
 * Scenario 1, the destruction of the Azuma detachment, 28–29 May 1939 (facts.md §B1), at 500 m per hex: 28 km E–W
 * from the Khamar-Daba slopes to 9 km beyond Nomonhan, 12.6 km N–S across the Holsten junction.
 *
 * Strength basis for the ±10% test (documented in `historical.strength`): the Soviet–MPR side is Bykov's detachment
 * (~1,000) plus the MPR 6th Cavalry Division (~1,250) as Goldman lists them, on the ground at the start; the battalion
 * of the 149th, which arrives at 22:00, has no sourced strength and is counted separately. The Japanese–Manchukuoan
 * side is NETD's 22–28 May total (1,680 bayonets + 900 cavalry, 18 guns, 6 armoured vehicles, 1 tank), over which the
 * counters' men and guns are apportioned where no finer source exists (each such unit says so in its note).
 */
import type { DrawnMap, Frame } from './draw-map';
import type { UnitDraft } from './draft';
import type { Placer, Spot } from './placement';

export const id = 'azuma-encirclement';
/**
 * The window. Yamagata came up from the east on the morning of 28 May, routed the Mongolian cavalry near Nomonhan and
 * then re-aimed at a hill several miles east of the river [GOLDMAN p.15]: his detachment needs ground to move on, so
 * the map runs 5 km (10 columns) east of where his battalions start, which stood at its very edge before (issue 14).
 * Whole columns added on the east: the old hexes keep their numbers and their ground.
 */
export const frame: Frame = { hexMetres: 500, width: 56, height: 30, west: -6, north: 6.5, omitPlaces: ['furthest-2-28', 'yuzuru-pond'] };

const SOV_BYKOV = 'Bykov detachment (57th Special Corps)';
const MPR_6 = 'MPR 6th Cavalry Division';
const JP_AZUMA = 'Azuma reconnaissance group (23rd Reconnaissance Regiment)';
const JP_64 = '64th Infantry Regiment (Yamagata detachment)';

const UNITS: readonly UnitDraft[] = [
  // --- Soviet: Bykov's detachment, about 1,000 men [GOLDMAN-RU litbaza p.36] ---
  { id: 'sov-bykov-1mr', side: 'soviet', name: '1st Motorised Rifle Company, Bykov detachment', label: '1/Bykov', formation: SOV_BYKOV, kind: 'motorised-infantry', size: 'company', men: 200, equipment: { LMG: 9, HMG: 2, truck: 8 }, at: { place: 'kawatama-bridge', dx: -0.7, dy: 0 }, entrenchment: 1, source: 'GOLDMAN-RU; GOLDMAN', note: 'The company Bykov kept at the bridge on the west bank. Company strength apportioned from the ~1,000-man detachment.' },
  { id: 'sov-bykov-2mr', side: 'soviet', name: '2nd Motorised Rifle Company, Bykov detachment', label: '2/Bykov', formation: SOV_BYKOV, kind: 'motorised-infantry', size: 'company', men: 200, equipment: { LMG: 9, HMG: 2, truck: 8 }, at: { place: 'bykov-line' }, entrenchment: 1, source: 'GOLDMAN-RU; GOLDMAN', note: "On Bykov's line, 1–2 miles east of the junction [GOLDMAN p.15]." },
  { id: 'sov-bykov-3mr', side: 'soviet', name: '3rd Motorised Rifle Company, Bykov detachment', label: '3/Bykov', formation: SOV_BYKOV, kind: 'motorised-infantry', size: 'company', men: 200, equipment: { LMG: 9, HMG: 2, truck: 8 }, at: { x: 2.3, y: -0.6 }, entrenchment: 1, source: 'GOLDMAN-RU; GOLDMAN' },
  { id: 'sov-bykov-ba6', side: 'soviet', name: 'Armoured-car company, Bykov detachment', label: 'BA/Bykov', formation: SOV_BYKOV, kind: 'armoured-car', size: 'company', men: 70, equipment: { 'BA-6': 16 }, at: { x: 1.6, y: 0.9 }, source: 'GOLDMAN-RU', note: '16 BA-6 armoured cars: 45 mm gun and two machine guns each.' },
  { id: 'sov-bykov-recon', side: 'soviet', name: 'Reconnaissance platoon, Bykov detachment', label: 'Rcn/Bykov', formation: SOV_BYKOV, kind: 'reconnaissance', size: 'platoon', men: 20, equipment: { 'BA-20': 5 }, at: { x: 3.6, y: 2.7 }, source: 'GOLDMAN-RU', note: 'Five armoured cars; their type is not given, so the BA-20 light car stands in.' },
  { id: 'sov-bykov-sapper', side: 'soviet', name: 'Sapper company, Bykov detachment', label: 'Sap/Bykov', formation: SOV_BYKOV, kind: 'engineer', size: 'company', men: 110, equipment: { LMG: 3, truck: 6 }, at: { place: 'kawatama-bridge', dx: -1.1, dy: -0.5 }, source: 'GOLDMAN-RU; GOLDMAN', note: 'Held at the bridge on the west bank.' },
  { id: 'sov-bykov-su12', side: 'soviet', name: 'SU-12 self-propelled battery (Lt. Yu. Vakhtin), Bykov detachment', label: 'SU12/Bykov', formation: SOV_BYKOV, kind: 'artillery', size: 'company', men: 40, equipment: { 'SU-12': 4 }, at: { x: -1.9, y: 0.9 }, source: 'GOLDMAN-RU; GOLDMAN p.15', note: 'Four 76 mm SU-12s firing from the west bank.' },
  { id: 'sov-bykov-hq', side: 'soviet', name: 'Headquarters and rear services, Bykov detachment (Maj. Bykov)', label: 'HQ/Bykov', formation: SOV_BYKOV, kind: 'headquarters', size: 'company', men: 160, equipment: { truck: 30 }, at: { x: -2.8, y: 0.1 }, source: 'GOLDMAN-RU', note: 'Signals, drivers and supply: the rest of the ~1,000 men.' },
  // --- MPR 6th Cavalry Division, about 1,250 men [GOLDMAN-RU] ---
  { id: 'mpr-6cd-15cr-a', side: 'soviet', name: '15th Cavalry Regiment (first half), MPR 6th Cavalry Division', label: '15a/6MPR', formation: MPR_6, kind: 'cavalry', size: 'battalion', men: 250, equipment: { LMG: 4, HMG: 2 }, at: { x: 11.5, y: 5.8 }, source: 'GOLDMAN-RU', note: 'One of the two small regiments (regiment numbers from Russian accounts; strength apportioned).' },
  { id: 'mpr-6cd-15cr-b', side: 'soviet', name: '15th Cavalry Regiment (second half), MPR 6th Cavalry Division', label: '15b/6MPR', formation: MPR_6, kind: 'cavalry', size: 'battalion', men: 250, equipment: { LMG: 4, HMG: 2 }, at: { x: 12.3, y: 2.6 }, source: 'GOLDMAN-RU' },
  { id: 'mpr-6cd-17cr-a', side: 'soviet', name: '17th Cavalry Regiment (first half), MPR 6th Cavalry Division', label: '17a/6MPR', formation: MPR_6, kind: 'cavalry', size: 'battalion', men: 250, equipment: { LMG: 4, HMG: 2 }, at: { x: 9.0, y: 5.2 }, source: 'GOLDMAN-RU' },
  { id: 'mpr-6cd-17cr-b', side: 'soviet', name: '17th Cavalry Regiment (second half), MPR 6th Cavalry Division', label: '17b/6MPR', formation: MPR_6, kind: 'cavalry', size: 'battalion', men: 250, equipment: { LMG: 4, HMG: 2 }, at: { x: 9.5, y: 1.6 }, source: 'GOLDMAN-RU' },
  { id: 'mpr-6cd-battery', side: 'soviet', name: '76 mm battery, MPR 6th Cavalry Division', label: 'Bty/6MPR', formation: MPR_6, kind: 'artillery', size: 'company', men: 60, equipment: { '76mm-M1902': 4 }, at: { x: 8.6, y: 3.5 }, source: 'GOLDMAN-RU', note: 'A battery of 76 mm guns; four pieces assumed.' },
  { id: 'mpr-6cd-ac', side: 'soviet', name: 'Armoured-car platoon, MPR 6th Cavalry Division', label: 'AC/6MPR', formation: MPR_6, kind: 'armoured-car', size: 'platoon', men: 10, equipment: { 'BA-6': 2 }, at: { x: 7.4, y: 3.0 }, source: 'GOLDMAN-RU', note: 'Platoon size not given; two cars assumed.' },
  { id: 'mpr-6cd-training', side: 'soviet', name: 'Training company, MPR 6th Cavalry Division', label: 'Trg/6MPR', formation: MPR_6, kind: 'cavalry', size: 'company', men: 120, equipment: { LMG: 2 }, at: { x: 6.2, y: 2.2 }, source: 'GOLDMAN-RU' },
  { id: 'mpr-6cd-hq', side: 'soviet', name: 'Command post, MPR 6th Cavalry Division (Col. Shoaaiibuu)', label: 'HQ/6MPR', formation: MPR_6, kind: 'headquarters', size: 'company', men: 60, equipment: { HMG: 1 }, at: { x: 10.6, y: 3.9 }, source: 'GOLDMAN-RU; GOLDMAN p.15', note: "Overrun by Yamagata on the morning of 28 May; the colonel was killed." },
  // --- Soviet reinforcement: a battalion of the 149th Rifle Regiment, from 22:00 on 28 May [ALTHIST-15] ---
  { id: 'sov-149-bn', side: 'soviet', name: 'Rifle battalion, 149th Rifle Regiment (36th Motorised Rifle Division)', label: 'Bn/149', formation: '149th Rifle Regiment', kind: 'motorised-infantry', size: 'battalion', men: 450, equipment: { '45mm-M1937': 2, HMG: 8, LMG: 27, truck: 20 }, arrives: { turn: 10, at: { place: 'kawatama-bridge', dx: -0.7, dy: 0.3 } }, source: 'ALTHIST-15; ALTHIST-10', note: "Azuma's main opponent from 22:00 on 28 May to 06:00 on 29 May. Battalion strength is not in the sources (450 assumed), so it is outside the sourced total." },
  // --- Japanese: Azuma's reconnaissance group, 220 officers and men, no artillery [DREA-RU] ---
  { id: 'jp-azuma-cav', side: 'japanese', name: 'Cavalry squadron, Azuma reconnaissance group (Lt Col. Azuma Yaozo)', label: 'Azuma', formation: JP_AZUMA, kind: 'reconnaissance', size: 'company', men: 150, equipment: { HMG: 2, LMG: 6, '50mm-Type89': 4 }, at: { place: 'azuma-halt' }, ammo: 60, source: 'DREA-RU; SEED', note: 'No artillery, no entrenching tools, radio out [DREA-RU; GOLDMAN p.15]. Dug in with helmets at the halt 2 km from the bridge.' },
  { id: 'jp-azuma-ac', side: 'japanese', name: 'Armoured-car company, Azuma reconnaissance group', label: 'AC/Azuma', formation: JP_AZUMA, kind: 'armoured-car', size: 'company', men: 70, equipment: { 'JP-armoured-car': 6, 'Type94-tankette': 1, truck: 6 }, at: { x: 1.1, y: 2.7 }, ammo: 60, source: 'DREA-RU homeread p.9; NETD', note: "The division's reconnaissance armour [DREA-RU]; NETD's six armoured vehicles and one tank." },
  // --- Japanese: Yamagata's 64th Infantry elements [SEED; NETD]; men and guns apportioned to NETD's totals ---
  { id: 'jp-64-bn-a', side: 'japanese', name: 'First rifle battalion, 64th Infantry Regiment', label: 'Y1/64', formation: JP_64, kind: 'infantry', size: 'battalion', men: 640, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 18, '50mm-Type89': 18, truck: 12 }, at: { x: 16.2, y: 6.2 }, source: 'SEED; NETD', note: 'Battalion numbers of the May detachment are not given; strength apportioned from 1,680 bayonets.' },
  { id: 'jp-64-bn-b', side: 'japanese', name: 'Second rifle battalion, 64th Infantry Regiment', label: 'Y2/64', formation: JP_64, kind: 'infantry', size: 'battalion', men: 640, equipment: { '70mm-Type92': 2, HMG: 8, LMG: 18, '50mm-Type89': 18, truck: 12 }, at: { x: 16.4, y: 3.4 }, source: 'SEED; NETD' },
  { id: 'jp-64-guns', side: 'japanese', name: 'Regimental gun company, 64th Infantry Regiment', label: 'RG/64', formation: JP_64, kind: 'artillery', size: 'company', men: 120, equipment: { '75mm-Type38': 4 }, at: { x: 16.8, y: 5.0 }, source: 'NETD', note: 'Regimental 75 mm guns; the Type 38 stands in for the mountain gun the catalogue lacks.' },
  { id: 'jp-64-at', side: 'japanese', name: 'Anti-tank company, 64th Infantry Regiment', label: 'AT/64', formation: JP_64, kind: 'anti-tank', size: 'company', men: 80, equipment: { '37mm-Type94': 4 }, at: { x: 15.9, y: 4.6 }, source: 'WP-T94; ONWAR; NETD', note: 'Four Type 94 guns per infantry regiment [WP-T94].' },
  { id: 'jp-13fa-bty', side: 'japanese', name: 'Battery, 13th Field Artillery Regiment', label: 'Bty/13FA', formation: '13th Field Artillery Regiment (23rd Division)', kind: 'artillery', size: 'company', men: 130, equipment: { '75mm-Type38': 4 }, at: { x: 16.9, y: 4.1 }, source: 'NETD', note: "The division's artillery regiment; one battery with Yamagata (apportioned to NETD's 18 guns)." },
  { id: 'jp-64-hq', side: 'japanese', name: 'Headquarters, Yamagata detachment (Col. Yamagata Takemitsu)', label: 'HQ/Yam', formation: JP_64, kind: 'headquarters', size: 'company', men: 60, equipment: { truck: 6 }, at: { x: 16.8, y: 5.8 }, source: 'SEED; GOLDMAN p.15' },
  // --- Manchukuoan cavalry [SEED; NETD; DREA-RU] ---
  { id: 'mk-cav-a', side: 'japanese', name: 'Manchukuoan cavalry regiment (northern group)', label: 'MkCav-N', formation: 'Manchukuoan cavalry (Hsingan)', kind: 'cavalry', size: 'battalion', men: 350, equipment: { HMG: 2, LMG: 6, '75mm-Type38': 1 }, at: { x: 12.8, y: 8.8 }, cohesion: 80, source: 'NETD; DREA-RU homeread p.9', note: "Share of NETD's 900 cavalry; one light gun each to reach NETD's 18 guns." },
  { id: 'mk-cav-b', side: 'japanese', name: 'Manchukuoan cavalry regiment (southern group)', label: 'MkCav-S', formation: 'Manchukuoan cavalry (Hsingan)', kind: 'cavalry', size: 'battalion', men: 350, equipment: { HMG: 2, LMG: 6, '75mm-Type38': 1 }, at: { x: 13.6, y: 0.2 }, cohesion: 80, source: 'NETD; DREA-RU homeread p.9' },
];

export const build = (map: DrawnMap, placer: Placer, toUnits: (u: readonly UnitDraft[]) => unknown[]) => {
  const bridgeE = map.bridge.east;
  const bridgeW = map.bridge.west;
  const h = (s: Spot) => placer.hex(s);
  const azuma = ['jp-azuma-ac', 'jp-azuma-cav'];
  const units = toUnits(UNITS);
  return {
    schemaVersion: 1,
    id,
    title: 'The Azuma Encirclement',
    dates: '28–29 May 1939',
    summary:
      "Late May 1939: a Japanese reconnaissance group under Lt Col. Azuma slips along the east bank of the Khalkhin Gol to cut the Soviet bridge where the Holsten joins it, while Col. Yamagata's infantry strikes the Mongolian cavalry near Nomonhan. The hammer never meets the anvil: Azuma is left alone 2 km from the bridge, under fire from the high west bank, and his group is destroyed.",
    briefings: {
      soviet: {
        title: 'Hold the bridgehead',
        commander: 'Maj. Bykov',
        text:
          "Your detachment — three motorised rifle companies, sixteen BA-6 armoured cars, sappers and Lt. Vakhtin's four SU-12s — holds the east-bank bridgehead in front of the Kawatama bridge, with one company, the sappers and the guns still on the west bank. The Mongolian 6th Cavalry Division screens towards Nomonhan.\n\nA Japanese column is working round your north flank towards the bridge, and more infantry is coming from Nomonhan. Keep the bridge: without it everything on the east bank is lost. Your guns on the high west bank can see the whole valley floor; use them. A battalion of the 149th Rifle Regiment is on the road from Tamsag-Bulak and should reach the bridge around 22:00. If the Japanese spearhead stops short of the bridge, cut it off and destroy it.",
      },
      japanese: {
        title: 'Hammer and anvil',
        commander: 'Col. Yamagata Takemitsu',
        text:
          "Azuma's reconnaissance group — about 220 men, a few armoured cars, no guns — has moved round to the north and is already 2 km from the Soviet bridge at the Holsten junction. Its task is to seize the bridge and close the trap; yours, with the 64th Infantry, is to drive the Mongolian cavalry and the Soviet infantry back onto it from the east.\n\nAzuma's radio has failed: he will not know if you change your plan. He carries little ammunition and cannot dig in. The Soviet guns on the west bank dominate the river flats; cross them at night if you can. Move fast — Soviet reinforcements will reach the bridge during the night.",
      },
    },
    map: map.json,
    clock: {
      start: '1939-05-28T04:00',
      minutesPerTurn: 120,
      turns: 20,
      // More than 16 hours of daylight at the end of May and in June [DREA-RU p.10].
      sunrise: '04:40',
      sunset: '20:50',
      firstSide: 'japanese',
      weather: [],
    },
    sides: {
      soviet: {
        name: 'Soviet–Mongolian forces (Bykov detachment, MPR 6th Cavalry Division)',
        rules: { trucks: 80, airSorties: 1, supplyRangeMp: 120 },
        supplySources: [
          { id: 'sov-tamsag-road', name: 'Road from Tamsag-Bulak', at: h({ x: -6, y: -0.6 }) },
          { id: 'sov-khamar-daba', name: 'Khamar-Daba depot', at: h({ place: 'khamar-daba' }) },
        ],
      },
      japanese: {
        name: 'Japanese–Manchukuoan forces (Yamagata detachment)',
        // Two motor-transport companies and an air wing (6 scouts, 40 fighters, 10 light bombers) came in mid-May [GOLDMAN].
        rules: { trucks: 60, airSorties: 2, supplyRangeMp: 120 },
        // Where the Nomonhan track leaves the east edge of the window.
        supplySources: [{ id: 'jp-hailar-track', name: 'Track to Hailar', at: h({ x: 21.5, y: 6 }) }],
      },
    },
    units,
    objectives: [
      { id: 'jp-take-bridge', side: 'japanese', kind: 'take-hex', name: 'Seize the Kawatama bridge', description: 'Azuma\'s task: take the bridge at the Holsten junction and close the trap on the east-bank force.', points: 40, hexes: [bridgeE] },
      { id: 'jp-rout-mpr', side: 'japanese', kind: 'loss-threshold', name: 'Break the Soviet–Mongolian force', description: 'Put a third of the Soviet and Mongolian men out of action.', points: 15, percent: 33 },
      { id: 'sov-hold-bridge', side: 'soviet', kind: 'hold-hex', name: 'Hold the bridge', description: 'Keep both ends of the Kawatama bridge to the end.', points: 30, hexes: [bridgeE, bridgeW] },
      // One definition of one event: the objective is the milestone "Azuma group destroyed or broken" (issue 14).
      { id: 'sov-destroy-azuma', side: 'soviet', kind: 'milestone', name: 'Destroy the Azuma group', description: 'Cut off and destroy or break the Japanese reconnaissance group in front of the bridge (three fifths of its men out of action, as on 29 May).', points: 30, milestone: 'azuma-destroyed' },
    ],
    milestones: [
      { id: 'kawatama-bridge-taken', name: 'Kawatama bridge taken', when: { kind: 'hex-taken', side: 'japanese', hexes: [bridgeE] } },
      { id: 'azuma-destroyed', name: 'Azuma group destroyed or broken', when: { kind: 'units-broken', units: azuma, percent: 60 } },
      // Named for what the game measures (half its men out of action, by any fire): in 1939 Yamagata overran it.
      { id: 'mpr-command-post-overrun', name: 'MPR 6th Cavalry Division command post broken', when: { kind: 'units-broken', units: ['mpr-6cd-hq'], percent: 50 } },
      { id: 'bykov-line-broken', name: "Bykov's line broken", when: { kind: 'hex-taken', side: 'japanese', hexes: [h({ place: 'bykov-line' })] } },
    ],
    victory: { decisiveMargin: 30, marginalMargin: 10 },
    levers: [
      // Issue 11: at 100 % the park already supplies every Japanese unit on this small field, so the side rule alone
      // made 400 % play exactly like 100 %. What more lorries could have changed in May is how fast Yamagata's infantry
      // came up behind Azuma: the battalions' own lorries scale too, and from about 275 % they carry every man.
      { id: 'japanese-trucks', name: 'Japanese motor transport', description: "Scales the Japanese lorries: the supply park (below 100 % units go short) and the 64th Infantry's own lorries — from about 275 % Yamagata's battalions ride instead of marching. Measured over 50 seeds at 400 %: the Mongolian command post is broken in 12 games against 26 with history's lorries, and the Japanese lose a little more of their men (22 % against 18 % on average); Azuma's fate does not change, for he was cut off in front of the bridge and no lorry could reach him through the ring.", source: 'SEED; OVERLORD; DREA-RU; GOLDMAN', default: 100, min: 50, max: 400, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'trucks', op: 'scale-percent' }, { kind: 'unit-strength', units: ['jp-64-bn-a', 'jp-64-bn-b', 'jp-64-hq'], op: 'scale-percent', what: 'trucks' }] },
      { id: 'japanese-artillery-ammunition', name: 'Japanese artillery ammunition', description: "Scales the Japanese guns' ammunition stock; all through 1939 Japanese gunners ran short long before their Soviet counterparts. In May it changes little (no effect beyond noise over 50 seeds): Yamagata's few guns decided nothing, Azuma's isolation did.", source: 'SEED', default: 100, min: 50, max: 200, step: 25, unit: '%', effects: [{ kind: 'side-rule', side: 'japanese', rule: 'artilleryAmmoPercent', op: 'scale-percent' }] },
      { id: 'soviet-fire-proofing', name: 'Soviet vehicles fire-proofed', description: 'Percent chance, against normal, that a Soviet petrol-engined vehicle hit by a firebomb burns; the wire mesh and heavier fuel of August could have been used from the start. In May it changes little (no effect beyond noise over 50 seeds): Bykov had armoured cars, not tank brigades, and the firebomb fights came in July.', source: 'DREA-RU bibliboba p.35; GOLDMAN p.19', default: 100, min: 30, max: 100, step: 10, unit: '%', effects: [{ kind: 'side-rule', side: 'soviet', rule: 'tankFireVulnerabilityPercent', op: 'set' }] },
      { id: 'four-regiment-division', name: 'A stronger Japanese division', description: "Scales Yamagata's infantry to the strength of a four-regiment division (15,000 men against the 23rd's 12,000): a better-found division would have sent more. It does not change who wins, but measured over 50 seeds at 125 % Azuma's group is broken about two turns later (on average turn 13 against 11) and the Mongolian command post later still: the extra men are Yamagata's, who draw more of the Soviet–Mongolian force but never break through to Azuma.", source: 'DREA-RU homeread p.6', default: 100, min: 100, max: 125, step: 5, unit: '%', effects: [{ kind: 'unit-strength', units: ['jp-64-bn-a', 'jp-64-bn-b', 'jp-64-guns', 'jp-64-at'], op: 'scale-percent', what: 'both' }] },
      { id: 'tokyo-permits-base-strikes', name: 'Japanese air strikes on Soviet bases', description: 'Lets Japanese aircraft strike Soviet depots and supply points; in June Tokyo forbade it after a single successful raid. It changes nothing in this game (identical games over 50 seeds): strikes on depots are not modelled, and in May the bridgehead lived off the west bank a few kilometres away.', source: 'SEED; GOLDMAN p.17', default: 0, min: 0, max: 1, step: 1, effects: [{ kind: 'side-rule', side: 'japanese', rule: 'airStrikesOnBases', op: 'set' }] },
      { id: 'rifle-battalion-149-arrival', name: 'The 149th arrives earlier or later', description: "Shifts the arrival of the battalion of the 149th Rifle Regiment, in turns; it came up at 22:00 and was the force that finished Azuma. Earlier, it finishes the group sooner: at −6 turns Azuma's group is broken by turn 4 on average against turn 11, and Bykov's line is broken in 9 of 50 games against 21 (50 seeds). Later changes little (Azuma broken in 94 % of games, 86 % at +4 turns: within noise): at dawn Bykov's motor riflemen and the Mongolian cavalry close in and finish the cut-off group without it.", source: 'ALTHIST-15', default: 0, min: -6, max: 4, step: 1, unit: 'turns', effects: [{ kind: 'unit-arrival', units: ['sov-149-bn'], op: 'shift-turns' }] },
    ],
    aiPlan: {
      japanese: {
        formations: [
          // After the second night's attacks, with about half his men down, Azuma led the survivors out towards
          // Yamagata; a few got through [DREA-RU; ALTHIST-15].
          { id: 'azuma', name: 'Azuma group', units: azuma, task: { kind: 'attack', hexes: [bridgeE], radius: 0 }, triggers: [{ when: { kind: 'losses', percent: 40 }, task: { kind: 'hold', hexes: [h({ place: 'azuma-halt' })], radius: 1 } }, { when: { kind: 'losses', percent: 50 }, task: { kind: 'withdraw', hexes: [h({ x: 6.5, y: 3 })], radius: 2 } }] },
          { id: 'yamagata', name: 'Yamagata detachment', units: ['jp-64-bn-a', 'jp-64-bn-b', 'jp-64-at', 'jp-64-hq'], task: { kind: 'attack', hexes: [h({ x: 10.6, y: 3.9 })], radius: 2 }, triggers: [{ when: { kind: 'milestone', milestone: 'mpr-command-post-overrun' }, task: { kind: 'attack', hexes: [h({ place: 'bykov-line' })], radius: 2 } }, { when: { kind: 'turn', turn: 11 }, task: { kind: 'attack', hexes: [h({ place: 'azuma-halt' })], radius: 2, timing: 'night' } }] },
          { id: 'japanese-guns', name: 'Japanese guns', units: ['jp-64-guns', 'jp-13fa-bty'], task: { kind: 'advance', hexes: [h({ x: 12, y: 4 })], radius: 2 }, triggers: [{ when: { kind: 'turn', turn: 6 }, task: { kind: 'advance', hexes: [h({ x: 6.5, y: 3 })], radius: 2 } }] },
          { id: 'manchukuoan-cavalry', name: 'Manchukuoan cavalry', units: ['mk-cav-a', 'mk-cav-b'], task: { kind: 'screen', hexes: [h({ x: 9, y: 7 }), h({ x: 10, y: -1 })], radius: 3 }, triggers: [] },
        ],
      },
      soviet: {
        formations: [
          { id: 'bykov-east', name: 'Bykov detachment, east bank', units: ['sov-bykov-2mr', 'sov-bykov-3mr', 'sov-bykov-ba6', 'sov-bykov-recon'], task: { kind: 'hold', hexes: [h({ place: 'bykov-line' })], radius: 3 }, triggers: [{ when: { kind: 'turn', turn: 12 }, task: { kind: 'attack', hexes: [h({ place: 'azuma-halt' })], radius: 1 } }] },
          { id: 'bykov-bridge', name: 'Bridge guard', units: ['sov-bykov-1mr', 'sov-bykov-sapper', 'sov-bykov-hq'], task: { kind: 'hold', hexes: [bridgeW, bridgeE], radius: 1 }, triggers: [] },
          { id: 'west-bank-guns', name: 'West-bank guns', units: ['sov-bykov-su12'], task: { kind: 'hold', hexes: [h({ x: -1.9, y: 0.9 })], radius: 1 }, triggers: [] },
          { id: 'mpr-6cd', name: 'MPR 6th Cavalry Division', units: ['mpr-6cd-15cr-a', 'mpr-6cd-15cr-b', 'mpr-6cd-17cr-a', 'mpr-6cd-17cr-b', 'mpr-6cd-battery', 'mpr-6cd-ac', 'mpr-6cd-training', 'mpr-6cd-hq'], task: { kind: 'screen', hexes: [h({ x: 10.5, y: 3.5 })], radius: 3 }, triggers: [{ when: { kind: 'losses', percent: 25 }, task: { kind: 'withdraw', hexes: [h({ x: 4, y: 2 })], radius: 2 } }, { when: { kind: 'turn', turn: 13 }, task: { kind: 'attack', hexes: [h({ place: 'azuma-halt' })], radius: 2 } }] },
          { id: 'rifle-149', name: 'Battalion of the 149th Rifle Regiment', units: ['sov-149-bn'], task: { kind: 'attack', hexes: [h({ place: 'azuma-halt' })], radius: 1 }, triggers: [] },
        ],
      },
    },
    historical: {
      winner: 'soviet',
      result:
        'Soviet victory. Azuma\'s group, cut off 2 km from the bridge and out of ammunition, was destroyed on 29 May; Azuma was killed leading a breakout and Yamagata withdrew. The bridgehead held. Losses are for the Azuma group only; the sources give no reliable Soviet figure for May.',
      strength: {
        soviet: { men: 2250, tanks: 0, armouredCars: 21, guns: 8, source: 'GOLDMAN-RU: Bykov ~1,000 (16 BA-6, 5 recon cars, 4 SU-12) + MPR 6th Cav ~1,250 (a 76 mm battery); the 149th battalion arriving at 22:00 is not included. NETD counts 20 guns and 39 armoured vehicles for 22–28 May' },
        japanese: { men: 2580, tanks: 1, armouredCars: 6, guns: 18, source: 'NETD: 1,680 bayonets + 900 cavalry, 75 MGs, 18 guns, 6 armoured vehicles, 1 tank (22–28 May); Azuma 220 [DREA-RU]' },
      },
      losses: {
        soviet: { killed: null, wounded: null, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null },
        // Like with like: these are Azuma's group's losses, so the game sets beside them that group's losses only.
        japanese: { killed: 105, wounded: 34, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null, units: azuma, covers: "Azuma's group only: the reconnaissance regiment and its attachments, 220 men" },
      },
      // Turn numbers are the two-hour turns of this scenario (turn 1 = 04:00 on 28 May).
      milestones: {
        'mpr-command-post-overrun': { date: '1939-05-28T08:00', turn: 3 },
        'azuma-destroyed': { date: '1939-05-29', turn: 15 },
      },
      sources: 'SEED; DREA-RU; GOLDMAN p.15; GOLDMAN-RU; ALTHIST-10; ALTHIST-15; NETD',
    },
  };
};
