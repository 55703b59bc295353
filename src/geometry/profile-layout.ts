import { arc, pie, type PieArcDatum } from 'd3-shape';

/** One thema as the layout needs it: its id and its deelthema ids, in drawing order. */
export interface ThemaShape {
  id: string;
  deelthemas: string[];
}

export interface Slice {
  id: string;
  /** Index in the order that keyboard navigation follows: themes first, then deelthema's. */
  order: number;
  themaIndex: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** Gap between neighbouring slices, in radians, measured at the outer radius. */
  padAngle: number;
  /** SVG path data, relative to the chart centre. */
  path: string;
  /** Point in the middle of the slice, relative to the centre. */
  centroid: [number, number];
}

export interface LabelSlot {
  /** Deelthema id. */
  id: string;
  /** Point on the outer edge of the slice where the leader line starts. */
  anchor: [number, number];
  /** Bend of the leader line, just outside the ring. */
  elbow: [number, number];
  /** Baseline start (side 1) or end (side −1) of the label text. */
  position: [number, number];
  side: 1 | -1;
  /** Horizontal room for the text, in px. */
  maxWidth: number;
}

export interface ProfileLayout {
  width: number;
  height: number;
  /** Chart centre in the viewBox. */
  center: [number, number];
  radius: { total: number; themaInner: number; themaOuter: number; deelthemaInner: number; deelthemaOuter: number };
  /** True when deelthema names are drawn around the chart; false when the chart is too narrow for them. */
  outerLabels: boolean;
  themas: Slice[];
  deelthemas: Slice[];
  labels: LabelSlot[];
}

export interface LayoutOptions {
  /** Line height of outer labels, in px. */
  lineHeight?: number;
  /** Narrower containers get no outer labels. */
  minWidthForLabels?: number;
}

const DEFAULT_WIDTH = 320;
const MIN_WIDTH = 120;
const MAX_RADIUS = 220;
/** Gap between neighbouring slices, in radians, measured at the ring's outer radius. */
export const PAD_ANGLE = 0.012;

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

function equalPie(startAngle: number, endAngle: number, count: number): PieArcDatum<number>[] {
  const layout = pie<number>()
    .sort(null)
    .value(() => 1)
    .startAngle(startAngle)
    .endAngle(endAngle);
  return layout(Array.from({ length: count }, (_, index) => index));
}

function polar(angle: number, radius: number): [number, number] {
  return [Math.sin(angle) * radius, -Math.cos(angle) * radius];
}

function makeSlice(
  datum: PieArcDatum<number>,
  id: string,
  order: number,
  themaIndex: number,
  innerRadius: number,
  outerRadius: number,
  padAngle: number,
): Slice {
  const shape = arc<PieArcDatum<number>>()
    .innerRadius(innerRadius)
    .outerRadius(outerRadius)
    .padAngle(padAngle)
    .padRadius(outerRadius);
  const centroid = shape.centroid(datum);

  return {
    id,
    order,
    themaIndex,
    startAngle: datum.startAngle,
    endAngle: datum.endAngle,
    innerRadius,
    outerRadius,
    padAngle,
    path: shape(datum) ?? '',
    centroid: [centroid[0], centroid[1]],
  };
}

/**
 * Spreads label slots on one side so that no two are closer than `lineHeight`, keeping each as near
 * its own slice as the others allow, and inside [top, bottom].
 */
function relaxSide(slots: LabelSlot[], lineHeight: number, top: number, bottom: number): void {
  slots.sort((a, b) => a.position[1] - b.position[1]);

  for (let index = 0; index < slots.length; index++) {
    const minimum = index === 0 ? top : slots[index - 1].position[1] + lineHeight;
    if (slots[index].position[1] < minimum) slots[index].position[1] = minimum;
  }
  for (let index = slots.length - 1; index >= 0; index--) {
    const maximum = index === slots.length - 1 ? bottom : slots[index + 1].position[1] - lineHeight;
    if (slots[index].position[1] > maximum) slots[index].position[1] = maximum;
  }
}

/** Size of a profieltaart's drawing. */
export interface ProfileFrame {
  /** Width in px, at least the minimum width the layout draws at. */
  width: number;
  /** Height in px. */
  height: number;
  /** Outer radius of the deelthema ring, in px. */
  radius: number;
  /** True when deelthema names sit around the chart. */
  outerLabels: boolean;
}

/**
 * Computes the size of a profieltaart laid out for a container `width` px wide, without laying out
 * its slices. `layoutProfile` uses the same size, so a placeholder of this size takes the chart's place.
 */
export function profileFrame(width: number, deelthemaCount: number, options: LayoutOptions = {}): ProfileFrame {
  const lineHeight = options.lineHeight ?? 18;
  const minWidthForLabels = options.minWidthForLabels ?? 520;
  const safeWidth = Math.max(MIN_WIDTH, finiteOr(width, DEFAULT_WIDTH));
  const outerLabels = safeWidth >= minWidthForLabels;

  let radius: number;
  let height: number;
  if (outerLabels) {
    const labelRoom = Math.max(150, safeWidth * 0.25);
    radius = Math.min(MAX_RADIUS, (safeWidth - 2 * labelRoom) / 2);
    radius = Math.max(radius, 110);
    // Leave room above and below for labels that are pushed apart.
    const labelRows = Math.ceil(deelthemaCount / 2);
    height = Math.max(2 * radius + 48, labelRows * lineHeight + 24);
  } else {
    radius = Math.min(MAX_RADIUS, safeWidth / 2 - 8);
    height = 2 * radius + 16;
  }
  return { width: safeWidth, height, radius, outerLabels };
}

