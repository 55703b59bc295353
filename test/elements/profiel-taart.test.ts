import { expect, fixture, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { pendingLoadCount } from '../../src/data/load.js';
import {
  MONITOR_URL,
  captureConsoleErrors,
  html,
  loadFixture,
  renderTaart,
  serverUrl,
  settled,
  silenceConsoleErrors,
  shadow,
  textOf,
} from './helpers.js';

function slices(element: ProfielTaart): SVGPathElement[] {
  return [...shadow(element).querySelectorAll<SVGPathElement>('path.slice')];
}

function sliceClass(element: ProfielTaart, id: string): string {
  const slice = shadow(element).querySelector(`path.slice[data-id="${id}"]`)!;
  return slice.parentElement!.getAttribute('class') ?? '';
}

/** Yields every non-empty text node under `root`. */
function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.trim()) yield node as Text;
}

function message(element: ProfielTaart): string {
  return textOf(element, '.message');
}

describe('<profiel-taart>', () => {
  it('passes an accessibility check', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  describe('data sources', () => {
    it('renders from src', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
      expect(slices(element)).to.have.length(5 + 9);
    });

    it('renders from the data property', async () => {
      const data = await loadFixture();
      const element = await renderTaart(html`<profiel-taart .data=${data} gebied="Binnenstad oost"></profiel-taart>`);
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
    });

    it('renders from inline JSON', async () => {
      const profile = JSON.stringify({
        gebied: 'De Haren',
        jaar: 2022,
        totaal: '6,8',
        themas: [
          { naam: 'Werk & leren', klasse: 'boven gemiddeld', deelthemas: [{ naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven' }] },
          { naam: 'Veiligheid', deelthemas: [{ naam: 'Overlast', waarde: null }] },
        ],
      });
      const element = document.createElement('profiel-taart') as ProfielTaart;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = profile;
      element.append(script);
      document.body.append(element);
      try {
        await settled(element);
        expect(textOf(element, '.title')).to.equal('De Haren, 2022');
        expect(textOf(element, '.total-value')).to.equal('6,8');
        expect(slices(element)).to.have.length(4);
      } finally {
        element.remove();
      }
    });

    /** Returns the JSON text of a small profile for `gebied`, for inline JSON. */
    function inlineProfile(gebied: string): string {
      return JSON.stringify({ gebied, jaar: 2022, themas: [{ naam: 'Veiligheid', deelthemas: [{ naam: 'Overlast', waarde: '0,2', klasse: 'boven' }] }] });
    }

    it('reads inline JSON added later', async () => {
      // The HTML parser can connect the element before it reaches the script inside.
      const element = document.createElement('profiel-taart') as ProfielTaart;
      document.body.append(element);
      try {
        await settled(element);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = inlineProfile('De Haren');
        element.append(script);
        await waitUntil(() => textOf(element, '.title') === 'De Haren, 2022', 'the inline JSON was not read');
      } finally {
        element.remove();
      }
    });

    it('follows inline JSON after a move', async () => {
      const element = document.createElement('profiel-taart') as ProfielTaart;
      const script = element.appendChild(document.createElement('script'));
      script.type = 'application/json';
      script.textContent = inlineProfile('De Haren');
      document.body.append(element);
      try {
        await settled(element);
        document.body.prepend(element);
        await settled(element);
        script.textContent = inlineProfile('Het Zand');
        await waitUntil(() => textOf(element, '.title') === 'Het Zand, 2022', 'the edited inline JSON was not read');
      } finally {
        element.remove();
      }
    });

    it('validates one data object once', async () => {
      const profile = () => ({
        gebied: 'De Haren',
        jaar: 2022,
        totaal: '6,8',
        themas: [{ naam: 'Werk & leren', deelthemas: [{ naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven' }] }],
      });
      const shared = profile();
      const first = await renderTaart(html`<profiel-taart .data=${shared}></profiel-taart>`);
      expect(textOf(first, '.total-value')).to.equal('6,8');

      // A change made after the object was handed over is not seen, as the data property documents.
      shared.totaal = '7,1';
      const second = await renderTaart(html`<profiel-taart .data=${shared}></profiel-taart>`);
      expect(textOf(second, '.total-value')).to.equal('6,8');

      const changed = { ...profile(), totaal: '7,1' };
      second.data = changed;
      await settled(second);
      await second.updateComplete;
      expect(textOf(second, '.total-value')).to.equal('7,1');
    });

    it('prefers the data property over src', async () => {
      const data = await loadFixture();
      const element = await renderTaart(
        html`<profiel-taart src="/does-not-exist.json" .data=${data} gebied="BU07960102"></profiel-taart>`,
      );
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
    });
  });

  describe('selection', () => {
    it('shows the latest jaar by default', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(textOf(element, '.title')).to.contain('2020');
    });

    it('shows a chosen jaar', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2016"></profiel-taart>`);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2016');
    });

    it('re-renders when gebied changes', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      element.setAttribute('gebied', 'BU07960102');
      await element.updateComplete;
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
    });

    it('finds a gebied by name', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="binnenstad oost"></profiel-taart>`);
      expect(textOf(element, '.title')).to.equal('Binnenstad oost, 2020');
    });

    it('colours by development on request', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      // Rondkomen: −0.4 is gemiddeld, and the change of −0.3 is achteruit.
      expect(sliceClass(element, 'rondkomen')).to.equal('rating-neutral');
      element.weergave = 'ontwikkeling';
      await element.updateComplete;
      expect(sliceClass(element, 'rondkomen')).to.equal('rating-minus-1');
      expect(textOf(element, '.subtitle')).to.equal('Ontwikkeling sinds 2016');
    });
  });

  describe('drawing', () => {
    it('colours slices by class', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(sliceClass(element, 'gezondheid')).to.equal('rating-plus-1');
      expect(sliceClass(element, 'sociale-contacten')).to.equal('rating-minus-1');
      expect(sliceClass(element, 'overlast')).to.equal('no-data');
    });

    it('draws trend markers by shape', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const trends = [...shadow(element).querySelectorAll('path.marker')].map((marker) => marker.getAttribute('data-trend'));
      // Gezondheid and sport went up, rondkomen down, three stayed level; no marker without development.
      expect(trends.filter((trend) => trend === 'up')).to.have.length(2);
      expect(trends.filter((trend) => trend === 'down')).to.have.length(1);
      expect(trends.filter((trend) => trend === 'level')).to.have.length(3);
    });

    it('shows the total in the centre in Dutch notation', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(textOf(element, '.total-value')).to.equal('\u22120,2');
    });

    it('never draws NaN or Infinity', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(shadow(element).innerHTML).to.not.match(/NaN|Infinity/);
    });

    it('fits a 280 px container', async () => {
      const wrapper = await fixture(
        html`<div style="width: 280px"><profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart></div>`,
      );
      const element = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(element);
      await waitUntil(() => shadow(element).querySelector('svg')?.getAttribute('width') === '280');
      expect(shadow(element).querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(280);
      expect(element.scrollWidth).to.be.at.most(280);
    });

    it('labels deelthemas around a wide chart', async () => {
      const wrapper = await fixture(
        html`<div style="width: 900px"><profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart></div>`,
      );
      const element = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(element);
      await waitUntil(() => shadow(element).querySelectorAll('text.label').length === 9);
      const labels = [...shadow(element).querySelectorAll('text.label')].map((label) => label.textContent);
      expect(labels).to.include('Psychische gezondheid');
    });
  });

  describe('key under a narrow chart', () => {
    it('gives every swatch the slice pattern', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart></div>`);
      const element = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(element);
      await waitUntil(() => shadow(element).querySelector('.key') !== null, 'the key did not appear');
      const swatches = [...shadow(element).querySelectorAll('.key svg.swatch')];
      expect(swatches).to.have.length(9);
      const patternOf = (index: number) => swatches[index].querySelector('.pattern')?.getAttribute('fill') ?? 'none';
      // Key order: rondkomen (gemiddeld), gezondheid (boven), … sociale contacten (beneden), overlast (no data).
      expect(patternOf(0)).to.equal('none');
      expect(patternOf(1)).to.equal('url(#dots)');
      expect(patternOf(4)).to.equal('url(#hatch)');
      expect(patternOf(7)).to.equal('url(#no-data)');
    });

    it('keeps each thema in one column', async () => {
      // One thema with two deelthema's: balanced columns used to put the second one, without its
      // thema name, at the top of the second column.
      const profile = {
        gebied: 'De Haren',
        jaar: 2022,
        totaal: { waarde: '6,8', klasse: 'boven gemiddeld' },
        themas: [
          {
            naam: 'Werk & leren',
            waarde: '0,6',
            klasse: 'boven gemiddeld',
            deelthemas: [
              { naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven gemiddeld', ontwikkeling: 'vooruit' },
              { naam: 'Schuldhulpverlening', waarde: null, reden: 'geen-gegevens' },
            ],
          },
        ],
      };
      const wrapper = await fixture(html`<div style="width: 328px"><profiel-taart .data=${profile}></profiel-taart></div>`);
      const element = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(element);
      await waitUntil(() => shadow(element).querySelector('.key') !== null, 'the key did not appear');
      const heading = shadow(element).querySelector('.key .thema-heading')!;
      const names = [...shadow(element).querySelectorAll('.key li')].filter((item) => item.querySelector(':scope > .swatch'));

      expect(names.map((name) => name.textContent)).to.deep.equal(['Uitkeringen', 'Schuldhulpverlening']);
      for (const name of names) {
        expect(name.getBoundingClientRect().left, `column of "${name.textContent}"`).to.be.closeTo(heading.getBoundingClientRect().left, 1);
      }
    });
  });

  describe('summary', () => {
    it('uses the singular for one deelthema', async () => {
      const profile = {
        gebied: 'De Haren',
        jaar: 2022,
        themas: [
          {
            naam: 'Welzijn',
            deelthemas: [
              { naam: 'Gezondheid', waarde: '0,6', klasse: 'boven', ontwikkeling: 'vooruit' },
              { naam: 'Geluk', waarde: '−0,6', klasse: 'beneden', ontwikkeling: 'achteruit' },
            ],
          },
        ],
      };
      const element = await renderTaart(html`<profiel-taart .data=${profile}></profiel-taart>`);
      expect(textOf(element, '#summary')).to.contain('1 is vooruit gegaan en 1 achteruit.');
    });

    it('counts improved and declined deelthemas', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      // Gezondheid and sport improved; rondkomen declined.
      expect(textOf(element, '#summary')).to.contain('2 zijn vooruit gegaan en 1 achteruit.');
    });
  });

  describe('hand-written profiles', () => {
    it('draws a class given without a value', async () => {
      const profile = {
        gebied: 'De Haren',
        jaar: 2022,
        totaal: { klasse: 'boven gemiddeld' },
        themas: [{ naam: 'Werk & leren', klasse: 'boven gemiddeld', deelthemas: [{ naam: 'Uitkeringen', klasse: 'beneden' }] }],
      };
      const element = await renderTaart(html`<profiel-taart .data=${profile}></profiel-taart>`);
      expect(sliceClass(element, 'werk-leren')).to.equal('rating-plus-1');
      expect(sliceClass(element, 'uitkeringen')).to.equal('rating-minus-1');
      expect(textOf(element, '.total-caption')).to.contain('Boven gemiddeld');
      const row = [...shadow(element).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'Werk & leren')!;
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
      expect(cells.slice(0, 2)).to.deep.equal(['—', 'Boven gemiddeld']);
    });
  });

  describe('first edition', () => {
    it('says so in the centre when showing development', async () => {
      const element = await renderTaart(
        html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2016" weergave="ontwikkeling"></profiel-taart>`,
      );
      expect(textOf(element, '.total-text')).to.contain('Eerste editie');
      expect(textOf(element, '.total-text')).to.not.contain('Geen gegevens');
    });
  });

  describe('table and details', () => {
    it('lists every value in the table', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const rows = shadow(element).querySelectorAll('tbody tr');
      expect(rows).to.have.length(1 + 5 + 9);
      const rondkomen = [...rows].find((row) => row.querySelector('th')!.textContent === 'Rondkomen')!;
      const cells = [...rondkomen.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
      expect(cells).to.deep.equal(['\u22120,4', 'Gemiddeld', 'Achteruit gegaan', '\u22120,3']);
    });

    it('groups deelthema rows by thema', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const root = shadow(element);
      const groups = [...root.querySelectorAll('table > tbody')].map((body) => ({
        name: root.getElementById(body.getAttribute('aria-labelledby') ?? '')?.textContent ?? '(no name)',
        headers: [...body.querySelectorAll('th')].map((header) => `${header.getAttribute('scope')} ${header.textContent}`),
      }));

      expect(groups).to.deep.equal([
        { name: '(no name)', headers: ['row Totaal'] },
        { name: 'Werk & leren', headers: ['rowgroup Werk & leren', 'row Rondkomen'] },
        { name: 'Welzijn', headers: ['rowgroup Welzijn', 'row Gezondheid', 'row Psychische gezondheid', 'row Sport & bewegen'] },
        { name: 'Samenleven', headers: ['rowgroup Samenleven', 'row Sociale contacten', 'row Betrokkenheid'] },
        { name: 'Leefomgeving', headers: ['rowgroup Leefomgeving', 'row Geluidhinder'] },
        { name: 'Veiligheid', headers: ['rowgroup Veiligheid', 'row Overlast', 'row Criminaliteit'] },
      ]);
    });

    it('lists the thema in deelthema headers', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const root = shadow(element);
      const headersOf = (cell: Element) =>
        (cell.getAttribute('headers') ?? '').split(' ').map((id) => root.getElementById(id)?.textContent ?? `(no element #${id})`);
      const rondkomen = [...root.querySelectorAll('tbody tr')].find((row) => row.querySelector('th')!.textContent === 'Rondkomen')!;

      expect(headersOf(rondkomen.querySelector('th')!)).to.deep.equal(['Werk & leren']);
      expect([...rondkomen.querySelectorAll('td')].map(headersOf)).to.deep.equal([
        ['Score', 'Werk & leren', 'Rondkomen'],
        ['Situatie', 'Werk & leren', 'Rondkomen'],
        ['Ontwikkeling', 'Werk & leren', 'Rondkomen'],
        ['Verandering sinds 2016', 'Werk & leren', 'Rondkomen'],
      ]);
    });

    it('has the table when updateComplete resolves', async () => {
      // The first draw renders the table in a later task; updateComplete waits for that task.
      const element = document.createElement('profiel-taart') as ProfielTaart;
      element.data = await loadFixture();
      element.gebied = 'BU07960101';
      element.loading = 'eager';
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(shadow(element).querySelector('svg .slice')).to.not.equal(null);
        expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(1 + 5 + 9);
      } finally {
        element.remove();
      }
    });

    it('never shows a missing value as 0', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const overlast = [...shadow(element).querySelectorAll('tbody tr')].find(
        (row) => row.querySelector('th')!.textContent === 'Overlast',
      )!;
      expect(overlast.querySelector('td')!.textContent!.trim()).to.equal('Geen gegevens');
    });

    it('toggles the table into view', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const wrapper = shadow(element).querySelector('.table-wrapper')!;
      expect(wrapper.classList.contains('visually-hidden')).to.equal(true);
      shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await element.updateComplete;
      expect(wrapper.classList.contains('visually-hidden')).to.equal(false);
    });

    it('pads the table inside its focus ring', async function () {
      const element = await renderTaart(
        html`<profiel-taart style="display: block; width: 328px" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`,
      );
      const root = shadow(element);
      const toggle = root.querySelector<HTMLButtonElement>('.table-toggle')!;
      const wrapper = root.querySelector<HTMLElement>('.table-wrapper')!;
      toggle.click();
      await element.updateComplete;
      expect(wrapper.scrollWidth, 'table wider than the element').to.be.greaterThan(wrapper.clientWidth);

      toggle.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement, 'focused element after Tab').to.equal(wrapper);
      expect(wrapper.getAttribute('role'), 'role of the table box').to.equal('region');
      expect(wrapper.getAttribute('aria-label'), 'name of the table box').to.equal('Alle waarden van Binnenstad centrum, 2020');
      const ring = getComputedStyle(wrapper);
      const ringStyle = `${ring.outlineStyle} ${ring.outlineWidth} ${ring.outlineColor}`;

      // The outline's inner edge lies outline-offset outside the border box, or inside it when negative.
      const offset = parseFloat(ring.outlineOffset);
      const width = parseFloat(ring.outlineWidth);
      const box = wrapper.getBoundingClientRect();
      const ringInner = { left: box.left - offset, top: box.top - offset, bottom: box.bottom + offset };
      const text = [...textNodes(wrapper)].flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      });
      const gap = {
        left: Math.min(...text.map((rect) => rect.left)) - ringInner.left,
        top: Math.min(...text.map((rect) => rect.top)) - ringInner.top,
        bottom: ringInner.bottom - Math.max(...text.map((rect) => rect.bottom)),
      };
      for (const [side, room] of Object.entries(gap)) expect(room, `room between ring and text, ${side}`).to.be.at.least(4);
      expect(box.top - offset - width - toggle.getBoundingClientRect().bottom, 'room between ring and table button').to.be.at.least(2);

      // WebKit's WebDriver cannot hold Shift, so the focus goes back by script after keyboard use.
      toggle.focus();
      expect(toggle.matches(':focus-visible'), 'table button shows its focus ring').to.equal(true);
      const toggleRing = getComputedStyle(toggle);
      expect(ringStyle, 'ring like the table button').to.equal(`${toggleRing.outlineStyle} ${toggleRing.outlineWidth} ${toggleRing.outlineColor}`);
    });

    it('shows details on hover', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const slice = shadow(element).querySelector('path.slice[data-id="gezondheid"]')!;
      slice.dispatchEvent(new PointerEvent('pointerenter'));
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Welzijn › Gezondheid');
      expect(textOf(element, '.details dd')).to.contain('0,8');
    });

    it('shows details on tap and closes on a second tap', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const slice = shadow(element).querySelector<SVGPathElement>('path.slice[data-id="overlast"]')!;
      slice.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Veiligheid › Overlast');
      expect(textOf(element, '.details dd')).to.contain('Geen gegevens');
      slice.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(shadow(element).querySelector('.details-name')).to.equal(null);
    });
  });

  describe('tap outside', () => {
    it('closes pinned details', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const slice = shadow(element).querySelector<SVGPathElement>('path.slice[data-id="gezondheid"]')!;
      slice.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Welzijn › Gezondheid');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(shadow(element).querySelector('.details-name')).to.equal(null);
    });

    it('keeps details open on a tap inside', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const slice = shadow(element).querySelector<SVGPathElement>('path.slice[data-id="gezondheid"]')!;
      slice.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      shadow(element).querySelector('.details')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Welzijn › Gezondheid');
    });
  });

  describe('keyboard', () => {
    it('moves through slices in data order', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      shadow(element).querySelector<HTMLElement>('.chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Werk & leren');
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Werk & leren › Rondkomen');
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Welzijn');
    });

    it('jumps with Home and End and closes with Escape', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      shadow(element).querySelector<HTMLElement>('.chart')!.focus();
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Veiligheid › Criminaliteit');
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(textOf(element, '.details-name')).to.equal('Werk & leren');
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(shadow(element).querySelector('.details-name')).to.equal(null);
    });

    it('scrolls the details into view after a key press', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" style="display: block; width: 320px"></profiel-taart>`);
      const above = document.createElement('div');
      above.style.height = `${window.innerHeight}px`;
      const below = document.createElement('div');
      below.style.height = `${2 * window.innerHeight}px`;
      element.before(above);
      element.after(below);
      try {
        const chart = shadow(element).querySelector<HTMLElement>('.chart')!;
        chart.focus({ preventScroll: true });
        // The chart ends at the bottom edge of the viewport, as on a phone, so its details start below it.
        window.scrollTo(0, chart.getBoundingClientRect().bottom + window.scrollY - window.innerHeight);
        expect(shadow(element).querySelector('.details')!.getBoundingClientRect().top, 'details before the key press').to.be.at.least(window.innerHeight - 1);

        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;

        expect(textOf(element, '.details-name')).to.equal('Werk & leren');
        expect(shadow(element).querySelector('.details')!.getBoundingClientRect().bottom, 'details after the key press').to.be.at.most(window.innerHeight + 1);
      } finally {
        above.remove();
        below.remove();
        window.scrollTo(0, 0);
      }
    });

    it('announces the slice after a key press', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      const live = shadow(element).querySelector('[aria-live]')!;
      expect(live.textContent!.trim()).to.equal('');
      shadow(element).querySelector<HTMLElement>('.chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(live.textContent).to.contain('Werk & leren: \u22120,4, Gemiddeld');
    });
  });

  describe('language', () => {
    it('speaks English with lang="en"', async () => {
      const element = await renderTaart(html`<profiel-taart lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(textOf(element, '.total-caption')).to.contain('Total');
      expect(textOf(element, '.total-value')).to.equal('\u22120.2');
      expect(shadow(element).querySelector('.chart')!.getAttribute('aria-label')).to.equal('Profile chart Binnenstad centrum, 2020');
    });

    it('has a Dutch accessible name', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      expect(shadow(element).querySelector('.chart')!.getAttribute('aria-label')).to.equal('Profieltaart Binnenstad centrum, 2020');
    });

    it('switches language through the property', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);

      element.lang = 'en';
      await element.updateComplete;

      expect(shadow(element).querySelector('.chart')!.getAttribute('aria-label')).to.equal('Profile chart Binnenstad centrum, 2020');
    });
  });

  describe('errors', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = silenceConsoleErrors();
    });
    afterEach(() => restore());

    it('says that no data source was given', async () => {
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart gebied="BU07960101"></profiel-taart>`);
      });
      expect(message(element)).to.contain('Er is geen gegevensbron opgegeven');
      expect(errors).to.have.length(1);
    });

    it('reports an HTTP error with its status', async () => {
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart src=${serverUrl({ status: 404, body: 'weg' })} gebied="BU07960101"></profiel-taart>`);
      });
      expect(message(element)).to.contain('foutcode 404 (niet gevonden)');
      expect(message(element)).not.to.contain('Not Found');
      expect(errors).to.have.length(1);
    });

    it('names curly quotes around src', async () => {
      // What the HTML parser makes of src=“data.json” pasted from a word processor.
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart src="“/test/fixtures/elements/kromme-src.json”" gebied="BU07960101"></profiel-taart>`);
      });

      expect(message(element)).to.contain('gekrulde aanhalingstekens');
      expect(message(element)).to.contain('rechte aanhalingstekens');
      expect(message(element), 'the address as typed').to.contain('“/test/fixtures/elements/kromme-src.json”');
      expect(errors.map((args) => String(args[0]))).to.deep.equal([
        '<profiel-taart>: The attribute src has curly quotes (“ ” or ‘ ’) around its value, as a word processor types them. HTML reads them not as quotes but as part of the value, and ends a value that contains a space at that space. It read src=“/test/fixtures/elements/kromme-src.json”. Type the quotes again as straight quotes (").',
      ]);
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('kromme-src'));
      expect(requests, 'requests for the address').to.deep.equal([]);
    });

    // What the HTML parser makes of src=‘data.json’ and of src=‚data.json’ with a low opening quote.
    for (const src of ['‘/test/fixtures/elements/enkel-krom.json’', '‚/test/fixtures/elements/laag-krom.json’']) {
      it(`names single curly quotes in src ${src[0]}…’`, async () => {
        let element!: ProfielTaart;
        const errors = await captureConsoleErrors(async () => {
          element = await renderTaart(html`<profiel-taart src=${src} gebied="BU07960101"></profiel-taart>`);
        });

        expect(message(element)).to.contain(`Het attribuut src heeft gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde`);
        expect(message(element)).to.contain(`Gelezen is src=${src}.`);
        const logged = errors.map((args) => String(args[0]));
        expect(logged, 'console errors').to.have.length(1);
        expect(logged[0]).to.contain(`It read src=${src}.`);
        const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('-krom'));
        expect(requests, 'requests for the address').to.deep.equal([]);
      });
    }

    it('names single curly quotes in a fetched URL', async () => {
      // fetch() requests the address with the quotes percent-encoded, and its 404 response names it so.
      let element!: ProfielTaart;
      await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart .data=${fetch('/test/fixtures/elements/‘opgehaald.json’')} gebied="BU07960101"></profiel-taart>`);
      });
      expect(message(element)).to.contain('Het adres in src bevat gekrulde aanhalingstekens');
      expect(message(element)).to.contain('/test/fixtures/elements/‘opgehaald.json’');
    });

    it('reads an apostrophe in gebied as part of the name', async () => {
      // ‘s-Hertogenbosch as a word processor types it is a name, not a value in quotes.
      let element!: ProfielTaart;
      await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="‘s-Hertogenbos"></profiel-taart>`);
      });
      expect(message(element)).to.contain('Gebied "‘s-Hertogenbos" komt niet voor in de gegevens.');
      expect(message(element)).not.to.contain('gekrulde aanhalingstekens');
    });

    it('says a gebied has no data in any jaar', async () => {
      const data = await loadFixture();
      (data.gebieden as object[]).push({ code: 'BU07969999', naam: 'Nieuwe buurt', type: 'buurt', ouder: 'WK079601' });
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart .data=${data} gebied="Nieuwe buurt"></profiel-taart>`);
      });

      expect(message(element)).to.contain('Voor dit gebied staan geen gegevens in het bestand, in geen enkel jaar.');
      expect(errors.map((call) => call[0])).to.deep.equal(['<profiel-taart>: No result for gebied "Nieuwe buurt" (BU07969999) in any jaar; choose another gebied.']);
    });

    // What the HTML parser makes of gebied=“Binnenstad centrum”, jaar=“2020”, gebied=‘Binnenstad centrum’
    // and jaar=‘2020’.
    for (const [attribute, value] of [
      ['gebied', '“Binnenstad'],
      ['gebied', '‘Binnenstad'],
      ['jaar', '‘2020’'],
      ['jaar', '“2020”'],
    ]) {
      it(`names curly quotes around ${attribute} ${value}`, async () => {
        let element!: ProfielTaart;
        await captureConsoleErrors(async () => {
          element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
          element.setAttribute(attribute, value);
          await settled(element);
        });

        expect(message(element)).to.contain(`Het attribuut ${attribute} heeft gekrulde aanhalingstekens`);
        expect(message(element)).to.contain(`Gelezen is ${attribute}=${value}.`);
        expect(message(element)).not.to.contain('Bedoelde u');
      });

      it(`logs curly quotes around ${attribute} ${value}`, async () => {
        const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
        const errors = await captureConsoleErrors(async () => {
          element.setAttribute(attribute, value);
          await settled(element);
        });

        const logged = errors.map((args) => String(args[0]));
        expect(logged, 'console errors').to.have.length(1);
        expect(logged[0]).to.contain(`The attribute ${attribute} has curly quotes`);
        expect(logged[0]).to.contain(`It read ${attribute}=${value}.`);
        expect(logged[0]).to.contain('as straight quotes');
      });
    }

    it('reports a server error', async () => {
      const element = await renderTaart(
        html`<profiel-taart src=${serverUrl({ status: 500, body: 'kapot' })} gebied="BU07960101"></profiel-taart>`,
      );
      expect(message(element)).to.contain('foutcode 500');
      expect(message(element)).to.contain('De fout ligt bij de server');
    });

    it('reports HTML served instead of JSON', async () => {
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(
          html`<profiel-taart src=${serverUrl({ type: 'text/html', body: '<!doctype html><p>Niet gevonden</p>' })} gebied="x"></profiel-taart>`,
        );
      });
      expect(message(element)).to.contain('is geen JSON');
      expect(message(element)).to.contain('text/html');
      expect(errors).to.have.length(1);
    });

    it('reports an empty response', async () => {
      const element = await renderTaart(html`<profiel-taart src=${serverUrl({ body: '' })} gebied="x"></profiel-taart>`);
      expect(message(element)).to.contain('is leeg');
    });

    it('reports a network failure', async () => {
      const element = await renderTaart(html`<profiel-taart src="http://127.0.0.1:1/monitor.json" gebied="x"></profiel-taart>`);
      expect(message(element)).to.contain('konden niet worden opgehaald');
    });

    it('reports invalid data with its JSON path', async () => {
      const data = await loadFixture();
      (data.gebieden as Record<string, unknown>[])[2].type = 'straat';
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart .data=${data} gebied="BU07960101"></profiel-taart>`);
      });
      expect(message(element)).to.contain('$.gebieden[2].type');
      expect(errors).to.have.length(1);
    });

    it('shows no JSON path for a problem with the whole file', async () => {
      const element = await renderTaart(html`<profiel-taart .data=${[1, 2]} gebied="BU07960101"></profiel-taart>`);
      expect(message(element)).to.not.match(/\$\s*$/);
      expect(shadow(element).querySelector('.message code')).to.equal(null);
    });

    it('names an unknown gebied and suggests close names', async () => {
      let element!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="Binnenstad centum"></profiel-taart>`);
      });
      expect(message(element)).to.contain('"Binnenstad centum"');
      expect(message(element)).to.contain('Binnenstad centrum');
      expect(errors).to.have.length(1);
    });

    it('names a jaar without results', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2018"></profiel-taart>`);
      expect(message(element)).to.contain('2018');
      expect(message(element)).to.contain('2016, 2020');
    });

    // The console error names the gebied as the editor wrote it, with the code after a name.
    for (const [gebied, named] of [
      ['binnenstad CENTRUM', '"binnenstad CENTRUM" (BU07960101)'],
      ['bu07960101', 'BU07960101'],
    ]) {
      it(`logs a jaar without results for gebied ${gebied}`, async () => {
        let element!: ProfielTaart;
        const errors = await captureConsoleErrors(async () => {
          element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied=${gebied} jaar="2018"></profiel-taart>`);
        });

        expect(message(element)).to.contain('Voor jaar 2018 zijn geen gegevens van dit gebied. Beschikbaar: 2016, 2020.');
        expect(errors.map((call) => call[0])).to.deep.equal([`<profiel-taart>: No result for gebied ${named} in jaar "2018"; available: 2016, 2020.`]);

        element.lang = 'en';
        await settled(element);
        expect(message(element)).to.contain('There is no data for this area in 2018. Available: 2016, 2020.');
      });
    }

    it('asks for a gebied when none is given', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL}></profiel-taart>`);
      expect(message(element)).to.contain('Er is geen gebied gekozen');
    });

    it('recovers when the attribute is fixed', async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="Nergens"></profiel-taart>`);
      expect(message(element)).to.contain('Nergens');
      element.gebied = 'BU07960101';
      await element.updateComplete;
      expect(shadow(element).querySelector('.message')).to.equal(null);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    });

    it('recovers when src is fixed', async () => {
      const element = await renderTaart(html`<profiel-taart src=${serverUrl({ status: 404 })} gebied="BU07960101"></profiel-taart>`);
      expect(message(element)).to.contain('404');
      element.src = MONITOR_URL;
      await waitUntil(() => shadow(element).querySelector('svg') !== null);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    });

    it('leaves other elements working', async () => {
      const wrapper = await fixture(html`<div>
        <profiel-taart id="broken" src=${serverUrl({ status: 500 })} gebied="BU07960101"></profiel-taart>
        <profiel-taart id="fine" src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>
      </div>`);
      const broken = wrapper.querySelector<ProfielTaart>('#broken')!;
      const fine = wrapper.querySelector<ProfielTaart>('#fine')!;
      await settled(broken);
      await settled(fine);
      expect(message(broken)).to.contain('500');
      expect(textOf(fine, '.title')).to.equal('Binnenstad oost, 2020');
    });
  });

  describe('fetching', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = silenceConsoleErrors();
    });
    afterEach(() => restore());

    it('lets the latest src win over a slow earlier one', async () => {
      const slow = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 600 });
      const element = await fixture<ProfielTaart>(html`<profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>`);
      element.src = serverUrl({ status: 404, body: 'weg', ms: 10 });
      await settled(element);
      expect(message(element)).to.contain('404');
      await aTimeout(800);
      await element.updateComplete;
      expect(message(element)).to.contain('404');
      expect(shadow(element).querySelector('svg')).to.equal(null);
    });

    it('aborts its fetch when removed', async () => {
      const slow = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 1500 });
      const element = await fixture<ProfielTaart>(html`<profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>`);
      await waitUntil(() => pendingLoadCount() === 1);
      element.remove();
      expect(pendingLoadCount()).to.equal(0);
    });

    it('loads again when moved to another container', async () => {
      const slow = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 300 });
      const wrapper = await fixture(html`<div><section></section><profiel-taart src=${slow} gebied="BU07960101"></profiel-taart></div>`);
      const element = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
      wrapper.querySelector('section')!.append(element);
      await settled(element);
      expect(textOf(element, '.title')).to.equal('Binnenstad centrum, 2020');
    });

    it('shares one fetch between elements with the same src', async () => {
      const url = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 200 });
      const wrapper = await fixture(html`<div>
        <profiel-taart src=${url} gebied="BU07960101"></profiel-taart>
        <profiel-taart src=${url} gebied="BU07960102"></profiel-taart>
      </div>`);
      expect(pendingLoadCount()).to.equal(1);
      for (const element of wrapper.querySelectorAll<ProfielTaart>('profiel-taart')) await settled(element);
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url.slice(1)) || entry.name.includes(url));
      expect(requests).to.have.length(1);
    });
  });
});
