/**
 * A check of number strings such as `"1,234"`, which the validator reads as 1.234, as Dutch writes
 * it. English exports write 1234 that way, so `valideer` warns unless the file itself shows that its
 * commas are decimal.
 */

import { readCellNumber } from '../convert/cell-number.js';
import { JsonPath } from '../model/json-path.js';
import { parseNumber } from '../model/number.js';
import type { SummaryProblem } from '../model/problem-list.js';
import type { Problem } from '../model/types.js';
import { cliMessages } from './messages.js';

/** Keys whose values the validator reads as numbers: scores, developments, class bounds, a profile's bare `totaal`. */
const NUMBER_KEYS = new Set(['waarde', 'verschil', 'vanaf', 'totaal']);

/** Maximum number of strings that get a warning each. The rest share one warning. */
const REPORT_LIMIT = 20;

interface NumberString {
  text: string;
  path: JsonPath;
}

/**
 * Warns about every number string such as `"1,234"` or `"-12,345"`, with one to three digits, a
 * comma and three digits, unless the file's other number strings show only decimal commas (`"6,8"`,
 * `"1.234,5"`). A decimal point in another string (`"6.8"`) makes the thousands reading likelier and
 * is named in the warning.
 */
export function checkCommaNumbers(json: unknown): Problem[] {
  const strings = collectNumberStrings(json);

  const ambiguous: NumberString[] = [];
  let showsComma = false;
  let pointExample: string | null = null;
  for (const entry of strings) {
    if (!parseNumber(entry.text).ok) {
      continue;
    }
    const cell = readCellNumber(entry.text, null);
    if (!cell.ok && cell.reason === 'ambiguous') {
      ambiguous.push(entry);
    } else if (cell.ok && cell.decimalSeparator === ',') {
      showsComma = true;
    } else if (cell.ok && cell.decimalSeparator === '.') {
      pointExample ??= entry.text.trim();
    }
  }
  if (ambiguous.length === 0 || (showsComma && pointExample === null)) {
    return [];
  }

  const problems: Problem[] = ambiguous.slice(0, REPORT_LIMIT).map(({ text, path }) => ({
    severity: 'warning',
    path: path.toString(),
    code: 'number-comma-ambiguous',
    message: { nl: cliMessages.nl.commaNumber(text.trim(), pointExample), en: cliMessages.en.commaNumber(text.trim(), pointExample) },
  }));
  const more = ambiguous.length - REPORT_LIMIT;
  if (more > 0) {
    const summary: SummaryProblem = {
      severity: 'warning',
      path: '$',
      code: 'number-comma-ambiguous',
      message: { nl: cliMessages.nl.moreCommaNumbers(more), en: cliMessages.en.moreCommaNumbers(more) },
      omitted: { errors: 0, warnings: more },
    };
    problems.push(summary);
  }
  return problems;
}

/**
 * Returns every string under a key of `NUMBER_KEYS`, at any depth, in document order. The walk keeps
 * its own stack, so that a deeply nested file cannot overflow the call stack.
 */
function collectNumberStrings(json: unknown): NumberString[] {
  const strings: NumberString[] = [];
  const pending: { value: unknown; path: JsonPath; isNumber: boolean }[] = [{ value: json, path: JsonPath.root, isNumber: false }];
  while (pending.length > 0) {
    const { value, path, isNumber } = pending.pop()!;
    if (typeof value === 'string' && isNumber) {
      strings.push({ text: value, path });
      continue;
    }
    if (value === null || typeof value !== 'object') {
      continue;
    }

    // Children go on the stack last first, so that the first child is taken next.
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index];
      pending.push({ value: child, path: path.child(key), isNumber: typeof key === 'string' && NUMBER_KEYS.has(key) });
    }
  }
  return strings;
}
