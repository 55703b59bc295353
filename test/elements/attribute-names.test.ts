import { expect, waitUntil } from '@open-wc/testing';
import { MONITOR_URL, captureConsoleErrors, shadow } from './helpers.js';

const containers: HTMLElement[] = [];

/** Parses `markup` as a CMS page would deliver it, waits until `tag` shows its content or a message, and returns it. */
async function place(markup: string, tag: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  containers.push(container);
  const host = container.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
  await waitUntil(
    () => shadow(host).querySelector('.chart:not([data-placeholder]), .legend, .vergelijk, .kiezer, .message') !== null && !shadow(host).querySelector('.loading'),
    `<${tag}> did not finish loading`,
    { timeout: 10000 },
  );
  await host.updateComplete;
  return host;
}

function notes(host: Element): string[] {
  return [...shadow(host).querySelectorAll('.note')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim());
}

function message(host: Element): string {
  return shadow(host).querySelector('.message')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Returns the first argument of each captured console.error, as text. */
function messages(calls: unknown[][]): string[] {
  return calls.map((call) => String(call[0]));
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('misspelled attribute name', function () {
  this.timeout(20000);

  it('<profiel-taart> gebeid: message and note', async () => {
    let taart!: HTMLElement & { updateComplete: Promise<unknown> };
    const errors = await captureConsoleErrors(async () => {
      taart = await place(`<profiel-taart src="${MONITOR_URL}" gebeid="Binnenstad centrum" loading="eager"></profiel-taart>`, 'profiel-taart');
    });

    expect(message(taart)).to.contain('Er is geen gebied gekozen.');
    expect(notes(taart)).to.deep.equal(['Het attribuut gebeid bestaat niet. Bedoelde u gebied?']);
    expect(messages(errors)).to.deep.equal([
      '<profiel-taart>: The attribute gebeid does not exist. Did you mean gebied?',
      '<profiel-taart>: No gebied attribute; set gebied to a code or name.',
    ]);

    const later = await captureConsoleErrors(async () => {
      taart.lang = 'en';
      await taart.updateComplete;
    });
    expect(message(taart)).to.contain('No area was chosen.');
    expect(notes(taart)).to.deep.equal(['The attribute gebeid does not exist. Did you mean gebied?']);
    expect(messages(later), 'console errors after a language change').to.deep.equal([]);
  });

  it('<profiel-taart> scr: message and note', async () => {
    let taart!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(`<profiel-taart scr="${MONITOR_URL}" gebied="BU07960101" loading="eager"></profiel-taart>`, 'profiel-taart');
    });

    expect(message(taart)).to.contain('Er is geen gegevensbron opgegeven.');
    expect(notes(taart)).to.deep.equal(['Het attribuut scr bestaat niet. Bedoelde u src?']);
    expect(messages(errors).filter((text) => text.includes('scr')), 'console errors on scr').to.deep.equal([
      '<profiel-taart>: The attribute scr does not exist. Did you mean src?',
    ]);
    expect(errors, 'console errors').to.have.length(2);
  });

  it('<profiel-taart lang="en"> data-gebeid: note', async () => {
    let taart!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(`<profiel-taart lang="en" data-src="${MONITOR_URL}" data-gebeid="BU07960101" loading="eager"></profiel-taart>`, 'profiel-taart');
    });

    expect(message(taart)).to.contain('No area was chosen.');
    expect(notes(taart)).to.deep.equal(['The attribute data-gebeid does not exist. Did you mean data-gebied?']);
    expect(messages(errors)[0]).to.equal('<profiel-taart>: The attribute data-gebeid does not exist. Did you mean data-gebied?');
    expect(errors, 'console errors').to.have.length(2);
  });

  it('<profiel-taart> staal beside a drawn chart: note', async () => {
    let taart!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" staal="waarde" weergav="ontwikkeling" loading="eager"></profiel-taart>`, 'profiel-taart');
    });

    expect(shadow(taart).querySelector('.chart svg'), 'the chart').to.not.equal(null);
    expect(notes(taart)).to.deep.equal(['Het attribuut staal bestaat niet. Bedoelde u straal?', 'Het attribuut weergav bestaat niet. Bedoelde u weergave?']);
    expect(messages(errors)).to.deep.equal([
      '<profiel-taart>: The attribute staal does not exist. Did you mean straal?',
      '<profiel-taart>: The attribute weergav does not exist. Did you mean weergave?',
    ]);
  });

  it('<thema-legenda> fro: message and note', async () => {
    let legenda!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      legenda = await place(
        `<profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101" loading="eager"></profiel-taart><thema-legenda fro="taart"></thema-legenda>`,
        'thema-legenda',
      );
    });

    expect(message(legenda)).to.contain('Er is geen profieltaart gekoppeld en geen gegevensbron opgegeven.');
    expect(notes(legenda)).to.deep.equal(['Het attribuut fro bestaat niet. Bedoelde u for?']);
    expect(messages(errors).filter((text) => text.startsWith('<thema-legenda>: The attribute'))).to.deep.equal([
      '<thema-legenda>: The attribute fro does not exist. Did you mean for?',
    ]);
    expect(errors, 'console errors').to.have.length(2);
  });

  it('<buurt-vergelijk> gebeiden in English: note', async () => {
    let vergelijk!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      vergelijk = await place(`<buurt-vergelijk lang="en" src="${MONITOR_URL}" gebeiden="BU07960101,BU07960102"></buurt-vergelijk>`, 'buurt-vergelijk');
    });

    expect(message(vergelijk)).to.contain('gebieden');
    expect(notes(vergelijk)).to.deep.equal(['The attribute gebeiden does not exist. Did you mean gebieden?']);
    expect(messages(errors).filter((text) => text.includes('gebeiden'))).to.deep.equal([
      '<buurt-vergelijk>: The attribute gebeiden does not exist. Did you mean gebieden?',
    ]);
    expect(errors, 'console errors').to.have.length(2);
  });

  it('<gebied-kiezer> tpyes: note', async () => {
    let kiezer!: HTMLElement;
    const errors = await captureConsoleErrors(async () => {
      kiezer = await place(`<gebied-kiezer src="${MONITOR_URL}" tpyes="wijk"></gebied-kiezer>`, 'gebied-kiezer');
    });

    expect(shadow(kiezer).querySelector('input'), 'the field').to.not.equal(null);
    expect(notes(kiezer)).to.deep.equal(['Het attribuut tpyes bestaat niet. Bedoelde u types?']);
    expect(messages(errors)).to.deep.equal(['<gebied-kiezer>: The attribute tpyes does not exist. Did you mean types?']);
  });

  /** Global HTML attributes, and `data-` attributes of a CMS or test tool, which every element may carry. */
  const OTHER_ATTRIBUTES =
    'class="x" id="x" style="display: block" title="x" lang="nl" dir="ltr" hidden="" role="region" tabindex="-1" slot="x" part="x" is="x" nonce="x" inert="" ' +
    'popover="manual" translate="no" draggable="false" spellcheck="false" autofocus="" accesskey="x" contenteditable="false" enterkeyhint="done" ' +
    'inputmode="none" autocapitalize="off" exportparts="x" aria-label="x" aria-describedby="x" onclick="void 0" data-cms-id="17" data-testid="x" data-jaren="2020"';

  for (const tag of ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer']) {
    it(`<${tag}> with global attributes: no note`, async () => {
      let host!: HTMLElement;
      const errors = await captureConsoleErrors(async () => {
        host = await place(`<${tag} src="${MONITOR_URL}" gebied="BU07960101" loading="eager" ${OTHER_ATTRIBUTES}></${tag}>`, tag);
      });

      expect(message(host), 'message').to.equal('');
      expect(notes(host)).to.deep.equal([]);
      expect(errors, 'console errors').to.deep.equal([]);
    });
  }

  it('word of an unquoted value: no note', async () => {
    let vergelijk!: HTMLElement;
    await captureConsoleErrors(async () => {
      // HTML reads `gebieden=BU07960101 haren` as gebieden="BU07960101" and an empty attribute haren, close to jaren.
      vergelijk = await place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden=BU07960101 haren></buurt-vergelijk>`, 'buurt-vergelijk');
    });

    expect(notes(vergelijk)).to.deep.equal([]);
  });
});
