import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Script time, in ms, that first updates and first draws may take in one task before the rest wait
 * for a later task. The style and layout of what they render follow in the next frame. For
 * placeholders they took about twice the script time (Chromium 156, 400 charts on the benchmark
 * page), so the task and its frame together stay near the 50 ms at which browsers report a long task.
 */
const TASK_BUDGET_MS = 12;
/** Cost of a first draw, in ms, assumed until one has been timed. */
const FIRST_DRAW_ESTIMATE_MS = 10;
/** Cost of an update that renders a placeholder, in ms, assumed until one has been timed. */
const UPDATE_ESTIMATE_MS = 2;
/**
 * Distance from the viewport, as CSS margins of the root, within which a lazy chart draws: one
 * viewport height above and below, one viewport width left and right.
 */
const NEAR_MARGIN = '100% 100%';
/**
 * Widest drawing, in px, for paper: about the text width of A5 portrait (128 mm is 484 px at 96 px per
 * inch). The page's print layout is not known before printing, and a chart drawn wider for the screen
 * would print scaled down to fit, with its names too small to read.
 */
const PRINT_MAX_WIDTH = 480;

/** Kind of content the host rendered in its latest update. */
export type RenderedKind = 'chart' | 'placeholder' | 'other';

export interface DrawSchedulerOptions {
  /** Returns the element whose width the chart takes. Its height must not depend on the chart. */
  sizer: () => Element | null;
  /** True when the chart should draw without waiting until it is near the viewport. */
  eager: () => boolean;
  /** Runs the host's pending update now, in this task. */
  updateNow: () => void;
  /** True when rendering at width `to` in place of `from` leaves the host's size unchanged. */
  keepsSize: (from: number, to: number) => boolean;
  /** Resolves when the host has read data given in memory and rendered it, without waiting for a draw. */
  settled: () => Promise<unknown>;
  /**
   * Reads what the host needs from the layout in which its sizer was measured, such as its computed
   * font. Runs in the observer's callback, before any host draws, so the read forces no layout.
   */
  read?: () => void;
}

/** The schedulers of connected hosts, for printing. */
const connected = new Set<DrawScheduler>();
/** Hosts waiting for their first draw, in the order they asked. */
const queue = new Set<DrawScheduler>();
let spentInTask = 0;
/**
 * When the first host that still waits for its first update connected since the queue last ran, or
 * null. A page that adds many charts in one loop has spent that time before the queue starts, so it
 * counts against the task's budget. The queue clears it when it starts, in a microtask of the task
 * that connects such a host, and the reset message after that task clears it otherwise.
 */
let firstConnectInTask: number | null = null;
let drawEstimate = FIRST_DRAW_ESTIMATE_MS;
let updateEstimate = UPDATE_ESTIMATE_MS;
let queueRunning = false;
let queueRunStarted = false;
let queueRunPosted = false;
let widthsPosted = false;
/**
 * True from the shared ResizeObserver's callback until a task after that frame. Code that awaits
 * `updateComplete` would otherwise resume inside the observer round, and a chart it adds there
 * would start a "ResizeObserver loop" error, so waiters resolve and new sizers are observed later.
 */
let inResizeRound = false;
const notifyAfterRound = new Set<DrawScheduler>();
const observeAfterRound = new Set<DrawScheduler>();
/** Elements to measure once, with what to call with their first size. */
const measured = new WeakMap<Element, (entry: ResizeObserverEntry) => void>();
const measureAfterRound = new Set<Element>();
/** Count of `measureOnce()` calls, so that the queue can tell whether a run asked for a measurement. */
let measuresRequested = 0;
/** First widths whose render would change a host's size, applied in a task after the observer round. */
const pendingWidths = new Map<DrawScheduler, number>();
let budgetResetPosted = false;
let taskChannel: MessageChannel | null = null;
let resizeObserver: ResizeObserver | null = null;
let intersectionObserver: IntersectionObserver | null = null;
/** Reports whether drawn charts intersect the viewport, without a margin, for the order of the queue. */
let viewObserver: IntersectionObserver | null = null;
const bySizer = new WeakMap<Element, DrawScheduler>();
const byHost = new WeakMap<Element, DrawScheduler>();

