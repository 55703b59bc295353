import { arc } from 'd3-shape';
import { interpolateNumber } from 'd3-interpolate';

/** The part of a slice that a transition moves: its angles and radii. */
export interface ArcShape {
  id: string;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  padAngle: number;
}

/** One slice in one frame of a transition. `exiting` slices are no longer in the target layout. */
export interface TweenedArc extends ArcShape {
  exiting: boolean;
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Copies a shape with every number finite, so no frame can produce NaN in a path. */
function sanitize(shape: ArcShape): ArcShape {
  return {
    id: shape.id,
    startAngle: finite(shape.startAngle),
    endAngle: finite(shape.endAngle),
    innerRadius: Math.max(0, finite(shape.innerRadius)),
    outerRadius: Math.max(0, finite(shape.outerRadius)),
    padAngle: Math.max(0, finite(shape.padAngle)),
  };
}

/** The same slice with zero angle at its middle: where an entering slice starts and an exiting one ends. */
function collapsed(shape: ArcShape): ArcShape {
  const middle = (shape.startAngle + shape.endAngle) / 2;
  return { ...shape, startAngle: middle, endAngle: middle, padAngle: 0 };
}

function interpolateShape(from: ArcShape, to: ArcShape): (t: number) => ArcShape {
  const start = interpolateNumber(from.startAngle, to.startAngle);
  const end = interpolateNumber(from.endAngle, to.endAngle);
  const inner = interpolateNumber(from.innerRadius, to.innerRadius);
  const outer = interpolateNumber(from.outerRadius, to.outerRadius);
  const pad = interpolateNumber(from.padAngle, to.padAngle);
  return (t) => ({
    id: to.id,
    startAngle: start(t),
    endAngle: end(t),
    innerRadius: inner(t),
    outerRadius: outer(t),
    padAngle: pad(t),
  });
}

/**
 * Builds the frames between two sets of slices, matched by id. Slices only in `to` grow from zero
 * angle at their middle; slices only in `from` shrink to zero angle and are marked `exiting`. At
 * t = 1 every target slice has exactly its target shape, and `t` is clamped to [0, 1].
 */
export function tweenArcs(from: readonly ArcShape[], to: readonly ArcShape[]): (t: number) => TweenedArc[] {
  const previous = new Map(from.map((shape) => [shape.id, sanitize(shape)]));
  const targets = to.map(sanitize);
  const targetIds = new Set(targets.map((shape) => shape.id));

  const moving = targets.map((target) => interpolateShape(previous.get(target.id) ?? collapsed(target), target));
  const leaving = [...previous.values()]
    .filter((shape) => !targetIds.has(shape.id))
    .map((shape) => interpolateShape(shape, collapsed(shape)));

  return (t) => {
    const progress = Math.min(1, Math.max(0, finite(t, 1)));
    if (progress === 1) {
      return targets.map((shape) => ({ ...shape, exiting: false }));
    }
    return [
      ...moving.map((frame) => ({ ...frame(progress), exiting: false })),
      ...leaving.map((frame) => ({ ...frame(progress), exiting: true })),
    ];
  };
}

/** SVG path of a slice, drawn exactly as `layoutProfile` draws it; an empty string for zero angle. */
export function arcShapePath(shape: ArcShape): string {
  if (!(Math.abs(shape.endAngle - shape.startAngle) > 1e-6)) return '';
  const path = arc<ArcShape>()
    .innerRadius(shape.innerRadius)
    .outerRadius(shape.outerRadius)
    .padAngle(shape.padAngle)
    .padRadius(shape.outerRadius)(shape);
  return path ?? '';
}

/** Cubic ease-in-out of t in [0, 1]. */
export function easeCubicInOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}
