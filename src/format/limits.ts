/**
 * Size limits for JSON files read from people (scenarios, game records): the byte-length check done before JSON
 * parsing, so a huge or hostile file is refused quickly and with a plain message.
 */
import { utf8Length } from './json-text';
import type { FileError } from './schema-errors';

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The byte-size check, cheap for the common case: only texts near the limit are measured exactly. */
export const textTooLarge = (text: string, maxBytes: number, what: string): FileError | undefined => {
  // Each UTF-16 unit is 1–3 UTF-8 bytes, so the length alone decides unless the text is close to the limit.
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  return { path: '', message: `the file is ${text.length > maxBytes ? 'over ' : ''}${megabytes(bytes)}; ${what} may be at most ${megabytes(maxBytes).replace('.0', '')}` };
};
