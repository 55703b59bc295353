import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { countConsoleErrors, mount, nonFiniteAttributes, outcome, sampleProfile, settle, type DataElement } from './harness.js';

// Cases that broke comparable chart libraries, each with the value a user must see.

const FONT_URL = '/test-server/data?file=node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2&type=font/woff2&ms=800';
const LONG_NAME = 'Tevredenheid over de bereikbaarheid van voorzieningen voor ouderen en mensen met een beperking in de buurt';
const COMPOUND = 'Arbeidsongeschiktheidsverzekeringsuitkeringen';

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

function cellsOf(element: Element, rowName: string): string[] {
  const row = [...shadow(element).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === rowName);
  return row ? [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()) : [];
}

function profileWith(deelthemas: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  return {
    gebied: 'Testbuurt',
    jaar: 2022,
    totaal: 0,
    waarden: { soort: 'z-score', domein: [-2, 2], decimalen: 1 },
    themas: [
      { naam: 'Werk & leren', deelthemas: deelthemas.slice(0, 2) },
      { naam: 'Welzijn', deelthemas: deelthemas.slice(2) },
    ],
    ...overrides,
  };
}

/** Radii of the value ring, read from the drawn track and zero line. */
function valueRing(element: Element): { inner: number; outer: number; zero: number } {
  const track = shadow(element).querySelector('circle.value-track')!;
  const middle = Number(track.getAttribute('r'));
  const half = Number(track.getAttribute('stroke-width')) / 2;
  return { inner: middle - half, outer: middle + half, zero: Number(shadow(element).querySelector('circle.zero-line')!.getAttribute('r')) };
}

/** Finds the radii that a slice covers along the middle of its angle by probing its fill every 0.25 px. */
function radialExtent(element: Element, id: string, from: number, to: number): [number, number] | null {
  const path = shadow(element).querySelector<SVGPathElement>(`path.slice[data-id="${id}"]`)!;
  const box = path.getBBox();
  const angle = Math.atan2(box.x + box.width / 2, -(box.y + box.height / 2));
  let first: number | null = null;
  let last: number | null = null;
  for (let radius = from; radius <= to; radius += 0.25) {
    const point = new DOMPoint(Math.sin(angle) * radius, -Math.cos(angle) * radius);
    if (path.isPointInFill(point)) {
      first ??= radius;
      last = radius;
    }
  }
  return first === null || last === null ? null : [first, last];
}

/** Path data of every slice by id. */
function slicePaths(element: Element): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const path of shadow(element).querySelectorAll('path.slice')) paths[path.getAttribute('data-id')!] = path.getAttribute('d')!;
  return paths;
}

