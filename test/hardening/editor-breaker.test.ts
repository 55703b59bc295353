import { expect, fixture } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, html, loadFixture, settled, shadow } from '../elements/helpers.js';
import { emptyFrame, trapUncaught } from './harness.js';

/** Returns the element's shadow text with runs of whitespace as one space. */
const shownText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Returns the fixture monitor with Binnenstad oost renamed to a name that contains a comma. */
async function monitorWithCommaName(): Promise<Record<string, unknown>> {
  const monitor = await loadFixture();
  const gebieden = monitor.gebieden as { code: string; naam: string }[];
  gebieden.find((gebied) => gebied.code === 'BU07960102')!.naam = 'Buitengebied, verspreide huizen';
  return monitor;
}

describe('editor breaker: comma hint', function () {
  this.timeout(20_000);

  // The hint to use semicolons fits only a list that was split at commas.
  const cases: [string, Record<string, string>][] = [
    ['gebied with part of a name', { gebied: 'Buitengebied', context: '' }],
    ['gebieden without a comma', { gebieden: 'Buitengebied' }],
    ['semicolon list', { gebieden: 'verspreide huizen; Binnenstad centrum' }],
  ];
  for (const [name, attributes] of cases) {
    it(`omits semicolon hint for ${name}`, async () => {
      const monitor = await monitorWithCommaName();
      const errors = await captureConsoleErrors(async () => {
        const element = document.createElement('buurt-vergelijk') as BuurtVergelijk;
        for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
        element.data = monitor;
        (await fixture<HTMLElement>(html`<div></div>`)).append(element);
        await settled(element as unknown as ProfielTaart);

        expect(shownText(element), 'message').to.include('komt niet voor');
        expect(shownText(element), 'message').not.to.include('puntkomma');
      });
      expect(errors.length, 'console errors').to.equal(1);
      expect(String(errors[0][0]), 'console error').not.to.include('semicolons');
    });
  }

  it('keeps semicolon hint for comma list', async () => {
    const monitor = await monitorWithCommaName();
    const element = await fixture<BuurtVergelijk>(
      html`<buurt-vergelijk .data=${monitor} gebieden="Buitengebied, verspreide huizen, Binnenstad centrum"></buurt-vergelijk>`,
    );
    await captureConsoleErrors(() => settled(element as unknown as ProfielTaart));
    expect(shownText(element)).to.include('puntkomma');
  });
});

describe('editor breaker: element first connected in an iframe', function () {
  this.timeout(20_000);

  // A script that builds a print preview creates the element here and appends it there at once, so
  // the element never had a shadow root in this document.
  for (const tag of ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer']) {
    it(`styles new <${tag}> in iframe`, async () => {
      const frame = await emptyFrame();
      const element = document.createElement(tag) as ProfielTaart;
      element.setAttribute('src', MONITOR_URL);
      element.setAttribute('loading', 'eager');
      if (tag === 'buurt-vergelijk') element.setAttribute('gebieden', 'BU07960101,BU07960102');
      else element.setAttribute('gebied', 'BU07960101');

      const uncaught = trapUncaught();
      let thrown: unknown = null;
      try {
        frame.contentDocument!.body.append(element);
        await new Promise((resolve) => setTimeout(resolve, 300));
      } catch (error) {
        thrown = error;
      } finally {
        uncaught.stop();
      }

      expect(String(thrown ?? ''), 'thrown').to.equal('');
      expect(uncaught.errors.map(String), 'uncaught errors').to.deep.equal([]);
      expect(element.shadowRoot, 'shadow root').to.not.equal(null);
      await settled(element);
      expect(shadow(element).adoptedStyleSheets.length, 'adopted style sheets').to.be.greaterThan(0);
      expect(element.getBoundingClientRect().height, 'height').to.be.below(900);

      // And into this document.
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 300px"></div>`);
      wrapper.append(element);
      await element.updateComplete;
      expect(shadow(element).adoptedStyleSheets.length, 'sheets after moving here').to.be.greaterThan(0);
      expect(element.getBoundingClientRect().height, 'height here').to.be.below(900);
    });
  }
});

describe('editor breaker: missing ids', function () {
  this.timeout(20_000);

  it('notes linked element removed later', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
      <buurt-vergelijk id="vergelijk" src=${MONITOR_URL} gebied="BU07960101"></buurt-vergelijk>
      <gebied-kiezer for="taart vergelijk"></gebied-kiezer>
    </div>`);
    const picker = box.querySelector('gebied-kiezer') as unknown as ProfielTaart;
    await settled(picker);
    expect(shownText(picker), 'note before').not.to.include('vergelijk');

    const errors = await captureConsoleErrors(async () => {
      // A tab script that takes the comparison out of the page.
      const comparison = box.querySelector('buurt-vergelijk')!;
      comparison.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await picker.updateComplete;
      expect(shownText(picker), 'note after removal').to.include('"vergelijk"');

      box.append(comparison);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await picker.updateComplete;
      expect(shownText(picker), 'note after return').not.to.include('"vergelijk"');
    });
    expect(errors.length, 'console errors').to.equal(1);
  });
});