type TaskMessage = 'run' | 'reset' | 'widths' | 'round-end';

/** Posts `message` to run in a task of its own; unlike a nested setTimeout it is never clamped to 4 ms. */
function postTask(message: TaskMessage): void {
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = (event: MessageEvent<TaskMessage>) => {
      switch (event.data) {
        case 'reset':
          budgetResetPosted = false;
          spentInTask = 0;
          firstConnectInTask = null;
          break;
        case 'widths':
          widthsPosted = false;
          applyPendingWidths();
          break;
        case 'round-end':
          endResizeRound();
          break;
        case 'run':
          queueRunPosted = false;
          spentInTask = 0;
          firstConnectInTask = null;
          void runQueue();
          break;
      }
    };
  }
  taskChannel.port2.postMessage(message);
}

function endResizeRound(): void {
  inResizeRound = false;
  const observers = [...observeAfterRound];
  observeAfterRound.clear();
  for (const scheduler of observers) scheduler.observeSizer();
  for (const target of measureAfterRound) if (measured.has(target)) observer().observe(target);
  measureAfterRound.clear();
  const waiting = [...notifyAfterRound];
  notifyAfterRound.clear();
  for (const scheduler of waiting) scheduler.notifyWaiters();
}

function applyPendingWidths(): void {
  const widths = [...pendingWidths];
  pendingWidths.clear();
  for (const [scheduler, width] of widths) scheduler.applyWidth(width);
}

/** Adds the time of one first draw to the budget of the current task. */
function recordDraw(ms: number): void {
  drawEstimate = drawEstimate * 0.5 + ms * 0.5;
  recordSpent(ms);
}

function recordSpent(ms: number): void {
  spentInTask += Math.max(0, ms);
  // The budget belongs to this task; a message runs after it ends and starts the next budget.
  if (!budgetResetPosted) {
    budgetResetPosted = true;
    postTask('reset');
  }
}

function budgetLeft(): boolean {
  return spentInTask + drawEstimate <= TASK_BUDGET_MS;
}

/** Draws queued charts in order until the task's budget is spent, then continues in a later task. */
async function runQueue(): Promise<void> {
  queueRunStarted = false;
  if (queueRunning) return;
  queueRunning = true;

  // `spentInTask` may still hold an earlier task's time until the reset message arrives, so only
  // the time spent adding charts decides whether this task skips its turn.
  const addingMs = firstConnectInTask === null ? 0 : performance.now() - firstConnectInTask;
  firstConnectInTask = null;
  spentInTask = Math.max(spentInTask, addingMs);
  const start = performance.now() - spentInTask;
  // Each task takes at least one turn, unless it has spent its budget adding charts.
  let tookTurn = addingMs >= TASK_BUDGET_MS;
  const measuresBefore = measuresRequested;
  let ranLaterUpdate = false;
  try {
    // Turns end in microtasks, so the whole loop stays in the task that started it. Drawn charts
    // outside the viewport take their turns after the rest, and placeholders far from it last, so
    // that no chart in view waits behind them.
    turns: for (const pass of [0, 1, 2]) {
      for (const scheduler of queue) {
        if (scheduler.far ? pass < 2 : pass < 1 && scheduler.outOfView) continue;
        const estimate = scheduler.waitingForUpdate ? updateEstimate : drawEstimate;
        if (tookTurn && performance.now() - start + estimate > TASK_BUDGET_MS) break turns;
        queue.delete(scheduler);
        if (scheduler.waitingForUpdate && scheduler.hasUpdated) ranLaterUpdate = true;

        const turnStart = performance.now();
        let kind: 'update' | 'draw' | null = null;
        try {
          kind = await scheduler.takeTurn();
        } catch (error) {
          // A chart whose update throws must not stop the turns of the others.
          reportError(error);
        }
        const cost = performance.now() - turnStart;
        if (kind === 'update') updateEstimate = updateEstimate * 0.5 + cost * 0.5;
        if (kind === 'draw') drawEstimate = drawEstimate * 0.5 + cost * 0.5;
        if (kind !== null) tookTurn = true;
      }
    }
  } finally {
    queueRunning = false;
    recordSpent(performance.now() - start - spentInTask);
  }
  if (queue.size > 0 && !queueRunPosted) {
    queueRunPosted = true;
    // A placeholder that renders again for a new language measures its key in the next frame, and
    // the placeholders after it take that height. Without a frame between the runs, they would all
    // lay out their key text in that one frame: 524 ms of layout for 400 charts in a trace (Chromium
    // 156, 2 busy cores). A hidden page gets no frames, so there the queue goes on at once. On a page
    // hidden after this request, it goes on when the page is shown again.
    const awaitsMeasure = ranLaterUpdate && measuresRequested !== measuresBefore;
    if (awaitsMeasure && document.visibilityState === 'visible') requestAnimationFrame(() => postTask('run'));
    else postTask('run');
  }
}

