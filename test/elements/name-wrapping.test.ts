import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, loadFixture, settled, shadow } from './helpers.js';

const PREFIX = /['’]s-/;

/** The fixture monitor with the two buurten renamed, so that charts and tables show the names. */
async function renamedMonitor(centrum: string, oost: string): Promise<Record<string, unknown>> {
  const monitor = await loadFixture();
  const gebieden = monitor.gebieden as { code: string; naam: string }[];
  gebieden.find((gebied) => gebied.code === 'BU07960101')!.naam = centrum;
  gebieden.find((gebied) => gebied.code === 'BU07960102')!.naam = oost;
  return monitor;
}

/**
 * Returns the texts in `root` matching `selector` that show a line break right after a leading
 * "'s-": the letter after the hyphen starts a lower line than the apostrophe.
 */
function brokenAfterPrefix(root: ShadowRoot, selector: string): string[] {
  const broken: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const start = text.search(PREFIX);
      if (start < 0 || start + 3 >= text.length) continue;

      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      const apostrophe = range.getBoundingClientRect();
      range.setStart(node, start + 3);
      range.setEnd(node, start + 4);
      const letter = range.getBoundingClientRect();
      if (letter.top > apostrophe.top + apostrophe.height / 2) broken.push(element.textContent!.trim());
    }
  }
  return broken;
}

/** Returns each character of `element`'s text with the top of its line box, in px. */
function characterTops(element: Element): { character: string; top: number }[] {
  const characters: { character: string; top: number }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let index = 0; index < text.length; index++) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      characters.push({ character: text[index], top: range.getBoundingClientRect().top });
    }
  }
  return characters;
}

/** Returns the texts in `root` matching `selector` whose text reaches past the right edge of their box. */
function overflowing(root: ShadowRoot, selector: string): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(selector)) {
    const box = element.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(element);
    const right = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
    if (right > box.right + 0.5 || element.scrollWidth > element.clientWidth) texts.push(element.textContent!.trim());
  }
  return texts;
}

/** Narrows `column` from 360 px to 60 px and returns the texts that broke after "'s-" at any width. */
function brokenAtAnyWidth(column: HTMLElement, root: ShadowRoot, selector: string): string[] {
  const broken = new Set<string>();
  for (let width = 360; width >= 60; width -= 4) {
    column.style.width = `${width}px`;
    for (const text of brokenAfterPrefix(root, selector)) broken.add(`${text} at ${width} px`);
  }
  return [...broken];
}

