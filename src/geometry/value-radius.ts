import { arc } from 'd3-shape';

/** Thinnest band, in px, drawn for a value on the zero line, so a slice of exactly 0 stays visible. */
const MIN_BAND = 2;

/**
 * Maps `value` linearly from the monitor's fixed `domain` to a radius between `inner` and `outer`,
 * clamping values outside the domain to its ends. The domain comes from `monitor.values.domain`,
 * never from the values of one profile, so a radius does not change when other deelthema's are
 * added or removed. A degenerate domain or a non-finite value maps to `inner`.
 */
export function valueRadius(value: number, domain: readonly [number, number], inner: number, outer: number): number {
  const [min, max] = domain;
  if (!Number.isFinite(value) || !Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) return inner;

  const clamped = Math.min(max, Math.max(min, value));
  return inner + ((clamped - min) / (max - min)) * (outer - inner);
}

/** Radii of a slice that encodes its value: from the zero line outward for positive values, inward for negative ones. */
export interface ValueBand {
  innerRadius: number;
  outerRadius: number;
  /** Radius of value 0, clamped into the domain: the visible zero line. */
  zeroRadius: number;
}

/** Computes the radial band of a value: between the zero line and the value's radius, at least `MIN_BAND` px thick. */
export function valueBand(value: number, domain: readonly [number, number], inner: number, outer: number): ValueBand {
  const zeroRadius = valueRadius(0, domain, inner, outer);
  const radius = valueRadius(value, domain, inner, outer);
  let innerRadius = Math.min(zeroRadius, radius);
  let outerRadius = Math.max(zeroRadius, radius);

  if (outerRadius - innerRadius < MIN_BAND) {
    // A value on the zero line (or clamped to it) becomes a thin band that stays inside the ring.
    innerRadius = Math.max(inner, zeroRadius - MIN_BAND / 2);
    outerRadius = Math.min(outer, innerRadius + MIN_BAND);
    innerRadius = outerRadius - MIN_BAND;
  }
  return { innerRadius, outerRadius, zeroRadius };
}

/**
 * Builds the SVG path of an annular sector between two angles (radians, clockwise from 12 o'clock)
 * and two radii. `padAngle` is measured at `padRadius`. Pass the ring's outer radius there, so
 * that bands of different lengths keep the gap of the fixed ring.
 */
export function bandPath(
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
  padAngle = 0,
  padRadius = outerRadius,
): string {
  const shape = arc<unknown>()
    .innerRadius(innerRadius)
    .outerRadius(outerRadius)
    .startAngle(startAngle)
    .endAngle(endAngle)
    .padAngle(padAngle)
    .padRadius(padRadius);
  return shape(null) ?? '';
}
