import { expect, fixture, waitUntil } from '@open-wc/testing';
import { captureConsoleErrors, html, shadow, textOf } from './helpers.js';

/** Renders a tag as a CMS that stripped its attributes leaves it, and returns the message text. */
async function messageOf(template: ReturnType<typeof html>, lang: 'nl' | 'en' = 'nl'): Promise<string> {
  let text = '';
  await captureConsoleErrors(async () => {
    const element = await fixture<HTMLElement>(template);
    if (lang === 'en') element.setAttribute('lang', 'en');
    await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message appeared', { timeout: 10000 });
    text = textOf(element, '.message');
  });
  return text;
}

describe('messages on stripped attributes', () => {
  it('names data-for on a legend', async () => {
    const text = await messageOf(html`<thema-legenda></thema-legenda>`);

    expect(text).to.contain('attribuut for');
    expect(text).to.contain('data-for');
    expect(text).to.contain('data-src');
  });

  it('names data-for on a picker', async () => {
    const text = await messageOf(html`<gebied-kiezer></gebied-kiezer>`);

    expect(text).to.contain('attribuut for');
    expect(text).to.contain('data-for');
  });

  it('names data-for in English', async () => {
    const text = await messageOf(html`<thema-legenda lang="en"></thema-legenda>`);

    expect(text).to.contain('for attribute');
    expect(text).to.contain('data-for');
  });

  it('names data-src on a profieltaart', async () => {
    const text = await messageOf(html`<profiel-taart></profiel-taart>`);

    expect(text).to.contain('Er is geen gegevensbron opgegeven');
    expect(text).to.contain('data-src');
  });
});

describe('console error without a data source', () => {
  it('legend: names for', async () => {
    const errors = await captureConsoleErrors(async () => {
      const element = await fixture<HTMLElement>(html`<thema-legenda></thema-legenda>`);
      await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message appeared', { timeout: 10000 });
    });
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      '<thema-legenda>: No data source: set for to the id of a chart, or set src, the data property, or inline JSON.',
    ]);
  });

  it('profieltaart: no for', async () => {
    const errors = await captureConsoleErrors(async () => {
      const element = await fixture<HTMLElement>(html`<profiel-taart></profiel-taart>`);
      await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message appeared', { timeout: 10000 });
    });
    expect(errors.map((args) => String(args[0]))).to.deep.equal(['<profiel-taart>: No data source: set src, the data property, or inline JSON.']);
  });
});
