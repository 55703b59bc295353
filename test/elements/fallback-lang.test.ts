import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
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
      ['table th[scope="rowgroup"]', 'Welzijn', 'Safety'],
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

/**
 * Situatie class labels of the element fixture monitor, which `dutchScaleMonitor` gives in Dutch only.
 * They are not the standard Dutch labels, which English pages show in English.
 */
const SITUATIE_LABELS = ['Beter dan gemiddeld', 'Rond het gemiddelde', 'Slechter dan gemiddeld'];

/** The element fixture monitor with the labels of the situatie scale and the `bron` in Dutch only. */
async function dutchScaleMonitor(): Promise<Record<string, unknown>> {
  const monitor = (await loadFixture()) as { bron: unknown; schalen: { situatie: { klassen: { label: unknown }[] } } };
  monitor.bron = 'Bron: testgegevens';
  monitor.schalen.situatie.klassen.forEach((klasse, index) => (klasse.label = SITUATIE_LABELS[index]));
  return monitor as unknown as Record<string, unknown>;
}

/** Returns the language of each element at `selector` in the shadow root of `host`, by its text. */
function languagesByText(host: Element, selector: string): Map<string, string | null> {
  return new Map([...shadow(host).querySelectorAll(selector)].map((element) => [element.textContent!.trim(), languageOf(element)]));
}

describe('class labels and bron without English', () => {
  it('are marked Dutch in the centre of an English pie', async () => {
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart lang="en" gebied="BU07960101" loading="eager" .data=${await dutchScaleMonitor()}></profiel-taart>`,
    );
    await settled(taart);

    // The first caption is "Total", and the lines after the value are the class label.
    const captions = () => [...shadow(taart).querySelectorAll('text.total-caption')].slice(1);
    expect(captions().length, 'class label lines in the centre').to.be.above(0);
    for (const line of captions()) {
      expect(SITUATIE_LABELS.join(' '), 'centre line is a situatie label').to.include(line.textContent!);
      expect(languageOf(line), `lang of ${line.textContent} in the centre`).to.equal('nl');
      // SVG text takes `lang` as HTML does; the selector shows that the browser applies it.
      expect(line.matches(':lang(nl)'), `${line.textContent} matches :lang(nl)`).to.equal(true);
    }
    expectShownIn(taart, '.source', 'Bron: testgegevens', 'nl');

    taart.weergave = 'ontwikkeling';
    await settled(taart);
    expect(captions().length, 'ontwikkeling lines in the centre').to.be.above(0);
    for (const line of captions()) expect(languageOf(line), `lang of ${line.textContent} in the centre`).to.equal('en');
  });

  it('are marked Dutch in the details and table of an English pie', async () => {
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart lang="en" gebied="BU07960101" loading="eager" .data=${await dutchScaleMonitor()}></profiel-taart>`,
    );
    await settled(taart);
    taart.highlight('gezondheid');
    await taart.updateComplete;

    // The details list value, situatie, ontwikkeling and difference, in that order.
    const details = [...shadow(taart).querySelectorAll('.details dd')];
    expect(SITUATIE_LABELS, 'situatie in the details').to.include(details[1].textContent);
    expect(languageOf(details[1]), 'lang of the situatie in the details').to.equal('nl');
    expect(details[2].textContent, 'ontwikkeling in the details').to.match(/^[A-Z][a-z ]+$/);
    expect(languageOf(details[2]), 'lang of the ontwikkeling in the details').to.equal('en');

    const situaties = languagesByText(taart, 'table td:nth-child(3)');
    const ontwikkelingen = languagesByText(taart, 'table td:nth-child(4)');
    const shownLabels = SITUATIE_LABELS.filter((label) => situaties.has(label));
    expect(shownLabels.length, 'situatie labels in the table').to.be.above(0);
    for (const label of shownLabels) expect(situaties.get(label), `lang of ${label} in the table`).to.equal('nl');
    expect(ontwikkelingen.get('Improved') ?? ontwikkelingen.get('Declined'), 'lang of an ontwikkeling in the table').to.equal('en');
  });

  it('are marked Dutch in an English legend', async () => {
    const legenda = await fixture<HTMLElement>(html`<thema-legenda lang="en" .data=${await dutchScaleMonitor()}></thema-legenda>`);
    await waitUntil(() => shadow(legenda).querySelector('.legend'), 'the legend did not render');

    for (const label of SITUATIE_LABELS) expectShownIn(legenda, '.entry span', label, 'nl');
    expectShownIn(legenda, '.entry span', 'Improved', 'en');
    expectShownIn(legenda, '.entry span', 'No data', 'en');
  });

  it('are marked Dutch in English comparison cards', async () => {
    const vergelijk = await fixture<BuurtVergelijk>(
      html`<buurt-vergelijk lang="en" gebieden="BU07960101,BU07960102" .data=${await dutchScaleMonitor()}></buurt-vergelijk>`,
    );
    await waitUntil(() => shadow(vergelijk).querySelector('.card-total'), 'the comparison did not render its cards');

    const totals = [...shadow(vergelijk).querySelectorAll('.card-total')];
    const classes = totals.map((total) => total.querySelector('span'));
    expect(classes.filter(Boolean).length, 'class labels in the card totals').to.equal(totals.length);
    for (const label of classes) {
      expect(SITUATIE_LABELS.map((text) => text.toLowerCase()), 'class label in a card total').to.include(label!.textContent);
      expect(languageOf(label!), `lang of ${label!.textContent} in a card total`).to.equal('nl');
    }
    expect(totals[0].textContent, 'card total').to.match(/^Total: [\d.−-]+, [a-z ]+$/);
    expectShownIn(vergelijk, '.source', 'Bron: testgegevens', 'nl');
  });
});
