import { expect, waitUntil, nextFrame } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, loadFixture, renderTaart, settled, shadow, textOf } from './helpers.js';
import { skipInBackgroundPage } from './motion-helpers.js';
import { emulateReducedMotion, resetReducedMotion } from '../support/engine.js';

/** Path data of every slice by id, with numbers rounded to 2 decimals. */
function roundedPaths(element: ProfielTaart): Map<string, string> {
  const paths = new Map<string, string>();
  for (const path of shadow(element).querySelectorAll<SVGPathElement>('path.slice')) {
    const d = (path.getAttribute('d') ?? '').replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (number) => {
      const rounded = Math.round(Number(number) * 100) / 100;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    });
    paths.set(path.dataset.id!, d);
  }
  return paths;
}

/**
 * Unrounded path data of every slice, pattern overlay and highlight outline, keyed by slice id or
 * class, in document order.
 */
function exactPaths(element: ProfielTaart, selector = 'path.slice, path.pattern, path.active-outline'): [string, string][] {
  return [...shadow(element).querySelectorAll<SVGPathElement>(selector)].map((path) => [
    path.dataset.id ?? path.getAttribute('class') ?? '',
    path.getAttribute('d') ?? '',
  ]);
}

function isTransitioning(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg.transitioning') !== null;
}

async function transitionDone(element: ProfielTaart): Promise<void> {
  await settled(element);
  await waitUntil(() => !isTransitioning(element), 'the transition did not end', { timeout: 5000 });
  await element.updateComplete;
}

/** A monitor with the fixture's themes, where the first thema has one deelthema fewer. */
async function fixtureWithoutFirstDeelthema(): Promise<{ data: Record<string, unknown>; removed: string }> {
  const data = await loadFixture();
  const themas = data.themas as { deelthemas: { id: string }[] }[];
  const removed = themas.find((thema) => thema.deelthemas.length > 1)!.deelthemas.pop()!.id;
  for (const result of data.resultaten as { deelthemas?: Record<string, unknown> }[]) delete result.deelthemas?.[removed];
  return { data, removed };
}

