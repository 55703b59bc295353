/** The part of a slice that a transition moves: its angles and radii. */
export interface ArcShape {
  id: string;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  padAngle: number;
  /** Radius at which `padAngle` is measured; the outer radius when absent. */
  padRadius?: number;
}

/** Tolerances of d3-shape 3.2 (angles and radii) and of d3-path 3.1 (points and arcs). */
const SHAPE_EPSILON = 1e-12;
const PATH_EPSILON = 1e-6;
/** Slices narrower than this, in radians, draw nothing. */
const ZERO_ANGLE = 1e-6;
const PI = Math.PI;
const HALF_PI = PI / 2;
const TAU = 2 * PI;

/** Numbers per slice in an `ArcTween`'s buffers, in `ArcShape` field order. */
const FIELDS = 6;

/** `Math.asin` clamped to its domain, as d3-shape uses it. */
function asin(x: number): number {
  if (x >= 1) return HALF_PI;
  if (x <= -1) return -HALF_PI;
  return Math.asin(x);
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Rounds a path coordinate to 3 decimals, as d3-shape's `arc()` does by default (d3-shape 3.2). */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** End point of the path that `appendArc` last extended, unrounded; module state so that no call allocates. */
let currentX = 0;
let currentY = 0;

/**
 * Appends a circular arc around the origin to `path`, after a line from the current point
 * (`currentX`, `currentY`) when the arc starts elsewhere, and moves the current point to its end.
 * Mirrors `Path.arc` of d3-path 3.1 with 3 digits.
 */
function appendArc(path: string, radius: number, a0: number, a1: number, ccw: boolean): string {
  const dx = radius * Math.cos(a0);
  const dy = radius * Math.sin(a0);
  const sweep = ccw ? 0 : 1;
  let da = ccw ? a0 - a1 : a1 - a0;

  if (Math.abs(currentX - dx) > PATH_EPSILON || Math.abs(currentY - dy) > PATH_EPSILON) {
    path += `L${round(dx)},${round(dy)}`;
    currentX = dx;
    currentY = dy;
  }
  if (!radius) return path;

  if (da < 0) da = (da % TAU) + TAU;
  const r = round(radius);
  if (da > TAU - PATH_EPSILON) {
    currentX = dx;
    currentY = dy;
    return `${path}A${r},${r},0,1,${sweep},${round(-dx)},${round(-dy)}A${r},${r},0,1,${sweep},${round(dx)},${round(dy)}`;
  }
  if (!(da > PATH_EPSILON)) return path;

  const x1 = radius * Math.cos(a1);
  const y1 = radius * Math.sin(a1);
  // Start and end points that round to the same point need two arcs, or the renderer draws nothing.
  if (da >= PI && round(dx) === round(x1) && round(dy) === round(y1)) {
    da /= 2;
    // d3-path adds the half angle in either direction; kept so that the output stays identical.
    const middle = a0 + da;
    path += `A${r},${r},0,${da >= PI ? 1 : 0},${sweep},${round(radius * Math.cos(middle))},${round(radius * Math.sin(middle))}`;
  }
  currentX = x1;
  currentY = y1;
  return `${path}A${r},${r},0,${da >= PI ? 1 : 0},${sweep},${round(x1)},${round(y1)}`;
}

function moveTo(x: number, y: number): string {
  currentX = x;
  currentY = y;
  return `M${round(x)},${round(y)}`;
}

/**
 * Builds the SVG path of an annular sector, exactly as d3-shape 3.2's `arc()` without corner radius
 * draws it: angles in radians clockwise from 12 o'clock, `padAngle` measured at `padRadius`, numbers
 * rounded to 3 decimals. Unlike `arc()` it creates no generator and no path object, so a transition
 * can call it for every slice in every frame.
 */
export function sectorPath(
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
  padAngle: number,
  padRadius: number,
): string {
  let r0 = innerRadius;
  let r1 = outerRadius;
  if (r1 < r0) [r0, r1] = [r1, r0];
  const a0 = startAngle - HALF_PI;
  const a1 = endAngle - HALF_PI;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;

  if (!(r1 > SHAPE_EPSILON)) return 'M0,0Z';

  if (da > TAU - SHAPE_EPSILON) {
    let path = appendArc(moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0)), r1, a0, a1, !cw);
    if (r0 > SHAPE_EPSILON) path = appendArc(path + moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1)), r0, a1, a0, cw);
    return `${path}Z`;
  }

  let a01 = a0;
  let a11 = a1;
  let a00 = a0;
  let a10 = a1;
  let da0 = da;
  let da1 = da;
  const ap = padAngle / 2;
  const rp = ap > SHAPE_EPSILON ? padRadius : 0;
  if (rp > SHAPE_EPSILON) {
    let p0 = asin((rp / r0) * Math.sin(ap));
    let p1 = asin((rp / r1) * Math.sin(ap));
    if ((da0 -= p0 * 2) > SHAPE_EPSILON) {
      p0 *= cw ? 1 : -1;
      a00 += p0;
      a10 -= p0;
    } else {
      da0 = 0;
      a00 = a10 = (a0 + a1) / 2;
    }
    if ((da1 -= p1 * 2) > SHAPE_EPSILON) {
      p1 *= cw ? 1 : -1;
      a01 += p1;
      a11 -= p1;
    } else {
      da1 = 0;
      a01 = a11 = (a0 + a1) / 2;
    }
  }

  const x01 = r1 * Math.cos(a01);
  const y01 = r1 * Math.sin(a01);
  const x10 = r0 * Math.cos(a10);
  const y10 = r0 * Math.sin(a10);

  let path = moveTo(x01, y01);
  if (da1 > SHAPE_EPSILON) path = appendArc(path, r1, a01, a11, !cw);

  if (!(r0 > SHAPE_EPSILON) || !(da0 > SHAPE_EPSILON)) return `${path}L${round(x10)},${round(y10)}Z`;
  return `${appendArc(path, r0, a10, a00, cw)}Z`;
}

