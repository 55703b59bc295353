import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import type { Gebied, GebiedType, Lang, Monitor } from '../../model/types.js';
import { MonitorSource } from '../../data/monitor-source.js';
import { findGebied, suggestionNames, type FindGebiedResult } from '../../model/select.js';
import { normalizeName } from '../../model/strings.js';
import { valueText } from '../../model/compare.js';
import { catalogs, unknownGebiedLog } from '../../i18n/catalog.js';
import { pickerCatalogs, type PickerCatalog } from '../../i18n/picker-catalog.js';
import { resolveLang } from '../../i18n/lang.js';
import { emit } from '../shared/events.js';
import { LinkedTargets } from '../shared/linked-targets.js';
import { DataAttributeAliases } from '../shared/data-attributes.js';
import { PageLangWatcher } from '../shared/page-lang.js';
import { renderMessage, renderSourceState } from '../shared/load-message.js';
import { checkDuplicateIds, checkLang, checkMissingIds, checkValue, curlyAttributes, invalidValueNotes, noteStyles, type PageProblem } from '../shared/attribute-values.js';
import { gebiedKiezerStyles } from './gebied-kiezer.styles.js';
import { MonitorElement } from '../shared/monitor-element.js';
import { nameText } from '../shared/names.js';

/** One group of options: the gemeente, a wijk or dorp with its buurten, or the rest. */
export interface PickerGroup {
  label: string;
  options: PickerOption[];
}

export interface PickerOption {
  gebied: Gebied;
  label: string;
  /** Texts a query is matched against, as `searchText` writes them: the option's name, code and group. */
  search: string[];
}

const ALL_TYPES: GebiedType[] = ['gemeente', 'wijk', 'dorp', 'buurt'];

/**
 * Groups gebieden for a picker: the gemeente first, then each wijk and dorp (sorted with Dutch
 * collation) with the whole wijk and its buurten, then gebieden without a wijk or dorp.
 */
export function groupGebieden(monitor: Monitor, types: readonly GebiedType[], catalog: PickerCatalog): PickerGroup[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  const byName = (a: Gebied, b: Gebied) => collator.compare(a.naam, b.naam);
  const include = new Set(types);
  // Gebieden that share a name get their code after it, so that a visitor can tell them apart.
  const nameCount = new Map<string, number>();
  for (const gebied of monitor.gebieden) {
    const key = normalizeName(gebied.naam);
    nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
  }
  const option = (gebied: Gebied, label: string, group: string): PickerOption => ({
    gebied,
    label: (nameCount.get(normalizeName(gebied.naam)) ?? 0) > 1 ? `${label} (${gebied.code})` : label,
    search: [searchText(gebied.naam), searchText(gebied.code), searchText(group)],
  });

  const groups: PickerGroup[] = [];
  const placed = new Set<string>();

  const gemeenten = monitor.gebieden.filter((gebied) => gebied.type === 'gemeente' && include.has('gemeente'));
  if (gemeenten.length > 0) {
    groups.push({ label: catalog.gemeente, options: gemeenten.map((gebied) => option(gebied, gebied.naam, '')) });
    for (const gebied of gemeenten) placed.add(gebied.code);
  }

  const parents = monitor.gebieden.filter((gebied) => gebied.type === 'wijk' || gebied.type === 'dorp').sort(byName);
  for (const parent of parents) {
    const label = catalog.group(parent.type, parent.naam);
    const options: PickerOption[] = [];
    if (include.has(parent.type)) options.push(option(parent, catalog.whole(parent.type, parent.naam), parent.naam));
    const children = monitor.gebieden.filter((gebied) => gebied.parent === parent.code && include.has(gebied.type)).sort(byName);
    for (const child of children) options.push(option(child, child.naam, parent.naam));
    if (options.length > 0) groups.push({ label, options });
    placed.add(parent.code);
    for (const child of children) placed.add(child.code);
  }

  const rest = monitor.gebieden.filter((gebied) => !placed.has(gebied.code) && include.has(gebied.type)).sort(byName);
  if (rest.length > 0) groups.push({ label: catalog.other, options: rest.map((gebied) => option(gebied, gebied.naam, '')) });
  return groups;
}

