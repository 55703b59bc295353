import { html, svg, nothing, render as renderInto, type PropertyDeclaration, type PropertyValues, type TemplateResult, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Lang, Monitor, GebiedResult, Score, Weergave, Thema, Deelthema, Text } from '../../model/types.js';
import { MonitorSource, isThenable } from '../../data/monitor-source.js';
import { highlightCleared, inlineScript } from '../shared/linked-targets.js';
import { isAbortError } from '../../data/load-error.js';
import { findGebied, selectResult, suggestionNames } from '../../model/select.js';
import { valueText } from '../../model/compare.js';
import {
  layoutProfile,
  profileFrame,
  textArcPath,
  fitTextInSizes,
  arcLength,
  polar,
  PAD_ANGLE,
  type ProfileLayout,
  type Slice,
} from '../../geometry/profile-layout.js';
import { trendMarkerPath, trendShape } from '../../geometry/markers.js';
import { valueBand, bandPath } from '../../geometry/value-radius.js';
import { TOTAL_VALUE_SIZE, placeTotal, type TotalPlacement } from '../../geometry/total-layout.js';
import { catalogs, reasonText, truncateValue, unknownGebiedLog, writtenGebied, type Catalog } from '../../i18n/catalog.js';
import { formatNumber } from '../../i18n/format.js';
import { resolveLang } from '../../i18n/lang.js';
import { TextMeasurer } from '../shared/measure.js';
import { DrawScheduler, type RenderedKind } from '../shared/draw-scheduler.js';
import { WebFontWatcher } from '../shared/web-fonts.js';
import { PageLangWatcher } from '../shared/page-lang.js';
import { ratingClass, ratingPattern } from '../shared/classes.js';
import { patternDefs } from '../shared/patterns.js';
import { styleProperties } from '../shared/style-properties.js';
import { DataAttributeAliases } from '../shared/data-attributes.js';
import { SliceTransition, sliceTransitionStyles, type TargetSlice } from '../shared/slice-transition.js';
import { emit } from '../shared/events.js';
import { liveRole, loadErrorBody } from '../shared/load-message.js';
import { WEERGAVEN, checkLang, checkValue, invalidValueNotes, withCurly, noteStyles, type PageProblem } from '../shared/attribute-values.js';
import { profielTaartStyles } from './profiel-taart.styles.js';
import { MonitorElement } from '../shared/monitor-element.js';
import { nameText, textLang } from '../shared/names.js';

/** Width in px that a chart is laid out at before its width is observed, as `layoutProfile` does. */
const DEFAULT_WIDTH = 320;

function deelthemaCount(monitor: Monitor): number {
  return monitor.themas.reduce((sum, thema) => sum + thema.deelthemas.length, 0);
}

/** True when the monitor's chart has the same proportions, and so the same height per px of width, at both widths. */
function sameShape(from: number, to: number, monitor: Monitor | undefined): boolean {
  const count = monitor ? deelthemaCount(monitor) : 0;
  const before = profileFrame(from, count);
  const after = profileFrame(to, count);
  return before.outerLabels === after.outerLabels && Math.abs(before.height / before.width - after.height / after.width) < 1e-6;
}

/**
 * Placeholder keys by monitor, language and trend signature, built once and cloned, because a clone
 * costs less than a template.
 */
const keyTexts = new WeakMap<Monitor, Map<string, HTMLUListElement>>();

/**
 * Heights in px of placeholder keys as laid out, by monitor, and by language, trend signature, width
 * and font. A placeholder whose key has a known height takes that height without its text, because
 * laying out the text of hundreds of keys in columns costs more than anything else a placeholder
 * does. NOTE: such a placeholder can still differ in height from its chart, which corrects it when
 * it draws. That happens when a `::part(key)` rule gives some keys another font than their hosts'.
 * It also happens when a host's font family or text spacing changed after the latest report of its
 * sizer, because only a change of font size or line height changes the sizer's size.
 */
let keyHeights = new WeakMap<Monitor, Map<string, number>>();
/** Font sizes of the captions in the centre, as in the styles. */
const CAPTION_FONT = '11px';
const SMALL_CAPTION_FONT = '10px';
/** Fonts of the thema names on the inner ring, as in the styles: the usual one, then the small one. */
const THEMA_NAME_FONTS = ['700 12px', '700 10px'];
/** Distance in px between the two lines of a class label in the centre. */
const CAPTION_LINE_HEIGHT = 12;

/**
 * Returns the key of a placeholder: the lines of the drawn key with empty boxes where the swatches
 * and trend markers go, so that its text wraps, and the key takes the height, exactly as drawn.
 * `trends` has a 1 for each deelthema, in key order, whose line shows a trend marker.
 */
function keyTextList(monitor: Monitor, lang: Lang, trends: string): HTMLUListElement {
  let byKey = keyTexts.get(monitor);
  if (!byKey) {
    byKey = new Map();
    keyTexts.set(monitor, byKey);
  }
  const cacheKey = `${lang}|${trends}`;
  const cached = byKey.get(cacheKey);
  if (cached) return cached;

  const list = document.createElement('ul');
  list.className = 'key';
  list.setAttribute('part', 'key');
  list.setAttribute('aria-hidden', 'true');
  let index = 0;
  for (const thema of monitor.themas) {
    const group = list.appendChild(document.createElement('li')).appendChild(document.createElement('ul'));
    const heading = group.appendChild(document.createElement('li'));
    heading.className = 'thema-heading';
    heading.textContent = thema.label[lang];
    if (textLang(thema.label) === 'nl') heading.lang = 'nl';
    for (const deelthema of thema.deelthemas) {
      const line = group.appendChild(document.createElement('li'));
      line.appendChild(document.createElement('span')).className = 'swatch';
      const [start, lastWord] = splitLastWord(deelthema.label[lang]);
      const tail = document.createElement('span');
      tail.className = 'last-word';
      tail.textContent = lastWord;
      if (trends[index++] === '1') tail.appendChild(document.createElement('span')).className = 'trend-icon';
      const text = line.appendChild(document.createElement('span'));
      text.append(start, tail);
      if (textLang(deelthema.label) === 'nl') text.lang = 'nl';
    }
  }
  byKey.set(cacheKey, list);
  return list;
}

/** Splits a key name before its last word, which the key keeps together with the trend marker after it. */
function splitLastWord(name: string): [string, string] {
  const start = name.lastIndexOf(' ') + 1;
  return [name.slice(0, start), name.slice(start)];
}

/** A slice the user can move to: a thema or a deelthema, in data order. */
interface NavigationItem {
  id: string;
  kind: 'thema' | 'deelthema';
  thema: Thema;
  deelthema: Deelthema | null;
}

type Selection =
  | { ok: true; result: GebiedResult; previousJaar: number | null }
  | { ok: false; message: string; log: string };

