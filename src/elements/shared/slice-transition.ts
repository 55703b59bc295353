import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateRgb } from 'd3-interpolate';
import { arcShapePath, easeCubicInOut, tweenArcs, type ArcShape } from '../../geometry/slice-tween.js';

/** What a chart draws in one frame of a transition, besides its target slices. */
export interface TransitionFrame {
  /** Path per slice id for this frame; a slice without an entry is drawn with its target path. */
  paths: Map<string, string>;
  /** Fill per slice id for this frame; a slice without an entry keeps its class colour. */
  fills: Map<string, string>;
  /** Slices that left the layout and are shrinking away, with their last fill. */
  exiting: { id: string; path: string; fill: string | null }[];
}

interface Running {
  /** Start time from `performance.now()`; null until the first frame is on screen. */
  startTime: number | null;
  from: Map<string, ArcShape[]>;
  fromFills: Map<string, string>;
  toFills: Map<string, string>;
}

const SLICE_SELECTOR = 'path.slice[data-id]';

function fillKey(chart: string, id: string): string {
  return `${chart}\u0000${id}`;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A hidden page gets no animation frames, so a transition started there would wait until it is shown. */
function pageHidden(): boolean {
  return document.visibilityState === 'hidden';
}

/**
 * Animates the slices of one or more profieltaarten in a host when gebied, jaar or weergave change.
 * Slices are matched by id: angles and radii move with d3-interpolate, new slices grow from zero
 * angle, removed ones shrink away, and fills fade from the colour on screen to the new class colour.
 *
 * The host calls `animateNext()` before an update that should animate, and `frame(chart, slices)`
 * while rendering each chart. Slice paths must have class `slice` and a `data-id`; a host with
 * several charts puts `data-chart` on an ancestor of each chart's slices. When the transition ends,
 * the host renders its plain layout again, so an interrupted transition ends exactly where a
 * fresh render would. Under `prefers-reduced-motion: reduce` nothing animates, and neither does
 * a hidden page: there the change shows at once, and a page hidden mid-transition ends it.
 */
export class SliceTransition implements ReactiveController {
  /** Duration of one transition, in milliseconds. */
  duration: number;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly drawn = new Map<string, ArcShape[]>();
  private running: Running | null = null;
  private pending = false;
  private progress = 0;
  private frameRequest = 0;
  private readonly onVisibilityChange = () => {
    if (pageHidden()) this.stop();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, duration = 400) {
    this.host = host;
    this.duration = duration;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** True while a transition is on screen. */
  get active(): boolean {
    return this.running !== null;
  }

  /**
   * Animates the next render from what is on screen now. Does nothing before the first chart was
   * drawn, when the visitor prefers reduced motion, or while the page is hidden.
   */
  animateNext(): void {
    if (this.drawn.size === 0 || prefersReducedMotion() || pageHidden()) {
      this.stop();
      return;
    }

    const from = new Map<string, ArcShape[]>();
    for (const [chart, shapes] of this.drawn) from.set(chart, shapes.map((shape) => ({ ...shape })));

    this.cancelFrame();
    this.running = { startTime: null, from, fromFills: this.readFills('fill'), toFills: new Map() };
    this.progress = 0;
    this.pending = true;
  }

  /** Stops a running transition; the next render draws the plain layout. */
  stop(): void {
    this.cancelFrame();
    if (this.running) this.host.requestUpdate();
    this.running = null;
    this.pending = false;
  }

  /**
   * Returns what `chart` draws in this frame for the target `slices`, or null when nothing
   * animates and the host draws its plain layout.
   */
  frame(chart: string, slices: readonly ArcShape[]): TransitionFrame | null {
    const running = this.running;
    const from = running?.from.get(chart);
    if (!running || !from) {
      this.drawn.set(chart, slices.map(copyShape));
      return null;
    }

    const t = easeCubicInOut(this.progress);
    const shapes = tweenArcs(from, slices)(t);
    this.drawn.set(chart, shapes.filter((shape) => shape.startAngle !== shape.endAngle || !shape.exiting).map(copyShape));

    const paths = new Map<string, string>();
    const fills = new Map<string, string>();
    const exiting: TransitionFrame['exiting'] = [];
    for (const shape of shapes) {
      const path = arcShapePath(shape);
      const key = fillKey(chart, shape.id);
      const fromFill = running.fromFills.get(key) ?? null;
      if (shape.exiting) {
        exiting.push({ id: shape.id, path, fill: fromFill });
        continue;
      }
      paths.set(shape.id, path);

      const toFill = running.toFills.get(key);
      if (fromFill && toFill) fills.set(shape.id, interpolateRgb(fromFill, toFill)(t));
      else if (fromFill && this.pending) fills.set(shape.id, fromFill);
    }
    return { paths, fills, exiting };
  }

  hostUpdated(): void {
    if (!this.pending || !this.running) return;

    this.pending = false;
    this.running.toFills = this.readFills('--_fill');
    this.frameRequest = requestAnimationFrame((now) => this.tick(now));
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancelFrame();
    this.running = null;
    this.pending = false;
  }

  private tick(now: number): void {
    const running = this.running;
    if (!running) return;

    running.startTime ??= now;
    this.progress = this.duration > 0 ? Math.min(1, (now - running.startTime) / this.duration) : 1;
    if (this.progress >= 1) {
      this.running = null;
      this.frameRequest = 0;
    } else {
      this.frameRequest = requestAnimationFrame((next) => this.tick(next));
    }
    this.host.requestUpdate();
  }

  private cancelFrame(): void {
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
  }

  /**
   * Reads the colour of every slice on screen: `fill` is the colour drawn now (mid-transition too),
   * `--_fill` the class colour the slice is heading for.
   */
  private readFills(property: 'fill' | '--_fill'): Map<string, string> {
    const fills = new Map<string, string>();
    const root = this.host.shadowRoot;
    if (!root) return fills;

    for (const path of root.querySelectorAll<SVGPathElement>(SLICE_SELECTOR)) {
      const chart = path.closest('[data-chart]')?.getAttribute('data-chart') ?? '';
      const style = getComputedStyle(path);
      const value = (property === 'fill' ? style.fill : style.getPropertyValue('--_fill')).trim();
      if (value && value !== 'none' && !value.startsWith('url(')) fills.set(fillKey(chart, path.dataset.id!), value);
    }
    return fills;
  }
}

function copyShape(shape: ArcShape): ArcShape {
  return {
    id: shape.id,
    startAngle: shape.startAngle,
    endAngle: shape.endAngle,
    innerRadius: shape.innerRadius,
    outerRadius: shape.outerRadius,
    padAngle: shape.padAngle,
  };
}
