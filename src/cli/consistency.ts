/**
 * Checks across jaren that the validator leaves alone because each jaar is valid on its own.
 */

import type { Lang, Monitor, Problem } from '../model/types.js';
import { JsonPath } from '../model/json-path.js';
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
 * Warns about every deelthema value further outside `waarden.domein` than the domain is wide, such
 * as a z-score of 9 in [−2, 2]. Only deelthema values are drawn by size, with `straal="waarde"`,
 * and a value outside the domain is drawn at its nearest end. The totaal and the thema values are
 * only shown as text, so any number is fine there, such as a mark of 6,8. `input` is the parsed
 * JSON: it gives each warning the path of its value, and shows whether the file sets the domain.
 */
export function checkDomain(monitor: Monitor, input: unknown): Problem[] {
  const [low, high] = monitor.values.domain;
  const min = low - (high - low);
  const max = high + (high - low);
  const problems: Problem[] = [];
  let more = 0;
  // A value such as 1e308 is shown in exponent notation instead of as hundreds of digits.
  const format = (value: number, lang: Lang) =>
    Math.abs(value) >= 1e6 ? value.toExponential(2).replace('.', lang === 'nl' ? ',' : '.') : formatNumber(value, lang, monitor.values.decimals);
  const source = readSource(input);
  const domainText = (lang: Lang) => `[${format(low, lang)}, ${format(high, lang)}]`;

  for (const jaar of monitor.jaren) {
    for (const result of monitor.results.get(jaar)?.values() ?? []) {
      const gebied = source.profile && !source.gebiedCode ? result.gebied.naam : `${result.gebied.naam} (${result.gebied.code})`;
      monitor.themas.forEach((thema, themaIndex) => {
        thema.deelthemas.forEach((deelthema, deelthemaIndex) => {
          const value = result.deelthemas.get(deelthema.id)?.value ?? null;
          if (value === null || (value >= min && value <= max)) return;
          if (problems.length >= DOMAIN_REPORT_LIMIT) {
            more++;
            return;
          }
          const path = source.profile
            ? `$.themas[${themaIndex}].deelthemas[${deelthemaIndex}].waarde`
            : resultPath(source.resultaten, result.gebied.code, jaar, deelthema.id);
          const edge = value > high ? high : low;
          const message = (lang: Lang) =>
            cliMessages[lang].outsideDomain({
              deelthema: deelthema.label[lang],
              gebied,
              jaar,
              value: format(value, lang),
              edge: format(edge, lang),
              domain: domainText(lang),
              kind: source.domainWritten ? null : monitor.values.kind,
            });
          problems.push({ severity: 'warning', path, code: 'value-outside-domein', message: { nl: message('nl'), en: message('en') } });
        });
      });
    }
  }
  if (more > 0) {
    const summary: SummaryProblem = {
      severity: 'warning',
      path: source.profile ? '$.themas' : '$.resultaten',
      code: 'value-outside-domein',
      message: { nl: cliMessages.nl.moreOutsideDomain(more), en: cliMessages.en.moreOutsideDomain(more) },
      omitted: { errors: 0, warnings: more },
    };
    problems.push(summary);
  }
  return problems;
}

interface DomainSource {
  /** True for a profile, whose deelthema values are at `$.themas[i].deelthemas[j].waarde`. */
  profile: boolean;
  /** True when a profile gives its gebied a code. Without one, the code is made from the naam. */
  gebiedCode: boolean;
  domainWritten: boolean;
  resultaten: unknown[];
}

function readSource(input: unknown): DomainSource {
  const object = isRecord(input) ? input : {};
  const waarden = isRecord(object.waarden) ? object.waarden : {};
  return {
    profile: !('formaat' in object),
    gebiedCode: isRecord(object.gebied) && 'code' in object.gebied,
    domainWritten: 'domein' in waarden,
    resultaten: Array.isArray(object.resultaten) ? object.resultaten : [],
  };
}

/** Returns the path of a deelthema value in a monitor's `resultaten`, or `$.resultaten` if the entry is not found. */
function resultPath(resultaten: unknown[], code: string, jaar: number, deelthemaId: string): string {
  const index = resultaten.findIndex((entry) => isRecord(entry) && entry.gebied === code && entry.jaar === jaar);
  if (index === -1) return '$.resultaten';
  return JsonPath.root.child('resultaten').child(index).child('deelthemas').child(deelthemaId).child('waarde').toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
