import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import { html, loadFixture, shadow, textOf } from '../elements/helpers.js';

const WAIT = { timeout: 5000 };

function makeChart(monitor: unknown): ProfielTaart {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.style.width = '300px';
  element.style.display = 'block';
  element.setAttribute('gebied', 'BU07960101');
  element.setAttribute('loading', 'eager');
  element.data = monitor;
  return element;
}

function chartName(element: ProfielTaart): string | null | undefined {
  return shadow(element).querySelector('.chart')?.getAttribute('aria-label');
}

async function drawnChart(parent: Element | ShadowRoot, monitor: unknown): Promise<ProfielTaart> {
  const chart = makeChart(monitor);
  parent.append(chart);
  await waitUntil(() => shadow(chart).querySelector('svg path.slice') !== null, 'the chart did not draw', WAIT);
  await chart.updateComplete;
  return chart;
}

/** Counts the updates of `element` from now on. */
function countUpdates(element: HTMLElement): () => number {
  let updates = 0;
  const counted = element as unknown as { updated: (changed: unknown) => void };
  const original = counted.updated.bind(element);
  counted.updated = (changed) => {
    updates++;
    original(changed);
  };
  return () => updates;
}

/** Pages that switch, nest and toggle `lang` around the elements. */
describe('lang changes under hostile pages', function () {
  this.timeout(20_000);

  it('skips charts whose language stays the same', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
    const chart = await drawnChart(page, await loadFixture());
    const updates = countUpdates(chart);

    const quote = document.createElement('q');
    document.body.append(quote);
    quote.lang = 'fr';
    page.lang = 'nl-BE';
    await new Promise((resolve) => setTimeout(resolve, 50));
    quote.remove();

    expect(updates()).to.equal(0);
    expect(chartName(chart)).to.match(/^Profieltaart/);
  });

  it('follows lang toggled back and forth in one task', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
    const chart = await drawnChart(page, await loadFixture());

    for (let i = 0; i < 7; i++) page.lang = i % 2 === 0 ? 'en' : 'nl';
    await waitUntil(() => chartName(chart)?.startsWith('Profile chart'), 'the chart did not end in English', WAIT);
    page.lang = 'en-GB';
    page.lang = 'nl';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await chart.updateComplete;

    expect(chartName(chart)).to.match(/^Profieltaart/);
  });

  it('follows lang after removal and re-adding', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
    const chart = await drawnChart(page, await loadFixture());

    chart.remove();
    page.lang = 'en';
    page.append(chart);
    await waitUntil(() => chartName(chart)?.startsWith('Profile chart'), 'the re-added chart stayed Dutch', WAIT);
    page.lang = 'nl';
    await waitUntil(() => chartName(chart)?.startsWith('Profieltaart'), 'the re-added chart did not follow a later change', WAIT);
  });

  it('follows lang after a legend is re-added', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
    const chart = await drawnChart(page, await loadFixture());
    chart.id = 'readded';
    const legend = document.createElement('thema-legenda') as ThemaLegenda;
    legend.setAttribute('for', 'readded');
    page.append(legend);
    await waitUntil(() => textOf(legend).includes("Thema's in de binnenring"), 'the legend did not render', WAIT);

    legend.remove();
    page.lang = 'en';
    await waitUntil(() => chartName(chart)?.startsWith('Profile chart'), 'the chart stayed Dutch', WAIT);
    page.append(legend);

    await waitUntil(() => textOf(legend).includes('Themes in the inner ring'), 'the re-added legend stayed Dutch', WAIT);
  });

  it('follows page lang inside a shadow root', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"><div></div></section>`);
    const root = page.querySelector('div')!.attachShadow({ mode: 'open' });
    const chart = await drawnChart(root, await loadFixture());
    const legend = document.createElement('thema-legenda') as ThemaLegenda;
    legend.setAttribute('for', 'inner');
    chart.id = 'inner';
    root.append(legend);
    await waitUntil(() => textOf(legend).includes("Thema's in de binnenring"), 'the legend did not render', WAIT);

    page.lang = 'en';

    await waitUntil(() => chartName(chart)?.startsWith('Profile chart'), 'the chart in a shadow root stayed Dutch', WAIT);
    await waitUntil(() => textOf(legend).includes('Themes in the inner ring'), 'the legend in a shadow root stayed Dutch', WAIT);
  });

  it('keeps its own lang over the page', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
    const chart = await drawnChart(page, await loadFixture());
    chart.lang = 'nl';
    await chart.updateComplete;
    const updates = countUpdates(chart);

    page.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(updates()).to.equal(0);
    expect(chartName(chart)).to.match(/^Profieltaart/);
  });
});
