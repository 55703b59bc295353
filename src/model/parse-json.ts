/**
 * Parsing JSON text that a CMS delivered inline, with messages that point a web editor at the mistake.
 * Nothing is repaired: curly quotes, unquoted keys and trailing commas are reported, not fixed.
 */

import { shorten } from './format-value.js';
import { JsonPath } from './json-path.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { createProblem } from './problem-list.js';
import type { ProblemCode, ProblemParams, TextPosition } from './problems.js';
import type { Problem } from './types.js';

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

const SMART_QUOTES = '\u201C\u201D\u2018\u2019\u201E\u201A';
const DOUBLE_SMART_QUOTES = /[\u201C\u201D\u201E]/;
const WORD_START = /[\p{L}_$]/u;
const WORD_PART = /[\p{L}\p{N}_$-]/u;
const NUMBER_PART = /[0-9.eE+-]/;
const LITERALS = new Set(['true', 'false', 'null']);
/** Spaces and zero-width characters that JSON does not accept as whitespace but a CMS may insert. */
const INVISIBLE_SPACES = /[\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
const EXCERPT_RADIUS = 20;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * Parses JSON text. A leading byte order mark is skipped, as `Response.json()` does. On failure the
 * problem names the line and column (1-based, counted in characters) when they can be found.
 *
 * Valid text goes straight to `JSON.parse` without any other pass over it, because a monitor file can
 * be tens of megabytes. The checks for empty text and the syntax locator run only after it throws.
 */
export function parseJsonText(text: string): ParseJsonResult {
  const source = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;

  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      throw error;
    }
    if (source.trim() === '') {
      return { ok: false, problem: createProblem(JsonPath.root, 'json-empty', {}) };
    }
    return { ok: false, problem: describeSyntaxError(source, error.message) };
  }
}

/** A likely mistake found by scanning the text outside strings. */
type Suspect =
  | { code: 'json-smart-quotes'; offset: number; quote: string }
  | { code: 'json-single-quotes'; offset: number }
  | { code: 'json-trailing-comma'; offset: number }
  | { code: 'json-invisible-space'; offset: number; codePoint: string }
  | { code: 'json-unquoted-key'; offset: number; key: string }
  | { code: 'json-unquoted-text'; offset: number; word: string };

function describeSyntaxError(text: string, message: string): Problem {
  // A web page, such as a login or "not found" page, gets no advice about commas and quotes.
  const start = text.search(/\S/);
  if (text[start] === '<') {
    return problemAt(text, start, 'json-markup', {});
  }

  // JavaScriptCore (Safari) names no position in its message, so the text is scanned for it.
  const messageOffset = offsetFromMessage(text, message);
  const scanned = messageOffset === null ? findJsonSyntaxError(text) : null;
  const errorOffset = messageOffset ?? scanned?.offset ?? null;
  const found = findSuspect(text);
  // A suspect after the parser's error position is not the cause: the text broke earlier.
  const suspect = found !== null && (errorOffset === null || found.offset <= errorOffset) ? found : null;

  const offset = suspect?.offset ?? errorOffset;
  if (offset !== null && suspect?.code !== 'json-smart-quotes') {
    const smartQuote = findDoubleSmartQuoteOnLine(text, offset);
    if (smartQuote !== null) {
      return problemAt(text, smartQuote, 'json-smart-quotes', { quote: text[smartQuote] });
    }
  }
  if (suspect !== null) {
    return problemForSuspect(text, suspect);
  }
  const decimalComma = errorOffset === null ? null : findDecimalComma(text, errorOffset);
  if (decimalComma !== null) {
    return problemAt(text, decimalComma.offset, 'json-decimal-comma', { number: decimalComma.number });
  }

  const atEnd = errorOffset !== null && text.slice(errorOffset).trim() === '';
  if (atEnd || /end of (JSON )?(input|data)/i.test(message)) {
    return problemAt(text, errorOffset ?? text.length, 'json-syntax', { detail: 'unexpected-end' });
  }
  const detail = /after (the )?JSON/i.test(message) || scanned?.detail === 'text-after-end' ? 'text-after-end' : 'other';
  if (errorOffset === null) {
    return createProblem(JsonPath.root, 'json-syntax', { line: null, column: null, excerpt: null, detail });
  }
  return problemAt(text, errorOffset, 'json-syntax', { detail });
}

function problemForSuspect(text: string, suspect: Suspect): Problem {
  switch (suspect.code) {
    case 'json-smart-quotes':
      return problemAt(text, suspect.offset, suspect.code, { quote: suspect.quote });
    case 'json-single-quotes':
    case 'json-trailing-comma':
      return problemAt(text, suspect.offset, suspect.code, {});
    case 'json-unquoted-key':
      return problemAt(text, suspect.offset, suspect.code, { key: shorten(suspect.key) });
    case 'json-unquoted-text':
      return problemAt(text, suspect.offset, suspect.code, { word: shorten(suspect.word) });
    case 'json-invisible-space':
      return problemAt(text, suspect.offset, suspect.code, { codePoint: suspect.codePoint });
  }
}

type WithoutPosition<C extends ProblemCode> = Omit<ProblemParams[C], keyof TextPosition>;

function problemAt<C extends ProblemCode>(text: string, offset: number, code: C, params: WithoutPosition<C>): Problem {
  const position = positionOf(text, offset);
  return createProblem(JsonPath.root, code, { ...params, ...position } as unknown as ProblemParams[C]);
}

