/**
 * Types and checks of the conversion mapping: which source column feeds which deelthema, in which
 * direction, and every parameter of the scoring (class thresholds, rounding). Keys are Dutch like the
 * monitor format, because the same people edit both files.
 */

import type { DeelthemaInput, LocalizedText, ScaleInput, ValueSpecInput } from '../model/types.js';

/** `+` when a higher percentage is better, `-` when a lower percentage is better. */
export type Richting = '+' | '-';

export interface IndicatorMapping {
  /** Column key in the source CSV, e.g. `MoeiteMetRondkomen_38`. */
  kolom: string;
  richting: Richting;
}

export interface DeelthemaMapping extends DeelthemaInput {
  /** Indicators averaged into this deelthema, or none when no source has data for it. */
  indicatoren: IndicatorMapping[];
}

export interface ThemaMapping {
  id: string;
  label: LocalizedText;
  deelthemas: DeelthemaMapping[];
}

export interface SourceColumns {
  /** Column with the CBS code of the gebied, e.g. `Codering_3` in RIVM/CBS StatLine exports. */
  sleutelkolom: string;
  /** Column with the StatLine period, e.g. `Perioden` (`2020JJ00`). Its first four digits must equal the jaar. */
  periodekolom?: string;
  /** Rows are used only when every listed column has the listed value, e.g. `{ "Leeftijd": "20300" }` for 18+. */
  filter?: Record<string, string>;
  /** Column of the gebieden list that must be `ja` for a gebied to be included. */
  indelingkolom: string;
}

export interface ConversionMapping {
  titel: LocalizedText;
  bron: LocalizedText;
  waarden: ValueSpecInput;
  invoer: SourceColumns;
  /** Decimals of every stored `waarde` and `verschil`. Classes are taken from the rounded number. */
  afronding: { decimalen: number };
  themas: ThemaMapping[];
  /** Classes best first. `vanaf` is the inclusive lower bound, and the last class has `vanaf: null`. */
  schalen: { situatie: ScaleInput; ontwikkeling: ScaleInput };
}

/** An invalid mapping, with the problem in Dutch and English; `message` is the English text. */
export class MappingError extends Error {
  constructor(readonly text: { nl: string; en: string }) {
    super(`Invalid mapping: ${text.en}`);
    this.name = 'MappingError';
  }
}

