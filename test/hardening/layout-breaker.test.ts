import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import { typeText } from '../support/engine.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, settled, shadow } from '../elements/helpers.js';

interface FixtureResult {
  gebied: string;
  jaar: number;
  totaal: Record<string, unknown>;
}

/** Loads the fixture monitor with Binnenstad centrum renamed and, when `totaal` is given, its 2020 total changed. */
async function changedMonitor(naam: string, totaal?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const monitor = await loadFixture();
  const gebieden = monitor.gebieden as { code: string; naam: string }[];
  gebieden.find((gebied) => gebied.code === 'BU07960101')!.naam = naam;
  if (totaal) {
    const results = monitor.resultaten as FixtureResult[];
    const result = results.find((entry) => entry.gebied === 'BU07960101' && entry.jaar === 2020)!;
    result.totaal = { ...result.totaal, ...totaal };
  }
  return monitor;
}

/** Returns the left edge in px of the first character of `text` within `element`'s text. */
function characterLeft(element: Element, text: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.textContent ?? '').indexOf(text);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`Text "${text}" not found in <${element.localName}>`);
}

/** Returns the left edge in px of the last `character` within `element`'s text. */
function lastCharacterLeft(element: Element, character: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let found: Range | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.textContent ?? '').lastIndexOf(character);
    if (index < 0) continue;
    found = document.createRange();
    found.setStart(node, index);
    found.setEnd(node, index + 1);
  }
  if (!found) throw new Error(`Character "${character}" not found in <${element.localName}>`);
  return found.getBoundingClientRect().left;
}

/** Returns the texts in `root` whose right edge lies more than half a px right of `right`. */
function textsPast(root: Node, right: number): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const edge = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
    if (edge > right + 0.5) texts.push(node.textContent!.trim());
  }
  return texts;
}

/** Returns the top, bottom and width of the ink of an SVG text, in user units, from its baseline and font. */
function inkOf(text: SVGTextElement): { top: number; bottom: number; width: number } {
  const baseline = text.getStartPositionOfChar(0).y;
  const context = document.createElement('canvas').getContext('2d')!;
  const style = getComputedStyle(text);
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const metrics = context.measureText(text.textContent ?? '');
  return {
    top: baseline - metrics.actualBoundingBoxAscent,
    bottom: baseline + metrics.actualBoundingBoxDescent,
    width: metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight,
  };
}

describe('elements on a right-to-left page', () => {
  it('pie: minus sign before the total', async () => {
    const monitor = await changedMonitor('Binnenstad centrum', { waarde: -1.3, klasse: 'beneden' });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = page.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    const total = shadow(element).querySelector<SVGTextElement>('.total-value')!;

    expect(total.textContent).to.equal('−1,3');
    const minus = total.getExtentOfChar(0).x;
    const digit = total.getExtentOfChar(1).x;
    expect(minus, 'x of the minus sign against the x of the digit after it').to.be.below(digit);
  });

  it('comparison table: minus sign before each value', async () => {
    const monitor = await changedMonitor('Binnenstad centrum', { waarde: -1.3, klasse: 'beneden' });
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px">
        <buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk>
      </div>`,
    );
    const element = page.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelector('tbody td') !== null, 'the table did not render');
    const cell = shadow(element).querySelector<HTMLElement>('tbody td.totaal')!;

    // The number comes first. Visually hidden text after it names the class.
    expect(cell.textContent!.trim()).to.match(/^−1,3\b/);
    expect(characterLeft(cell, '−'), 'left of the minus sign against the left of the digit after it').to.be.below(characterLeft(cell, '1'));
  });

  it('pie: title, hint and outer labels read left to right', async () => {
    const monitor = await changedMonitor("Binnenstad 's-Hertogenbosch");
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 640px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = page.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    const root = shadow(element);
    const title = root.querySelector('.title')!;
    const hint = [...root.querySelectorAll('p')].find((paragraph) => paragraph.textContent!.includes('Tab naar de taart'))!;

    // "'s-Hertogenbosch" is an inline block (see nameText), which takes the direction of its line.
    expect(characterLeft(title, "'"), `left of the apostrophe against the left of "s-Hertogenbosch"`).to.be.below(characterLeft(title, 's-H'));
    expect(characterLeft(hint, 'W'), 'left of "Wijs" against the left of the last full stop').to.be.below(lastCharacterLeft(hint, '.'));

    // A label right of the centre starts at its anchor and runs outward, away from the ring.
    const rightLabels = [...root.querySelectorAll<SVGTextElement>('text.label')].filter((label) => label.x.baseVal[0].value > 0);
    expect(rightLabels.length, 'outer labels right of the centre').to.be.greaterThan(0);
    for (const label of rightLabels) {
      expect(label.getBBox().x, `left of the label "${label.textContent}" against its anchor`).to.be.at.least(label.x.baseVal[0].value - 1);
    }
  });

  it('comparison: cards in reading order from the left', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px">
        <buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020"></buurt-vergelijk>
      </div>`,
    );
    const element = page.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelectorAll('.card').length === 2, 'the cards did not render');
    const [first, second] = [...shadow(element).querySelectorAll('.card')].map((card) => card.getBoundingClientRect().left);

    expect(first, 'left of the first card against the left of the second').to.be.below(second);
  });

  it('legend: hint reads left to right', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 400px"><thema-legenda .data=${monitor}></thema-legenda></div>`);
    const element = page.querySelector<ThemaLegenda>('thema-legenda')!;
    await waitUntil(() => shadow(element).querySelector('.hint') !== null, 'the legend did not render');
    const hint = shadow(element).querySelector('.hint')!;

    expect(characterLeft(hint, 'W'), 'left of "Wijs" against the left of its full stop').to.be.below(lastCharacterLeft(hint, '.'));
  });

  it('picker: text field left of its button', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 400px"><gebied-kiezer .data=${monitor}></gebied-kiezer></div>`);
    const element = page.querySelector<GebiedKiezer>('gebied-kiezer')!;
    await waitUntil(() => shadow(element).querySelector('input') !== null, 'the picker did not render');
    const input = shadow(element).querySelector('input')!.getBoundingClientRect();
    const toggle = shadow(element).querySelector('.toggle')!.getBoundingClientRect();

    expect(input.left, 'left of the text field against the left of its button').to.be.below(toggle.left);
  });

  it('host stays where the page puts it', async () => {
    const monitor = await loadFixture();
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px"><thema-legenda .data=${monitor} style="max-width: 300px"></thema-legenda></div>`,
    );
    const element = page.querySelector<ThemaLegenda>('thema-legenda')!;
    await waitUntil(() => shadow(element).querySelector('.hint') !== null, 'the legend did not render');

    expect(element.getBoundingClientRect().right, 'right edge of the legend against the right edge of the page').to.equal(page.getBoundingClientRect().right);
  });
});

