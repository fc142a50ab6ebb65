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
      text: "The game's Soviets lose little more than half the record's 9,284. Measured from the combat events, about three fifths of their killed and wounded come from Japanese shelling, a sixth from air strikes and a fifth from their own assaults, and they assault only a few dozen times a game, on strongpoints their guns have already broken, losing about one man for four Japanese. The real strongpoints held for days under fire and cost the attackers dearly, as the probes of 3 and 7/8 August did (about 1,000 Soviet dead against 85 Japanese casualties). Making the Soviets assault sooner ends the battle sooner and lowers the total; making assaults bloodier adds little while they are so few. The fix is a calibration of how prepared positions stand up to shelling and to assault together, to be checked against all three battles; it is not done.",
      source: 'KNIGALUB; SEED',
    },
    {
      about: 'Turn the Fui Heights fall',
      text: "Ioki's garrison of about 800 held until the night of 24 August under fire of two rounds a second; in the game the heights usually fall a few turns earlier, because their defenders break under the shelling before the assaults come in (the same cause as the low Soviet losses).",
      source: 'GOLDMAN p.22',
    },
    {
      about: 'Hill 733',
      text: 'The sources number the heights differently: Drea, from Japanese unit records, puts Hill 733 south of the Holsten; Soviet maps give 733 to the Remizov heights north of it. The game labels the southern hill "Hill 733" because its positions, objectives and plan follow Drea, and draws the Remizov heights at 733 m; it should be checked against Drea\'s maps or Coox.',
      source: 'DREA-RU; STAVSKY',
    },
    {
      about: 'Soviet tanks lost',
      text: 'The sources give 253 Soviet tanks and 133 armoured cars lost in the whole campaign, three quarters of the tanks to anti-tank guns, but no August figure; the game\'s Soviets lose far fewer in August (about eight in a typical game). This is not yet studied; the likely reason is that the armoured wings go round the Japanese positions and seldom meet the 23rd Division\'s seventeen 37 mm guns head on.',
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
