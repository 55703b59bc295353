import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, loadFixture, serverUrl, settled, textOf } from '../elements/helpers.js';

const WAIT = { timeout: 5000 };
const NL_TITLE = 'De profieltaart kan niet worden getoond';

/** Collects page errors (uncaught exceptions and unhandled rejections) while `run` executes. */
async function capturePageErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => {
    seen.push(`error: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    let text = '';
    try {
      text = String(event.reason);
    } catch {
      text = '(reason without text)';
    }
    seen.push(`rejection: ${text}`);
    event.preventDefault();
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** An object whose conversion to text throws, as a hostile or broken script may hand over. */
const untextable = { toString: () => { throw new Error('no text'); }, [Symbol.toPrimitive]: () => { throw new Error('no text'); } };

describe('data thenables that throw', () => {
  it('then getter throws an Error: Dutch message', async () => {
    const data = {
      get then() {
        throw new Error('boom');
      },
    };
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${data}></profiel-taart>`);
      await settled(element);
    });
    expect(errors.length, 'console errors').to.equal(1);
    // A Dutch explanation, as for a rejected promise, not the raw "Error: boom".
    expect(textOf(element, '.message')).not.to.contain('Error: boom');
  });

  it('then getter throws untextable: no crash', async () => {
    const data = {
      get then() {
        throw untextable;
      },
    };
    let element!: ProfielTaart;
    const pageErrors = await capturePageErrors(async () => {
      await captureConsoleErrors(async () => {
        element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${data}></profiel-taart>`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
    });
    const shownBefore = textOf(element);

    // Recovers when the data is fixed.
    element.data = await loadFixture();
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    expect(shownBefore, 'shown in place').to.contain(NL_TITLE);
    expect(pageErrors, 'page errors').to.deep.equal([]);
  });

  it('proxy whose get trap throws: Dutch message', async () => {
    const data = new Proxy({}, {
      get() {
        throw new TypeError('revoked');
      },
    });
    const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.resolve(loadFixture())}></profiel-taart>`);
    await settled(element);
    const errors = await captureConsoleErrors(async () => {
      element.data = data;
      await settled(element);
    });
    expect(errors.length, 'console errors').to.equal(1);
    expect(textOf(element, '.message')).to.contain(NL_TITLE);
    expect(textOf(element, '.message')).not.to.contain('TypeError');
  });

  it('revoked proxy as data: Dutch message', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.resolve(loadFixture())}></profiel-taart>`);
    await settled(element);
    const errors = await captureConsoleErrors(async () => {
      element.data = proxy;
      await settled(element);
    });
    expect(errors.length, 'console errors').to.equal(1);
    expect(textOf(element, '.message')).to.contain(NL_TITLE);
    expect(textOf(element, '.message')).not.to.contain('TypeError');
  });
});

describe('rejection reasons', () => {
  it('Error with throwing message getter: rejected message', async () => {
    const reason = new Error('x');
    Object.defineProperty(reason, 'message', {
      get() {
        throw untextable;
      },
    });
    let element!: ProfielTaart;
    const pageErrors = await capturePageErrors(async () => {
      await captureConsoleErrors(async () => {
        element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.reject(reason)}></profiel-taart>`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
    });
    expect(pageErrors, 'page errors').to.deep.equal([]);
    expect(textOf(element, '.message')).to.contain('Een script op deze pagina kon de gegevens niet ophalen.');
  });

  it('symbol reason: one console error', async () => {
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.reject(Symbol('weg'))}></profiel-taart>`);
      await settled(element);
    });
    expect(errors.length).to.equal(1);
    expect(textOf(element, '.message')).to.contain('Een script op deze pagina kon de gegevens niet ophalen.');
  });

  it('Error from another realm: message in the log', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const OtherError = (frame.contentWindow as unknown as { Error: ErrorConstructor }).Error;
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.reject(new OtherError('HTTP 503'))}></profiel-taart>`);
      await settled(element);
    });
    frame.remove();
    expect(errors.length).to.equal(1);
    // The reason's message, as for an Error of this window, not "[object Error]".
    expect(String(errors[0][0])).to.contain('HTTP 503');
  });
});