describe('pie centre in a narrow column', () => {
  for (const width of [160, 200]) {
    it(`keeps the total apart at ${width} px`, async () => {
      const monitor = await changedMonitor('Binnenstad centrum', { waarde: -1.3, klasse: 'beneden' });
      const column = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
      );
      const element = column.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(element);
      const root = shadow(element);
      const [caption, value, classLabel] = [...root.querySelectorAll<SVGTextElement>('.total-text')];
      const circle = root.querySelector<SVGCircleElement>('.total-circle')!;

      expect(value.textContent).to.equal('−1,3');
      expect(caption.getBBox().width, 'width of the text "Totaal"').to.be.greaterThan(0);
      expect(classLabel.textContent!.length, 'length of the class label under the total').to.be.greaterThan(0);
      expect(inkOf(value).width, 'width of the total against the centre circle').to.be.at.most(2 * circle.r.baseVal.value);
      expect(inkOf(caption).bottom, 'bottom of "Totaal" against the top of the total').to.be.at.most(inkOf(value).top);
      expect(inkOf(classLabel).top, 'top of the class label against the bottom of the total').to.be.at.least(inkOf(value).bottom);
    });
  }

  /** Renders the pie of Binnenstad centrum with a total of −1,3 in a column `width` px wide. */
  async function narrowPie(width: number): Promise<ShadowRoot> {
    const monitor = await changedMonitor('Binnenstad centrum', { waarde: -1.3, klasse: 'beneden' });
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: ${width}px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    return shadow(element);
  }

  for (const width of [100, 120, 140, 180, 240]) {
    it(`keeps the total in the circle at ${width} px`, async () => {
      const root = await narrowPie(width);
      const value = root.querySelector<SVGTextElement>('.total-value')!;
      const radius = root.querySelector<SVGCircleElement>('.total-circle')!.r.baseVal.value;
      const ink = inkOf(value);
      const farthest = Math.max(Math.abs(ink.top), Math.abs(ink.bottom));

      expect(value.textContent).to.equal('−1,3');
      expect(Math.hypot(ink.width / 2, farthest), 'distance of the farthest corner of the total from the centre').to.be.at.most(radius);
      for (const caption of root.querySelectorAll<SVGTextElement>('.total-caption')) {
        expect(caption.textContent, 'text of a caption in the centre').not.to.equal('');
        const captionInk = inkOf(caption);
        if (captionInk.bottom <= ink.top) continue;
        expect(captionInk.top, `top of "${caption.textContent}" against the bottom of the total`).to.be.at.least(ink.bottom);
      }
    });
  }

  it('drops "Totaal" where the centre is smallest', async () => {
    const root = await narrowPie(120);
    const captions = [...root.querySelectorAll('.total-caption')].map((caption) => caption.textContent);

    expect(captions.filter((text) => text!.startsWith('Tot')), 'captions in the centre that start "Totaal"').to.deep.equal([]);
    expect(captions.length, 'lines of the class label').to.be.greaterThan(0);
  });

  it('marks a shortened class label', async () => {
    const root = await narrowPie(180);
    const label = [...root.querySelectorAll('.total-caption')]
      .map((caption) => caption.textContent)
      .filter((text) => text !== 'Totaal')
      .join(' ');

    expect(label === 'Beneden gemiddeld' || label.endsWith('…'), `class label "${label}" is whole or ends in an ellipsis`).to.equal(true);
  });

  for (const width of [280, 360, 640]) {
    it(`keeps the 26 px total at ${width} px`, async () => {
      const root = await narrowPie(width);
      const value = root.querySelector<SVGTextElement>('.total-value')!;

      expect(getComputedStyle(value).fontSize, 'font size of the total').to.equal('26px');
      // At 280 px the comma of the total can reach into the class label in some fonts, so the total moves up a little.
      if (width > 280) expect(value.getStartPositionOfChar(0).y, 'baseline of the total, 0.35 em below the centre').to.be.closeTo(9.1, 0.01);
      expect([...root.querySelectorAll('.total-caption')].map((caption) => caption.textContent), 'captions in the centre').to.include('Totaal');
    });
  }
});