/** Starts the queue in a microtask, so that first updates begin in the task that created the elements. */
function startQueue(): void {
  if (queueRunStarted || queueRunning) return;
  queueRunStarted = true;
  queueMicrotask(() => void runQueue());
}

/** True when the box lies within the near margin of the viewport (used before the first intersection report). */
function isNearViewport(rect: DOMRect): boolean {
  const height = window.innerHeight;
  const width = window.innerWidth;
  return rect.bottom >= -height && rect.top <= 2 * height && rect.right >= -width && rect.left <= 2 * width;
}

/**
 * Receives the widths of every observed sizer. A first width whose render keeps the host's size
 * applies at once, so the chart draws in the frame it was measured in. Any other would change the
 * page's layout inside the observer round, and a scrollbar that this makes appear would narrow every
 * sizer and end in a "ResizeObserver loop" error, so it applies in a task after this frame.
 */
function onResize(entries: ResizeObserverEntry[]): void {
  if (!inResizeRound) {
    inResizeRound = true;
    postTask('round-end');
  }
  // Every read comes before any draw, so the layout is read once, as the browser left it.
  const changes: [DrawScheduler, number, boolean][] = [];
  for (const entry of entries) {
    const scheduler = bySizer.get(entry.target);
    if (!scheduler) continue;
    const width = Math.floor(entry.contentRect.width);
    // Nearness is judged on the placeholder, because it has the chart's size. A host that has not
    // rendered yet has no height, and a message or loading state has a size of its own.
    const near = scheduler.needsPosition && scheduler.showsPlaceholder ? isNearViewport(scheduler.host.getBoundingClientRect()) : scheduler.near;
    scheduler.readLayout();
    changes.push([scheduler, width, near]);
  }
  // Measured elements last, so that their callbacks see the widths and reads of this round.
  for (const [scheduler, width] of changes) scheduler.layoutWidth = width;
  for (const entry of entries) {
    const callback = measured.get(entry.target);
    if (!callback) continue;
    measured.delete(entry.target);
    resizeObserver?.unobserve(entry.target);
    callback(entry);
  }
  for (const [scheduler, width, near] of changes) scheduler.observed(width, near);
}

function observer(): ResizeObserver {
  resizeObserver ??= new ResizeObserver(onResize);
  return resizeObserver;
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) byHost.get(entry.target)?.intersected(entry.isIntersecting);
}

function onView(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const scheduler = byHost.get(entry.target);
    if (scheduler) scheduler.outOfView = !entry.isIntersecting;
  }
}

function onBeforePrint(): void {
  // Widths first, so that drawing one chart does not make the next read lay out the page again.
  const widths = [...connected].map((scheduler) => [scheduler, scheduler.width || Math.floor(scheduler.host.getBoundingClientRect().width)] as const);
  for (const [scheduler, width] of widths) scheduler.drawForPrint(Math.min(width, PRINT_MAX_WIDTH));
}

function onAfterPrint(): void {
  for (const scheduler of connected) scheduler.restoreAfterPrint();
}

