import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ArcTween, arcShapePath, easeCubicInOut, type ArcShape } from '../../geometry/slice-tween.js';

/** A target slice as the host renders it. */
export interface TargetSlice extends ArcShape {
  /**
   * The `d` that the host's template renders for the slice and its pattern overlay, which the
   * controller puts back when a transition ends. Without it the controller draws the shape itself,
   * and the end state can differ from a fresh render in the last digit.
   */
  path?: string;
}

/** Duration of one transition, in milliseconds. */
export const TRANSITION_MS = 400;

// One expression for the whole value: the build's CSS minifier (lightningcss in
// @lit-labs/rollup-plugin-minify-html-literals) parses an expression only where it fills a whole
// declaration value, and rejects `${…}ms cubic-bezier(…)`.
const FILL_TRANSITION = unsafeCSS(`fill ${TRANSITION_MS}ms cubic-bezier(0.65, 0, 0.35, 1)`);

/**
 * Lets slice fills fade while a transition runs. The browser interpolates the colours, so fills
 * given as custom properties, in any CSS colour syntax, fade too. `cubic-bezier(0.65, 0, 0.35, 1)`
 * is the usual curve for the cubic ease-in-out that moves the paths. Where forced colours replace
 * the fills with one system colour, nothing changes and nothing fades, and print shows the end colours.
 */
export const sliceTransitionStyles = css`
  svg.transitioning .slice {
    transition: ${FILL_TRANSITION};
  }
  @media print {
    svg.transitioning .slice {
      transition: none;
    }
  }
`;

/** Extra slices a chart draws while a transition runs, besides its target slices. */
export interface TransitionFrame {
  /** Slices that left the layout and shrink away: their path at the start and their last fill. */
  exiting: { id: string; path: string; fill: string | null }[];
}

/** One chart of a running transition. */
interface ChartRun {
  /** Shapes on screen when the transition started. */
  from: ArcShape[];
  /** Slices of the chart's latest render. */
  targets: TargetSlice[];
  tween: ArcTween;
  /** False when every slice keeps its shape, as in a jaar switch with fixed radii: then only fills fade. */
  moving: boolean;
  /** Tween index by slice id. */
  indexOf: Map<string, number>;
  exiting: TransitionFrame['exiting'];
  /** Path elements per tween index: a slice and its pattern overlay, or an exiting path. */
  paths: SVGPathElement[][];
}

const PATH_SELECTOR = 'path.slice[data-id], path.exiting[data-id]';
const TRANSITIONING = 'transitioning';

/** Frame callbacks of every running transition on the page, called from one animation frame loop. */
const frameCallbacks = new Set<(now: number) => void>();
let frameRequest = 0;

function runFrame(now: number): void {
  // Requested first, so that a callback that throws cannot stop the other transitions.
  frameRequest = requestAnimationFrame(runFrame);
  for (const callback of frameCallbacks) callback(now);
  if (frameCallbacks.size === 0) {
    cancelAnimationFrame(frameRequest);
    frameRequest = 0;
  }
}

function schedule(callback: (now: number) => void): void {
  frameCallbacks.add(callback);
  if (frameRequest === 0) frameRequest = requestAnimationFrame(runFrame);
}

function unschedule(callback: (now: number) => void): void {
  frameCallbacks.delete(callback);
  if (frameCallbacks.size === 0 && frameRequest !== 0) {
    cancelAnimationFrame(frameRequest);
    frameRequest = 0;
  }
}

/** Created on first use and kept, because its `matches` follows the setting. */
let reducedMotionQuery: MediaQueryList | null = null;

function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  reducedMotionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotionQuery.matches;
}

/** A hidden page gets no animation frames, so a transition started there would wait until it is shown. */
function pageHidden(): boolean {
  return document.visibilityState === 'hidden';
}

/** Controllers of connected hosts. One `visibilitychange` listener for the page stops them when it is hidden. */
const connectedTransitions = new Set<SliceTransition>();

