/**
 * zod issues turned into errors a scenario author can act on: a JSON path written the way a person reads it
 * (`units[14].equipment.BT7`) and a sentence that says what was expected, what was found and, for a misspelt name or
 * key, the nearest correct one.
 */
import type { z } from 'zod';
import { didYouMean } from './suggest';

/** One problem in a file: where (JSON path, "" for the whole file) and what. */
export interface FileError {
  readonly path: string;
  readonly message: string;
}

/** `["units", 14, "equipment", "BT7"]` → `units[14].equipment.BT7`; odd keys are quoted: `legend["a b"]`. */
export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      if (/^[A-Za-z0-9_-]+$/.test(k)) out += out === '' ? k : `.${k}`;
      else out += `[${JSON.stringify(k)}]`;
    }
  }
  return out;
};

const EXPECTED: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** How a found value reads in a sentence. */
export const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return String(typeof value);
  }
};

const listValues = (values: readonly unknown[]): string => {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
};

type AnySchema = z.core.$ZodType;

/** The sub-schema at `path` (following the data for discriminated unions), to learn which keys an object allows. */
const schemaAt = (root: AnySchema, data: unknown, path: readonly PropertyKey[]): AnySchema | undefined => {
  let schema: AnySchema | undefined = root;
  let value: unknown = data;
  let i = 0;
  while (schema) {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
      schema = def.innerType as AnySchema;
      continue;
    }
    if (def.type === 'union' && typeof def.discriminator === 'string' && value && typeof value === 'object') {
      const tag = (value as Record<string, unknown>)[def.discriminator];
      schema = (def.options as AnySchema[]).find((o) => {
        const shape = (o._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
        const lit = shape?.[def.discriminator as string]?._zod.def as unknown as { values?: unknown[] } | undefined;
        return lit?.values?.includes(tag);
      });
      continue;
    }
    if (i === path.length) return schema;
    const key = path[i++]!;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (def.type === 'object') schema = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') schema = def.element as AnySchema;
    else if (def.type === 'tuple') schema = (def.items as AnySchema[])[Number(key)];
    else if (def.type === 'record') schema = def.valueType as AnySchema;
    else return undefined;
  }
  return undefined;
};

const allowedKeys = (root: AnySchema, data: unknown, path: readonly PropertyKey[]): string[] => {
  const s = schemaAt(root, data, path);
  const shape = s ? (s._zod.def as unknown as { shape?: Record<string, unknown> }).shape : undefined;
  return shape ? Object.keys(shape) : [];
};

const sizeWord = (origin: string, n: number | bigint): string =>
  origin === 'array' ? `${n} ${n === 1 ? 'entry' : 'entries'}` : origin === 'string' ? `${n} character${n === 1 ? '' : 's'}` : String(n);

/** A limit as a person writes it: 20,000 and −430. */
const showLimit = (n: number | bigint): string => n.toLocaleString('en-US').replace(/^-/, '−');

/** zod's own wording starts "Too small"/"Too big"; anything else is a message the schema chose. */
const chosenMessage = (issue: { message: string }): string | undefined => (/^Too (small|big)/.test(issue.message) ? undefined : issue.message);

const tooSmall = (issue: z.core.$ZodIssueTooSmall, path: string, input: unknown): FileError[] => {
  const chosen = chosenMessage(issue);
  if (chosen) return [{ path, message: chosen }];
  const n = issue.minimum;
  if (issue.origin === 'string' && Number(n) === 1) return [{ path, message: 'must not be empty' }];
  if (issue.origin === 'array' || issue.origin === 'string') {
    return [{ path, message: `needs ${issue.exact ? 'exactly' : 'at least'} ${sizeWord(issue.origin, n)}` }];
  }
  return [{ path, message: `must be at least ${showLimit(n)}, found ${describeValue(input)}` }];
};

const tooBig = (issue: z.core.$ZodIssueTooBig, path: string, input: unknown): FileError[] => {
  const chosen = chosenMessage(issue);
  if (chosen) return [{ path, message: chosen }];
  const n = issue.maximum;
  if (issue.origin === 'array' || issue.origin === 'string') {
    return [{ path, message: `may have ${issue.exact ? 'exactly' : 'at most'} ${sizeWord(issue.origin, n)}` }];
  }
  return [{ path, message: `must be at most ${showLimit(n)}, found ${describeValue(input)}` }];
};

