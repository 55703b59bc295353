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

/**
 * Checks a mapping read from JSON and throws an Error naming the first invalid field.
 *
 * Checked: unique thema and deelthema ids, a known `richting` on every indicator, no column used twice
 * and a whole number of decimals. Each scale's `vanaf` bounds must fall strictly from best to worst
 * class and end in exactly one class with `vanaf: null`, so that every number falls in exactly one class.
 */
export function validateMapping(mapping: ConversionMapping): void {
  if (!Number.isInteger(mapping.afronding?.decimalen) || mapping.afronding.decimalen < 0) {
    throw new Error(`Invalid mapping: afronding.decimalen must be a whole number ≥ 0, got ${mapping.afronding?.decimalen}.`);
  }
  if (!mapping.invoer?.sleutelkolom || !mapping.invoer.indelingkolom) {
    throw new Error('Invalid mapping: invoer.sleutelkolom and invoer.indelingkolom are required.');
  }

  const ids = new Set<string>();
  const columns = new Set<string>();
  for (const thema of mapping.themas) {
    requireUniqueId(ids, thema.id, 'thema');
    for (const deelthema of thema.deelthemas) {
      requireUniqueId(ids, deelthema.id, 'deelthema');
      for (const indicator of deelthema.indicatoren) {
        if (indicator.richting !== '+' && indicator.richting !== '-') {
          throw new Error(
            `Invalid mapping: indicator ${indicator.kolom} of deelthema ${deelthema.id} has richting "${indicator.richting}"; use "+" or "-".`,
          );
        }
        if (columns.has(indicator.kolom)) {
          throw new Error(`Invalid mapping: column ${indicator.kolom} is mapped twice; map each column to one deelthema.`);
        }
        columns.add(indicator.kolom);
      }
    }
  }

  validateScale(mapping.schalen?.situatie, 'situatie');
  validateScale(mapping.schalen?.ontwikkeling, 'ontwikkeling');
}

function requireUniqueId(ids: Set<string>, id: string, kind: string): void {
  if (!id) {
    throw new Error(`Invalid mapping: a ${kind} has no id.`);
  }
  if (ids.has(id)) {
    throw new Error(`Invalid mapping: id "${id}" is used twice; thema and deelthema ids must be unique.`);
  }
  ids.add(id);
}

function validateScale(scale: ScaleInput | undefined, name: string): void {
  const classes = scale?.klassen ?? [];
  if (classes.length === 0) {
    throw new Error(`Invalid mapping: schalen.${name} has no klassen.`);
  }

  const last = classes[classes.length - 1];
  if (last.vanaf != null) {
    throw new Error(`Invalid mapping: the last class of schalen.${name} ("${last.id}") must have vanaf null, so that it catches every lower number.`);
  }

  for (let index = 0; index < classes.length - 1; index++) {
    const bound = classes[index].vanaf;
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      throw new Error(`Invalid mapping: class "${classes[index].id}" of schalen.${name} needs a numeric vanaf.`);
    }
    const next = classes[index + 1].vanaf;
    if (typeof next === 'number' && next >= bound) {
      throw new Error(
        `Invalid mapping: vanaf of schalen.${name} must fall from best to worst class, but "${classes[index + 1].id}" (${next}) is not below "${classes[index].id}" (${bound}).`,
      );
    }
  }
}