describe('<profiel-taart> transitions and linking', () => {
  afterEach(resetReducedMotion);

  it('passes an accessibility check during a transition', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    element.gebied = 'BU07960102';
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await transitionDone(element);
  });

  it('animates a change of gebied', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    element.weergave = 'ontwikkeling';
    await element.updateComplete;
    expect(isTransitioning(element)).to.equal(true);
    await transitionDone(element);
    expect(isTransitioning(element)).to.equal(false);
  });

  it('ends all transitions on hiding', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const first = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const second = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>`);
    first.weergave = 'ontwikkeling';
    second.weergave = 'ontwikkeling';
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect([isTransitioning(first), isTransitioning(second)]).to.deep.equal([true, true]);

    // The test page stays visible, so the document reports hidden for this one event.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect([isTransitioning(first), isTransitioning(second)]).to.deep.equal([false, false]);
  });

  it('fades fills from the colours on screen', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const slices = () => [...shadow(element).querySelectorAll<SVGPathElement>('path.slice')];
    const fading = () =>
      slices().filter((slice) =>
        slice.getAnimations().some((animation) => animation instanceof CSSTransition && animation.transitionProperty === 'fill'),
      );
    const before = slices().map((slice) => getComputedStyle(slice).fill);

    element.weergave = 'ontwikkeling';
    await element.updateComplete;
    // Reading the style starts the CSS transitions at once, so no frame has to pass.
    const after = slices().map((slice) => getComputedStyle(slice).fill);

    expect(isTransitioning(element)).to.equal(true);
    expect(fading().length).to.be.greaterThan(0);
    expect(after).to.deep.equal(before);
    await transitionDone(element);
    // The fades are CSS transitions of the same duration, timed by the browser rather than by the
    // element's animation loop, so on a loaded machine the last one may end a few frames later.
    await waitUntil(() => fading().length === 0, 'fills still fading long after the transition', { timeout: 2_000 });
  });

  it('draws no NaN in any frame', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const { data } = await fixtureWithoutFirstDeelthema();
    element.data = data;
    await settled(element);

    const seen: string[] = [];
    while (isTransitioning(element)) {
      for (const path of shadow(element).querySelectorAll('path.slice, path.exiting')) seen.push(path.getAttribute('d') ?? '');
      await nextFrame();
      await element.updateComplete;
    }
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((d) => d.includes('NaN'))).to.deep.equal([]);
  });

  it('ends an interrupted transition where a fresh render is', async function () {
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const { data, removed } = await fixtureWithoutFirstDeelthema();

    element.data = data;
    await settled(element);
    // Checked before any frame passes, so a slow machine cannot let the transition finish first.
    if (document.visibilityState === 'visible') expect(isTransitioning(element)).to.equal(true);

    element.data = await loadFixture();
    element.gebied = 'BU07960102';
    element.weergave = 'ontwikkeling';
    await element.updateComplete;
    await transitionDone(element);

    const fresh = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960102" weergave="ontwikkeling"></profiel-taart>`,
    );
    expect(roundedPaths(element).has(removed)).to.equal(true);
    expect([...roundedPaths(element)]).to.deep.equal([...roundedPaths(fresh)]);
    expect(shadow(element).querySelectorAll('path.exiting').length).to.equal(0);
    expect(shadow(element).querySelectorAll('path.slice[style*="fill"]').length).to.equal(0);
  });

  it('shrinks a removed slice away', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const { data, removed } = await fixtureWithoutFirstDeelthema();
    element.data = data;
    await settled(element);

    expect(shadow(element).querySelector(`path.exiting[data-id="${removed}"]`)).to.not.equal(null);
    await transitionDone(element);
    expect(shadow(element).querySelector(`[data-id="${removed}"]`)).to.equal(null);
  });

  it('does not animate under reduced motion', async function () {
    await emulateReducedMotion(this, 'reduce');
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    element.gebied = 'BU07960102';
    element.weergave = 'ontwikkeling';
    await element.updateComplete;

    expect(isTransitioning(element)).to.equal(false);
    const fresh = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960102" weergave="ontwikkeling"></profiel-taart>`,
    );
    expect([...roundedPaths(element)]).to.deep.equal([...roundedPaths(fresh)]);
  });

  it('shows the new jaar at once while slices move', async function () {
    await emulateReducedMotion(this, 'no-preference');
    const fresh = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2016" straal="waarde"></profiel-taart>`,
    );
    const element = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2020" straal="waarde"></profiel-taart>`,
    );
    const before = exactPaths(element, 'path.slice');

    element.jaar = '2016';
    await element.updateComplete;

    // Checked before any frame passes, so a slow machine cannot let the transition finish first.
    if (document.visibilityState === 'visible') {
      expect(isTransitioning(element)).to.equal(true);
      expect(exactPaths(element, 'path.slice')).to.deep.equal(before);
    }
    expect(textOf(element, 'figcaption')).to.equal(textOf(fresh, 'figcaption'));
    expect(textOf(element, 'table')).to.equal(textOf(fresh, 'table'));
    expect(textOf(element, '#summary')).to.equal(textOf(fresh, '#summary'));
    await transitionDone(element);
  });

  it('ends a moving jaar switch exactly as a fresh render', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2020" straal="waarde"></profiel-taart>`,
    );
    const before = exactPaths(element);

    element.jaar = '2016';
    await element.updateComplete;
    const seen = new Set<string>();
    while (isTransitioning(element)) {
      for (const [id, d] of exactPaths(element, 'path.slice')) seen.add(`${id} ${d}`);
      await nextFrame();
    }
    await element.updateComplete;

    const fresh = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2016" straal="waarde"></profiel-taart>`,
    );
    const after = exactPaths(fresh);
    expect(after).to.not.deep.equal(before);
    expect(exactPaths(element)).to.deep.equal(after);
    // Some frame drew a path that is neither the start nor the end of its slice.
    const ends = new Set([...before, ...after].map(([id, d]) => `${id} ${d}`));
    expect([...seen].some((entry) => !ends.has(entry))).to.equal(true);
  });

  it('returns exactly after an immediate switch back', async function () {
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2020" straal="waarde"></profiel-taart>`,
    );
    const before = exactPaths(element);

    element.jaar = '2016';
    await element.updateComplete;
    element.jaar = '2020';
    await element.updateComplete;
    await transitionDone(element);

    expect(exactPaths(element)).to.deep.equal(before);
  });

  it('keeps moving through a re-render', async function () {
    skipInBackgroundPage(this);
    await emulateReducedMotion(this, 'no-preference');
    const element = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2020" straal="waarde"></profiel-taart>`,
    );

    element.jaar = '2016';
    await element.updateComplete;
    await nextFrame();
    element.highlight('welzijn');
    await element.updateComplete;
    expect(shadow(element).querySelector('path.slice[data-id="werk-leren"]')!.classList.contains('dimmed')).to.equal(true);
    await transitionDone(element);

    const fresh = await renderTaart(
      html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2016" straal="waarde"></profiel-taart>`,
    );
    fresh.highlight('welzijn');
    await fresh.updateComplete;
    expect(exactPaths(element)).to.deep.equal(exactPaths(fresh));
  });

  it('fires wbm-thema-highlight on pointer and keyboard', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const details: unknown[] = [];
    element.addEventListener('wbm-thema-highlight', (event) => details.push(event.detail));

    const slice = shadow(element).querySelector<SVGPathElement>('path.slice[data-id="gezondheid"]')!;
    slice.dispatchEvent(new PointerEvent('pointerenter'));
    // The details stay until the pointer leaves the whole figure, which contains the chart and the details.
    shadow(element).querySelector('figure')!.dispatchEvent(new PointerEvent('pointerleave'));
    const chart = shadow(element).querySelector<HTMLElement>('.chart')!;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));

    expect(details).to.deep.equal([
      { themaId: 'welzijn', deelthemaId: 'gezondheid', source: 'profiel-taart' },
      { themaId: null, deelthemaId: null, source: 'profiel-taart' },
      { themaId: 'werk-leren', deelthemaId: null, source: 'profiel-taart' },
    ]);
  });

  it('fires nothing when highlighted from code', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    let fired = 0;
    element.addEventListener('wbm-thema-highlight', () => fired++);

    element.highlight('welzijn');
    element.gebied = 'BU07960102';
    element.weergave = 'ontwikkeling';
    await element.updateComplete;
    element.highlight(null);
    await element.updateComplete;

    expect(fired).to.equal(0);
  });

  it('keeps deelthema slices of a highlighted thema in colour', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    element.highlight('welzijn');
    await element.updateComplete;

    const dimmed = [...shadow(element).querySelectorAll<SVGPathElement>('path.slice.dimmed')].map((path) => path.dataset.id);
    expect(dimmed).to.not.include('welzijn');
    expect(dimmed).to.not.include('gezondheid');
    expect(dimmed).to.include('werk-leren');
  });
});