/**
 * A profieltaart: the profile of one gebied in one jaar. The total score sits in the centre, the
 * themes form the inner ring and their deelthema's the outer ring, each coloured by its class.
 *
 * @tagname profiel-taart
 * @summary Profieltaart of one gebied in one jaar from a wijkmonitor data file.
 *
 * @fires {CustomEvent<ThemaHighlightDetail>} wbm-thema-highlight - A visitor pointed at, tapped, focused or left a slice; `themaId` and `deelthemaId` name it, both null when the highlight ends, `source` is `'profiel-taart'`.
 *
 * @csspart figure - The figure around title, chart, details and table.
 * @csspart title - The chart title with the gebied and jaar.
 * @csspart chart - The focusable chart area.
 * @csspart details - The details of the active slice.
 * @csspart table - The data table with every drawn value.
 * @csspart message - The message shown in place when the chart cannot be drawn.
 * @csspart note - A note under the chart on an attribute value that is not valid, such as a misspelt `weergave`.
 * @csspart loading - The loading indicator shown while the data is fetched.
 * @csspart key - The list of deelthema's under a chart narrower than 520 px.
 * @csspart source - The line that names the source of the data.
 * @csspart table-toggle - The button that shows or hides the data table.
 *
 * @cssproperty --wbm-text-color - Text colour.
 * @cssproperty --wbm-muted-text-color - Colour of secondary text.
 * @cssproperty --wbm-font-family - Font family; the page's font by default.
 * @cssproperty --wbm-class-plus-3-color - Fill of classes rated 3, the best of a seven-class scale.
 * @cssproperty --wbm-class-plus-2-color - Fill of classes rated 2.
 * @cssproperty --wbm-class-plus-1-color - Fill of classes rated 1 (boven gemiddeld, vooruit).
 * @cssproperty --wbm-class-neutral-color - Fill of classes rated 0 (gemiddeld, ongeveer gelijk).
 * @cssproperty --wbm-class-minus-1-color - Fill of classes rated −1 (beneden gemiddeld, achteruit).
 * @cssproperty --wbm-class-minus-2-color - Fill of classes rated −2.
 * @cssproperty --wbm-class-minus-3-color - Fill of classes rated −3, the worst of a seven-class scale.
 * @cssproperty --wbm-no-data-color - Fill of slices without data.
 * @cssproperty --wbm-slice-border-color - Border between slices.
 * @cssproperty --wbm-focus-color - Focus ring and active slice outline.
 * @cssproperty --wbm-marker-color - Fill of trend markers.
 * @cssproperty --wbm-marker-border-color - Outline of trend markers.
 * @cssproperty --wbm-font-size - Base font size; `1rem` by default.
 * @cssproperty --wbm-focus-halo-color - Halo between the focus ring and the chart.
 * @cssproperty --wbm-on-class-text-color - Text on coloured slices and the centre.
 * @cssproperty --wbm-pattern-color - Dots and hatching that tell classes apart without colour.
 * @cssproperty --wbm-no-data-border-color - Dashed border and hatching of slices without data.
 * @cssproperty --wbm-leader-color - Lines from slices to their labels.
 * @cssproperty --wbm-muted-border-color - Border of the details box when no slice is active.
 * @cssproperty --wbm-swatch-border-color - Border of the colour swatches in the key.
 * @cssproperty --wbm-details-background - Background of the details box.
 * @cssproperty --wbm-button-color - Text colour of buttons.
 * @cssproperty --wbm-button-background - Background of buttons.
 * @cssproperty --wbm-button-border-color - Border of buttons.
 * @cssproperty --wbm-border-radius - Corner radius of buttons and message boxes.
 * @cssproperty --wbm-table-border-color - Lines between table rows.
 * @cssproperty --wbm-error-border-color - Border of the message box.
 * @cssproperty --wbm-error-background - Background of the message box.
 * @cssproperty --wbm-loading-color - The disc shown while loading.
 * @cssproperty --wbm-profiel-taart-text-color - Text colour of this element only; falls back to `--wbm-text-color`.
 * @cssproperty --wbm-profiel-taart-font-family - Font family of this element only; falls back to `--wbm-font-family`.
 * @cssproperty --wbm-profiel-taart-font-size - Base font size of this element only; falls back to `--wbm-font-size`.
 * @cssproperty --wbm-profiel-taart-title-color - Colour of the title.
 * @cssproperty --wbm-profiel-taart-title-font-size - Font size of the title; `1.125em` by default.
 * @cssproperty --wbm-profiel-taart-title-font-weight - Font weight of the title; `700` by default.
 * @cssproperty --wbm-profiel-taart-focus-color - Focus ring of this element only; falls back to `--wbm-focus-color`.
 * @cssproperty --wbm-profiel-taart-details-background-color - Background of the details box; falls back to `--wbm-details-background`.
 * @cssproperty --wbm-profiel-taart-button-color - Text colour of the table button; falls back to `--wbm-button-color`.
 * @cssproperty --wbm-profiel-taart-button-background-color - Background of the table button; falls back to `--wbm-button-background`.
 * @cssproperty --wbm-profiel-taart-button-border-color - Border of the table button; falls back to `--wbm-button-border-color`.
 * @cssproperty --wbm-profiel-taart-button-border-radius - Corner radius of the table button; falls back to `--wbm-border-radius`.
 * @cssproperty --wbm-profiel-taart-table-border-color - Lines between table rows; falls back to `--wbm-table-border-color`.
 * @cssproperty --wbm-profiel-taart-message-border-color - Border of the message box; falls back to `--wbm-error-border-color`.
 * @cssproperty --wbm-profiel-taart-message-background-color - Background of the message box; falls back to `--wbm-error-background`.
 * @cssproperty --wbm-zero-line-color - Zero line of slices that show their value by length (`straal="waarde"`).
 * @cssproperty --wbm-value-track-color - Ring behind slices that show their value by length.
 * @cssproperty --wbm-margin-block - Space above and below the element; `1em` by default. It takes one length, or two for above and below, as CSS `margin-block` does. In normal flow it collapses with the margin of a paragraph or heading next to it, but in a flex or grid layout it adds to the gap. `0` removes it.
 * @cssproperty --wbm-profiel-taart-margin-block - Space above and below this element only; falls back to `--wbm-margin-block`.
 */
export class ProfielTaart extends MonitorElement {
  static override styles = [profielTaartStyles, sliceTransitionStyles, noteStyles];

