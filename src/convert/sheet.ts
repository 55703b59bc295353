/**
 * Reading a CSV export of a spreadsheet: the separator is detected, and every row keeps the line
 * number where it starts, so that problems can point at the line a user sees in a text editor.
 */

import { dsvFormat } from 'd3-dsv';
import { formatAlternatives } from '../model/format-value.js';
import { closestMatch } from '../model/strings.js';
import type { Lang } from '../model/types.js';

/** Separators that spreadsheet programs write: `;` in Dutch Excel, `,` elsewhere, tab for "text" exports. */
export const SEPARATORS = [';', ',', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

const SEPARATOR_NAMES: Record<Separator, Record<Lang, string>> = {
  ';': { nl: 'puntkomma (;)', en: 'semicolon (;)' },
  ',': { nl: 'komma (,)', en: 'comma (,)' },
  '\t': { nl: 'tab', en: 'tab' },
};

/** Lists every separator that `detectSeparator` finds, as "puntkomma (;), komma (,) of tab". */
export function formatSeparators(lang: Lang): string {
  return formatAlternatives(SEPARATORS.map((separator) => SEPARATOR_NAMES[separator][lang]), lang);
}

/**
 * Returns the punctuation character that occurs most often in a header line without an accepted
 * separator, such as `|`. That is the likely separator of the file. Returns null when there is none.
 */
export function findOtherSeparator(headerLine: string): string | null {
  const counts = new Map<string, number>();
  for (const character of headerLine.match(/[^\p{L}\p{N}\s_\-."'()%&]/gu) ?? []) {
    counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [character, count] of counts) {
    if (best === null || count > counts.get(best)!) best = character;
  }
  return best;
}

/**
 * Returns the header column that a missing column was probably renamed to: the closest by edit
 * distance, or else the one column whose name starts the other's, such as `gezond` for `gezond_pct`.
 */
export function suggestColumn(missing: string, header: readonly string[]): string | null {
  const close = closestMatch(missing, header);
  if (close !== null) return close;

  const target = missing.toLowerCase();
  const prefixes = header.filter((column) => {
    const name = column.toLowerCase();
    return Math.min(name.length, target.length) >= 3 && (target.startsWith(name) || name.startsWith(target));
  });
  return prefixes.length === 1 ? prefixes[0] : null;
}

export interface Sheet {
  /** File name as the user gave it, for messages. */
  name: string;
  separator: Separator;
  header: string[];
  /**
   * Data rows without empty lines, each with the 1-based line number where it starts and, for a
   * row whose quoted cell spans several lines, the line where it ends.
   */
  rows: { line: number; endLine?: number; cells: string[] }[];
}

/**
 * Chooses the separator that occurs most often outside quotes in the first non-empty line. With
 * none of them there, the file has one column and `,` is returned.
 */
export function detectSeparator(text: string): Separator {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && counts.has(character as Separator)) {
      counts.set(character as Separator, (counts.get(character as Separator) ?? 0) + 1);
    }
  }

  let best: Separator = ',';
  let bestCount = 0;
  for (const [separator, count] of counts) {
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Parses CSV text into a header and data rows. Cells are trimmed, a byte order mark is dropped,
 * and lines with only empty cells are left out. Returns null for a file without any non-empty line.
 */
export function parseSheet(text: string, name: string, separator: Separator = detectSeparator(text)): Sheet | null {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = dsvFormat(separator).parseRows(content);

  const rows: Sheet['rows'] = [];
  const lastLine = content.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
  let line = 1;
  for (const cells of parsed) {
    // A quoted cell may span lines; the next row starts after all of them. A quote that is never
    // closed runs to the end of the file, including its final line break.
    const breaks = cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const endLine = Math.min(line + breaks, lastLine);
    const trimmed = cells.map((cell) => cell.trim());
    if (trimmed.some((cell) => cell !== '')) {
      rows.push(endLine === line ? { line, cells: trimmed } : { line, endLine, cells: trimmed });
    }
    line = endLine + 1;
  }

  const headerRow = rows.shift();
  if (headerRow === undefined) {
    return null;
  }
  return { name, separator, header: headerRow.cells, rows };
}
