/**
 * Reading JSON text with an error an author can find: line, column and what was expected. `JSON.parse` does the work;
 * only when it fails does a small scanner walk the text to locate the first mistake, because the wording and the
 * position in JSON.parse's own message differ between JavaScript engines (and Node 20 often gives no position).
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** UTF-8 byte length without encoding the whole string (limits are checked before any real work). */
export const utf8Length = (s: string): number => {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
};

/**
 * Deepest nesting a game file may have. Scenarios nest about a dozen levels (aiPlan → formations → triggers → task →
 * hexes → hex), records fewer. A hostile file of a million `[` would otherwise overflow the stack of the error
 * locator below (a throw where a value is due) and make every later walk of the document slow.
 */
export const MAX_JSON_DEPTH = 100;

/** Where the text first nests deeper than MAX_JSON_DEPTH (brackets inside strings do not count), or -1. */
const tooDeepAt = (text: string): number => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
};

const lineAndColumn = (text: string, at: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
};

export const parseJsonText = (text: string): JsonResult => {
  // JSON has no byte-order mark and JSON.parse refuses one; some Windows editors add it unseen, so name it outright.
  if (text.charCodeAt(0) === 0xfeff) {
    return { ok: false, line: 1, column: 1, message: 'the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without a BOM' };
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) return { ok: false, ...lineAndColumn(text, deep), message: `lists and objects nest more than ${MAX_JSON_DEPTH} deep here; a game file nests only a few levels` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const e = locateJsonError(text);
    return { ok: false, ...e };
  }
};

class JsonSyntaxError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

const found = (text: string, at: number): string =>
  at >= text.length ? 'the end of the file' : `'${text[at] === '\n' ? '\\n' : text[at]}'`;

/** Finds the first syntax error of a text that JSON.parse refused. */
export const locateJsonError = (text: string): { line: number; column: number; message: string } => {
  let at = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(at, message);
  };
  const ws = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(`expected a value, found ${found(text, at)}`);
  };
  const string = (): void => {
    at++; // opening quote
    while (at < text.length) {
      const c = text[at]!;
      if (c === '"') {
        at++;
        return;
      }
      if (c === '\\') {
        const n = text[at + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('a \\u escape needs four hex digits');
          at += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) at += 2;
        else fail(`unknown escape '\\${n ?? ''}' in a string`);
      } else if (c < ' ') fail(c === '\n' ? 'a string is not closed before the end of the line' : 'control character in a string');
      else at++;
    }
    fail('a string is not closed before the end of the file');
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!m || m[0] === '-' || m[0] === '') fail(`expected a value, found ${found(text, at)}`);
    at += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[at];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(`expected a value, found ${found(text, at)}`);
  };
  const object = (): void => {
    at++;
    ws();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      ws();
      if (text[at] !== '"') fail(`expected a property name in double quotes, found ${found(text, at)}`);
      string();
      ws();
      if (text[at] !== ':') fail(`expected ':' after a property name, found ${found(text, at)}`);
      at++;
      value();
      ws();
      if (text[at] === ',') {
        at++;
        ws();
        if (text[at] === '}') fail("a comma before '}' (trailing commas are not allowed in JSON)");
        continue;
      }
      if (text[at] === '}') {
        at++;
        return;
      }
      fail(`expected ',' or '}' after a property value, found ${found(text, at)}`);
    }
  };
  const array = (): void => {
    at++;
    ws();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[at] === ',') {
        at++;
        ws();
        if (text[at] === ']') fail("a comma before ']' (trailing commas are not allowed in JSON)");
        continue;
      }
      if (text[at] === ']') {
        at++;
        return;
      }
      fail(`expected ',' or ']' after a list item, found ${found(text, at)}`);
    }
  };
  let where = 0;
  let message = 'the text is not valid JSON';
  try {
    if (text.charCodeAt(0) === 0xfeff) at = 1; // a byte-order mark is harmless
    value();
    ws();
    if (at < text.length) fail(`unexpected ${found(text, at)} after the end of the JSON value`);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    where = e.at;
    message = e.message;
  }
  return { ...lineAndColumn(text, where), message };
};
