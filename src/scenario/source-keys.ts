/**
 * The source keys of the fact sheet (§G of /work/shared/history/facts.md) that a scenario's `source` fields may cite.
 * A source field is a list of keys separated by ";", each optionally followed by a page note ("GOLDMAN p.15").
 * Checking the key catches a misspelt citation the way an unknown equipment type is caught.
 */
import { didYouMean } from '../format';

export const SOURCE_KEYS: readonly string[] = [
  'ALBUMWAR2', 'ALL-ANDORRA', 'ALTHIST-10', 'ALTHIST-14', 'ALTHIST-15', 'ALTHIST-37', 'BARYATINSKY', 'BEEVOR',
  'DREA-RU', 'DREA-TOC', 'DRUGOV', 'DZEN-1', 'FEDY', 'FEDY-2', 'GOLDMAN', 'GOLDMAN-RU', 'GREATCOURSES', 'GUNS-WIKIA',
  'HISTORYBACK', 'HISTORYBACK-RU', 'IDS', 'KAENBIN', 'KAMPUSPEDIA-BA10', 'KNIGALUB', 'KOLOM', 'KREML-VIZIT',
  'LIQUISEARCH-WP', 'LITLIFE-64678', 'LOPEZ', 'MONGOLIATRAVEL', 'MONVIEWER', 'MOSH', 'MOSH-tank', 'NEMO', 'NETD',
  'NOVIKOV', 'ONWAR', 'OVERLORD', 'PAPIRMODELLER', 'PIGLIX-M1902', 'PRAVDA-SUVOROVA', 'READLI-243199', 'READLI-893761',
  'RESEARCHGATE-PAGE', 'RIA', 'ROMAN', 'RUTLIB-ASANO', 'RUWIKI-RIVER', 'SECONDEGUERRE', 'SEED', 'SHIROKORAD', 'STAVSKY',
  'TORAKYOJIN', 'ULANOV', 'VOROT', 'WIKIMILI-BA20', 'WP-BKG', 'WP-BT7', 'WP-KG', 'WP-KI27', 'WP-NBO', 'WP-NL-BA10',
  'WP-T89', 'WP-T90', 'WP-T91', 'WP-T94', 'WP-T95', 'WP-T97', 'ZHUKOV-1', 'ZHUKOV-MEM', 'ZHUKOV-PORTRAIT',
];
const KNOWN = new Set(SOURCE_KEYS);

/** What is wrong with a source field, or undefined: every part names a known key. */
export const sourceProblem = (source: string): string | undefined => {
  for (const part of source.split(';')) {
    const key = part.trim().split(/\s+/)[0] ?? '';
    if (key === '') return "has an empty source key; separate keys with '; '";
    if (!KNOWN.has(key)) return `unknown source key '${key}'${didYouMean(key, SOURCE_KEYS)} (keys are listed in §G of the fact sheet)`;
  }
  return undefined;
};
