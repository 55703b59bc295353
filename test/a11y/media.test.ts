import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport, emulateMedia } from '@web/test-runner-commands';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, renderTaart, settled, shadow } from '../elements/helpers.js';
import { DEFAULT_VIEWPORT, skipUnless, supports } from '../support/engine.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

async function emulate(payload: { media?: string; features?: { name: string; value: string }[] }): Promise<boolean> {
  return executeServerCommand<boolean, typeof payload>('wbm-emulate-media', payload);
}

/** Returns the tops, rounded to px, of the lines of text in `element`. */
function lineTops(element: Element): Set<number> {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  return new Set(rects.map((rect) => Math.round(rect.top)));
}

/** Returns the box of the last word of a key line, the word that the trend marker follows. */
function lastWordEnd(line: Element): DOMRect {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim()) last = node;
  }

  const text = last!.textContent!.trimEnd();
  const range = document.createRange();
  range.setStart(last!, text.lastIndexOf(' ') + 1);
  range.setEnd(last!, text.length);
  const rects = range.getClientRects();
  return rects[rects.length - 1];
}

/**
 * Returns where a key line's trend marker is. `beside` is on the line of the last word, at most 10 px
 * after it. `below` is at most 10 px from the start of the next line. Anything else is `away`.
 */
function markerPlace(line: Element, marker: Element): 'beside' | 'below' | 'away' {
  const word = lastWordEnd(line);
  const box = marker.getBoundingClientRect();
  const gap = box.left - word.right;
  const middle = (box.top + box.bottom) / 2;
  if (gap >= 0 && gap <= 10 && middle > word.top && middle < word.bottom) return 'beside';

  const indent = box.left - (line.getBoundingClientRect().left + parseFloat(getComputedStyle(line).paddingLeft));
  if (indent >= 0 && indent <= 10 && box.top >= word.bottom - 1 && box.top < word.bottom + word.height) return 'below';
  return 'away';
}

/** Returns whether the last word of a key line and its marker, 0.4em apart, are wider than the line. */
function tooWideForLine(line: HTMLElement, marker: Element): boolean {
  const style = getComputedStyle(line);
  const em = parseFloat(style.fontSize);
  const lineWidth = line.clientWidth - parseFloat(style.paddingLeft);
  return lastWordEnd(line).width + 0.4 * em + marker.getBoundingClientRect().width > lineWidth;
}

describe('forced colours', () => {
  afterEach(async () => {
    if (await supports('forced-colors')) await emulate({});
  });

  it('draws slices, patterns and markers in system colours', async function () {
    await skipUnless(this, 'forced-colors');
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);

    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const root = shadow(element);
    const canvasText = getComputedStyle(root.querySelector('.title')!).color;
    const slice = root.querySelector<SVGPathElement>('path.slice[data-id="gezondheid"]')!;
    expect(getComputedStyle(slice).stroke).to.equal(canvasText);
    expect(getComputedStyle(slice).fill).to.not.equal(canvasText);

    const hatch = root.querySelector('.pattern-hatch')!;
    expect(getComputedStyle(hatch).stroke).to.equal(canvasText);
    expect(getComputedStyle(hatch).opacity).to.equal('1');

    const marker = root.querySelector('path.marker')!;
    expect(getComputedStyle(marker).stroke).to.equal(canvasText);
    expect(getComputedStyle(root.querySelector('.thema-name')!).fill).to.equal(canvasText);
  });

  it('keeps the classes apart by pattern', async function () {
    await skipUnless(this, 'forced-colors');
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const root = shadow(element);
    const patternOf = (id: string) =>
      root.querySelector(`path.slice[data-id="${id}"]`)!.nextElementSibling?.getAttribute('fill') ?? 'none';
    expect(patternOf('gezondheid')).to.equal('url(#dots)');
    expect(patternOf('sociale-contacten')).to.equal('url(#hatch)');
    expect(patternOf('overlast')).to.equal('url(#no-data)');
  });
});

describe('forced colours in the legend', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('outlines swatches and draws patterns in system colours', async function () {
    if (!(await emulate({ features: [{ name: 'forced-colors', value: 'active' }] }))) this.skip();
    const legend = await fixture<HTMLElement>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
    await waitUntil(() => legend.shadowRoot?.querySelector('.swatch-fill') !== null, 'the legend did not render');
    const root = legend.shadowRoot!;
    const canvasText = getComputedStyle(root.querySelector('li')!).color;
    for (const swatch of root.querySelectorAll('.swatch-fill')) {
      expect(getComputedStyle(swatch).stroke).to.equal(canvasText);
    }
    const hatch = root.querySelector('.pattern-hatch');
    if (hatch) expect(getComputedStyle(hatch).stroke).to.equal(canvasText);
    const marker = root.querySelector('.marker');
    if (marker) expect(getComputedStyle(marker).stroke).to.equal(canvasText);
  });
});

