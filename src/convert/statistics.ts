/**
 * Small statistics helpers. Every function skips null and treats no input as "unknown" (null), never
 * as 0.
 */

/** Arithmetic mean of the non-null numbers, or null when there are none. */
export function meanOfAvailable(values: readonly (number | null)[]): number | null {
  const available = values.filter((value): value is number => value !== null);
  if (available.length === 0) {
    return null;
  }
  let sum = 0;
  for (const value of available) {
    sum += value;
  }
  return sum / available.length;
}

/**
 * Sample standard deviation (divisor n − 1) of the non-null numbers. Returns null for fewer than two
 * numbers and for a deviation of 0, because neither can scale a z-score.
 */
export function sampleStandardDeviation(values: readonly (number | null)[]): number | null {
  const available = values.filter((value): value is number => value !== null);
  if (available.length < 2) {
    return null;
  }
  const mean = meanOfAvailable(available) as number;
  let sumOfSquares = 0;
  for (const value of available) {
    sumOfSquares += (value - mean) ** 2;
  }
  const deviation = Math.sqrt(sumOfSquares / (available.length - 1));
  return deviation > 0 ? deviation : null;
}

/**
 * Rounds to `decimals` places with halves away from zero, so that 0.125 and −0.125 round to the same
 * magnitude. Works on the binary value: 1.005 is stored as 1.00499… and rounds to 1. Never returns −0.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