function onVisibilityChange(): void {
  if (pageHidden()) for (const transition of connectedTransitions) transition.stop();
}

function chartOf(path: Element): string {
  return path.closest('[data-chart]')?.getAttribute('data-chart') ?? '';
}

/**
 * Animates the slices of one or more profieltaarten in a host when gebied, jaar or weergave change.
 * Slices are matched by id: angles and radii move, new slices grow from zero angle, removed ones
 * shrink away, and fills fade from the colour on screen to the new class colour.
 *
 * The host calls `animateNext()` before an update that should animate, and `frame(chart, slices)`
 * while rendering each chart, with the `path` it renders for each slice. It renders every slice with
 * its target path and class, and the exiting slices that `frame()` returns. Slice paths must have class `slice` and a `data-id`, a pattern overlay
 * is a `path.pattern` right after its slice, and a host with several charts puts `data-chart` on an
 * ancestor of each chart's slices. Include `sliceTransitionStyles` in the host's styles.
 *
 * That one render puts the new text, table and classes on screen at once. The controller then moves
 * the slices by setting the `d` attribute of only the paths that move, in one animation frame loop for
 * every transition on the page, and puts back the paths that the host rendered when it ends. The
 * host renders again at the end only to remove exiting slices, so an interrupted transition ends
 * exactly where a fresh render would. Under `prefers-reduced-motion: reduce` nothing animates, and
 * neither does a hidden page: there the change shows at once, and a page hidden mid-transition ends it.
 */
