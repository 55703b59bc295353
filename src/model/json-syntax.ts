/**
 * Locating the first JSON syntax error in a text (RFC 8259 grammar). V8 and SpiderMonkey name the
 * position in their JSON.parse messages, but JavaScriptCore (Safari) does not, so there the text is
 * scanned for it.
 */

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units of the first character that breaks the grammar, or the text length. */
  offset: number;
  detail: 'unexpected-end' | 'text-after-end' | 'other';
}

type State = 'value' | 'first-value' | 'key' | 'first-key' | 'after-value';

const ESCAPES = '"\\/bfnrtu';
const HEX_DIGIT = /[0-9a-fA-F]/;
const DIGIT = /[0-9]/;

/** Result of scanning one token: the offset after it, or the error that ended it. */
type Scan = { end: number } | { error: JsonSyntaxError };

/**
 * Finds the first syntax error in `text`, or returns null when the text is valid JSON. Containers
 * are tracked on a stack instead of by recursion, so deeply nested input cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const containers: ('{' | '[')[] = [];
  let state: State = 'value';
  let index = 0;

  for (;;) {
    index = skipJsonWhitespace(text, index);
    const char = text[index];
    const atEnd = index >= text.length;

    if (state === 'first-key' && char === '}') {
      containers.pop();
      index++;
      state = 'after-value';
      continue;
    }
    if (state === 'first-value' && char === ']') {
      containers.pop();
      index++;
      state = 'after-value';
      continue;
    }

    if (state === 'key' || state === 'first-key') {
      if (atEnd) return unexpectedEnd(text);
      if (char !== '"') return { offset: index, detail: 'other' };
      const key = scanString(text, index);
      if ('error' in key) return key.error;
      index = skipJsonWhitespace(text, key.end);
      if (index >= text.length) return unexpectedEnd(text);
      if (text[index] !== ':') return { offset: index, detail: 'other' };
      index++;
      state = 'value';
      continue;
    }

    if (state === 'value' || state === 'first-value') {
      if (atEnd) return unexpectedEnd(text);
      if (char === '{' || char === '[') {
        containers.push(char);
        index++;
        state = char === '{' ? 'first-key' : 'first-value';
        continue;
      }
      const value = scanScalar(text, index);
      if ('error' in value) return value.error;
      index = value.end;
      state = 'after-value';
      continue;
    }

    // state === 'after-value'
    const container = containers[containers.length - 1];
    if (container === undefined) {
      return atEnd ? null : { offset: index, detail: 'text-after-end' };
    }
    if (atEnd) return unexpectedEnd(text);
    if (char === ',') {
      index++;
      state = container === '{' ? 'key' : 'value';
    } else if ((container === '{' && char === '}') || (container === '[' && char === ']')) {
      containers.pop();
      index++;
    } else {
      return { offset: index, detail: 'other' };
    }
  }
}

function unexpectedEnd(text: string): JsonSyntaxError {
  return { offset: text.length, detail: 'unexpected-end' };
}

function skipJsonWhitespace(text: string, start: number): number {
  let index = start;
  while (index < text.length && ' \t\n\r'.includes(text[index])) index++;
  return index;
}

/** Scans a string, number or literal (true, false, null) that starts at `start`. */
function scanScalar(text: string, start: number): Scan {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  if (char === '-' || DIGIT.test(char)) return scanNumber(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (char === literal[0]) return scanLiteral(text, start, literal);
  }
  return { error: { offset: start, detail: 'other' } };
}

function scanString(text: string, start: number): Scan {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') return { end: index + 1 };
    if (char < ' ') return { error: { offset: index, detail: 'other' } };
    if (char !== '\\') {
      index++;
      continue;
    }

    const escape = text[index + 1];
    if (escape === undefined) break;
    if (!ESCAPES.includes(escape)) return { error: { offset: index + 1, detail: 'other' } };
    index += 2;
    if (escape === 'u') {
      for (let digit = 0; digit < 4; digit++, index++) {
        if (index >= text.length) return { error: unexpectedEnd(text) };
        if (!HEX_DIGIT.test(text[index])) return { error: { offset: index, detail: 'other' } };
      }
    }
  }
  return { error: unexpectedEnd(text) };
}

/** Scans `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
function scanNumber(text: string, start: number): Scan {
  let index = start;
  if (text[index] === '-') index++;

  const digits = (): Scan => {
    if (index >= text.length) return { error: unexpectedEnd(text) };
    if (!DIGIT.test(text[index])) return { error: { offset: index, detail: 'other' } };
    while (index < text.length && DIGIT.test(text[index])) index++;
    return { end: index };
  };

  if (text[index] === '0') {
    index++;
  } else {
    const integer = digits();
    if ('error' in integer) return integer;
  }
  if (text[index] === '.') {
    index++;
    const fraction = digits();
    if ('error' in fraction) return fraction;
  }
  if (text[index] === 'e' || text[index] === 'E') {
    index++;
    if (text[index] === '+' || text[index] === '-') index++;
    const exponent = digits();
    if ('error' in exponent) return exponent;
  }
  return { end: index };
}

function scanLiteral(text: string, start: number, literal: string): Scan {
  for (let offset = 0; offset < literal.length; offset++) {
    const index = start + offset;
    if (index >= text.length) return { error: unexpectedEnd(text) };
    if (text[index] !== literal[offset]) return { error: { offset: index, detail: 'other' } };
  }
  return { end: start + literal.length };
}
