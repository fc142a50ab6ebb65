/**
 * A long list of errors as a person can read it: the first twenty, then one line counting the rest. A record with
 * 200,000 malformed log entries has 200,000 errors (parsers return every one); a terminal or a dialog shows twenty.
 */
import type { FileError } from './schema-errors';

export const MAX_SHOWN_ERRORS = 20;

/** The errors to show: all of them when at most `max + 1` (a line "… and 1 more" helps nobody), else `max` and a count. */
export const cappedErrors = (errors: readonly FileError[], max = MAX_SHOWN_ERRORS): FileError[] =>
  errors.length <= max + 1
    ? [...errors]
    : [...errors.slice(0, max), { path: '', message: `… and ${(errors.length - max).toLocaleString('en-US')} more` }];