export class SliceTransition implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** Shapes each chart showed in its last render without a transition. */
  private readonly drawn = new Map<string, ArcShape[]>();
  /** Shapes on screen per chart, set by `animateNext()` until a render that draws a chart starts the transition. */
  private pendingFrom: Map<string, ArcShape[]> | null = null;
  /** When `animateNext()` was called, from `performance.now()`. */
  private pendingSince = 0;
  private charts = new Map<string, ChartRun>();
  private running = false;
  /** Start time from `performance.now()`; null until the first frame after the start. */
  private startTime: number | null = null;
  /** Linear progress in [0, 1]. */
  private progress = 0;
  /** The `svg` elements that carry the `transitioning` class. */
  private readonly svgs = new Set<SVGSVGElement>();
  /** The path data that this controller last set, per path element. */
  private readonly writtenPaths = new WeakMap<SVGPathElement, string>();
  /** Number of elements in `writtenPaths`; elements removed from the page may keep it above zero. */
  private writtenCount = 0;
  private readonly onFrame = (now: number) => this.step(now);

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (connectedTransitions.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
    connectedTransitions.add(this);
  }

  hostDisconnected(): void {
    connectedTransitions.delete(this);
    if (connectedTransitions.size === 0) document.removeEventListener('visibilitychange', onVisibilityChange);
    this.stop();
  }

  /**
   * Animates the next render from what is on screen now. Does nothing before the first chart was
   * drawn, when the visitor prefers reduced motion, or while the page is hidden.
   */
  animateNext(): void {
    if (prefersReducedMotion() || pageHidden()) {
      this.stop();
      return;
    }

    const from = new Map(this.drawn);
    const t = easeCubicInOut(this.progress);
    for (const [chart, run] of this.charts) from.set(chart, shapesOnScreen(run.tween, t));
    if (from.size === 0) return;

    unschedule(this.onFrame);
    this.running = false;
    this.charts = new Map();
    this.pendingFrom = from;
    this.pendingSince = performance.now();
    this.startTime = null;
    this.progress = 0;
  }

  /** Ends a running transition at once and puts the host's rendered paths back. */
  stop(): void {
    this.pendingFrom = null;
    this.finish();
  }

  /**
   * Returns the exiting slices that `chart` draws while a transition runs, or null when nothing
   * animates and the host draws its plain layout. `slices` are the chart's target shapes.
   */
  frame(chart: string, slices: readonly TargetSlice[]): TransitionFrame | null {
    const from = this.pendingStart()?.get(chart);
    if (from) {
      const run = this.createRun(chart, from, slices);
      this.charts.set(chart, run);
      return { exiting: run.exiting };
    }

    const run = this.running ? this.charts.get(chart) : undefined;
    if (run) {
      // A new width or layout mid-transition moves the same slices to new targets.
      if (!sameShapes(run.targets, slices)) {
        const fills = new Map(run.exiting.map((slice) => [slice.id, slice.fill]));
        const next = this.createRun(chart, run.from, slices, fills);
        this.charts.set(chart, next);
        return { exiting: next.exiting };
      }
      return { exiting: run.exiting };
    }

    this.drawn.set(chart, slices.map(copyShape));
    return null;
  }

  hostUpdated(): void {
    if (this.pendingFrom) {
      // A render without the chart, such as the loading state of new data, leaves the start to the
      // render that draws it, and ends what an interrupted transition left behind.
      if (this.charts.size === 0) {
        this.finish();
        return;
      }
      this.pendingFrom = null;

      this.running = true;
      this.collectPaths();
      this.drawFrame(0);
      schedule(this.onFrame);
      return;
    }

    // The host rendered mid-transition: it may have created path elements or set new targets.
    if (this.running) {
      this.collectPaths();
      this.drawFrame(easeCubicInOut(this.progress));
    }
  }

  /**
   * Returns the shapes to start from, or null when no transition is pending. A chart that takes
   * longer than one transition to come back, after loading data for example, appears without one.
   */
  private pendingStart(): Map<string, ArcShape[]> | null {
    if (this.pendingFrom && performance.now() - this.pendingSince > TRANSITION_MS) this.pendingFrom = null;
    return this.pendingFrom;
  }

  private createRun(
    chart: string,
    from: ArcShape[],
    slices: readonly TargetSlice[],
    knownFills?: Map<string, string | null>,
  ): ChartRun {
    const tween = new ArcTween(from, slices);
    const indexOf = new Map(tween.ids.map((id, index) => [id, index]));
    const exiting: TransitionFrame['exiting'] = [];
    if (tween.ids.length > tween.targetCount) {
      const fills = knownFills ?? this.readFills(chart);
      for (let index = tween.targetCount; index < tween.ids.length; index++) {
        const id = tween.ids[index];
        exiting.push({ id, path: tween.path(index, 0), fill: fills.get(id) ?? null });
      }
    }
    let moving = false;
    for (let index = 0; index < tween.ids.length && !moving; index++) moving = !tween.isStill(index);
    return { from, targets: slices.map(copyTarget), tween, moving, indexOf, exiting, paths: [] };
  }

  private step(now: number): void {
    this.startTime ??= now;
    this.progress = Math.min(1, (now - this.startTime) / TRANSITION_MS);
    if (this.progress >= 1) this.finish();
    else this.drawFrame(easeCubicInOut(this.progress));
  }

  /** Sets the path data of every moving slice to eased progress `t`. */
  private drawFrame(t: number): void {
    for (const run of this.charts.values()) {
      const { tween, paths } = run;
      for (let index = 0; index < paths.length; index++) {
        const elements = paths[index];
        if (!elements || tween.isStill(index)) continue;

        const d = tween.path(index, t);
        // An exiting path goes with the render at the end, so nothing has to be put back.
        if (tween.isExiting(index)) {
          elements[0].setAttribute('d', d);
          continue;
        }
        for (const element of elements) {
          const written = this.writtenPaths.get(element);
          if (written === d) continue;
          if (written === undefined) this.writtenCount++;
          element.setAttribute('d', d);
          this.writtenPaths.set(element, d);
        }
      }
    }
  }

  /** Finds the path elements of every running chart and puts the `transitioning` class on its svg. */
  private collectPaths(): void {
    const root = this.host.shadowRoot;
    if (!root) return;

    // Paths that an interrupted transition left half-way must be found again, to be put back.
    const findAll = this.writtenCount > 0;
    for (const run of this.charts.values()) run.paths = [];
    for (const svg of root.querySelectorAll('svg')) {
      const run = this.charts.get(chartOf(svg));
      const paths = run ? svg.querySelectorAll<SVGPathElement>(PATH_SELECTOR) : [];
      if (!run || paths.length === 0) continue;

      if (!this.svgs.has(svg)) {
        svg.classList.add(TRANSITIONING);
        this.svgs.add(svg);
      }
      if (run.moving || findAll) this.collectChartPaths(run, paths);
    }
  }

  private collectChartPaths(run: ChartRun, paths: Iterable<SVGPathElement>): void {
    for (const path of paths) {
      const index = run.indexOf.get(path.dataset.id!);
      if (index === undefined) continue;

      if (path.classList.contains('exiting')) {
        if (run.tween.isExiting(index)) run.paths[index] = [path];
        continue;
      }

      const elements = [path];
      const overlay = path.nextElementSibling;
      if (overlay instanceof SVGPathElement && overlay.classList.contains('pattern')) elements.push(overlay);
      run.paths[index] = elements;
    }
  }

  /**
   * Ends the transition: puts back the paths that the host rendered, removes the `transitioning`
   * class, and requests a host render when exiting slices have to go.
   */
  private finish(): void {
    unschedule(this.onFrame);
    let exiting = false;
    for (const [chart, run] of this.charts) {
      for (let index = 0; index < run.tween.targetCount; index++) {
        const target = run.targets[index];
        for (const element of run.paths[index] ?? []) {
          if (!this.writtenPaths.has(element)) continue;
          element.setAttribute('d', target.path ?? arcShapePath(target));
          this.writtenPaths.delete(element);
          this.writtenCount--;
        }
      }
      if (run.exiting.length > 0) exiting = true;
      this.drawn.set(chart, run.targets);
    }
    for (const svg of this.svgs) svg.classList.remove(TRANSITIONING);

    const wasRunning = this.running;
    this.svgs.clear();
    this.charts = new Map();
    this.running = false;
    this.startTime = null;
    this.progress = 0;
    if (wasRunning && exiting) this.host.requestUpdate();
  }

  /** Reads the colour on screen of every slice of `chart`, for the slices that exit. */
  private readFills(chart: string): Map<string, string> {
    const fills = new Map<string, string>();
    const root = this.host.shadowRoot;
    if (!root) return fills;

    for (const path of root.querySelectorAll<SVGPathElement>(PATH_SELECTOR)) {
      if (chartOf(path) !== chart) continue;
      const value = getComputedStyle(path).fill.trim();
      if (value && value !== 'none' && !value.startsWith('url(')) fills.set(path.dataset.id!, value);
    }
    return fills;
  }
}