/**
 * Reads the error position from a JSON.parse message. V8 writes "at position N" and, since about
 * Chromium 117, also "(line L column C)"; Firefox writes "at line L column C". JavaScriptCore writes
 * no position, for example "JSON Parse error: Expected '}'".
 */
function offsetFromMessage(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position !== null) {
    return Math.min(Number(position[1]), text.length);
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) {
    return offsetOfLineColumn(text, Number(lineColumn[1]), Number(lineColumn[2]));
  }
  return null;
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) {
      return text.length;
    }
    offset = newline + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** Computes the 1-based line and column of an offset, and an excerpt of the line around it. */
function positionOf(text: string, offset: number): TextPosition {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', offset);
  const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < lineStart; index = text.indexOf('\n', index + 1)) {
    line++;
  }
  // Columns count characters (code points), as an editor shows them, not UTF-16 units.
  const column = [...text.slice(lineStart, offset)].length + 1;

  const from = Math.max(lineStart, offset - EXCERPT_RADIUS);
  const to = Math.min(lineEnd, offset + EXCERPT_RADIUS);
  const excerpt = text.slice(from, to).replace(/\r/g, '').trim();
  const marked = `${from > lineStart ? '…' : ''}${excerpt}${to < lineEnd ? '…' : ''}`;
  return { line, column, excerpt: excerpt === '' ? null : marked };
}

/**
 * Scans the text outside double-quoted strings for the first curly quote, single quote, invisible
 * space, comma before a closing bracket, or bare word other than true, false and null.
 */
function findSuspect(text: string): Suspect | null {
  let index = 0;
  while (index < text.length) {
    const char = text[index];

    if (char === '"') {
      index = skipString(text, index);
      continue;
    }
    if (SMART_QUOTES.includes(char)) {
      return { code: 'json-smart-quotes', offset: index, quote: char };
    }
    if (char === "'") {
      return { code: 'json-single-quotes', offset: index };
    }
    if (INVISIBLE_SPACES.test(char)) {
      const codePoint = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      return { code: 'json-invisible-space', offset: index, codePoint };
    }
    if (char === ',') {
      const next = skipWhitespace(text, index + 1);
      if (text[next] === '}' || text[next] === ']') {
        return { code: 'json-trailing-comma', offset: index };
      }
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      index = skipWhile(text, index + 1, NUMBER_PART);
      continue;
    }
    if (WORD_START.test(char)) {
      const end = skipWhile(text, index + 1, WORD_PART);
      const word = text.slice(index, end);
      if (!LITERALS.has(word)) {
        const isKey = text[skipWhitespace(text, end)] === ':';
        return isKey
          ? { code: 'json-unquoted-key', offset: index, key: word }
          : { code: 'json-unquoted-text', offset: index, word };
      }
      index = end;
      continue;
    }
    index++;
  }
  return null;
}

/**
 * Finds a Dutch decimal comma, as in `"waarde": 6,8`, when the parser stopped at the digits after the
 * comma. In an object a key must follow a comma, so the parser stops there; in a list `[6,8]` is two
 * valid numbers. One to three digits after the comma, as decimals have, keep `2022,2023` out.
 */
function findDecimalComma(text: string, offset: number): { offset: number; number: string } | null {
  // No lookbehind: Safari before 16.4 cannot parse one, and the whole bundle would fail to load.
  const integer = /(?:^|[^\d.])(-?\d+,)$/.exec(text.slice(Math.max(0, offset - 24), offset));
  const decimals = /^\d{1,3}(?![\d.eE])/.exec(text.slice(offset, offset + 4));
  if (integer === null || decimals === null) {
    return null;
  }
  return { offset: offset - 1, number: integer[1] + decimals[0] };
}

/** Returns the index after a string that starts at `start`; an unterminated string ends at the line end. */
function skipString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '"') {
      return index + 1;
    }
    if (char === '\n') {
      return index;
    }
    index++;
  }
  return index;
}

function skipWhitespace(text: string, start: number): number {
  return skipWhile(text, start, /\s/);
}

function skipWhile(text: string, start: number, pattern: RegExp): number {
  let index = start;
  while (index < text.length && pattern.test(text[index])) {
    index++;
  }
  return index;
}

/**
 * Finds a curly double quote on the line of `offset` in a place where JSON has a quote: after the
 * line start or one of `{ [ : ,`, or before one of `} ] : ,` or the line end. When a CMS curls only some quotes, a string
 * runs on past its curly end quote, and the parser or the scan then stops later on that line or at
 * the next key; the curly quote is the actual cause. Curly quotes inside a text, as in
 * `"“Prettig” wonen"`, do not stand in such places.
 */
function findDoubleSmartQuoteOnLine(text: string, offset: number): number | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEndIndex === -1 ? text.length : lineEndIndex);

  for (let index = 0; index < line.length; index++) {
    if (!DOUBLE_SMART_QUOTES.test(line[index])) {
      continue;
    }
    const before = line.slice(0, index).trimEnd().slice(-1);
    const after = line.slice(index + 1).trimStart().charAt(0);
    if (before === '' || '{[:,'.includes(before) || after === '' || '}]:,'.includes(after)) {
      return lineStart + index;
    }
  }
  return null;
}
