import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, shadow } from '../elements/helpers.js';

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

function placeholder(element: ProfielTaart): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('.chart[data-placeholder]');
}

function makeChart(monitor: unknown, width = '400px'): ProfielTaart {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.style.width = width;
  element.style.display = 'block';
  element.setAttribute('gebied', 'BU07960101');
  element.data = monitor;
  return element;
}

const WAIT = { timeout: 8000 };

/** Appends `count` charts 300 px wide to the body of an iframe's document, with `monitor` as data if given. */
function appendFrameCharts(frameDocument: Document, count: number, monitor?: unknown): ProfielTaart[] {
  const charts: ProfielTaart[] = [];
  for (let index = 0; index < count; index++) {
    const chart = frameDocument.createElement('profiel-taart') as ProfielTaart;
    chart.setAttribute('gebied', 'BU07960101');
    chart.style.cssText = 'display: block; width: 300px';
    if (monitor !== undefined) chart.data = monitor;
    frameDocument.body.append(chart);
    charts.push(chart);
  }
  return charts;
}

/**
 * Pages that hide, move, resize or print lazy charts while they wait for their first draw. An
 * `updateComplete` that never resolves shows up as a test timeout.
 */
describe('lazy drawing under hostile pages', function () {
  this.timeout(30_000);
  afterEach(() => window.scrollTo(0, 0));

  it('passes an accessibility check in a scroll container', async () => {
    const box = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto"></div>`);
    const chart = makeChart(await loadFixture());
    box.append(chart);
    await chart.updateComplete;

    await expect(chart).to.be.accessible();
  });

  it('draws in a hidden tab once shown', async () => {
    const monitor = await loadFixture();
    const tab = await fixture<HTMLElement>(html`<div hidden></div>`);
    const chart = makeChart(monitor);
    tab.append(chart);
    await chart.updateComplete;

    tab.hidden = false;
    await waitUntil(() => isDrawn(chart), 'chart in shown tab did not draw', WAIT);
    await chart.updateComplete;
  });

  it('draws in closed details once opened', async () => {
    const monitor = await loadFixture();
    const details = await fixture<HTMLDetailsElement>(html`<details><summary>Buurt</summary></details>`);
    const chart = makeChart(monitor);
    details.append(chart);

    // Chromium skips the rendering of a closed details element's content, so no width ever comes.
    await chart.updateComplete;
    expect(isDrawn(chart), 'drawn while closed').to.equal(false);

    details.open = true;
    await waitUntil(() => isDrawn(chart), 'the chart in the opened details did not draw', WAIT);
    await chart.updateComplete;
    await expect(chart).to.be.accessible();
  });

  it('resolves updateComplete under content-visibility auto', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div><section style="content-visibility: auto; contain-intrinsic-size: auto 500px"></section></div>`);
    const chart = makeChart(monitor);
    page.querySelector('section')!.append(chart);

    // The browser skips the off-screen section's rendering, so no width comes until it scrolls near.
    await chart.updateComplete;

    chart.scrollIntoView();
    await waitUntil(() => isDrawn(chart), 'the chart in the section did not draw on scrolling', WAIT);
  });

  it('draws near charts in a scroll container', async () => {
    const monitor = await loadFixture();
    const box = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto"></div>`);
    const charts = Array.from({ length: 12 }, () => makeChart(monitor, '300px'));
    box.append(...charts);
    await Promise.all(charts.map((c) => c.updateComplete));
    expect(isDrawn(charts[0]), 'first').to.equal(true);

    box.scrollTop = charts[8].offsetTop;
    await waitUntil(() => isDrawn(charts[8]), 'chart scrolled into the container did not draw', WAIT);
  });

  it('draws near charts in an iframe', async () => {
    const monitor = await loadFixture();
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Monitor" style="width: 500px; height: 500px" srcdoc="<!doctype html><script type=module src='/src/define.ts'></script>"></iframe>`,
    );
    await waitUntil(() => frame.contentWindow?.customElements?.get('profiel-taart'), 'the iframe did not define <profiel-taart>', WAIT);
    const charts = appendFrameCharts(frame.contentDocument!, 6, monitor);

    await Promise.all(charts.map((chart) => chart.updateComplete));

    // Within one viewport of the iframe's visible area, as on a page of its own.
    const near = charts.filter((chart) => chart.getBoundingClientRect().top < 2 * frame.clientHeight);
    expect(near.length, 'charts near the iframe viewport').to.be.greaterThan(1);
    expect(near.filter(isDrawn).length, 'drawn charts near the iframe viewport').to.equal(near.length);
    expect(isDrawn(charts[charts.length - 1]), 'last chart, far below').to.equal(false);
  });

  it('ignores nearness reported for messages', async () => {
    // An iframe whose IntersectionObserver reports only what the test sends, so that a report on the
    // short messages arrives for certain before the data.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Monitor" style="width: 500px; height: 500px" srcdoc="<!doctype html>"></iframe>`);
    // The initial about:blank document is complete too, and the srcdoc document replaces it.
    await waitUntil(() => frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState === 'complete', 'the iframe did not load', WAIT);
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    const observed = new Set<Element>();
    let report: IntersectionObserverCallback = () => undefined;
    class ReportedByTest {
      constructor(callback: IntersectionObserverCallback) {
        report = callback;
      }
      observe(target: Element) {
        observed.add(target);
      }
      unobserve(target: Element) {
        observed.delete(target);
      }
      disconnect() {
        observed.clear();
      }
    }
    frameWindow.IntersectionObserver = ReportedByTest as unknown as typeof IntersectionObserver;
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/src/define.ts';
    frame.contentDocument!.head.append(script);
    await waitUntil(() => frameWindow.customElements.get('profiel-taart'), 'the iframe did not define <profiel-taart>', WAIT);

    const charts = appendFrameCharts(frame.contentDocument!, 6);
    await Promise.all(charts.map((chart) => chart.updateComplete));
    const sendReport = (targets: Iterable<Element>, near: (target: Element) => boolean) => {
      const entries = [...targets].map((target) => ({ target, isIntersecting: near(target) }) as unknown as IntersectionObserverEntry);
      report(entries, {} as IntersectionObserver);
    };
    // Without data every chart shows a short message, and all six lie near the viewport.
    sendReport(charts, () => true);

    const monitor = await loadFixture();
    for (const chart of charts) chart.data = monitor;
    await waitUntil(() => charts.every((chart) => placeholder(chart) || isDrawn(chart)), 'the charts did not read their data', WAIT);
    await waitUntil(() => charts.every((chart) => isDrawn(chart) || observed.has(chart)), 'a placeholder was not observed', WAIT);
    sendReport([...observed], (target) => target.getBoundingClientRect().top < 2 * frameWindow.innerHeight);
    await Promise.all(charts.map((chart) => chart.updateComplete));

    const near = charts.filter((chart) => chart.getBoundingClientRect().top < 2 * frameWindow.innerHeight);
    expect(near.length, 'charts near the iframe viewport').to.be.greaterThan(0);
    expect(near.filter(isDrawn).length, 'drawn charts near the viewport').to.equal(near.length);
    expect(charts.filter(isDrawn).length, 'drawn charts').to.equal(near.length);
  });

  it('draws every near chart on a page that never scrolls', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div style="display: flex; flex-wrap: wrap"></div>`);
    const charts = Array.from({ length: 60 }, () => makeChart(monitor, '200px'));
    page.append(...charts);
    await Promise.all(charts.map((c) => c.updateComplete));
    const near = charts.filter((c) => c.getBoundingClientRect().top < 2 * window.innerHeight);
    expect(near.filter(isDrawn).length).to.equal(near.length);
  });

  it('survives removal and re-adding during the queue', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const other = await fixture<HTMLElement>(html`<div></div>`);
    const charts = Array.from({ length: 30 }, () => makeChart(monitor, '200px'));
    page.append(...charts);
    for (const c of charts.slice(0, 15)) c.remove();
    other.append(...charts.slice(0, 15));
    await Promise.all(charts.map((c) => c.updateComplete));
    const near = charts.filter((c) => c.getBoundingClientRect().top < 2 * window.innerHeight);
    expect(near.length).to.be.greaterThan(0);
    expect(near.filter(isDrawn).length).to.equal(near.length);
  });

  it('toggles loading while waiting', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div></div>`);
    const chart = makeChart(monitor);
    page.append(chart);
    await chart.updateComplete;
    chart.loading = 'eager';
    await chart.updateComplete;
    expect(isDrawn(chart)).to.equal(true);
  });

  it('toggles loading eager to lazy before the first update', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div></div>`);
    const chart = makeChart(monitor);
    chart.setAttribute('loading', 'eager');
    page.append(chart);
    chart.removeAttribute('loading');
    await chart.updateComplete;
    chart.scrollIntoView();
    await waitUntil(() => isDrawn(chart), 'the chart did not draw', WAIT);
  });

  it('changes lang and jaar on a placeholder', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div></div>`);
    const chart = makeChart(monitor);
    page.append(chart);
    await chart.updateComplete;
    chart.lang = 'en';
    chart.jaar = '2016';
    await chart.updateComplete;
    expect(placeholder(chart)!.getAttribute('aria-label')).to.match(/^Profile chart .*2016/);
  });

  it('draws 80 settled charts before printing', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const charts = Array.from({ length: 80 }, () => makeChart(monitor, '300px'));
    page.append(...charts);
    await Promise.all(charts.map((c) => c.updateComplete));
    window.dispatchEvent(new Event('beforeprint'));
    expect(charts.filter(isDrawn).length, 'drawn right after beforeprint').to.equal(80);
  });

  it('draws a placeholder reached by Tab', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><button>before</button><div style="height: 6000px"></div></div>`);
    const chart = makeChart(monitor);
    page.append(chart);
    await chart.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await chart.updateComplete;
    expect(isDrawn(chart)).to.equal(true);
    expect(chart.shadowRoot!.activeElement).to.equal(shadow(chart).querySelector('.chart'));
  });

  it('draws after a zero-width container widens', async () => {
    const monitor = await loadFixture();
    const box = await fixture<HTMLElement>(html`<div style="width: 0"></div>`);
    const chart = makeChart(monitor, '100%');
    box.append(chart);
    await chart.updateComplete;
    box.style.width = '400px';
    await waitUntil(() => isDrawn(chart), 'the chart did not draw', WAIT);
    await chart.updateComplete;
  });

  it('keeps the height after a width change while far', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div></div>`);
    const chart = makeChart(monitor, '300px');
    page.append(chart);
    await chart.updateComplete;
    chart.style.width = '700px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await chart.updateComplete;
    const before = chart.getBoundingClientRect().height;
    chart.loading = 'eager';
    await chart.updateComplete;
    expect(isDrawn(chart)).to.equal(true);
    expect(chart.getBoundingClientRect().height).to.equal(before);
  });

  it('reads a new data object on one of 40 sharing charts', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const charts = Array.from({ length: 40 }, () => makeChart(monitor, '200px'));
    page.append(...charts);
    await Promise.all(charts.map((c) => c.updateComplete));
    const copy = structuredClone(monitor);
    (copy.gebieden as { code: string; naam: string }[]).find((g) => g.code === 'BU07960101')!.naam = 'Nieuwe naam';
    charts[20].data = copy;
    await charts[20].updateComplete;
    expect(shadow(charts[20]).querySelector('.title')!.textContent).to.contain('Nieuwe naam');
    expect(shadow(charts[0]).querySelector('.title')!.textContent).to.not.contain('Nieuwe naam');
  });
});
