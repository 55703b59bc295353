import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { serverUrl, shadow, silenceConsoleErrors } from '../elements/helpers.js';

/** Longer than the second within which a message joins the burst of the message before it. */
const QUIET_MS = 1100;

/** Returns a URL for which the test server returns 410 (Gone) after 50 ms, a different one for each `name`. */
function missingUrl(name: string): string {
  return serverUrl({ status: 410, body: `ontbreekt ${name}`, ms: 50 });
}

function messageOf(host: Element): Element | null {
  return shadow(host).querySelector('.message');
}

async function messagesShown(hosts: Element[]): Promise<void> {
  await waitUntil(() => hosts.every((host) => messageOf(host)), 'an element showed no message', { timeout: 10000 });
}

const pages: HTMLElement[] = [];

/** Parses `markup` as a CMS page would deliver it and returns the container. */
function place(markup: string): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = markup;
  document.body.append(page);
  pages.push(page);
  return page;
}

describe('alerts of linked and hidden messages', function () {
  this.timeout(20000);
  let restore: () => void;
  beforeEach(async () => {
    restore = silenceConsoleErrors();
    // Each test starts after the messages of the one before have settled.
    await aTimeout(QUIET_MS);
  });
  afterEach(() => {
    restore();
    for (const page of pages.splice(0)) page.remove();
  });

  for (const tag of ['thema-legenda', 'gebied-kiezer']) {
    for (const order of ['before', 'after']) {
      it(`${tag} ${order} a failing pie: pie announced`, async () => {
        const linked = `<${tag} for="taart"></${tag}>`;
        const pie = `<profiel-taart id="taart" src="${missingUrl(`${tag} ${order}`)}" gebied="BU07960101"></profiel-taart>`;
        const page = place(order === 'before' ? linked + pie : pie + linked);
        const pointer = page.querySelector(tag)!;
        const taart = page.querySelector('profiel-taart')!;
        await messagesShown([pointer, taart]);

        expect(messageOf(pointer)!.textContent, 'text of the pointer').to.contain('toont een foutmelding');
        expect(messageOf(pointer)!.getAttribute('role'), 'role of the pointer').to.equal(null);
        expect(messageOf(taart)!.getAttribute('role'), 'role of the pie message').to.equal('alert');
      });
    }
  }

  for (const [label, hiddenPie] of [
    ['in a closed <details>', (src: string) => `<details><summary>Meer</summary><profiel-taart src="${src}" gebied="BU07960101"></profiel-taart></details>`],
    ['with display: none', (src: string) => `<div style="display: none"><profiel-taart src="${src}" gebied="BU07960101"></profiel-taart></div>`],
    ['with hidden', (src: string) => `<profiel-taart hidden src="${src}" gebied="BU07960101"></profiel-taart>`],
  ] as const) {
    it(`failing pie ${label}: visible pie announced`, async () => {
      // The hidden pie's file comes at once, so its message appears first.
      const page = place(`${hiddenPie(serverUrl({ status: 410, body: `verborgen ${label}` }))}
        <profiel-taart src="${missingUrl(`zichtbaar ${label}`)}" gebied="BU07960101"></profiel-taart>`);
      const [hidden, visible] = page.querySelectorAll('profiel-taart');
      await messagesShown([hidden, visible]);

      expect(messageOf(hidden)!.getAttribute('role'), 'role of the hidden message').to.equal(null);
      expect(messageOf(visible)!.getAttribute('role'), 'role of the visible message').to.equal('alert');
    });
  }
});
