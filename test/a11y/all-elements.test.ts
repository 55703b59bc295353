import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import '../../src/define.js';

const DEMO = '/demo/data/s-hertogenbosch.json';

/** Every element in the states a visitor meets on the demo page, with the real data. */
const STATES: [string, () => TemplateResult][] = [
  ['pie, situatie', () => html`<profiel-taart src=${DEMO} gebied="BU07960101"></profiel-taart>`],
  ['pie, ontwikkeling', () => html`<profiel-taart src=${DEMO} gebied="BU07960101" weergave="ontwikkeling"></profiel-taart>`],
  ['pie, 2016 without development', () => html`<profiel-taart src=${DEMO} gebied="Empel" jaar="2016"></profiel-taart>`],
  ['pie in English', () => html`<profiel-taart lang="en" src=${DEMO} gebied="GM0796"></profiel-taart>`],
  ['pie, unknown gebied', () => html`<profiel-taart src=${DEMO} gebied="Binnenstad centum"></profiel-taart>`],
  ['pie, no data source', () => html`<profiel-taart gebied="BU07960101"></profiel-taart>`],
  [
    'pie with linked legend',
    () => html`<div>
      <profiel-taart id="a11y-taart" src=${DEMO} gebied="BU07960101"></profiel-taart>
      <thema-legenda for="a11y-taart"></thema-legenda>
    </div>`,
  ],
  ['horizontal legend', () => html`<thema-legenda src=${DEMO} orientation="horizontal"></thema-legenda>`],
  ['picker', () => html`<gebied-kiezer src=${DEMO}></gebied-kiezer>`],
  ['comparison with context', () => html`<buurt-vergelijk src=${DEMO} gebied="BU07960101" context></buurt-vergelijk>`],
  ['comparison across jaren as a table', () => html`<buurt-vergelijk src=${DEMO} gebied="BU07960101" jaren="2016,2020" vorm="tabel"></buurt-vergelijk>`],
];

/** Waits until every wijkmonitor element inside `root` shows content other than its loading state. */
async function settledAll(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')].filter((node) => node.shadowRoot && node.localName.includes('-'));
  await waitUntil(
    () => elements.every((node) => node.shadowRoot!.childElementCount > 0 && !node.shadowRoot!.querySelector('.loading, [part~="loading"]')),
    'an element did not finish loading',
    { timeout: 8000 },
  );
  for (const node of elements) await (node as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

function silence(): () => void {
  const original = console.error;
  console.error = () => undefined;
  return () => {
    console.error = original;
  };
}

describe('every element and state', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = silence();
  });
  afterEach(() => restore());

  for (const [name, template] of STATES) {
    it(`passes axe: ${name}`, async () => {
      const root = await fixture(template());
      await settledAll(root);
      await expect(root).to.be.accessible();
    });

    it(`reflows at 320 px: ${name}`, async () => {
      const wrapper = await fixture(html`<div style="width: 320px">${template()}</div>`);
      await settledAll(wrapper.firstElementChild!);
      // Give ResizeObserver a frame to apply the narrow width.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const node of [wrapper, ...wrapper.querySelectorAll('*')]) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${node.localName} right edge`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      expect(wrapper.scrollWidth).to.be.at.most(320);
      // Content that escapes its element, such as absolutely positioned hidden text, widens the page.
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(window.innerWidth);
    });
  }
});
