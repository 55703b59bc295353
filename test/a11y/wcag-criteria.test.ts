/**
 * WCAG 2.1 AA criteria that axe cannot check, tested on each element in Chromium: text spacing,
 * content on hover, keyboard use, focus, label in name, language of parts, name, role and value,
 * and status messages. all-elements.test.ts covers axe and reflow, media.test.ts forced colours,
 * print, reduced motion and touch targets, contrast.test.ts contrast.
 */
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, serverUrl, settled, shadow, silenceConsoleErrors, textOf } from '../elements/helpers.js';

/** The user style sheet of WCAG 2.1 success criterion 1.4.12, as text-spacing bookmarklets apply it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const TAGS = ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer'];

/** Returns every wijkmonitor element in `root` and the shadow roots inside them. */
function hosts(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (!element.shadowRoot) continue;
    if (TAGS.includes(element.localName)) found.push(element);
    found.push(...hosts(element.shadowRoot));
  }
  return found;
}

/**
 * Adds the text-spacing style sheet to the document and to the shadow root of every element in
 * `root`, as a bookmarklet does, and returns a function that removes it again.
 */
function applyTextSpacing(root: ParentNode): () => void {
  const styles: HTMLStyleElement[] = [];
  for (const target of [document.head, ...hosts(root).map((host) => host.shadowRoot!)]) {
    const style = document.createElement('style');
    style.textContent = TEXT_SPACING;
    target.append(style);
    styles.push(style);
  }
  return () => {
    for (const style of styles) style.remove();
  };
}

async function nextFrames(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Returns the focused element, inside shadow roots. */
function focusedElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Returns the host tag and the text of a control, without the options of a field, for test output. */
function describeControl(element: Element): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : 'page';
  const field = element instanceof HTMLInputElement || element instanceof HTMLSelectElement;
  const text = element.getAttribute('aria-label') ?? element.getAttribute('data-vorm') ?? (field ? '' : element.textContent!);
  return `${host} ${element.localName}${element.className ? `.${element.className}` : ''} ${text.replace(/\s+/g, ' ').trim()}`.trim();
}

/** Returns the text of a field's label without the field's own text, such as the options of a select. */
function labelText(control: HTMLElement): string {
  const label = (control as HTMLInputElement).labels?.[0];
  if (!label) return '';
  const parts = [...label.childNodes].filter((node) => !node.contains(control));
  return parts.map((node) => node.textContent).join(' ');
}

/** Returns the `lang` that applies to a node: its own or its nearest ancestor's, across shadow roots. */
function languageOf(node: Node): string | null {
  for (let current: Node | null = node; current; current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode) {
    if (current instanceof Element && current.getAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

/** Renders the four elements side by side, linked as on the demo page, between two page buttons. */
async function renderPage(): Promise<{ page: HTMLElement; taart: ProfielTaart }> {
  const page = await fixture<HTMLElement>(html`<div style="width: 760px">
    <button id="before">voor</button>
    <gebied-kiezer for="taart"></gebied-kiezer>
    <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
    <thema-legenda for="taart"></thema-legenda>
    <buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk>
    <button id="after">na</button>
  </div>`);
  const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
  await settled(taart);
  await waitUntil(
    () => hosts(page).every((host) => host.shadowRoot!.querySelector('.legend, .kiezer, .vergelijk, svg')),
    'an element did not render',
    { timeout: 8000 },
  );
  return { page, taart };
}

describe('WCAG 1.4.12 text spacing', () => {
  let removeSpacing: () => void = () => undefined;
  afterEach(() => removeSpacing());

  it('keeps thema names whole on the ring', async () => {
    // The font of the demo page, in which 'Leefomgeving' with the added spacing is longer than its arc.
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager" style="width: 680px; font-family: Arial, sans-serif"></profiel-taart>`,
    );
    await settled(taart);
    removeSpacing = applyTextSpacing(taart.parentNode!);
    await nextFrames(3);
    await taart.updateComplete;

    const root = shadow(taart);
    const names = [...root.querySelectorAll<SVGTextPathElement>('.thema-name textPath')];
    expect(names.length).to.equal(5);
    for (const name of names) {
      const arc = root.querySelector<SVGPathElement>(name.getAttribute('href')!)!;
      // A textPath draws no glyph past the end of its path, so a longer text is cut off.
      expect(name.getComputedTextLength(), name.textContent!).to.be.at.most(arc.getTotalLength());
    }
  });

  it('keeps chart labels inside the chart', async () => {
    const taart = await fixture<ProfielTaart>(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager" style="width: 680px"></profiel-taart>`);
    await settled(taart);
    removeSpacing = applyTextSpacing(taart.parentNode!);
    await nextFrames(3);
    await taart.updateComplete;

    const chart = shadow(taart).querySelector('.chart')!.getBoundingClientRect();
    const labels = [...shadow(taart).querySelectorAll<SVGTextElement>('text.label')];
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.left, `${label.textContent} left edge`).to.be.at.least(chart.left - 0.5);
      expect(box.right, `${label.textContent} right edge`).to.be.at.most(chart.right + 0.5);
    }
  });

  it('clips no text and adds no sideways scroll', async () => {
    const { page } = await renderPage();
    removeSpacing = applyTextSpacing(page);
    await nextFrames(3);

    const clipped: string[] = [];
    for (const host of hosts(page)) {
      for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(element);
        // Scroll boxes, such as the box of a wide table, are in the tab order and scroll by keyboard.
        if (style.display === 'none' || /auto|scroll/.test(style.overflowX + style.overflowY)) continue;
        if (element.closest('.visually-hidden') || !/hidden|clip/.test(style.overflowX + style.overflowY)) continue;
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) clipped.push(describeControl(element));
      }
    }
    expect(clipped).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(window.innerWidth);
  });
});

