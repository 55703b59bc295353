/**
 * Default colours of the charts: the fallbacks behind the `--wbm-*` custom properties, so that a
 * chart looks the same with and without JavaScript. The class colours keep white text and white
 * slice borders at 4.5:1 or more.
 */

/** Fill per rating class name, as `ratingClass()` returns it. */
export const CLASS_COLORS = {
  'rating-plus-3': '#0f5a2e',
  'rating-plus-2': '#1b6b3a',
  'rating-plus-1': '#2a7a46',
  'rating-neutral': '#5f6b7a',
  'rating-minus-1': '#b83d1c',
  'rating-minus-2': '#9c3014',
  'rating-minus-3': '#7d240c',
  'no-data': '#ffffff',
} as const;

export type RatingClassName = keyof typeof CLASS_COLORS;

/** Custom property that overrides each class fill. */
export const CLASS_COLOR_PROPERTIES: Record<RatingClassName, string> = {
  'rating-plus-3': '--wbm-class-plus-3-color',
  'rating-plus-2': '--wbm-class-plus-2-color',
  'rating-plus-1': '--wbm-class-plus-1-color',
  'rating-neutral': '--wbm-class-neutral-color',
  'rating-minus-1': '--wbm-class-minus-1-color',
  'rating-minus-2': '--wbm-class-minus-2-color',
  'rating-minus-3': '--wbm-class-minus-3-color',
  'no-data': '--wbm-no-data-color',
};

/**
 * Colours of the other parts of a profieltaart, used by the static SVG renderer. The element's
 * styles repeat them as CSS fallbacks; test/render/profile-svg.test.ts checks that both agree.
 */
export const CHART_COLORS = {
  text: '#1a1a1a',
  mutedText: '#4a4a4a',
  onClassText: '#ffffff',
  sliceBorder: '#ffffff',
  noDataBorder: '#5f6b7a',
  pattern: '#ffffff',
  marker: '#ffffff',
  markerBorder: '#1a1a1a',
  leader: '#767676',
} as const;