/** One zod issue → one or more author-facing errors (an unknown-keys issue names each key). */
export const issueToErrors = (issue: z.core.$ZodIssue, root: AnySchema, data: unknown): FileError[] => {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const at = schemaAt(root, data, issue.path);
      const isInt = issue.expected === 'int' || (at?._zod.def as unknown as { format?: string } | undefined)?.format === 'safeint';
      const want = isInt ? EXPECTED.int! : (EXPECTED[issue.expected] ?? issue.expected);
      if (input === undefined) return [{ path, message: `missing; ${want} is required here` }];
      return [{ path, message: `expected ${want}, found ${describeValue(input)}` }];
    }
    case 'unrecognized_keys': {
      const known = allowedKeys(root, data, issue.path);
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: `unknown key '${k}'${didYouMean(k, known)}${known.length ? ` (allowed: ${known.join(', ')})` : ''}`,
      }));
    }
    case 'invalid_value': {
      if (issue.path.length === 1 && issue.path[0] === 'schemaVersion') {
        if (input === undefined) return [{ path, message: `missing; this game reads schemaVersion ${String(issue.values[0])}` }];
        return [{ path, message: `this game reads schemaVersion ${String(issue.values[0])}; the file has ${describeValue(input)}` }];
      }
      if (issue.values.length === 1) return [{ path, message: `expected ${listValues(issue.values)}, found ${describeValue(input)}` }];
      const hint = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      const what = typeof input === 'string' ? `unknown value '${input}'` : `${describeValue(input)} is not allowed`;
      return [{ path, message: `${what}; expected one of ${listValues(issue.values)}${hint}` }];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator && 'options' in issue && issue.options) {
        const tag = input && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
        const options = issue.options.map(String);
        const tagPath = issue.path.at(-1) === issue.discriminator ? path : formatPath([...issue.path, issue.discriminator]);
        if (tag === undefined) return [{ path: tagPath, message: `missing; one of ${listValues(options)} is required here` }];
        const hint = typeof tag === 'string' ? didYouMean(tag, options) : '';
        return [{ path: tagPath, message: `unknown ${issue.discriminator} ${typeof tag === 'string' ? `'${tag}'` : describeValue(tag)}; expected one of ${listValues(options)}${hint}` }];
      }
      // A union of literals (hexMetres: 500 | 1000): merge what each branch expected.
      const values = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values : []));
      if (values.length) return [{ path, message: `expected ${listValues(values).replace(/, ([^,]*)$/, ' or $1')}, found ${describeValue(input)}` }];
      // A message the schema chose for the union says what the forms are; zod's default ("Invalid input") does not.
      if (issue.message && issue.message !== 'Invalid input') return [{ path, message: `${issue.message}, found ${describeValue(input)}` }];
      return [{ path, message: 'does not match any of the allowed forms' }];
    }
    case 'too_small':
    case 'too_big': {
      const tuple = (schemaAt(root, data, issue.path)?._zod.def as unknown as { type: string; items?: unknown[] } | undefined);
      if (tuple?.type === 'tuple' && Array.isArray(input)) {
        const form = tuple.items?.length === 3 ? 'a hexside [col, row, DIR]' : 'a hex [col, row]';
        return [{ path, message: `expected ${form}, found a list of ${input.length}` }];
      }
      return issue.code === 'too_small' ? tooSmall(issue, path, input) : tooBig(issue, path, input);
    }
    case 'invalid_format':
      return [{ path, message: `${issue.message}, found ${describeValue(input)}` }];
    case 'not_multiple_of':
      return [{ path, message: `must be a multiple of ${issue.divisor}` }];
    case 'invalid_key':
      return issue.issues.flatMap((i) => issueToErrors({ ...i, path: issue.path }, root, data));
    default:
      return [{ path, message: issue.message }];
  }
};

/**
 * zod's own whole-number check: a number beyond ±(2^53 − 1), such as 1e308, is not a safe integer. That limit says
 * nothing to an author, so it is never quoted: dropped where the field's own range also fails, otherwise one sentence.
 */
const safeIntLimit = (i: z.core.$ZodIssue): boolean =>
  (i.code === 'too_big' && Number(i.maximum) === Number.MAX_SAFE_INTEGER) || (i.code === 'too_small' && Number(i.minimum) === Number.MIN_SAFE_INTEGER);

/** Every issue of a failed parse, in file order as zod found them. */
export const zodErrors = (error: z.ZodError, root: AnySchema, data: unknown): FileError[] => {
  const key = (i: z.core.$ZodIssue): string => JSON.stringify(i.path.map(String));
  const ranged = new Set(error.issues.filter((i) => !safeIntLimit(i) && (i.code === 'too_big' || i.code === 'too_small')).map(key));
  return error.issues.flatMap((i) => {
    if (!safeIntLimit(i)) return issueToErrors(i, root, data);
    if (ranged.has(key(i))) return [];
    return [{ path: formatPath(i.path), message: `${describeValue((i as { input?: unknown }).input)} lies beyond any count this game can hold` }];
  });
};
