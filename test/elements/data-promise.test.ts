import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, loadFixture, serverUrl, settled, textOf } from './helpers.js';

const WAIT = { timeout: 5000 };

/** Creates a promise that the test resolves or rejects itself. */
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

  it('replaced before it settles: no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const listener = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', listener);
    try {
      const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101"></profiel-taart>`);
      const monitor = await loadFixture();
      element.data = new Promise((_, reject) => setTimeout(() => reject(new Error('vervangen')), 50));
      element.data = monitor;
      await settled(element);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled.map(String)).to.deep.equal([]);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    } finally {
      window.removeEventListener('unhandledrejection', listener);
    }
  });

  it('promise that never settles: timeout message', async () => {
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" timeout="200" .data=${new Promise(() => undefined)}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message')).to.equal(
      'De profieltaart kan niet worden getoond De gegevens kwamen niet binnen 0,2 seconden binnen. Probeer het later opnieuw of laad de pagina opnieuw.',
    );
    expect(errors.map((args) => String(args[0]))).to.deep.equal(['<profiel-taart>: The promise set as data timed out after 0.2 s. The element shows the data if the promise settles later.']);
  });

  it('timeout of one second: singular', async () => {
    let element!: ProfielTaart;
    await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" timeout="1000" .data=${new Promise(() => undefined)}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message')).to.contain('De gegevens kwamen niet binnen 1 seconde binnen.');

    element.lang = 'en';
    await element.updateComplete;
    expect(textOf(element, '.message')).to.contain('The data did not arrive within 1 second.');
  });

  it('settles after the timeout: the chart', async () => {
    const late = deferred();
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" timeout="100" .data=${late.promise}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message'), 'message after the timeout').to.contain('kwamen niet binnen 0,1 seconden binnen');
    expect(errors, 'console errors after the timeout').to.have.length(1);

    const after = await captureConsoleErrors(async () => {
      late.resolve(await loadFixture());
      await waitUntil(() => !element.shadowRoot!.querySelector('.message'), 'the timeout message stayed', WAIT);
      await settled(element);
    });
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    expect(after, 'console errors after the data').to.deep.equal([]);
  });

  it('rejected after the timeout: rejection message', async () => {
    const late = deferred();
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart lang="en" gebied="BU07960101" timeout="100" .data=${late.promise}></profiel-taart>`);
      await settled(element);
      expect(textOf(element, '.message'), 'message after the timeout').to.contain('The data did not arrive within 0.1 seconds.');
      late.reject(new Error('HTTP 504'));
      await waitUntil(() => textOf(element, '.message').includes('could not fetch the data'), 'no rejection message', WAIT);
    });
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      '<profiel-taart>: The promise set as data timed out after 0.1 s. The element shows the data if the promise settles later.',
      '<profiel-taart>: The promise set as data was rejected: HTTP 504',
    ]);
  });

  it('replaced after the timeout: the first stays ignored', async () => {
    const first = deferred();
    const second = deferred();
    let element!: ProfielTaart;
    await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart timeout="100" .data=${first.promise}></profiel-taart>`);
      await settled(element);
    });
    const monitor = await loadFixture();
    element.gebied = 'BU07960102';
    element.data = second.promise;
    second.resolve(monitor);
    await settled(element);

    const errors = await captureConsoleErrors(async () => {
      first.reject(new Error('too late'));
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(errors).to.deep.equal([]);
    expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
  });

  it('linked legend: times out with its pie', async () => {
    let legend!: Element;
    let pie!: Element;
    const errors = await captureConsoleErrors(async () => {
      const box = await fixture<HTMLElement>(html`<div>
        <profiel-taart id="taart" gebied="BU07960101" timeout="200" .data=${new Promise(() => undefined)}></profiel-taart>
        <thema-legenda for="taart"></thema-legenda>
      </div>`);
      legend = box.querySelector('thema-legenda')!;
      pie = box.querySelector('profiel-taart')!;
      // The default timeout is 30 s, so only the pie's 0,2 s ends this wait in time.
      await waitUntil(() => legend.shadowRoot!.querySelector('.message'), 'the legend kept loading after its pie timed out', WAIT);
      await waitUntil(() => pie.shadowRoot!.querySelector('.message'), 'the pie kept loading after its timeout', WAIT);
    });

    expect(textOf(pie, '.message')).to.contain('De gegevens kwamen niet binnen 0,2 seconden binnen.');
    expect(textOf(legend, '.message')).to.contain('De gekoppelde <profiel-taart id="taart"> toont een foutmelding.');
    expect(errors.map((call) => String(call[0])), 'console errors').to.deep.equal(['<profiel-taart>: The promise set as data timed out after 0.2 s. The element shows the data if the promise settles later.']);
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

describe('data set on a linked element later', () => {
  for (const tag of ['thema-legenda', 'gebied-kiezer']) {
    it(`<${tag}>: recovers`, async () => {
      const name = unsafeStatic(tag);
      let box!: HTMLElement;
      const errors = await captureConsoleErrors(async () => {
        box = await fixture<HTMLElement>(staticHtml`<div>
          <profiel-taart id="taart" gebied="BU07960101"></profiel-taart>
          <${name} for="taart"></${name}>
        </div>`);
        const linked = box.querySelector(tag)!;
        await waitUntil(() => linked.shadowRoot!.querySelector('.message'), `<${tag}> showed no message`, WAIT);
      });
      expect(errors.length, 'console errors before the data').to.be.greaterThan(0);

      const taart = box.querySelector<ProfielTaart>('profiel-taart')!;
      taart.data = await loadFixture();
      const linked = box.querySelector(tag)!;
      await waitUntil(() => !linked.shadowRoot!.querySelector('.message, .loading'), `<${tag}> kept its message`, WAIT);
      expect(textOf(linked)).to.contain(tag === 'thema-legenda' ? 'Werk & leren' : 'Binnenstad centrum');
    });
  }
});

/**
 * A linked element whose first update waits until the test releases it, like a profieltaart that
 * takes over the `data` a script set before the tag was defined only in its first update.
 */
class LateTarget extends LitElement {
  static override properties = { data: { attribute: false } };
  declare data: unknown;
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  protected override async scheduleUpdate(): Promise<void> {
    await this.gate;
    super.scheduleUpdate();
  }
}
customElements.define('late-target', LateTarget);

describe('linked element that has not rendered yet', () => {
  it('legend waits for its first update', async () => {
    let box!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      box = await fixture<HTMLElement>(html`<div><late-target id="laat"></late-target><thema-legenda for="laat"></thema-legenda></div>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const legend = box.querySelector('thema-legenda')!;
    expect(legend.shadowRoot!.querySelector('.message')?.textContent ?? '', 'message while the target waits').to.equal('');
    expect(errors.map((args) => String(args[0])), 'console errors while the target waits').to.deep.equal([]);

    const target = box.querySelector<LateTarget>('late-target')!;
    target.data = await loadFixture();
    target.release();
    await waitUntil(() => legend.shadowRoot!.querySelector('button[data-thema]'), 'the legend showed no themas', WAIT);
  });
});

/** Console errors that the frame's page logged, recorded by its first script. */
interface RecordingWindow extends Window {
  __errors: string[];
}

/**
 * Opens a page in an iframe whose load event waits `imageMs` for an image, with a chart without
 * data source, `script` run as a module after the bundle, and `body` at the end of the body.
 */
async function slowPage(script: string, body = '', imageMs = 1500): Promise<HTMLIFrameElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'Pagina';
  frame.style.cssText = 'width: 600px; height: 600px';
  const image = imageMs > 0 ? `<img alt="" src="${serverUrl({ ms: imageMs, type: 'image/gif', body: '' })}">` : '';
  frame.srcdoc = `<!doctype html><html lang="nl"><head>
    <script>window.__errors = []; console.error = (...args) => window.__errors.push(String(args[0]));</script>
    <script type="module" src="/test-server/strict/bundle.js"></script>
    <script type="module">${script}</script>
    </head><body><profiel-taart id="taart" gebied="BU07960101" loading="eager"></profiel-taart>${image}${body}</body></html>`;
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

  it('classic script before the bundle: no message', async () => {
    const frame = await slowPage('', `<thema-legenda for="taart"></thema-legenda><script>
      document.getElementById('taart').data = fetch('${MONITOR_URL}').then((response) => response.json());
    </script>`, 0);
    const legend = () => frame.contentDocument?.querySelector('thema-legenda')?.shadowRoot;
    let sawMessage = false;
    await waitUntil(
      () => {
        sawMessage ||= legend()?.querySelector('.message') != null;
        return frame.contentDocument?.readyState === 'complete' && legend()?.querySelector('button[data-thema]');
      },
      'the legend showed no themas',
      { timeout: 10_000 },
    );
    expect(sawMessage, 'the legend showed a message').to.equal(false);
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
