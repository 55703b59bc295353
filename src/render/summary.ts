import type { SummaryCounts } from '../i18n/catalog.js';
import type { GebiedResult, Monitor } from '../model/types.js';

/** Counts the deelthema's of a result above and below average, without data, improved and declined. */
export function countSummary(monitor: Monitor, result: GebiedResult): SummaryCounts {
  const counts: SummaryCounts = {
    deelthemas: 0,
    above: 0,
    below: 0,
    noData: 0,
    improved: 0,
    declined: 0,
    hasDevelopment: false,
  };

  for (const thema of monitor.themas) {
    for (const deelthema of thema.deelthemas) {
      counts.deelthemas++;
      const score = result.deelthemas.get(deelthema.id);
      if (!score || score.value === null) {
        counts.noData++;
      } else if (score.klasse && score.klasse.rating > 0) {
        counts.above++;
      } else if (score.klasse && score.klasse.rating < 0) {
        counts.below++;
      }

      if (score?.ontwikkeling) {
        counts.hasDevelopment = true;
        if (score.ontwikkeling.rating > 0) counts.improved++;
        if (score.ontwikkeling.rating < 0) counts.declined++;
      }
    }
  }
  return counts;
}
