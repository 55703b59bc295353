import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, shadow, silenceConsoleErrors } from './helpers.js';

/** Height of the empty page part above a chart, so far below the viewport that a lazy chart waits. */
const SPACER_PX = 6000;

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

function placeholder(element: ProfielTaart): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('.chart[data-placeholder]');
}

/** Mounts charts of the fixture monitor below a tall spacer, out of the viewport, and waits for them. */
async function mountFar(count: number, loading = '', width = 400): Promise<{ page: HTMLElement; charts: ProfielTaart[] }> {
  const monitor = await loadFixture();
  const page = await fixture<HTMLElement>(html`<div><div style="height: ${SPACER_PX}px"></div></div>`);
  const charts: ProfielTaart[] = [];
  for (let index = 0; index < count; index++) {
    const element = document.createElement('profiel-taart') as ProfielTaart;
    element.style.width = `${width}px`;
    element.setAttribute('gebied', 'BU07960101');
    if (loading) element.setAttribute('loading', loading);
    element.data = monitor;
    page.append(element);
    charts.push(element);
  }
  await Promise.all(charts.map((element) => element.updateComplete));
  return { page, charts };
}

/** Resolves whether this browser widens a clipping scroll box by an IntersectionObserver's `scrollMargin`. */
async function scrollMarginApplies(): Promise<boolean> {
  const box = document.createElement('div');
  box.style.cssText = 'height: 10px; overflow: hidden';
  const target = box.appendChild(document.createElement('div'));
  target.style.cssText = 'margin-top: 30px; height: 10px';
  document.body.append(box);
  const applies = await new Promise<boolean>((resolve) => {
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        resolve(entry.isIntersecting);
      },
      { root: document, scrollMargin: '50px' } as IntersectionObserverInit,
    );
    observer.observe(target);
  });
  box.remove();
  return applies;
}

