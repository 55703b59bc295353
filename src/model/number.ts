/**
 * Reading numbers the way Dutch web editors and spreadsheet exports write them.
 *
 * Finite JSON numbers are accepted, and null or an absent key means missing. Strings are trimmed and
 * may start with a sign (`+`, `-` or the minus sign U+2212), followed by one of
 * - digits: `"12"`;
 * - a decimal comma: `"6,8"`, with optional thousands dots: `"1.234,5"`;
 * - thousands dots in two or more groups: `"1.234.567"`;
 * - a decimal point: `"6.8"`, `"0.125"`, `"1234.5"`.
 *
 * An empty or whitespace-only string counts as missing (null), because spreadsheet and CSV exports write
 * an empty cell that way.
 *
 * A single dot followed by exactly three digits, with one to three digits before it that do not start
 * with 0 and no comma (`"1.234"`, `"-12.345"`), is rejected as ambiguous: Dutch reads it as 1234, many
 * exports mean 1.234. The editor must write `1234` or `"1,234"`.
 *
 * A comma is always decimal, so `"1,234"` is 1.234. English exports mean 1234 by it, so
 * `wijkmonitor valideer` warns about it unless the file's other strings show only decimal commas.
 *
 * `schema/monitor.schema.json` repeats these rules as a string pattern; keep the two in step.
 */

export type NumberRejectReason =
  /** Not a number, string or null: a boolean, object or array. */
  | 'wrong-type'
  /** NaN or ±Infinity, as a number or as the text `NaN` / `Infinity`. */
  | 'not-finite'
  /** A string that is not a number in any accepted notation, e.g. `"6,8,1"` or `"abc"`. */
  | 'invalid-text'
  /** A string such as `"1.234"` that reads as a thousands dot or as a decimal point. */
  | 'ambiguous';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: NumberRejectReason };

const SIGNED = /^([+\-\u2212]?)(.*)$/s;
const NOT_FINITE = /^(nan|infinity|inf|∞)$/i;
const AMBIGUOUS = /^[1-9]\d{0,2}\.\d{3}$/;
const INTEGER = /^\d+$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const GROUPED_DECIMAL_COMMA = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const GROUPED_INTEGER = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const DECIMAL_POINT = /^\d+\.\d+$/;

/** Parses a value from the data into a finite number, null for missing, or a reason to reject it. */
export function parseNumber(input: unknown): ParsedNumber {
  if (input === null || input === undefined) {
    return { ok: true, value: null };
  }
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: withoutNegativeZero(input) } : { ok: false, reason: 'not-finite' };
  }
  if (typeof input !== 'string') {
    return { ok: false, reason: 'wrong-type' };
  }
  return parseNumberText(input);
}

function parseNumberText(input: string): ParsedNumber {
  const text = input.trim();
  if (text === '') {
    return { ok: true, value: null };
  }

  const [, sign, body] = SIGNED.exec(text)!;
  if (NOT_FINITE.test(body)) {
    return { ok: false, reason: 'not-finite' };
  }
  if (AMBIGUOUS.test(body)) {
    return { ok: false, reason: 'ambiguous' };
  }

  const plain = toPlainNotation(body);
  if (plain === null) {
    return { ok: false, reason: 'invalid-text' };
  }

  const magnitude = Number(plain);
  if (!Number.isFinite(magnitude)) {
    return { ok: false, reason: 'not-finite' };
  }
  return { ok: true, value: withoutNegativeZero(sign === '' || sign === '+' ? magnitude : -magnitude) };
}

/** Rewrites an unsigned number in an accepted notation as `1234.5`, or returns null. */
function toPlainNotation(body: string): string | null {
  if (INTEGER.test(body) || DECIMAL_POINT.test(body)) {
    return body;
  }
  if (DECIMAL_COMMA.test(body)) {
    return body.replace(',', '.');
  }
  if (GROUPED_DECIMAL_COMMA.test(body)) {
    return body.replace(/\./g, '').replace(',', '.');
  }
  if (GROUPED_INTEGER.test(body)) {
    return body.replace(/\./g, '');
  }
  return null;
}

/** Turns -0 into 0, so that a Dutch text never shows "−0". */
function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