/**
 * Lays out a profieltaart for a container `width` px wide: the total in the centre, a ring of
 * themes with equal angles, and an outer ring of deelthema's with equal angles inside each thema,
 * all in data order. Wide containers get room for deelthema names around the chart.
 */
export function layoutProfile(themas: ThemaShape[], width: number, options: LayoutOptions = {}): ProfileLayout {
  const lineHeight = options.lineHeight ?? 18;
  const deelthemaCount = themas.reduce((sum, thema) => sum + thema.deelthemas.length, 0);
  const { width: safeWidth, height, radius, outerLabels } = profileFrame(width, deelthemaCount, options);

  const center: [number, number] = [safeWidth / 2, height / 2];
  const rings = {
    total: radius * 0.34,
    themaInner: radius * 0.36,
    themaOuter: radius * 0.56,
    deelthemaInner: radius * 0.58,
    deelthemaOuter: radius,
  };

  const themaSlices: Slice[] = [];
  const deelthemaSlices: Slice[] = [];
  const themaData = equalPie(0, 2 * Math.PI, themas.length);

  themaData.forEach((datum, themaIndex) => {
    const thema = themas[themaIndex];
    const padAngle = themas.length > 1 ? PAD_ANGLE : 0;
    themaSlices.push(makeSlice(datum, thema.id, themaIndex, themaIndex, rings.themaInner, rings.themaOuter, padAngle));

    const inner = equalPie(datum.startAngle, datum.endAngle, thema.deelthemas.length);
    inner.forEach((deelDatum, index) => {
      const onePiece = themas.length <= 1 && thema.deelthemas.length <= 1;
      deelthemaSlices.push(
        makeSlice(
          deelDatum,
          thema.deelthemas[index],
          themas.length + deelthemaSlices.length,
          themaIndex,
          rings.deelthemaInner,
          rings.deelthemaOuter,
          onePiece ? 0 : PAD_ANGLE,
        ),
      );
    });
  });

  const labels: LabelSlot[] = [];
  if (outerLabels) {
    const column = radius + 26;
    for (const slice of deelthemaSlices) {
      const middle = (slice.startAngle + slice.endAngle) / 2;
      const side: 1 | -1 = Math.sin(middle) >= -1e-9 ? 1 : -1;
      const anchor = polar(middle, radius + 2);
      const elbow = polar(middle, radius + 12);
      labels.push({
        id: slice.id,
        anchor,
        elbow,
        position: [side * column, elbow[1]],
        side,
        maxWidth: Math.max(0, safeWidth / 2 - column - 6),
      });
    }
    const top = -height / 2 + lineHeight;
    const bottom = height / 2 - 6;
    relaxSide(labels.filter((slot) => slot.side === 1), lineHeight, top, bottom);
    relaxSide(labels.filter((slot) => slot.side === -1), lineHeight, top, bottom);
  }

  return {
    width: safeWidth,
    height,
    center,
    radius: rings,
    outerLabels,
    themas: themaSlices,
    deelthemas: deelthemaSlices,
    labels,
  };
}

/**
 * Shortens `text` with "…" until `measure` reports it fits in `maxWidth` px. Returns the text
 * unchanged when it fits, and an empty string when not even one character and "…" fit.
 */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (!(maxWidth > 0)) return '';
  if (measure(text) <= maxWidth) return text;

  // Binary search over whole code points, so surrogate pairs are never split.
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(characters.slice(0, middle).join('').trimEnd() + '…') <= maxWidth) low = middle;
    else high = middle - 1;
  }

  return low === 0 ? '' : characters.slice(0, low).join('').trimEnd() + '…';
}

/**
 * Fits `text` in `maxWidth` px in the first of `sizes` (font sizes, largest first) in which it fits
 * whole, and otherwise shortens it in the smallest. Returns the text and the index of its size.
 */
export function fitTextInSizes(text: string, maxWidth: number, sizes: readonly string[], measure: (text: string, size: string) => number): { text: string; size: number } {
  const whole = sizes.findIndex((size) => measure(text, size) <= maxWidth);
  if (whole >= 0) return { text, size: whole };
  const smallest = sizes.length - 1;
  return { text: fitText(text, maxWidth, (part) => measure(part, sizes[smallest])), size: smallest };
}

/** Arc for curved thema names: a path along the middle of a ring slice, read left to right. */
export function textArcPath(startAngle: number, endAngle: number, radius: number): string {
  const middle = (startAngle + endAngle) / 2;
  // Text on the lower half runs the other way round so it is never upside down.
  const lowerHalf = Math.cos(middle) < 0;
  const [from, to] = lowerHalf ? [endAngle, startAngle] : [startAngle, endAngle];
  const [x0, y0] = polar(from, radius);
  const [x1, y1] = polar(to, radius);
  const large = Math.abs(endAngle - startAngle) > Math.PI ? 1 : 0;
  const sweep = lowerHalf ? 0 : 1;
  // A whole ring (a monitor with one thema) starts and ends at one point, where a single arc command
  // draws nothing, so it takes two half arcs through the middle.
  if (Math.abs(endAngle - startAngle) >= 2 * Math.PI - 1e-9) {
    const [xm, ym] = polar(middle, radius);
    return `M${x0},${y0}A${radius},${radius} 0 0 ${sweep} ${xm},${ym}A${radius},${radius} 0 0 ${sweep} ${x1},${y1}`;
  }
  return `M${x0},${y0}A${radius},${radius} 0 ${large} ${sweep} ${x1},${y1}`;
}

/** Length of an arc of `radius` between two angles. */
export function arcLength(startAngle: number, endAngle: number, radius: number): number {
  return Math.abs(endAngle - startAngle) * radius;
}

export { polar };
