/**
 * The designer's notes on each bundled battle: where the game is known to differ from the record, why, and what the
 * sources say. docs/history-fidelity.md prints them under each battle's table, so a teacher reading "the game runs
 * low here" also reads the reason. They name the benchmark rows and give the game's side in round terms ("little
 * more than half", "about eight"): the exact figures are in the table beside them, for the engine version it was
 * generated with. Source keys are those of the scenario files (facts sheet keys).
 */
export interface DesignerNote {
  /** What the note is about: a benchmark row's name or a part of the model. */
  readonly about: string;
  readonly text: string;
  readonly source: string;
}

export const DESIGNER_NOTES: Readonly<Record<string, readonly DesignerNote[]>> = {
  'azuma-encirclement': [
    {
      about: 'MPR 6th Cavalry Division command post broken',
      text: "Yamagata overran the Mongolian command post on the first morning and killed its colonel; in the game his detachment is ordered onto the post from the start but usually breaks it hours or days later, and in about half the games not at all. The game's Mongolian cavalry screens the post and falls back when it is hurt, and the command post goes with it; what let Yamagata catch it at dawn the sources do not say.",
      source: 'SEED',
    },
    {
      about: 'Japanese men missing or captured',
      text: "History's 6 % is the campaign's figure (Bureau 6A), most of it from the August pocket; a May battle of a few hundred Japanese would give few missing, so the game's lower share is not a fault by itself.",
      source: 'SEED',
    },
    {
      about: 'Japanese air strikes on Soviet bases',
      text: 'The lever is kept for the question a class asks, but strikes on depots are not modelled: the games are the same with it on or off.',
      source: 'SEED; GOLDMAN p.17',
    },
    {
      about: 'Aircraft lost',
      text: 'Air strikes are modelled as fire on the ground; the aircraft lost to anti-aircraft fire and fighters are not, so the game reports them as "—", never as 0.',
      source: 'SEED',
    },
  ],
  'yasuoka-night-attack': [
    {
      about: 'Turn: Baintsagan taken by the Japanese',
      text: "The hill fell on the morning of 3 July after a night's crossing on the one pontoon; in the game it falls in the first turns. Kobayashi's approach march is not played (no source gives its route) and his first battalion starts close to the crossing, so the game is quick here.",
      source: 'ZHUKOV-MEM; SEED',
    },
    {
      about: '11th Tank Brigade, tanks knocked out',
      text: "The only figure is Zhukov's later recollection to Simonov (half the personnel, more than half the vehicles; \"36 tanks deployed, 24 soon burning\"), which Kolomiets treats as an upper bound; the archival count was not available. The game's brigade loses far fewer tanks, because its Japanese anti-tank guns and firebomb teams meet only the part of the brigade that closes with them.",
      source: 'KOLOM',
    },
    {
      about: 'Japanese men missing or captured',
      text: "History's 6 % is a campaign figure, most of it from the August pocket; in July the Japanese went back across the river in order.",
      source: 'SEED',
    },
    {
      about: 'Aircraft lost',
      text: 'Not modelled (shown as "—"): the air war is present as strikes on the ground only.',
      source: 'SEED',
    },
  ],
  'august-offensive': [
    {
      about: 'Soviet men killed and wounded',
      text: "The game's Soviets lose about three quarters of the record's 9,284, and history stays above every game. The 23rd Division's line is modelled as prepared positions, held and dug since July: against an assault its sited machine guns fire two to four times harder (as the probes of 3 and 7/8 August found, about 1,000 Soviet dead against 85 Japanese casualties), and in deep holes its men lose a third to two thirds less cohesion under fire (Ioki's garrison held the Fui Heights down to a quarter of its men). The Central Group attacks from the first day, as Zhukov ordered. Measured from the combat events, the Soviet killed and wounded now come about half from Japanese shelling, a third from their own assaults (about 45 a game) and an eighth from air strikes. Before this calibration the game gave about 5,300, nearly all from shelling. What is still missing is not yet measured.",
      source: 'KNIGALUB; SEED; GOLDMAN p.22; ZHUKOV-PORTRAIT',
    },
    {
      about: 'Turn the Fui Heights fall',
      text: "Ioki's garrison of about 800 held until the night of 24 August under fire of two rounds a second, down to about 200 effective men. In the game the heights usually fall a turn or three earlier (the games spread from the first day to the last), because the Northern Group storms them from the 23rd and their defenders are often broken by shelling before the assaults come in.",
      source: 'GOLDMAN p.22',
    },
    {
      about: 'Hill 733',
      text: 'The sources number the heights differently: Drea, from Japanese unit records, puts Hill 733 south of the Holsten; Soviet maps give 733 to the Remizov heights north of it. The game labels the southern hill "Hill 733" because its positions, objectives and plan follow Drea, and draws the Remizov heights at 733 m; it should be checked against Drea\'s maps or Coox.',
      source: 'DREA-RU; STAVSKY',
    },
    {
      about: 'Soviet tanks lost',
      text: 'The sources give 253 Soviet tanks and 133 armoured cars lost in the whole campaign, three quarters of the tanks to anti-tank guns, but no August figure; the game\'s Soviets lose far fewer in August (a median of 14.5 tanks over 50 games, 8 to 26 in four games of five). This is not yet studied; the likely reason is that the armoured wings go round the Japanese positions and seldom meet the 23rd Division\'s seventeen 37 mm guns head on.',
      source: 'SEED; DREA-RU',
    },
    {
      about: 'Tokyo permits air strikes on bases',
      text: 'Strikes on depots are not modelled: the games are the same with the lever on or off.',
      source: 'SEED; GOLDMAN p.17',
    },
    {
      about: 'Aircraft lost',
      text: 'Not modelled (shown as "—"), though the sources give 208 Soviet and 162 Japanese aircraft lost in the campaign: the air war is present as strikes on the ground only.',
      source: 'SEED',
    },
  ],
};