describe('forced colours in the comparison table', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('outlines class marks in system colours', async function () {
    if (!(await emulate({ features: [{ name: 'forced-colors', value: 'active' }] }))) this.skip();
    const element = await fixture<BuurtVergelijk>(
      html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel" weergave="ontwikkeling"></buurt-vergelijk>`,
    );
    await waitUntil(() => shadow(element).querySelector('td .chip-fill') !== null, 'the table did not render');
    const root = shadow(element);
    const canvasText = getComputedStyle(root.querySelector('.class-key-title')!).color;

    const marks = [...root.querySelectorAll('.chip-fill')];
    expect(marks.filter((mark) => getComputedStyle(mark).stroke !== canvasText).length, 'marks outlined in another colour').to.equal(0);
    // The marks keep their class colours, as the small multiples do.
    const vooruit = root.querySelector('td .chip[data-trend="up"] .chip-fill')!;
    expect(getComputedStyle(vooruit).fill).to.equal('rgb(42, 122, 70)');
  });
});

describe('print', () => {
  afterEach(async () => {
    if (await supports('print-media')) await emulateMedia({ media: 'screen' });
  });

  it('hides controls and keeps the chart in one piece', async function () {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    await skipUnless(this, 'print-media');
    await emulateMedia({ media: 'print' });
    const root = shadow(element);
    expect(getComputedStyle(root.querySelector('.table-toggle')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.chart')!).breakInside).to.equal('avoid');
    // 17 cm is the text width of an A4 page in portrait with 2 cm margins.
    expect(root.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most((17 / 2.54) * 96 + 0.5);
  });

  it('prints class colours exactly', async function () {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    await skipUnless(this, 'print-media');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(element).printColorAdjust).to.equal('exact');
  });
});

describe('reduced motion', () => {
  afterEach(async () => {
    if (await supports('reduced-motion')) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('stops the loading animation', async function () {
    await skipUnless(this, 'reduced-motion');
    await emulateMedia({ reducedMotion: 'reduce' });
    const slow = `/test-server/data?file=test/fixtures/elements/binnenstad.json&ms=2000`;
    const element = await fixture<ProfielTaart>(html`<profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>`);
    await element.updateComplete;
    const disc = shadow(element).querySelector('.loading-disc')!;
    expect(getComputedStyle(disc).animationName).to.equal('none');
  });
});

describe('small screens', () => {
  afterEach(async () => {
    if (await supports('viewport')) await setViewport({ ...DEFAULT_VIEWPORT });
  });

  it('reflows at 320 px without horizontal scrolling', async function () {
    await skipUnless(this, 'viewport');
    await setViewport({ width: 320, height: 640 });
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const table = shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!;
    table.click();
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('reflows in a 320 px column', async () => {
    // The check above without setViewport, which WebDriver lacks. The element has no viewport
    // media queries, so a 320 px column lays it out as a 320 px screen does.
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    const table = shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!;
    table.click();
    await element.updateComplete;
    expect(column.scrollWidth).to.be.at.most(320);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('offers touch targets of at least 24 px', async function () {
    await skipUnless(this, 'viewport');
    await setViewport({ width: 320, height: 640 });
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    await settled(element);
    const button = shadow(element).querySelector('.table-toggle')!.getBoundingClientRect();
    expect(button.height).to.be.at.least(24);
    const slices = [...shadow(element).querySelectorAll('path.slice')].map((slice) => slice.getBoundingClientRect());
    for (const box of slices) expect(Math.max(box.width, box.height)).to.be.at.least(24);
  });

  it('keeps each trend marker beside its name', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><profiel-taart src=${DEMO_URL} gebied="BU07960101" jaar="2020" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);

    const away: string[] = [];
    let wrappedNames = 0;
    for (const lang of ['nl', 'en']) {
      element.setAttribute('lang', lang);
      await element.updateComplete;
      for (let width = 360; width >= 280; width -= 4) {
        column.style.width = `${width}px`;
        for (const line of shadow(element).querySelectorAll<HTMLElement>('.key li li')) {
          const marker = line.querySelector('.trend-icon');
          if (!marker) continue;

          if (lineTops(line).size > 1) wrappedNames++;
          const place = markerPlace(line, marker);
          if (place !== 'beside' && !(place === 'below' && tooWideForLine(line, marker))) away.push(`${line.textContent} (${lang}, ${width} px)`);
        }
      }
    }
    expect(wrappedNames, 'names that wrapped').to.be.greaterThan(0);
    expect(away, 'markers away from their names').to.deep.equal([]);
  });

  it('lines up the cards of a comparison', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 328px"><buurt-vergelijk src=${DEMO_URL} gebied="BU07960101" context jaar="2020"></buurt-vergelijk></div>`,
    );
    const element = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelectorAll('svg.mini').length === 3, 'the cards were not drawn');

    for (const lang of ['nl', 'en']) {
      element.setAttribute('lang', lang);
      await element.updateComplete;
      const [first, second] = [...shadow(element).querySelectorAll('.card')];
      const top = (card: Element, selector: string) => card.querySelector(selector)!.getBoundingClientRect().top;

      expect(top(first, '.card-name'), `first row (${lang})`).to.equal(top(second, '.card-name'));
      expect(lineTops(first.querySelector('.card-name')!).size, `lines of the first name (${lang})`).to.be.greaterThan(1);
      expect(top(first, 'svg.mini'), `charts (${lang})`).to.be.closeTo(top(second, 'svg.mini'), 1);
      expect(top(first, '.card-total'), `totals (${lang})`).to.be.closeTo(top(second, '.card-total'), 1);
    }
  });

  it('lets a vertical swipe on the chart scroll the page', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    expect(getComputedStyle(shadow(element).querySelector('.chart')!).touchAction).to.contain('pan-y');
  });
});
