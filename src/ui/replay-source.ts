/**
 * Where a replayed record came from, and how the page keeps it in its address: a same-origin path or URL
 * (`?replay=PATH`), a share link (the record in the `#record=` fragment), a saved game (`?replay=saved:ID`) or a file
 * the player opened (no address to keep; the position still is). Also the page-wide drop zone for record files.
 */
import type { UrlPosition } from './controller/replay-model';
import { RECORD_MAX_BYTES } from '../replay';

export type ReplaySource =
  | { readonly kind: 'url'; readonly source: string }
  | { readonly kind: 'link' }
  | { readonly kind: 'saved'; readonly id: string }
  | { readonly kind: 'file'; readonly name: string };

export const NO_POSITION: UrlPosition = { turn: null, command: null };

/** The page's query for a replay at a position; a share link's fragment stays as it is. */
export const replayUrl = (source: ReplaySource, position: number, turn: number): string => {
  const params = new URLSearchParams();
  if (source.kind === 'url') params.set('replay', source.source);
  else if (source.kind === 'saved') params.set('replay', `saved:${source.id}`);
  else params.set('replay', source.kind);
  params.set('turn', String(turn));
  params.set('command', String(position));
  const hash = source.kind === 'link' ? window.location.hash : '';
  return `?${params.toString()}${hash}`;
};

/**
 * The text of the record `?replay=` names: a path or URL on this page's own origin (records carry no code, but a page
 * that fetched from anywhere would let a link make it talk to any server). `saved:ID` is read by the caller.
 */
export const fetchReplaySource = async (source: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> => {
  if (source === '' || source === 'link' || source === 'file') return { ok: false, reason: 'The replay link names no record; open the file or ask for the link again.' };
  let url: URL;
  try {
    url = new URL(source, window.location.href);
  } catch {
    return { ok: false, reason: `"replay=${source.slice(0, 80)}" is not a path to a record file.` };
  }
  if (url.origin !== window.location.origin) {
    return { ok: false, reason: `"replay=${source.slice(0, 80)}" is on another site; records are opened from this site's own paths, from a file or from a share link.` };
  }
  try {
    const res = await fetch(url);
    if (!res.ok) return { ok: false, reason: `The record "${source.slice(0, 80)}" could not be fetched (${res.status} ${res.statusText}).` };
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > RECORD_MAX_BYTES) return { ok: false, reason: `The record "${source.slice(0, 80)}" is over 20 MB; game records may be at most 20 MB.` };
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, reason: `The record "${source.slice(0, 80)}" could not be fetched: ${e instanceof Error ? e.message : String(e)}.` };
  }
};

/** Dropping a record file anywhere on the page opens it in the viewer. */
export const installFileDrop = (onFile: (file: File) => void): void => {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    onFile(file);
  });
};
