import { expect, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, captureConsoleErrors, settled, textOf } from './helpers.js';

/** Parses `markup` as a CMS page would deliver it and returns the first <profiel-taart>. */
async function place(markup: string): Promise<{ element: ProfielTaart; container: HTMLElement }> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.querySelector('profiel-taart') as ProfielTaart;
  await settled(element);
  return { element, container };
}

describe('<profiel-taart> in a CMS page', () => {
  const containers: HTMLElement[] = [];
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('passes an accessibility check with data- attributes', async () => {
    const { element, container } = await place(
      `<profiel-taart data-src="${MONITOR_URL}" data-gebied="BU07960101"><a href="${MONITOR_URL}">Gegevens</a></profiel-taart>`,
    );
    containers.push(container);
    await expect(element).to.be.accessible();
  });

  describe('data- attributes', () => {
    it('reads every data- alias', async () => {
      const { element, container } = await place(
        `<profiel-taart data-src="${MONITOR_URL}" data-gebied="Binnenstad oost" data-jaar="2016"
           data-weergave="ontwikkeling" data-lang="en"></profiel-taart>`,
      );
      containers.push(container);
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2016');
      expect(element.weergave).to.equal('ontwikkeling');
      expect(textOf(element, '.table-toggle')).to.equal('Show table with all values');
    });

    it('prefers the plain attribute in the markup', async () => {
      const { element, container } = await place(
        `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" data-gebied="BU07960102"></profiel-taart>`,
      );
      containers.push(container);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    });

    it('follows a later change of the alias', async () => {
      const { element, container } = await place(
        `<profiel-taart data-src="${MONITOR_URL}" data-gebied="BU07960101"></profiel-taart>`,
      );
      containers.push(container);
      element.setAttribute('data-gebied', 'Binnenstad oost');
      await element.updateComplete;
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
    });

    it('says no data source after data-src is removed', async () => {
      const { element, container } = await place(
        `<profiel-taart data-src="${MONITOR_URL}" data-gebied="BU07960101"></profiel-taart>`,
      );
      containers.push(container);
      const errors = await captureConsoleErrors(async () => {
        element.removeAttribute('data-src');
        await settled(element);
      });
      expect(textOf(element, '.message')).to.contain('Er is geen gegevensbron opgegeven');
      expect(errors).to.have.length(1);
    });

    it("keeps the markup's src when data-src goes", async () => {
      const { element, container } = await place(
        `<profiel-taart src="${MONITOR_URL}" data-src="/elders.json" data-gebied="BU07960101"></profiel-taart>`,
      );
      containers.push(container);
      element.removeAttribute('data-src');
      await element.updateComplete;
      expect(element.getAttribute('src')).to.equal(MONITOR_URL);
    });
  });

  describe('markup from CMS editors', () => {
    it('works inside a paragraph', async () => {
      const { element, container } = await place(
        `<p><profiel-taart data-src="${MONITOR_URL}" data-gebied="BU07960101"><a href="${MONITOR_URL}">Gegevens</a></profiel-taart></p>`,
      );
      containers.push(container);
      expect(element.parentElement?.localName).to.equal('p');
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    });

    it('hides the fallback link once the element renders', async () => {
      const { element, container } = await place(
        `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101"><a href="${MONITOR_URL}">Gegevens van de monitor</a></profiel-taart>`,
      );
      containers.push(container);
      const link = element.querySelector('a')!;
      expect(link.getClientRects().length).to.equal(0);
    });

    it('shows the fallback link without the script', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="nl"><body>
        <profiel-taart data-src="/data.json" data-gebied="Binnenstad"><a href="/data.json">Gegevens van de monitor</a></profiel-taart>
      </body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const link = frame.contentDocument!.querySelector('a')!;
        const box = link.getBoundingClientRect();
        expect(frame.contentWindow!.customElements.get('profiel-taart')).to.equal(undefined);
        expect(box.width).to.be.greaterThan(0);
        expect(box.height).to.be.greaterThan(0);
        expect(link.textContent).to.equal('Gegevens van de monitor');
      } finally {
        frame.remove();
      }
    });
  });
});

