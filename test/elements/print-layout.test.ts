import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import { html, renderTaart, shadow } from './helpers.js';
import { DEFAULT_VIEWPORT, skipUnless, supports } from '../support/engine.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

/** Buurten of the demo with the longest names, so that row headers wrap over several lines. */
const LONG_NAMES = ['BU07960798', 'BU07960799', 'BU07960605', 'BU07960903', 'BU07960911', 'BU07961010'];

/**
 * Widths of the printed page in CSS px: a phone screen, and the text width of A5 portrait with
 * 1 cm margins (148 mm − 2 × 10 mm = 128 mm).
 */
const PAGE_WIDTHS = [320, Math.floor((128 / 25.4) * 96)];

/** The text width of A4 with 10 mm margins, in CSS px. */
const A4_TEXT_WIDTH = Math.floor((190 / 25.4) * 96);

/** 9 pt, the smallest type a reader should get on paper. */
const MIN_FONT_SIZE_PX = 12;

/** Tolerance for sub-pixel rounding of box edges, in px. */
const EDGE_TOLERANCE_PX = 0.5;

async function renderVergelijk(template: ReturnType<typeof html>): Promise<BuurtVergelijk> {
  const element = await fixture<BuurtVergelijk>(template);
  await waitUntil(() => shadow(element).querySelector('table, .message') !== null, 'the table did not render', {
    timeout: 10000,
  });
  await element.updateComplete;
  return element;
}

async function renderOpenTable(template: ReturnType<typeof html>): Promise<ProfielTaart> {
  const element = await renderTaart(template);
  shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await element.updateComplete;
  await waitUntil(() => shadow(element).querySelector('.table-wrapper table') !== null, 'the data table did not open');
  return element;
}

async function renderLegend(template: ReturnType<typeof html>): Promise<ThemaLegenda> {
  const element = await fixture<ThemaLegenda>(template);
  await waitUntil(() => shadow(element).querySelector('.legend, .message') !== null, 'the legend did not render', {
    timeout: 10000,
  });
  await element.updateComplete;
  return element;
}

/** Lays the page out as printed on paper `width` CSS px wide. */
async function printAt(context: Mocha.Context, width: number): Promise<void> {
  await skipUnless(context, 'viewport');
  await skipUnless(context, 'print-media');
  await setViewport({ width, height: 800 });
  await emulateMedia({ media: 'print' });
}

function isRendered(node: Element): boolean {
  return node.getClientRects().length > 0 && node.closest('.visually-hidden') === null;
}

function textOf(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Asserts that `node` lies inside the element and the page, and that its text fits its own box,
 * so that nothing of it is cut off on paper.
 */
function expectOnPaper(element: HTMLElement, node: Element, where: string): void {
  const host = element.getBoundingClientRect();
  const right = Math.min(host.right, document.documentElement.clientWidth);
  const box = node.getBoundingClientRect();

  expect(box.left, `left edge of ${where}`).to.be.at.least(host.left - EDGE_TOLERANCE_PX);
  expect(box.right, `right edge of ${where}`).to.be.at.most(right + EDGE_TOLERANCE_PX);
  expect(node.scrollWidth, `text width of ${where}`).to.be.at.most(node.clientWidth);
}

function expectReadableSize(node: Element, where: string): void {
  expect(parseFloat(getComputedStyle(node).fontSize), `font size of ${where}`).to.be.at.least(MIN_FONT_SIZE_PX);
}

/**
 * Returns the generated `::before` label printed before the cell's own content, or '' without one.
 * Chromium 156 reports `content: attr(x) / ''` as `"label" / ""`, so only the first string counts.
 */
function labelBefore(cell: Element): string {
  const content = getComputedStyle(cell, '::before').content;
  const text = /^"((?:[^"\\]|\\.)*)"/.exec(content);
  return text ? text[1] : '';
}

/**
 * Asserts that every value and every row header of the printed table lies on the page, inside the
 * element, with its text uncut. Each value must also show which column it belongs to, through a
 * printed column header or a label in the cell itself.
 */
function expectTableOnPaper(element: HTMLElement, table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll('thead th')];
  for (const header of headers.filter(isRendered)) expectOnPaper(element, header, `column header "${textOf(header)}"`);
  const columnHeadersPrinted = headers.length > 0 && headers.every(isRendered);

  const bodyRows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr, tfoot tr')];
  expect(bodyRows.length, 'number of rows').to.be.greaterThan(0);
  for (const row of bodyRows) {
    const rowName = textOf(row.cells[0]);
    const cells = [...row.cells];
    expect(cells.filter(isRendered).length, `printed cells of row "${rowName}"`).to.equal(cells.length);

    cells.forEach((cell, index) => {
      const where = `cell ${index + 1} of ${cells.length} in row "${rowName}"`;
      expectOnPaper(element, cell, where);
      expectReadableSize(cell, where);
      if (cell.localName === 'td' && !columnHeadersPrinted) {
        expect(labelBefore(cell), `column label of ${where}`).to.not.equal('');
      }
    });
  }
}

