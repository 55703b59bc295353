import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, serverUrl, shadow } from '../elements/helpers.js';

const WAIT = { timeout: 5000 };

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

function showsPlaceholder(element: ProfielTaart): boolean {
  return shadow(element).querySelector('.chart[data-placeholder]') !== null;
}

function makeChart(): ProfielTaart {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.style.width = '300px';
  element.style.display = 'block';
  element.setAttribute('gebied', 'BU07960101');
  return element;
}

/** Creates a page with a spacer of ten viewports and returns the box below it, far from the viewport. */
async function farBox(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div><div style="height: 1000vh"></div><div class="far"></div></div>`);
  return page.querySelector<HTMLElement>('.far')!;
}

/** Appends a lazy chart with the fixture's data far below the viewport and waits for its update. */
async function appendFarChart(): Promise<{ box: HTMLElement; chart: ProfielTaart }> {
  const monitor = await loadFixture();
  const box = await farBox();
  const chart = makeChart();
  chart.data = monitor;
  box.append(chart);
  await chart.updateComplete;
  return { box, chart };
}

/** Checks that a chart far below is not drawn, then scrolls to it and waits until it draws. */
async function expectDrawnOnlyWhenScrolledTo(chart: ProfielTaart): Promise<void> {
  expect(isDrawn(chart), 'drawn far below').to.equal(false);
  chart.scrollIntoView();
  await waitUntil(() => isDrawn(chart), 'the chart did not draw once scrolled to', WAIT);
}

/** Lazy charts far below the viewport whose state changes while they wait for their first draw. */
describe('nearness of far charts', function () {
  this.timeout(20_000);
  afterEach(() => window.scrollTo(0, 0));

  it('stays a placeholder after loading again', async () => {
    const { chart } = await appendFarChart();
    expect(showsPlaceholder(chart), 'placeholder at first').to.equal(true);

    chart.data = undefined;
    chart.src = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 200 }) + `&unique=${Date.now()}`;
    await waitUntil(() => shadow(chart).querySelector('.loading') !== null, 'no loading state', WAIT);
    await waitUntil(() => showsPlaceholder(chart), 'no placeholder after loading', WAIT);
    await chart.updateComplete;

    expect(isDrawn(chart), 'drawn far below').to.equal(false);
  });

  it('stays a placeholder after a message', async () => {
    const { chart } = await appendFarChart();

    const original = console.error;
    console.error = () => undefined;
    try {
      chart.jaar = '1900';
      await chart.updateComplete;
      expect(shadow(chart).querySelector('.message'), 'message for a jaar without results').to.not.equal(null);
    } finally {
      console.error = original;
    }
    chart.jaar = null;
    await chart.updateComplete;

    expect(showsPlaceholder(chart), 'placeholder again').to.equal(true);
    expect(isDrawn(chart), 'drawn far below').to.equal(false);
  });

  it('stays a placeholder when moved each frame', async () => {
    const monitor = await loadFixture();
    const box = await farBox();
    const other = document.createElement('div');
    box.append(other);
    const chart = makeChart();
    chart.data = monitor;
    box.append(chart);
    for (let i = 0; i < 6; i++) {
      (i % 2 === 0 ? other : box).append(chart);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await chart.updateComplete;

    expect(showsPlaceholder(chart), 'placeholder').to.equal(true);
    await expectDrawnOnlyWhenScrolledTo(chart);
  });

  it('stays a placeholder after an update while removed', async () => {
    const { box, chart } = await appendFarChart();

    chart.remove();
    chart.jaar = 2016;
    await new Promise((resolve) => setTimeout(resolve, 50));
    box.append(chart);
    await chart.updateComplete;

    await expectDrawnOnlyWhenScrolledTo(chart);
  });

  it('waits for nearness after printing while loading', async () => {
    const box = await farBox();
    const chart = makeChart();
    chart.src = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 300 }) + `&unique=${Date.now()}`;
    box.append(chart);
    await waitUntil(() => shadow(chart).querySelector('.loading') !== null, 'no loading state', WAIT);

    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => shadow(chart).querySelector('.loading') === null, 'the data did not load', WAIT);
    await chart.updateComplete;

    await expectDrawnOnlyWhenScrolledTo(chart);
  });

  it('draws when shown near after display none', async () => {
    const monitor = await loadFixture();
    const box = await farBox();
    const chart = makeChart();
    chart.data = monitor;
    chart.style.display = 'none';
    box.append(chart);
    await chart.updateComplete;

    document.body.prepend(chart);
    chart.style.display = 'block';
    try {
      await waitUntil(() => isDrawn(chart), 'the chart did not draw near the top', WAIT);
      await chart.updateComplete;
    } finally {
      chart.remove();
    }
  });
});
