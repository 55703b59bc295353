import { html, svg, nothing, type PropertyValues, type TemplateResult, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang, Monitor, Score, ScaleClass, Text, Weergave } from '../../model/types.js';
import { suggestionNames } from '../../model/select.js';
import { MonitorSource } from '../../data/monitor-source.js';
import {
  differenceOf,
  meanOf,
  scoreFor,
  selectCompareItems,
  sortItems,
  type CompareItem,
  type CompareList,
  type CompareSelection,
  listAttribute,
  splitList,
  valueText,
} from '../../model/compare.js';
import { layoutProfile, type ProfileLayout } from '../../geometry/profile-layout.js';
import { catalogs, reasonText, truncateValue, unknownGebiedLog, writtenGebied } from '../../i18n/catalog.js';
import { compareCatalogs, shortList, type CompareCatalog } from '../../i18n/compare-catalog.js';
import { formatNumber } from '../../i18n/format.js';
import { resolveLang } from '../../i18n/lang.js';
import { ratingClass, ratingPattern } from '../shared/classes.js';
import { patternDefs } from '../shared/patterns.js';
import { styleProperties } from '../shared/style-properties.js';
import { SliceTransition, sliceTransitionStyles, type TransitionFrame } from '../shared/slice-transition.js';
import { DataAttributeAliases } from '../shared/data-attributes.js';
import { PageLangWatcher } from '../shared/page-lang.js';
import { renderMessage, renderSourceState } from '../shared/load-message.js';
import { WEERGAVEN, checkLang, checkValue, invalidValueNotes, withCurly, noteStyles, writtenName, type PageProblem } from '../shared/attribute-values.js';
import { buurtVergelijkStyles } from './buurt-vergelijk.styles.js';
import { MonitorElement } from '../shared/monitor-element.js';
import { nameText, textLang } from '../shared/names.js';
import { renderChip, renderClassKey } from './class-chip.js';

/** Width of one small multiple's chart, in px of its viewBox. */
const CARD_CHART_WIDTH = 168;
/** Items up to this count get a difference row per item in the table; more would only add noise. */
const MAX_DIFFERENCE_ROWS = 4;

/** A column of the comparison table: the total, a thema or a deelthema. */
interface Column {
  id: string;
  kind: 'totaal' | 'thema' | 'deelthema';
  label: string;
  /** The deelthema's label as the data gives it, for `textLang`. Other columns have none. */
  text?: Text;
}

/**
 * Compares gebieden side by side: chosen gebieden, a gebied against its wijk and the gemeente, or
 * one gebied across jaren. Shows small multiples of profieltaarten or a table of every thema and
 * deelthema with means and differences. Missing values are left out of means and differences.
 * Small multiples are drawn when they scroll into view (IntersectionObserver), so every buurt of a
 * gemeente at once stays responsive.
 *
 * @tagname buurt-vergelijk
 * @summary Compares gebieden or jaren with small multiples or a table.
 *
 * @csspart toolbar - The row with the view buttons and the sort field.
 * @csspart card - One small multiple.
 * @csspart table - The comparison table.
 * @csspart key - The key above the table that explains the class mark before each value.
 * @csspart message - The message shown in place when the comparison cannot be drawn.
 * @csspart note - A note under the toolbar on an attribute value that is not valid, such as a misspelt `vorm` or `sorteer`.
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
 * @cssproperty --wbm-slice-border-color - Border between slices.
 * @cssproperty --wbm-focus-color - Focus ring.
 * @cssproperty --wbm-card-min-width - Minimum width of a small multiple; 9.5rem by default.
 * @cssproperty --wbm-border-radius - Corner radius of buttons, fields and message boxes.
 * @cssproperty --wbm-card-border-color - Border of a small multiple.
 * @cssproperty --wbm-error-background - Background of the message box.
 * @cssproperty --wbm-error-border-color - Border of the message box.
 * @cssproperty --wbm-font-size - Base font size; `1rem` by default.
 * @cssproperty --wbm-input-border-color - Border of the field, the list and the buttons.
 * @cssproperty --wbm-loading-color - The disc shown while loading.
 * @cssproperty --wbm-no-data-border-color - Dashed border and hatching of slices and samples without data.
 * @cssproperty --wbm-on-class-text-color - Total score on a coloured centre.
 * @cssproperty --wbm-pattern-color - Dots and hatching that tell classes apart without colour.
 * @cssproperty --wbm-swatch-border-color - Border of the class swatches in the table and its key.
 * @cssproperty --wbm-marker-border-color - Border of the trend markers in the table and its key.
 * @cssproperty --wbm-selected-background - Background of the pressed view button.
 * @cssproperty --wbm-selected-text-color - Text colour of the pressed view button.
 * @cssproperty --wbm-surface-color - Background of fields, lists and sticky table headers.
 * @cssproperty --wbm-table-border-color - Lines between table rows.
 * @cssproperty --wbm-no-data-color - Fill of slices and samples without data.
 * @cssproperty --wbm-margin-block - Space above and below the element; `1em` by default. It takes one length, or two for above and below, as CSS `margin-block` does. In normal flow it collapses with the margin of a paragraph or heading next to it, but in a flex or grid layout it adds to the gap. `0` removes it.
 * @cssproperty --wbm-buurt-vergelijk-margin-block - Space above and below this element only; falls back to `--wbm-margin-block`.
 *
 * @slot - Not rendered; light DOM (for example a link to the data) shows only without the script.
 */