  /** Attributes that a CMS may also write as `data-src`, `data-gebied` and so on. @internal */
  private static readonly aliased = ['src', 'gebied', 'jaar', 'weergave', 'straal', 'timeout', 'lang', 'loading'];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...DataAttributeAliases.observed(ProfielTaart.aliased)];
  }

  /** URL of a monitor or profile JSON file. */
  @property({ reflect: true }) src: string | null = null;

  /**
   * Monitor or profile object (or JSON text), or a promise of one, which shows the loading state until
   * it settles or `timeout` has passed. Takes precedence over inline JSON and `src`. An object is
   * validated once for every element it is given to, so changes made to it after it was set are not
   * seen: set a new object.
   */
  @property({ attribute: false }) data: unknown = undefined;

  /** Code (`BU07960101`) or name (`Binnenstad centrum`) of the gebied to show. */
  @property({ reflect: true }) gebied: string | null = null;

  /**
   * Jaar to show, as a number (`2020`) or text (`'2020'`, as the attribute gives it); the latest jaar
   * with results for the gebied when absent.
   */
  @property({ reflect: true }) jaar: number | string | null = null;

  /** Which scale colours the slices: `situatie` (against the city average) or `ontwikkeling` (since the previous edition). */
  @property({ reflect: true }) weergave: Weergave = 'situatie';

  /**
   * What the length of a deelthema slice shows: `vast` (default), every slice fills the ring and
   * colour carries the class; `waarde`, the slice runs from a visible zero line to the radius of its
   * value on the monitor's fixed domain (`waarden.domein`), inward for negative values.
   */
  @property({ reflect: true }) straal: 'vast' | 'waarde' = 'vast';

  /** Time to wait for `src` or a promise set as `data` before showing a timeout message, in ms (30 000 by default). */
  @property({ type: Number }) timeout: number | undefined = undefined;

  /** Language of the element's text: `nl` (default) or `en`; falls back to the nearest `lang` on the page. */
  @property({ reflect: true }) override lang!: string;

  /**
   * When the chart draws. `lazy` (default): once it comes within one viewport of the visible area,
   * with a placeholder of the same size until then. `eager`: as soon as the data is there.
   * Every chart also draws before printing and when it gets focus.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  @state() private activeId: string | null = null;
  @state() private pinned = false;
  @state() private tableOpen = false;
  /**
   * False until the data table has been rendered once. The first draw leaves the table to a task of
   * its own, so the first frame that shows the chart does not wait for it.
   */
  private tableRendered = false;
  /** Resolves once the task that renders the table after the first draw has run. */
  private tableTask: Promise<void> | null = null;
  /**
   * The table for the latest render, or null when it drew no chart. `updated()` renders it into the
   * table wrapper with its own Lit `render()` call, so rendering it later needs no second update.
   */
  private tableContent: (() => TemplateResult) | null = null;
  @state() private announcement = '';

  private readonly source = new MonitorSource(this);
  private readonly aliases = new DataAttributeAliases(this, ProfielTaart.aliased);
  private readonly transition = new SliceTransition(this);
  private readonly drawing = new DrawScheduler(this, {
    sizer: () => this.renderRoot.querySelector('.sizer'),
    eager: () => this.loading === 'eager',
    updateNow: () => this.performUpdate(),
    // A reused key height holds only for the width and font it was measured at, so the placeholder
    // renders again for any report of its sizer, whose height follows the font.
    keepsSize: (from, to) => this.renderedKind !== 'placeholder' || (!this.keySpacer?.isConnected && sameShape(from || DEFAULT_WIDTH, to, this.source.monitor)),
    settled: () => this.dataRendered(),
    read: () => {
      const style = getComputedStyle(this);
      // Inherited properties that set the width of the key's text and the height of its lines. NOTE:
      // rarer ones, such as font-stretch or font-feature-settings, are left out and can still differ.
      const font = `${style.fontSize} ${style.lineHeight} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily} ${style.letterSpacing} ${style.wordSpacing} ${style.textTransform}`;
      // The chart fits its names again when the font or text spacing changes, as a user style sheet
      // for legibility does. NOTE: the sizer reports only a change of font size or line height, so a
      // change of letter or word spacing alone shows at the next render.
      if (this.font && font !== this.font) this.requestUpdate();
      this.font = font;
    },
  });
  /** The host's computed font and text spacing as of the latest report of its sizer; part of the key of `keyHeights`. */
  private font = '';
  /** The placeholder key that the latest render showed with its text, and under which key of `keyHeights` its height goes. */
  private keyToMeasure: { monitor: Monitor; key: string } | null = null;
  private keySpacer: HTMLUListElement | null = null;
  /** Kind of the latest render (chart, placeholder or other), reported to the scheduler once it is committed. */
  private renderedKind: RenderedKind = 'other';
  /** The slice id last reported in `wbm-thema-highlight`, so that moving within one slice fires once. */
  private emittedId: string | null = null;
  /** Thema or deelthema ids of the monitor on screen, by slice id, for highlight events. */
  private themaOfSlice = new Map<string, string>();
  private readonly measurer = new TextMeasurer();
  private keyText: { list: HTMLUListElement; copy: HTMLUListElement } | null = null;
  private loggedSelectionError = '';
  /** True after an arrow key chose a slice, until the next update shows its details. */
  private revealDetails = false;
  /** Closes pinned details when a visitor taps or clicks anywhere outside the chart. */
  private readonly onOutsidePointerDown = (event: Event) => {
    if (event.composedPath().includes(this)) return;
    this.pinned = false;
    this.activeId = null;
    this.announcement = '';
    this.emitHighlight();
  };
  /** Closes details that the pointer or a linked legend opened, without moving the pointer or the focus. */
  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.pinned) return;
    this.activeId = null;
    this.emitHighlight();
  };
  private readonly onFontsLoaded = () => {
    this.measurer.clear();
    keyHeights = new WeakMap();
    this.requestUpdate();
  };
  /**
   * Highlights a slice that the pointer enters. One capturing listener on the chart receives the
   * `pointerenter` of every slice, which does not bubble, so slices need no listener each.
   */
  private readonly onSliceEnter = {
    handleEvent: (event: Event) => {
      const target = event.target;
      if (target instanceof SVGPathElement && target.classList.contains('slice')) this.onPointerEnter(target.getAttribute('data-id')!);
    },
    capture: true,
  };
  /** A placeholder that gets focus draws at once, so that keyboard users find the chart they tabbed to. */
  private readonly onFocusIn = () => this.drawing.drawNow();

  constructor() {
    super();
    // The watchers register themselves as controllers of this element.
    new WebFontWatcher(this, () => this.onFontsLoaded());
    new PageLangWatcher(this, () => this.lang_);
    this.addEventListener('focusin', this.onFocusIn);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pinned) document.addEventListener('pointerdown', this.onOutsidePointerDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointerDown, true);
    document.removeEventListener('keydown', this.onEscape);
  }

  /**
   * Resolves when the element shows what it will show until something changes: the chart for the
   * current data, a placeholder while a lazy chart waits outside the viewport, or a message. Data
   * from `data` or inline JSON is read first; while `src` loads, it resolves with the loading state.
   * It also resolves while the element is disconnected or not rendered (`display: none`).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      const complete = await super.getUpdateComplete();
      // An update that the data task or the scheduler requested meanwhile is part of this wait.
      if (this.isUpdatePending) continue;
      if (this.readingDataInMemory) await this.source.task.taskComplete.catch(() => undefined);
      else if (this.tableTask) await this.tableTask;
      else if (this.drawing.pending) await this.drawing.nextChange();
      else return complete;
    }
  }

  /**
   * Delays the first update until its turn among the queued updates of every chart on the page, and
   * a later update too when the task has spent its budget or the element is a placeholder far from
   * the viewport. A later update that runs at once counts against the budget.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = this.hasUpdated ? this.drawing.laterUpdateTurn() : this.drawing.firstUpdateTurn();
    if (turn) return turn.then(() => super.scheduleUpdate());

    const start = performance.now();
    super.scheduleUpdate();
    this.drawing.updatedNow(performance.now() - start);
  }

  /** Resolves once data given in memory is read and rendered, without waiting for the chart to draw. */
  private async dataRendered(): Promise<void> {
    for (;;) {
      await super.getUpdateComplete();
      if (this.isUpdatePending) continue;
      if (!this.readingDataInMemory) return;
      await this.source.task.taskComplete.catch(() => undefined);
    }
  }

  /**
   * True while the task validates data given through `data` or inline JSON, which needs no network.
   * A promise in `data` is waited for as `src` is.
   */
  private get readingDataInMemory(): boolean {
    if (this.source.task.status !== TaskStatus.PENDING || !this.isConnected) return false;
    return (this.data != null && !isThenable(this.data)) || inlineScript(this) !== null;
  }

  /** Fetches `src` again, also after a successful load. Other elements on the page that failed to load the same file try again too. */
  reload(): void {
    this.source.reload();
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.aliases.attributeChanged(name, value);
  }


  /**
   * Highlights a thema or deelthema by id, as if a visitor pointed at it, or clears the highlight
   * with null. Linked elements such as `<thema-legenda>` call this; it fires no event.
   */
  highlight(id: string | null): void {
    this.activeId = id;
    this.pinned = false;
    this.emittedId = id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawing.rendered(this.renderedKind);
    this.measurePlaceholderKey();
    this.renderTableContent();
    // Listen outside only while details are pinned, so an idle chart adds nothing to the document.
    if (changed.has('pinned' as keyof ProfielTaart)) {
      if (this.pinned) document.addEventListener('pointerdown', this.onOutsidePointerDown, true);
      else document.removeEventListener('pointerdown', this.onOutsidePointerDown, true);
    }
    // Escape closes details that are shown but not pinned wherever the focus is, such as on a page
    // link while the pointer rests on a slice. Pinned details close with Escape on the chart.
    if (this.activeId !== null && !this.pinned) document.addEventListener('keydown', this.onEscape);
    else document.removeEventListener('keydown', this.onEscape);
    // A visitor who moves through the slices with arrow keys cannot scroll meanwhile, and on a phone
    // the details under the chart start below the fold.
    if (this.revealDetails) {
      this.revealDetails = false;
      this.renderRoot.querySelector('.details')?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const animated = ['gebied', 'jaar', 'weergave', 'data', 'src', 'straal'] as const;
    if (this.hasUpdated && animated.some((key) => changed.has(key as keyof ProfielTaart))) this.transition.animateNext();
  }

  /**
   * Clears the highlight when gebied, jaar or the data change, at the change itself. The update that
   * shows the change may wait in the queue, and a highlight that a visitor or a linked legend sets
   * meanwhile belongs to the new chart. A linked legend clears its highlight too. @internal
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== 'gebied' && name !== 'jaar' && name !== 'data' && name !== 'src') return;

    // Gebied, jaar and src are read as trimmed text, so `jaar = 2020` after `jaar="2020"` changes nothing.
    const read = (value: unknown) => (name === 'data' ? value : valueText(value ?? '').trim());
    if (read(this[name]) !== read(oldValue)) this.endHighlight();
  }

  /** Clears the highlight, as for new data, when `MonitorSource` reads changed inline JSON. @internal */
  inlineChanged(): void {
    this.endHighlight();
  }

  /** Clears the highlight and the pin for a new chart, in this element and in a linked legend. */
  private endHighlight(): void {
    if (!this.hasUpdated) return;
    const hadHighlight = this.activeId !== null;
    this.activeId = null;
    this.pinned = false;
    // The next slice a visitor points at is reported, even the one reported last before the change.
    this.emittedId = null;
    if (hadHighlight) highlightCleared(this);
  }

  private get lang_(): Lang {
    // A `lang` set as a property reaches the attribute only after this render, so read it first.
    const own = valueText(this.lang ?? '').trim();
    if (own) return /^en\b/i.test(own) ? 'en' : 'nl';
    return resolveLang(this);
  }

  /**
   * Adds the sizer before the first render, so that the scheduler learns the width in the first frame
   * and a first update that waited for its turn renders at that width. Lit renders after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.appendChild(document.createElement('div')).className = 'sizer';
    return root;
  }

  protected override render(): TemplateResult {
    return this.renderState();
  }

  private renderState(): TemplateResult {
    const lang = this.lang_;
    const catalog = catalogs[lang];
    this.renderedKind = 'other';
    this.tableContent = null;

    switch (this.source.task.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return this.renderLoading(catalog);
      case TaskStatus.ERROR:
        if (isAbortError(this.source.task.error)) return this.renderLoading(catalog);
        return this.renderLoadError(this.source.task.error, catalog, lang);
      case TaskStatus.COMPLETE:
        return this.renderMonitor(this.source.task.value!, lang, catalog);
    }
  }

  private renderLoading(catalog: Catalog): TemplateResult {
    return html`<div class="loading" part="loading" role=${liveRole('status')}><span class="loading-disc"></span><span>${catalog.loading}</span></div>`;
  }

  /** Renders a message in place as `renderMessage` of the shared module does, with `key` identifying the failure. */
  private renderMessage(catalog: Catalog, body: TemplateResult | string, key: unknown): TemplateResult {
    return html`<div class="message" part="message" role=${liveRole('alert', key)}>
      <p class="message-title">${catalog.errorTitle}</p>
      ${body}
    </div>`;
  }

  /** Renders the message on a load failure, with the notes on invalid attribute values beside it. */
  private renderLoadError(error: unknown, catalog: Catalog, lang: Lang): TemplateResult {
    return html`${this.renderMessage(catalog, loadErrorBody(error, lang, this.src, this.source.timeoutMs(), null, null, this), error)}${this.renderNotes(lang)}`;
  }

  /**
   * Renders the notes on invalid values of `weergave`, `straal`, `loading` and `lang`, then
   * `dataProblem`, a problem of the drawn data.
   */
  private renderNotes(lang: Lang, dataProblem: PageProblem | null = null) {
    return invalidValueNotes(this, lang, [
      checkValue('weergave', this.weergave, WEERGAVEN),
      checkValue('straal', this.straal, ['vast', 'waarde']),
      checkValue('loading', this.loading, ['lazy', 'eager']),
      checkLang(this),
      dataProblem,
    ]);
  }

  /**
   * Returns the problem of the thema's and deelthema's of `result` whose score has a value but no
   * klasse (`situatie`), or else a verschil but no ontwikkeling, or null. A profile written by hand
   * may leave the class out, and the chart then draws that part as no data although its number is
   * known.
   * NOTE: a totaal without klasse gets no note, because profiles may give it as a bare number
   * ("totaal": "6,8"). Its centre shows the number on the no-data fill.
   */
  private checkKlasse(monitor: Monitor, result: GebiedResult, situatie: boolean): PageProblem | null {
    const missing: Text[] = [];
    const lacksClass = (score: Score | undefined) => (situatie ? score?.value != null && !score.klasse : score?.difference != null && !score.ontwikkeling);
    for (const thema of monitor.themas) {
      if (lacksClass(result.themas.get(thema.id))) missing.push(thema.label);
      for (const deelthema of thema.deelthemas) {
        if (lacksClass(result.deelthemas.get(deelthema.id))) missing.push(deelthema.label);
      }
    }
    if (!missing.length) return null;
    return {
      key: `klasse-missing=${situatie}=${missing.map((label) => label.nl).join('|')}`,
      message: {
        nl: catalogs.nl.missingKlasse(missing.map((label) => label.nl), situatie),
        en: catalogs.en.missingKlasse(missing.map((label) => label.en), situatie),
      },
    };
  }

  /**
   * Selects the result to draw. A gebied or jaar that is not found gets the message on curly quotes
   * instead when its value has them. That message names a `jaar` in curly quotes too, which would
   * fail next, and follows the message on a gebied that is not found for another reason.
   */
  private select(monitor: Monitor, lang: Lang, catalog: Catalog): Selection {
    let query = valueText(this.gebied ?? '').trim();
    if (!query) {
      if (monitor.gebieden.length === 1) query = monitor.gebieden[0].code;
      else {
        const example = monitor.gebieden.find((gebied) => gebied.type === 'buurt') ?? monitor.gebieden[0];
        return {
          ok: false,
          message: catalog.errors.noGebied(example?.naam ?? ''),
          log: 'No gebied attribute; set gebied to a code or name.',
        };
      }
    }

    const found = findGebied(monitor, query);
    if (!('gebied' in found)) {
      const names = suggestionNames(found.suggestions);
      return { ok: false, ...withCurly(this, lang, ['gebied', 'jaar'], { message: catalog.errors.unknownGebied(query, names), log: unknownGebiedLog(query, names) }) };
    }

    const jaarText = valueText(this.jaar ?? '').trim();
    const jaar = jaarText === '' ? undefined : Number(jaarText);
    const selected = jaar === undefined || Number.isInteger(jaar) ? selectResult(monitor, found.gebied, jaar) : null;
    if (!selected || !('result' in selected)) {
      const available = selected && 'jaren' in selected ? selected.jaren : monitor.jaren;
      const gebied = writtenGebied(query, found.gebied.code);
      return {
        ok: false,
        ...withCurly(this, lang, ['jaar'], {
          message: catalog.errors.unknownJaar(jaarText, available),
          log: available.length
            ? `No result for gebied ${gebied} in jaar "${truncateValue(jaarText)}"; available: ${available.join(', ')}.`
            : `No result for gebied ${gebied} in any jaar; choose another gebied.`,
        }),
      };
    }

    const result = selected.result;
    const earlier = monitor.jaren.filter((year) => year < result.jaar);
    return { ok: true, result, previousJaar: earlier.length ? earlier[earlier.length - 1] : null };
  }

  private renderMonitor(monitor: Monitor, lang: Lang, catalog: Catalog): TemplateResult {
    // The notes show every mistake in the attributes at once, and are logged before the message.
    const selection = this.select(monitor, lang, catalog);
    const situatie = this.weergave !== 'ontwikkeling';
    const notes = this.renderNotes(lang, selection.ok ? this.checkKlasse(monitor, selection.result, situatie) : null);
    if (!selection.ok) {
      if (this.loggedSelectionError !== selection.log) {
        this.loggedSelectionError = selection.log;
        console.error(`<${this.localName}>: ${selection.log}`, this);
      }
      return html`${this.renderMessage(catalog, html`<p>${selection.message}</p>`, selection.log)}${notes}`;
    }
    this.loggedSelectionError = '';

    const { result, previousJaar } = selection;
    const weergave: Weergave = this.weergave === 'ontwikkeling' ? 'ontwikkeling' : 'situatie';
    // A chart draws only once the scheduler has its width. Until then the placeholder takes the size
    // of a chart at the default width, which for narrow charts has the same shape.
    const width = this.drawing.width || DEFAULT_WIDTH;
    const full = this.tableOpen || this.drawing.mayDraw();
    this.renderedKind = full ? 'chart' : 'placeholder';
    const layout = full
      ? layoutProfile(
          monitor.themas.map((thema) => ({ id: thema.id, deelthemas: thema.deelthemas.map((deel) => deel.id) })),
          width,
        )
      : profileFrame(width, deelthemaCount(monitor));
    if (full) {
      this.measurer.read(this);
      this.tableContent = () => this.renderTable(monitor, result, lang, catalog, previousJaar);
    }

    const navigation = this.navigationItems(monitor);
    const active = full ? (navigation.find((item) => item.id === this.activeId) ?? null) : null;
    const name = catalog.chartName(result.gebied.naam, result.jaar);
    const subtitle = weergave === 'situatie' ? catalog.weergave.situatie : catalog.weergave.ontwikkeling(previousJaar);

    const chartSvg =
      'themas' in layout
        ? this.renderSvg(monitor, result, layout, weergave, lang, catalog)
        : svg`<svg viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height} aria-hidden="true" focusable="false"></svg>`;
    const summary = full ? html`<p id="summary" class="visually-hidden" .textContent=${`${this.summaryText(monitor, result, catalog)} ${catalog.keyboardHint}`}></p>` : nothing;
    let key: unknown = nothing;
    if (!layout.outerLabels) key = full ? this.renderKey(monitor, result, weergave, lang) : this.placeholderKey(monitor, result, lang);
    const source = monitor.source ? html`<p class="source" part="source" lang=${textLang(monitor.source)} .textContent=${monitor.source[lang]}></p>` : nothing;

    // No white space between tags, and `.textContent` for text without a gebied name: every text node
    // and Lit marker comment adds up on a page of many charts.
    // Details stay while the pointer is anywhere on the figure, so that it can move onto them.
    return html`<figure part="figure" @pointerleave=${this.onPointerLeave}><figcaption><p class="title" part="title">${nameText(catalog.chartTitle(result.gebied.naam, result.jaar))}</p><p class="subtitle" .textContent=${subtitle}></p></figcaption><div
        class="chart"
        part="chart"
        tabindex="0"
        role=${full ? 'group' : 'img'}
        aria-roledescription=${lang === 'nl' ? 'profieltaart' : 'profile chart'}
        aria-label=${full ? name : this.placeholderName(name, monitor, result, weergave, lang, catalog)}
        aria-describedby=${full ? 'summary' : nothing}
        ?data-placeholder=${!full}
        @keydown=${(event: KeyboardEvent) => this.onKeydown(event, navigation, monitor, result, lang, previousJaar)}
        @pointerenter=${this.onSliceEnter}
        @click=${this.onChartClick}
      >${chartSvg}</div>${summary}<div class="visually-hidden" aria-live="polite" .textContent=${this.announcement}></div>${this.renderDetails(active, monitor, result, weergave, lang, catalog, previousJaar)}${key}${source}${notes}<button
        class="table-toggle"
        part="table-toggle"
        type="button"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        @click=${this.toggleTable}
        .textContent=${this.tableOpen ? catalog.hideTable : catalog.showTable}
      ></button>${full ? this.renderTableWrapper(catalog.tableCaption(result.gebied.naam, result.jaar)) : nothing}</figure>`;
  }

  /**
   * Renders the box of the data table. An open table is a named region in the tab order, so that
   * keyboard users can scroll a table wider than the chart in every engine. WebKit leaves a scroll
   * box out of the tab order unless it has a tabindex. A closed table is for screen readers only.
   */
  private renderTableWrapper(name: string): TemplateResult {
    const open = this.tableOpen;
    return html`<div
      class="table-wrapper ${open ? '' : 'visually-hidden'}"
      tabindex=${open ? '0' : nothing}
      role=${open ? 'region' : nothing}
      aria-label=${open ? name : nothing}
    ></div>`;
  }

  /**
   * Renders the data table of a drawn chart: at once, or for the first draw in a task of its own,
   * which `updateComplete` waits for.
   */
  private renderTableContent(): void {
    if (!this.tableContent) return;
    if (this.tableRendered || this.tableOpen) {
      this.fillTableWrapper();
      return;
    }

    this.tableTask ??= new Promise((resolve) => {
      setTimeout(() => {
        this.tableTask = null;
        this.fillTableWrapper();
        resolve();
      }, 0);
    });
  }

  /** Renders the latest table into the wrapper that the latest render left for it. */
  private fillTableWrapper(): void {
    const wrapper = this.renderRoot.querySelector<HTMLElement>('.table-wrapper');
    if (!wrapper || !this.tableContent) return;
    renderInto(this.tableContent(), wrapper);
    this.tableRendered = true;
  }

  /**
   * Returns the key of a placeholder: an empty list of the height that such a key had elsewhere on the
   * page at this width, or else this element's copy of the shared key text, whose height is then measured.
   */
  private placeholderKey(monitor: Monitor, result: GebiedResult, lang: Lang): HTMLUListElement {
    const trends = monitor.themas.map((thema) => thema.deelthemas.map((deelthema) => (result.deelthemas.get(deelthema.id)?.ontwikkeling ? '1' : '0')).join('')).join('');
    const signature = `${lang}|${trends}`;
    const height = this.drawing.widthKnown ? keyHeights.get(monitor)?.get(`${signature}|${this.drawing.width}|${this.font}`) : undefined;
    if (height !== undefined) {
      if (!this.keySpacer) {
        this.keySpacer = document.createElement('ul');
        this.keySpacer.className = 'key';
        this.keySpacer.setAttribute('part', 'key');
        this.keySpacer.setAttribute('aria-hidden', 'true');
        // The measured height is the border box, also when a `::part(key)` rule adds padding.
        this.keySpacer.style.boxSizing = 'border-box';
      }
      // Set through the CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
      this.keySpacer.style.height = `${height}px`;
      return this.keySpacer;
    }

    this.keyToMeasure = { monitor, key: signature };
    const list = keyTextList(monitor, lang, trends);
    if (this.keyText?.list !== list) this.keyText = { list, copy: list.cloneNode(true) as HTMLUListElement };
    return this.keyText.copy;
  }

  /** Measures the key text that the latest render showed in a placeholder, for placeholders of the same kind and size. */
  private measurePlaceholderKey(): void {
    const toMeasure = this.keyToMeasure;
    this.keyToMeasure = null;
    const list = toMeasure && this.keyText?.copy;
    if (!toMeasure || !list?.isConnected) return;
    this.drawing.measureOnce(list, (entry) => {
      // Read the font again: a new font family keeps the sizer's size, so no report updated `font`.
      this.drawing.readLayout();
      const width = this.drawing.layoutWidth;
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      if (!list.isConnected || !width || !this.font || !(height > 0)) return;
      let byKey = keyHeights.get(toMeasure.monitor);
      if (!byKey) {
        byKey = new Map();
        keyHeights.set(toMeasure.monitor, byKey);
      }
      byKey.set(`${toMeasure.key}|${width}|${this.font}`, height);
    });
  }

  /** Accessible name of a placeholder: the chart's name with its total score, which the summary gives once drawn. */
  private placeholderName(name: string, monitor: Monitor, result: GebiedResult, weergave: Weergave, lang: Lang, catalog: Catalog): string {
    const klasse = this.classOf(result.totaal, weergave);
    const value = weergave === 'ontwikkeling' ? result.totaal.difference : result.totaal.value;
    let total: string;
    if (value !== null) total = formatNumber(value, lang, monitor.values.decimals, weergave === 'ontwikkeling');
    else if (klasse) total = klasse.label[lang];
    else total = this.missingTotalText(monitor, result, weergave, catalog);
    if (value !== null && klasse) total = `${total}, ${klasse.label[lang]}`;
    return `${name}. ${catalog.total}: ${total}`;
  }

  private navigationItems(monitor: Monitor): NavigationItem[] {
    const items: NavigationItem[] = [];
    for (const thema of monitor.themas) {
      items.push({ id: thema.id, kind: 'thema', thema, deelthema: null });
      for (const deelthema of thema.deelthemas) items.push({ id: deelthema.id, kind: 'deelthema', thema, deelthema });
    }
    return items;
  }

  private classOf(score: Score | undefined, weergave: Weergave) {
    if (!score) return null;
    if (weergave === 'ontwikkeling') return score.ontwikkeling;
    // A hand-written profile may give a class without its number; the class is still drawn.
    return score.klasse;
  }

  private renderSvg(
    monitor: Monitor,
    result: GebiedResult,
    layout: ProfileLayout,
    weergave: Weergave,
    lang: Lang,
    catalog: Catalog,
  ): SVGTemplateResult {
    const [cx, cy] = layout.center;
    const valuePaths = this.straal === 'waarde' ? this.valuePaths(monitor, result, layout) : new Map<string, string>();
    const frame = this.transition.frame('', this.targetSlices(monitor, result, layout, valuePaths));
    this.themaOfSlice = new Map(
      monitor.themas.flatMap((thema) => [[thema.id, thema.id], ...thema.deelthemas.map((deel) => [deel.id, thema.id])] as [string, string][]),
    );
    const activeSlice = [...layout.themas, ...layout.deelthemas].find((slice) => slice.id === this.activeId);
    const activePath = activeSlice ? (valuePaths.get(activeSlice.id) ?? activeSlice.path) : '';
    const themaNameRadius = (layout.radius.themaInner + layout.radius.themaOuter) / 2;
    const markerRadius = (layout.radius.deelthemaInner + layout.radius.deelthemaOuter) / 2;
    const markerSize = Math.max(10, Math.min(16, layout.radius.deelthemaOuter * 0.08));

    const totalClass = this.classOf(result.totaal, weergave);
    const totalValue = weergave === 'ontwikkeling' ? result.totaal.difference : result.totaal.value;

    return svg`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      aria-hidden="true"
      focusable="false"
    >
      ${patternDefs('large')}
      <g transform="translate(${cx},${cy})">
        ${layout.themas.map((slice) => {
          const thema = monitor.themas[slice.themaIndex];
          const klasse = this.classOf(result.themas.get(thema.id), weergave);
          const arcId = `thema-arc-${slice.order}`;
          const room = arcLength(slice.startAngle, slice.endAngle, themaNameRadius) - 10;
          // A name that is too long at 12px on a narrow chart takes 10px before it is shortened.
          const name = fitTextInSizes(thema.label[lang], room, THEMA_NAME_FONTS, (text, font) => this.measurer.measure(text, font));
          return svg`<g class=${ratingClass(klasse)}>
            ${this.renderSlice(slice, klasse)}
            <path id=${arcId} d=${textArcPath(slice.startAngle, slice.endAngle, themaNameRadius)} fill="none"></path>
            <text class="thema-name ${klasse ? '' : 'on-no-data'}${name.size > 0 ? ' small' : ''}" dominant-baseline="central" lang=${textLang(thema.label)}>
              <textPath href="#${arcId}" startOffset="50%" text-anchor="middle">${name.text}</textPath>
            </text>
          </g>`;
        })}
        ${this.straal === 'waarde' ? this.renderValueTrack(layout) : nothing}
        ${layout.deelthemas.map((slice) => {
          const score = result.deelthemas.get(slice.id);
          const klasse = this.classOf(score, weergave);
          const development = score?.ontwikkeling ?? null;
          const middle = (slice.startAngle + slice.endAngle) / 2;
          const [mx, my] = polar(middle, markerRadius);
          const showMarker = development !== null && slice.endAngle - slice.startAngle > 0.08;
          return svg`<g class=${ratingClass(klasse)}>
            ${this.renderSlice(slice, klasse, valuePaths.get(slice.id))}
            ${
              showMarker
                ? svg`<path class="marker" data-trend=${trendShape(development.rating)} transform="translate(${mx},${my})" d=${trendMarkerPath(trendShape(development.rating), markerSize)}></path>`
                : nothing
            }
          </g>`;
        })}
        ${frame?.exiting.map(
          (gone) => svg`<path class="exiting" data-id=${gone.id} d=${gone.path} style=${styleProperties({ fill: gone.fill ?? 'none' })}></path>`,
        )}
        ${this.straal === 'waarde' ? this.renderZeroLine(monitor, layout) : nothing}
        ${this.renderTotal(layout, totalClass, totalValue, monitor, lang, catalog, weergave, this.missingTotalText(monitor, result, weergave, catalog))}
        ${activeSlice ? svg`<path class="active-halo" d=${activePath}></path><path class="active-outline" d=${activePath}></path>` : nothing}
        ${layout.labels.map((slot) => {
          const deelthema = monitor.themas.flatMap((thema) => thema.deelthemas).find((deel) => deel.id === slot.id);
          if (!deelthema) return nothing;
          const text = this.measurer.fit(deelthema.label[lang], slot.maxWidth, '13px');
          const [px, py] = slot.position;
          const endX = px - slot.side * 4;
          return svg`<g>
            <polyline class="leader" points="${slot.anchor[0]},${slot.anchor[1]} ${slot.elbow[0]},${slot.elbow[1]} ${endX},${py}"></polyline>
            <text class="label" x=${px} y=${py} dy="0.35em" text-anchor=${slot.side === 1 ? 'start' : 'end'} lang=${textLang(deelthema.label)}>${text}</text>
          </g>`;
        })}
      </g>
    </svg>`;
  }

  private renderSlice(
    slice: Slice,
    klasse: ReturnType<ProfielTaart['classOf']>,
    path = slice.path,
  ): SVGTemplateResult {
    const pattern = ratingPattern(klasse);
    const active = this.activeId;
    // A highlighted thema keeps its deelthema's in full colour.
    const dimmed = active !== null && active !== slice.id && this.themaOfSlice.get(slice.id) !== active;
    return svg`<path
        class="slice${dimmed ? ' dimmed' : ''}${klasse ? '' : ' no-data'}"
        data-id=${slice.id}
        d=${path}
      ></path>
      ${pattern ? svg`<path class="pattern" d=${path} fill="url(#${pattern})"></path>` : nothing}`;
  }

  /** Slices as the template draws them: the layout, with value bands when `straal="waarde"`. */
  private targetSlices(monitor: Monitor, result: GebiedResult, layout: ProfileLayout, valuePaths: Map<string, string>): TargetSlice[] {
    const { deelthemaInner, deelthemaOuter } = layout.radius;
    const deelthemas = layout.deelthemas.map((slice) => {
      const value = result.deelthemas.get(slice.id)?.value ?? null;
      if (this.straal !== 'waarde' || value === null) return slice;
      const band = valueBand(value, monitor.values.domain, deelthemaInner, deelthemaOuter);
      // bandPath() measures the pad angle at the ring's outer radius, so the frames do too.
      return { ...slice, innerRadius: band.innerRadius, outerRadius: band.outerRadius, padRadius: deelthemaOuter, path: valuePaths.get(slice.id) };
    });
    return [...layout.themas, ...deelthemas];
  }

  /**
   * Paths of deelthema slices whose length shows their value (`straal="waarde"`). A deelthema
   * without a value keeps the full ring, drawn as no data, so it never reads as a small value.
   */
  private valuePaths(monitor: Monitor, result: GebiedResult, layout: ProfileLayout): Map<string, string> {
    const { deelthemaInner, deelthemaOuter } = layout.radius;
    const padAngle = layout.deelthemas.length > 1 ? PAD_ANGLE : 0;
    const paths = new Map<string, string>();
    for (const slice of layout.deelthemas) {
      const value = result.deelthemas.get(slice.id)?.value ?? null;
      if (value === null) continue;
      const band = valueBand(value, monitor.values.domain, deelthemaInner, deelthemaOuter);
      paths.set(slice.id, bandPath(slice.startAngle, slice.endAngle, band.innerRadius, band.outerRadius, padAngle, deelthemaOuter));
    }
    return paths;
  }

  private renderZeroLine(monitor: Monitor, layout: ProfileLayout): SVGTemplateResult {
    const { deelthemaInner, deelthemaOuter } = layout.radius;
    const band = valueBand(0, monitor.values.domain, deelthemaInner, deelthemaOuter);
    return svg`<circle class="zero-line" r=${band.zeroRadius}></circle>`;
  }

  /** Faint full ring behind value slices, so a short slice still shows how long it could be. */
  private renderValueTrack(layout: ProfileLayout): SVGTemplateResult {
    const { deelthemaInner, deelthemaOuter } = layout.radius;
    return svg`<circle class="value-track" r=${(deelthemaInner + deelthemaOuter) / 2} stroke-width=${deelthemaOuter - deelthemaInner}></circle>`;
  }

  private renderTotal(
    layout: ProfileLayout,
    klasse: ReturnType<ProfielTaart['classOf']>,
    value: number | null,
    monitor: Monitor,
    lang: Lang,
    catalog: Catalog,
    weergave: Weergave,
    missingText: string,
  ): SVGTemplateResult {
    const radius = layout.radius.total;
    const textClass = klasse ? 'total-text' : 'total-text on-no-data';
    let valueText: string;
    if (value !== null) valueText = formatNumber(value, lang, monitor.values.decimals, weergave === 'ontwikkeling');
    else if (klasse) valueText = '';
    else valueText = this.measurer.fit(missingText, radius * 1.5, CAPTION_FONT);
    const caption = klasse ? this.captionLines(klasse.label[lang], radius) : { lines: [], small: false };
    const captionY = caption.lines.length === 2 ? radius * 0.45 : radius * 0.55;
    const captionClass = `${textClass} total-caption${caption.small ? ' small' : ''}`;
    const totalY = -radius * 0.42;
    const totalText = this.measurer.fit(catalog.total, radius * 1.6, CAPTION_FONT);

    // A number shrinks to fit between the captions in a small centre, and a caption with no room gives way.
    let placement: TotalPlacement | null = null;
    if (value !== null) {
      const captionBottom = totalText ? totalY + this.measurer.ink(totalText, CAPTION_FONT).descent : null;
      const classFont = caption.small ? SMALL_CAPTION_FONT : CAPTION_FONT;
      const classTop = caption.lines.length > 0 ? captionY - this.measurer.ink(caption.lines[0], classFont).ascent : null;
      placement = placeTotal(radius, (size) => this.measurer.ink(valueText, `700 ${size}px`), captionBottom, classTop);
    }
    const showTotalText = placement ? placement.caption : true;
    const showClass = placement ? placement.classLabel : true;
    const valueSize = placement && placement.size !== TOTAL_VALUE_SIZE ? `${placement.size}px` : null;

    return svg`<g class=${ratingClass(klasse)}>
      <circle class="total-circle ${klasse ? '' : 'no-data'}" r=${radius}></circle>
      ${showTotalText ? svg`<text class="${textClass} total-caption" y=${totalY}>${totalText}</text>` : nothing}
      ${
        placement
          ? svg`<text class="${textClass} total-value" y=${placement.baseline} style=${styleProperties({ 'font-size': valueSize })}>${valueText}</text>`
          : svg`<text class="${textClass} total-caption" y="0" dy="0.35em">${valueText}</text>`
      }
      ${showClass ? caption.lines.map((line, index) => svg`<text class=${captionClass} y=${captionY + index * CAPTION_LINE_HEIGHT} lang=${textLang(klasse?.label)}>${line}</text>`) : nothing}
    </g>`;
  }

  /**
   * Returns the class label under the total as one line, or as two where one does not fit, such as
   * "Beneden gemiddeld" in the small centre of a chart on a phone. Two lines that still do not fit
   * take the smaller font, and only a line too wide even then is shortened with an ellipsis.
   */
  private captionLines(label: string, radius: number): { lines: string[]; small: boolean } {
    // The first line sits below the centre, where the circle is about 1.67 radii wide.
    const firstWidth = radius * 1.5;
    if (this.measurer.measure(label, CAPTION_FONT) <= firstWidth) return { lines: [label], small: false };

    // Two lines start higher, at 0.45 radii. Each line may take the circle's chord at its foot, the
    // line's lowest point and its narrowest, less 2 px on either side.
    const chordAtFoot = (baseline: number) => {
      const foot = baseline + 3;
      return foot < radius ? 2 * Math.sqrt(radius * radius - foot * foot) - 4 : 0;
    };
    const upperWidth = chordAtFoot(radius * 0.45);
    const lowerWidth = chordAtFoot(radius * 0.45 + CAPTION_LINE_HEIGHT);
    const words = label.split(' ');
    if (words.length < 2 || lowerWidth <= 0) return { lines: [this.measurer.fit(label, firstWidth, CAPTION_FONT)], small: false };

    for (const font of [CAPTION_FONT, SMALL_CAPTION_FONT]) {
      let best: [string, string] = [words[0], words.slice(1).join(' ')];
      let bestOverflow = Infinity;
      for (let split = 1; split < words.length; split++) {
        const lines: [string, string] = [words.slice(0, split).join(' '), words.slice(split).join(' ')];
        const overflow = Math.max(this.measurer.measure(lines[0], font) - upperWidth, this.measurer.measure(lines[1], font) - lowerWidth);
        if (overflow < bestOverflow) {
          bestOverflow = overflow;
          best = lines;
        }
      }
      const small = font === SMALL_CAPTION_FONT;
      if (bestOverflow <= 0 || small) {
        const lines = [this.measurer.fit(best[0], upperWidth, font), this.measurer.fit(best[1], lowerWidth, font)];
        // A line too narrow for one letter and an ellipsis comes back empty, which would drop words unmarked.
        if (lines.every((line) => line !== '')) return { lines, small };
      }
    }
    return { lines: [this.measurer.fit(label, firstWidth, CAPTION_FONT)], small: false };
  }

  /** Short text for a centre without a value: the first edition has no development to show. */
  private missingTotalText(monitor: Monitor, result: GebiedResult, weergave: Weergave, catalog: Catalog): string {
    if (weergave !== 'ontwikkeling') return catalog.noData;
    const firstEdition = !monitor.jaren.some((jaar) => jaar < result.jaar);
    if (firstEdition || result.totaal.developmentReason === 'geen-vorige-editie') return catalog.firstEdition;
    return catalog.noDevelopment;
  }

  private scoreLines(score: Score | undefined, monitor: Monitor, lang: Lang, catalog: Catalog, previousJaar: number | null) {
    const decimals = monitor.values.decimals;
    let value: string;
    if (score && score.value !== null) value = formatNumber(score.value, lang, decimals);
    else if (score?.klasse) value = '—';
    else value = reasonText(score?.reason ?? null, lang);
    const situatie = score?.klasse ? score.klasse.label[lang] : '—';
    const ontwikkeling = score?.ontwikkeling
      ? score.ontwikkeling.label[lang]
      : reasonText(score?.developmentReason ?? (previousJaar ? null : 'geen-vorige-editie'), lang);
    const difference = score && score.difference !== null ? formatNumber(score.difference, lang, decimals, true) : '—';
    // A class label that the data gives in Dutch only is marked Dutch. The other texts follow `lang`.
    const situatieLang = textLang(score?.klasse?.label);
    const ontwikkelingLang = textLang(score?.ontwikkeling?.label);
    return { value, situatie, situatieLang, ontwikkeling, ontwikkelingLang, difference, previous: catalog.difference(previousJaar) };
  }

  private renderDetails(
    active: NavigationItem | null,
    monitor: Monitor,
    result: GebiedResult,
    weergave: Weergave,
    lang: Lang,
    catalog: Catalog,
    previousJaar: number | null,
  ): TemplateResult {
    if (!active) {
      // Screen readers get the hint once, at the end of the chart's summary.
      return html`<div class="details" part="details" data-empty aria-hidden="true" .textContent=${catalog.keyboardHint}></div>`;
    }

    const score = active.kind === 'thema' ? result.themas.get(active.id) : result.deelthemas.get(active.id);
    const klasse = this.classOf(score, weergave);
    const lines = this.scoreLines(score, monitor, lang, catalog, previousJaar);
    // Each label is an element of its own, which marks its language (see `textLang`).
    const label = (text: Text) => html`<span lang=${textLang(text)}>${text[lang]}</span>`;
    const description = active.deelthema?.description;

    return html`<div class="details ${ratingClass(klasse)}" part="details">
      <p class="details-name">${label(active.thema.label)}${active.deelthema ? [' › ', label(active.deelthema.label)] : nothing}</p>
      ${description ? html`<p lang=${textLang(description)}>${description[lang]}</p>` : nothing}
      <dl>
        <dt>${catalog.value}</dt>
        <dd>${lines.value}</dd>
        <dt>${catalog.situatie}</dt>
        <dd lang=${lines.situatieLang}>${lines.situatie}</dd>
        <dt>${catalog.ontwikkeling}</dt>
        <dd lang=${lines.ontwikkelingLang}>${lines.ontwikkeling}</dd>
        <dt>${lines.previous}</dt>
        <dd>${lines.difference}</dd>
      </dl>
    </div>`;
  }

  /** Renders a key swatch with the slice's colour and pattern, so the class does not rest on colour alone. */
  private renderSwatch(klasse: ReturnType<ProfielTaart['classOf']>): TemplateResult {
    const pattern = ratingPattern(klasse);
    const patternRect = pattern ? svg`<rect class="pattern" x="0.5" y="0.5" width="15" height="15" rx="2" fill="url(#${pattern})"></rect>` : nothing;
    return html`<svg class="swatch ${ratingClass(klasse)}" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect class="swatch-fill" x="0.5" y="0.5" width="15" height="15" rx="2"></rect>${patternRect}</svg>`;
  }

  // The key and table templates leave no white space between tags and set text through
  // `.textContent`, because every text node and every Lit marker comment adds up over many charts.
  private renderKey(monitor: Monitor, result: GebiedResult, weergave: Weergave, lang: Lang): TemplateResult {
    // Each thema is one item of the key, so that the columns never part a thema from its deelthema's.
    const items = monitor.themas.map(
      (thema) =>
        html`<li><ul><li class="thema-heading" lang=${textLang(thema.label)} .textContent=${thema.label[lang]}></li>${thema.deelthemas.map((deelthema) => {
          const score = result.deelthemas.get(deelthema.id);
          const klasse = this.classOf(score, weergave);
          const development = score?.ontwikkeling;
          const trend = development
            ? html`<svg class="trend-icon" viewBox="-8 -8 16 16"><path class="marker" d=${trendMarkerPath(trendShape(development.rating), 12)}></path></svg>`
            : nothing;
          const [start, lastWord] = splitLastWord(deelthema.label[lang]);
          return html`<li>${this.renderSwatch(klasse)}<span lang=${textLang(deelthema.label)}><span .textContent=${start}></span><span class="last-word"><span .textContent=${lastWord}></span>${trend}</span></span></li>`;
        })}</ul></li>`,
    );
    return html`<ul class="key" part="key" aria-hidden="true">${items}</ul>`;
  }


  /**
   * Renders the data table. The total has a `<tbody>` of its own, and each thema one with the thema
   * row first, whose header has `scope="rowgroup"` and names the row group. Each deelthema cell also
   * lists its headers by id, the thema's among them, for screen readers that follow `headers` but
   * not row groups.
   */
  private renderTable(
    monitor: Monitor,
    result: GebiedResult,
    lang: Lang,
    catalog: Catalog,
    previousJaar: number | null,
  ): TemplateResult {
    const columnIds = ['table-col-0', 'table-col-1', 'table-col-2', 'table-col-3', 'table-col-4'];
    // `headers`, the ids of the thema and deelthema headers, is given for deelthema rows only. The
    // cells of the other rows take their headers from the table's structure.
    const row = (kind: string, header: TemplateResult, score: Score | undefined, headers?: string) => {
      const lines = this.scoreLines(score, monitor, lang, catalog, previousJaar);
      const cellHeaders = (column: number) => (headers ? `${columnIds[column]} ${headers}` : nothing);
      return html`<tr class=${kind}>${header}<td class="number" headers=${cellHeaders(1)} .textContent=${lines.value}></td><td headers=${cellHeaders(2)} lang=${lines.situatieLang} .textContent=${lines.situatie}></td><td headers=${cellHeaders(3)} lang=${lines.ontwikkelingLang} .textContent=${lines.ontwikkeling}></td><td class="number" headers=${cellHeaders(4)} .textContent=${lines.difference}></td></tr>`;
    };

    const total = row('total-row', html`<th scope="row" .textContent=${catalog.total}></th>`, result.totaal);
    const groups = monitor.themas.map((thema, themaIndex) => {
      const themaId = `table-thema-${themaIndex}`;
      const themaHeader = html`<th scope="rowgroup" id=${themaId} lang=${textLang(thema.label)} .textContent=${thema.label[lang]}></th>`;
      const rows = [row('thema-row', themaHeader, result.themas.get(thema.id))];
      thema.deelthemas.forEach((deelthema, deelthemaIndex) => {
        const deelthemaId = `table-deelthema-${themaIndex}-${deelthemaIndex}`;
        const deelthemaHeader = html`<th scope="row" id=${deelthemaId} headers=${themaId} lang=${textLang(deelthema.label)} .textContent=${deelthema.label[lang]}></th>`;
        rows.push(row('deelthema-row', deelthemaHeader, result.deelthemas.get(deelthema.id), `${themaId} ${deelthemaId}`));
      });
      return html`<tbody aria-labelledby=${themaId}>${rows}</tbody>`;
    });

    const columnHeader = (index: number, text: string) => html`<th scope="col" id=${columnIds[index]} .textContent=${text}></th>`;
    return html`<table part="table"><caption>${nameText(catalog.tableCaption(result.gebied.naam, result.jaar))}</caption><thead><tr>${columnHeader(0, `${catalog.thema} / ${catalog.deelthema}`)}${columnHeader(1, catalog.value)}${columnHeader(2, catalog.situatie)}${columnHeader(3, catalog.ontwikkeling)}${columnHeader(4, catalog.difference(previousJaar))}</tr></thead><tbody>${total}</tbody>${groups}</table>`;
  }

  private summaryText(monitor: Monitor, result: GebiedResult, catalog: Catalog): string {
    let above = 0;
    let below = 0;
    let noData = 0;
    let improved = 0;
    let declined = 0;
    let deelthemas = 0;
    for (const thema of monitor.themas) {
      for (const deelthema of thema.deelthemas) {
        deelthemas++;
        const score = result.deelthemas.get(deelthema.id);
        if (!score || (score.value === null && !score.klasse)) noData++;
        else if (score.klasse && score.klasse.rating > 0) above++;
        else if (score.klasse && score.klasse.rating < 0) below++;
        if (score?.ontwikkeling && score.ontwikkeling.rating > 0) improved++;
        if (score?.ontwikkeling && score.ontwikkeling.rating < 0) declined++;
      }
    }
    const hasDevelopment = [...result.deelthemas.values()].some((score) => score.ontwikkeling !== null);
    return catalog.summary({ deelthemas, above, below, noData, improved, declined, hasDevelopment });
  }

  private onPointerEnter(id: string): void {
    if (this.pinned) return;
    this.activeId = id;
    this.emitHighlight();
  }

  private onPointerLeave(): void {
    if (this.pinned) return;
    this.activeId = null;
    this.emitHighlight();
  }

  /** Fires `wbm-thema-highlight` when a visitor moved the highlight to another slice or cleared it. */
  private emitHighlight(): void {
    const id = this.activeId;
    if (id === this.emittedId) return;
    this.emittedId = id;

    const themaId = id === null ? null : (this.themaOfSlice.get(id) ?? id);
    const deelthemaId = id !== null && themaId !== id ? id : null;
    emit(this, 'wbm-thema-highlight', { themaId, deelthemaId, source: 'profiel-taart' });
  }

  private onChartClick(event: MouseEvent): void {
    const target = event.composedPath()[0];
    const id = target instanceof SVGElement ? target.getAttribute('data-id') : null;
    if (!id) {
      this.pinned = false;
      this.activeId = null;
      this.emitHighlight();
      return;
    }
    if (this.pinned && this.activeId === id) {
      this.pinned = false;
      this.activeId = null;
      this.emitHighlight();
      return;
    }
    this.activeId = id;
    this.pinned = true;
    this.emitHighlight();
  }

  private onKeydown(
    event: KeyboardEvent,
    navigation: NavigationItem[],
    monitor: Monitor,
    result: GebiedResult,
    lang: Lang,
    previousJaar: number | null,
  ): void {
    if (navigation.length === 0) return;

    const current = navigation.findIndex((item) => item.id === this.activeId);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current < 0 ? 0 : Math.min(navigation.length - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current < 0 ? navigation.length - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = navigation.length - 1;
        break;
      case 'Escape':
        if (this.activeId === null) return;
        event.preventDefault();
        this.activeId = null;
        this.pinned = false;
        this.announcement = '';
        this.emitHighlight();
        return;
      default:
        return;
    }

    event.preventDefault();
    const item = navigation[next];
    this.activeId = item.id;
    this.pinned = true;
    this.revealDetails = true;
    this.emitHighlight();

    const catalog = catalogs[lang];
    const score = item.kind === 'thema' ? result.themas.get(item.id) : result.deelthemas.get(item.id);
    const lines = this.scoreLines(score, monitor, lang, catalog, previousJaar);
    const name = item.kind === 'thema' ? item.thema.label[lang] : `${item.thema.label[lang]}, ${item.deelthema!.label[lang]}`;
    this.announcement = `${name}: ${lines.value}, ${lines.situatie}. ${catalog.ontwikkeling}: ${lines.ontwikkeling}.`;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }
}

declare global {
  // Types only: the tag is registered by wijkmonitor/define.js (src/define.ts), not by this module.
  interface HTMLElementTagNameMap {
    'profiel-taart': ProfielTaart;
  }
}
