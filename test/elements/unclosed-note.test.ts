import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { MONITOR_URL, captureConsoleErrors, loadFixture, shadow } from './helpers.js';

const FALLBACK_LINK = `<a href="${MONITOR_URL}">Gegevens van de wijk- en buurtmonitor</a>`;

/** A paragraph of page text, longer than fallback text for visitors without JavaScript. */
const PAGE_PARAGRAPH = `<p>${'De buurt telt meer jongeren dan de stad, en het aandeel ouderen groeit. '.repeat(3)}</p>`;

const UNCLOSED_NL = 'niet afgesloten';

/** An image of the chart, as fallback content shows it. */
const IMAGE = '<img src="data:," alt="Profieltaart Rosmalen">';

/** Correct fallback content of a closed tag that is the last node of its parent, as minified CMS output has it. */
const CLOSED: Record<string, string> = {
  'link in a paragraph': `<p>${FALLBACK_LINK}</p>`,
  'explanation and link': `<p>Deze grafiek toont de buurt.</p><p>${FALLBACK_LINK}</p>`,
  'two download links': `<p><a href="${MONITOR_URL}">JSON</a></p><p><a href="/x.csv">CSV</a></p>`,
  'image and link': `<img src="data:," alt="Profieltaart"><p>${FALLBACK_LINK}</p>`,
  'table and source': '<table><tr><td>1</td></tr></table><p>Bron: CBS</p>',
  'figure with caption': '<figure><img src="data:," alt="Profieltaart"><figcaption>Profieltaart</figcaption></figure>',
  'link in a div': `<div class="fallback">${FALLBACK_LINK}</div>`,
  'heading and link': `<h3>Binnenstad</h3><p>${FALLBACK_LINK}</p>`,
  'heading and two paragraphs': `<h3>Binnenstad</h3><p>Deze grafiek toont de buurt.</p><p>${FALLBACK_LINK}</p>`,
  'text only': 'Gegevens niet beschikbaar zonder JavaScript.',
  'one paragraph': '<p>Zet JavaScript aan om de grafiek te zien.</p>',
  'long explanation in two paragraphs': `${PAGE_PARAGRAPH}${PAGE_PARAGRAPH}`,
  'image, heading and paragraph': `${IMAGE}<h3>Rosmalen</h3><p>De profieltaart van Rosmalen in 2020.</p>`,
  'image in a paragraph and heading': `<p>${IMAGE}</p><h3>Rosmalen</h3><p>De profieltaart van Rosmalen in 2020.</p>`,
  'linked picture and heading': `<a href="${MONITOR_URL}"><picture><source srcset="data:," type="image/webp">${IMAGE}</picture></a><h3>Rosmalen</h3>`,
  'figure with caption and heading': `<figure>${IMAGE}<figcaption>Profieltaart van Rosmalen, 2020</figcaption></figure><h3>Rosmalen</h3><p>${FALLBACK_LINK}</p>`,
  'static SVG and heading': `<svg viewBox="0 0 10 10" role="img"><title>Profieltaart Rosmalen, 2020</title><text x="1" y="5">−0,4</text></svg><h3>Rosmalen</h3>`,
  'SVG object and heading': `<object data="data:image/svg+xml," type="image/svg+xml">Profieltaart Rosmalen, 2020</object><h3>Rosmalen</h3>`,
  'lazy image and heading': `<img data-src="taart.png" alt="Profieltaart Rosmalen"><noscript>${IMAGE}</noscript><h3>Rosmalen</h3>`,
  'list of links': `<ul><li><a href="${MONITOR_URL}">JSON</a></li><li><a href="/x.csv">CSV</a></li><li><a href="/x.xlsx">Excel</a></li></ul>`,
  'heading, paragraph and link': `<h3>Rosmalen</h3><p>Deze grafiek toont de wijk.</p>${FALLBACK_LINK}`,
  'style sheet, SVG and heading': `<style>profiel-taart > svg { max-width: 100%; }</style><svg viewBox="0 0 10 10" role="img"><title>Taart</title></svg><h3>Rosmalen</h3><p>${FALLBACK_LINK}</p>`,
  'video with fallback text and heading': '<video src="data:," controls>Uw browser toont geen video.</video><h3>Rosmalen</h3>',
  'canvas with fallback text and heading': '<canvas width="10" height="10">Profieltaart Rosmalen</canvas><h3>Rosmalen</h3>',
  'frame with fallback text and heading': '<iframe src="about:blank" title="Kaart">Kaart van Rosmalen</iframe><h3>Rosmalen</h3>',
  'zero-width space and heading': `\u200B<h3>Rosmalen</h3><p>${FALLBACK_LINK}</p>`,
  'MathML and heading': '<math><mi>x</mi></math><h3>Rosmalen</h3>',
  'template and heading': '<template><p>Tekst</p></template><h3>Rosmalen</h3>',
  // Page content too: an unclosed tag before either gives this DOM, so it gets no note.
  'two tables': '<table><tr><th>Totaal</th><td>−0,4</td></tr></table><table><tr><th>Ontwikkeling</th><td>+0,1</td></tr></table>',
  'custom element': '<nl-paragraph>Zet JavaScript aan om de grafiek te zien.</nl-paragraph>',
};

