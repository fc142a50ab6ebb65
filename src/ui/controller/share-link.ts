/**
 * A share link that carries a whole game record in the URL's fragment (`#record=…`), so a teacher can send a game
 * with no server: the record's text deflated (fflate) and written in base64url. The fragment never reaches a server.
 * Records too long for a link are refused with the sizes, and the file is offered instead.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * The longest link this game makes. Browsers take URLs of a few megabytes, but mail and chat programs cut or refuse
 * long ones well before; 100,000 characters keeps a whole August game in a link (measured in docs/records.md).
 */
export const MAX_LINK_CHARS = 100_000;

const toBase64Url = (bytes: Uint8Array): string => {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
};

export type EncodedLink = { readonly ok: true; readonly fragment: string; readonly chars: number } | { readonly ok: false; readonly reason: string; readonly chars: number };

/** The fragment (`record=…`) for a record's text, or why it is too long for a link. */
export const encodeRecordFragment = (recordText: string): EncodedLink => {
  const packed = toBase64Url(deflateSync(strToU8(recordText), { level: 9 }));
  const fragment = `record=${packed}`;
  if (fragment.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      chars: fragment.length,
      reason: `This game is too long for a link (${fragment.length.toLocaleString('en-GB')} characters compressed; links here stop at ${MAX_LINK_CHARS.toLocaleString('en-GB')}). Download the record and send the file instead.`,
    };
  }
  return { ok: true, fragment, chars: fragment.length };
};

/** Largest record text a link may unpack to: the record size limit, so a crafted link cannot exhaust memory. */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/** The record text a `#record=…` fragment carries, or why it cannot be read. */
export const decodeRecordFragment = (hash: string): { ok: true; text: string } | { ok: false; reason: string } | null => {
  const m = /^#?record=(.*)$/s.exec(hash);
  if (!m) return null;
  const bytes = fromBase64Url(m[1]!);
  if (!bytes) return { ok: false, reason: 'The shared link is damaged: its record is not in the expected letters (it may have been cut short).' };
  try {
    // Unpacked chunk by chunk, so a crafted link that would unpack to gigabytes stops at the limit.
    const chunks: Uint8Array[] = [];
    let total = 0;
    let tooBig = false;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES) tooBig = true;
      else chunks.push(chunk);
    });
    for (let i = 0; i < bytes.length && !tooBig; i += 65_536) inflater.push(bytes.subarray(i, i + 65_536), i + 65_536 >= bytes.length);
    if (tooBig) return { ok: false, reason: 'The shared link unpacks to more than 20 MB; game records may be at most 20 MB.' };
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return { ok: true, text: strFromU8(out) };
  } catch {
    return { ok: false, reason: 'The shared link is damaged: its record cannot be unpacked (it may have been cut short).' };
  }
};
