import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { MONITOR_URL, captureConsoleErrors, shadow } from '../elements/helpers.js';

const UNCLOSED_NL = 'niet afgesloten';
const LINK = `<a href="${MONITOR_URL}">Gegevens van de wijk- en buurtmonitor</a>`;
/** Returns a closed `<profiel-taart>` of Binnenstad centrum with `fallback` as its content. */
const pie = (fallback: string, id = 'taart') =>
  `<profiel-taart id="${id}" src="${MONITOR_URL}" gebied="BU07960101" loading="eager">${fallback}</profiel-taart>`;

const pages: HTMLElement[] = [];

/** Parses `markup` as minified CMS output, waits until the pie with `id` has rendered, and returns it. */
async function render(markup: string, id = 'taart'): Promise<Element> {
  const page = document.createElement('div');
  page.innerHTML = markup;
  document.body.append(page);
  pages.push(page);
  const host = page.querySelector(`#${id}`)!;
  await waitUntil(() => shadow(host).querySelector('svg, .message'), 'the pie did not render', { timeout: 10000 });
  await aTimeout(100);
  return host;
}

function notes(host: Element): string {
  return [...shadow(host).querySelectorAll('.note')].map((note) => note.textContent!.trim()).join(' ');
}

describe('unclosed-tag note on closed tags with headings', function () {
  this.timeout(20000);
  afterEach(() => {
    for (const page of pages.splice(0)) page.remove();
  });

  // Valid, closed markup that a web editor writes. Each pie is the last node of its parent.
  for (const [label, markup, id] of [
    ['two pies in a list, each with an h3 fallback', `<h2>Wijken</h2><ul><li>${pie(`<h3>Noord</h3><p>${LINK}</p>`, 'eerste')}</li><li>${pie(`<h3>Zuid</h3><p>${LINK}</p>`)}</li></ul>`, 'taart'],
    ['h2 fallback under an h2', `<h2>Binnenstad</h2><p>Inleiding.</p><div>${pie(`<h2>Gegevens</h2>${LINK}`)}</div>`, 'taart'],
    ['h3 fallback after an aside with an h4', `<h2>Binnenstad</h2><aside><h4>Tip</h4><p>Bekijk ook de kaart.</p></aside><div>${pie(`<h3>Profieltaart</h3><p>${LINK}</p>`)}</div>`, 'taart'],
    ['h3 fallback in a table cell after an h3', `<h2>Wijken</h2><h3>Vergelijking</h3><table><tr><td>${pie(`<h3>Binnenstad</h3><p>${LINK}</p>`)}</td></tr></table>`, 'taart'],
    ['h2 fallback in its own section', `<h1>Wijkprofiel</h1><section><h2>Inleiding</h2><p>Tekst.</p></section><section>${pie(`<h2>Profieltaart Binnenstad</h2><p>${LINK}</p>`)}</section>`, 'taart'],
  ] as const) {
    it(`closed tag, ${label}: no note`, async () => {
      let taart!: Element;
      await captureConsoleErrors(async () => {
        taart = await render(markup, id);
      });
      expect(notes(taart), 'notes').to.not.contain(UNCLOSED_NL);
    });
  }
});
