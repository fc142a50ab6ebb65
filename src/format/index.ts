/**
 * Shared file-format helpers for scenarios and game records: JSON text with line and column on error, size limits,
 * zod errors as `{ path, message }` and "did you mean" suggestions. Other layers import these names from here.
 */
import './zod-setup';
export { cappedErrors, MAX_SHOWN_ERRORS } from './error-list';
export { FORBIDDEN_KEYS, forbiddenKeys } from './forbidden-keys';
export { parseJsonText } from './json-text';
export { megabytes, textTooLarge } from './limits';
export { describeValue, type FileError, formatPath, zodErrors } from './schema-errors';
export { didYouMean } from './suggest';
