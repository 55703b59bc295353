import { expect, fixture, waitUntil, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import { compareNames, differenceOf, meanOf } from '../../src/model/compare.js';
import { MONITOR_URL, captureConsoleErrors, html, serverUrl, shadow, silenceConsoleErrors, textOf } from './helpers.js';
import { skipInBackgroundPage } from './motion-helpers.js';
import { DEFAULT_VIEWPORT, emulateReducedMotion, resetReducedMotion, supports } from '../support/engine.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

const SCALES = {
  situatie: {
    klassen: [
      { id: 'boven', label: 'Boven gemiddeld', waardering: 1, vanaf: 0.5 },
      { id: 'gemiddeld', label: 'Gemiddeld', waardering: 0, vanaf: -0.5 },
      { id: 'beneden', label: 'Beneden gemiddeld', waardering: -1 },
    ],
  },
  ontwikkeling: {
    klassen: [
      { id: 'vooruit', label: 'Vooruit gegaan', waardering: 1 },
      { id: 'gelijk', label: 'Ongeveer gelijk gebleven', waardering: 0 },
      { id: 'achteruit', label: 'Achteruit gegaan', waardering: -1 },
    ],
  },
};

/**
 * A monitor with one thema and two deelthema's. `values` gives, per gebied name, the total and the
 * two deelthema values; null is a missing value.
 */
function smallMonitor(values: Record<string, [number | null, number | null, number | null]>, jaar = 2020) {
  const names = Object.keys(values);
  return {
    formaat: 'wijkmonitor/1',
    gebieden: [
      { code: 'GM0001', naam: 'Gemeente', type: 'gemeente' },
      ...names.map((naam, index) => ({ code: `BU${String(index).padStart(4, '0')}`, naam, type: 'buurt', ouder: 'GM0001' })),
    ],
    themas: [
      {
        id: 'welzijn',
        label: 'Welzijn',
        deelthemas: [
          { id: 'gezondheid', label: 'Gezondheid' },
          { id: 'sport', label: 'Sport' },
        ],
      },
    ],
    schalen: SCALES,
    resultaten: names.map((naam, index) => {
      const [totaal, gezondheid, sport] = values[naam];
      const score = (waarde: number | null) => (waarde === null ? { waarde: null, reden: 'geen-gegevens' } : { waarde });
      return {
        gebied: `BU${String(index).padStart(4, '0')}`,
        jaar,
        totaal: score(totaal),
        themas: { welzijn: score(totaal) },
        deelthemas: { gezondheid: score(gezondheid), sport: score(sport) },
      };
    }),
  };
}

async function renderVergelijk(template: ReturnType<typeof html>): Promise<BuurtVergelijk> {
  const element = await fixture<BuurtVergelijk>(template);
  await waitUntil(
    () => shadow(element).querySelector('.vergelijk, .message') !== null,
    'the comparison did not finish loading',
    { timeout: 10000 },
  );
  await element.updateComplete;
  return element;
}

/** Draws every small multiple at once, as before printing, without waiting for IntersectionObserver. */
function drawAllCards(): void {
  window.dispatchEvent(new Event('beforeprint'));
}

function cardNames(element: BuurtVergelijk): string[] {
  return [...shadow(element).querySelectorAll('.card-name')].map((node) => node.textContent!.trim());
}

function rowNames(element: BuurtVergelijk): string[] {
  return [...shadow(element).querySelectorAll('tbody th[scope="row"]')].map((node) => node.textContent!.trim());
}

/** Alpha of a computed colour, such as 1 for `rgb(255, 255, 255)` and 0 for `rgba(0, 0, 0, 0)`. */
function alphaOf(color: string): number {
  const channels = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return channels.length === 4 ? channels[3] : 1;
}

/** Text of the footer cell of a column in the row whose header starts with `rowStart`. */
function footerCell(element: BuurtVergelijk, rowStart: string, columnId: string): string {
  const row = [...shadow(element).querySelectorAll('tfoot tr')].find((tr) =>
    tr.querySelector('th')!.textContent!.trim().startsWith(rowStart),
  )!;
  return row.querySelector(`td[data-id="${columnId}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
}

/**
 * Builds the small monitor with classes on both scales: A1 scores above average and went forward,
 * A2 average and about the same, A3 below average and back. A2 has no development for sport, and A3
 * no sport value.
 */
function classedMonitor() {
  const data = smallMonitor({ A1: [1, 1, 1], A2: [0, 0, 0], A3: [-1, -1, null] });
  const ontwikkeling = ['vooruit', 'gelijk', 'achteruit'];
  data.resultaten.forEach((result, index) => {
    const scores: Record<string, unknown>[] = [result.totaal, result.themas.welzijn, result.deelthemas.gezondheid, result.deelthemas.sport];
    for (const score of scores) score.ontwikkeling = ontwikkeling[index];
  });
  const a2Sport: Record<string, unknown> = data.resultaten[1].deelthemas.sport;
  delete a2Sport.ontwikkeling;
  a2Sport.ontwikkelingReden = 'geen-vorige-editie';
  const a3Sport: Record<string, unknown> = data.resultaten[2].deelthemas.sport;
  delete a3Sport.ontwikkeling;
  return data;
}

/** Returns the value cell of the column labelled `column` in the table row of `row`. */
function valueCell(element: BuurtVergelijk, row: string, column: string): HTMLElement {
  const tableRow = [...shadow(element).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === row)!;
  return tableRow.querySelector<HTMLElement>(`td[data-label="${column}"]`)!;
}

/** Describes what a class chip draws: each shape's outline and the pattern laid over it. */
function markOf(container: Element): string {
  const chip = container.querySelector('svg.chip');
  if (!chip) return 'no svg.chip';
  return [...chip.querySelectorAll('path, rect')]
    .map((shape) => `${shape.localName} ${shape.getAttribute('d') ?? ''} ${shape.getAttribute('fill') ?? ''}`.trim())
    .join('; ');
}

/** Returns the marks of the key above the table, by label. */
function keyMarks(element: BuurtVergelijk): Record<string, string> {
  const items = [...shadow(element).querySelectorAll('.class-key li')];
  return Object.fromEntries(items.map((item) => [item.textContent!.trim(), markOf(item)]));
}

describe('<buurt-vergelijk>', () => {
  afterEach(resetReducedMotion);

  it('passes an accessibility check', async () => {
    const element = await renderVergelijk(
      html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>`,
    );
    await expect(element).to.be.accessible();
    element.vorm = 'tabel';
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  describe('choosing what to compare', () => {
    it('shows chosen gebieden in the given order', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="Binnenstad oost, BU07960101"></buurt-vergelijk>`,
      );
      expect(cardNames(element)).to.deep.equal(['Binnenstad oost', 'Binnenstad centrum']);
    });

    it('adds the wijk and the gemeente with context', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" context></buurt-vergelijk>`,
      );
      expect(cardNames(element)).to.deep.equal(['Binnenstad centrum', 'Binnenstad', "'s-Hertogenbosch"]);
    });

    it('shows one gebied across jaren', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" jaren="2016,2020"></buurt-vergelijk>`,
      );
      expect(cardNames(element)).to.deep.equal(['2016', '2020']);
    });

    it('takes gebieden and jaren as arrays', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} .gebieden=${['Binnenstad oost', 'BU07960101']}></buurt-vergelijk>`,
      );
      expect(cardNames(element)).to.deep.equal(['Binnenstad oost', 'Binnenstad centrum']);

      element.gebieden = null;
      element.gebied = 'BU07960101';
      element.jaren = [2016, 2020];
      await element.updateComplete;
      expect(cardNames(element)).to.deep.equal(['2016', '2020']);
      expect(element.getAttribute('jaren')).to.equal('2016,2020');
    });

    it('names an unknown gebied with suggestions', async () => {
      const restore = silenceConsoleErrors();
      try {
        const element = await renderVergelijk(
          html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,Binnenstad oots"></buurt-vergelijk>`,
        );
        expect(textOf(element, '.message')).to.include('Gebied "Binnenstad oots" komt niet voor in de gegevens.');
        expect(textOf(element, '.message')).to.include('Binnenstad oost');

        element.gebieden = 'BU07960101,Binnenstad oost';
        await element.updateComplete;
        expect(cardNames(element)).to.deep.equal(['Binnenstad centrum', 'Binnenstad oost']);
      } finally {
        restore();
      }
    });

    // Values typed with curly quotes; the messages name each as HTML read it.
    for (const [attribute, value] of [
      ['gebied', '“Binnenstad'],
      ['gebieden', '“Binnenstad centrum”'],
      ['jaar', '“2020”'],
      ['jaren', '“2016,2020”'],
      ['gebieden', '‘Binnenstad'],
      ['jaren', '‘2016,2020’'],
    ]) {
      it(`logs curly quotes around ${attribute} ${value}`, async () => {
        const element = await renderVergelijk(html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101"></buurt-vergelijk>`);
        const errors = await captureConsoleErrors(async () => {
          element.setAttribute(attribute, value);
          await element.updateComplete;
        });

        expect(textOf(element, '.message')).to.contain(`Het attribuut ${attribute} heeft gekrulde aanhalingstekens`);
        expect(textOf(element, '.message')).to.contain(`Gelezen is ${attribute}=${value}.`);
        const texts = errors.map((args) => String(args[0]));
        expect(texts, 'console errors').to.have.length(1);
        expect(texts[0]).to.contain(`The attribute ${attribute} has curly quotes`);
        expect(texts[0]).to.contain(`It read ${attribute}=${value}.`);
        expect(texts[0]).to.contain('as straight quotes');
      });
    }

    it('shows the load error of a missing file', async () => {
      const restore = silenceConsoleErrors();
      try {
        const element = await renderVergelijk(
          html`<buurt-vergelijk src=${serverUrl({ status: 404 })} gebied="BU07960101"></buurt-vergelijk>`,
        );
        expect(textOf(element, '.message')).to.include('De vergelijking kan niet worden getoond');
        expect(textOf(element, '.message')).to.include('foutcode 404');
      } finally {
        restore();
      }
    });

    it('asks for gebieden when none are given', async () => {
      const restore = silenceConsoleErrors();
      try {
        const element = await renderVergelijk(html`<buurt-vergelijk src=${MONITOR_URL}></buurt-vergelijk>`);
        expect(textOf(element, '.message')).to.include('Er zijn geen gebieden gekozen.');
      } finally {
        restore();
      }
    });
  });

  describe('no-data arithmetic', () => {
    it('leaves missing values out of means', () => {
      expect(meanOf([0.4, null, -0.2])).to.deep.equal({ mean: 0.1, count: 2 });
      expect(meanOf([null, undefined])).to.deep.equal({ mean: null, count: 0 });
    });

    it('gives no difference with a missing value', () => {
      expect(differenceOf(0.3, 0.7)).to.be.closeTo(-0.4, 1e-12);
      expect(differenceOf(null, 0.7)).to.equal(null);
      expect(differenceOf(0.3, null)).to.equal(null);
    });

    it('shows means and differences in nl-NL', async () => {
      // Gezondheid: 0.3, 0.7, missing. Mean of the two present: 0.5 (not 0.33 as with a 0).
      // Sport: 1.2, −0.6, −0.3. Mean: 0.1. Difference A2 − A1: −1.8; A3 − A1: −1.5.
      const data = smallMonitor({ A1: [0.3, 0.3, 1.2], A2: [0.7, 0.7, -0.6], A3: [null, null, -0.3] });
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${data} gebieden="A1,A2,A3" vorm="tabel"></buurt-vergelijk>`,
      );

      expect(footerCell(element, 'Gemiddelde', 'gezondheid')).to.equal('0,5 uit 2 van 3');
      expect(footerCell(element, 'Gemiddelde', 'sport')).to.equal('0,1');
      expect(footerCell(element, 'Verschil A2 − A1', 'gezondheid')).to.equal('+0,4');
      expect(footerCell(element, 'Verschil A2 − A1', 'sport')).to.equal('−1,8');
      expect(footerCell(element, 'Verschil A3 − A1', 'gezondheid')).to.equal('—Geen gegevens');
      expect(footerCell(element, 'Verschil A3 − A1', 'sport')).to.equal('−1,5');
    });

    it('names a row without results', async () => {
      const data = smallMonitor({ A1: [0.3, 0.3, 1.2], A2: [0.7, 0.7, -0.6] });
      const [a1] = data.resultaten;
      data.resultaten.push({ ...a1, jaar: 2016 });
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${data} gebieden="A1,A2" jaar="2016" vorm="tabel"></buurt-vergelijk>`,
      );

      const rows = [...shadow(element).querySelectorAll('tbody tr')];
      expect(rows.map((row) => row.querySelector('th')!.textContent!.trim())).to.deep.equal(['A1', 'A2']);
      expect(rows[1].querySelectorAll('td').length, 'cells in the row without results').to.equal(1);
      expect(rows[1].querySelector('td')!.colSpan).to.equal(4);
      expect(rows[1].querySelector('td')!.textContent!.trim()).to.equal('Geen resultaten voor dit jaar');
      expect(rows[0].querySelectorAll('td').length, 'cells in the row with results').to.equal(4);
      await expect(element).to.be.accessible();
    });

    it('shows the difference between jaren', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" jaren="2016,2020" vorm="tabel"></buurt-vergelijk>`,
      );
      const rows = [...shadow(element).querySelectorAll('tfoot th')].map((th) => th.textContent!.trim());
      expect(rows).to.deep.equal(['Gemiddelde', 'Verschil 2020 − 2016']);
      expect(textOf(element, 'caption')).to.equal('Scores ten opzichte van het gemiddelde van de gemeente, per thema en deelthema: Binnenstad centrum, 2016 en 2020');
    });

    it('heads the rows of one gebied in several jaren Jaar', async () => {
      const jaren = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" jaren="2016,2020" vorm="tabel"></buurt-vergelijk>`,
      );
      const gebieden = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk>`,
      );
      expect(textOf(jaren, 'thead tr:first-child th:first-child')).to.equal('Jaar');
      expect(textOf(gebieden, 'thead tr:first-child th:first-child')).to.equal('Gebied');
    });
  });

  describe('class marks', () => {
    it('marks ontwikkeling by trend shape', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${classedMonitor()} gebieden="A1,A2,A3" vorm="tabel" weergave="ontwikkeling"></buurt-vergelijk>`,
      );
      const vooruit = markOf(valueCell(element, 'A1', 'Gezondheid'));
      const gelijk = markOf(valueCell(element, 'A2', 'Gezondheid'));
      const achteruit = markOf(valueCell(element, 'A3', 'Gezondheid'));

      expect(new Set([vooruit, gelijk, achteruit]).size, 'different marks for three classes').to.equal(3);
      expect(markOf(valueCell(element, 'A1', 'Totaal')), 'mark of another vooruit value').to.equal(vooruit);
      expect(valueCell(element, 'A1', 'Gezondheid').querySelector<SVGElement>('svg.chip')!.dataset.trend).to.equal('up');
      expect(valueCell(element, 'A2', 'Gezondheid').querySelector<SVGElement>('svg.chip')!.dataset.trend).to.equal('level');
      expect(valueCell(element, 'A3', 'Gezondheid').querySelector<SVGElement>('svg.chip')!.dataset.trend).to.equal('down');

      const key = keyMarks(element);
      expect(Object.keys(key)).to.deep.equal(['Vooruit gegaan', 'Ongeveer gelijk gebleven', 'Achteruit gegaan', 'Geen gegevens']);
      expect(key['Vooruit gegaan'], 'key mark of vooruit').to.equal(vooruit);
      expect(key['Ongeveer gelijk gebleven'], 'key mark of gelijk').to.equal(gelijk);
      expect(key['Achteruit gegaan'], 'key mark of achteruit').to.equal(achteruit);
      expect(markOf(valueCell(element, 'A2', 'Sport')), 'mark of a value without development').to.equal(key['Geen gegevens']);
      expect(textOf(element, '.class-key-title')).to.equal('Kleur en teken: ontwikkeling sinds de vorige editie');
    });

    it('marks situatie by pattern', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${classedMonitor()} gebieden="A1,A2,A3" vorm="tabel"></buurt-vergelijk>`,
      );
      const boven = valueCell(element, 'A1', 'Gezondheid');
      const gemiddeld = valueCell(element, 'A2', 'Gezondheid');
      const beneden = valueCell(element, 'A3', 'Gezondheid');
      const patternOf = (cell: HTMLElement) => cell.querySelector('svg.chip rect.pattern')?.getAttribute('fill') ?? 'none';

      expect(new Set([markOf(boven), markOf(gemiddeld), markOf(beneden)]).size, 'different marks for three classes').to.equal(3);
      expect(patternOf(boven)).to.equal('url(#dots)');
      expect(patternOf(gemiddeld)).to.equal('none');
      expect(patternOf(beneden)).to.equal('url(#hatch)');
      expect(patternOf(valueCell(element, 'A3', 'Sport'))).to.equal('url(#no-data)');
      // The patterns are defined in the same shadow root, or the fills would not draw.
      for (const id of ['dots', 'hatch', 'no-data']) {
        expect(shadow(element).querySelectorAll(`pattern#${id}`).length, `patterns #${id}`).to.equal(1);
      }

      const key = keyMarks(element);
      expect(Object.keys(key)).to.deep.equal(['Boven gemiddeld', 'Gemiddeld', 'Beneden gemiddeld', 'Geen gegevens']);
      expect(key['Boven gemiddeld'], 'key mark of boven').to.equal(markOf(boven));
      expect(key['Gemiddeld'], 'key mark of gemiddeld').to.equal(markOf(gemiddeld));
      expect(key['Beneden gemiddeld'], 'key mark of beneden').to.equal(markOf(beneden));
      expect(textOf(element, '.class-key-title')).to.equal('Kleur en patroon: situatie ten opzichte van het gemiddelde');
    });

    it('names each class in hidden text', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${classedMonitor()} gebieden="A1,A2,A3" vorm="tabel" weergave="ontwikkeling"></buurt-vergelijk>`,
      );
      const text = (row: string, column: string) => valueCell(element, row, column).textContent!.replace(/\s+/g, ' ').trim();

      expect(text('A1', 'Gezondheid')).to.equal('1,0, Vooruit gegaan');
      expect(text('A2', 'Sport')).to.equal('0,0, Geen vorige editie om mee te vergelijken');
      expect(text('A3', 'Sport'), 'a cell without a value').to.equal('—Geen gegevens');
      const hidden = valueCell(element, 'A1', 'Gezondheid').querySelector('.visually-hidden')!;
      expect(hidden.getBoundingClientRect().width, 'width of the class name').to.be.at.most(1);
    });

    it('names each class in English', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel" weergave="ontwikkeling" lang="en"></buurt-vergelijk>`,
      );
      const text = valueCell(element, 'Binnenstad centrum', 'Making ends meet').textContent!.replace(/\s+/g, ' ').trim();

      expect(text).to.equal('−0.4, Declined');
      expect(textOf(element, '.class-key-title')).to.equal('Colour and marker: development since the previous edition');
      expect(Object.keys(keyMarks(element))).to.deep.equal(['Improved', 'About the same', 'Declined', 'No data']);
    });
  });

  describe('sorting', () => {
    const names = ["'t Zand", 'Zuid', 'IJsselkade', "'s-Hertogenbosch", 'Ypenburg', 'Ångström'];

    it('compares names with Dutch collation', () => {
      const sorted = [...names].sort(compareNames);
      expect(sorted).to.deep.equal(['Ångström', "'s-Hertogenbosch", 'IJsselkade', 'Ypenburg', "'t Zand", 'Zuid']);
    });

    it('sorts cards by name and shows names as given', async () => {
      const values = Object.fromEntries(names.map((naam) => [naam, [0, 0, 0]])) as Record<string, [number, number, number]>;
      const data = smallMonitor(values);
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${data} gebieden="alle-buurten" sorteer="naam"></buurt-vergelijk>`,
      );
      expect(cardNames(element)).to.deep.equal(['Ångström', "'s-Hertogenbosch", 'IJsselkade', 'Ypenburg', "'t Zand", 'Zuid']);
    });

    it('sorts by total with missing values last', async () => {
      const data = smallMonitor({ Laag: [-1, 0, 0], Leeg: [null, 0, 0], Hoog: [1.2, 0, 0], Midden: [0.1, 0, 0] });
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${data} gebieden="alle-buurten" sorteer="totaal" vorm="tabel"></buurt-vergelijk>`,
      );
      expect(rowNames(element)).to.deep.equal(['Hoog', 'Midden', 'Laag', 'Leeg']);
    });

    it('sorts by a deelthema chosen in the field', async () => {
      const data = smallMonitor({ A: [0, -0.5, 0], B: [0, 0.9, 0], C: [0, null, 0] });
      const element = await renderVergelijk(
        html`<buurt-vergelijk .data=${data} gebieden="alle-buurten" vorm="tabel"></buurt-vergelijk>`,
      );
      element.sorteer = 'gezondheid';
      await element.updateComplete;
      expect(rowNames(element)).to.deep.equal(['B', 'A', 'C']);

      const select = shadow(element).querySelector('select')!;
      select.value = 'naam';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.sorteer).to.equal('naam');
      expect(rowNames(element)).to.deep.equal(['A', 'B', 'C']);
    });
  });

  describe('views', () => {
    it('switches between pies and table with buttons', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>`,
      );
      expect(shadow(element).querySelectorAll('.card')).to.have.length(2);

      shadow(element).querySelector<HTMLButtonElement>('button[data-vorm="tabel"]')!.click();
      await element.updateComplete;
      expect(element.vorm).to.equal('tabel');
      expect(shadow(element).querySelector('table')).to.not.equal(null);
      expect(shadow(element).querySelector('button[data-vorm="tabel"]')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('wraps the table caption on a phone', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk style="display: block; width: 320px" src=${MONITOR_URL} gebieden="BU07960101,BU07960102" vorm="tabel"></buurt-vergelijk>`,
      );
      const box = shadow(element).querySelector<HTMLElement>('.table-scroll')!;
      const caption = shadow(element).querySelector<HTMLElement>('.caption-text')!;
      expect(box.scrollWidth, 'table wider than the element').to.be.greaterThan(box.clientWidth);
      expect(caption.getBoundingClientRect().right, 'caption end').to.be.at.most(box.getBoundingClientRect().right + 1);

      box.scrollLeft = box.scrollWidth;
      await nextFrame();
      expect(caption.getBoundingClientRect().left, 'caption start after scrolling').to.be.at.least(box.getBoundingClientRect().left - 1);
    });

    it('keeps the name column sticky', async () => {
      const scrollLeft = 200;
      // The table is wider than its scroll box on a phone, and with the demo's 17 value columns also
      // on a desktop.
      for (const width of [320, 760]) {
        const element = await renderVergelijk(
          html`<buurt-vergelijk style="display: block; width: ${width}px" src=${DEMO_URL} gebied="Het Zand" context vorm="tabel"></buurt-vergelijk>`,
        );
        const root = shadow(element);
        const box = root.querySelector<HTMLElement>('.table-scroll')!;
        const nameHeader = root.querySelector<HTMLElement>('thead th')!;
        const rowHeaders = [...root.querySelectorAll<HTMLElement>('th[scope="row"]')];
        expect(nameHeader.textContent!.trim()).to.equal('Gebied');
        expect(box.scrollWidth - box.clientWidth, `${width} px: table overflow`).to.be.greaterThan(scrollLeft);

        // elementFromPoint only finds cells inside the viewport.
        box.scrollIntoView();
        box.scrollLeft = scrollLeft;
        await nextFrame();

        const boxLeft = box.getBoundingClientRect().left;
        const nameColumnRight = rowHeaders[0].getBoundingClientRect().right;
        const headerRows = root.querySelector('thead')!.getBoundingClientRect();
        expect(nameHeader.getBoundingClientRect().top, `${width} px, Gebied: top`).to.be.closeTo(headerRows.top, 1);
        expect(nameHeader.getBoundingClientRect().bottom, `${width} px, Gebied: bottom`).to.be.closeTo(headerRows.bottom, 1);
        for (const cell of [nameHeader, ...rowHeaders]) {
          const name = `${width} px, ${cell.textContent!.trim()}`;
          const rect = cell.getBoundingClientRect();
          expect(rect.left, `${name}: start`).to.be.closeTo(boxLeft, 1);
          expect(rect.right, `${name}: end`).to.be.closeTo(nameColumnRight, 1);
          // The Gebied header spans both header rows, so it is hit-tested in each. The centre of a row
          // header stays clear of WebKitGTK's overlay scrollbar, which covers the bottom of the last row.
          const fractions = cell === nameHeader ? [0.25, 0.75] : [0.5];
          for (const fraction of fractions) {
            const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height * fraction);
            expect(cell.contains(hit), `${name}: on top of the scrolled cells at ${fraction} of its height`).to.equal(true);
          }
          expect(alphaOf(getComputedStyle(cell).backgroundColor), `${name}: background opacity`).to.equal(1);
        }

        // The header of every value column stays above that column.
        const totalHeader = root.querySelector<HTMLElement>('thead th.number')!;
        const valueHeaders = [totalHeader, ...root.querySelectorAll<HTMLElement>('thead tr + tr th')];
        const firstRowCells = [...root.querySelectorAll<HTMLElement>('tbody tr:first-child td')];
        expect(valueHeaders).to.have.length(firstRowCells.length);
        valueHeaders.forEach((header, index) => {
          expect(header.getBoundingClientRect().left, `${width} px, ${header.textContent!.trim()}: above its column`).to.be.closeTo(
            firstRowCells[index].getBoundingClientRect().left,
            1,
          );
        });
      }
    });

    it('scrolls the table with arrow keys', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk style="display: block; width: 320px" src=${MONITOR_URL} gebieden="BU07960101,BU07960102" vorm="tabel"></buurt-vergelijk>`,
      );
      const box = shadow(element).querySelector<HTMLElement>('.table-scroll')!;
      box.focus();
      expect(shadow(element).activeElement, 'focused element').to.equal(box);

      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => box.scrollLeft > 0, 'ArrowRight did not scroll the table', { timeout: 2000 });
    });

    it('draws every buurt of the demo lazily', async function () {
      skipInBackgroundPage(this);
      // WebDriver cannot resize the viewport, so there the page keeps the browser window's size.
      if (await supports('viewport')) await setViewport({ ...DEFAULT_VIEWPORT });
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${DEMO_URL} gebieden="alle-buurten" jaar="2020"></buurt-vergelijk>`,
      );
      const cards = shadow(element).querySelectorAll<HTMLElement>('.card');
      expect(cards).to.have.length(107);

      await waitUntil(() => shadow(element).querySelectorAll('svg.mini').length > 0, 'no card was drawn', { timeout: 5000 });
      expect(shadow(element).querySelectorAll('svg.mini').length).to.be.lessThan(107);

      const last = cards[cards.length - 1];
      last.scrollIntoView();
      await waitUntil(() => last.querySelector('svg.mini') !== null, 'the last card was not drawn after scrolling', {
        timeout: 5000,
      });
      window.scrollTo(0, 0);
    });

    it('draws every card before printing', async () => {
      // WebDriver cannot resize the viewport, so there the page keeps the browser window's size.
      if (await supports('viewport')) await setViewport({ ...DEFAULT_VIEWPORT });
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${DEMO_URL} gebieden="alle-buurten" jaar="2020"></buurt-vergelijk>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('svg.mini')).to.have.length(107);
    });
  });

  describe('transitions', () => {
    it('ends a change of weergave where a fresh render is', async () => {
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>`,
      );
      drawAllCards();
      await waitUntil(() => shadow(element).querySelectorAll('svg.mini').length === 2, 'cards were not drawn');

      element.weergave = 'ontwikkeling';
      await element.updateComplete;
      // A background test page gets no animation frames; there the change shows at once.
      if (document.visibilityState === 'visible') await nextFrame();
      element.gebieden = 'BU07960102,BU07960101';
      await element.updateComplete;
      await waitUntil(() => shadow(element).querySelector('svg.transitioning') === null, 'the transition did not end', {
        timeout: 5000,
      });
      await element.updateComplete;

      const fresh = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960102,BU07960101" weergave="ontwikkeling"></buurt-vergelijk>`,
      );
      drawAllCards();
      await waitUntil(() => shadow(fresh).querySelectorAll('svg.mini').length === 2, 'cards were not drawn');
      const classes = (root: BuurtVergelijk) =>
        [...shadow(root).querySelectorAll('path.slice, path.pattern, path.exiting')].map(
          (path) => `${path.getAttribute('d')} ${path.parentElement!.getAttribute('class')} ${getComputedStyle(path).fill}`,
        );
      expect(classes(element)).to.deep.equal(classes(fresh));
    });

    it('fades card fills and updates totals at once', async function () {
      skipInBackgroundPage(this);
      await emulateReducedMotion(this, 'no-preference');
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>`,
      );
      drawAllCards();
      await waitUntil(() => shadow(element).querySelectorAll('svg.mini').length === 2, 'cards were not drawn');
      const fading = () =>
        [...shadow(element).querySelectorAll('path.slice')].filter((slice) =>
          slice.getAnimations().some((animation) => animation instanceof CSSTransition && animation.transitionProperty === 'fill'),
        );

      element.weergave = 'ontwikkeling';
      await element.updateComplete;
      // Reading the style starts the CSS transitions at once, so no frame has to pass.
      for (const slice of shadow(element).querySelectorAll('path.slice')) getComputedStyle(slice).getPropertyValue('fill');

      expect(shadow(element).querySelectorAll('svg.mini.transitioning')).to.have.length(2);
      expect(fading().length).to.be.greaterThan(0);
      const fresh = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" weergave="ontwikkeling"></buurt-vergelijk>`,
      );
      expect(textOf(element, '.card-total')).to.equal(textOf(fresh, '.card-total'));
      await waitUntil(() => shadow(element).querySelector('svg.transitioning') === null, 'the transition did not end', {
        timeout: 5000,
      });
      expect(fading()).to.deep.equal([]);
    });

    it('fades nothing under reduced motion', async function () {
      await emulateReducedMotion(this, 'reduce');
      const element = await renderVergelijk(
        html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102"></buurt-vergelijk>`,
      );
      drawAllCards();
      await waitUntil(() => shadow(element).querySelectorAll('svg.mini').length === 2, 'cards were not drawn');
      element.weergave = 'ontwikkeling';
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('svg.transitioning')).to.have.length(0);
    });
  });
});