describe('WCAG 1.4.13 content on hover or focus', () => {
  afterEach(async () => {
    await resetMouse();
  });

  /** Moves the pointer onto the middle of the slice with `id`. */
  async function hoverSlice(taart: ProfielTaart, id: string): Promise<void> {
    const box = shadow(taart).querySelector(`path.slice[data-id="${id}"]`)!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await taart.updateComplete;
  }

  it('keeps slice details while the pointer moves onto them', async () => {
    // Narrow, so that the details lie inside the 800 by 600 px viewport and there is room beside the
    // element: WebDriver BiDi rejects a pointer move outside the viewport.
    const taart = await fixture<ProfielTaart>(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager" style="width: 400px"></profiel-taart>`);
    await settled(taart);
    await hoverSlice(taart, 'rondkomen');
    expect(textOf(taart, '.details-name')).to.equal('Werk & leren › Rondkomen');

    const details = shadow(taart).querySelector('.details')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(details.left + 20), Math.round(details.top + details.height / 2)] });
    await taart.updateComplete;
    expect(textOf(taart, '.details-name'), 'details under the pointer').to.equal('Werk & leren › Rondkomen');

    const beside = taart.getBoundingClientRect().right + 100;
    await sendMouse({ type: 'move', position: [Math.round(beside), Math.round(details.top)] });
    await taart.updateComplete;
    expect(textOf(taart, '.details-name'), 'details after the pointer left').to.equal('');
  });

  it('closes hover details with Escape, focus unchanged', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="elsewhere">elders</button>
      <profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
    </div>`);
    const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(taart);
    const elsewhere = page.querySelector<HTMLButtonElement>('#elsewhere')!;
    elsewhere.focus();
    await hoverSlice(taart, 'gezondheid');
    expect(textOf(taart, '.details-name')).to.equal('Welzijn › Gezondheid');

    await sendKeys({ press: 'Escape' });
    await taart.updateComplete;
    expect(textOf(taart, '.details-name'), 'details after Escape').to.equal('');
    expect(focusedElement() === elsewhere, 'focus stays on the page button').to.equal(true);
  });

  it('closes details shown from the legend with Escape', async () => {
    const { page, taart } = await renderPage();
    const legenda = page.querySelector('thema-legenda')!;
    shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="welzijn"]')!.focus();
    await taart.updateComplete;
    expect(textOf(taart, '.details-name')).to.equal('Welzijn');

    await sendKeys({ press: 'Escape' });
    await taart.updateComplete;
    expect(textOf(taart, '.details-name'), 'details after Escape').to.equal('');
    expect(focusedElement()?.getAttribute('data-thema'), 'focus stays on the legend').to.equal('welzijn');
  });
});

describe('WCAG 2.1.1, 2.1.2, 2.4.3 and 2.4.7 keyboard and focus', () => {
  it('reaches every control in order, visibly, and leaves', async () => {
    const { page } = await renderPage();
    page.querySelector<HTMLButtonElement>('#before')!.focus();

    const reached: string[] = [];
    const withoutRing: string[] = [];
    for (let step = 0; step < 20; step++) {
      await sendKeys({ press: 'Tab' });
      const element = focusedElement()!;
      if (element.id === 'after') break;
      reached.push(describeControl(element));
      // The picker draws the ring of its text field on the box around the field and its button.
      const ring = element.closest('.field') ?? element;
      const style = getComputedStyle(ring);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) withoutRing.push(describeControl(element));
    }

    expect(reached).to.deep.equal([
      'gebied-kiezer input',
      'profiel-taart div.chart Profieltaart Binnenstad centrum, 2020',
      'profiel-taart button.table-toggle Toon tabel met alle waarden',
      'thema-legenda button Werk & leren, thema 1 van 5',
      'thema-legenda button Welzijn, thema 2 van 5',
      'thema-legenda button Samenleven, thema 3 van 5',
      'thema-legenda button Leefomgeving, thema 4 van 5',
      'thema-legenda button Veiligheid, thema 5 van 5',
      'buurt-vergelijk button taarten',
      'buurt-vergelijk button tabel',
      'buurt-vergelijk select',
      'buurt-vergelijk div.table-scroll Scores ten opzichte van het gemiddelde van de gemeente, per thema en deelthema: Binnenstad centrum en Binnenstad oost, 2020',
    ]);
    expect(withoutRing).to.deep.equal([]);
    expect(focusedElement()?.id, 'focus after the last element').to.equal('after');
  });

  it('operates legend, comparison and table by keyboard', async () => {
    const { page, taart } = await renderPage();
    const legenda = page.querySelector('thema-legenda')!;
    const vergelijk = page.querySelector('buurt-vergelijk')!;

    const thema = shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="samenleven"]')!;
    thema.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => thema.getAttribute('aria-pressed') === 'true', 'Enter did not pin the thema');

    shadow(vergelijk).querySelector<HTMLButtonElement>('button[data-vorm="taarten"]')!.focus();
    // A space, because the WebDriver BiDi keyboard of puppeteer, which drives Firefox, rejects the key name Space.
    await sendKeys({ press: ' ' });
    await waitUntil(() => shadow(vergelijk).querySelector('.cards'), 'Space did not switch the comparison to pies');

    const toggle = shadow(taart).querySelector<HTMLButtonElement>('.table-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await taart.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'table toggle state').to.equal('true');
    expect(shadow(taart).querySelectorAll('.table-wrapper table').length, 'open tables').to.equal(1);
  });
});

describe('WCAG 2.5.3 label in name and 4.1.2 name, role, value', () => {
  /**
   * Returns the accessible name of a control as this markup gives it: its aria-label, else the text
   * of its label, else its own text. Covers the markup of these elements only.
   */
  function nameOf(control: HTMLElement): string {
    const field = control instanceof HTMLInputElement || control instanceof HTMLSelectElement;
    const name = control.getAttribute('aria-label') ?? (field ? labelText(control) : control.textContent!);
    return name.replace(/\s+/g, ' ').trim();
  }

  it('names every control with its visible label', async () => {
    const { page } = await renderPage();
    const controls: [string, HTMLElement, string][] = [];
    for (const host of hosts(page)) {
      for (const control of host.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select')) {
        if (control.closest('[hidden]') || getComputedStyle(control).display === 'none') continue;
        // The visible label: a button's own text, or the text of the label of a field.
        const visible = control instanceof HTMLButtonElement ? control.innerText : labelText(control);
        controls.push([describeControl(control), control, visible.replace(/\s+/g, ' ').trim()]);
      }
    }

    expect(controls.length).to.be.greaterThan(10);
    for (const [name, control, visible] of controls) {
      expect(nameOf(control), `name of ${name}`).to.not.equal('');
      expect(nameOf(control).toLowerCase(), `name of ${name}`).to.contain(visible.toLowerCase());
    }
  });

  it('exposes the state of toggles and the combobox', async () => {
    const { page, taart } = await renderPage();
    const kiezer = page.querySelector('gebied-kiezer')!;
    const legenda = page.querySelector('thema-legenda')!;

    const toggle = shadow(taart).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await taart.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    const thema = shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="welzijn"]')!;
    expect(thema.getAttribute('aria-pressed')).to.equal('false');
    thema.click();
    await waitUntil(() => thema.getAttribute('aria-pressed') === 'true', 'the legend did not report the pinned thema');

    const input = shadow(kiezer).querySelector<HTMLInputElement>('input')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.value).to.equal('Binnenstad centrum');
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'the combobox did not report its open list');
    const active = shadow(kiezer).getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('role'), 'active descendant').to.equal('option');
  });
});

describe('WCAG 3.1.2 language of parts', () => {
  it('marks an English element as English on a Dutch page', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="nl">
      <profiel-taart lang="en" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
    </div>`);
    const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(taart);
    expect(textOf(taart, '.table-toggle')).to.equal('Show table with all values');
    expect(languageOf(shadow(taart).querySelector('.table-toggle')!)).to.equal('en');
  });

  it('marks a legend and picker that follow an English pie', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="nl">
      <profiel-taart id="english" lang="en" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
      <thema-legenda for="english"></thema-legenda>
      <gebied-kiezer for="english"></gebied-kiezer>
    </div>`);
    await settled(page.querySelector<ProfielTaart>('profiel-taart')!);
    const legenda = page.querySelector('thema-legenda')!;
    const kiezer = page.querySelector('gebied-kiezer')!;
    await waitUntil(() => shadow(legenda).querySelector('.legend') && shadow(kiezer).querySelector('label'), 'the legend or picker did not render');

    expect(textOf(legenda, '.group-title')).to.contain('Themes');
    expect(languageOf(shadow(legenda).querySelector('.group-title')!), 'legend').to.equal('en');
    expect(languageOf(shadow(kiezer).querySelector('label')!), 'picker').to.equal('en');
  });
});

describe('WCAG 4.1.3 status messages', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = silenceConsoleErrors();
  });
  afterEach(() => restore());

  /** Returns whether `node` is inside an element that assistive technology announces when it changes. */
  function inLiveRegion(node: Element): boolean {
    return node.closest('[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]') !== null;
  }

  it('announces one of many loading states', async () => {
    // A loading state that appears within a second of another gets no status role of its own.
    await aTimeout(1100);
    const slow = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 2000 });
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>
      <thema-legenda src=${slow}></thema-legenda>
      <buurt-vergelijk src=${slow} gebied="BU07960101"></buurt-vergelijk>
      <gebied-kiezer src=${slow}></gebied-kiezer>
    </div>`);
    await waitUntil(() => hosts(page).every((host) => host.shadowRoot!.querySelector('.loading')), 'an element showed no loading state');
    const announced = hosts(page).filter((host) => inLiveRegion(shadow(host).querySelector('.loading')!));
    expect(announced.length, 'loading states in a live region').to.equal(1);
  });

  it('announces one of many load errors', async () => {
    // A message that appears within a second of another gets no alert of its own.
    await aTimeout(1100);
    const missing = serverUrl({ status: 404 });
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart src=${missing} gebied="BU07960101"></profiel-taart>
      <thema-legenda src=${missing}></thema-legenda>
      <buurt-vergelijk src=${missing} gebied="BU07960101"></buurt-vergelijk>
      <gebied-kiezer src=${missing}></gebied-kiezer>
    </div>`);
    await waitUntil(() => hosts(page).every((host) => host.shadowRoot!.querySelector('.message')), 'an element showed no message', { timeout: 8000 });
    const announced = hosts(page).filter((host) => inLiveRegion(shadow(host).querySelector('.message')!));
    expect(announced.length, 'messages in a live region').to.equal(1);
  });

  it('announces an unknown gebied once', async () => {
    await aTimeout(1100);
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart src=${MONITOR_URL} gebied="Binnenstad centum"></profiel-taart>
      <buurt-vergelijk src=${MONITOR_URL} gebied="Binnenstad centum"></buurt-vergelijk>
    </div>`);
    await waitUntil(() => hosts(page).every((host) => host.shadowRoot!.querySelector('.message')), 'an element showed no message');
    const announced = hosts(page).filter((host) => inLiveRegion(shadow(host).querySelector('.message')!));
    expect(announced.length, 'messages in a live region').to.equal(1);
  });

  it('announces a chosen gebied without moving focus', async () => {
    const { page } = await renderPage();
    const kiezer = page.querySelector('gebied-kiezer')!;
    const input = shadow(kiezer).querySelector<HTMLInputElement>('input')!;
    input.focus();
    await sendKeys({ type: 'oost' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(kiezer).querySelector('[role="status"]')!.textContent!.includes('Binnenstad oost gekozen'), 'the choice was not announced');
    expect(focusedElement() === input, 'focus stays in the field').to.equal(true);
  });

  it('announces the slice chosen with arrow keys', async () => {
    const taart = await fixture<ProfielTaart>(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>`);
    await settled(taart);
    const chart = shadow(taart).querySelector<HTMLElement>('.chart')!;
    chart.focus();
    await sendKeys({ press: 'End' });
    await taart.updateComplete;
    const live = shadow(taart).querySelector('[aria-live]')!;
    expect(live.textContent).to.contain('Veiligheid, Criminaliteit');
    expect(focusedElement() === chart, 'focus stays on the chart').to.equal(true);
  });
});
