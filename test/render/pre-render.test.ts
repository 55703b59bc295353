import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/define.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { renderProfile } from '../../src/render/index.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

/** The markup that docs/pre-render.md recommends: the static SVG as light DOM of the element. */
async function preRenderedMarkup(): Promise<string> {
  const data = await (await fetch(DEMO_URL)).json();
  const rendered = renderProfile(data, { gebied: 'Binnenstad centrum', jaar: 2020 });
  if (!rendered.ok) {
    throw new Error(rendered.message.en);
  }
  const svg = rendered.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<profiel-taart src="${DEMO_URL}" gebied="Binnenstad centrum" jaar="2020">${svg}</profiel-taart>`;
}

const PAGE_STYLE = '<style>body { margin: 0; } profiel-taart { display: block; } profiel-taart > svg { max-width: 100%; height: auto; }</style>';

/** Loads a page without any script in an iframe and returns its document once it has loaded. */
async function loadPageWithoutScript(body: string): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 360px; height: 900px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">${PAGE_STYLE}</head><body>${body}</body></html>`;
  await loaded;
  return frame.contentDocument!;
}

describe('pre-rendered profieltaart', () => {
  it('passes an accessibility check before upgrade', async function () {
    this.timeout(60_000);
    // axe cannot check inside an iframe from here, so the check runs on the same markup in a plain
    // container, which is what a browser without the script shows as well.
    const markup = (await preRenderedMarkup()).replace(/^<profiel-taart[^>]*>|<\/profiel-taart>$/g, '');
    const container = await fixture<HTMLDivElement>(html`<div>${unsafeHTML(markup)}</div>`);

    expect(container.querySelector('svg')).to.not.equal(null);
    await expect(container).to.be.accessible();
  });

  it('shows the static SVG without JavaScript', async () => {
    const document = await loadPageWithoutScript(await preRenderedMarkup());
    const element = document.querySelector('profiel-taart')!;
    const svg = element.querySelector('svg')!;
    const box = svg.getBoundingClientRect();

    expect(document.defaultView!.customElements.get('profiel-taart')).to.equal(undefined);
    expect(box.width).to.equal(360);
    const [, , viewWidth, viewHeight] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(box.height).to.be.closeTo((360 * viewHeight) / viewWidth, 1);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Profieltaart Binnenstad centrum, 2020');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).to.include('Werk & leren');
  });

  it('replaces the static SVG when the element upgrades', async function () {
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 640px">${unsafeHTML(await preRenderedMarkup())}</div>`);
    const element = container.querySelector<ProfielTaart>('profiel-taart')!;
    await waitUntil(() => element.shadowRoot?.querySelector('svg path.slice'), 'the element did not draw its chart', { timeout: 20_000 });
    const staticSvg = element.querySelector(':scope > svg')!;
    const liveSvg = element.shadowRoot!.querySelector('svg')!;

    expect(staticSvg.getBoundingClientRect().height).to.equal(0);
    expect(liveSvg.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.title')!.textContent).to.equal('Binnenstad centrum, 2020');
  });
});
