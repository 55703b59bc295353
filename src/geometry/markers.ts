/** Trend marker shapes: the development shown by shape, not only by colour. */
export type TrendShape = 'up' | 'down' | 'level';

/** Chooses the shape for an ontwikkeling class by its rating: better, worse or about the same. */
export function trendShape(rating: number): TrendShape {
  if (rating > 0) return 'up';
  if (rating < 0) return 'down';
  return 'level';
}

/** SVG path of a trend marker of `size` px, centred on the origin. */
export function trendMarkerPath(shape: TrendShape, size: number): string {
  const half = size / 2;
  const third = size / 3;

  switch (shape) {
    case 'up':
      return `M0,${-half}L${half},${third}L${-half},${third}Z`;
    case 'down':
      return `M0,${half}L${half},${-third}L${-half},${-third}Z`;
    case 'level':
      // An equals sign, so it cannot be read as a minus.
      return (
        `M${-half},${-size * 0.3}H${half}V${-size * 0.08}H${-half}Z` +
        `M${-half},${size * 0.08}H${half}V${size * 0.3}H${-half}Z`
      );
  }
}
