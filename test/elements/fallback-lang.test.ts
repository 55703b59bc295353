import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, settled, shadow } from './helpers.js';

/** Returns the nearest `lang` attribute of `node` or an ancestor, crossing shadow roots. */
function languageOf(node: Node): string | null {
  for (let current: Node | null = node; current; current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode) {
    if (current instanceof Element && current.getAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

/**
 * Returns the languages of the elements matching `selector` in the shadow root of `host` whose text
 * is `text`, one entry per element. An empty list means the text is not shown there.
 */
function languagesOf(host: Element, selector: string, text: string): (string | null)[] {
  return [...shadow(host).querySelectorAll(selector)].filter((element) => element.textContent!.trim() === text).map(languageOf);
}

/**
 * Asserts that `text` is shown in `host` at `selector`, and only in `lang`. The message names the
 * place, because the same label appears in many.
 */
function expectShownIn(host: Element, selector: string, text: string, lang: string): void {
  const languages = languagesOf(host, selector, text);
  expect(languages.length, `${text} at ${selector} of <${host.localName}>`).to.be.above(0);
  expect(languages, `lang of ${text} at ${selector} of <${host.localName}>`).to.deep.equal(languages.map(() => lang));
}

/** The element fixture monitor with the thema Welzijn and its deelthema Gezondheid in Dutch only. */
async function dutchOnlyMonitor(): Promise<Record<string, unknown>> {
  const monitor = (await loadFixture()) as { themas: { id: string; label: unknown; deelthemas: { id: string; label: unknown }[] }[] };
  const welzijn = monitor.themas.find((thema) => thema.id === 'welzijn')!;
  welzijn.label = 'Welzijn';
  welzijn.deelthemas.find((deelthema) => deelthema.id === 'gezondheid')!.label = { nl: 'Gezondheid' };
  return monitor;
}

describe('labels without English', () => {
  it('are marked Dutch in an English pie', async () => {
    const monitor = await dutchOnlyMonitor();
    const taart = await fixture<ProfielTaart>(html`<profiel-taart lang="en" gebied="BU07960101" loading="eager" .data=${monitor}></profiel-taart>`);
    await settled(taart);

    const places: [string, string, string][] = [
      // [selector, label without English, label with English]
      ['text.thema-name', 'Welzijn', 'Safety'],
      ['text.label', 'Gezondheid', 'Crime'],
      ['table th[scope="row"]', 'Welzijn', 'Safety'],
      ['table th[scope="row"]', 'Gezondheid', 'Crime'],
    ];
    for (const [selector, dutch, english] of places) {
      expectShownIn(taart, selector, dutch, 'nl');
      expectShownIn(taart, selector, english, 'en');
    }

    taart.highlight('gezondheid');
    await taart.updateComplete;
    expectShownIn(taart, '.details-name span', 'Welzijn', 'nl');
    expectShownIn(taart, '.details-name span', 'Gezondheid', 'nl');
    expect(shadow(taart).querySelector('.details-name')!.textContent, 'details name').to.equal('Welzijn › Gezondheid');

    taart.highlight('criminaliteit');
    await taart.updateComplete;
    expectShownIn(taart, '.details-name span', 'Safety', 'en');
    expectShownIn(taart, '.details-name span', 'Crime', 'en');
  });

  it('are marked Dutch in the key of a narrow pie', async () => {
    const monitor = await dutchOnlyMonitor();
    // A narrow chart has room for no labels around the pie and shows a key under it.
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart lang="en" gebied="BU07960101" loading="eager" style="width: 300px" .data=${monitor}></profiel-taart>`,
    );
    await settled(taart);

    expectShownIn(taart, '.key .thema-heading', 'Welzijn', 'nl');
    expectShownIn(taart, '.key .thema-heading', 'Safety', 'en');
    expectShownIn(taart, '.key li > span', 'Gezondheid', 'nl');
    expectShownIn(taart, '.key li > span', 'Crime', 'en');
  });

  it('are marked Dutch in the key of a placeholder', async () => {
    const monitor = await dutchOnlyMonitor();
    // Far below the viewport, a lazy chart shows a placeholder with the text of its key.
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart lang="en" gebied="BU07960101" style="display: block; width: 300px; margin-top: 5000px" .data=${monitor}></profiel-taart>`,
    );
    await waitUntil(() => shadow(taart).querySelector('.key'), 'the placeholder showed no key');
    expect(shadow(taart).querySelector('.chart[data-placeholder]') !== null, 'chart is a placeholder').to.equal(true);

    expectShownIn(taart, '.key .thema-heading', 'Welzijn', 'nl');
    expectShownIn(taart, '.key .thema-heading', 'Safety', 'en');
    expectShownIn(taart, '.key li > span', 'Gezondheid', 'nl');
    expectShownIn(taart, '.key li > span', 'Crime', 'en');
  });

  it('are marked Dutch in an English legend', async () => {
    const monitor = await dutchOnlyMonitor();
    const legenda = await fixture<HTMLElement>(html`<thema-legenda lang="en" .data=${monitor}></thema-legenda>`);
    await waitUntil(() => shadow(legenda).querySelector('.legend'), 'the legend did not render');

    expectShownIn(legenda, '.thema-name', 'Welzijn', 'nl');
    expectShownIn(legenda, '.thema-name', 'Safety', 'en');
    expectShownIn(legenda, '.deelthemas li', 'Gezondheid', 'nl');
    expectShownIn(legenda, '.deelthemas li', 'Crime', 'en');
  });

  it('are marked Dutch in an English comparison table', async () => {
    const monitor = await dutchOnlyMonitor();
    const vergelijk = await fixture<HTMLElement>(
      html`<buurt-vergelijk lang="en" vorm="tabel" gebieden="BU07960101,BU07960102" .data=${monitor}></buurt-vergelijk>`,
    );
    await waitUntil(() => shadow(vergelijk).querySelector('table'), 'the comparison did not render its table');

    expectShownIn(vergelijk, 'th.thema-head', 'Welzijn', 'nl');
    expectShownIn(vergelijk, 'th.thema-head', 'Safety', 'en');
    expectShownIn(vergelijk, 'th.deelthema', 'Gezondheid', 'nl');
    expectShownIn(vergelijk, 'th.deelthema', 'Crime', 'en');
  });
});
