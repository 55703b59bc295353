import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, settled, shadow } from './helpers.js';
import { skipUnless, supports } from '../support/engine.js';

/** Renders a comparison table in a 320 px column, where it scrolls sideways. */
async function renderTable(): Promise<HTMLElement> {
  const column = await fixture<HTMLDivElement>(
    html`<div style="width: 320px"><buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk></div>`,
  );
  const element = column.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
  await waitUntil(() => shadow(element).querySelector('.table-scroll') !== null, 'the comparison did not render');
  return shadow(element).querySelector<HTMLElement>('.table-scroll')!;
}

/** Returns the space in px between the bottom of the table and the bottom of its scroll box. */
function roomUnderTable(box: HTMLElement): number {
  const table = box.querySelector('table')!;
  return box.getBoundingClientRect().bottom - table.getBoundingClientRect().bottom;
}

describe('scrolled table boxes', () => {
  afterEach(async () => {
    if (await supports('print-media')) await emulateMedia({ media: 'screen' });
  });

  it('keep borders with the sticky name column', async () => {
    const box = await renderTable();
    expect(box.scrollWidth).to.be.above(box.clientWidth);
    box.scrollLeft = 60;

    // A collapsed border is painted by the table, so the cells scrolling under a sticky cell
    // would show theirs through it.
    const table = box.querySelector('table')!;
    expect(getComputedStyle(table).borderCollapse).to.equal('separate');
    expect(getComputedStyle(table).borderSpacing).to.match(/^0px( 0px)?$/);

    const lastBodyCell = box.querySelector('tbody tr:last-child > th')!;
    const footCell = box.querySelector('tfoot tr:first-child > th')!;
    expect(getComputedStyle(lastBodyCell).borderBottomWidth).to.equal('0px');
    expect(getComputedStyle(footCell).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(box.querySelector('tbody tr:first-child > th')!).borderBottomWidth).to.equal('1px');
  });

  it('keep the row heading rule in print', async function () {
    const box = await renderTable();
    await skipUnless(this, 'print-media');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(box.querySelector('tbody tr:last-child > th')!).borderBottomWidth).to.equal('2px');
  });

  it('leave room for an overlay scrollbar in the comparison', async () => {
    const box = await renderTable();
    expect(roomUnderTable(box)).to.be.at.least(7.5);
  });

  it('leave room for an overlay scrollbar under the pie', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"><profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart></div>`);
    const element = column.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(element);
    shadow(element).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
    const box = shadow(element).querySelector<HTMLElement>('.table-wrapper')!;

    expect(box.scrollWidth).to.be.above(box.clientWidth);
    expect(roomUnderTable(box)).to.be.at.least(7.5);
  });
});
