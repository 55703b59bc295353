import type { ScaleClass } from '../../model/types.js';

/**
 * CSS class for a scale class, by its rating: `rating-plus-2`, `rating-neutral`, `rating-minus-1`;
 * `no-data` when the class is unknown. Colours and patterns hang on these names, so any number of
 * classes in the data maps onto the same seven tokens.
 */
export function ratingClass(klasse: ScaleClass | null): string {
  if (!klasse) return 'no-data';

  const rating = Math.max(-3, Math.min(3, Math.round(klasse.rating)));
  if (rating > 0) return `rating-plus-${rating}`;
  if (rating < 0) return `rating-minus-${-rating}`;
  return 'rating-neutral';
}

/** Pattern drawn over a slice so that classes differ by more than colour; null for none. */
export function ratingPattern(klasse: ScaleClass | null): 'dots' | 'hatch' | 'no-data' | null {
  if (!klasse) return 'no-data';
  if (klasse.rating > 0) return 'dots';
  if (klasse.rating < 0) return 'hatch';
  return null;
}