/** SVG path of a slice, drawn exactly as d3-shape's `arc()` draws it; an empty string for zero angle. */
export function arcShapePath(shape: ArcShape): string {
  if (!(Math.abs(shape.endAngle - shape.startAngle) > ZERO_ANGLE)) return '';
  return sectorPath(shape.startAngle, shape.endAngle, shape.innerRadius, shape.outerRadius, shape.padAngle, shape.padRadius ?? shape.outerRadius);
}

/**
 * The frames between two sets of slices, matched by id. Slices only in `to` grow from zero angle at
 * their middle; slices only in `from` shrink to zero angle there and are `exiting`. Indexes below
 * `to.length` are the target slices in their order, the exiting ones follow. Every number is kept
 * finite, so no frame can produce NaN in a path, and at t = 1 each target slice has exactly its
 * target shape. The shapes sit in two flat buffers, so a frame allocates nothing but path strings.
 */
export class ArcTween {
  /** Slice id per index. */
  readonly ids: readonly string[];
  /** Number of target slices; the indexes from here on are exiting slices. */
  readonly targetCount: number;

  private readonly from: Float64Array;
  private readonly to: Float64Array;
  /** 1 where a slice has the same shape at both ends, so no frame needs to redraw it. */
  private readonly still: Uint8Array;

  constructor(from: readonly ArcShape[], to: readonly ArcShape[]) {
    const previous = new Map(from.map((shape) => [shape.id, shape]));
    const targetIds = new Set(to.map((shape) => shape.id));
    const leaving = from.filter((shape) => !targetIds.has(shape.id));

    this.ids = [...to.map((shape) => shape.id), ...leaving.map((shape) => shape.id)];
    this.targetCount = to.length;
    const count = this.ids.length;
    this.from = new Float64Array(count * FIELDS);
    this.to = new Float64Array(count * FIELDS);
    this.still = new Uint8Array(count);

    to.forEach((target, index) => {
      const start = previous.get(target.id);
      writeShape(this.to, index, target, false);
      if (start) writeShape(this.from, index, start, false);
      else writeShape(this.from, index, target, true);
    });
    leaving.forEach((shape, offset) => {
      const index = to.length + offset;
      writeShape(this.from, index, shape, false);
      writeShape(this.to, index, shape, true);
    });

    for (let index = 0; index < count; index++) {
      let same = 1;
      for (let field = index * FIELDS; field < (index + 1) * FIELDS; field++) {
        if (this.from[field] !== this.to[field]) same = 0;
      }
      this.still[index] = same;
    }
  }

  /** True when slice `index` does not move, so its path is the same in every frame. */
  isStill(index: number): boolean {
    return this.still[index] === 1;
  }

  /** True when slice `index` is no longer in the target layout and shrinks away. */
  isExiting(index: number): boolean {
    return index >= this.targetCount;
  }

  /** SVG path of slice `index` at eased progress `t` (clamped to [0, 1]); empty at zero angle. */
  path(index: number, t: number): string {
    const progress = Math.min(1, Math.max(0, finite(t, 1)));
    const base = index * FIELDS;
    const from = this.from;
    const to = this.to;
    const startAngle = from[base] + (to[base] - from[base]) * progress;
    const endAngle = from[base + 1] + (to[base + 1] - from[base + 1]) * progress;
    if (!(Math.abs(endAngle - startAngle) > ZERO_ANGLE)) return '';
    return sectorPath(
      startAngle,
      endAngle,
      from[base + 2] + (to[base + 2] - from[base + 2]) * progress,
      from[base + 3] + (to[base + 3] - from[base + 3]) * progress,
      from[base + 4] + (to[base + 4] - from[base + 4]) * progress,
      from[base + 5] + (to[base + 5] - from[base + 5]) * progress,
    );
  }

  /** Shape of slice `index` at eased progress `t`; at t = 1 a target slice has its exact target numbers. */
  shape(index: number, t: number): ArcShape {
    const progress = Math.min(1, Math.max(0, finite(t, 1)));
    const base = index * FIELDS;
    const value = (field: number) => {
      const start = this.from[base + field];
      const end = this.to[base + field];
      return progress === 1 ? end : start + (end - start) * progress;
    };
    return {
      id: this.ids[index],
      startAngle: value(0),
      endAngle: value(1),
      innerRadius: value(2),
      outerRadius: value(3),
      padAngle: value(4),
      padRadius: value(5),
    };
  }
}

/**
 * Writes `shape` into slot `index` of `buffer` with every number finite and radii not negative.
 * A `collapsed` shape has zero angle at its middle: where an entering slice starts and an exiting
 * one ends.
 */
function writeShape(buffer: Float64Array, index: number, shape: ArcShape, collapsed: boolean): void {
  const base = index * FIELDS;
  const startAngle = finite(shape.startAngle);
  const endAngle = finite(shape.endAngle);
  const middle = (startAngle + endAngle) / 2;
  buffer[base] = collapsed ? middle : startAngle;
  buffer[base + 1] = collapsed ? middle : endAngle;
  buffer[base + 2] = Math.max(0, finite(shape.innerRadius));
  buffer[base + 3] = Math.max(0, finite(shape.outerRadius));
  buffer[base + 4] = collapsed ? 0 : Math.max(0, finite(shape.padAngle));
  buffer[base + 5] = Math.max(0, finite(shape.padRadius ?? shape.outerRadius));
}

/** Cubic ease-in-out of t in [0, 1]. */
export function easeCubicInOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}
