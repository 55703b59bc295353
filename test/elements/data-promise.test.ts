import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, loadFixture, serverUrl, settled, textOf } from './helpers.js';

const WAIT = { timeout: 5000 };

/** A promise that a test resolves or rejects itself. */
function deferred(): { promise: Promise<unknown>; resolve: (value: unknown) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: unknown) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<unknown>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('data set to a promise', () => {
  it('pending promise: loading state, then the chart', async () => {
    const pending = deferred();
    const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${pending.promise}></profiel-taart>`);
    await waitUntil(() => element.shadowRoot!.querySelector('.loading'), 'no loading state', WAIT);
    expect(textOf(element)).to.equal('Profieltaart wordt geladen…');

    pending.resolve(await loadFixture());
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('rejected promise: message and one console error', async () => {
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(
        html`<profiel-taart gebied="BU07960101" .data=${Promise.reject(new Error('HTTP 503'))}></profiel-taart>`,
      );
      await settled(element);
    });
    expect(textOf(element, '.message')).to.equal(
      'De profieltaart kan niet worden getoond Een script op deze pagina kon de gegevens niet ophalen. Laad de pagina opnieuw. Blijft deze melding staan, meld het dan bij de beheerder van de website.',
    );
    expect(errors.map((args) => String(args[0]))).to.deep.equal(['<profiel-taart>: The promise set as data was rejected: HTTP 503']);

    element.data = Promise.resolve(await loadFixture());
    await waitUntil(() => !element.shadowRoot!.querySelector('.message'), 'the message stayed', WAIT);
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('replaced promise: only the latest counts', async () => {
    const first = deferred();
    const element = await fixture<ProfielTaart>(html`<profiel-taart .data=${first.promise}></profiel-taart>`);
    const monitor = await loadFixture();
    element.gebied = 'BU07960102';
    element.data = Promise.resolve(monitor);
    await settled(element);
    const errors = await captureConsoleErrors(async () => {
      first.reject(new Error('too late'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(errors).to.deep.equal([]);
    expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
  });

  it('linked legend: takes the data', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="taart" gebied="BU07960101" .data=${loadFixture()}></profiel-taart>
      <thema-legenda for="taart"></thema-legenda>
    </div>`);
    const legend = box.querySelector('thema-legenda')!;
    await waitUntil(() => legend.shadowRoot!.querySelector('button[data-thema]'), 'the legend showed no themas', WAIT);
    expect(legend.shadowRoot!.querySelector('.message')).to.equal(null);
  });
});

/** Console errors that the frame's page logged, recorded by its first script. */
interface RecordingWindow extends Window {
  __errors: string[];
}

/**
 * Opens a page in an iframe whose load event waits for a slow image, with a chart without data
 * source and `script` run as a module after the bundle.
 */
async function slowPage(script: string): Promise<HTMLIFrameElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'Pagina';
  frame.style.cssText = 'width: 600px; height: 600px';
  const image = serverUrl({ ms: 1500, type: 'image/gif', body: '' });
  frame.srcdoc = `<!doctype html><html lang="nl"><head>
    <script>window.__errors = []; console.error = (...args) => window.__errors.push(String(args[0]));</script>
    <script type="module" src="/test-server/strict/bundle.js"></script>
    <script type="module">${script}</script>
    </head><body><profiel-taart id="taart" gebied="BU07960101" loading="eager"></profiel-taart><img alt="" src="${image}"></body></html>`;
  box.append(frame);
  return frame;
}

describe('data that a page script sets while the page loads', function () {
  this.timeout(20_000);

  it('data set before load: no message, no console error', async () => {
    const frame = await slowPage(`setTimeout(async () => {
      document.getElementById('taart').data = await (await fetch('${MONITOR_URL}')).json();
    }, 300);`);
    const chart = () => frame.contentDocument?.getElementById('taart')?.shadowRoot;
    let sawMessage = false;
    await waitUntil(
      () => {
        sawMessage ||= chart()?.querySelector('.message') != null;
        return chart()?.querySelector('svg path.slice');
      },
      'the chart was not drawn',
      { timeout: 10_000 },
    );
    expect(sawMessage, 'a message was shown before the data came').to.equal(false);
    expect((frame.contentWindow as RecordingWindow).__errors).to.deep.equal([]);
  });

  it('no source: message after the load event', async () => {
    const frame = await slowPage('');
    const chart = () => frame.contentDocument?.getElementById('taart')?.shadowRoot;
    await waitUntil(() => chart()?.querySelector('.message'), 'no message after the page loaded', { timeout: 10_000 });
    expect(frame.contentDocument!.readyState).to.equal('complete');
    expect((chart()!.querySelector('.message')!.textContent ?? '').replace(/\s+/g, ' ')).to.contain('Er is geen gegevensbron opgegeven.');
    expect((frame.contentWindow as RecordingWindow).__errors).to.deep.equal(['<profiel-taart>: No data source: set src, the data property, or inline JSON.']);
  });
});
