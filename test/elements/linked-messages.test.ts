import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, html, loadFixture, serverUrl, settled, shadow, textOf } from './helpers.js';

const POINTER_NL = 'De gekoppelde <profiel-taart id="taart"> toont een foutmelding. Die melding legt uit wat er mis is en wat u kunt doen.';

/** Waits until a legend or picker shows its content or a message. */
async function shown(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('.legend, .kiezer, .message') !== null, `<${element.localName}> did not finish loading`, {
    timeout: 10000,
  });
  await element.updateComplete;
}

interface Linked {
  taart: ProfielTaart;
  legenda: HTMLElement & { updateComplete: Promise<unknown> };
  kiezer: HTMLElement & { updateComplete: Promise<unknown> };
  errors: string[];
}

/**
 * Renders `pie`, which must have id "taart", with a legend and a picker linked to it, and returns the
 * first argument of every console.error logged until all three show a message or their content.
 */
async function renderLinked(pie: TemplateResult): Promise<Linked> {
  let wrapper!: HTMLElement;
  const calls = await captureConsoleErrors(async () => {
    wrapper = await fixture(html`<div>
      ${pie}
      <thema-legenda for="taart"></thema-legenda>
      <gebied-kiezer for="taart"></gebied-kiezer>
    </div>`);
    await settled(wrapper.querySelector<ProfielTaart>('profiel-taart')!);
    await shown(wrapper.querySelector('thema-legenda')!);
    await shown(wrapper.querySelector('gebied-kiezer')!);
  });
  return {
    taart: wrapper.querySelector<ProfielTaart>('profiel-taart')!,
    legenda: wrapper.querySelector('thema-legenda')!,
    kiezer: wrapper.querySelector('gebied-kiezer')!,
    errors: calls.map((call) => String(call[0])),
  };
}

/** Checks that only the pie explains the failure, and that only the pie logs it. */
function expectOneMessage(linked: Linked, pieText: string): void {
  expect(textOf(linked.taart, '.message'), 'message of the pie').to.contain(pieText);
  expect(textOf(linked.legenda, '.message'), 'message of the legend').to.equal(`De legenda kan niet worden getoond ${POINTER_NL}`);
  expect(textOf(linked.kiezer, '.message'), 'message of the picker').to.equal(`De gebiedskeuze kan niet worden getoond ${POINTER_NL}`);
  expect(linked.errors, 'console errors').to.have.length(1);
  expect(linked.errors[0], 'console error').to.match(/^<profiel-taart>: /);
}

describe('linked legend and picker: failure of the pie', () => {
  it('src in curly quotes: one message', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" src=${`”${MONITOR_URL}”`} gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'Het attribuut src heeft gekrulde aanhalingstekens');
  });

  it('HTTP 404: one message', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" src=${serverUrl({ status: 404, body: 'Not found' })} gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'De server gaf foutcode 404');
  });

  it('web page instead of JSON: one message', async () => {
    const body = '<!doctype html><title>Inloggen</title><p>Log in.</p>';
    const linked = await renderLinked(html`<profiel-taart id="taart" src=${serverUrl({ type: 'text/html', body })} gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'is geen JSON (ontvangen: text/html');
  });

  it('invalid monitor: one message', async () => {
    const monitor = await loadFixture();
    delete (monitor.themas as Record<string, unknown>[])[0].id;
    const linked = await renderLinked(html`<profiel-taart id="taart" .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'Er zit een fout in de gegevens:');
  });

  it('timeout: one message', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" src=${serverUrl({ file: MONITOR_URL.slice(1), ms: 3000 })} timeout="300" gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'kwamen niet binnen 0,3 seconden binnen');
  });

  it('no data source: one message', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" gebied="BU07960101"></profiel-taart>`);
    expectOneMessage(linked, 'Er is geen gegevensbron opgegeven.');
  });

  it('JSON left as text: points to the pie', async () => {
    const text = JSON.stringify(await loadFixture());
    const linked = await renderLinked(html`<profiel-taart id="taart" gebied="BU07960101">${text}</profiel-taart>`);
    expectOneMessage(linked, 'De gegevens staan als gewone tekst in de tag');
    expect(textOf(linked.legenda, '.message'), 'message of the legend').to.not.contain('geen gegevensbron');
  });

  it('points to the pie in its language', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" lang="en" src=${serverUrl({ status: 404 })} gebied="BU07960101"></profiel-taart>`);
    expect(textOf(linked.legenda, '.message')).to.equal(
      'The legend cannot be shown The linked <profiel-taart id="taart"> shows an error message. That message explains what is wrong and what to do.',
    );
    expect(linked.errors, 'console errors').to.have.length(1);
  });

  it('recovers with the pie', async () => {
    const linked = await renderLinked(html`<profiel-taart id="taart" src=${`”${MONITOR_URL}”`} gebied="BU07960101"></profiel-taart>`);

    const errors = await captureConsoleErrors(async () => {
      linked.taart.setAttribute('src', MONITOR_URL);
      await waitUntil(() => shadow(linked.legenda).querySelector('.legend') !== null, 'the legend did not recover');
      await waitUntil(() => shadow(linked.kiezer).querySelector('.message') === null, 'the picker did not recover');
      await settled(linked.taart);
    });
    expect(textOf(linked.taart, '.title')).to.equal('Binnenstad centrum, 2020');
    expect(errors, 'console errors after the fix').to.deep.equal([]);
  });
});

describe('linked picker: failure of a comparison', () => {
  it('points to the comparison', async () => {
    let kiezer!: HTMLElement & { updateComplete: Promise<unknown> };
    const errors = await captureConsoleErrors(async () => {
      const wrapper = await fixture(html`<div>
        <buurt-vergelijk id="vergelijk" src=${serverUrl({ status: 404 })} gebieden="BU07960101"></buurt-vergelijk>
        <gebied-kiezer for="vergelijk"></gebied-kiezer>
      </div>`);
      kiezer = wrapper.querySelector('gebied-kiezer')!;
      await shown(kiezer);
      await waitUntil(() => shadow(wrapper.querySelector('buurt-vergelijk')!).querySelector('.message') !== null, 'the comparison shows no message');
    });

    expect(textOf(kiezer, '.message')).to.contain('De gekoppelde <buurt-vergelijk id="vergelijk"> toont een foutmelding.');
    expect(errors.map((call) => String(call[0])), 'console errors').to.have.length(1);
    expect(String(errors[0][0])).to.match(/^<buurt-vergelijk>: /);
  });
});

describe('linked legend: element without data', () => {
  it('names the element and logs once', async () => {
    let legenda!: HTMLElement & { updateComplete: Promise<unknown> };
    const errors = await captureConsoleErrors(async () => {
      const wrapper = await fixture(html`<div>
        <div id="leeg"></div>
        <thema-legenda for="leeg"></thema-legenda>
      </div>`);
      legenda = wrapper.querySelector('thema-legenda')!;
      await shown(legenda);
    });

    expect(textOf(legenda, '.message')).to.contain('Het element met id "leeg" heeft geen gegevensbron.');
    expect(errors, 'console errors').to.have.length(1);
    expect(String(errors[0][0])).to.contain('<thema-legenda>: The linked element with id "leeg" has no data source');
  });
});