function fail(nl: string, en: string): never {
  throw new MappingError({ nl, en });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a mapping read from JSON and throws a `MappingError` naming the first invalid field.
 *
 * Checked: the shape of `themas`, `deelthemas` and `indicatoren`, unique thema and deelthema ids, a
 * known `richting` on every indicator, no column used twice and a whole number of decimals. Each
 * scale's `vanaf` bounds must fall strictly from best to worst class and end in exactly one class
 * with `vanaf: null`, so that every number falls in exactly one class.
 */
export function validateMapping(mapping: ConversionMapping): void {
  if (!Number.isInteger(mapping.afronding?.decimalen) || mapping.afronding.decimalen < 0) {
    const value = JSON.stringify(mapping.afronding?.decimalen) ?? 'niets';
    fail(`afronding.decimalen moet een geheel getal ≥ 0 zijn, maar is ${value}.`,
      `afronding.decimalen must be a whole number ≥ 0, got ${JSON.stringify(mapping.afronding?.decimalen) ?? 'nothing'}.`);
  }
  if (!mapping.invoer?.sleutelkolom || !mapping.invoer.indelingkolom) {
    fail('invoer.sleutelkolom en invoer.indelingkolom zijn verplicht.', 'invoer.sleutelkolom and invoer.indelingkolom are required.');
  }
  if (!Array.isArray(mapping.themas)) {
    fail('"themas" moet een lijst [ … ] zijn.', '"themas" must be a list [ … ].');
  }

  const ids = new Set<string>();
  const columns = new Set<string>();
  mapping.themas.forEach((thema, themaIndex) => {
    const themaPath = `themas[${themaIndex}]`;
    if (!isObject(thema) || !Array.isArray(thema.deelthemas)) {
      fail(`${themaPath} moet een object met een lijst "deelthemas" zijn.`, `${themaPath} must be an object with a list "deelthemas".`);
    }
    requireUniqueId(ids, thema.id, themaPath);
    thema.deelthemas.forEach((deelthema, deelthemaIndex) => {
      const deelthemaPath = `${themaPath}.deelthemas[${deelthemaIndex}]`;
      if (!isObject(deelthema) || !Array.isArray(deelthema.indicatoren)) {
        fail(`${deelthemaPath} moet een object met een lijst "indicatoren" zijn.`, `${deelthemaPath} must be an object with a list "indicatoren".`);
      }
      requireUniqueId(ids, deelthema.id, deelthemaPath);
      deelthema.indicatoren.forEach((indicator, indicatorIndex) => {
        const indicatorPath = `${deelthemaPath}.indicatoren[${indicatorIndex}]`;
        if (!isObject(indicator) || typeof indicator.kolom !== 'string' || indicator.kolom === '') {
          fail(`${indicatorPath} moet een object met een "kolom" (tekst) en een "richting" zijn.`,
            `${indicatorPath} must be an object with a "kolom" (text) and a "richting".`);
        }
        if (indicator.richting !== '+' && indicator.richting !== '-') {
          const value = JSON.stringify(indicator.richting) ?? 'niets';
          fail(`indicator ${indicator.kolom} van deelthema ${deelthema.id} heeft richting ${value}; gebruik "+" (hoger is beter) of "-" (lager is beter).`,
            `indicator ${indicator.kolom} of deelthema ${deelthema.id} has richting ${JSON.stringify(indicator.richting) ?? 'nothing'}; use "+" (higher is better) or "-" (lower is better).`);
        }
        if (columns.has(indicator.kolom)) {
          fail(`kolom ${indicator.kolom} is twee keer gekoppeld; koppel elke kolom aan één deelthema.`,
            `column ${indicator.kolom} is mapped twice; map each column to one deelthema.`);
        }
        columns.add(indicator.kolom);
      });
    });
  });

  validateScale(mapping.schalen?.situatie, 'situatie');
  validateScale(mapping.schalen?.ontwikkeling, 'ontwikkeling');
}

function requireUniqueId(ids: Set<string>, id: unknown, path: string): void {
  if (typeof id !== 'string' || id === '') {
    fail(`${path} heeft geen "id".`, `${path} has no "id".`);
  }
  if (ids.has(id)) {
    fail(`id "${id}" komt twee keer voor; ids van thema's en deelthema's moeten uniek zijn.`,
      `id "${id}" is used twice; thema and deelthema ids must be unique.`);
  }
  ids.add(id);
}

function validateScale(scale: ScaleInput | undefined, name: string): void {
  const classes = Array.isArray(scale?.klassen) ? scale.klassen : [];
  if (classes.length === 0) {
    fail(`schalen.${name} heeft geen klassen.`, `schalen.${name} has no klassen.`);
  }
  if (!classes.every(isObject)) {
    fail(`elke klasse van schalen.${name} moet een object { "id": …, "vanaf": … } zijn.`,
      `every class of schalen.${name} must be an object { "id": …, "vanaf": … }.`);
  }

  const last = classes[classes.length - 1];
  if (last.vanaf != null) {
    fail(`de laatste klasse van schalen.${name} ("${last.id}") moet vanaf null hebben, zodat ze elk lager getal opvangt.`,
      `the last class of schalen.${name} ("${last.id}") must have vanaf null, so that it catches every lower number.`);
  }

  for (let index = 0; index < classes.length - 1; index++) {
    const bound = classes[index].vanaf;
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      fail(`klasse "${classes[index].id}" van schalen.${name} heeft een getal als vanaf nodig, zoals 0.5 (met een punt, zonder aanhalingstekens).`,
        `class "${classes[index].id}" of schalen.${name} needs a numeric vanaf, such as 0.5 (with a point, without quotes).`);
    }
    const next = classes[index + 1].vanaf;
    if (typeof next === 'number' && next >= bound) {
      fail(`vanaf van schalen.${name} moet dalen van de beste naar de slechtste klasse, maar "${classes[index + 1].id}" (${next}) ligt niet onder "${classes[index].id}" (${bound}).`,
        `vanaf of schalen.${name} must fall from best to worst class, but "${classes[index + 1].id}" (${next}) is not below "${classes[index].id}" (${bound}).`);
    }
  }
}
