/**
 * Reading the number cells of a spreadsheet export. On top of the notations of `parseNumber`, cells
 * may group thousands with a space, a no-break space (U+00A0) or a narrow no-break space (U+202F).
 * They may also use scientific notation (`4,1E+00`, `4.1e-1`). Spreadsheet exports write both.
 * English exports group thousands with a comma (`1,234.5`, `1,234,567`), which `parseNumber` rejects.
 */

import { parseNumber } from '../model/number.js';

export type DecimalSeparator = ',' | '.';

export type CellNumber =
  /** `decimalSeparator` is the separator that the cell shows to be decimal, or null when it shows none. */
  | { ok: true; value: number | null; decimalSeparator: DecimalSeparator | null }
  | { ok: false; reason: 'invalid-text' | 'not-finite' | 'wrong-type' }
  /**
   * A cell such as `1.234` or `1,234`, with its value under either decimal separator. `fallback` is
   * the separator to read it with when no other cell of its column or file shows one.
   */
  | { ok: false; reason: 'ambiguous'; readings: Record<DecimalSeparator, number>; fallback: DecimalSeparator | null };

const SIGNED = /^([+\-\u2212]?)(.*)$/s;
const SCIENTIFIC = /^(\d+)(?:([.,])(\d+))?[eE]([+\-\u2212]?\d+)$/;
const SPACE_GROUPED = /^([1-9]\d{0,2}([ \u00a0\u202f])\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$/;
const AMBIGUOUS = /^[1-9]\d{0,2}\.\d{3}$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_DECIMAL_COMMA = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const GROUPED_INTEGER = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const DECIMAL_POINT = /^\d+\.\d+$/;
const STRICT_DECIMAL_POINT = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const STRICT_DECIMAL_COMMA = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/**
 * Reads a number cell. With a known `decimalSeparator` the other separator may only group
 * thousands. Without one, `1.234` and `1,234` are returned as ambiguous with both readings, so that
 * the caller can decide from the other cells of the column. Commas that group thousands, as in
 * `1,234.5` or `1,234,567`, show a decimal point. `parseNumber` reads the other notations.
 */
export function readCellNumber(text: string, decimalSeparator: DecimalSeparator | null): CellNumber {
  const [, sign, body] = SIGNED.exec(text.trim())!;
  const negative = sign === '-' || sign === '\u2212';

  const scientific = SCIENTIFIC.exec(body);
  if (scientific !== null) {
    const [, integer, separator, fraction, exponent] = scientific;
    if (decimalSeparator !== null && separator !== undefined && separator !== decimalSeparator) {
      return { ok: false, reason: 'invalid-text' };
    }
    const plain = `${integer}.${fraction ?? '0'}e${exponent.replace('\u2212', '-')}`;
    return finite(Number(plain), negative, (separator as DecimalSeparator | undefined) ?? null);
  }

  const grouped = SPACE_GROUPED.exec(body);
  if (grouped !== null) {
    const [, digits, space, separator, fraction] = grouped;
    if (decimalSeparator !== null && separator !== undefined && separator !== decimalSeparator) {
      return { ok: false, reason: 'invalid-text' };
    }
    const plain = `${digits.replaceAll(space, '')}.${fraction ?? '0'}`;
    return finite(Number(plain), negative, (separator as DecimalSeparator | undefined) ?? null);
  }

  if (decimalSeparator !== null) {
    return readWithSeparator(body, negative, decimalSeparator);
  }

  if (AMBIGUOUS.test(body)) {
    return ambiguous(body, negative, '.', null);
  }
  if (AMBIGUOUS_COMMA.test(body)) {
    // Dutch exports write a value with three decimals this way, so a comma is the default.
    return ambiguous(body, negative, ',', ',');
  }
  if (COMMA_GROUPED.test(body)) {
    return finite(Number(body.replaceAll(',', '')), negative, '.');
  }
  const parsed = parseNumber(text);
  if (!parsed.ok) {
    return { ok: false, reason: parsed.reason as 'invalid-text' | 'not-finite' | 'wrong-type' };
  }
  return { ok: true, value: parsed.value, decimalSeparator: shownDecimalSeparator(body) };
}

/** Returns both readings of a cell such as `1.234`, whose only separator is `separator`. */
function ambiguous(body: string, negative: boolean, separator: DecimalSeparator, fallback: DecimalSeparator | null): CellNumber {
  const sign = negative ? -1 : 1;
  const asDecimal = sign * Number(body.replace(',', '.'));
  const asThousands = sign * Number(body.replace(separator, ''));
  const readings = separator === ',' ? { ',': asDecimal, '.': asThousands } : { ',': asThousands, '.': asDecimal };
  return { ok: false, reason: 'ambiguous', readings, fallback };
}

/** Reads a cell whose decimal separator is set in the mapping. */
function readWithSeparator(body: string, negative: boolean, decimalSeparator: DecimalSeparator): CellNumber {
  const pattern = decimalSeparator === '.' ? STRICT_DECIMAL_POINT : STRICT_DECIMAL_COMMA;
  if (!pattern.test(body)) {
    return { ok: false, reason: 'invalid-text' };
  }
  const grouping = decimalSeparator === '.' ? /,/g : /\./g;
  return finite(Number(body.replace(grouping, '').replace(',', '.')), negative, decimalSeparator);
}

/**
 * Returns the separator that a cell in a `parseNumber` notation shows to be decimal: `12,5` and
 * `1.234,5` show a comma, `1.234.567` too (its dots group thousands), and `12.5` shows a point.
 */
function shownDecimalSeparator(body: string): DecimalSeparator | null {
  if (DECIMAL_COMMA.test(body) || GROUPED_DECIMAL_COMMA.test(body) || GROUPED_INTEGER.test(body)) {
    return ',';
  }
  if (DECIMAL_POINT.test(body)) {
    return '.';
  }
  return null;
}

function finite(magnitude: number, negative: boolean, decimalSeparator: DecimalSeparator | null): CellNumber {
  if (!Number.isFinite(magnitude)) {
    return { ok: false, reason: 'not-finite' };
  }
  const value = negative ? -magnitude : magnitude;
  return { ok: true, value: value === 0 ? 0 : value, decimalSeparator };
}

/**
 * The decimal separators that the number cells of one file show, per column and for the whole file.
 * An ambiguous cell such as `1.234` or `1,234` is read with the separator of its column, or of its
 * file when the column shows none, because one export writes all its numbers in one locale.
 */
export class DecimalSeparatorEvidence {
  private readonly byColumn = new Map<string, Set<DecimalSeparator>>();
  private readonly inFile = new Set<DecimalSeparator>();

  add(column: string, separator: DecimalSeparator): void {
    const seen = this.byColumn.get(column) ?? new Set<DecimalSeparator>();
    this.byColumn.set(column, seen);
    seen.add(separator);
    this.inFile.add(separator);
  }

  /**
   * Returns the one separator that the column shows, else the one that the file shows. Returns
   * `fallback` when neither shows any. Returns null when the column shows both, or shows none while
   * the file shows both.
   */
  resolve(column: string, fallback: DecimalSeparator | null): DecimalSeparator | null {
    const seen = this.byColumn.get(column);
    const evidence = seen !== undefined && seen.size > 0 ? seen : this.inFile;
    if (evidence.size === 0) {
      return fallback;
    }
    return evidence.size === 1 ? [...evidence][0] : null;
  }
}