describe('inline data in a <script> without type="application/json"', () => {
  // A browser runs such a script as JavaScript, and the JSON fails there with a page error. Markup
  // set with innerHTML runs no scripts, so these tests see only what the element shows.
  const containers: HTMLElement[] = [];
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  for (const tag of ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer']) {
    it(`<${tag}>: names the missing type, recovers`, async () => {
      const json = await (await fetch(MONITOR_URL)).text();
      const container = document.createElement('div');
      containers.push(container);
      let element!: HTMLElement;
      const errors = await captureConsoleErrors(async () => {
        container.innerHTML = `<${tag} gebied="BU07960101"><script>${json}</script></${tag}>`;
        document.body.append(container);
        element = container.querySelector(tag)!;
        await waitUntil(() => element.shadowRoot?.querySelector('.message'), `<${tag}> showed no message`, { timeout: 5000 });
      });
      expect(textOf(element, '.message')).to.contain(
        'Het <script> met de gegevens binnen de tag heeft geen type, dus de gegevens worden niet gelezen. Geef het <script> het attribuut type="application/json".',
      );
      expect(errors.map((args) => String(args[0]))).to.deep.equal([
        `<${tag}>: The <script> inside the element has no type, so its data is not read: give it type="application/json".`,
      ]);

      element.querySelector('script')!.type = 'application/json';
      await waitUntil(() => !element.shadowRoot!.querySelector('.message, .loading'), `<${tag}> kept its message`, { timeout: 5000 });
      expect(textOf(element)).to.contain(tag === 'thema-legenda' ? 'Werk & leren' : 'Binnenstad');
    });
  }

  it('JSON left as text by the CMS: named', async () => {
    const container = document.createElement('div');
    containers.push(container);
    container.innerHTML = `<profiel-taart><p>{ "gebied": "De Haren", "jaar": 2022, "themas": [] }</p></profiel-taart>`;
    const errors = await captureConsoleErrors(async () => {
      document.body.append(container);
      await settled(container.querySelector('profiel-taart') as ProfielTaart);
    });
    expect(textOf(container.querySelector('profiel-taart')!, '.message')).to.contain(
      'De gegevens staan als gewone tekst in de tag, zonder <script type="application/json"> eromheen. Haalt het CMS dat script weg, zet de gegevens dan in een JSON-bestand en geef het adres in src (of data-src).',
    );
    expect(errors).to.have.length(1);
  });

  /** Places `markup` in a new container, as a CMS page delivers it, and returns the pie's message and the console errors. */
  async function placeTaart(markup: string): Promise<{ message: string; errors: unknown[][] }> {
    const container = document.createElement('div');
    containers.push(container);
    container.innerHTML = markup;
    const errors = await captureConsoleErrors(async () => {
      document.body.append(container);
      await settled(container.querySelector('profiel-taart') as ProfielTaart);
    });
    return { message: textOf(container.querySelector('profiel-taart')!, '.message'), errors };
  }

  for (const [name, json] of [
    ['a profile without themas', '{ "gebied": "De Haren", "jaar": 2022, "totaal": { "waarde": 0.4 } }'],
    ['curly quotes', '{ “formaat”: “wijkmonitor/1”, “resultaten”: [] }'],
  ]) {
    it(`JSON left as text by the CMS: named for ${name}`, async () => {
      const { message, errors } = await placeTaart(`<profiel-taart>${json}</profiel-taart>`);
      expect(message).to.contain('De gegevens staan als gewone tekst in de tag');
      expect(errors).to.have.length(1);
    });
  }

  it('fallback text with a colon: no data source', async () => {
    const { message, errors } = await placeTaart(`<profiel-taart><p>Bron: "CBS": zie de <a href="/data.json">gegevens</a>.</p></profiel-taart>`);
    expect(message).to.contain('Er is geen gegevensbron opgegeven');
    expect(errors).to.have.length(1);
  });

  it('script of another type: named', async () => {
    const container = document.createElement('div');
    containers.push(container);
    container.innerHTML = `<profiel-taart lang="en" gebied="BU07960101"><script type="text/javascript">{}</script></profiel-taart>`;
    const errors = await captureConsoleErrors(async () => {
      document.body.append(container);
      await settled(container.querySelector('profiel-taart') as ProfielTaart);
    });
    expect(textOf(container.querySelector('profiel-taart')!, '.message')).to.contain(
      'The <script> with the data inside the tag has type="text/javascript", so the data is not read. Give the <script> the attribute type="application/json".',
    );
    expect(errors).to.have.length(1);
  });
});
