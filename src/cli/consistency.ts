/**
 * Checks across jaren that the validator leaves alone because each jaar is valid on its own.
 */

import type { Lang, Monitor, Problem, Score } from '../model/types.js';
import { formatNumber } from '../i18n/format.js';
import { normalizeName } from '../model/strings.js';
import type { SummaryProblem } from '../model/problem-list.js';
import { cliMessages } from './messages.js';

/** Maximum number of values far outside the domain that get a warning each. The rest share one warning. */
const DOMAIN_REPORT_LIMIT = 20;

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

/**
 * Warns about every value further outside `waarden.domein` than the domain is wide, such as a z-score
 * of 9 in [−2, 2]. The validator accepts values outside the domain: real scores run a little past
 * it, and a chart draws them on its edge. A value that far out is a typo or a wrong unit, and the
 * chart would hide it the same way.
 */
export function checkDomain(monitor: Monitor): Problem[] {
  const [low, high] = monitor.values.domain;
  const min = low - (high - low);
  const max = high + (high - low);
  const problems: Problem[] = [];
  let more = 0;
  // A value such as 1e308 is shown in exponent notation instead of as hundreds of digits.
  const format = (value: number, lang: Lang) =>
    Math.abs(value) >= 1e6 ? value.toExponential(2).replace('.', lang === 'nl' ? ',' : '.') : formatNumber(value, lang, monitor.values.decimals);
  const domainText = (lang: Lang) => `[${format(low, lang)}, ${format(high, lang)}]`;

  for (const jaar of monitor.jaren) {
    for (const result of monitor.results.get(jaar)?.values() ?? []) {
      const parts: [Score, (lang: Lang) => string][] = [[result.totaal, (lang) => (lang === 'nl' ? 'het totaal' : 'the total')]];
      for (const thema of monitor.themas) {
        const score = result.themas.get(thema.id);
        if (score) parts.push([score, (lang) => (lang === 'nl' ? `thema "${thema.label.nl}"` : `thema "${thema.label.en}"`)]);
        for (const deelthema of thema.deelthemas) {
          const deel = result.deelthemas.get(deelthema.id);
          if (deel) parts.push([deel, (lang) => `deelthema "${deelthema.label[lang]}"`]);
        }
      }
      for (const [score, name] of parts) {
        const value = score.value;
        if (value === null || (value >= min && value <= max)) continue;
        if (problems.length >= DOMAIN_REPORT_LIMIT) {
          more++;
          continue;
        }
        const message = (lang: Lang) =>
          cliMessages[lang].outsideDomain(name(lang), `${result.gebied.naam} (${result.gebied.code})`, jaar, format(value, lang), domainText(lang));
        problems.push({ severity: 'warning', path: '$.resultaten', code: 'value-outside-domein', message: { nl: message('nl'), en: message('en') } });
      }
    }
  }
  if (more > 0) {
    const summary: SummaryProblem = {
      severity: 'warning',
      path: '$.resultaten',
      code: 'value-outside-domein',
      message: { nl: cliMessages.nl.moreOutsideDomain(more), en: cliMessages.en.moreOutsideDomain(more) },
      omitted: { errors: 0, warnings: more },
    };
    problems.push(summary);
  }
  return problems;
}

/**
 * Warns about a name that several gebieden share. Elements find a gebied by code or by name, and a
 * shared name finds only the first, so a page that names it shows the wrong gebied for the others.
 */
export function checkDuplicateNames(monitor: Monitor): Problem[] {
  const byName = new Map<string, { naam: string; codes: string[] }>();
  for (const gebied of monitor.gebieden) {
    const key = normalizeName(gebied.naam);
    const entry = byName.get(key);
    if (entry) entry.codes.push(gebied.code);
    else byName.set(key, { naam: gebied.naam, codes: [gebied.code] });
  }
  const problems: Problem[] = [];
  for (const { naam, codes } of byName.values()) {
    if (codes.length < 2) continue;
    const list = codes.join(', ');
    problems.push({
      severity: 'warning',
      path: '$.gebieden',
      code: 'gebied-name-shared',
      message: { nl: cliMessages.nl.duplicateName(naam, list), en: cliMessages.en.duplicateName(naam, list) },
    });
  }
  return problems;
}
