import { html, svg, nothing, type TemplateResult, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang, Monitor, ScaleClass, Weergave } from '../../model/types.js';
import { MonitorSource } from '../../data/monitor-source.js';
import { trendMarkerPath, trendShape } from '../../geometry/markers.js';
import { arcShapePath } from '../../geometry/slice-tween.js';
import { legendCatalogs, type LegendCatalog } from '../../i18n/legend-catalog.js';
import { resolveLang } from '../../i18n/lang.js';
import { ratingClass, ratingPattern } from '../shared/classes.js';
import { patternDefs } from '../shared/patterns.js';
import { emit, type ThemaHighlightDetail } from '../shared/events.js';
import { LinkedTargets } from '../shared/linked-targets.js';
import { DataAttributeAliases } from '../shared/data-attributes.js';
import { PageLangWatcher } from '../shared/page-lang.js';
import { renderSourceState } from '../shared/load-message.js';
import { WEERGAVEN, checkDuplicateIds, checkLang, checkMissingIds, checkValue, invalidValueNotes, noteStyles } from '../shared/attribute-values.js';
import { themaLegendaStyles } from './thema-legenda.styles.js';
import { MonitorElement } from '../shared/monitor-element.js';
import { textLang } from '../shared/names.js';

/** A linked element that can highlight a thema, such as `<profiel-taart>`. */
type Highlightable = HTMLElement & { highlight?: (id: string | null) => void; weergave?: string };

/**
 * Legend of a profieltaart: the themes in ring order, the class colours with their labels, the
 * trend markers and the no-data style. Linked to a `<profiel-taart>` with `for`, it follows the
 * pie's weergave and data, and highlighting a thema in one highlights it in the other. When the
 * pie's gebied, jaar or data changes, the highlight and pin end in both, without an event.
 *
 * @tagname thema-legenda
 * @summary Legend of a profieltaart, linked to the chart both ways.
 *
 * @fires {CustomEvent<ThemaHighlightDetail>} wbm-thema-highlight - A visitor pointed at, focused or left a thema in the legend; `themaId` is null when the highlight ends, `source` is `'thema-legenda'`.
 *
 * @csspart legend - The element's outer box.
 * @csspart thema - The button of one thema.
 * @csspart swatch - The colour sample of one class.
 * @csspart message - The message shown in place when the legend cannot be drawn.
 * @csspart note - A note under the legend on an attribute value that is not valid, such as a misspelt `orientation`.
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
 * @cssproperty --wbm-focus-color - Focus ring.
 * @cssproperty --wbm-highlight-background - Background of the highlighted thema.
 * @cssproperty --wbm-marker-color - Fill of trend markers.
 * @cssproperty --wbm-marker-border-color - Border of trend markers.
 * @cssproperty --wbm-border-radius - Corner radius of buttons, fields and message boxes.
 * @cssproperty --wbm-error-background - Background of the message box.
 * @cssproperty --wbm-error-border-color - Border of the message box.
 * @cssproperty --wbm-font-size - Base font size; `1rem` by default.
 * @cssproperty --wbm-loading-color - The disc shown while loading.
 * @cssproperty --wbm-no-data-border-color - Dashed border and hatching of slices and samples without data.
 * @cssproperty --wbm-pattern-color - Dots and hatching that tell classes apart without colour.
 * @cssproperty --wbm-position-color - Other themes in the small ring that shows where a thema sits.
 * @cssproperty --wbm-swatch-border-color - Border of the colour samples.
 * @cssproperty --wbm-no-data-color - Fill of slices and samples without data.
 * @cssproperty --wbm-margin-block - Space above and below the element; `1em` by default. It takes one length, or two for above and below, as CSS `margin-block` does. In normal flow it collapses with the margin of a paragraph or heading next to it, but in a flex or grid layout it adds to the gap. `0` removes it.
 * @cssproperty --wbm-thema-legenda-margin-block - Space above and below this element only; falls back to `--wbm-margin-block`.
 *
 * @slot - Not rendered; light DOM (for example a link to the data) shows only without the script.
 */
export class ThemaLegenda extends MonitorElement {
  static override styles = [themaLegendaStyles, noteStyles];

