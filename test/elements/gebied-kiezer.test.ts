import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedChangeDetail } from '../../src/elements/shared/events.js';
import { mountTemplate, unmountAll } from './motion-helpers.js';
import { MONITOR_URL, captureConsoleErrors, html, serverUrl, settled, shadow, silenceConsoleErrors, textOf } from './helpers.js';
import { typeText } from '../support/engine.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

async function kiezerReady(element: GebiedKiezer): Promise<void> {
  await waitUntil(
    () => shadow(element).querySelector('input, .message') !== null,
    'the picker did not finish loading',
    { timeout: 10000 },
  );
  await element.updateComplete;
}

async function renderKiezer(template: ReturnType<typeof html>): Promise<GebiedKiezer> {
  const element = await fixture<GebiedKiezer>(template);
  await kiezerReady(element);
  return element;
}

function input(element: GebiedKiezer): HTMLInputElement {
  return shadow(element).querySelector('input')!;
}

function visibleOptions(element: GebiedKiezer): string[] {
  return [...shadow(element).querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim());
}

function activeOption(element: GebiedKiezer): Element | null {
  const id = input(element).getAttribute('aria-activedescendant');
  return id ? shadow(element).getElementById(id) : null;
}

async function type(element: GebiedKiezer, text: string): Promise<void> {
  input(element).focus();
  await typeText(text);
  await element.updateComplete;
}