describe('<profiel-taart> lazy drawing', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('passes an accessibility check as a placeholder', async () => {
    const { charts } = await mountFar(1);
    await expect(charts[0]).to.be.accessible();
  });

  describe('updateComplete', () => {
    it('resolves with the chart drawn', async () => {
      const element = document.createElement('profiel-taart') as ProfielTaart;
      element.setAttribute('gebied', 'BU07960101');
      element.data = await loadFixture();
      const page = await fixture<HTMLElement>(html`<div style="width: 400px"></div>`);
      page.append(element);

      await element.updateComplete;

      expect(isDrawn(element), 'slices').to.equal(true);
      expect(element.shadowRoot!.querySelector('table'), 'data table').to.not.equal(null);
    });

    it('resolves with the chart drawn after a jaar change', async () => {
      const element = await fixture<ProfielTaart>(html`<profiel-taart .data=${await loadFixture()} gebied="BU07960101" jaar="2020"></profiel-taart>`);

      element.jaar = '2016';
      await element.updateComplete;

      expect(shadow(element).querySelector('.title')!.textContent).to.contain('2016');
      expect(isDrawn(element)).to.equal(true);
    });

    it('resolves for an element that is not rendered', async () => {
      const element = await fixture<ProfielTaart>(
        html`<profiel-taart style="display: none" .data=${await loadFixture()} gebied="BU07960101"></profiel-taart>`,
      );

      await element.updateComplete;

      expect(isDrawn(element)).to.equal(false);
    });

    it('draws a hidden element once it is shown', async () => {
      const element = await fixture<ProfielTaart>(
        html`<profiel-taart style="display: none" .data=${await loadFixture()} gebied="BU07960101"></profiel-taart>`,
      );

      element.style.display = 'block';

      await waitUntil(() => isDrawn(element), 'the shown chart did not draw', { timeout: 5000 });
    });

    it('resolves for a removed element', async () => {
      const element = document.createElement('profiel-taart') as ProfielTaart;
      element.setAttribute('gebied', 'BU07960101');
      element.data = await loadFixture();
      document.body.append(element);
      element.remove();

      await element.updateComplete;

      expect(isDrawn(element)).to.equal(false);
    });
  });

  describe('far from the viewport', () => {
    it('shows a placeholder instead of the chart', async () => {
      const { charts } = await mountFar(1);

      expect(isDrawn(charts[0]), 'slices').to.equal(false);
      expect(placeholder(charts[0]), 'placeholder').to.not.equal(null);
      expect(charts[0].shadowRoot!.querySelector('table'), 'data table').to.equal(null);
    });

    it('names the placeholder with gebied, jaar and total', async () => {
      const { charts } = await mountFar(1);
      const chart = placeholder(charts[0])!;

      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('Profieltaart Binnenstad centrum, 2020. Totaal: −0,2, Gemiddeld');
    });

    it('names the placeholder in English', async () => {
      const { charts } = await mountFar(1);
      charts[0].setAttribute('lang', 'en');
      await charts[0].updateComplete;

      expect(placeholder(charts[0])!.getAttribute('aria-label')).to.match(/^Profile chart Binnenstad centrum, 2020\. Total.*: −0\.2, /);
    });

    it('draws when scrolled into view', async () => {
      const { charts } = await mountFar(2);

      charts[0].scrollIntoView();

      await waitUntil(() => isDrawn(charts[0]), 'the chart scrolled into view did not draw', { timeout: 5000 });
      expect(placeholder(charts[0])).to.equal(null);
    });

    it('draws every chart before printing', async () => {
      const { charts } = await mountFar(3);
      expect(charts.filter(isDrawn), 'drawn before printing').to.have.length(0);

      window.dispatchEvent(new Event('beforeprint'));

      expect(charts.filter(isDrawn), 'drawn when printing starts').to.have.length(3);
    });

    it('draws on focus and keeps focus on the chart', async () => {
      const { charts } = await mountFar(1);
      const chart = placeholder(charts[0])!;

      chart.focus();

      expect(isDrawn(charts[0]), 'slices').to.equal(true);
      expect(charts[0].shadowRoot!.activeElement, 'focused element').to.equal(shadow(charts[0]).querySelector('.chart'));
      expect(shadow(charts[0]).querySelector('.chart')!.getAttribute('role')).to.equal('group');
    });

    it('draws when the table is opened', async () => {
      const { charts } = await mountFar(1);

      shadow(charts[0]).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await charts[0].updateComplete;

      expect(isDrawn(charts[0]), 'slices').to.equal(true);
      expect(charts[0].shadowRoot!.querySelector('.table-wrapper.visually-hidden'), 'hidden table').to.equal(null);
    });

    it('draws ahead inside a scrolling box', async function () {
      // Browsers that ignore the observer's scroll margin draw such a chart once it is visible in the box.
      if (!(await scrollMarginApplies())) {
        this.test!.title += ' (skipped: this browser ignores the IntersectionObserver scroll margin)';
        this.skip();
      }
      const box = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto">
        <div style="height: ${SPACER_PX}px"></div>
        <profiel-taart style="width: 400px" gebied="BU07960101" .data=${await loadFixture()}></profiel-taart>
      </div>`);
      const chart = box.querySelector<ProfielTaart>('profiel-taart')!;
      await chart.updateComplete;
      expect(placeholder(chart), 'far below the box').to.not.equal(null);

      // Scroll until the chart is 200 px below the box's visible part, out of view.
      box.scrollTop = SPACER_PX - box.clientHeight - 200;
      await waitUntil(() => isDrawn(chart), 'the chart did not draw while near the visible part of the box');

      expect(chart.getBoundingClientRect().top, 'still below the box').to.be.greaterThan(box.getBoundingClientRect().bottom);
    });

    it('draws at once with loading="eager"', async () => {
      const { charts } = await mountFar(2, 'eager');

      expect(charts.filter(isDrawn)).to.have.length(2);
    });

    it('reads data-loading from a CMS', async () => {
      const { charts } = await mountFar(1);

      charts[0].setAttribute('data-loading', 'eager');
      await charts[0].updateComplete;

      expect(isDrawn(charts[0])).to.equal(true);
    });
  });

  describe('layout shift', () => {
    for (const width of [300, 360, 400, 480, 640, 900]) {
      it(`keeps the height of a ${width} px chart`, async () => {
        const { charts } = await mountFar(1, '', width);
        const before = charts[0].getBoundingClientRect().height;

        charts[0].loading = 'eager';
        await charts[0].updateComplete;

        expect(isDrawn(charts[0]), 'slices').to.equal(true);
        expect(charts[0].getBoundingClientRect().height).to.equal(before);
      });
    }

    it('keeps the height with reused key heights', async () => {
      // The first charts lay out their key text. Placeholders rendered once their width is known reuse its height.
      const { page, charts } = await mountFar(6);
      // The later charts get their data only after their first width report, so they first log that they have none.
      const restoreConsole = silenceConsoleErrors();
      const later: ProfielTaart[] = [];
      for (let index = 0; index < 12; index++) {
        const element = document.createElement('profiel-taart') as ProfielTaart;
        element.style.width = '400px';
        // Half of them inherit a larger font, so their keys wrap into taller lines.
        if (index % 2) element.style.fontSize = '20px';
        element.setAttribute('gebied', 'BU07960101');
        page.append(element);
        later.push(element);
      }
      await Promise.all(later.map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const monitor = charts[0].data;
      for (const element of later) element.data = monitor;
      await Promise.all(later.map((element) => element.updateComplete));
      restoreConsole();

      const all = [...charts, ...later];
      const keyText = (element: ProfielTaart) => shadow(element).querySelector('.key')!.textContent;
      expect(later.filter((element) => placeholder(element) && keyText(element) === ''), 'placeholders without key text').to.not.have.length(0);
      const before = all.map((element) => element.getBoundingClientRect().height);

      window.dispatchEvent(new Event('beforeprint'));
      await Promise.all(all.map((element) => element.updateComplete));

      expect(all.filter(isDrawn), 'drawn charts').to.have.length(all.length);
      expect(all.map((element) => element.getBoundingClientRect().height)).to.deep.equal(before);
      expect(before[7], 'height at 20 px').to.be.greaterThan(before[6]);
      page.remove();
    });
  });

  describe('printing', () => {
    it('draws a wide chart at most 480 px wide for paper', async () => {
      const { charts } = await mountFar(1, '', 900);
      const svgWidth = () => Number(shadow(charts[0]).querySelector('.chart svg')!.getAttribute('width'));
      const onScreen = svgWidth();
      expect(onScreen, 'width on screen').to.be.greaterThan(520);

      window.dispatchEvent(new Event('beforeprint'));
      await charts[0].updateComplete;
      expect(isDrawn(charts[0]), 'drawn for paper').to.equal(true);
      expect(svgWidth(), 'width on paper').to.equal(480);
      expect(shadow(charts[0]).querySelector('.key li'), 'key under the chart').to.not.equal(null);

      window.dispatchEvent(new Event('afterprint'));
      await charts[0].updateComplete;
      expect(svgWidth(), 'width after printing').to.equal(onScreen);
    });
  });

  describe('many charts', () => {
    /**
     * Resolves after 1000 microtask hops, still within this task: far more than the chain of a few
     * first renders takes. Microtasks run in order in every engine, whereas messages on two channels
     * may arrive in either order in WebKitGTK.
     */
    async function endOfThisTask(): Promise<void> {
      for (let hop = 0; hop < 1000; hop++) await null;
    }

    async function addCharts(count: number, busyMs: number): Promise<{ charts: ProfielTaart[]; updatedInTask: number }> {
      const monitor = await loadFixture();
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const start = performance.now();
      const charts: ProfielTaart[] = [];
      for (let index = 0; index < count; index++) {
        const element = document.createElement('profiel-taart') as ProfielTaart;
        element.setAttribute('gebied', 'BU07960101');
        element.data = monitor;
        page.append(element);
        charts.push(element);
      }
      // Stands for the rest of a page's work in the task that adds its charts.
      while (performance.now() - start < busyMs);
      await endOfThisTask();
      return { charts, updatedInTask: charts.filter((element) => element.hasUpdated).length };
    }

    it('renders a lone chart in its task', async () => {
      const { charts, updatedInTask } = await addCharts(1, 0);

      expect(updatedInTask).to.equal(1);
      await charts[0].updateComplete;
      expect(isDrawn(charts[0])).to.equal(true);
    });

    it('defers first renders after a long task', async () => {
      const { charts, updatedInTask } = await addCharts(3, 30);

      expect(updatedInTask).to.equal(0);
      await Promise.all(charts.map((element) => element.updateComplete));
      expect(isDrawn(charts[0]), 'first chart').to.equal(true);
      expect(charts.filter((element) => isDrawn(element) || placeholder(element) !== null)).to.have.length(3);
    });

    it('draws all eager charts', async () => {
      const { charts } = await mountFar(40, 'eager', 300);

      expect(charts.filter(isDrawn)).to.have.length(40);
    });

    it('renders far placeholders in later tasks after a lang change', async () => {
      const monitor = await loadFixture();
      const page = await fixture<HTMLElement>(html`<section lang="nl"><div style="height: ${SPACER_PX}px"></div></section>`);
      const create = () => {
        const element = document.createElement('profiel-taart') as ProfielTaart;
        element.style.width = '300px';
        element.setAttribute('gebied', 'BU07960101');
        element.data = monitor;
        return element;
      };
      const visible = create();
      page.prepend(visible);
      const far = Array.from({ length: 40 }, create);
      page.append(...far);
      await Promise.all([visible, ...far].map((element) => element.updateComplete));
      const english = (element: ProfielTaart) => (shadow(element).querySelector('.chart')?.getAttribute('aria-label') ?? '').startsWith('Profile chart');
      expect(isDrawn(visible), 'visible chart drawn').to.equal(true);
      expect(far.filter((element) => placeholder(element) !== null), 'far placeholders').to.have.length(40);
      // The waits above end in the queue's run, which may have spent that task's budget (WebKitGTK
      // under load), so the change comes in a task of its own after the run's budget reset.
      await new Promise((resolve) => setTimeout(resolve, 50));

      page.lang = 'en';
      await endOfThisTask();

      expect(english(visible), 'visible chart in the task of the change').to.equal(true);
      expect(far.filter(english), 'far placeholders in the task of the change').to.have.length(0);
      await Promise.all(far.map((element) => element.updateComplete));
      expect(far.filter(english), 'far placeholders afterwards').to.have.length(40);
    });

    it('updates charts in view first', async () => {
      const monitor = await loadFixture();
      const page = await fixture<HTMLElement>(html`<section lang="nl"></section>`);
      const charts = Array.from({ length: 40 }, () => {
        const element = document.createElement('profiel-taart') as ProfielTaart;
        element.style.cssText = 'display: block; width: 300px';
        element.setAttribute('gebied', 'BU07960101');
        element.data = monitor;
        return element;
      });
      page.append(...charts);
      await Promise.all(charts.map((element) => element.updateComplete));
      const inView = (element: ProfielTaart) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      };
      const drawnAbove = charts.filter(isDrawn);
      expect(drawnAbove.length, 'charts drawn at the top').to.be.greaterThan(0);

      // Scrolled halfway, the charts at the top stay drawn, out of view.
      charts[20].scrollIntoView({ block: 'center' });
      await waitUntil(() => charts.filter(inView).every(isDrawn), 'charts in view drawn', { timeout: 5000 });
      const order: ProfielTaart[] = [];
      let lastUpdateAt = performance.now();
      for (const element of charts) {
        const chart = element as unknown as { updated(changed: unknown): void };
        const updated = chart.updated;
        chart.updated = function (changed: unknown) {
          order.push(element);
          lastUpdateAt = performance.now();
          updated.call(this, changed);
        };
      }
      // Charts near the viewport may still be drawing after the scroll, more slowly on a busy
      // machine, so the language changes only once no chart has updated for 300 ms.
      await waitUntil(() => performance.now() - lastUpdateAt > 300, 'charts settled after the scroll', { timeout: 10000 });
      order.length = 0;
      const visible = charts.filter(inView);
      expect(visible.length, 'charts in view').to.be.greaterThan(0);
      expect(drawnAbove.filter(inView), 'charts drawn at the top, in view').to.have.length(0);

      page.lang = 'en';
      await waitUntil(() => new Set(order).size === charts.length, 'every chart updated', { timeout: 5000 });

      const firstAbove = Math.min(...drawnAbove.map((element) => order.indexOf(element)));
      const lastVisible = Math.max(...visible.map((element) => order.indexOf(element)));
      expect(visible.includes(order[0]), 'first chart updated is in view').to.equal(true);
      expect(lastVisible, 'last update of a chart in view, before the first of a chart above').to.be.lessThan(firstAbove);
    });

    it('draws charts in the viewport, in order', async () => {
      const monitor = await loadFixture();
      const page = await fixture<HTMLElement>(html`<div style="display: flex; flex-wrap: wrap"></div>`);
      const charts: ProfielTaart[] = [];
      for (let index = 0; index < 30; index++) {
        const element = document.createElement('profiel-taart') as ProfielTaart;
        element.style.width = '250px';
        element.setAttribute('gebied', 'BU07960101');
        element.data = monitor;
        page.append(element);
        charts.push(element);
      }

      await Promise.all(charts.map((element) => element.updateComplete));

      const visible = charts.filter((element) => element.getBoundingClientRect().top < window.innerHeight);
      expect(visible.length, 'charts in the viewport').to.be.greaterThan(0);
      expect(visible.filter(isDrawn), 'drawn charts in the viewport').to.have.length(visible.length);
      expect(isDrawn(charts[charts.length - 1]), 'last chart, far below').to.equal(false);
    });
  });
});
