import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { MONITOR_URL, html, shadow } from './helpers.js';
import { skipUnless, supports } from '../support/engine.js';

const TAGS = ['profiel-taart', 'thema-legenda', 'gebied-kiezer', 'buurt-vergelijk'] as const;
type Tag = (typeof TAGS)[number];

/** The default margin, 1em, at the browser's default font size of 16 px. */
const DEFAULT_MARGIN_PX = 16;

/** Tolerance for sub-pixel rounding of box edges, in px. */
const EDGE_TOLERANCE_PX = 0.5;

/** Attributes that give each element data to show, and draw a pie at once. */
const ATTRIBUTES: Record<Tag, string> = {
  'profiel-taart': `src="${MONITOR_URL}" gebied="BU07960101" loading="eager"`,
  'thema-legenda': `src="${MONITOR_URL}"`,
  'gebied-kiezer': `src="${MONITOR_URL}"`,
  'buurt-vergelijk': `src="${MONITOR_URL}" gebied="BU07960101"`,
};

function element(tag: Tag) {
  return staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(ATTRIBUTES[tag])}></${unsafeStatic(tag)}>`;
}

/** Waits until every wijkmonitor element in `container` shows its content instead of the loading state. */
async function whenShown(container: HTMLElement): Promise<void> {
  const elements = [...container.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS.join(','))];
  await waitUntil(
    () => elements.every((item) => shadow(item).childElementCount > 0 && !shadow(item).querySelector('.loading, [data-placeholder]')),
    'an element did not finish loading',
    { timeout: 5000 },
  );
  await Promise.all(elements.map((item) => item.updateComplete));
}

/** Renders two elements of `tag` one after the other in a page without CSS, with `style` on their parent. */
async function renderStacked(tag: Tag, style = ''): Promise<[HTMLElement, HTMLElement]> {
  const container = await fixture<HTMLDivElement>(html`<div style=${style}>${element(tag)}${element(tag)}</div>`);
  await whenShown(container);
  const [first, second] = container.querySelectorAll<HTMLElement>(tag);
  return [first, second];
}

/** Returns the space in px between the bottom border edge of `above` and the top border edge of `below`. */
function gapBetween(above: Element, below: Element): number {
  return below.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
}

describe('outer spacing', () => {
  afterEach(async () => {
    if (await supports('print-media')) await emulateMedia({ media: 'screen' });
  });

  it('passes an accessibility check', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>${TAGS.map((tag) => element(tag))}</div>`);
    await whenShown(container);
    await expect(container).to.be.accessible();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('keeps a gap to the next element', async () => {
        const [first, second] = await renderStacked(tag);
        expect(gapBetween(first, second)).to.be.closeTo(DEFAULT_MARGIN_PX, EDGE_TOLERANCE_PX);
      });

      it('shares its margin with a paragraph and heading', async () => {
        const container = await fixture<HTMLDivElement>(html`<div><p>Tekst voor het element.</p>${element(tag)}<h2>Kop na het element</h2></div>`);
        await whenShown(container);
        const paragraph = container.querySelector('p')!;
        const heading = container.querySelector('h2')!;
        const item = container.querySelector(tag)!;

        // Collapsed margins: the larger of the two, never their sum.
        const paragraphMargin = parseFloat(getComputedStyle(paragraph).marginBottom);
        const headingMargin = parseFloat(getComputedStyle(heading).marginTop);
        expect(gapBetween(paragraph, item), 'gap above the element').to.be.closeTo(Math.max(paragraphMargin, DEFAULT_MARGIN_PX), EDGE_TOLERANCE_PX);
        expect(gapBetween(item, heading), 'gap above the heading').to.be.closeTo(Math.max(headingMargin, DEFAULT_MARGIN_PX), EDGE_TOLERANCE_PX);
      });

      it('drops the gap with --wbm-margin-block: 0', async () => {
        const [first, second] = await renderStacked(tag, '--wbm-margin-block: 0');
        expect(gapBetween(first, second)).to.be.closeTo(0, EDGE_TOLERANCE_PX);
      });

      it(`drops the gap with --wbm-${tag}-margin-block: 0`, async () => {
        const [first, second] = await renderStacked(tag, `--wbm-${tag}-margin-block: 0`);
        expect(gapBetween(first, second)).to.be.closeTo(0, EDGE_TOLERANCE_PX);
      });

      it('prefers its own property to the shared one', async () => {
        const [first, second] = await renderStacked(tag, `--wbm-margin-block: 0; --wbm-${tag}-margin-block: 2em`);
        expect(gapBetween(first, second)).to.be.closeTo(2 * DEFAULT_MARGIN_PX, EDGE_TOLERANCE_PX);
      });

      it('takes separate values above and below', async () => {
        // A flow root keeps the margins of the first and last element inside the parent's box.
        const [first, second] = await renderStacked(tag, 'display: flow-root; --wbm-margin-block: 0 1.5em');
        const parent = first.parentElement!.getBoundingClientRect();
        expect(first.getBoundingClientRect().top - parent.top, 'space above the first').to.be.closeTo(0, EDGE_TOLERANCE_PX);
        expect(gapBetween(first, second), 'gap between the elements').to.be.closeTo(1.5 * DEFAULT_MARGIN_PX, EDGE_TOLERANCE_PX);
        expect(parent.bottom - second.getBoundingClientRect().bottom, 'space below the second').to.be.closeTo(1.5 * DEFAULT_MARGIN_PX, EDGE_TOLERANCE_PX);
      });

      it('keeps the gap in print', async function () {
        const [first, second] = await renderStacked(tag);
        await skipUnless(this, 'print-media');
        await emulateMedia({ media: 'print' });
        expect(gapBetween(first, second)).to.be.closeTo(DEFAULT_MARGIN_PX, EDGE_TOLERANCE_PX);
      });
    });
  }
});
