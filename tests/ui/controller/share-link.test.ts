import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../../../src/replay/record';
import { parseScenario } from '../../../src/scenario/parse';
import { decodeRecordFragment, encodeRecordFragment, MAX_LINK_CHARS } from '../../../src/ui/controller/share-link';
import { playRandomGame } from '../../replay/play-random';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
if (!parsed.ok) throw new Error('tutorial');
const text = serializeRecord(playRandomGame(parsed.scenario, 4).record);

describe('share links', () => {
  it('carry a record in the fragment and give it back byte for byte', () => {
    const link = encodeRecordFragment(text);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.chars).toBeLessThan(text.length / 3);
    expect(decodeRecordFragment(`#${link.fragment}`)).toEqual({ ok: true, text });
  });

  it('refuses a record too long for a link, with its size', () => {
    // Random hex does not compress: a long stretch of it is too long for any link.
    let noise = '';
    for (let i = 0; noise.length < MAX_LINK_CHARS * 2; i++) noise += ((i * 2654435761) >>> 0).toString(16);
    const link = encodeRecordFragment(noise);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.reason).toMatch(/too long for a link \([\d,]+ characters/);
  });

  it('says a damaged or cut link is damaged, and ignores fragments that are not records', () => {
    expect(decodeRecordFragment('#turn=3')).toBeNull();
    expect(decodeRecordFragment('#record=@@@')).toMatchObject({ ok: false });
    const link = encodeRecordFragment(text);
    if (!link.ok) throw new Error('link');
    const cut = decodeRecordFragment(`#${link.fragment.slice(0, link.fragment.length / 2)}`);
    expect(cut === null || cut.ok === false || cut.text !== text).toBe(true);
  });

  it('stops unpacking a crafted link at the size limit', () => {
    const bomb = deflateSync(new Uint8Array(25 * 1024 * 1024), { level: 9 });
    let bin = '';
    for (const b of bomb) bin += String.fromCharCode(b);
    const fragment = `record=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(decodeRecordFragment(fragment)).toEqual({ ok: false, reason: 'The shared link unpacks to more than 20 MB; game records may be at most 20 MB.' });
  });
});
