/**
 * The scoring: z-scores of indicators against the gemeente, development since the previous edition,
 * means up the deelthema → thema → totaal tree, and the rounded, classified `ScoreInput`.
 * docs/scoring.md describes the same rules for readers of the data.
 */

import type { ScaleInput, ScoreInput } from '../model/types.js';
import { classify } from './classify.js';
import type { EditionTable } from './csv.js';
import type { Richting } from './mapping.js';
import { meanOfAvailable, roundHalfAwayFromZero, sampleStandardDeviation } from './statistics.js';

/** Reason codes that the converter writes for a missing value or development. */
export type MissingReason = 'geen-gegevens' | 'geen-vorige-editie';

/** A score at full precision, with the reason for each missing part. */
export interface RawScore {
  value: number | null;
  /** Null exactly when `value` is present. */
  reason: MissingReason | null;
  development: number | null;
  /** Null exactly when `development` is present. */
  developmentReason: MissingReason | null;
}

/** Reference figures of one indicator in one jaar. */
export interface IndicatorStatistics {
  /** Value of the gemeente row, or null when it is missing. */
  cityValue: number | null;
  /** Sample standard deviation over the buurten with a value, or null when it cannot be computed. */
  standardDeviation: number | null;
  /** False when no gebied has a value, i.e. the edition did not measure this indicator. */
  measured: boolean;
}

/** Computes the gemeente value and the spread over `buurtCodes` of one column. */
export function computeIndicatorStatistics(
  table: EditionTable,
  column: string,
  gemeenteCode: string,
  buurtCodes: readonly string[],
): IndicatorStatistics {
  const cityValue = table.rows.get(gemeenteCode)?.get(column) ?? null;
  const buurtValues = buurtCodes.map((code) => table.rows.get(code)?.get(column) ?? null);

  let measured = false;
  for (const row of table.rows.values()) {
    if ((row.get(column) ?? null) !== null) {
      measured = true;
      break;
    }
  }

  return { cityValue, standardDeviation: sampleStandardDeviation(buurtValues), measured };
}

export interface IndicatorObservation {
  richting: Richting;
  /** The gebied's value in this jaar, or null. */
  value: number | null;
  statistics: IndicatorStatistics;
  /** The gebied's value and the statistics of the previous edition, or null in the first edition. */
  previous: { value: number | null; statistics: IndicatorStatistics } | null;
}

/**
 * Scores one indicator of one gebied.
 *
 * value = s · (x − x_gemeente) / sd, and development = s · (x − x_previous) / sd_previous, where sd is
 * the standard deviation over the buurten of that jaar and s is −1 when lower is better, else 1.
 */
export function scoreIndicator(observation: IndicatorObservation): RawScore {
  const sign = observation.richting === '-' ? -1 : 1;
  const { cityValue, standardDeviation } = observation.statistics;

  let value: number | null = null;
  if (observation.value !== null && cityValue !== null && standardDeviation !== null) {
    value = (sign * (observation.value - cityValue)) / standardDeviation;
  }

  const previous = observation.previous;
  let development: number | null = null;
  let developmentReason: MissingReason | null;
  if (previous === null || !previous.statistics.measured) {
    developmentReason = 'geen-vorige-editie';
  } else if (observation.value !== null && previous.value !== null && previous.statistics.standardDeviation !== null) {
    development = (sign * (observation.value - previous.value)) / previous.statistics.standardDeviation;
    developmentReason = null;
  } else {
    developmentReason = 'geen-gegevens';
  }

  return { value, reason: value === null ? 'geen-gegevens' : null, development, developmentReason };
}

/**
 * Combines child scores (indicators of a deelthema, deelthema's of a thema, themas of the totaal) into
 * their unweighted mean. A missing child is left out of the mean and never counts as 0. Without any
 * available child the value is missing with `geen-gegevens`.
 *
 * A missing development gets `geen-vorige-editie` when there is no previous edition or when every
 * child lacks one for that reason, and `geen-gegevens` otherwise (also for a node without children).
 */
export function combineScores(children: readonly RawScore[], hasPreviousEdition: boolean): RawScore {
  const value = meanOfAvailable(children.map((child) => child.value));
  const development = meanOfAvailable(children.map((child) => child.development));

  let developmentReason: MissingReason | null = null;
  if (development === null) {
    const noPreviousData =
      !hasPreviousEdition ||
      (children.length > 0 && children.every((child) => child.developmentReason === 'geen-vorige-editie'));
    developmentReason = noPreviousData ? 'geen-vorige-editie' : 'geen-gegevens';
  }

  return { value, reason: value === null ? 'geen-gegevens' : null, development, developmentReason };
}

/**
 * Rounds a score to `decimals` places and classifies the rounded numbers, so that the stored class
 * always matches the stored number. Keys are written in a fixed order for a stable JSON file.
 */
export function toScoreInput(
  score: RawScore,
  scales: { situatie: ScaleInput; ontwikkeling: ScaleInput },
  decimals: number,
): ScoreInput {
  const output: ScoreInput = {};

  if (score.value === null) {
    output.waarde = null;
    output.reden = score.reason ?? 'geen-gegevens';
  } else {
    const rounded = roundHalfAwayFromZero(score.value, decimals);
    output.waarde = rounded;
    output.klasse = classify(rounded, scales.situatie);
  }

  if (score.development === null) {
    output.ontwikkelingReden = score.developmentReason ?? 'geen-gegevens';
  } else {
    const rounded = roundHalfAwayFromZero(score.development, decimals);
    output.verschil = rounded;
    output.ontwikkeling = classify(rounded, scales.ontwikkeling);
  }

  return output;
}
