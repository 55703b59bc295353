import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import { MONITOR_URL, captureConsoleErrors, html, settled, shadow, textOf } from '../elements/helpers.js';

const WAIT = { timeout: 5000 };

/** Every element in a section whose `lang` the page switches, as a language menu would. */
describe('lang switched around the elements', () => {
  it('shows every element in the new language', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="nl">
      <profiel-taart id="taart" loading="eager" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
      <thema-legenda for="taart"></thema-legenda>
      <gebied-kiezer for="taart"></gebied-kiezer>
      <buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" vorm="tabel"></buurt-vergelijk>
    </section>`);
    const taart = section.querySelector<ProfielTaart>('profiel-taart')!;
    const legenda = section.querySelector<ThemaLegenda>('thema-legenda')!;
    const kiezer = section.querySelector<GebiedKiezer>('gebied-kiezer')!;
    const vergelijk = section.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    const chartName = () => shadow(taart).querySelector('.chart')?.getAttribute('aria-label');
    await settled(taart);
    await waitUntil(() => textOf(legenda).includes("Thema's in de binnenring"), 'the legend did not render', WAIT);
    await waitUntil(() => textOf(kiezer, 'label') === 'Kies een gebied', 'the picker did not render', WAIT);
    await waitUntil(() => shadow(vergelijk).querySelector('caption') !== null, 'the comparison did not render', WAIT);
    expect(chartName()).to.equal('Profieltaart Binnenstad centrum, 2020');

    section.lang = 'en';

    await waitUntil(() => chartName() === 'Profile chart Binnenstad centrum, 2020', 'the chart kept its Dutch name', WAIT);
    await waitUntil(() => textOf(legenda).includes('Themes in the inner ring'), 'the legend stayed Dutch', WAIT);
    await waitUntil(() => textOf(kiezer, 'label') === 'Choose an area', 'the picker stayed Dutch', WAIT);
    await waitUntil(() => textOf(vergelijk, 'caption').startsWith('Scores compared with the municipal average'), 'the comparison stayed Dutch', WAIT);
    expect(textOf(taart, '.total-value'), 'total score in English notation').to.match(/^[−-]?\d\.\d$/);
  });
});

describe('own lang without texts', () => {
  it('notes a language the elements have no texts in', async () => {
    let section!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      section = await fixture<HTMLElement>(html`<section>
        <profiel-taart id="taart" lang="de" loading="eager" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
        <thema-legenda lang="de" for="taart"></thema-legenda>
        <gebied-kiezer lang="de" for="taart"></gebied-kiezer>
        <buurt-vergelijk lang="de" src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>
      </section>`);
      await settled(section.querySelector<ProfielTaart>('profiel-taart')!);
      await waitUntil(() => [...section.children].every((element) => shadow(element).querySelector('.note')), 'an element has no note', WAIT);
    });

    for (const element of section.children) {
      expect(textOf(element, '.note'), element.localName).to.equal('lang="de" is niet beschikbaar; kies nl of en. Nu getoond: Nederlands.');
    }
    expect(errors.filter((args) => String(args[0]).includes('lang="de"')), 'console errors').to.have.length(4);
  });

  it('takes nl and en with a region without a note', async () => {
    const taart = await fixture<ProfielTaart>(html`<profiel-taart lang="en-GB" loading="eager" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    await settled(taart);

    expect(shadow(taart).querySelector('.note')).to.equal(null);
    expect(shadow(taart).querySelector('.chart')!.getAttribute('aria-label')).to.equal('Profile chart Binnenstad centrum, 2020');
  });
});
