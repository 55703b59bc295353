import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import { findGebied, unknownGebiedMessage } from '../../src/model/select.js';
import { validate } from '../../src/model/validate.js';
import type { Monitor } from '../../src/model/types.js';
import { captureConsoleErrors, html, loadFixture, renderTaart, shadow, textOf } from './helpers.js';

/** The element fixture with a buurt that has the same name as its wijk, as some municipalities have. */
async function sameNameMonitor(): Promise<Record<string, unknown>> {
  const data = await loadFixture();
  const gebieden = data.gebieden as Record<string, unknown>[];
  gebieden.push({ code: 'BU07960103', naam: 'Binnenstad', type: 'buurt', ouder: 'WK079601' });
  return data;
}

describe('suggestions with the same name', () => {
  let data: Record<string, unknown>;

  beforeEach(async () => {
    data = await sameNameMonitor();
  });

  it('adds the code to each shared name', () => {
    const monitor = validate(data).monitor as Monitor;
    const found = findGebied(monitor, 'Binnenstd');
    if ('gebied' in found) throw new Error('Expected suggestions');

    const message = unknownGebiedMessage('Binnenstd', found.suggestions).nl;
    expect(message).to.contain('Binnenstad (WK079601)');
    expect(message).to.contain('Binnenstad (BU07960103)');
  });

  it('names the codes in a profieltaart', async () => {
    let text = '';
    let logged: unknown[][] = [];
    logged = await captureConsoleErrors(async () => {
      const element = await renderTaart(html`<profiel-taart .data=${data} gebied="Binnenstd"></profiel-taart>`);
      text = textOf(element, '.message');
    });

    expect(text).to.contain('Bedoelde u Binnenstad (WK079601) of Binnenstad (BU07960103)');
    expect(String(logged[0][0])).to.contain('Binnenstad (WK079601), Binnenstad (BU07960103)');
  });

  it('names the codes in the picker note', async () => {
    let text = '';
    await captureConsoleErrors(async () => {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer .data=${data} gebied="Binnenstd"></gebied-kiezer>`);
      await waitUntil(() => shadow(element).querySelector('.note') !== null, 'no note appeared');
      text = textOf(element, '.note');
    });

    expect(text).to.contain('Binnenstad (WK079601) of Binnenstad (BU07960103)');
  });

  it('names the codes in the comparison', async () => {
    let text = '';
    await captureConsoleErrors(async () => {
      const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk .data=${data} gebieden="Binnenstd"></buurt-vergelijk>`);
      await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message appeared');
      text = textOf(element, '.message');
    });

    expect(text).to.contain('Binnenstad (WK079601) of Binnenstad (BU07960103)');
  });

  it('names the codes when a jaar is missing', async () => {
    let text = '';
    await captureConsoleErrors(async () => {
      const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk .data=${data} gebieden="WK079601,BU07960103" jaar="1999"></buurt-vergelijk>`);
      await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message appeared');
      text = textOf(element, '.message');
    });

    expect(text).to.contain('1999');
    expect(text).to.contain('Binnenstad (WK079601) en Binnenstad (BU07960103)');
  });

  it('picks the twin of the written type', () => {
    const monitor = validate(data).monitor as Monitor;
    const found = findGebied(monitor, 'Buurt Binnenstad');
    if ('gebied' in found) throw new Error('Expected suggestions');

    expect(found.suggestions.map((gebied) => gebied.code)[0]).to.equal('BU07960103');
  });

  it('keeps a name without a twin plain', () => {
    const monitor = validate(data).monitor as Monitor;
    const found = findGebied(monitor, 'Binnenstad oots');
    if ('gebied' in found) throw new Error('Expected suggestions');

    const message = unknownGebiedMessage('Binnenstad oots', found.suggestions).nl;
    expect(message).to.contain('Binnenstad oost');
    expect(message).not.to.contain('(BU07960102)');
  });
});

describe('suggestions by whole words', () => {
  const DEMO_URL = '/demo/data/s-hertogenbosch.json';
  let monitor: Monitor;

  before(async () => {
    monitor = validate(await (await fetch(DEMO_URL)).json()).monitor as Monitor;
  });

  // Names as an editor might write them for the gebieden of 's-Hertogenbosch, and what they suggest.
  // "Noord", "Zuid", "West" and "Oost" are words of more than three names each, so they suggest no
  // name that has them only inside a word, such as Zuidoost, and no name inside the written one.
  for (const [query, expected] of [
    ['Buitengebied Empel', ['Empel']],
    ['Empel buitengebied', ['Empel']],
    ['Buitengebied Rosmalen-Noord', ['Rosmalen-Noord']],
    ["Gemeente 's-Hertogenbosch", ["'s-Hertogenbosch"]],
    ['Buurt De Haren', ['De Haren']],
    ['Binnenstad centrum oost', ['Binnenstad centrum']],
    ['Dorp Nuland', ['Nuland', 'Kom Nuland']],
    ['Dorp Empel', ['Empel', 'Kom Empel', 'Oud Empel']],
    ['Wijk Noord', ['Noord', 'Aawijk noord']],
    ["Het Zand, 's-Hertogenbosch", ['Het Zand', "'s-Hertogenbosch"]],
    ["Het Zand in 's-Hertogenbosch", ['Het Zand', "'s-Hertogenbosch"]],
    ["Binnenstad centrum 's-Hertogenbosch", ['Binnenstad centrum', "'s-Hertogenbosch"]],
    ['Groote', ['De Groote Vliet', 'De Groote Wielen', 'Landelijk gebied De Groote Wielen']],
    ['Ven', ['t Ven', 'De Hoven', 'Bokhoven']],
    ['poort', ['Maaspoort', 'Orthenpoort', 'Vughterpoort']],
    ['kamp', ['De Kruiskamp', 'De Schutskamp', 'Maliskamp west']],
    ['buurt', ['Abdijenbuurt', 'De Gestelse Buurt', 'Graafsebuurt zuid']],
    ['gebied', ['Landelijk gebied Nuland', 'Landelijk gebied Vinkel', 'Landelijk gebied De Groote Wielen']],
    ['Centrum', ['Rosmalen centrum', 'Binnenstad centrum']],
    ['Rosmalen', ['Rosmalen-Zuid', 'Rosmalen-Noord', 'Rosmalen centrum']],
    ['Hofstad', ['De Hofstad']],
    ['Oost', ['Empel oost', 'Maliskamp oost', 'Binnenstad oost']],
    ['Stadsdeel West', []],
    ['Orthen Zuid', ['Orthen']],
    ['Maliskamp Noord', ['Maliskamp oost', 'Maliskamp west']],
    ['Binnenstad Zuid', ['Binnenstad oost', 'Binnenstad noord', 'Binnenstad']],
  ] as const) {
    it(`suggests for "${query}"`, () => {
      const found = findGebied(monitor, query);
      if ('gebied' in found) throw new Error(`"${query}" matched ${found.gebied.code}`);
      expect(found.suggestions.map((gebied) => gebied.naam)).to.deep.equal(expected);
    });
  }

  // A name copied from right-to-left text can end in an invisible direction mark.
  for (const mark of ['\u200E', '\u200F']) {
    it(`ignores U+${mark.codePointAt(0)!.toString(16).toUpperCase()} after a name`, () => {
      const found = findGebied(monitor, `Buitengebied Empel${mark}`);
      if ('gebied' in found) throw new Error(`matched ${found.gebied.code}`);
      expect(found.suggestions.map((gebied) => gebied.naam)).to.deep.equal(['Empel']);
    });
  }

  // Direction marks, zero-width spaces and soft hyphens are invisible, so the name looks correct in the CMS.
  for (const query of ['Empel\u200E', '\u200FEmpel', 'Em\u00ADpel', 'Empel\u200B', 'WK079608\u200E', '\uFEFFwk079608']) {
    it(`selects Empel for ${JSON.stringify(query)}`, () => {
      const found = findGebied(monitor, query);
      if (!('gebied' in found)) throw new Error(`no match; suggestions: ${found.suggestions.map((gebied) => gebied.naam).join(', ')}`);
      expect(found.gebied.code).to.equal('WK079608');
    });
  }

  for (const [lang, text] of [
    ['nl', 'Gebied "Buitengebied Empel" komt niet voor in de gegevens. Bedoelde u Empel?'],
    ['en', 'Area "Buitengebied Empel" does not occur in the data. Did you mean Empel?'],
  ]) {
    it(`profieltaart suggests a contained name in ${lang}`, async () => {
      let element!: HTMLElement;
      const logged = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart lang=${lang} src=${DEMO_URL} gebied="Buitengebied Empel"></profiel-taart>`);
      });

      expect(textOf(element, '.message')).to.contain(text);
      expect(logged.map((args) => String(args[0]))).to.deep.equal(['<profiel-taart>: Unknown gebied "Buitengebied Empel"; close matches: Empel.']);
    });
  }

  for (const [lang, text] of [
    ['nl', 'Gebied "Stadsdeel West" komt niet voor in de gegevens. Controleer de naam of de code.'],
    ['en', 'Area "Stadsdeel West" does not occur in the data. Check the name or the code.'],
  ]) {
    it(`profieltaart suggests nothing for a common word in ${lang}`, async () => {
      let element!: HTMLElement;
      const logged = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart lang=${lang} src=${DEMO_URL} gebied="Stadsdeel West"></profiel-taart>`);
      });

      expect(textOf(element, '.message')).to.contain(text);
      expect(logged.map((args) => String(args[0]))).to.deep.equal(['<profiel-taart>: Unknown gebied "Stadsdeel West".']);
    });
  }

  it('picker notes a contained name', async () => {
    let text = '';
    await captureConsoleErrors(async () => {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer src=${DEMO_URL} gebied="Buurt De Haren"></gebied-kiezer>`);
      await waitUntil(() => shadow(element).querySelector('.note') !== null, 'no note appeared', { timeout: 10000 });
      text = textOf(element, '.note');
    });

    expect(text).to.equal('Gebied "Buurt De Haren" komt niet voor in de gegevens. Bedoelde u De Haren?');
  });
});
