/**
 * Checks across jaren that the validator leaves alone because each jaar is valid on its own.
 */

import type { Monitor, Problem } from '../model/types.js';
import { cliMessages } from './messages.js';

/**
 * Warns about every deelthema that has a value for some gebied in one jaar but for no gebied in
 * another jaar, which usually means a column went missing in that jaar's source.
 */
export function checkConsistency(monitor: Monitor): Problem[] {
  const problems: Problem[] = [];
  if (monitor.jaren.length < 2) {
    return problems;
  }

  for (const thema of monitor.themas) {
    for (const deelthema of thema.deelthemas) {
      const measured = monitor.jaren.filter((jaar) =>
        [...(monitor.results.get(jaar)?.values() ?? [])].some((result) => result.deelthemas.get(deelthema.id)?.value != null),
      );
      if (measured.length === 0) {
        continue;
      }

      for (const jaar of monitor.jaren) {
        if (measured.includes(jaar)) {
          continue;
        }
        const others = measured.join(', ');
        problems.push({
          severity: 'warning',
          path: '$.resultaten',
          code: 'deelthema-missing-in-jaar',
          message: {
            nl: cliMessages.nl.deelthemaMissingInJaar(deelthema.label.nl, jaar, others),
            en: cliMessages.en.deelthemaMissingInJaar(deelthema.label.en, jaar, others),
          },
        });
      }
    }
  }
  return problems;
}
