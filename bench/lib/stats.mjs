/** Summary statistics over rounds: medians with their range, and ratios taken within one round. */

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `{ median, min, max, count }` of the finite values; null fields when there are none. */
export function summarize(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
    count: finite.length,
  };
}

/**
 * Ratio of `numerator` to `denominator` in each round where both are finite and the denominator is
 * positive, summarised over rounds. Rounds are the unit because load on the machine changes between
 * them; within a round the libraries ran minutes apart at most.
 */
export function roundRatios(numerator, denominator) {
  const ratios = [];
  for (let round = 0; round < Math.min(numerator.length, denominator.length); round++) {
    const top = numerator[round];
    const bottom = denominator[round];
    if (Number.isFinite(top) && Number.isFinite(bottom) && bottom > 0) ratios.push(top / bottom);
  }
  return summarize(ratios);
}