export class BuurtVergelijk extends MonitorElement {
  static override styles = [buurtVergelijkStyles, sliceTransitionStyles, noteStyles];

  /** Attributes that a CMS may also write with a `data-` prefix, such as `data-gebieden`. @internal */
  private static readonly aliased = ['src', 'gebieden', 'gebied', 'context', 'jaren', 'jaar', 'weergave', 'sorteer', 'vorm', 'lang'];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...DataAttributeAliases.observed(BuurtVergelijk.aliased)];
  }

  /** URL of a monitor JSON file. */
  @property({ reflect: true }) src: string | null = null;

  /** Monitor object (or JSON text), or a promise of one; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /**
   * Codes or names separated by commas, or by semicolons where a name contains a comma; or
   * `alle-buurten` or `alle-wijken` (wijken and dorpen). From a script also an array, such as
   * `['BU07960101', 'Binnenstad oost']`.
   */
  @property({ reflect: true, converter: { toAttribute: listAttribute } }) gebieden: CompareList | null = null;

  /** One gebied by code or name, used when `gebieden` is absent; set by `<gebied-kiezer for>`. */
  @property({ reflect: true }) gebied: string | null = null;

  /** With `gebied`: compares it with the wijk or dorp it lies in and the gemeente. */
  @property({ type: Boolean, reflect: true }) context = false;

  /** Jaren separated by commas (`2016,2020`), or from a script an array (`[2016, 2020]`); every gebied is shown in each. */
  @property({ reflect: true, converter: { toAttribute: listAttribute } }) jaren: CompareList | null = null;

  /**
   * The one jaar when `jaren` is absent, as a number (`2020`) or text (`'2020'`); the latest jaar with
   * results per gebied by default.
   */
  @property({ reflect: true }) jaar: number | string | null = null;

  /** Scale that colours the slices: `situatie` or `ontwikkeling`. */
  @property({ reflect: true }) weergave: Weergave = 'situatie';

  /** Order: `naam` (Dutch collation), `totaal` or a thema or deelthema id (highest first); as given when absent. */
  @property({ reflect: true }) sorteer: string | null = null;

  /** `taarten` (default): small multiples of profieltaarten; `tabel`: a table of every value. */
  @property({ reflect: true }) vorm: 'taarten' | 'tabel' = 'taarten';

  /** Language of the element's text: `nl` (default) or `en`; falls back to the nearest `lang` on the page. */
  @property({ reflect: true }) override lang!: string;

  /** Keys of the small multiples that have been in view; they stay drawn. */
  @state() private shown = new Set<string>();

  private readonly source = new MonitorSource(this);
  private readonly aliases = new DataAttributeAliases(this, BuurtVergelijk.aliased);

  constructor() {
    super();
    // The watcher registers itself as a controller of this element.
    new PageLangWatcher(this, () => resolveLang(this));
  }
  private readonly transition = new SliceTransition(this);
  private observer: IntersectionObserver | null = null;
  private loggedSelectionError = '';
  private layoutCache: { monitor: Monitor; layout: ProfileLayout } | null = null;
  private readonly onBeforePrint = () => this.showAll();

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '200px 0px' });
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  /** Fetches `src` again, also after a successful load. Other elements on the page that failed to load the same file try again too. */
  reload(): void {
    this.source.reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.aliases.attributeChanged(name, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const animated = ['gebieden', 'gebied', 'context', 'jaren', 'jaar', 'weergave', 'data', 'src'] as const;
    if (this.hasUpdated && animated.some((key) => changed.has(key as keyof BuurtVergelijk))) this.transition.animateNext();
  }

  protected override updated(): void {
    if (!this.observer) return;
    for (const card of this.renderRoot.querySelectorAll<HTMLElement>('.card:not([data-shown])')) this.observer.observe(card);
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const catalog = compareCatalogs[lang];
    return renderSourceState(this.source, catalog, lang, this.src, (monitor) => this.renderComparison(monitor, lang, catalog), null, null, () => this.renderNotes(null, lang, false));
  }

  private select(monitor: Monitor): CompareSelection {
    return selectCompareItems(monitor, {
      gebieden: this.gebieden ?? '',
      gebied: valueText(this.gebied ?? ''),
      context: this.context,
      jaren: this.jaren ?? '',
      jaar: valueText(this.jaar ?? ''),
    });
  }

  /**
   * Returns the message and console text on a selection that failed. When the attribute that failed
   * has curly quotes, the message on curly quotes takes its place, because HTML misread the value.
   * An unknown gebied names a `jaren` or `jaar` in curly quotes too, which would fail next.
   */
  private selectionError(selection: Exclude<CompareSelection, { ok: true }>, lang: Lang, catalog: CompareCatalog) {
    const error = this.selectionProblem(selection, lang, catalog);
    if (!('attribute' in selection)) return error;
    const jaar = splitList(this.jaren ?? '').length ? 'jaren' : 'jaar';
    return withCurly(this, lang, selection.reason === 'unknown-gebied' ? [selection.attribute, jaar] : [selection.attribute], error);
  }

  private selectionProblem(selection: Exclude<CompareSelection, { ok: true }>, lang: Lang, catalog: CompareCatalog) {
    switch (selection.reason) {
      case 'no-gebied':
        return { message: catalog.errors.noGebied, log: 'No gebieden or gebied attribute; set one of them.' };
      case 'unknown-gebied': {
        const names = suggestionNames(selection.suggestions);
        const commaName = selection.commaName?.naam;
        if (commaName) {
          return {
            message: `${catalogs[lang].errors.unknownGebied(selection.query, [commaName])} ${catalog.errors.commaInName(commaName)}`,
            log: `Unknown gebied "${truncateValue(selection.query)}": the list was split inside the name "${commaName}"; separate names that contain a comma with semicolons.`,
          };
        }
        return {
          message: catalogs[lang].errors.unknownGebied(selection.query, names),
          log: unknownGebiedLog(selection.query, names),
        };
      }
      case 'invalid-jaar':
        return {
          message: catalog.errors.invalidJaar(selection.jaar),
          log: `Invalid jaar "${truncateValue(selection.jaar)}" in jaren or jaar.`,
        };
      case 'unknown-jaar': {
        // The page names the gebieden from the data, the log as the page wrote them.
        const { written } = selection;
        const named = shortList(
          written.map(({ query, gebied }) => (gebied ? writtenGebied(query, gebied.code) : query)),
          'and',
          'more',
        );
        return {
          message: catalog.errors.unknownJaar(selection.jaren, selection.available, suggestionNames(selection.gebieden)),
          log: `No result for gebied${written.length > 1 ? 'en' : ''} ${named} in jaar ${selection.jaren.join(', ')}; available: ${selection.available.join(', ') || 'none'}.`,
        };
      }
    }
  }

  private renderComparison(monitor: Monitor, lang: Lang, catalog: CompareCatalog): TemplateResult {
    const selection = this.select(monitor);
    if (!selection.ok) {
      const error = this.selectionError(selection, lang, catalog);
      if (this.loggedSelectionError !== error.log) {
        this.loggedSelectionError = error.log;
        console.error(`<${this.localName}>: ${error.log}`, this);
      }
      // The notes on invalid values show beside the message, so that a web editor sees every mistake
      // at once. Whether `gebieden` overrides `gebied` matters only once the comparison shows.
      return html`${renderMessage(catalog.errorTitle, error.message, undefined, true, error.log)}${this.renderNotes(monitor, lang, false)}`;
    }
    this.loggedSelectionError = '';

    const items = sortItems(selection.items, this.sorteer);
    const names = [...new Set(selection.items.map((item) => item.gebied.naam))];
    const jaren = [...new Set(items.map((item) => item.jaar))].sort((a, b) => a - b);
    const label = (item: CompareItem) => {
      if (names.length === 1 && jaren.length > 1) return String(item.jaar);
      return jaren.length > 1 ? `${item.gebied.naam} ${item.jaar}` : item.gebied.naam;
    };
    const title = catalog.title(names, jaren);

    return html`<section class="vergelijk" aria-label=${catalog.name}>
      <p class="title">${nameText(title)}</p>
      ${this.renderToolbar(monitor, lang, catalog)}
      ${this.renderNotes(monitor, lang)}
      ${this.vorm === 'tabel'
        ? this.renderTable(monitor, items, label, title, lang, catalog)
        : this.renderCards(monitor, items, label, lang, catalog)}
      ${monitor.source ? html`<p class="source" lang=${textLang(monitor.source)}>${monitor.source[lang]}</p>` : nothing}
    </section>`;
  }

  private renderToolbar(monitor: Monitor, lang: Lang, catalog: CompareCatalog): TemplateResult {
    const sorteer = this.sorteer ?? '';
    return html`<div class="toolbar" part="toolbar">
      <div class="views" role="group" aria-label=${catalog.views}>
        <button type="button" data-vorm="taarten" aria-pressed=${this.vorm !== 'tabel' ? 'true' : 'false'} @click=${() => (this.vorm = 'taarten')}>
          ${catalog.pies}
        </button>
        <button type="button" data-vorm="tabel" aria-pressed=${this.vorm === 'tabel' ? 'true' : 'false'} @click=${() => (this.vorm = 'tabel')}>
          ${catalog.table}
        </button>
      </div>
      <label class="sort">
        <span>${catalog.sortBy}</span>
        <select @change=${(event: Event) => (this.sorteer = (event.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${sorteer === ''}>${catalog.sortGiven}</option>
          <option value="naam" ?selected=${sorteer === 'naam'}>${catalog.sortName}</option>
          <option value="totaal" ?selected=${sorteer === 'totaal'}>${catalog.sortTotal}</option>
          ${monitor.themas.map(
            (thema) => html`<option value=${thema.id} ?selected=${sorteer === thema.id}>${catalog.thema}: ${thema.label[lang]}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  /**
   * Notes on invalid values of `weergave`, `vorm` and `sorteer`, for which the comparison shows their
   * defaults, and, when `comparisonShown`, on a `gebied` that `gebieden` overrides, as when a
   * `<gebied-kiezer>` sets it. Without `monitor`, under a load-error message, `sorteer` is not checked,
   * because its values include the thema ids of the data.
   */
  private renderNotes(monitor: Monitor | null, lang: Lang, comparisonShown = true) {
    const themas = monitor?.themas ?? [];
    const themaIds = themas.map((thema) => thema.id);
    const deelthemaIds = themas.flatMap((thema) => thema.deelthemas.map((deelthema) => deelthema.id));
    // Deelthema ids sort too, but the note lists only the thema ids, as the sort field does.
    const sorteer = deelthemaIds.includes(this.sorteer ?? '') ? null : this.sorteer;
    return invalidValueNotes(this, lang, [
      checkValue('weergave', this.weergave, WEERGAVEN),
      checkValue('vorm', this.vorm, ['taarten', 'tabel']),
      checkLang(this),
      comparisonShown ? this.checkIgnoredGebied() : null,
      checkValue('sorteer', monitor && sorteer, ['naam', 'totaal', ...themaIds], {
        nl: compareCatalogs.nl.sortGiven.toLowerCase(),
        en: compareCatalogs.en.sortGiven.toLowerCase(),
      }),
    ]);
  }

  /** Returns the problem of a `gebied` that is not shown because `gebieden` lists the gebieden, or null. */
  private checkIgnoredGebied(): PageProblem | null {
    const gebied = valueText(this.gebied ?? '').trim();
    if (gebied === '' || splitList(this.gebieden ?? '').length === 0) return null;
    const attribute = writtenName(this, 'gebied');
    return {
      key: `ignored-gebied=${gebied}`,
      message: { nl: compareCatalogs.nl.ignoredGebied(gebied, attribute), en: compareCatalogs.en.ignoredGebied(gebied, attribute) },
      // The English note says "areas", which the console, like every console text, calls gebieden.
      log: `${attribute}="${truncateValue(gebied)}" is not shown, because gebieden lists the gebieden to compare. Leave out gebieden to compare this gebied.`,
    };
  }

  // ---------------------------------------------------------------------------
  // Small multiples
  // ---------------------------------------------------------------------------

  private layoutFor(monitor: Monitor): ProfileLayout {
    if (this.layoutCache?.monitor !== monitor) {
      const shapes = monitor.themas.map((thema) => ({ id: thema.id, deelthemas: thema.deelthemas.map((deel) => deel.id) }));
      this.layoutCache = { monitor, layout: layoutProfile(shapes, CARD_CHART_WIDTH) };
    }
    return this.layoutCache.layout;
  }

  private classOf(score: Score | undefined): ScaleClass | null {
    if (!score) return null;
    if (this.weergave === 'ontwikkeling') return score.ontwikkeling;
    return score.value === null ? null : score.klasse;
  }

  private renderCards(
    monitor: Monitor,
    items: CompareItem[],
    label: (item: CompareItem) => string,
    lang: Lang,
    catalog: CompareCatalog,
  ): TemplateResult {
    const layout = this.layoutFor(monitor);
    const lazy = this.observer !== null;

    return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
        ${patternDefs('small')}
      </svg>
      <ul class="cards">
        ${repeat(
          items,
          (item) => item.key,
          (item) => {
            const drawn = !lazy || this.shown.has(item.key);
            return html`<li class="card" part="card" data-key=${item.key} data-chart=${item.key} ?data-shown=${drawn}>
              <p class="card-name">${nameText(label(item))}</p>
              <p class="card-meta">${this.cardMeta(item, label(item), catalog)}</p>
              ${drawn ? this.renderMiniPie(monitor, item, layout, lang) : html`<div class="placeholder"></div>`}
              <p class="card-total">${this.totalLine(monitor, item, lang, catalog)}</p>
            </li>`;
          },
        )}
      </ul>`;
  }

  /** Returns the line under a card's name: the gebied type, and the jaar unless the name shows it. */
  private cardMeta(item: CompareItem, name: string, catalog: CompareCatalog): string {
    const type = catalog.typeName[item.gebied.type];
    if (name.includes(String(item.jaar))) return type;
    return `${type}, ${item.jaar}`;
  }

  /** Renders a card's total line. Its class label is an element of its own, which can carry a `lang`. */
  private totalLine(monitor: Monitor, item: CompareItem, lang: Lang, catalog: CompareCatalog): string | TemplateResult {
    if (!item.result) return catalog.noResult;
    const score = item.result.totaal;
    const klasse = this.classOf(score);
    const value = this.weergave === 'ontwikkeling' ? score.difference : score.value;
    const text = value === null ? catalogs[lang].noData : formatNumber(value, lang, monitor.values.decimals, this.weergave === 'ontwikkeling');
    if (!klasse) return `${catalog.total}: ${text}`;
    return html`${catalog.total}: ${text}, <span lang=${textLang(klasse.label)}>${klasse.label[lang].toLowerCase()}</span>`;
  }

  private renderMiniPie(monitor: Monitor, item: CompareItem, layout: ProfileLayout, lang: Lang): TemplateResult {
    const [cx, cy] = layout.center;
    const frame = this.transition.frame(item.key, [...layout.themas, ...layout.deelthemas]);
    const result = item.result;
    const slice = (id: string, path: string, score: Score | undefined) => {
      const klasse = this.classOf(score);
      const pattern = ratingPattern(klasse);
      return svg`<g class=${ratingClass(klasse)}>
        <path class="slice ${klasse ? '' : 'no-data'}" data-id=${id} d=${path}></path>
        ${pattern ? svg`<path class="pattern" d=${path} fill="url(#${pattern})"></path>` : nothing}
      </g>`;
    };
    const total = result?.totaal;
    const totalClass = this.classOf(total);
    const totalValue = this.weergave === 'ontwikkeling' ? (total?.difference ?? null) : (total?.value ?? null);

    return html`<svg
      class="mini"
      viewBox="0 0 ${layout.width} ${layout.height}"
      aria-hidden="true"
      focusable="false"
    >
      <g transform="translate(${cx},${cy})">
        ${layout.themas.map((shape) => slice(shape.id, shape.path, result?.themas.get(shape.id)))}
        ${layout.deelthemas.map((shape) => slice(shape.id, shape.path, result?.deelthemas.get(shape.id)))}
        ${this.renderExiting(frame)}
        <g class=${ratingClass(totalClass)}>
          <circle class="total-circle ${totalClass ? '' : 'no-data'}" r=${layout.radius.total}></circle>
          <text class="total-value ${totalClass ? '' : 'on-no-data'}" dy="0.35em">
            ${totalValue === null ? '–' : formatNumber(totalValue, lang, monitor.values.decimals, this.weergave === 'ontwikkeling')}
          </text>
        </g>
      </g>
    </svg>`;
  }

  private renderExiting(frame: TransitionFrame | null): SVGTemplateResult[] {
    return (frame?.exiting ?? []).map(
      (gone) => svg`<path class="exiting" data-id=${gone.id} d=${gone.path} style=${styleProperties({ fill: gone.fill ?? 'none' })}></path>`,
    );
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const added: string[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const key = (entry.target as HTMLElement).dataset.key;
      if (key && !this.shown.has(key)) added.push(key);
      this.observer?.unobserve(entry.target);
    }
    if (added.length > 0) this.shown = new Set([...this.shown, ...added]);
  }

  /** Draws every small multiple, for example before printing. */
  private showAll(): void {
    const keys = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].map((card) => card.dataset.key ?? '');
    this.shown = new Set([...this.shown, ...keys]);
  }

  // ---------------------------------------------------------------------------
  // Table
  // ---------------------------------------------------------------------------

  private columns(monitor: Monitor, lang: Lang, catalog: CompareCatalog): Column[] {
    const columns: Column[] = [{ id: 'totaal', kind: 'totaal', label: catalog.total }];
    for (const thema of monitor.themas) {
      columns.push({ id: thema.id, kind: 'thema', label: thema.label[lang] });
      for (const deelthema of thema.deelthemas) {
        columns.push({ id: deelthema.id, kind: 'deelthema', label: deelthema.label[lang], text: deelthema.label });
      }
    }
    return columns;
  }

  /**
   * Renders a row's value cells. Each shows its class as a chip, and names it in visually hidden
   * text after the number, because the chip is hidden from screen readers.
   */
  private renderValueCells(item: CompareItem, columns: Column[], number: (value: number | null) => unknown, lang: Lang): TemplateResult[] {
    const weergave = this.weergave === 'ontwikkeling' ? 'ontwikkeling' : 'situatie';
    return columns.map((column) => {
      const score = scoreFor(item, column.id);
      const klasse = this.classOf(score);
      return html`<td class="number ${column.kind}" data-label=${column.label}>
        ${renderChip(klasse, weergave)}${number(score?.value ?? null)}${this.classText(score, klasse, lang)}
      </td>`;
    });
  }

  /**
   * Renders the visually hidden name of a value's class, such as ", Achteruit gegaan". A value
   * without a class gets the reason its development is missing, or "Geen gegevens" as the key
   * calls its chip. A cell without a value already reads "Geen gegevens" and gets nothing more.
   */
  private classText(score: Score | undefined, klasse: ScaleClass | null, lang: Lang): TemplateResult | typeof nothing {
    if (klasse) return html`<span class="visually-hidden">, <span lang=${textLang(klasse.label)}>${klasse.label[lang]}</span></span>`;
    if (!score || score.value === null) return nothing;
    const reason = this.weergave === 'ontwikkeling' ? score.developmentReason : null;
    return html`<span class="visually-hidden">, ${reasonText(reason, lang)}</span>`;
  }

  private renderTable(
    monitor: Monitor,
    items: CompareItem[],
    label: (item: CompareItem) => string,
    title: string,
    lang: Lang,
    catalog: CompareCatalog,
  ): TemplateResult {
    const caption = catalog.tableCaption(title);
    const columns = this.columns(monitor, lang, catalog);
    const decimals = monitor.values.decimals;
    const noData = catalogs[lang].noData;
    const number = (value: number | null, signed = false) =>
      value === null
        ? html`<span aria-hidden="true">—</span><span class="visually-hidden">${noData}</span>`
        : formatNumber(value, lang, decimals, signed);
    const valueOf = (item: CompareItem, column: Column) => scoreFor(item, column.id)?.value ?? null;
    const reference = items[0];
    const differenceRows = items.length >= 2 && items.length <= MAX_DIFFERENCE_ROWS ? items.slice(1) : [];

    // Each value cell stores its column label in data-label. In print each row becomes a block of
    // its own that shows the label beside the value, without the column headers.
    const weergave = this.weergave === 'ontwikkeling' ? 'ontwikkeling' : 'situatie';
    return html`<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
        ${patternDefs('small')}
      </svg>
      ${renderClassKey(monitor.scales[weergave].classes, weergave, lang, catalog.classKey[weergave], noData)}
      <div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table part="table">
        <caption><span class="caption-text">${nameText(caption)}</span></caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2">${label(items[0]) === String(items[0].jaar) ? catalog.jaar : catalog.gebied}</th>
            <th scope="col" rowspan="2" class="number">${catalog.total}</th>
            ${monitor.themas.map(
              (thema) => html`<th scope="colgroup" colspan=${thema.deelthemas.length + 1} class="thema-head" lang=${textLang(thema.label)}>${thema.label[lang]}</th>`,
            )}
          </tr>
          <tr>
            ${columns
              .filter((column) => column.kind !== 'totaal')
              .map(
                (column) =>
                  html`<th scope="col" class="number ${column.kind}" lang=${textLang(column.text)}>${column.kind === 'thema' ? catalog.thema : column.label}</th>`,
              )}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            items,
            (item) => item.key,
            (item) => html`<tr>
              <th scope="row">${nameText(label(item))}</th>
              ${item.result ? this.renderValueCells(item, columns, number, lang) : html`<td class="no-result" colspan=${columns.length}>${catalog.noResult}</td>`}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr class="mean-row">
            <th scope="row">${catalog.mean}</th>
            ${columns.map((column) => {
              const { mean, count } = meanOf(items.map((item) => valueOf(item, column)));
              return html`<td class="number ${column.kind}" data-id=${column.id} data-label=${column.label}>
                ${number(mean)}
                ${count > 0 && count < items.length ? html`<span class="count">${catalog.meanCount(count, items.length)}</span>` : nothing}
              </td>`;
            })}
          </tr>
          ${differenceRows.map(
            (item) => html`<tr class="difference-row">
              <th scope="row">${nameText(catalog.difference(label(item), label(reference)))}</th>
              ${columns.map(
                (column) =>
                  html`<td class="number ${column.kind}" data-id=${column.id} data-label=${column.label}>${number(differenceOf(valueOf(item, column), valueOf(reference, column)), true)}</td>`,
              )}
            </tr>`,
          )}
        </tfoot>
      </table>
    </div>`;
  }
}

declare global {
  // Types only: the tag is registered by wijkmonitor/define.js (src/define.ts), not by this module.
  interface HTMLElementTagNameMap {
    'buurt-vergelijk': BuurtVergelijk;
  }
}