/**
 * Decides when a chart element draws for the first time, and at which width, for every chart on
 * the page together.
 *
 * - One shared `ResizeObserver` watches a sizer in each host: an element as wide as the chart whose
 *   height does not depend on the chart, so that drawing in the observer's callback cannot start a
 *   "ResizeObserver loop" error. The first width draws in the frame it was observed in; later widths draw in the
 *   next animation frame.
 * - One shared `IntersectionObserver` reports to a lazy host when it comes within one viewport of the
 *   visible area. Until then the host shows a placeholder. Eager hosts draw without waiting for it.
 * - First updates, first draws and later updates share a budget of main-thread time per task. The
 *   rest wait in one queue, in the order they asked, and run in later tasks. A single chart can still
 *   take longer than the budget, because a turn is never split. Later updates of drawn charts
 *   outside the viewport, and of placeholders far from it, always wait for a later task, and there
 *   the queue runs the updates of charts in view first.
 * - Every chart draws at once before printing, and a host draws at once when it gets focus.
 *
 * The host calls `mayDraw()` in `render()` and reports what it rendered with `rendered(kind)` in
 * `updated()`. Its `updateComplete` reads `pending` to decide whether a draw is still coming.
 */
export class DrawScheduler implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** Width of the sizer in whole px; 0 until observed, and while the host is not rendered. */
  width = 0;
  /** True once the host has had a width report since it was connected. */
  widthKnown = false;
  /** Width of the sizer in the latest layout that the observer reported, which `width` may follow a task later. */
  layoutWidth = 0;
  near = false;
  nearKnown = false;
  /** True while the host's drawn chart lies outside the viewport, by the latest intersection report. */
  outOfView = false;

  private readonly options: DrawSchedulerOptions;
  private granted = false;
  private printing = false;
  private lastKind: RenderedKind = 'other';
  private drawStart = 0;
  private sizer: Element | null = null;
  private observingIntersection = false;
  private resizeFrame = 0;
  private waiters: (() => void)[] = [];
  /** Width the chart had on screen before printing narrowed it; 0 when printing changed nothing. */
  private screenWidth = 0;
  /** Animation frames seen while waiting for the first width report, counted once per frame. */
  private framesWithoutWidth = 0;
  private lastFrameTime = -1;
  private resolveUpdate: (() => void) | null = null;
  private updatedOnce = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DrawSchedulerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // A host that has updated before, such as one moved on the page, starts no queue run that would
    // clear the time.
    if (firstConnectInTask === null && !this.updatedOnce) {
      firstConnectInTask = performance.now();
      // Posts the reset message, which also clears the time when a running queue returned early.
      recordSpent(0);
    }
    connected.add(this);
    if (connected.size === 1) {
      window.addEventListener('beforeprint', onBeforePrint);
      window.addEventListener('afterprint', onAfterPrint);
    }
    byHost.set(this.host, this);
    this.observeSizer();
    if (this.showsPlaceholder) this.observeIntersection();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.leaveQueue();
    pendingWidths.delete(this);
    observeAfterRound.delete(this);
    cancelAnimationFrame(this.resizeFrame);
    if (this.sizer) resizeObserver?.unobserve(this.sizer);
    this.sizer = null;
    this.forgetNearness();
    this.widthKnown = false;
    this.framesWithoutWidth = 0;
    // A page without charts keeps no observer or listener of ours.
    if (connected.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      resizeObserver?.disconnect();
      resizeObserver = null;
      measureAfterRound.clear();
      intersectionObserver?.disconnect();
      intersectionObserver = null;
      viewObserver?.disconnect();
      viewObserver = null;
    }
    this.notify();
  }

  hostUpdated(): void {
    this.updatedOnce = true;
    // The sizer appears with the first render; observe it then.
    this.observeSizer();
  }

  /**
   * Returns whether `render()` may draw the chart now. Once a host has drawn, it always may. Before
   * that it needs a width and, unless eager, to be near the viewport. Then it draws at once while
   * this task has budget left. Otherwise it joins the queue and draws in a later task.
   */
  mayDraw(): boolean {
    if (this.granted || this.printing) return true;
    if (!this.widthKnown || this.width <= 0) return false;
    if (!this.near && !this.options.eager()) return false;

    if (queue.size === 0 && !queueRunning && budgetLeft()) {
      this.grant();
      return true;
    }
    this.enqueue();
    return false;
  }

  /**
   * Returns a promise that resolves when the host's first update may run, for `scheduleUpdate()`.
   * First updates take turns in the queue too, because reading the data and rendering the
   * placeholder of hundreds of charts would otherwise run in the task that created them.
   */
  firstUpdateTurn(): Promise<void> {
    return new Promise((resolve) => {
      this.resolveUpdate = resolve;
      queue.add(this);
      startQueue();
    });
  }

  /**
   * Returns a promise that resolves when a later update of the host may run, or null when it may run
   * now, in which case the host reports its time with `updatedNow()`. A change to every chart of the
   * page at once, such as a new `lang` on `<html>`, would otherwise render them all in one task. So
   * an update runs now only while the task has budget left, and an update of a placeholder far from
   * the viewport, or of a drawn chart outside it, always takes its turn in the queue.
   */
  laterUpdateTurn(): Promise<void> | null {
    // An update requested during the queue's run, such as a second update that a turn's render
    // requests, runs at once: the turn waits for it, so queueing it would never end. So does an
    // update of a chart that has the focus, because a key press handled before the update would
    // announce the values of the old chart still on screen.
    if (!this.host.isConnected || this.printing || queueRunning || this.host.matches(':focus-within')) return null;
    // An update runs at once while the task has spent nothing yet, as the queue takes at least one
    // turn per task. So a lone chart on a device whose draws outlast the budget does not wait a task.
    if (!this.far && !this.outOfView && (spentInTask === 0 || budgetLeft())) return null;
    // Unlike a first update, which starts the queue within this task, it waits for a later task.
    return new Promise((resolve) => {
      this.resolveUpdate = resolve;
      this.enqueue();
    });
  }

  /** Adds the time of an update that `laterUpdateTurn()` let run at once to the budget of the current task. */
  updatedNow(ms: number): void {
    recordSpent(ms);
  }

  /** @internal True while the host shows a placeholder far from the viewport that waits to be near before it draws. */
  get far(): boolean {
    return !this.granted && !this.near && this.lastKind === 'placeholder' && !this.options.eager();
  }

  /** @internal True once the host has updated since it was created. */
  get hasUpdated(): boolean {
    return this.updatedOnce;
  }

  /** @internal True while an update of the host waits in the queue. */
  get waitingForUpdate(): boolean {
    return this.resolveUpdate !== null;
  }

  /** @internal Runs the host's queued work; returns what it ran. */
  async takeTurn(): Promise<'update' | 'draw' | null> {
    const resolve = this.resolveUpdate;
    if (resolve) {
      this.resolveUpdate = null;
      try {
        this.options.updateNow();
      } finally {
        // Also after an update that threw, so that the host's `updateComplete` still settles.
        resolve();
      }
      if (this.host.isConnected) await this.options.settled();
      return 'update';
    }
    return this.drawQueued() ? 'draw' : null;
  }

  /**
   * Draws now, in this task, without waiting for the viewport or the queue, for a host that gets the
   * focus. An update of a drawn host that waits in the queue runs now too, so that the next key press
   * acts on the chart that the update shows.
   */
  drawNow(): void {
    this.leaveQueue();
    if (!this.granted) {
      this.grant();
      this.host.requestUpdate();
    }
    this.options.updateNow();
  }

  /** Reports what the latest update rendered; call from the host's `updated()`. */
  rendered(kind: RenderedKind): void {
    this.lastKind = kind;
    // Nearness counts only when reported for the placeholder. Hosts stacked before their first render,
    // or showing a short message, would all be reported near the viewport, and would all draw.
    if (kind === 'placeholder') this.observeIntersection();
    if (kind === 'other') this.forgetNearness();
    if (kind === 'chart' && this.drawStart > 0) {
      recordDraw(performance.now() - this.drawStart);
      this.drawStart = 0;
    }
    if (kind !== 'placeholder') this.leaveQueue();
    if (kind === 'chart') {
      this.stopIntersection();
      viewObserver ??= new IntersectionObserver(onView);
      viewObserver.observe(this.host);
    }
    this.notify();
  }

  /**
   * True while a first draw is still coming: the host shows its placeholder and is connected,
   * rendered, and near the viewport or eager. It is also true while the host waits for its first
   * width report, if the browser renders it, and while it waits for its first intersection report.
   * For any connected host it is true while a reported width waits to be applied.
   */
  get pending(): boolean {
    if (!this.host.isConnected) return false;
    // A reported width that would change the host's size applies in a task after the observer round.
    if (pendingWidths.has(this)) return true;
    if (this.lastKind !== 'placeholder') return false;
    // NOTE: a page in a background tab gets no ResizeObserver rounds, so there a chart waits for its
    // width, and `updateComplete` with it, until the page is shown.
    // The first report comes in the first frame after observing. checkVisibility() updates the
    // page's style per call, so it runs only for a host still without a report two frames later.
    if (!this.widthKnown) return this.framesWithoutWidth < 2 || !this.renderingSkipped();
    if (this.width <= 0) return false;
    if (this.options.eager()) return true;
    // The observer's first report comes in the frame after the host starts observing.
    return this.near || (this.observingIntersection && !this.nearKnown);
  }

  /**
   * True when the browser skips the host's rendering: inside a closed `<details>`, or under
   * `content-visibility: hidden`, or `auto` while off screen. The ResizeObserver reports no width
   * there until the content is shown, so waiting for that width would never end.
   */
  private renderingSkipped(): boolean {
    if (typeof this.host.checkVisibility !== 'function') return false;
    return !this.host.checkVisibility({ contentVisibilityAuto: true });
  }

  /** Resolves at the next change of width, nearness, connection or what the host rendered, or at the next frame while no width is known. */
  nextChange(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      // Until the first width report, the browser may start or stop skipping the host's rendering
      // in any frame (content-visibility: auto), and no observer reports that, so check again then.
      if (!this.widthKnown) {
        requestAnimationFrame((time) => {
          if (time !== this.lastFrameTime) {
            this.lastFrameTime = time;
            this.framesWithoutWidth++;
          }
          resolve();
        });
      }
    });
  }

  /** @internal True while the host shows its placeholder, the box by which nearness is judged. */
  get showsPlaceholder(): boolean {
    return this.lastKind === 'placeholder';
  }

  /** @internal True while only the host's position can tell whether it is near the viewport. */
  get needsPosition(): boolean {
    return !this.nearKnown && !this.granted && !this.options.eager();
  }

  /** @internal Runs the host's read of the observed layout. */
  readLayout(): void {
    this.options.read?.();
  }

  /**
   * Calls `callback` with the size of `target` in the next layout the shared ResizeObserver reports,
   * once. The callback runs before any host draws in that round, so it must only read.
   */
  measureOnce(target: Element, callback: (entry: ResizeObserverEntry) => void): void {
    measured.set(target, callback);
    measuresRequested++;
    if (inResizeRound) measureAfterRound.add(target);
    else observer().observe(target);
  }

  /** @internal Called by the shared ResizeObserver. */
  observed(width: number, near: boolean): void {
    if (!this.nearKnown) this.near = near;

    if (!this.widthKnown || !this.granted) {
      if (width <= 0 || this.options.keepsSize(this.width, width)) {
        pendingWidths.delete(this);
        this.applyWidth(width);
        return;
      }
      pendingWidths.set(this, width);
      if (!widthsPosted) {
        widthsPosted = true;
        postTask('widths');
      }
      return;
    }
    if (width === this.width || width <= 0) return;
    // A drawn chart that changes width changes its height; drawing in the next frame keeps that out
    // of this observer round.
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      this.width = width;
      this.host.requestUpdate();
    });
  }

  /** @internal Sets the width to draw at, from the observer or from a task after its round. */
  applyWidth(width: number): void {
    if (!this.host.isConnected) return;
    // A placeholder far from the viewport scales with its width, so a width that keeps its shape
    // needs no render. On a page of many charts that saves one update per chart.
    const rerender = this.lastKind !== 'placeholder' || this.near || this.options.eager() || !this.options.keepsSize(this.width, width);
    this.widthKnown = true;
    this.width = width;
    if (rerender) this.host.requestUpdate();
    this.notify();
  }

  /** @internal Called after printing: draws again at the width the screen had, if printing narrowed it. */
  restoreAfterPrint(): void {
    // A host that printed its loading state or a message has drawn nothing, so it waits again to be
    // near the viewport. Otherwise its data, arriving later, would draw it however far away it is.
    if (this.lastKind !== 'chart') this.granted = false;
    const width = this.screenWidth;
    this.screenWidth = 0;
    if (width <= 0 || width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }

  /** @internal Called by the shared IntersectionObserver. */
  intersected(near: boolean): void {
    if (!this.showsPlaceholder) return;
    const firstReport = !this.nearKnown;
    this.nearKnown = true;
    if (near === this.near) {
      // `pending` waits for the first report.
      if (firstReport) this.notify();
      return;
    }
    this.near = near;
    if (!near && !this.waitingForUpdate) queue.delete(this);
    else this.host.requestUpdate();
    this.notify();
  }

  /** @internal Called by the queue; returns whether the host drew. */
  drawQueued(): boolean {
    if (this.granted || !this.host.isConnected) return false;
    this.grant();
    this.host.requestUpdate();
    this.options.updateNow();
    return true;
  }

  /** @internal Called before printing, with the width to draw at on paper. */
  drawForPrint(width: number): void {
    if (width <= 0) return;
    if (width !== this.width) this.screenWidth = this.width || width;
    this.width = width;
    this.widthKnown = true;
    this.leaveQueue();
    this.printing = true;
    this.granted = true;
    this.host.requestUpdate();
    this.options.updateNow();
    this.printing = false;
  }

  private grant(): void {
    this.granted = true;
    this.drawStart = performance.now();
  }

  /** Leaves the queue; an update that waited there may run now, so that no update hangs. */
  private leaveQueue(): void {
    queue.delete(this);
    const resolve = this.resolveUpdate;
    this.resolveUpdate = null;
    resolve?.();
  }

  private enqueue(): void {
    if (queue.has(this)) return;
    queue.add(this);
    if (!queueRunPosted && !queueRunning) {
      queueRunPosted = true;
      postTask('run');
    }
  }

  /** @internal Starts observing the host's sizer, or waits until the current observer round ends. */
  observeSizer(): void {
    if (!this.host.isConnected) return;
    if (inResizeRound) {
      observeAfterRound.add(this);
      return;
    }
    const sizer = this.options.sizer();
    if (sizer && sizer !== this.sizer) {
      if (this.sizer) observer().unobserve(this.sizer);
      this.sizer = sizer;
      bySizer.set(sizer, this);
      observer().observe(sizer);
    }
  }

  private observeIntersection(): void {
    if (!this.granted && !this.observingIntersection && !this.options.eager()) {
      // The document as root, because browsers ignore the margin of the implicit root for targets
      // in an iframe, and charts there would draw only once visible.
      // The scroll margin lets a chart in a scrolling box draw a viewport ahead too (px only, so the
      // viewport's size when the first chart connected). Browsers that ignore it draw once visible.
      intersectionObserver ??= new IntersectionObserver(onIntersection, {
        root: document,
        rootMargin: NEAR_MARGIN,
        scrollMargin: `${window.innerHeight}px ${window.innerWidth}px`,
      } as IntersectionObserverInit);
      intersectionObserver.observe(this.host);
      this.observingIntersection = true;
    }
  }

  private forgetNearness(): void {
    this.stopIntersection();
    viewObserver?.unobserve(this.host);
    this.near = false;
    this.nearKnown = false;
    this.outOfView = false;
  }

  private stopIntersection(): void {
    if (!this.observingIntersection) return;
    intersectionObserver?.unobserve(this.host);
    this.observingIntersection = false;
  }

  private notify(): void {
    if (inResizeRound) notifyAfterRound.add(this);
    else this.notifyWaiters();
  }

  /** @internal Resolves every `nextChange()` promise. */
  notifyWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
