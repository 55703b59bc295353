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