describe('promise and element lifecycle', () => {
  it('resolves while removed: chart after re-adding', async () => {
    let resolve!: (value: unknown) => void;
    const promise = new Promise((yes) => (resolve = yes));
    const box = await fixture<HTMLElement>(html`<div><profiel-taart gebied="BU07960101" loading="eager" .data=${promise}></profiel-taart></div>`);
    const element = box.querySelector<ProfielTaart>('profiel-taart')!;
    element.remove();
    resolve(await loadFixture());
    await new Promise((done) => setTimeout(done, 50));
    box.append(element);
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('legend re-added after target data changed', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="doel" gebied="BU07960101" loading="eager"></profiel-taart>
      <thema-legenda for="doel"></thema-legenda>
    </div>`);
    const taart = box.querySelector<ProfielTaart>('profiel-taart')!;
    const legend = box.querySelector('thema-legenda')!;
    await captureConsoleErrors(async () => {
      await waitUntil(() => legend.shadowRoot!.querySelector('.message'), 'no message before the data', WAIT);
    });

    legend.remove();
    taart.data = await loadFixture();
    await settled(taart);
    box.append(legend);
    await waitUntil(() => legend.shadowRoot!.querySelector('button[data-thema]'), 'the legend kept its stale message', WAIT);
  });

  it('target removed, data set, re-added', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="doel2" gebied="BU07960101" loading="eager"></profiel-taart>
      <thema-legenda for="doel2"></thema-legenda>
    </div>`);
    const taart = box.querySelector<ProfielTaart>('profiel-taart')!;
    const legend = box.querySelector('thema-legenda')!;
    await captureConsoleErrors(async () => {
      await waitUntil(() => legend.shadowRoot!.querySelector('.message'), 'no message before the data', WAIT);
      taart.remove();
      await new Promise((done) => setTimeout(done, 50));
    });
    taart.data = await loadFixture();
    box.prepend(taart);
    await settled(taart);
    await waitUntil(() => legend.shadowRoot!.querySelector('button[data-thema]'), 'the legend kept its message', WAIT);
  });

  it('many legends follow one target', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="veel" gebied="BU07960101" loading="eager"></profiel-taart>
      ${Array.from({ length: 20 }, () => html`<thema-legenda for="veel"></thema-legenda>`)}
    </div>`);
    const taart = box.querySelector<ProfielTaart>('profiel-taart')!;
    await captureConsoleErrors(async () => {
      await settled(taart);
    });
    taart.data = loadFixture();
    const legends = [...box.querySelectorAll('thema-legenda')];
    await waitUntil(() => legends.every((legend) => legend.shadowRoot!.querySelector('button[data-thema]')), 'a legend did not follow', WAIT);
  });

  it('legends linked to each other: message, no hang', async () => {
    let box!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      box = await fixture<HTMLElement>(html`<div>
        <thema-legenda id="a" for="b"></thema-legenda>
        <thema-legenda id="b" for="a"></thema-legenda>
      </div>`);
      const legends = [...box.querySelectorAll('thema-legenda')];
      await waitUntil(() => legends.every((legend) => legend.shadowRoot!.querySelector('.message')), 'no message', WAIT);
    });
    expect(errors.length).to.equal(2);
  });
});

describe('linked to a chart with curly quotes around src', () => {
  for (const tag of ['thema-legenda', 'gebied-kiezer']) {
    it(`<${tag}>: points to the curly-quote message`, async () => {
      let linked!: Element;
      let pie!: Element;
      const errors = await captureConsoleErrors(async () => {
        const box = await fixture<HTMLElement>(html`<div></div>`);
        // The markup as a word processor leaves it: the quotes around src are curly, so they are part of the value.
        box.append(document.createRange().createContextualFragment(
          `<profiel-taart id="krul" gebied="BU07960101" src=“/test/fixtures/elements/binnenstad.json”></profiel-taart><${tag} for="krul"></${tag}>`,
        ));
        linked = box.querySelector(tag)!;
        pie = box.querySelector('profiel-taart')!;
        await waitUntil(() => linked.shadowRoot!.querySelector('.message'), 'no message', { timeout: 5000 });
        await waitUntil(() => pie.shadowRoot!.querySelector('.message'), 'no message on the pie', { timeout: 5000 });
      });
      // The pie names the curly quotes and logs them. The linked element points to the pie.
      expect(errors.length, 'console errors').to.equal(1);
      expect(textOf(pie, '.message')).to.contain('gekrulde aanhalingstekens');
      expect(textOf(linked, '.message')).to.contain('De gekoppelde <profiel-taart id="krul"> toont een foutmelding.');
      expect(textOf(linked, '.message')).not.to.contain('foutcode 0');
    });
  }
});


const JUNK: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['number', () => 42],
  ['decimal comma text', () => '{"formaat": "wijkmonitor/1", "x": 6,8}'],
  ['3 MB string', () => `"${'a'.repeat(3_000_000)}"`],
];

describe('promise that resolves to junk', () => {
  for (const [name, value] of JUNK) {
    it(`${name}: one console error and a message`, async () => {
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${Promise.resolve().then(value)}></profiel-taart>`);
        await settled(element);
      });
      expect(errors.length).to.equal(1);
      expect(textOf(element, '.message')).to.contain('De profieltaart kan niet worden getoond');
    });
  }
});