  /** Attributes that a CMS may also write with a `data-` prefix, such as `data-for`. @internal */
  private static readonly aliased = ['src', 'for', 'weergave', 'orientation', 'lang'];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...DataAttributeAliases.observed(ThemaLegenda.aliased)];
  }

  /** URL of a monitor or profile JSON file; not needed when `for` names a chart. */
  @property({ reflect: true }) src: string | null = null;

  /** Monitor or profile object (or JSON text), or a promise of one; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** Id of the `<profiel-taart>` (or ids, separated by spaces) this legend explains and highlights. */
  @property({ reflect: true }) for: string | null = null;

  /** Scale that the colours explain: `situatie` or `ontwikkeling`; a linked chart's weergave wins. */
  @property({ reflect: true }) weergave: Weergave = 'situatie';

  /** `vertical` (default): a list with deelthema's; `horizontal`: a compact strip that wraps. */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  /**
   * Language of the element's text: `nl` (default) or `en`. Without it, the legend takes the language
   * of the chart named in `for`, unless a `lang` on the page around the legend alone sets one.
   */
  @property({ reflect: true }) override lang!: string;

  @state() private highlighted: string | null = null;
  @state() private pinned: string | null = null;

  private readonly linked = new LinkedTargets(
    this,
    (added, removed) => {
      for (const target of removed) target.removeEventListener('wbm-thema-highlight', this.onTargetHighlight);
      for (const target of added) target.addEventListener('wbm-thema-highlight', this.onTargetHighlight);
    },
    () => this.clearHighlight(),
  );
  private readonly source = new MonitorSource(this, () => this.linked.sources());
  private readonly aliases = new DataAttributeAliases(this, ThemaLegenda.aliased);

  constructor() {
    super();
    // The watcher registers itself as a controller of this element.
    new PageLangWatcher(this, () => resolveLang(this, this.linked.targets[0]));
  }
  private emitted: string | null = null;

  private readonly onTargetHighlight = (event: CustomEvent<ThemaHighlightDetail>) => {
    if (event.detail.source === 'thema-legenda') return;
    this.highlighted = event.detail.themaId;
  };

  /** Highlights a thema by id in the legend only, or clears it with null; fires no event. */
  highlight(themaId: string | null): void {
    this.highlighted = themaId;
    this.emitted = themaId;
  }

  /**
   * Ends the highlight and the pin after a linked pie cleared its highlight because its gebied, jaar
   * or data changed. The other linked pies clear theirs, so that no element keeps a highlight that
   * the others dropped.
   */
  private clearHighlight(): void {
    this.pinned = null;
    this.highlight(null);
    for (const target of this.linked.targets as Highlightable[]) target.highlight?.(null);
  }

  /** Fetches `src` again, also after a successful load. Other elements on the page that failed to load the same file try again too. */
  reload(): void {
    this.source.reload();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.aliases.attributeChanged(name, value);
  }

  private get weergave_(): Weergave {
    const linked = this.linked.targets[0] as Highlightable | undefined;
    const value = linked?.getAttribute('weergave') ?? linked?.weergave ?? this.weergave;
    return value === 'ontwikkeling' ? 'ontwikkeling' : 'situatie';
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this, this.linked.targets[0]);
    const catalog = legendCatalogs[lang];
    return renderSourceState(this.source, catalog, lang, this.src, (monitor) => this.renderLegend(monitor, lang, catalog), this.linked.targets.length ? null : (this.for ?? ''), this.linked.targets[0]?.id ?? null, () => this.renderNotes(lang));
  }

  /** Renders the notes on invalid attribute values and on ids in `for`, also under a message. */
  private renderNotes(lang: Lang) {
    return invalidValueNotes(this, lang, [
      checkValue('weergave', this.weergave, WEERGAVEN),
      checkValue('orientation', this.orientation, ['vertical', 'horizontal']),
      checkDuplicateIds(this.linked.duplicateIds),
      checkMissingIds(this, this.linked.missingIds),
      checkLang(this),
    ]);
  }

  private renderLegend(monitor: Monitor, lang: Lang, catalog: LegendCatalog): TemplateResult {
    const weergave = this.weergave_;
    const colourScale = monitor.scales[weergave].classes;
    const trendScale = monitor.scales.ontwikkeling.classes;
    const orientation = this.orientation === 'horizontal' ? 'horizontal' : 'vertical';
    const notes = this.renderNotes(lang);

    // `lang` on the content, because the text follows a linked element whose language may differ.
    return html`<section part="legend" class="legend ${orientation}" aria-label=${catalog.name} lang=${lang}>
      <svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
        ${patternDefs('small')}
      </svg>
      <div class="groups">
        <div class="group themas">
          <p class="group-title" id="themas-title">${catalog.themas}</p>
          <ul aria-labelledby="themas-title">
            ${monitor.themas.map((_, index) => this.renderThema(monitor, index, lang, catalog, orientation))}
          </ul>
          <p class="hint">${catalog.themaHint}</p>
        </div>
        <div class="group">
          <p class="group-title" id="colours-title">${weergave === 'situatie' ? catalog.situatie : catalog.ontwikkeling}</p>
          <ul aria-labelledby="colours-title">
            ${colourScale.map((klasse) => this.renderSwatch(klasse, klasse.label[lang]))}
            ${this.renderSwatch(null, catalog.noData)}
          </ul>
        </div>
        <div class="group">
          <p class="group-title" id="trend-title">${catalog.trend}</p>
          <ul aria-labelledby="trend-title">
            ${trendScale.map(
              (klasse) => html`<li class="entry">
                <svg class="marker-sample" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
                  <path class="marker" data-trend=${trendShape(klasse.rating)} d=${trendMarkerPath(trendShape(klasse.rating), 12)}></path>
                </svg>
                <span lang=${textLang(klasse.label)}>${klasse.label[lang]}</span>
              </li>`,
            )}
          </ul>
        </div>
      </div>
      ${notes}
    </section>`;
  }

  private renderThema(monitor: Monitor, index: number, lang: Lang, catalog: LegendCatalog, orientation: string): TemplateResult {
    const thema = monitor.themas[index];
    const active = this.highlighted === thema.id || this.pinned === thema.id;
    // The name is an aria-label, not visually hidden text in the button, because browsers put a space
    // between a flex item's text and hidden text ("Werk & leren , thema 1 van 5").
    return html`<li class="thema${active ? ' highlighted' : ''}">
      <button
        type="button"
        part="thema"
        data-thema=${thema.id}
        aria-pressed=${this.pinned === thema.id ? 'true' : 'false'}
        aria-label="${thema.label[lang]}, ${catalog.position(index + 1, monitor.themas.length)}"
        @pointerenter=${() => this.userHighlight(thema.id)}
        @pointerleave=${() => this.userHighlight(null)}
        @focus=${() => this.userHighlight(thema.id)}
        @blur=${() => this.userHighlight(null)}
        @click=${() => this.togglePin(thema.id)}
      >
        ${this.renderPosition(index, monitor.themas.length)}
        <span class="thema-name" lang=${textLang(thema.label)}>${thema.label[lang]}</span>
      </button>
      ${orientation === 'vertical' && thema.deelthemas.length > 0
        ? html`<ul class="deelthemas">
            ${thema.deelthemas.map((deelthema) => html`<li lang=${textLang(deelthema.label)}>${deelthema.label[lang]}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }

  /** Draws a small ring with the thema's place in the profieltaart filled in. */
  private renderPosition(index: number, count: number): SVGTemplateResult {
    const step = (2 * Math.PI) / Math.max(1, count);
    return svg`<svg class="position" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      ${Array.from({ length: count }, (_, slot) => {
        const d = arcShapePath({
          id: String(slot),
          startAngle: slot * step,
          endAngle: (slot + 1) * step,
          innerRadius: 5,
          outerRadius: 10,
          padAngle: count > 1 ? 0.08 : 0,
        });
        return svg`<path class=${slot === index ? 'position-own' : 'position-other'} d=${d}></path>`;
      })}
    </svg>`;
  }

  private renderSwatch(klasse: ScaleClass | null, label: string): TemplateResult {
    const pattern = ratingPattern(klasse);
    return html`<li class="entry">
      <svg class="swatch ${ratingClass(klasse)}" part="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
        <rect class="swatch-fill" x="0.75" y="0.75" width="22.5" height="14.5" rx="2"></rect>
        ${pattern ? svg`<rect x="0.75" y="0.75" width="22.5" height="14.5" rx="2" fill="url(#${pattern})"></rect>` : nothing}
      </svg>
      <span lang=${textLang(klasse?.label)}>${label}</span>
    </li>`;
  }

  /** Moves the highlight after a visitor's pointer or focus, highlights it in linked charts, and fires the event. */
  private userHighlight(themaId: string | null): void {
    const shown = themaId ?? this.pinned;
    this.highlighted = shown;
    for (const target of this.linked.targets as Highlightable[]) target.highlight?.(shown);

    if (shown === this.emitted) return;
    this.emitted = shown;
    emit(this, 'wbm-thema-highlight', { themaId: shown, deelthemaId: null, source: 'thema-legenda' });
  }

  private togglePin(themaId: string): void {
    this.pinned = this.pinned === themaId ? null : themaId;
    this.userHighlight(this.pinned ?? themaId);
  }
}

declare global {
  // Types only: the tag is registered by wijkmonitor/define.js (src/define.ts), not by this module.
  interface HTMLElementTagNameMap {
    'thema-legenda': ThemaLegenda;
  }
}