describe('comparison title in a narrow column', () => {
  it('breaks a long buurt name', async () => {
    const monitor = await changedMonitor('De Muziekinstrumentenbuurt');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 160px"><buurt-vergelijk .data=${monitor} gebied="BU07960101" context jaar="2020"></buurt-vergelijk></div>`,
    );
    const element = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelector('.title') !== null, 'the comparison did not render');
    const title = shadow(element).querySelector<HTMLElement>('.title')!;

    expect(title.textContent).to.contain('De Muziekinstrumentenbuurt');
    const range = document.createRange();
    range.selectNodeContents(title);
    const right = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
    expect(right, 'right edge of the title text against its box').to.be.at.most(title.getBoundingClientRect().right + 0.5);
  });
});

describe('long words in a narrow column', () => {
  it('comparison title in a large font', async () => {
    const monitor = await changedMonitor('De Muziekinstrumentenbuurt');
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><buurt-vergelijk .data=${monitor} gebied="BU07960101" context jaar="2020" style="font-size: 30px"></buurt-vergelijk></div>`,
    );
    const element = page.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelector('.title') !== null, 'the comparison did not render');
    const title = shadow(element).querySelector<HTMLElement>('.title')!;

    expect(textsPast(shadow(element), title.getBoundingClientRect().right), 'texts of the title past its box').to.deep.equal([]);
  });

  for (const width of [100, 120, 140]) {
    for (const orientation of ['vertical', 'horizontal']) {
      it(`${orientation} legend at ${width} px`, async () => {
        const monitor = await loadFixture();
        const column = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><thema-legenda .data=${monitor} orientation=${orientation}></thema-legenda></div>`,
        );
        const element = column.querySelector<ThemaLegenda>('thema-legenda')!;
        await waitUntil(() => shadow(element).querySelector('.legend') !== null, 'the legend did not render');

        expect(textsPast(shadow(element), column.getBoundingClientRect().right), 'texts past the column').to.deep.equal([]);
        expect(column.scrollWidth, 'width of the column').to.be.at.most(width);
      });
    }
  }

  it('picker options in a 120 px list', async () => {
    const response = await fetch('/demo/data/s-hertogenbosch.json');
    const monitor = await response.json();
    const column = await fixture<HTMLDivElement>(html`<div style="width: 120px"><gebied-kiezer .data=${monitor}></gebied-kiezer></div>`);
    const element = column.querySelector<GebiedKiezer>('gebied-kiezer')!;
    await waitUntil(() => shadow(element).querySelector('input') !== null, 'the picker did not render');
    shadow(element).querySelector('input')!.focus();
    await typeText('maaspoort');
    await element.updateComplete;
    const listbox = shadow(element).querySelector<HTMLElement>('[role="listbox"]')!;
    const options = [...shadow(element).querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim());

    expect(options, 'options for "maaspoort"').to.include('Bedrijventerrein Maaspoort');
    expect(textsPast(listbox, listbox.getBoundingClientRect().right), 'texts past the list').to.deep.equal([]);
    expect(listbox.scrollWidth, 'scroll width of the list').to.be.at.most(listbox.clientWidth);
  });
});

describe('comparison table classes', () => {
  it('names the class of each value', async () => {
    const monitor = await loadFixture();
    const element = await fixture<BuurtVergelijk>(
      html`<buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel" weergave="ontwikkeling"></buurt-vergelijk>`,
    );
    await waitUntil(() => shadow(element).querySelector('tbody td') !== null, 'the table did not render');
    const row = shadow(element).querySelector('tbody tr')!;
    const rondkomen = row.querySelector<HTMLElement>('td[data-label="Rondkomen"]')!;
    const gezondheid = row.querySelector<HTMLElement>('td[data-label="Gezondheid"]')!;

    // Binnenstad centrum went back on rondkomen and forward on gezondheid between 2016 and 2020.
    expect(rondkomen.textContent!.replace(/\s+/g, ' ').trim(), 'text of the rondkomen cell').to.contain('Achteruit gegaan');
    expect(gezondheid.textContent!.replace(/\s+/g, ' ').trim(), 'text of the gezondheid cell').to.contain('Vooruit gegaan');
  });
});