/**
 * Writes a name for search: normalised, with a space for every run of other characters than letters
 * and digits, so that "s hertogenbosch" finds "'s-Hertogenbosch" and "binnenstad oost" finds
 * "Binnenstad-Oost".
 */
function searchText(text: string): string {
  return normalizeName(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Keeps the options whose name or code contains the query, ignoring case, diacritics, spaces and
 * punctuation. A query that matches the name of a wijk or dorp keeps all of its options.
 */
export function filterGroups(groups: readonly PickerGroup[], queryText: string): PickerGroup[] {
  const needle = searchText(queryText);
  // A query of only punctuation or emoji matches nothing, rather than everything.
  if (needle === '') return normalizeName(queryText) === '' ? [...groups] : [];

  const filtered: PickerGroup[] = [];
  for (const group of groups) {
    const options = group.options.filter((option) => option.search.some((text) => text.includes(needle)));
    if (options.length > 0) filtered.push({ label: group.label, options });
  }
  return filtered;
}

/**
 * Gebied picker: a combobox with type-ahead search over every gebied, grouped by wijk and dorp.
 * It sets `gebied` on the elements named in `for` (a `<profiel-taart>` or `<buurt-vergelijk>`) and
 * works alone too, firing `wbm-gebied-change`. Follows the ARIA 1.2 combobox pattern with a
 * listbox popup: arrows move through the options, Enter chooses, Escape closes, Home and End jump
 * to the first and last option while the list has an active option.
 *
 * @tagname gebied-kiezer
 * @summary Accessible gebied picker with type-ahead search, grouped by wijk and dorp.
 *
 * @fires {CustomEvent<GebiedChangeDetail>} wbm-gebied-change - A visitor chose a gebied: its `code` and `naam`, with `source` `'gebied-kiezer'`.
 *
 * @csspart label - The visible label above the field.
 * @csspart input - The text field.
 * @csspart listbox - The popup list of gebieden.
 * @csspart option - One gebied in the list.
 * @csspart message - The message shown in place when the picker cannot be drawn.
 * @csspart note - A note under the field on a `gebied` that is not in the data, or on a value of `types` that is not a gebied type.
 *
 * @cssproperty --wbm-text-color - Text colour.
 * @cssproperty --wbm-muted-text-color - Colour of group labels and hints.
 * @cssproperty --wbm-font-family - Font family; the page's font by default.
 * @cssproperty --wbm-focus-color - Focus ring around the field and the active option.
 * @cssproperty --wbm-highlight-background - Background of the active option.
 * @cssproperty --wbm-surface-color - Background of the field and the list.
 * @cssproperty --wbm-border-radius - Corner radius of buttons, fields and message boxes.
 * @cssproperty --wbm-error-background - Background of the message box.
 * @cssproperty --wbm-error-border-color - Border of the message box.
 * @cssproperty --wbm-font-size - Base font size; `1rem` by default.
 * @cssproperty --wbm-group-background - Background of the group labels in the list.
 * @cssproperty --wbm-hover-background - Background of an option under the pointer.
 * @cssproperty --wbm-input-border-color - Border of the field, the list and the buttons.
 * @cssproperty --wbm-loading-color - The disc shown while loading.
 * @cssproperty --wbm-margin-block - Space above and below the element; `1em` by default. It takes one length, or two for above and below, as CSS `margin-block` does. In normal flow it collapses with the margin of a paragraph or heading next to it, but in a flex or grid layout it adds to the gap. `0` removes it.
 * @cssproperty --wbm-gebied-kiezer-margin-block - Space above and below this element only; falls back to `--wbm-margin-block`.
 *
 * @slot - Not rendered; light DOM (for example a link to the data) shows only without the script.
 */
export class GebiedKiezer extends MonitorElement {
  static override styles = [gebiedKiezerStyles, noteStyles];

  /** Attributes that a CMS may also write with a `data-` prefix, such as `data-for`. @internal */
  private static readonly aliased = ['src', 'for', 'gebied', 'types', 'label', 'lang'];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...DataAttributeAliases.observed(GebiedKiezer.aliased)];
  }

  /** URL of a monitor JSON file; not needed when `for` names an element that has one. */
  @property({ reflect: true }) src: string | null = null;

  /** Monitor object (or JSON text), or a promise of one; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** Id of the element (or ids, separated by spaces) whose `gebied` the picker sets. */
  @property({ reflect: true }) for: string | null = null;

  /** Code or name of the chosen gebied; the first linked element's gebied when absent. */
  @property({ reflect: true }) gebied: string | null = null;

  /** Gebied types offered, separated by commas: any of `gemeente`, `wijk`, `dorp`, `buurt` (all by default). */
  @property({ reflect: true }) types: string | null = null;

  /** Visible label of the field; "Kies een gebied" by default. */
  @property({ reflect: true }) label: string | null = null;

  /**
   * Language of the element's text: `nl` (default) or `en`. Without it, the picker takes the language
   * of the first element named in `for`, unless a `lang` on the page around the picker alone sets one.
   */
  @property({ reflect: true }) override lang!: string;

  @state() private open = false;
  @state() private queryText: string | null = null;
  @state() private activeCode: string | null = null;
  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement;

  /** Key of the data and types that the last "nothing to choose" error was logged for; a re-render logs it once. */
  private reportedEmpty: string | null = null;

  private readonly linked = new LinkedTargets(this);
  private readonly source = new MonitorSource(this, () => this.linked.sources());
  private readonly aliases = new DataAttributeAliases(this, GebiedKiezer.aliased);

  constructor() {
    super();
    // The watcher registers itself as a controller of this element.
    new PageLangWatcher(this, () => resolveLang(this, this.linked.targets[0]));
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
    if (changed.has('gebied')) this.queryText = null;
  }

  private get types_(): GebiedType[] {
    if (!this.types) return ALL_TYPES;
    const chosen = valueText(this.types).split(',').map((type) => type.trim().toLowerCase());
    const valid = ALL_TYPES.filter((type) => chosen.includes(type));
    return valid.length > 0 ? valid : ALL_TYPES;
  }

  /**
   * Looks up the chosen gebied: its own `gebied`, else the first linked element's. A blank own `gebied`
   * counts as none. Returns null when neither is set.
   */
  private lookUp(monitor: Monitor): FindGebiedResult | null {
    const query = valueText(this.gebied ?? '').trim() || valueText(this.linked.targets[0]?.getAttribute('gebied') ?? '');
    return query ? findGebied(monitor, query) : null;
  }

  /**
   * Returns the problem of an own `gebied` that is not in the data, with close names, or null. An
   * unknown `gebied` of a linked element gets no note here, because that element shows its own message.
   */
  private checkGebied(found: FindGebiedResult | null): PageProblem | null {
    const gebied = valueText(this.gebied ?? '').trim();
    if (!gebied || !found || 'gebied' in found) return null;
    const names = suggestionNames(found.suggestions);
    const curly = curlyAttributes(this, ['gebied']);
    if (curly.length) return { key: `gebied=${gebied}`, message: { nl: catalogs.nl.errors.curlyValues(curly), en: catalogs.en.errors.curlyValues(curly) } };
    return {
      key: `gebied=${gebied}`,
      message: { nl: catalogs.nl.errors.unknownGebied(gebied, names), en: catalogs.en.errors.unknownGebied(gebied, names) },
      log: unknownGebiedLog(gebied, names),
    };
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this, this.linked.targets[0]);
    const catalog = pickerCatalogs[lang];
    return renderSourceState(this.source, catalog, lang, this.src, (monitor) => this.renderPicker(monitor, lang, catalog), this.linked.targets.length ? null : (this.for ?? ''), this.linked.targets[0]?.id ?? null, () => this.renderNotes(lang, null));
  }

  /**
   * Renders the notes on invalid attribute values, on ids in `for` and on an own `gebied` that `found`
   * does not find. Under a message there is no data to look the gebied up in.
   */
  private renderNotes(lang: Lang, found: FindGebiedResult | null) {
    const types = this.types_;
    const unknownTypes = valueText(this.types ?? '').split(',').some((type) => type.trim() !== '' && !ALL_TYPES.includes(type.trim().toLowerCase() as GebiedType));
    return invalidValueNotes(this, lang, [
      checkValue('types', unknownTypes ? this.types : null, ALL_TYPES, types.join(', ')),
      this.checkGebied(found),
      checkDuplicateIds(this.linked.duplicateIds),
      checkMissingIds(this, this.linked.missingIds),
      checkLang(this),
    ]);
  }

  private renderPicker(monitor: Monitor, lang: Lang, catalog: PickerCatalog): TemplateResult {
    const types = this.types_;
    const all = groupGebieden(monitor, types, catalog);
    if (all.length === 0) return this.renderNothingToChoose(monitor, types, lang, catalog);
    this.reportedEmpty = null;

    const found = this.lookUp(monitor);
    const selected = foundGebied(found);
    const groups = filterGroups(all, this.queryText ?? '');
    const options = groups.flatMap((group) => group.options);
    const active = options.find((option) => option.gebied.code === this.activeCode) ?? null;
    const value = this.queryText ?? selected?.naam ?? '';
    const expanded = this.open && options.length > 0;
    const notes = this.renderNotes(lang, found);

    // `lang` on the content, because the text follows a linked element whose language may differ.
    return html`<div class="kiezer" lang=${lang}>
      <label for="input" part="label">${this.label == null ? catalog.label : valueText(this.label)}</label>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-describedby=${notes === nothing ? nothing : 'notes'}
          aria-activedescendant=${expanded && active ? optionId(active.gebied) : nothing}
          placeholder=${catalog.placeholder}
          .value=${value}
          @input=${this.onInput}
          @keydown=${(event: KeyboardEvent) => this.onKeydown(event, options, monitor)}
          @blur=${this.onBlur}
          @focus=${this.onFocus}
          @click=${() => this.setOpen(true)}
        />
        <button
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${catalog.showAll}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          @pointerdown=${(event: PointerEvent) => event.preventDefault()}
          @click=${this.onToggle}
        >
          <svg viewBox="0 0 12 8" aria-hidden="true" focusable="false"><path d="M1 1l5 5 5-5"></path></svg>
        </button>
      </div>
      <div id="listbox" role="listbox" part="listbox" aria-label=${catalog.listLabel} ?hidden=${!expanded}>
        ${groups.map(
          (group, index) => html`<div role="group" aria-labelledby="group-${index}">
            <div class="group-label" role="presentation" id="group-${index}">${nameText(group.label)}</div>
            ${group.options.map(
              (option) => html`<div
                role="option"
                part="option"
                id=${optionId(option.gebied)}
                class="option ${option.gebied.type}${option === active ? ' active' : ''}"
                aria-selected=${option.gebied.code === selected?.code ? 'true' : 'false'}
                @pointerdown=${(event: PointerEvent) => event.preventDefault()}
                @click=${() => this.choose(option.gebied)}
              >
                ${nameText(option.label)}
              </div>`,
            )}
          </div>`,
        )}
      </div>
      ${this.open && options.length === 0 ? html`<p class="no-results">${catalog.noResults(this.queryText ?? '')}</p>` : nothing}
      ${notes === nothing ? nothing : html`<div id="notes">${notes}</div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  /** Explains in place that the data or the `types` filter leaves no gebied to choose from. */
  private renderNothingToChoose(monitor: Monitor, types: GebiedType[], lang: Lang, catalog: PickerCatalog): TemplateResult {
    const body = catalog.nothingToChoose(monitor.gebieden.length, this.types ? types : null);
    const key = `${monitor.gebieden.length}|${types.join(',')}`;
    if (this.reportedEmpty !== key) {
      this.reportedEmpty = key;
      console.error(`<gebied-kiezer>: no gebied found for types="${this.types ?? ''}" among ${monitor.gebieden.length} gebieden. Change or remove the types attribute.`);
    }
    return renderMessage(catalog.nothingTitle, body, lang, true, key);
  }

  private setOpen(open: boolean): void {
    this.open = open;
    if (!open) this.activeCode = null;
  }

  private onInput(event: InputEvent): void {
    this.queryText = (event.target as HTMLInputElement).value;
    this.activeCode = null;
    this.open = true;
    this.announceCount();
  }

  /** Announces the number of matches after the list has been filtered. */
  private async announceCount(): Promise<void> {
    await this.updateComplete;
    const catalog = pickerCatalogs[resolveLang(this, this.linked.targets[0])];
    const count = this.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0;
    this.announcement = count === 0 ? catalog.noResults(this.queryText ?? '') : catalog.results(count);
  }

  private onToggle(): void {
    this.input?.focus();
    this.setOpen(!this.open);
  }

  /** Selects the shown name, so that typing replaces it with a search. */
  private onFocus(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  private onBlur(): void {
    this.setOpen(false);
    this.queryText = null;
  }

  private onKeydown(event: KeyboardEvent, options: PickerOption[], monitor: Monitor): void {
    const index = options.findIndex((option) => option.gebied.code === this.activeCode);
    const move = (next: number) => {
      event.preventDefault();
      if (options.length === 0) return;
      this.open = true;
      this.activeCode = options[Math.max(0, Math.min(options.length - 1, next))].gebied.code;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector('.option.active')?.scrollIntoView({ block: 'nearest' }));
    };

    switch (event.key) {
      case 'ArrowDown':
        if (event.altKey) {
          event.preventDefault();
          this.setOpen(true);
          return;
        }
        move(index < 0 ? Math.max(0, this.selectedIndex(options, monitor)) : index + 1);
        return;
      case 'ArrowUp':
        move(index < 0 ? options.length - 1 : index - 1);
        return;
      case 'Home':
      case 'End':
        // With an active option the keys move in the list; otherwise they move the caret.
        if (this.open && index >= 0) move(event.key === 'Home' ? 0 : options.length - 1);
        return;
      case 'Enter': {
        if (!this.open) return;
        // Enter without an active option chooses the only match, if there is exactly one.
        let option: PickerOption | null = index >= 0 ? options[index] : null;
        if (!option && options.length === 1) option = options[0];
        if (!option) return;
        event.preventDefault();
        this.choose(option.gebied);
        return;
      }
      case 'Escape':
        if (!this.open && this.queryText === null) return;
        event.preventDefault();
        this.setOpen(false);
        this.queryText = null;
        return;
      case 'Tab':
        this.setOpen(false);
        return;
    }
  }

  private selectedIndex(options: PickerOption[], monitor: Monitor): number {
    const selected = foundGebied(this.lookUp(monitor));
    return selected && this.queryText === null ? options.findIndex((option) => option.gebied.code === selected.code) : 0;
  }

  /** Chooses a gebied after a visitor's action: updates linked elements and fires the event. */
  private choose(gebied: Gebied): void {
    this.gebied = gebied.code;
    this.queryText = null;
    this.setOpen(false);
    this.announcement = pickerCatalogs[resolveLang(this, this.linked.targets[0])].chosen(gebied.naam);
    for (const target of this.linked.targets) target.setAttribute('gebied', gebied.code);
    emit(this, 'wbm-gebied-change', { code: gebied.code, naam: gebied.naam, source: 'gebied-kiezer' });
  }
}

declare global {
  // Types only: the tag is registered by wijkmonitor/define.js (src/define.ts), not by this module.
  interface HTMLElementTagNameMap {
    'gebied-kiezer': GebiedKiezer;
  }
}

/** Returns the gebied that a look-up found, or null when it found none or nothing was looked up. */
function foundGebied(found: FindGebiedResult | null): Gebied | null {
  return found && 'gebied' in found ? found.gebied : null;
}

function optionId(gebied: Gebied): string {
  return `option-${gebied.code.replace(/[^\w-]/g, '_')}`;
}