describe('promise that resolves to a fetch response', () => {
  it('response without .json(): chart', async () => {
    const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" loading="eager" .data=${fetch(MONITOR_URL)}></profiel-taart>`);
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('response shared with a linked legend: both drawn', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="gedeeld" gebied="BU07960101" loading="eager" .data=${fetch(MONITOR_URL)}></profiel-taart>
      <thema-legenda for="gedeeld"></thema-legenda>
    </div>`);
    const element = box.querySelector<ProfielTaart>('profiel-taart')!;
    const legend = box.querySelector('thema-legenda')!;
    await settled(element);
    await waitUntil(() => legend.shadowRoot!.querySelector('button[data-thema], .message'), 'the legend showed nothing', WAIT);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    expect(legend.shadowRoot!.querySelector('.message')?.textContent ?? '', 'legend message').to.equal('');
  });

  it('response itself, awaited: chart', async () => {
    const response = await fetch(MONITOR_URL);
    const element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" loading="eager" .data=${response}></profiel-taart>`);
    await settled(element);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('response read already: message and console error', async () => {
    const response = await fetch(MONITOR_URL);
    await response.text();
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${response}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message')).to.contain('Een script op deze pagina kon de gegevens niet ophalen.');
    expect(errors.map((args) => String(args[0]))).to.deep.equal([
      '<profiel-taart>: The response set as data was read already. Set the promise that fetch() returns, or the data itself.',
    ]);
  });

  it('response of a web page: names the address', async () => {
    const url = serverUrl({ type: 'text/html', body: '<!doctype html><title>Inloggen</title>' });
    let element!: ProfielTaart;
    await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${fetch(url)}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message')).to.contain('is geen JSON (ontvangen: text/html');
  });

  it('response with 404: HTTP message', async () => {
    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await fixture<ProfielTaart>(html`<profiel-taart gebied="BU07960101" .data=${fetch('/niet-gevonden.json')}></profiel-taart>`);
      await settled(element);
    });
    expect(textOf(element, '.message')).to.contain('De server gaf foutcode 404 (niet gevonden)');
    expect(errors).to.have.length(1);
  });
});

/** Console errors that the frame's page logged, recorded by its first script. */
interface RecordingWindow extends Window {
  __errors: string[];
}

describe('no data source on a page whose load event never comes', function () {
  this.timeout(30_000);

  it('slow image: message after 3 s', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.title = 'Pagina';
    // An image that takes 10 s, as from a stalled ad or tracking server, holds back the load event.
    frame.srcdoc = `<!doctype html><html lang="nl"><head>
      <script>window.__errors = []; console.error = (...args) => window.__errors.push(String(args[0]));</script>
      <script type="module" src="/test-server/strict/bundle.js"></script>
      </head><body><profiel-taart id="taart" gebied="BU07960101" loading="eager"></profiel-taart>
      <img alt="" src="${serverUrl({ ms: 10_000, type: 'image/gif', body: '' })}"></body></html>`;
    box.append(frame);
    const chart = () => frame.contentDocument?.getElementById('taart')?.shadowRoot;
    await waitUntil(() => chart()?.querySelector('.message'), 'no message while the page kept loading', { timeout: 8000 });
    expect(frame.contentDocument!.readyState, 'readyState').to.equal('interactive');
    expect((chart()!.querySelector('.message')!.textContent ?? '').replace(/\s+/g, ' ')).to.contain('Er is geen gegevensbron opgegeven.');
    expect((frame.contentWindow as RecordingWindow).__errors).to.have.length(1);
  });
});

