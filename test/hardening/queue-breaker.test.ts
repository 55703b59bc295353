import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import { html, loadFixture, makeChart, shadow, textOf } from '../elements/helpers.js';

const WAIT = { timeout: 8000 };

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

function isPlaceholder(element: ProfielTaart): boolean {
  return shadow(element).querySelector('.chart[data-placeholder]') !== null;
}

function isEnglish(element: ProfielTaart): boolean {
  return (shadow(element).querySelector('.chart')?.getAttribute('aria-label') ?? '').startsWith('Profile chart');
}

/**
 * Resolves in a task of its own, as a visitor's next input would run. A message, unlike a timer, has
 * no minimum delay, so it runs before a queue run that the same task posts after it. NOTE: WebKitGTK
 * may deliver messages of two channels in either order, so there the queue may run first.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function columnPage(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<section lang="nl" style="display: flex; flex-direction: column; align-items: flex-start"></section>`);
}

/**
 * Builds a page whose far charts come first in the document but show below a tall spacer, as on a
 * page that the browser scrolled down on reload, so the visible charts connect last. Far charts
 * differ in width, so that each measures its own key.
 */
async function pageWithFarChartsFirst(farCount: number, visibleCount: number): Promise<{ page: HTMLElement; far: ProfielTaart[]; visible: ProfielTaart[] }> {
  const monitor = await loadFixture();
  const page = await columnPage();
  const far = Array.from({ length: farCount }, (_, index) => makeChart(monitor, `order: 2; width: ${300 + (index % 60)}px`));
  const spacer = document.createElement('div');
  spacer.style.cssText = 'order: 1; height: 8000px; flex: none';
  // One row, so that every visible chart is within one viewport height of the top.
  const row = document.createElement('div');
  row.style.cssText = 'order: 0; display: flex';
  const visible = Array.from({ length: visibleCount }, () => makeChart(monitor, 'width: 180px; flex: none'));
  row.append(...visible);
  page.append(...far, spacer, row);
  await Promise.all([...far, ...visible].map((element) => element.updateComplete));
  await waitUntil(() => visible.every(isDrawn), 'the visible charts did not draw', WAIT);
  return { page, far, visible };
}

/**
 * Builds a page with drawn eager charts ahead of `last` in the document, so that a change to all of
 * them spends the task's budget before `last` and its update waits in the queue.
 */
async function pageWithBusyChartsFirst(count: number): Promise<{ page: HTMLElement; charts: ProfielTaart[]; last: ProfielTaart }> {
  const monitor = await loadFixture();
  const page = await columnPage();
  const charts = Array.from({ length: count }, () => makeChart(monitor, 'order: 1; width: 300px'));
  for (const chart of charts) chart.setAttribute('loading', 'eager');
  const last = makeChart(monitor, 'order: 0; width: 300px');
  page.append(...charts, last);
  await Promise.all([...charts, last].map((element) => element.updateComplete));
  await waitUntil(() => [...charts, last].every(isDrawn), 'the charts did not draw', WAIT);
  return { page, charts, last };
}

/** Pages that change many charts at once, so that chart updates wait in the queue, and visitors who act meanwhile. */
describe('chart update queue under hostile pages', function () {
  this.timeout(30_000);

  it('updates visible charts before far placeholders', async () => {
    const { page, far, visible } = await pageWithFarChartsFirst(80, 4);
    expect(far.filter(isPlaceholder), 'far placeholders').to.have.length(80);
    // Counted in the update that finishes the visible charts, because polling would count later runs too.
    let farInEnglish = -1;
    for (const element of visible) {
      const counted = element as unknown as { updated: (changed: unknown) => void };
      const original = counted.updated.bind(element);
      counted.updated = (changed) => {
        original(changed);
        if (farInEnglish < 0 && visible.every(isEnglish)) farInEnglish = far.filter(isEnglish).length;
      };
    }

    page.lang = 'en';
    await waitUntil(() => visible.every(isEnglish), 'the visible charts stayed Dutch', WAIT);

    expect(farInEnglish, 'far placeholders in English before the visible charts').to.equal(0);
    await Promise.all(far.map((element) => element.updateComplete));
    expect(far.filter(isEnglish), 'far placeholders afterwards').to.have.length(80);
  });

  it('keeps the queue going when an update throws', async () => {
    const { page, far, visible } = await pageWithFarChartsFirst(10, 1);
    (far[0] as unknown as { render: () => unknown }).render = () => {
      throw new Error('render failed on purpose');
    };
    const reported: string[] = [];
    const mochaOnError = window.onerror;
    window.onerror = (message) => {
      reported.push(String(message));
      return true;
    };
    try {
      page.lang = 'en';
      await Promise.all([...far, ...visible].map((element) => element.updateComplete));
    } finally {
      window.onerror = mochaOnError;
    }

    expect(reported.filter((message) => message.includes('render failed on purpose')), 'reported errors').to.have.length(1);
    expect(visible.filter(isEnglish), 'visible chart').to.have.length(1);
    expect(far.slice(1).filter(isEnglish), 'other far placeholders').to.have.length(9);
  });

  for (const focusFirst of [true, false]) {
    it(`keeps a key press on a chart ${focusFirst ? 'focused before' : 'focused after'} a jaar switch`, async () => {
      const { charts, last } = await pageWithBusyChartsFirst(20);
      const events: (string | null)[] = [];
      const record = (event: Event) => events.push((event as CustomEvent<{ themaId: string | null }>).detail.themaId);
      const chart = shadow(last).querySelector<HTMLElement>('.chart')!;
      document.addEventListener('wbm-thema-highlight', record);
      try {
        if (focusFirst) chart.focus();
        for (const element of [...charts, last]) element.jaar = '2016';
        await nextTask();
        if (!focusFirst) chart.focus();
        chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        await Promise.all([...charts, last].map((element) => element.updateComplete));
      } finally {
        document.removeEventListener('wbm-thema-highlight', record);
      }

      expect(textOf(last, '.title'), 'title').to.contain('2016');
      expect(events, 'highlight events').to.deep.equal(['werk-leren']);
      expect(textOf(last, '.details-name'), 'details').to.equal('Werk & leren');
      // The score of 2016, as the details show it, not the −0,4 of 2020.
      expect(textOf(last, '[aria-live]'), 'announcement').to.match(/^Werk & leren: −0,1, /);
    });
  }

  it('keeps a legend highlight during a jaar switch', async () => {
    const { page, charts, last } = await pageWithBusyChartsFirst(20);
    last.id = 'queued-taart';
    const legend = document.createElement('thema-legenda') as ThemaLegenda;
    legend.setAttribute('for', 'queued-taart');
    legend.style.order = '0';
    page.append(legend);
    await waitUntil(() => shadow(legend).querySelector('button[data-thema="veiligheid"]') !== null, 'the legend did not render', WAIT);

    for (const element of [...charts, last]) element.jaar = '2016';
    await nextTask();
    shadow(legend).querySelector('button[data-thema="veiligheid"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await Promise.all([...charts, last].map((element) => element.updateComplete));
    await legend.updateComplete;

    const dimmed = [...shadow(last).querySelectorAll<SVGPathElement>('path.slice.dimmed')].map((path) => path.dataset.id);
    expect(textOf(last, '.title'), 'title').to.contain('2016');
    expect(dimmed, 'dimmed slices').to.include('welzijn');
  });
});