describe("names with 's-", () => {
  it('keep the profieltaart title and caption together', async () => {
    const monitor = await renamedMonitor("'s-Hertogenbosch", '’s-Gravenhage');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
    const root = shadow(element);

    expect(brokenAtAnyWidth(column, root, '.title, caption')).to.deep.equal([]);
    expect(root.querySelector('.title')!.textContent).to.equal("'s-Hertogenbosch, 2020");
    expect(root.querySelector('caption')!.textContent).to.equal("Alle waarden van 's-Hertogenbosch, 2020");
  });

  it('keep the comparison title, rows and cards together', async () => {
    const monitor = await renamedMonitor("'s-Hertogenbosch", '’s-Gravenhage');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020"></buurt-vergelijk></div>`,
    );
    const element = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelector('.card-name') !== null, 'the comparison did not render');
    const root = shadow(element);
    expect(brokenAtAnyWidth(column, root, '.title, .card-name')).to.deep.equal([]);

    element.vorm = 'tabel';
    await element.updateComplete;
    expect(brokenAtAnyWidth(column, root, '.title, caption, th')).to.deep.equal([]);
    const rowNames = [...root.querySelectorAll('tbody th')].map((cell) => cell.textContent!.trim());
    expect(rowNames).to.deep.equal(["'s-Hertogenbosch", '’s-Gravenhage']);
  });

  it('keep picker options together', async () => {
    const monitor = await renamedMonitor("'s-Hertogenbosch-Noord", 'Binnenstad oost');
    const column = await fixture<HTMLDivElement>(html`<div style="width: 360px"><gebied-kiezer .data=${monitor}></gebied-kiezer></div>`);
    const element = column.querySelector<GebiedKiezer>('gebied-kiezer')!;
    await waitUntil(() => shadow(element).querySelector('input') !== null, 'the picker did not render');
    const root = shadow(element);
    root.querySelector('input')!.click();
    await element.updateComplete;

    expect(brokenAtAnyWidth(column, root, '[role="option"], .group-label')).to.deep.equal([]);
    const options = [...root.querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim());
    expect(options).to.include("'s-Hertogenbosch-Noord");
  });

  it('keep names whole in table rows', async () => {
    const monitor = await renamedMonitor("'s-Hertogenbosch", '’s-Gravenhage');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px; font: 16px sans-serif"><buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk></div>`,
    );
    const element = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await waitUntil(() => shadow(element).querySelector('tbody th') !== null, 'the table did not render');

    const split = new Set<string>();
    for (let width = 360; width >= 200; width -= 8) {
      column.style.width = `${width}px`;
      for (const name of shadow(element).querySelectorAll('th .nobr')) {
        const lines = new Set(characterTops(name).map((box) => Math.round(box.top)));
        if (lines.size > 1) split.add(`${name.textContent} at ${width} px`);
      }
    }
    expect([...split], 'names split over lines').to.deep.equal([]);
  });

  it('break a long word after the prefix in its box', async () => {
    const word = "'s-Hertogenboschsebinnenstadsrandgebied";
    const monitor = await renamedMonitor(word, 'Binnenstad oost');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
    const root = shadow(element);
    const title = root.querySelector<HTMLElement>('.title')!;

    const lines = new Set(characterTops(title).map((box) => Math.round(box.top)));
    expect(lines.size, 'lines of the title').to.be.at.least(2);
    expect(overflowing(root, '.title, caption')).to.deep.equal([]);
    expect(column.scrollWidth, 'width of the column').to.be.at.most(280);
    expect(brokenAtAnyWidth(column, root, '.title, caption')).to.deep.equal([]);
    column.style.width = '280px';

    // The name stays one text node, which a screen reader reads as one word.
    const name = title.querySelector('.nobr')!;
    const textNodes = [...name.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    expect(textNodes.length, 'text nodes in the name').to.equal(1);
    expect(name.textContent).to.equal(`${word},`);
    expect(title.textContent).to.equal(`${word}, 2020`);
  });

  it('break a long word in cards, rows and options', async () => {
    const word = "'s-Hertogenboschsebinnenstadsrandgebied";
    const monitor = await renamedMonitor(word, 'Binnenstad oost');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 280px">
        <buurt-vergelijk .data=${monitor} gebieden="BU07960101,BU07960102" jaar="2020"></buurt-vergelijk>
        <gebied-kiezer .data=${monitor}></gebied-kiezer>
      </div>`,
    );
    const comparison = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    const picker = column.querySelector<GebiedKiezer>('gebied-kiezer')!;
    await waitUntil(() => shadow(comparison).querySelector('.card-name') !== null, 'the comparison did not render');
    await waitUntil(() => shadow(picker).querySelector('input') !== null, 'the picker did not render');
    expect(overflowing(shadow(comparison), '.title, .card-name')).to.deep.equal([]);

    comparison.vorm = 'tabel';
    await comparison.updateComplete;
    expect(overflowing(shadow(comparison), 'caption, tbody th')).to.deep.equal([]);

    shadow(picker).querySelector('input')!.click();
    await picker.updateComplete;
    expect(overflowing(shadow(picker), '[role="option"]')).to.deep.equal([]);
    expect(column.scrollWidth, 'width of the column').to.be.at.most(280);
  });

  it('break after a later hyphen, not before it', async () => {
    // Down to 200 px, where "'s-Hertogenbosch-" still fits on a line of the title.
    const monitor = await renamedMonitor("'s-Hertogenbosch-Noordoost", 'Binnenstad oost');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    const title = shadow(element).querySelector<HTMLElement>('.title')!;

    const hyphenFirst = new Set<number>();
    for (let width = 360; width >= 200; width -= 2) {
      column.style.width = `${width}px`;
      const characters = characterTops(title);
      characters.forEach((box, index) => {
        if (box.character === '-' && index > 0 && box.top > characters[index - 1].top + 1) hyphenFirst.add(width);
      });
    }
    expect([...hyphenFirst], 'widths with a hyphen at the start of a line').to.deep.equal([]);
  });

  it('still break at other hyphens', async () => {
    const monitor = await renamedMonitor("'s-Hertogenbosch-Noordoost", 'Binnenstad oost');
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><profiel-taart .data=${monitor} gebied="BU07960101" loading="eager"></profiel-taart></div>`,
    );
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    const title = shadow(element).querySelector<HTMLElement>('.title')!;

    column.style.width = '60px';
    const lines = new Set([...title.getClientRects()].map((rect) => Math.round(rect.top)));
    const range = document.createRange();
    range.selectNodeContents(title);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(Math.max(lines.size, tops.size)).to.be.at.least(2);
    expect(brokenAfterPrefix(shadow(element), '.title')).to.deep.equal([]);
  });
});
