import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, makeChart, shadow, silenceConsoleErrors } from '../elements/helpers.js';
import { skipUnless } from '../support/engine.js';

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

/** True while the element shows a placeholder whose key is an empty list of a reused height. */
function hasKeySpacer(element: ProfielTaart): boolean {
  const key = shadow(element).querySelector('.chart[data-placeholder] ~ .key');
  return key !== null && key.textContent === '';
}

function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/**
 * Adds a chart without data and waits until its width is known, so that the first placeholder it
 * renders once given `monitor` can look up a key height.
 */
async function appendThenLoad(parent: HTMLElement, monitor: unknown, style: string, lang = ''): Promise<ProfielTaart> {
  const element = makeChart(undefined, style);
  if (lang) element.lang = lang;
  // A chart without data logs that it has no data source.
  const restore = silenceConsoleErrors();
  try {
    parent.append(element);
    await element.updateComplete;
    await frames();
  } finally {
    restore();
  }
  element.data = monitor;
  await element.updateComplete;
  return element;
}

/** Mounts a page part below a tall spacer, far out of the viewport, where lazy charts wait. */
async function farPage(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div></div>`);
  return page;
}

/** Adds a chart that measures its key text, then one that reuses that height, both with `style`. */
async function measuredAndReusing(page: HTMLElement, monitor: unknown, style: string): Promise<[ProfielTaart, ProfielTaart]> {
  const measuring = makeChart(monitor, style);
  page.append(measuring);
  await measuring.updateComplete;
  await frames();
  const reusing = await appendThenLoad(page, monitor, style);
  return [measuring, reusing];
}

/** Draws every chart at once, at its width on screen, and returns each height before and after. */
async function heightsAroundDraw(charts: ProfielTaart[]): Promise<{ before: number[]; after: number[] }> {
  await frames();
  await Promise.all(charts.map((chart) => chart.updateComplete));
  const before = charts.map((chart) => chart.getBoundingClientRect().height);
  for (const chart of charts) chart.loading = 'eager';
  await Promise.all(charts.map((chart) => chart.updateComplete));
  expect(charts.filter(isDrawn), 'drawn charts').to.have.length(charts.length);
  return { before, after: charts.map((chart) => chart.getBoundingClientRect().height) };
}

describe('placeholder key heights', function () {
  this.timeout(20_000);

  it('passes an accessibility check with a reused key height', async () => {
    const page = await farPage();
    const [, reusing] = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
    expect(hasKeySpacer(reusing), 'reused key height').to.equal(true);
    await expect(reusing).to.be.accessible();
  });

  it('waits for a reported width in updateComplete', async () => {
    const page = await farPage();
    const [, reusing] = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
    expect(hasKeySpacer(reusing), 'reused key height').to.equal(true);

    // This observer is created after the elements' shared one, so it reports in the same frame, after
    // the new width has reached the element and before the element has applied it.
    const heightAfterReport = new Promise<number>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        resolve(reusing.updateComplete.then(() => reusing.getBoundingClientRect().height));
      });
      reusing.style.width = '300px';
      observer.observe(reusing);
    });
    const before = await heightAfterReport;
    reusing.loading = 'eager';
    await reusing.updateComplete;

    expect(isDrawn(reusing), 'drawn').to.equal(true);
    expect(reusing.getBoundingClientRect().height).to.equal(before);
  });

  it('keeps the height after the width changes', async () => {
    const page = await farPage();
    const charts = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
    expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

    for (const chart of charts) chart.style.width = '300px';
    const { before, after } = await heightsAroundDraw(charts);

    expect(after).to.deep.equal(before);
  });

  it('keeps the height after the font size changes', async () => {
    const page = await farPage();
    const charts = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
    expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    for (const chart of charts) chart.style.fontSize = '22px';
    const { before, after } = await heightsAroundDraw(charts);
    window.removeEventListener('error', onError);

    expect(after).to.deep.equal(before);
    expect(errors, 'page errors').to.deep.equal([]);
  });

  // At 160 px the English key wraps its longer names in a monospace font but not in the default one.
  for (const [change, value] of [
    ['fontSize', '24px'],
    ['fontFamily', 'monospace'],
  ] as const) {
    it(`stores no height under a stale ${change}`, async () => {
      await staleFontCase(change, value);
    });
  }

  async function staleFontCase(change: 'fontSize' | 'fontFamily', value: string): Promise<void> {
    const monitor = await loadFixture();
    const page = await farPage();
    const first = makeChart(monitor, 'width: 160px');
    page.append(first);
    await first.updateComplete;
    await frames();

    // The first chart's font changes while its width stays, then it lays out its English key.
    first.style[change] = value;
    first.lang = 'en';
    await first.updateComplete;
    await frames();
    const second = await appendThenLoad(page, monitor, 'width: 160px', 'en');
    const { before, after } = await heightsAroundDraw([second]);

    expect(after).to.deep.equal(before);
  }

  for (const rule of ['padding: 12px; border: 3px solid', 'box-sizing: border-box; padding: 12px; border: 3px solid']) {
    it(`keeps the height with ::part(key) { ${rule} }`, async () => {
      const sheet = document.head.appendChild(document.createElement('style'));
      sheet.textContent = `profiel-taart::part(key) { ${rule} }`;
      try {
        const page = await farPage();
        const charts = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
        expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

        const { before, after } = await heightsAroundDraw(charts);

        expect(after).to.deep.equal(before);
      } finally {
        sheet.remove();
      }
    });
  }

  // At 160 px the key wraps its longer names once its text is wider.
  for (const inherited of ['letter-spacing: 0.15em', 'word-spacing: 1em', 'text-transform: uppercase', 'font-style: italic']) {
    it(`keeps the height under ${inherited}`, async () => {
      const monitor = await loadFixture();
      const page = await farPage();
      await measuredAndReusing(page, monitor, 'width: 160px');
      const box = page.appendChild(document.createElement('div'));
      box.style.cssText = inherited;

      const chart = await appendThenLoad(box, monitor, 'width: 160px');
      const { before, after } = await heightsAroundDraw([chart]);

      expect(after).to.deep.equal(before);
    });
  }

  it('keeps the height when moved to a narrower box', async () => {
    const monitor = await loadFixture();
    const page = await farPage();
    const wide = page.appendChild(document.createElement('div'));
    wide.style.width = '400px';
    const narrow = page.appendChild(document.createElement('div'));
    narrow.style.width = '300px';
    const charts = await measuredAndReusing(wide, monitor, '');
    expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

    narrow.append(charts[1]);
    const { before, after } = await heightsAroundDraw([charts[1]]);

    expect(after).to.deep.equal(before);
  });

  it('keeps the height when moved to a larger font', async () => {
    const monitor = await loadFixture();
    const page = await farPage();
    const large = page.appendChild(document.createElement('div'));
    large.style.fontSize = '22px';
    const charts = await measuredAndReusing(page, monitor, 'width: 400px');
    expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

    large.append(charts[1]);
    const { before, after } = await heightsAroundDraw([charts[1]]);

    expect(after).to.deep.equal(before);
  });

  it('keeps the height after a lang change', async () => {
    const page = await farPage();
    const charts = await measuredAndReusing(page, await loadFixture(), 'width: 400px');
    expect(hasKeySpacer(charts[1]), 'reused key height').to.equal(true);

    for (const chart of charts) chart.lang = 'en';
    const { before, after } = await heightsAroundDraw(charts);

    expect(after).to.deep.equal(before);
  });

  it('resolves updateComplete in closed details', async () => {
    const monitor = await loadFixture();
    const page = await farPage();
    await measuredAndReusing(page, monitor, 'width: 400px');
    const details = page.appendChild(document.createElement('details'));
    details.appendChild(document.createElement('summary')).textContent = 'Profieltaart';

    const hidden = await appendThenLoad(details, monitor, 'width: 400px');
    details.open = true;
    const { before, after } = await heightsAroundDraw([hidden]);

    expect(after).to.deep.equal(before);
  });

  it('holds no removed placeholders in the heap', async function () {
    await skipUnless(this, 'heap-count');
    const global = '__wbm_placeholder_breaker_prototype';
    (window as unknown as Record<string, unknown>)[global] = customElements.get('profiel-taart')!.prototype;
    const monitor = await loadFixture();
    const page = await farPage();
    // One chart stays, so the shared observers stay too.
    const staying = makeChart(monitor, 'width: 400px');
    page.append(staying);
    await staying.updateComplete;
    const baseline = (await executeServerCommand<number | null, { global: string }>('count-instances', { global }))!;

    const closed = page.appendChild(document.createElement('details'));
    for (let cycle = 0; cycle < 30; cycle++) {
      const element = makeChart(monitor, `width: ${300 + cycle}px`);
      closed.append(element);
      await element.updateComplete;
      element.remove();
      const onPage = makeChart(monitor, `width: ${300 + cycle}px; font-size: ${10 + cycle}px`);
      page.append(onPage);
      await onPage.updateComplete;
      onPage.remove();
    }
    await frames();

    const after = await executeServerCommand<number | null, { global: string }>('count-instances', { global });
    expect(after, 'live instances after 60 removed placeholders').to.be.at.most(baseline + 2);
  });
});
