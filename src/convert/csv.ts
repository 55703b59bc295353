/**
 * Reading the source CSV files: the gebieden list and one RIVM/CBS StatLine export per jaar.
 */

import { csvParse } from 'd3-dsv';
import type { GebiedInput, GebiedType } from '../model/types.js';
import type { SourceColumns } from './mapping.js';

/** Values of one source file, keyed by gebied code, then column, with null for a missing cell. */
export interface EditionTable {
  jaar: number;
  /** Column names as in the header row. */
  columns: string[];
  rows: Map<string, Map<string, number | null>>;
}

/** A gebied of the gebieden list. */
export interface GebiedRow extends GebiedInput {
  ouder: string | null;
}

const GEBIED_TYPES: readonly GebiedType[] = ['gemeente', 'wijk', 'dorp', 'buurt'];

/**
 * Cell contents that mean "no figure". The RIVM files mark suppressed buurten with "." and leave a
 * cell empty where the indicator was not collected that jaar.
 */
const MISSING_MARKERS = new Set(['', '.']);

/**
 * Parses the gebieden list (`code,naam,type,ouder,…`) and returns the gebieden whose column
 * `indelingColumn` is `ja`, in file order. Throws on an unknown type, a duplicate code, a parent that
 * is not in the selection, or a count of gemeenten other than one.
 */
export function parseGebiedenCsv(text: string, indelingColumn: string): GebiedRow[] {
  const rows = csvParse(stripByteOrderMark(text));
  for (const column of ['code', 'naam', 'type', 'ouder', indelingColumn]) {
    if (!rows.columns.includes(column)) {
      throw new Error(`Column "${column}" is missing from the gebieden list; its header is: ${rows.columns.join(', ')}.`);
    }
  }

  const gebieden: GebiedRow[] = [];
  for (const row of rows) {
    if (row[indelingColumn]?.trim() !== 'ja') {
      continue;
    }
    const code = (row.code ?? '').trim();
    const type = (row.type ?? '').trim() as GebiedType;
    if (!GEBIED_TYPES.includes(type)) {
      throw new Error(`Gebied ${code} has type "${row.type}"; expected one of ${GEBIED_TYPES.join(', ')}.`);
    }
    const parent = (row.ouder ?? '').trim();
    gebieden.push({ code, naam: (row.naam ?? '').trim(), type, ouder: parent === '' ? null : parent });
  }

  const codes = new Set<string>();
  for (const gebied of gebieden) {
    if (codes.has(gebied.code)) {
      throw new Error(`Gebied code ${gebied.code} occurs twice in the gebieden list.`);
    }
    codes.add(gebied.code);
  }
  for (const gebied of gebieden) {
    if (gebied.ouder !== null && !codes.has(gebied.ouder)) {
      throw new Error(`Gebied ${gebied.code} has ouder ${gebied.ouder}, which is not in the selected gebieden.`);
    }
  }

  const gemeenten = gebieden.filter((gebied) => gebied.type === 'gemeente');
  if (gemeenten.length !== 1) {
    throw new Error(`The gebieden list must select exactly one gemeente, found ${gemeenten.length}.`);
  }
  return gebieden;
}

/**
 * Parses one StatLine export and reads `valueColumns` as numbers with a decimal point. Keeps only rows
 * that match `source.filter`. Throws on a value cell that is neither a number nor a missing marker, on a
 * duplicate gebied code, and on a period that does not belong to `jaar`. A value column that the header
 * lacks is left out of the rows, so the caller decides whether that is an error.
 */
export function parseEditionCsv(text: string, jaar: number, source: SourceColumns, valueColumns: string[]): EditionTable {
  const parsed = csvParse(stripByteOrderMark(text));
  const keyColumn = source.sleutelkolom;
  const filter = Object.entries(source.filter ?? {});
  const requiredColumns = [keyColumn, ...filter.map(([column]) => column)];
  if (source.periodekolom) {
    requiredColumns.push(source.periodekolom);
  }
  for (const column of requiredColumns) {
    if (!parsed.columns.includes(column)) {
      throw new Error(`Column "${column}" is missing from the ${jaar} file; check that it is a StatLine export with a header row.`);
    }
  }
  const presentColumns = valueColumns.filter((column) => parsed.columns.includes(column));

  const rows = new Map<string, Map<string, number | null>>();
  for (const row of parsed) {
    if (!filter.every(([column, expected]) => (row[column] ?? '').trim() === expected)) {
      continue;
    }

    const code = (row[keyColumn] ?? '').trim();
    if (rows.has(code)) {
      throw new Error(`Gebied ${code} occurs twice in the ${jaar} file; filter the rows on age group and margin (invoer.filter).`);
    }
    if (source.periodekolom) {
      const period = (row[source.periodekolom] ?? '').trim();
      if (!period.startsWith(String(jaar))) {
        throw new Error(`The ${jaar} file has period "${period}" for ${code}; pass each file with its own jaar.`);
      }
    }

    const values = new Map<string, number | null>();
    for (const column of presentColumns) {
      values.set(column, parseCell(row[column] ?? '', column, code, jaar));
    }
    rows.set(code, values);
  }

  return { jaar, columns: parsed.columns.slice(), rows };
}

function parseCell(cell: string, column: string, code: string, jaar: number): number | null {
  const trimmed = cell.trim();
  if (MISSING_MARKERS.has(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    throw new Error(`Invalid number "${cell}" in column ${column} for ${code} in the ${jaar} file; expected a number such as 12.5, "." or an empty cell.`);
  }
  return value;
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
