import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { serverUrl, silenceConsoleErrors } from '../elements/helpers.js';
import { QUIET_MS, loadingOf, loadingShown, messageOf, messagesShown, slowUrl } from './live-region-helpers.js';

/** Returns a URL for which the test server returns 410 (Gone) after 50 ms, a different one for each `name`. */
function missingUrl(name: string): string {
  return serverUrl({ status: 410, body: `ontbreekt ${name}`, ms: 50 });
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

  /** Ways a page hides a pie: the markup of the hidden pie, and how the page shows it later. */
  const HIDING: { label: string; hiddenPie: (src: string) => string; show: (page: HTMLElement) => void }[] = [
    {
      label: 'in a closed <details>',
      hiddenPie: (src) => `<details><summary>Meer</summary><profiel-taart src="${src}" gebied="BU07960101"></profiel-taart></details>`,
      show: (page) => {
        page.querySelector('details')!.open = true;
      },
    },
    {
      label: 'with display: none',
      hiddenPie: (src) => `<div class="verborgen" style="display: none"><profiel-taart src="${src}" gebied="BU07960101"></profiel-taart></div>`,
      show: (page) => {
        page.querySelector<HTMLElement>('.verborgen')!.style.display = '';
      },
    },
    {
      label: 'with hidden',
      hiddenPie: (src) => `<profiel-taart hidden src="${src}" gebied="BU07960101"></profiel-taart>`,
      show: (page) => {
        page.querySelector<HTMLElement>('[hidden]')!.hidden = false;
      },
    },
  ];

  for (const { label, hiddenPie, show } of HIDING) {
    it(`failing pie ${label}: visible pie announced`, async () => {
      // The hidden pie's file comes at once, so its message appears first.
      const page = place(`${hiddenPie(serverUrl({ status: 410, body: `verborgen ${label}` }))}
        <profiel-taart src="${missingUrl(`zichtbaar ${label}`)}" gebied="BU07960101"></profiel-taart>`);
      const [hidden, visible] = page.querySelectorAll('profiel-taart');
      await messagesShown([hidden, visible]);

      expect(messageOf(hidden)!.getAttribute('role'), 'role of the hidden message').to.equal(null);
      expect(messageOf(visible)!.getAttribute('role'), 'role of the visible message').to.equal('alert');
    });

    it(`failing pie ${label}: no alert once shown`, async () => {
      const page = place(hiddenPie(missingUrl(`later getoond ${label}`)));
      const pie = page.querySelector('profiel-taart')!;
      await messagesShown([pie]);

      show(page);
      await waitUntil(() => pie.checkVisibility(), 'the pie stayed hidden');
      // A render after the pie is shown keeps the message as it was, now in English.
      pie.setAttribute('lang', 'en');
      await waitUntil(() => messageOf(pie)!.textContent!.includes('cannot be shown'), 'the message stayed Dutch');
      expect(messageOf(pie)!.getAttribute('role'), 'role of the shown message').to.equal(null);
      expect(messageOf(pie)!.checkVisibility(), 'message visible').to.equal(true);
    });

    it(`loading pie ${label}: visible pie announced`, async () => {
      const page = place(`${hiddenPie(slowUrl(`verborgen ${label}`))}
        <profiel-taart src="${slowUrl(`zichtbaar ${label}`)}" gebied="BU07960101"></profiel-taart>`);
      const [hidden, visible] = page.querySelectorAll('profiel-taart');
      await loadingShown([hidden, visible]);

      expect(loadingOf(hidden)!.getAttribute('role'), 'role of the hidden loading state').to.equal(null);
      expect(loadingOf(visible)!.getAttribute('role'), 'role of the visible loading state').to.equal('status');
    });

    it(`pie ${label} shown before it fails: failure announced`, async () => {
      const page = place(hiddenPie(serverUrl({ status: 410, body: `getoond tijdens het laden ${label}`, ms: 1000 })));
      const pie = page.querySelector('profiel-taart')!;
      await loadingShown([pie]);

      show(page);
      await messagesShown([pie]);
      expect(messageOf(pie)!.getAttribute('role'), 'role of the message').to.equal('alert');
    });
  }

  it('tab of 40 failed pies: none announced when opened', async () => {
    const src = missingUrl('tabblad');
    const page = place(`<div role="tabpanel" hidden>${'<profiel-taart src="' + src + '" gebied="BU07960101"></profiel-taart>'.repeat(40)}</div>`);
    const pies = [...page.querySelectorAll('profiel-taart')];
    await messagesShown(pies);

    page.querySelector<HTMLElement>('[role="tabpanel"]')!.hidden = false;
    await waitUntil(() => pies.every((pie) => pie.checkVisibility()), 'a pie stayed hidden');
    await nextFrame();
    await nextFrame();
    for (const [n, pie] of pies.entries()) {
      // Each message is in place for a visitor who reads the opened panel.
      expect(messageOf(pie)!.textContent, `message ${n}`).to.contain('ontbreekt+tabblad');
      expect(messageOf(pie)!.getAttribute('role'), `role of message ${n}`).to.equal(null);
    }
  });

  it('tab of 40 loading pies: none announced when opened', async () => {
    const src = slowUrl('tabblad');
    const page = place(`<div role="tabpanel" hidden>${'<profiel-taart src="' + src + '" gebied="BU07960101"></profiel-taart>'.repeat(40)}</div>`);
    const pies = [...page.querySelectorAll('profiel-taart')];
    await loadingShown(pies);

    page.querySelector<HTMLElement>('[role="tabpanel"]')!.hidden = false;
    await waitUntil(() => pies.every((pie) => pie.checkVisibility()), 'a pie stayed hidden');
    await nextFrame();
    await nextFrame();
    for (const [n, pie] of pies.entries()) {
      expect(loadingOf(pie)!.textContent, `loading state ${n}`).to.equal('Profieltaart wordt geladen…');
      expect(loadingOf(pie)!.getAttribute('role'), `role of loading state ${n}`).to.equal(null);
    }
  });
});