/** Creates a chart from markup, as a CMS page contains it, and waits for its chart or message. */
async function chartFromMarkup(markup: string): Promise<{ element: ProfielTaart; errors: unknown[][] }> {
  let element!: ProfielTaart;
  const errors = await captureConsoleErrors(async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    // The markup is parsed without running its scripts, as a browser would not run a data block.
    box.append(document.createRange().createContextualFragment(markup.replace(/<script>/g, '<script type="text/x-kept">')));
    element = box.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
  });
  return { element, errors };
}

describe('data script type', () => {
  it('upper-case type: chart', async () => {
    const monitor = JSON.stringify(await loadFixture());
    const { element } = await chartFromMarkup(`<profiel-taart gebied="BU07960101" loading="eager"><script type="APPLICATION/JSON">${monitor}</script></profiel-taart>`);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  it('type with a parameter: chart', async () => {
    const monitor = JSON.stringify(await loadFixture());
    const { element } = await chartFromMarkup(`<profiel-taart gebied="BU07960101" loading="eager"><script type="application/json; charset=utf-8">${monitor}</script></profiel-taart>`);
    expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
  });

  // Types as a CMS or an editor may write them, compared as a browser parses a MIME type.
  for (const type of [' application/json', 'Application/JSON', '\tapplication/json \n', 'application/json ; charset=utf-8']) {
    it(`type ${JSON.stringify(type)}: chart`, async () => {
      const monitor = JSON.stringify(await loadFixture());
      const { element, errors } = await chartFromMarkup(`<profiel-taart gebied="BU07960101" loading="eager"><script type="${type}">${monitor}</script></profiel-taart>`);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
      expect(errors, 'console errors').to.deep.equal([]);
    });
  }

  for (const type of ['application/jsonx', 'application/json-seq', 'application/ json']) {
    it(`type ${JSON.stringify(type)}: script-type message`, async () => {
      const { element, errors } = await chartFromMarkup(`<profiel-taart gebied="BU07960101"><script type="${type}">{}</script></profiel-taart>`);
      expect(textOf(element, '.message')).to.contain(`Het <script> met de gegevens binnen de tag heeft type="${type}", dus de gegevens worden niet gelezen.`);
      expect(errors.length, 'console errors').to.equal(1);
    });
  }

  it('legend linked to a chart with a spaced type', async () => {
    const monitor = JSON.stringify(await loadFixture());
    let legend!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.append(document.createRange().createContextualFragment(
        `<profiel-taart id="spatie" gebied="BU07960101" loading="eager"><script type=" application/json ">${monitor}</script></profiel-taart><thema-legenda for="spatie"></thema-legenda>`,
      ));
      legend = box.querySelector('thema-legenda')!;
      await waitUntil(() => legend.shadowRoot?.querySelector('.legend, .message'), 'the legend showed nothing', WAIT);
    });
    expect(textOf(legend, '.message'), 'message in the legend').to.equal('');
    expect(textOf(legend)).to.contain('Werk & leren');
    expect(errors, 'console errors').to.deep.equal([]);
  });

  it('long type: message truncated', async () => {
    const type = `text/${'x'.repeat(5000)}`;
    const { element, errors } = await chartFromMarkup(`<profiel-taart gebied="BU07960101"><script type="${type}">{}</script></profiel-taart>`);
    expect(errors.length).to.equal(1);
    expect(textOf(element, '.message').length, 'message length').to.be.below(600);
  });
});