describe('<gebied-kiezer>', () => {
  afterEach(unmountAll);

  it('passes an accessibility check', async () => {
    const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
    await expect(element).to.be.accessible();
    await type(element, 'binnen');
    await expect(element).to.be.accessible();
  });

  describe('combobox', () => {
    it('has the ARIA 1.2 combobox roles', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      const field = input(element);
      expect(field.getAttribute('role')).to.equal('combobox');
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(element).getElementById(field.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
      expect(shadow(element).querySelector('label')!.textContent!.trim()).to.equal('Kies een gebied');

      await type(element, 'b');
      expect(field.getAttribute('aria-expanded')).to.equal('true');
    });

    it('groups gebieden by wijk with labels', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      await type(element, 'binnenstad');
      const groups = [...shadow(element).querySelectorAll('[role="group"]')];
      expect(groups.map((group) => shadow(element).getElementById(group.getAttribute('aria-labelledby')!)!.textContent)).to.deep.equal([
        'Wijk Binnenstad',
      ]);
      expect(visibleOptions(element)).to.deep.equal(['Binnenstad (hele wijk)', 'Binnenstad centrum', 'Binnenstad oost']);
    });

    it('matches names without case, accents or curly apostrophes', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${DEMO_URL}></gebied-kiezer>`);
      await type(element, '’S-HERTOG');
      expect(visibleOptions(element)).to.include("'s-Hertogenbosch");

      input(element).blur();
      await type(element, 'bu07960101');
      expect(visibleOptions(element)).to.deep.equal(['Binnenstad centrum']);
    });

    it('matches names without spaces or hyphens', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${DEMO_URL}></gebied-kiezer>`);
      await type(element, 's hertogenbosch');
      expect(visibleOptions(element)).to.include("'s-Hertogenbosch");

      input(element).blur();
      await type(element, 'binnenstad-centrum');
      expect(visibleOptions(element)).to.deep.equal(['Binnenstad centrum']);
    });

    it('matches nothing for punctuation or emoji alone', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${DEMO_URL}></gebied-kiezer>`);
      await type(element, '???');
      expect(visibleOptions(element)).to.deep.equal([]);
      expect(textOf(element, '.no-results')).to.equal('Geen gebied gevonden voor "???". Typ een deel van de naam of de code.');
    });

    it('does not match across words', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${DEMO_URL}></gebied-kiezer>`);
      await type(element, 'de n');
      expect(visibleOptions(element)).to.not.include('De Rietvelden');
    });

    it('says when nothing matches', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      await type(element, 'xyz');
      expect(visibleOptions(element)).to.deep.equal([]);
      expect(textOf(element, '.no-results')).to.equal('Geen gebied gevonden voor "xyz". Typ een deel van de naam of de code.');
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
    });
  });

  it('labels shared names with codes', async () => {
    const monitor = await (await fetch(DEMO_URL)).json();
    const [first, second] = monitor.gebieden.filter((gebied: { type: string }) => gebied.type === 'buurt');
    second.naam = first.naam;
    const element = await renderKiezer(html`<gebied-kiezer .data=${monitor}></gebied-kiezer>`);
    let chosen: GebiedChangeDetail | null = null;
    element.addEventListener('wbm-gebied-change', (event) => (chosen = (event as CustomEvent<GebiedChangeDetail>).detail));

    await type(element, first.naam);
    expect(visibleOptions(element)).to.include.members([`${first.naam} (${first.code})`, `${first.naam} (${second.code})`]);

    const option = [...shadow(element).querySelectorAll<HTMLElement>('[role="option"]')].find((node) => node.textContent!.trim() === `${first.naam} (${second.code})`)!;
    option.click();
    await element.updateComplete;
    expect(chosen!.code).to.equal(second.code);
  });

  describe('nothing to choose', () => {
    /** Returns the demo monitor with every dorp turned into a wijk, so that `types="dorp"` matches nothing. */
    async function monitorWithoutDorpen(): Promise<Record<string, unknown>> {
      const monitor = await (await fetch(DEMO_URL)).json();
      for (const gebied of monitor.gebieden) if (gebied.type === 'dorp') gebied.type = 'wijk';
      return monitor;
    }

    it('explains an empty types filter', async () => {
      const monitor = await monitorWithoutDorpen();
      const errors = await captureConsoleErrors(async () => {
        const element = await fixture<GebiedKiezer>(html`<gebied-kiezer types="dorp" .data=${monitor}></gebied-kiezer>`);
        await kiezerReady(element);
        expect(input(element)).to.equal(null);
        expect(textOf(element, '.message')).to.equal(
          'Er is geen gebied om uit te kiezen Het gegevensbestand bevat geen gebied van de soort dorp. Pas het attribuut types aan, of laat het weg om alle gebieden te tonen.',
        );
        await expect(element).to.be.accessible();
        element.label = 'Andere tekst';
        await element.updateComplete;

        element.types = 'dorp,wijk';
        await element.updateComplete;
        expect(shadow(element).querySelector('.message')).to.equal(null);
        expect(input(element)).to.not.equal(null);
      });
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.contain('no gebied found for types="dorp"');
    });

    it('says so in English', async () => {
      const monitor = await monitorWithoutDorpen();
      const restore = silenceConsoleErrors();
      try {
        const element = await fixture<GebiedKiezer>(html`<gebied-kiezer lang="en" types="dorp" .data=${monitor}></gebied-kiezer>`);
        await kiezerReady(element);
        expect(textOf(element, '.message-title')).to.equal('There is no area to choose from');
        expect(textOf(element, '.message p:last-child')).to.equal(
          'The data file contains no area of the kind village. Change the types attribute, or leave it out to show every area.',
        );
      } finally {
        restore();
      }
    });
  });

  describe('unknown gebied', () => {
    /** Console errors that the picker logged, as opposed to those of a linked element. */
    function pickerErrors(errors: unknown[][]): string[] {
      return errors.map((args) => String(args[0])).filter((text) => text.startsWith('<gebied-kiezer>'));
    }

    it('notes a typo with close names', async () => {
      let element!: GebiedKiezer;
      const errors = await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="Binnenstad centum"></gebied-kiezer>`);
      });

      expect(textOf(element, '.note')).to.equal('Gebied "Binnenstad centum" komt niet voor in de gegevens. Bedoelde u Binnenstad centrum of Binnenstad oost?');
      expect(input(element).value, 'field').to.equal('');
      expect(pickerErrors(errors)).to.deep.equal(['<gebied-kiezer>: Unknown gebied "Binnenstad centum"; close matches: Binnenstad centrum, Binnenstad oost.']);
    });

    it('describes the field with its note', async () => {
      let element!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="Rosmalen"></gebied-kiezer>`);
      });
      const describedBy = input(element).getAttribute('aria-describedby');

      expect(describedBy, 'aria-describedby').to.be.a('string');
      expect(element.shadowRoot!.getElementById(describedBy!)?.textContent?.trim()).to.equal(textOf(element, '.note'));

      element.gebied = 'Binnenstad centrum';
      await element.updateComplete;
      expect(input(element).hasAttribute('aria-describedby'), 'aria-describedby without a note').to.equal(false);
    });

    it('notes a name without close names', async () => {
      let element!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="Rosmalen"></gebied-kiezer>`);
      });

      expect(textOf(element, '.note')).to.equal('Gebied "Rosmalen" komt niet voor in de gegevens. Controleer de naam of de code.');
    });

    it('notes a typo in English', async () => {
      let element!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer lang="en" src=${MONITOR_URL} gebied="Binnenstad centum"></gebied-kiezer>`);
      });

      expect(textOf(element, '.note')).to.equal('Area "Binnenstad centum" does not occur in the data. Did you mean Binnenstad centrum or Binnenstad oost?');
    });

    it('names curly quotes around gebied', async () => {
      let element!: GebiedKiezer;
      // A name pasted from a word processor with its curly quotes, between straight ones.
      const errors = await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="”Binnenstad”"></gebied-kiezer>`);
      });

      expect(textOf(element, '.note')).to.equal(
        'Het attribuut gebied heeft gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde, zoals een tekstverwerker die zet. HTML leest ze niet als aanhalingstekens maar als deel van de waarde, en laat een waarde met een spatie ophouden bij die spatie. Gelezen is gebied=”Binnenstad”. Typ de aanhalingstekens opnieuw als rechte aanhalingstekens (").',
      );
      const logged = pickerErrors(errors);
      expect(logged, 'console errors').to.have.length(1);
      expect(logged[0]).to.contain('The attribute gebied has curly quotes (“ ” or ‘ ’) around its value');
      expect(logged[0]).to.contain('as straight quotes');
    });

    it('logs each bad value once', async () => {
      let element!: GebiedKiezer;
      const errors = await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="Binnenstad centum"></gebied-kiezer>`);
        await type(element, 'oost');
        input(element).blur();
        element.label = 'Wijk of buurt';
        await element.updateComplete;
      });
      expect(pickerErrors(errors), 'errors after renders').to.have.length(1);

      const more = await captureConsoleErrors(async () => {
        element.gebied = 'Binnenstad oots';
        await element.updateComplete;
        element.label = 'Gebied';
        await element.updateComplete;
      });
      expect(pickerErrors(more), 'errors for a second value').to.deep.equal([
        '<gebied-kiezer>: Unknown gebied "Binnenstad oots"; close matches: Binnenstad oost, Binnenstad.',
      ]);
    });

    it('drops the note when fixed', async () => {
      let element!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="Binnenstad centum"></gebied-kiezer>`);
      });
      expect(textOf(element, '.note'), 'note before').to.contain('"Binnenstad centum"');

      element.setAttribute('gebied', 'Binnenstad centrum');
      await element.updateComplete;

      expect(textOf(element, '.note')).to.equal('');
      expect(input(element).value).to.equal('Binnenstad centrum');
    });

    it('drops the note when a visitor chooses', async () => {
      let element!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="”Binnenstad”"></gebied-kiezer>`);
      });
      expect(textOf(element, '.note'), 'note before').to.contain('gekrulde aanhalingstekens');

      await type(element, 'oost');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;

      expect(element.gebied).to.equal('BU07960102');
      expect(textOf(element, '.note')).to.equal('');
    });

    it("leaves a linked element's gebied to it", async () => {
      let kiezer!: GebiedKiezer;
      let taart!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div>
          <gebied-kiezer for="taart"></gebied-kiezer>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="Binnenstad centum"></profiel-taart>
        </div>`);
        kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
        taart = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
        await kiezerReady(kiezer);
        await settled(taart);
      });

      expect(textOf(taart, '.message'), "the pie's message").to.contain('Gebied "Binnenstad centum" komt niet voor in de gegevens.');
      expect(textOf(kiezer, '.note'), "the picker's note").to.equal('');
      expect(pickerErrors(errors), "the picker's console errors").to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('moves with arrows, Home and End and chooses with Enter', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      const changes: GebiedChangeDetail[] = [];
      element.addEventListener('wbm-gebied-change', (event) => changes.push(event.detail));

      await type(element, 'binnenstad');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(activeOption(element)!.textContent!.trim()).to.equal('Binnenstad (hele wijk)');

      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(activeOption(element)!.textContent!.trim()).to.equal('Binnenstad oost');

      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(activeOption(element)!.textContent!.trim()).to.equal('Binnenstad centrum');

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.gebied).to.equal('BU07960101');
      expect(input(element).value).to.equal('Binnenstad centrum');
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      expect(changes).to.deep.equal([{ code: 'BU07960101', naam: 'Binnenstad centrum', source: 'gebied-kiezer' }]);
    });

    it('closes with Escape and keeps the choice', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL} gebied="BU07960102"></gebied-kiezer>`);
      await type(element, 'cent');
      expect(input(element).getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      expect(input(element).value).to.equal('Binnenstad oost');
      expect(element.gebied).to.equal('BU07960102');
    });

    it('chooses the only match with Enter', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      await type(element, 'oost');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.gebied).to.equal('BU07960102');
    });

    it('chooses with a click', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      await type(element, 'binnen');
      const option = [...shadow(element).querySelectorAll<HTMLElement>('[role="option"]')].find(
        (node) => node.textContent!.trim() === 'Binnenstad oost',
      )!;
      option.click();
      await element.updateComplete;
      expect(element.gebied).to.equal('BU07960102');
      const selected = [...shadow(element).querySelectorAll('[role="option"][aria-selected="true"]')];
      expect(selected.map((node) => node.textContent!.trim())).to.deep.equal(['Binnenstad oost']);
    });
  });

  describe('driving other elements', () => {
    it('sets gebied on every element in for', async () => {
      const wrapper = mountTemplate(html`<div>
        <gebied-kiezer for="taart vergelijk"></gebied-kiezer>
        <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
        <buurt-vergelijk id="vergelijk" src=${MONITOR_URL} gebied="BU07960101" context></buurt-vergelijk>
      </div>`);
      const kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
      const taart = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      const vergelijk = wrapper.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await kiezerReady(kiezer);
      await settled(taart);

      expect(input(kiezer).value).to.equal('Binnenstad centrum');
      await type(kiezer, 'oost');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await taart.updateComplete;
      await vergelijk.updateComplete;

      expect(taart.gebied).to.equal('BU07960102');
      expect(vergelijk.gebied).to.equal('BU07960102');
      expect(textOf(taart, '.title')).to.equal('Binnenstad oost, 2020');
    });

    it('notes a choice that a comparison with gebieden ignores', async () => {
      const wrapper = mountTemplate(html`<div>
        <gebied-kiezer for="vergelijk"></gebied-kiezer>
        <buurt-vergelijk id="vergelijk" src=${MONITOR_URL} gebieden="BU07960101,WK079601" vorm="tabel"></buurt-vergelijk>
      </div>`);
      const kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
      const vergelijk = wrapper.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await kiezerReady(kiezer);
      await waitUntil(() => vergelijk.shadowRoot?.querySelector('caption, .message') != null, 'the comparison did not render');
      expect(textOf(vergelijk, '.message'), 'message').to.equal('');
      expect(textOf(vergelijk, '.note'), 'note before a choice').to.equal('');

      await captureConsoleErrors(async () => {
        await type(kiezer, 'oost');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await vergelijk.updateComplete;
      });

      expect(textOf(vergelijk, '.note')).to.equal(
        'gebied="BU07960102" wordt niet getoond, omdat gebieden de gebieden van deze vergelijking noemt. Laat gebieden weg om het gekozen gebied te vergelijken.',
      );
      vergelijk.removeAttribute('gebieden');
      await vergelijk.updateComplete;
      expect(textOf(vergelijk, '.note'), 'note without gebieden').to.equal('');
    });

    it('notes a for id that is not on the page', async () => {
      let kiezer!: GebiedKiezer;
      const errors = await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div>
          <gebied-kiezer for="taart vergelijkng"></gebied-kiezer>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
        </div>`);
        kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
        await kiezerReady(kiezer);
      });

      expect(textOf(kiezer, '.note')).to.equal('Het id "vergelijkng" uit for staat niet op deze pagina. Controleer de spelling.');
      expect(errors.filter((args) => String(args[0]).startsWith('<gebied-kiezer>')), 'console errors').to.have.length(1);

      const vergelijking = document.createElement('buurt-vergelijk');
      vergelijking.id = 'vergelijkng';
      vergelijking.setAttribute('src', MONITOR_URL);
      vergelijking.setAttribute('gebied', 'BU07960101');
      kiezer.after(vergelijking);
      await waitUntil(() => textOf(kiezer, '.note') === '', 'the note stayed after the element was added');
    });

    it('notes a for id used twice', async () => {
      let kiezer!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div>
          <gebied-kiezer for="taart"></gebied-kiezer>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>
        </div>`);
        kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
        await kiezerReady(kiezer);
      });

      expect(textOf(kiezer, '.note')).to.contain('Het id "taart" staat meer dan eens op deze pagina.');
    });

    it('notes two for ids used twice in the plural', async () => {
      let kiezer!: GebiedKiezer;
      await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div>
          <gebied-kiezer for="taart vergelijking"></gebied-kiezer>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>
          <buurt-vergelijk id="vergelijking" src=${MONITOR_URL} gebieden="BU07960101"></buurt-vergelijk>
          <buurt-vergelijk id="vergelijking" src=${MONITOR_URL} gebieden="BU07960102"></buurt-vergelijk>
        </div>`);
        kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
        await kiezerReady(kiezer);
      });

      expect(textOf(kiezer, '.note')).to.contain(`De id's "taart", "vergelijking" staan elk meer dan eens op deze pagina.`);

      kiezer.setAttribute('lang', 'en');
      await waitUntil(() => textOf(kiezer, '.note').includes('The ids "taart", "vergelijking" are each used more than once'), 'no English plural note');
    });

    it('follows the lang of its first linked element', async () => {
      const wrapper = mountTemplate(html`<div lang="nl">
        <gebied-kiezer for="taart"></gebied-kiezer>
        <profiel-taart id="taart" lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
      </div>`);
      const kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
      const taart = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      await kiezerReady(kiezer);
      expect(textOf(kiezer, 'label')).to.equal('Choose an area');

      taart.setAttribute('lang', 'nl');
      await waitUntil(() => textOf(kiezer, 'label') === 'Kies een gebied', 'the picker did not follow the new lang of the pie');

      kiezer.setAttribute('lang', 'en');
      await waitUntil(() => textOf(kiezer, 'label') === 'Choose an area', "the picker's own lang did not win");
    });

    it('fires nothing when gebied is set from code', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      let fired = 0;
      element.addEventListener('wbm-gebied-change', () => fired++);
      element.gebied = 'BU07960102';
      await element.updateComplete;
      expect(fired).to.equal(0);
      expect(input(element).value).to.equal('Binnenstad oost');
    });

    it('offers only the types asked for', async () => {
      const element = await renderKiezer(html`<gebied-kiezer src=${DEMO_URL} types="wijk,dorp"></gebied-kiezer>`);
      await type(element, 'binnenstad');
      expect(visibleOptions(element)).to.deep.equal(['Binnenstad (hele wijk)']);
    });

    it('shows a load timeout in place', async () => {
      const restore = silenceConsoleErrors();
      const element = document.createElement('gebied-kiezer') as GebiedKiezer & { timeout?: number };
      element.timeout = 100;
      element.src = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 3000 });
      document.body.append(element);
      try {
        await kiezerReady(element);
        expect(textOf(element, '.message')).to.include('kwamen niet binnen 0,1 seconden binnen');
      } finally {
        element.remove();
        restore();
      }
    });

    it('shows the load error in place', async () => {
      const restore = silenceConsoleErrors();
      try {
        const element = await renderKiezer(html`<gebied-kiezer src=${serverUrl({ status: 404 })}></gebied-kiezer>`);
        expect(textOf(element, '.message')).to.include('De gebiedskeuze kan niet worden getoond');
      } finally {
        restore();
      }
    });
  });
});
