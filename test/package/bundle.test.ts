import { expect, waitUntil } from '@open-wc/testing';

// The one-file bundle is built with its own minifier settings: templates lose their whitespace and
// private members get short names. These tests drive every element from dist/wijkmonitor.min.js in a
// frame of its own, so a build setting that breaks a template or a renamed member fails here.
// The other element tests import src/ and never load the bundle.

const BUNDLE_URL = '/dist/wijkmonitor.min.js';
const MONITOR_URL = '/test/fixtures/elements/binnenstad.json';

type FrameWindow = Window & typeof globalThis;

interface Page {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  errors: string[];
}

let page: Page;

/** Loads the bundle into a fresh same-origin frame, with console errors collected instead of printed. */
async function openPage(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'Page with the one-file bundle';
  frame.style.width = '900px';
  frame.style.height = '900px';
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  const errors: string[] = [];
  win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const absolute = new URL(BUNDLE_URL, location.href).href;
  await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(absolute)})`);
  return { frame, win, doc: frame.contentDocument!, errors };
}

/** Puts markup into the frame and returns its first element. */
function mount(markup: string): HTMLElement {
  const wrapper = page.doc.createElement('div');
  wrapper.innerHTML = markup;
  page.doc.body.append(wrapper);
  return wrapper.firstElementChild as HTMLElement;
}

function root(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

function text(element: Element, selector: string): string {
  return [...root(element).querySelectorAll(selector)]
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function updated(element: Element): Promise<void> {
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Waits until the element shows `selector` in its shadow root. */
async function shows(element: Element, selector: string): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector(selector), `<${element.localName}> shows no ${selector}`, {
    timeout: 5000,
  });
  await updated(element);
}

interface AxeResults {
  violations: { id: string; nodes: unknown[] }[];
}

/**
 * Runs the WCAG 2.1 A and AA rules of axe-core inside the frame and returns each violation as
 * `rule (count)`. chai-a11y-axe runs axe in the test page, where it cannot look into the frame.
 */
async function axeViolations(): Promise<string[]> {
  const script = page.doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    page.doc.head.append(script);
  });
  const axe = (page.win as unknown as { axe: { run(context: Node, options: object): Promise<AxeResults> } }).axe;
  const results = await axe.run(page.doc.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  return results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new page.win.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

describe('one-file bundle', () => {
  beforeEach(async () => {
    page = await openPage();
  });

  afterEach(() => {
    page.frame.remove();
  });

  it('passes an accessibility check', async () => {
    const wrapper = mount(`<div>
      <gebied-kiezer for="taart"></gebied-kiezer>
      <profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
      <thema-legenda for="taart"></thema-legenda>
      <buurt-vergelijk src="${MONITOR_URL}" gebied="BU07960101" context></buurt-vergelijk>
    </div>`);
    await shows(wrapper.querySelector('profiel-taart')!, 'path.slice');
    await shows(wrapper.querySelector('thema-legenda')!, 'button[data-thema]');
    await shows(wrapper.querySelector('gebied-kiezer')!, 'input');
    await shows(wrapper.querySelector('buurt-vergelijk')!, '.card');
    expect(await axeViolations()).to.deep.equal([]);
  });

  describe('<profiel-taart>', () => {
    it('draws slices, total and title', async () => {
      const taart = mount(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>`);
      await shows(taart, 'path.slice');

      expect(root(taart).querySelectorAll('path.slice[data-id]').length).to.be.greaterThan(5);
      expect(text(taart, '.title')).to.equal('Binnenstad centrum, 2020');
      expect(text(taart, '.total-value')).to.match(/^[−\d]/);
      expect(page.errors).to.deep.equal([]);
    });

    it('moves through slices with arrow keys', async () => {
      const taart = mount(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>`);
      await shows(taart, 'path.slice');
      const chart = root(taart).querySelector('.chart')!;

      press(chart, 'ArrowRight');
      await updated(taart);
      expect(text(taart, '.details-name')).to.equal('Werk & leren');

      press(chart, 'ArrowRight');
      await updated(taart);
      expect(text(taart, '.details-name')).to.equal('Werk & leren › Rondkomen');

      press(chart, 'Escape');
      await updated(taart);
      expect(root(taart).querySelector('.details-name')).to.equal(null);
    });

    it('shows details on hover', async () => {
      const taart = mount(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>`);
      await shows(taart, 'path.slice');
      root(taart).querySelector('path.slice[data-id="gezondheid"]')!.dispatchEvent(new page.win.PointerEvent('pointerenter'));
      await updated(taart);
      expect(text(taart, '.details-name')).to.equal('Welzijn › Gezondheid');
    });

    it('toggles the table into view', async () => {
      const taart = mount(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>`);
      await shows(taart, 'path.slice');
      const wrapper = root(taart).querySelector('.table-wrapper')!;
      expect(wrapper.classList.contains('visually-hidden')).to.equal(true);

      root(taart).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await updated(taart);
      expect(wrapper.classList.contains('visually-hidden')).to.equal(false);
    });

    it('explains invalid data in Dutch and recovers', async () => {
      const taart = mount(
        `<profiel-taart><script type="application/json">{"gebied": "x", "themas": [], }</script></profiel-taart>`,
      );
      await shows(taart, '.message');
      expect(text(taart, '.message')).to.contain('na het laatste item staat nog een komma');
      expect(page.errors).to.have.length(1);

      taart.setAttribute('src', MONITOR_URL);
      taart.setAttribute('gebied', 'BU07960101');
      taart.querySelector('script')!.remove();
      await shows(taart, 'path.slice');
      expect(root(taart).querySelector('.message')).to.equal(null);
    });

    it('names an unknown gebied in English', async () => {
      const taart = mount(`<profiel-taart src="${MONITOR_URL}" gebied="Binnenstd oost" lang="en"></profiel-taart>`);
      await shows(taart, '.message');
      expect(text(taart, '.message')).to.contain('Did you mean Binnenstad oost?');
    });
  });

  describe('<thema-legenda>', () => {
    it('highlights the thema pointed at in the pie', async () => {
      const wrapper = mount(`<div>
        <profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
        <thema-legenda for="taart"></thema-legenda>
      </div>`);
      const taart = wrapper.querySelector('profiel-taart')!;
      const legenda = wrapper.querySelector('thema-legenda')!;
      await shows(taart, 'path.slice');
      await shows(legenda, 'button[data-thema]');

      root(taart).querySelector('path.slice[data-id="betrokkenheid"]')!.dispatchEvent(new page.win.PointerEvent('pointerenter'));
      await updated(legenda);
      const highlighted = [...root(legenda).querySelectorAll('.thema.highlighted button')].map((button) =>
        button.getAttribute('data-thema'),
      );
      expect(highlighted).to.deep.equal(['samenleven']);
    });
  });

  describe('<gebied-kiezer>', () => {
    it('sets gebied on the linked pie', async () => {
      const wrapper = mount(`<div>
        <gebied-kiezer for="taart"></gebied-kiezer>
        <profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
      </div>`);
      const kiezer = wrapper.querySelector('gebied-kiezer')!;
      const taart = wrapper.querySelector('profiel-taart')!;
      await shows(taart, 'path.slice');
      await shows(kiezer, 'input');

      const input = root(kiezer).querySelector('input')!;
      input.value = 'oost';
      input.dispatchEvent(new page.win.InputEvent('input', { bubbles: true, composed: true }));
      await updated(kiezer);
      expect(input.getAttribute('aria-expanded')).to.equal('true');

      press(input, 'Enter');
      await updated(kiezer);
      await updated(taart);
      expect(taart.getAttribute('gebied')).to.equal('BU07960102');
      await waitUntil(() => text(taart, '.title') === 'Binnenstad oost, 2020', 'the pie did not follow the picker', {
        timeout: 5000,
      });
    });
  });

  describe('<buurt-vergelijk>', () => {
    it('switches from pies to the table', async () => {
      const vergelijk = mount(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101,BU07960102"></buurt-vergelijk>`);
      await shows(vergelijk, '.card');
      expect(root(vergelijk).querySelectorAll('.card')).to.have.length(2);

      root(vergelijk).querySelector<HTMLButtonElement>('button[data-vorm="tabel"]')!.click();
      await updated(vergelijk);
      expect(root(vergelijk).querySelector('table')).to.not.equal(null);
      expect(root(vergelijk).querySelector('button[data-vorm="tabel"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(page.errors).to.deep.equal([]);
    });
  });
});

