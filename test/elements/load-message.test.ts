import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { captureConsoleErrors, html, renderTaart, serverUrl, silenceConsoleErrors, textOf } from './helpers.js';

/** Loads a fresh copy of the demo monitor of 's-Hertogenbosch. */
async function loadDemoMonitor(): Promise<Record<string, any>> {
  const response = await fetch('/demo/data/s-hertogenbosch.json');
  return response.json();
}

/** Renders a profieltaart that is expected to fail, without letting its console.error through. */
async function renderFailing(template: ReturnType<typeof html>): Promise<ProfielTaart> {
  let element!: ProfielTaart;
  await captureConsoleErrors(async () => {
    element = await renderTaart(template);
  });
  return element;
}

const WEB_PAGE = '<!doctype html><html lang="nl"><title>Inloggen</title><p>Log in om verder te gaan.</p></html>';

describe('load message: web page instead of JSON', () => {
  it('is accessible', async () => {
    const element = await renderFailing(html`<profiel-taart src=${serverUrl({ type: 'text/html', body: WEB_PAGE })}></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  it('advises only to check the address', async () => {
    const element = await renderFailing(html`<profiel-taart src=${serverUrl({ type: 'text/html', body: WEB_PAGE })}></profiel-taart>`);
    const text = textOf(element);

    expect(text).to.contain('is geen JSON (ontvangen: text/html');
    expect(text).to.contain('niet naar een webpagina');
    expect(text).to.not.contain('komma');
    expect(text).to.not.contain('Regel 1');
  });

  it('advises only to check the address in English', async () => {
    const element = await renderFailing(
      html`<profiel-taart lang="en" src=${serverUrl({ type: 'text/plain', body: WEB_PAGE })}></profiel-taart>`,
    );
    const text = textOf(element);

    expect(text).to.contain('not to a web page');
    expect(text).to.not.contain('comma');
  });

  it('keeps the comma advice for a JSON syntax error', async () => {
    const body = '{"formaat": "wijkmonitor/1", "gebieden": [{"code": "A" "naam": "x"}]}';
    const element = await renderFailing(html`<profiel-taart src=${serverUrl({ type: 'application/json', body })}></profiel-taart>`);
    const text = textOf(element);

    expect(text).to.contain('Regel 1, kolom');
    expect(text).to.contain("Controleer de komma's");
  });
});

describe('load message: JSON syntax error', () => {
  const BROKEN_JSON = '{"formaat": "wijkmonitor/1", "gebieden": [{"code": "A" "naam": "x"}]}';

  it('is accessible', async () => {
    const element = await renderFailing(html`<profiel-taart src=${serverUrl({ type: 'application/json', body: BROKEN_JSON })}></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  it('opens with the invalid JSON, not a web page', async () => {
    const element = await renderFailing(html`<profiel-taart src=${serverUrl({ type: 'application/json', body: BROKEN_JSON })}></profiel-taart>`);
    const paragraphs = [...element.shadowRoot!.querySelectorAll('.message p:not(.message-title)')].map((node) => node.textContent!.trim());

    expect(paragraphs[0]).to.match(/^Het bestand op \S+ is geen geldige JSON en kan daarom niet worden gelezen\.$/);
    expect(paragraphs[1]).to.match(/^Regel 1, kolom \d+: /);
    expect(paragraphs[1]).to.contain("Controleer de komma's");
    expect(textOf(element)).to.not.contain('webpagina');
  });

  it('opens with the invalid JSON in English', async () => {
    const element = await renderFailing(
      html`<profiel-taart lang="en" src=${serverUrl({ type: 'application/json', body: BROKEN_JSON })}></profiel-taart>`,
    );
    const paragraphs = [...element.shadowRoot!.querySelectorAll('.message p:not(.message-title)')].map((node) => node.textContent!.trim());

    expect(paragraphs[0]).to.match(/^The file at \S+ is not valid JSON, so it cannot be read\.$/);
    expect(paragraphs[1]).to.match(/^Line 1, column \d+: /);
    expect(paragraphs[1]).to.contain('Check the commas');
    expect(textOf(element)).to.not.contain('web page');
  });
});

describe('load message: decimal comma in JSON', () => {
  const PROFILE = '{"gebied": "De Haren", "jaar": 2022, "themas": [{"naam": "Welzijn", "deelthemas": [{"naam": "Gezondheid", "waarde": 6,8, "klasse": "boven"}]}]}';

  it('offers a point or quotes', async () => {
    const element = await renderFailing(html`<profiel-taart loading="eager"><script type="application/json">${PROFILE}</script></profiel-taart>`);

    expect(textOf(element)).to.contain('Schrijf 6.8 in plaats van 6,8, of "6,8" tussen aanhalingstekens.');
  });

  it('offers a point or quotes in English', async () => {
    const element = await renderFailing(html`<profiel-taart lang="en" loading="eager"><script type="application/json">${PROFILE}</script></profiel-taart>`);

    expect(textOf(element)).to.contain('Write 6.8 instead of 6,8, or "6,8" in quotes.');
  });
});

describe('load message: invalid data', () => {
  it('names a missing thema id as the only error', async () => {
    const monitor = await loadDemoMonitor();
    delete monitor.themas[0].id;
    const element = await renderFailing(html`<profiel-taart .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    const text = textOf(element);

    expect(text).to.contain('Er zit een fout in de gegevens:');
    expect(text).to.contain('De verplichte sleutel "id" ontbreekt.');
    expect(text).to.contain('$.themas[0].id');
    expect(text).to.not.contain('bestaat niet in "themas"');
    expect(text).to.not.contain('Hier hoort een tekst');
  });

  it('names a missing gebied code as the only error in English', async () => {
    const monitor = await loadDemoMonitor();
    delete monitor.gebieden[3].code;
    const element = await renderFailing(html`<profiel-taart lang="en" .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    const text = textOf(element);

    expect(text).to.contain('The data contains an error:');
    expect(text).to.contain('$.gebieden[3].code');
    expect(text).to.not.contain('is not in "gebieden"');
  });

  it('counts errors beyond the shown 50', async () => {
    const monitor = await loadDemoMonitor();
    const gebied = monitor.resultaten[0].gebied;
    for (let index = 0; index < 246; index++) {
      monitor.resultaten.push({ gebied, jaar: `jaar ${index}` });
    }
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await renderTaart(html`<profiel-taart .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    });

    expect(textOf(element)).to.contain('Er zitten 246 fouten in de gegevens. De eerste drie:');
    expect(errors, 'console errors').to.have.length(1);
    expect(String(errors[0][0])).to.contain('The data is invalid: 246 error(s)');
  });

  it('two errors: both shown, no "first"', async () => {
    const monitor = await loadDemoMonitor();
    delete monitor.gebieden[3].code;
    delete monitor.gebieden[4].code;
    const element = await renderFailing(html`<profiel-taart .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    const text = textOf(element);

    expect(text).to.contain('Er zitten 2 fouten in de gegevens:');
    expect(text).to.not.contain('eerste');
    expect(text).to.contain('$.gebieden[3].code');
    expect(text).to.contain('$.gebieden[4].code');
  });

  it('groups thousands in the error count', async () => {
    const monitor = await loadDemoMonitor();
    const gebied = monitor.resultaten[0].gebied;
    for (let index = 0; index < 1200; index++) {
      monitor.resultaten.push({ gebied, jaar: `jaar ${index}` });
    }
    const dutch = await renderFailing(html`<profiel-taart .data=${monitor} gebied="BU07960101"></profiel-taart>`);
    const english = await renderFailing(html`<profiel-taart lang="en" .data=${monitor} gebied="BU07960101"></profiel-taart>`);

    expect(textOf(dutch)).to.contain('Er zitten 1.200 fouten in de gegevens. De eerste drie:');
    expect(textOf(english)).to.contain('The data contains 1,200 errors. The first three:');
  });
});

describe('load message: on a phone', () => {
  // A long address without spaces or hyphens, where a line may not break, in a 320 px column.
  const LONG_URL = `/gegevens/${'wijkmonitorshertogenbosch'.repeat(5)}/2020.json`;

  for (const tag of ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer']) {
    it(`wraps a long address in <${tag}>`, async () => {
      const restore = silenceConsoleErrors();
      const column = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
      try {
        const element = document.createElement(tag);
        element.setAttribute('src', LONG_URL);
        element.setAttribute('gebied', 'BU07960101');
        column.append(element);
        await waitUntil(() => element.shadowRoot?.querySelector('.message') !== null, `<${tag}> showed no message`, { timeout: 5000 });
        const message = element.shadowRoot!.querySelector('.message')!;

        expect(message.textContent).to.include('wijkmonitorshertogenbosch');
        // Text that does not wrap runs out of the message's box and widens the page.
        expect(message.scrollWidth, 'width of the message text').to.be.at.most(message.clientWidth);
        expect(element.getBoundingClientRect().right, 'right edge of the element').to.be.at.most(column.getBoundingClientRect().right + 0.5);
      } finally {
        restore();
      }
    });
  }
});
