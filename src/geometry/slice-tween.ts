import { arc } from 'd3-shape';
import { interpolateNumberArray } from 'd3-interpolate';
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

/** Slices narrower than this, in radians, draw nothing. */
const ZERO_ANGLE = 1e-6;

/** Numbers per slice in an `ArcTween`'s buffers, in `ArcShape` field order. */
const FIELDS = 6;

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

/** One arc generator for every slice path; `padAngle` is measured at the outer radius unless a shape gives its own. */
const sector = arc<ArcShape>().padRadius((shape) => shape.padRadius ?? shape.outerRadius);

/** SVG path of a slice, drawn by d3-shape's `arc()`; an empty string for zero angle. */
export function arcShapePath(shape: ArcShape): string {
  if (!(Math.abs(shape.endAngle - shape.startAngle) > ZERO_ANGLE)) return '';
  return sector(shape) ?? '';
}

/**
 * The frames between two sets of slices, matched by id. Slices only in `to` grow from zero angle at
 * their middle; slices only in `from` shrink to zero angle there and are `exiting`. Indexes below
 * `to.length` are the target slices in their order, the exiting ones follow. Every number is kept
 * finite, so no frame can produce NaN in a path, and at t = 1 each target slice has exactly its
 * target shape. The shapes sit in flat buffers that d3-interpolate blends into one reused frame
 * buffer, and one d3-shape arc generator draws every path, so a frame allocates little besides them.
 */
export class ArcTween {
  /** Slice id per index. */
  readonly ids: readonly string[];
  /** Number of target slices; the indexes from here on are exiting slices. */
  readonly targetCount: number;

  private readonly from: Float64Array;
  private readonly to: Float64Array;
  /** Every slice's numbers at a progress; d3-interpolate fills and returns one reused buffer. */
  private readonly interpolate: (t: number) => Float64Array;
  private frameProgress = -1;
  private frame: Float64Array | null = null;
  /** The shape handed to the arc generator, rewritten for every path so that a frame allocates no shapes. */
  private readonly scratch: ArcShape = { id: '', startAngle: 0, endAngle: 0, innerRadius: 0, outerRadius: 0, padAngle: 0, padRadius: 0 };
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
    this.interpolate = interpolateNumberArray(this.from, this.to);
  }

  /** Returns the buffer of every slice's numbers at progress `t` (clamped to [0, 1]), computed once per progress. */
  private at(t: number): Float64Array {
    const progress = Math.min(1, Math.max(0, finite(t, 1)));
    if (this.frame === null || progress !== this.frameProgress) {
      this.frame = this.interpolate(progress);
      this.frameProgress = progress;
    }
    return this.frame;
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
    const values = this.at(t);
    const base = index * FIELDS;
    const shape = this.scratch;
    shape.startAngle = values[base];
    shape.endAngle = values[base + 1];
    shape.innerRadius = values[base + 2];
    shape.outerRadius = values[base + 3];
    shape.padAngle = values[base + 4];
    shape.padRadius = values[base + 5];
    return arcShapePath(shape);
  }

  /** Shape of slice `index` at eased progress `t`; at t = 1 a target slice has its exact target numbers. */
  shape(index: number, t: number): ArcShape {
    const values = this.at(t);
    const base = index * FIELDS;
    return {
      id: this.ids[index],
      startAngle: values[base],
      endAngle: values[base + 1],
      innerRadius: values[base + 2],
      outerRadius: values[base + 3],
      padAngle: values[base + 4],
      padRadius: values[base + 5],
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