/** Shapes of a tween at eased progress `t`, without exiting slices that have shrunk to nothing. */
function shapesOnScreen(tween: ArcTween, t: number): ArcShape[] {
  const shapes: ArcShape[] = [];
  for (let index = 0; index < tween.ids.length; index++) {
    const shape = tween.shape(index, t);
    if (tween.isExiting(index) && shape.startAngle === shape.endAngle) continue;
    shapes.push(shape);
  }
  return shapes;
}

function sameShapes(a: readonly TargetSlice[], b: readonly TargetSlice[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (shape, index) =>
      shape.id === b[index].id &&
      shape.startAngle === b[index].startAngle &&
      shape.endAngle === b[index].endAngle &&
      shape.innerRadius === b[index].innerRadius &&
      shape.outerRadius === b[index].outerRadius &&
      shape.padAngle === b[index].padAngle &&
      shape.padRadius === b[index].padRadius &&
      shape.path === b[index].path,
  );
}

function copyTarget(shape: TargetSlice): TargetSlice {
  return { ...copyShape(shape), path: shape.path };
}

function copyShape(shape: ArcShape): ArcShape {
  return {
    id: shape.id,
    startAngle: shape.startAngle,
    endAngle: shape.endAngle,
    innerRadius: shape.innerRadius,
    outerRadius: shape.outerRadius,
    padAngle: shape.padAngle,
    padRadius: shape.padRadius,
  };
}