/** Page content after an unclosed tag, up to the end of its parent. */
const UNCLOSED: Record<string, string> = {
  '<nav>': '<nav><a href="/">Home</a></nav>',
  '<footer>': '<footer>Contact</footer>',
  '<form>': '<form><label>Zoek <input></label></form>',
  '<main>': '<main><p>Tekst</p></main>',
  '<article>': '<article><p>Tekst</p></article>',
  '<aside>': '<aside><p>Zie ook</p></aside>',
  'a heading after a paragraph': '<p>Tekst</p><h2>Meer over de buurt</h2>',
  'a heading after a link': `${FALLBACK_LINK}<h2>Meer over de buurt</h2>`,
  'a heading after an image and a paragraph': `${IMAGE}<p>Tekst</p><h2>Meer over de buurt</h2>`,
  'a heading after text beside a figure': `<figure>${IMAGE}</figure>Tekst<h2>Meer over de buurt</h2>`,
  'three long paragraphs': `${PAGE_PARAGRAPH}${PAGE_PARAGRAPH}${PAGE_PARAGRAPH}`,
  'a rule and a heading': '<hr><h2>Over de buurt</h2><p>Tekst.</p><p>Meer tekst.</p>',
  'an analytics script and a heading': '<script>window.dataLayer = window.dataLayer || [];</script><h2>Over de buurt</h2><p>Tekst.</p>',
};

const pages: HTMLElement[] = [];

/** Parses `markup` as a CMS page would deliver it, waits until `tag` has rendered, and returns it. */
async function render(markup: string, tag = 'profiel-taart'): Promise<Element> {
  const page = document.createElement('div');
  page.innerHTML = markup;
  document.body.append(page);
  pages.push(page);
  const host = page.querySelector(tag)!;
  await waitUntil(() => shadow(host).querySelector('svg, .legend, .kiezer, .message'), `<${tag}> did not render`, { timeout: 10000 });
  // The note is checked after the render that follows the data.
  await aTimeout(100);
  return host;
}

function notes(host: Element): string {
  return [...shadow(host).querySelectorAll('.note')].map((note) => note.textContent!.trim()).join(' ');
}

describe('unclosed-tag note', function () {
  this.timeout(20000);
  afterEach(() => {
    for (const page of pages.splice(0)) page.remove();
  });

  for (const [label, fallback] of Object.entries(CLOSED)) {
    it(`closed tag with ${label}: no note`, async () => {
      let taart!: Element;
      const errors = await captureConsoleErrors(async () => {
        taart = await render(`<div class="cms-embed"><profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">${fallback}</profiel-taart></div>`);
      });
      expect(notes(taart), 'notes').to.not.contain(UNCLOSED_NL);
      expect(errors, 'console errors').to.deep.equal([]);
    });
  }

  it('closed tag with inline JSON and heading: no note', async () => {
    const json = JSON.stringify(await loadFixture());
    let taart!: Element;
    const errors = await captureConsoleErrors(async () => {
      taart = await render(
        `<div><profiel-taart gebied="BU07960101" loading="eager"><script type="application/json">${json}</script><h3>Binnenstad centrum</h3><p>${FALLBACK_LINK}</p></profiel-taart></div>`,
      );
    });
    expect(shadow(taart).querySelector('svg'), 'the chart').to.not.equal(null);
    expect(notes(taart), 'notes').to.not.contain(UNCLOSED_NL);
    expect(errors, 'console errors').to.deep.equal([]);
  });

  for (const [label, following] of Object.entries(UNCLOSED)) {
    it(`unclosed tag before ${label}: note`, async () => {
      let taart!: Element;
      await captureConsoleErrors(async () => {
        taart = await render(`<div><profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager" />${following}</div>`);
      });
      expect(notes(taart)).to.contain(UNCLOSED_NL);
    });
  }

  for (const tag of ['thema-legenda', 'gebied-kiezer']) {
    it(`unclosed <${tag}> without data: note`, async () => {
      let host!: Element;
      await captureConsoleErrors(async () => {
        host = await render(
          `<profiel-taart id="t" src="${MONITOR_URL}" gebied="BU07960101" loading="eager"></profiel-taart><div><${tag} for="t" /><p>Tekst</p><h2>Meer</h2><p>Nog meer</p></div>`,
          tag,
        );
      });
      expect(notes(host)).to.contain(UNCLOSED_NL);
    });
  }
});