function vergelijkTable(element: BuurtVergelijk): HTMLTableElement {
  return shadow(element).querySelector('table')!;
}

describe('printing on a narrow page', () => {
  // The generic sans-serif font (DejaVu Sans on Debian) is wider than the default serif, so long
  // Dutch words need more room and the checks on narrow pages are stricter.
  before(() => {
    document.body.style.fontFamily = 'sans-serif';
  });

  after(() => {
    document.body.style.fontFamily = '';
  });

  afterEach(async () => {
    if (await supports('print-media')) await emulateMedia({ media: 'screen' });
    if (await supports('viewport')) await setViewport({ ...DEFAULT_VIEWPORT });
  });

  it('passes an accessibility check in print', async function () {
    await printAt(this, PAGE_WIDTHS[0]);
    const element = await renderVergelijk(
      html`<buurt-vergelijk src=${DEMO_URL} gebieden=${LONG_NAMES.slice(0, 4).join(',')} vorm="tabel"></buurt-vergelijk>`,
    );
    await expect(element).to.be.accessible();
  });

  describe('<buurt-vergelijk> table', () => {
    for (const width of PAGE_WIDTHS) {
      for (const count of [2, 4, 6]) {
        it(`prints ${count} gebieden at ${width} px`, async function () {
          const gebieden = LONG_NAMES.slice(0, count).join(',');
          const element = await renderVergelijk(
            html`<buurt-vergelijk src=${DEMO_URL} gebieden=${gebieden} vorm="tabel"></buurt-vergelijk>`,
          );
          await printAt(this, width);
          expectTableOnPaper(element, vergelijkTable(element));
        });
      }

      it(`prints in English at ${width} px`, async function () {
        const gebieden = LONG_NAMES.join(',');
        const element = await renderVergelijk(
          html`<buurt-vergelijk src=${DEMO_URL} gebieden=${gebieden} vorm="tabel" lang="en"></buurt-vergelijk>`,
        );
        await printAt(this, width);
        expectTableOnPaper(element, vergelijkTable(element));
        expect(labelBefore(vergelijkTable(element).querySelector('tbody td')!)).to.equal('Total');
      });

      it(`prints gebieden across jaren at ${width} px`, async function () {
        const gebieden = LONG_NAMES.slice(0, 3).join(',');
        const element = await renderVergelijk(
          html`<buurt-vergelijk src=${DEMO_URL} gebieden=${gebieden} jaren="2016,2020" vorm="tabel"></buurt-vergelijk>`,
        );
        await printAt(this, width);
        expectTableOnPaper(element, vergelijkTable(element));
      });
    }

    it('prints a gebied with its wijk and gemeente', async function () {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${DEMO_URL} gebied="BU07960101" context vorm="tabel"></buurt-vergelijk>`,
      );
      await printAt(this, PAGE_WIDTHS[0]);
      expectTableOnPaper(element, vergelijkTable(element));
    });

    it('prints the means with their counts', async function () {
      // BU07960799 has no values in 2020, so every mean counts fewer gebieden than the table shows.
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${DEMO_URL} gebieden=${LONG_NAMES.slice(0, 4).join(',')} vorm="tabel"></buurt-vergelijk>`,
      );
      await printAt(this, PAGE_WIDTHS[0]);
      const counts = [...shadow(element).querySelectorAll('.mean-row .count')];
      expect(counts.length).to.be.greaterThan(0);
      for (const count of counts) expectOnPaper(element, count, `count "${textOf(count)}"`);
    });

    it('keeps the scrolling table on screen', async function () {
      await skipUnless(this, 'viewport');
      await setViewport({ width: PAGE_WIDTHS[0], height: 800 });
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${DEMO_URL} gebieden=${LONG_NAMES.slice(0, 4).join(',')} vorm="tabel"></buurt-vergelijk>`,
      );
      const scroller = shadow(element).querySelector<HTMLElement>('.table-scroll')!;
      const table = vergelijkTable(element);

      expect(getComputedStyle(scroller).overflowX).to.equal('auto');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(table.querySelector('tbody tr')!).display).to.equal('table-row');
      expect(isRendered(table.querySelector('thead th')!)).to.equal(true);
      expect(labelBefore(table.querySelector('tbody td')!)).to.equal('');
      expect(document.documentElement.scrollWidth).to.be.at.most(PAGE_WIDTHS[0]);
    });
  });

  describe('<profiel-taart> data table', () => {
    for (const width of PAGE_WIDTHS) {
      it(`prints the open table at ${width} px`, async function () {
        const element = await renderOpenTable(
          html`<profiel-taart src=${DEMO_URL} gebied=${LONG_NAMES[0]} loading="eager"></profiel-taart>`,
        );
        await printAt(this, width);
        expectTableOnPaper(element, shadow(element).querySelector('table')!);
        const caption = shadow(element).querySelector('caption')!;
        expectOnPaper(element, caption, 'the caption');
      });

      it(`prints the open table in English at ${width} px`, async function () {
        const element = await renderOpenTable(
          html`<profiel-taart src=${DEMO_URL} gebied=${LONG_NAMES[0]} loading="eager" lang="en"></profiel-taart>`,
        );
        await printAt(this, width);
        expectTableOnPaper(element, shadow(element).querySelector('table')!);
      });
    }
  });

  describe('<profiel-taart> page breaks', () => {
    it('lets a page break fall between chart and open table', async function () {
      // A figure kept whole, taller than a sheet of A5 with its table open, left the page before it empty.
      const element = await renderOpenTable(html`<profiel-taart src=${DEMO_URL} gebied=${LONG_NAMES[0]} loading="eager"></profiel-taart>`);
      await printAt(this, PAGE_WIDTHS[1]);
      const breakInside = (selector: string) => getComputedStyle(shadow(element).querySelector(selector)!).breakInside;

      expect(breakInside('figure'), 'figure').to.equal('auto');
      expect(breakInside('.chart'), 'chart').to.equal('avoid');
      expect(breakInside('figcaption'), 'title').to.equal('avoid');
    });

    it('draws a wide chart narrow enough for readable names', async function () {
      // Printed at its screen width of 900 px, the chart would shrink to fit and its names with it.
      await skipUnless(this, 'viewport');
      await setViewport({ width: 1000, height: 800 });
      const element = await renderTaart(html`<profiel-taart src=${DEMO_URL} gebied=${LONG_NAMES[0]} loading="eager" style="width: 900px"></profiel-taart>`);

      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      await printAt(this, PAGE_WIDTHS[1]);

      const drawing = shadow(element).querySelector('.chart svg')!;
      expect(drawing.getBoundingClientRect().width, 'printed width').to.be.at.most(PAGE_WIDTHS[1]);
      expect(Number(drawing.getAttribute('width')), 'drawn width').to.be.at.most(PAGE_WIDTHS[1]);
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('<profiel-taart> on A4', () => {
    it('prints the chart at 480 px, kept with what follows', async function () {
      // Scaled up to 17cm, the chart filled an A4 sheet and its key moved to the next one.
      await skipUnless(this, 'viewport');
      await setViewport({ width: 1000, height: 800 });
      const element = await renderTaart(html`<profiel-taart src=${DEMO_URL} gebied="BU07960101" loading="eager" style="width: 900px"></profiel-taart>`);

      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      await printAt(this, A4_TEXT_WIDTH);

      const drawing = shadow(element).querySelector('.chart svg')!;
      const chart = shadow(element).querySelector('.chart')!;
      expect(drawing.getBoundingClientRect().width, 'printed width').to.be.within(470, 481);
      expect(getComputedStyle(chart).breakAfter, 'break after the chart').to.equal('avoid');
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('<profiel-taart> key', () => {
    it('prints swatches and trend icons beside their names', async function () {
      // The key replaces the labels around the chart only on narrow pages, so the page is narrow
      // before the chart first draws.
      await printAt(this, PAGE_WIDTHS[1]);
      const element = await renderTaart(html`<profiel-taart src=${DEMO_URL} gebied="BU07960101" loading="eager"></profiel-taart>`);
      const entries = [...shadow(element).querySelectorAll('.key li li:not(.thema-heading)')];
      expect(entries.length).to.be.greaterThan(0);

      for (const entry of entries) {
        const name = entry.querySelector('span')!;
        const nameBox = name.getBoundingClientRect();
        const swatchGap = nameBox.left - entry.querySelector('.swatch')!.getBoundingClientRect().right;
        expect(swatchGap, `gap between swatch and "${textOf(name)}"`).to.be.at.most(12);

        const trend = entry.querySelector('.trend-icon');
        if (!trend) continue;
        const trendGap = trend.getBoundingClientRect().left - nameBox.right;
        expect(trendGap, `gap between "${textOf(name)}" and its trend icon`).to.be.at.most(12);
      }
    });
  });

  describe('<thema-legenda>', () => {
    for (const width of PAGE_WIDTHS) {
      for (const orientation of ['vertical', 'horizontal']) {
        it(`prints a ${orientation} legend at ${width} px`, async function () {
          const element = await renderLegend(
            html`<thema-legenda src=${DEMO_URL} orientation=${orientation} lang="nl"></thema-legenda>`,
          );
          await printAt(this, width);
          const entries = [...shadow(element).querySelectorAll('.legend li, .legend button, .group-title')];
          expect(entries.length).to.be.greaterThan(0);
          for (const entry of entries.filter(isRendered)) expectOnPaper(element, entry, `entry "${textOf(entry)}"`);
        });
      }
    }
  });
});