/** Decodes the Base64 VLQ numbers of one source map segment. */
function decodeSegment(segment: string): number[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = alphabet.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return numbers;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Returns the source index and 0-based line of the segment that starts nearest before `column` on generated `line`. */
function originalPosition(map: SourceMap, line: number, column: number): { source: number; line: number } | null {
  const state = { source: 0, line: 0 };
  let found: { source: number; line: number } | null = null;
  map.mappings.split(';').forEach((group, lineIndex) => {
    let generatedColumn = 0;
    for (const segment of group.split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta, lineDelta] = decodeSegment(segment);
      generatedColumn += columnDelta;
      if (sourceDelta === undefined) continue;
      state.source += sourceDelta;
      state.line += lineDelta;
      if (lineIndex === line && generatedColumn <= column) found = { source: state.source, line: state.line };
    }
  });
  return found;
}

/** Fetches a file of the repository as it is on disk, past the test server's esbuild transform of JavaScript. */
async function rawText(path: string): Promise<string> {
  const response = await fetch(`/test-server/raw?file=${encodeURIComponent(path)}&type=text/plain`);
  return response.text();
}

describe('one-file bundle compile hint', () => {
  it('starts with the compile hint', async () => {
    const code = await rawText('dist/wijkmonitor.min.js');
    // Chromium reads the hint only on the file's first line.
    const hint = '//# allFunctionsCalledOnLoad\n';
    expect(code.slice(0, hint.length)).to.equal(hint);
  });

  it('keeps its source map lines', async () => {
    const code = await rawText('dist/wijkmonitor.min.js');
    const map = JSON.parse(await rawText('dist/wijkmonitor.min.js.map')) as SourceMap;
    // The English role description of <profiel-taart> occurs once in the sources and once in the bundle.
    const lines = code.split('\n');
    const line = lines.findIndex((text) => text.includes('"profile chart"'));
    expect(line, 'line of "profile chart" in the bundle').to.not.equal(-1);
    const position = originalPosition(map, line, lines[line].indexOf('"profile chart"'));
    expect(position, 'source position of "profile chart"').to.not.equal(null);
    const source = new URL(map.sources[position!.source], 'http://localhost/dist/').pathname.slice(1);
    expect(source).to.equal('src/elements/profiel-taart/profiel-taart.ts');
    // The map leaves out the TypeScript sources' text, so the test reads the file itself.
    const sourceLines = (await rawText(source)).split('\n');
    expect(sourceLines[position!.line]).to.include("'profile chart'");
  });
});