describe('regressions from comparable libraries', function () {
  this.timeout(30_000);
  let consoleErrors: ReturnType<typeof countConsoleErrors>;

  beforeEach(() => {
    consoleErrors = countConsoleErrors();
  });
  afterEach(() => consoleErrors.restore());

  it('passes an accessibility check', async () => {
    const element = await fixture<DataElement>(html`<profiel-taart straal="waarde" .data=${sampleProfile()}></profiel-taart>`);
    await settle(element);
    await expect(element).to.be.accessible();
  });

  describe('all scores 0', () => {
    const zeros = () =>
      profileWith(
        ['a', 'b', 'c', 'd'].map((naam) => ({ naam, waarde: 0, klasse: 'gemiddeld' })),
        { waarden: { decimalen: 0 } },
      );

    for (const straal of ['vast', 'waarde']) {
      it(`lays out every slice with straal=${straal}`, async () => {
        const element = await mount('profiel-taart', zeros(), { straal });
        expect(outcome(element)).to.equal('chart');
        const paths = Object.values(slicePaths(element));
        expect(paths).to.have.length(2 + 4);
        for (const path of paths) expect(path).to.match(/^M/);
        expect(nonFiniteAttributes(shadow(element))).to.deep.equal([]);
        expect(shadow(element).querySelector('.total-value')!.textContent).to.equal('0');
        expect(cellsOf(element, 'a')[0]).to.equal('0');
        element.remove();
      });
    }

    it('keeps zero slices visible by value', async () => {
      const element = await mount('profiel-taart', zeros(), { straal: 'waarde' });
      const ring = valueRing(element);
      const extent = radialExtent(element, 'a', ring.inner, ring.outer);
      expect(extent, 'a zero slice is drawn').to.not.equal(null);
      element.remove();
    });
  });

  describe('radii from the fixed domain', () => {
    const three = [
      { naam: 'Laag', waarde: '−0,4', klasse: 'gemiddeld' },
      { naam: 'Hoog', waarde: 1.2, klasse: 'boven' },
      { naam: 'Laagste', waarde: -1.5, klasse: 'beneden' },
    ];

    it('draws a negative value inward from the zero line', async () => {
      const element = await mount('profiel-taart', profileWith(three), { straal: 'waarde' });
      const ring = valueRing(element);
      expect(ring.zero).to.be.closeTo((ring.inner + ring.outer) / 2, 0.01);

      const extent = radialExtent(element, 'laag', ring.inner, ring.outer)!;
      const expectedInner = ring.zero - (0.4 / 4) * (ring.outer - ring.inner);
      expect(extent[0]).to.be.closeTo(expectedInner, 1);
      expect(extent[1]).to.be.closeTo(ring.zero, 1);
      expect(cellsOf(element, 'Laag')[0]).to.equal('\u22120,4');
      element.remove();
    });

    it('keeps the lowest deelthema visible', async () => {
      const element = await mount('profiel-taart', profileWith(three), { straal: 'waarde' });
      const ring = valueRing(element);
      const extent = radialExtent(element, 'laagste', ring.inner, ring.outer)!;
      expect(extent[1] - extent[0]).to.be.greaterThan(0.3 * (ring.outer - ring.inner));
      element.remove();
    });

    it('keeps radii when a deelthema is added', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px"></div>`);
      const before = await mount('profiel-taart', profileWith(three), { straal: 'waarde' }, wrapper);
      const ring = valueRing(before);
      const hoog = radialExtent(before, 'hoog', ring.inner, ring.outer);
      before.remove();

      const more = [...three, { naam: 'Extreem', waarde: 1.9, klasse: 'boven' }];
      const after = await mount('profiel-taart', profileWith(more), { straal: 'waarde' }, wrapper);
      expect(valueRing(after)).to.deep.equal(ring);
      expect(radialExtent(after, 'hoog', ring.inner, ring.outer)).to.deep.equal(hoog);
      after.remove();
    });
  });

  describe('switching jaar', () => {
    /** Builds a monitor whose 2016 and 2020 results differ: one deelthema added, one removed, one crossing zero. */
    function changingMonitor() {
      const score = (waarde: number) => {
        let klasse = 'gemiddeld';
        if (waarde > 0.5) klasse = 'boven';
        if (waarde < -0.5) klasse = 'beneden';
        return { waarde, klasse };
      };
      const klassen = (ids: string[]) => ids.map((id, index) => ({ id, label: id, waardering: 1 - index }));
      return {
        formaat: 'wijkmonitor/1',
        gebieden: [{ code: 'BU1', naam: 'Buurt', type: 'buurt' }],
        themas: [
          { id: 't1', label: 'Werk', deelthemas: [{ id: 'oud', label: 'Oud' }, { id: 'kruist', label: 'Kruist' }] },
          { id: 't2', label: 'Welzijn', deelthemas: [{ id: 'nieuw', label: 'Nieuw' }, { id: 'vast', label: 'Vast' }] },
        ],
        schalen: { situatie: { klassen: klassen(['boven', 'gemiddeld', 'beneden']) }, ontwikkeling: { klassen: klassen(['vooruit', 'gelijk', 'achteruit']) } },
        resultaten: [
          { gebied: 'BU1', jaar: 2016, totaal: score(0.2), deelthemas: { oud: score(0.7), kruist: score(1.8), vast: score(0.1) } },
          { gebied: 'BU1', jaar: 2020, totaal: score(-0.3), deelthemas: { kruist: score(-1.8), nieuw: score(-0.9), vast: score(0.1) } },
        ],
      };
    }

    for (const straal of ['vast', 'waarde']) {
      it(`ends equal to a fresh render with straal=${straal}`, async () => {
        const monitor = changingMonitor();
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
        const element = await mount('profiel-taart', monitor, { gebied: 'BU1', jaar: '2016', straal }, wrapper);
        const fresh = await mount('profiel-taart', monitor, { gebied: 'BU1', jaar: '2020', straal }, wrapper);
        const expected = slicePaths(fresh);

        // Watch every frame while the element switches twice within one task, then once more.
        const frames: string[][] = [];
        let watching = true;
        const watch = () => {
          frames.push(nonFiniteAttributes(shadow(element)));
          if (watching) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);

        element.setAttribute('jaar', '2020');
        await element.updateComplete;
        element.setAttribute('jaar', '2016');
        await element.updateComplete;
        element.setAttribute('jaar', '2020');

        await waitUntil(() => JSON.stringify(slicePaths(element)) === JSON.stringify(expected), 'the final geometry differs from a fresh render', {
          timeout: 10_000,
        });
        watching = false;
        expect(frames.flat()).to.deep.equal([]);
        expect(consoleErrors.count()).to.equal(0);
      });
    }
  });

  describe('long labels and a late web font', () => {
    let face: FontFace;
    let family: string;

    // A new family per test, so the font arrives late in each test.
    beforeEach(() => {
      family = `WbmLate${Math.random().toString(36).slice(2)}`;
      face = new FontFace(family, `url(${FONT_URL}&family=${family})`);
      document.fonts.add(face);
    });
    afterEach(() => {
      document.fonts.delete(face);
    });

    const longProfile = () =>
      profileWith([
        { naam: LONG_NAME, waarde: 0.6, klasse: 'boven' },
        { naam: COMPOUND, waarde: -0.7, klasse: 'beneden' },
        { naam: 'Kort', waarde: 0.1, klasse: 'gemiddeld' },
      ]);

    /** Checks that labels are whole or end in "…", stay inside the chart and do not overlap. */
    function checkLabels(element: Element): void {
      const svg = shadow(element).querySelector('svg')!;
      const width = Number(svg.getAttribute('width'));
      const [cx] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const labels = [...shadow(element).querySelectorAll<SVGTextElement>('text.label')];
      const boxes = labels.map((label) => label.getBBox());
      for (const [index, label] of labels.entries()) {
        const text = label.textContent ?? '';
        expect([LONG_NAME, COMPOUND, 'Kort'].some((name) => text === name || (text.endsWith('…') && name.startsWith(text.slice(0, -1))))).to.equal(
          true,
          `label "${text}" is neither whole nor shortened`,
        );
        const box = boxes[index];
        const left = box.x + width / 2 + cx;
        expect(left, `"${text}" starts inside the chart`).to.be.at.least(-1);
        expect(left + box.width, `"${text}" ends inside the chart`).to.be.at.most(width + 1);
      }
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const overlap =
            boxes[a].x < boxes[b].x + boxes[b].width &&
            boxes[b].x < boxes[a].x + boxes[a].width &&
            boxes[a].y < boxes[b].y + boxes[b].height - 1 &&
            boxes[b].y < boxes[a].y + boxes[a].height - 1;
          expect(overlap, `labels ${a} and ${b} overlap`).to.equal(false);
        }
      }
    }

    for (const width of [320, 1200]) {
      it(`fits labels at ${width} px after the font loads`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
        wrapper.style.fontFamily = `${family}, monospace`;
        const element = await mount('profiel-taart', longProfile(), {}, wrapper);
        const before = [...shadow(element).querySelectorAll('text.label')].map((label) => label.textContent);

        await face.load();
        await document.fonts.ready;
        await element.updateComplete;
        expect(element.scrollWidth).to.be.at.most(width);
        if (width >= 520) {
          const labelTexts = () => [...shadow(element).querySelectorAll('text.label')].map((label) => label.textContent);
          expect(before).to.have.length(3);
          await waitUntil(
            () => JSON.stringify(labelTexts()) !== JSON.stringify(before),
            'the labels were not measured again in the web font',
          );
          checkLabels(element);
        } else {
          for (const item of shadow(element).querySelectorAll<HTMLElement>('.key li')) {
            expect(item.scrollWidth, `"${item.textContent?.trim()}" fits its row`).to.be.at.most(item.clientWidth + 1);
          }
        }
        element.remove();
      });
    }

    it('measures again when a hidden chart is shown', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: none; width: 1200px"></div>`);
      const element = await mount('profiel-taart', longProfile(), {}, wrapper);
      wrapper.style.display = 'block';
      await waitUntil(() => shadow(element).querySelector('svg')?.getAttribute('width') === '1200', 'the chart did not take the new width');
      await waitUntil(() => shadow(element).querySelectorAll('text.label').length === 3);
      checkLabels(element);
    });

    it('lays out again on resize', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 1200px"></div>`);
      const element = await mount('profiel-taart', longProfile(), {}, wrapper);
      await waitUntil(() => shadow(element).querySelector('svg')?.getAttribute('width') === '1200');
      wrapper.style.width = '600px';
      await waitUntil(() => shadow(element).querySelector('svg')?.getAttribute('width') === '600', 'the chart did not follow the resize');
      checkLabels(element);
    });
  });

  describe('inline JSON from a CMS', () => {
    const broken: [string, string, RegExp][] = [
      ['unquoted keys', '{ gebied: "De Haren", "jaar": 2022, "themas": [] }', /regel 1/i],
      ['curly quotes', '{ \u201Cgebied\u201D: \u201CDe Haren\u201D, "jaar": 2022, "themas": [] }', /regel 1/i],
      ['an empty element', '', /leeg|geen/i],
      // A problem with the whole file names no JSON path: a bare "$" means nothing to a web editor.
      ['valid JSON of the wrong shape', '[1, 2, 3]', /JSON-object \{ … \} zijn, maar dit is een lijst[^$]*$/],
    ];

    for (const [name, text, position] of broken) {
      it(`explains ${name} and re-renders when fixed`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <profiel-taart id="fine" .data=${sampleProfile()}></profiel-taart>
        </div>`);
        const element = document.createElement('profiel-taart') as DataElement;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        element.append(script);
        wrapper.prepend(element);
        const fine = wrapper.querySelector<DataElement>('#fine')!;
        await settle(element);
        await settle(fine);

        const message = shadow(element).querySelector('.message')?.textContent ?? '';
        expect(message).to.contain('De profieltaart kan niet worden getoond');
        expect(message).to.match(position);
        expect(consoleErrors.count()).to.equal(1);
        expect(outcome(fine)).to.equal('chart');

        element.querySelector('script')!.textContent = JSON.stringify(sampleProfile());
        await waitUntil(() => outcome(element) === 'chart', 'fixing the JSON did not draw the chart');
      });
    }

    it('says an empty src gives no data source', async () => {
      const element = await fixture<DataElement>(html`<profiel-taart src=""></profiel-taart>`);
      await settle(element);
      expect(shadow(element).querySelector('.message')!.textContent).to.contain('Er is geen gegevensbron opgegeven');
    });
  });

  describe('attributes stripped or wrapped by a CMS', () => {
    it('says a bare tag has no data source', async () => {
      const element = await fixture<DataElement>(html`<profiel-taart></profiel-taart>`);
      await settle(element);
      expect(shadow(element).querySelector('.message')!.textContent).to.contain('Er is geen gegevensbron opgegeven');
      expect(consoleErrors.count()).to.equal(1);
    });

    it('holds the layout inside a paragraph', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px"></div>`);
      wrapper.innerHTML = '<p><profiel-taart gebied="BU07960101" src="/test/fixtures/elements/binnenstad.json"></profiel-taart></p>';
      const element = wrapper.querySelector<DataElement>('profiel-taart')!;
      await settle(element);
      expect(outcome(element)).to.equal('chart');
      expect(element.getBoundingClientRect().width).to.be.closeTo(360, 1);
      expect(wrapper.scrollWidth).to.be.at.most(360);
    });

    it('reads inline JSON wrapped in a paragraph', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<profiel-taart><p><script type="application/json">${JSON.stringify(sampleProfile())}</script></p></profiel-taart>`;
      const element = wrapper.querySelector<DataElement>('profiel-taart')!;
      await settle(element);
      expect(outcome(element)).to.equal('chart');
    });
  });
});
