import { expect } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { captureConsoleErrors, html, loadFixture, renderTaart, shadow, settled, textOf } from './helpers.js';

/**
 * A generated monitor (see web-test-runner.config.mjs) in which buurt N has the totaal (N % 40) / 10 − 2
 * and the deelthema (N % 7) / 5 − 0.6.
 */
const LARGE_URL = '/test-server/large?gebieden=3000';

function message(element: ProfielTaart): string {
  return textOf(element, '.message');
}

/** Returns the cells of the table row whose header is `name`. */
function rowCells(element: ProfielTaart, name: string): string[] {
  const row = [...shadow(element).querySelectorAll('tbody tr')].find((candidate) => candidate.querySelector('th')?.textContent === name);
  if (row === undefined) {
    throw new Error(`No table row "${name}" in: ${textOf(element, 'tbody')}`);
  }
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
}

describe('<profiel-taart> with results read on demand', () => {
  it('passes the accessibility check', async () => {
    const element = await renderTaart(html`<profiel-taart src=${LARGE_URL} gebied="Buurt 2999"></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  it('shows the values of the chosen buurt', async () => {
    const element = await renderTaart(html`<profiel-taart src=${LARGE_URL} gebied="Buurt 2999"></profiel-taart>`);
    expect(rowCells(element, 'Totaal')[0]).to.equal('1,9');
    expect(rowCells(element, 'Deelthema')[0]).to.equal('0,0');
  });

  it('shows another buurt after a switch', async () => {
    const element = await renderTaart(html`<profiel-taart src=${LARGE_URL} gebied="Buurt 2999"></profiel-taart>`);

    element.gebied = 'BU00000005';
    await element.updateComplete;
    await settled(element);

    expect(rowCells(element, 'Totaal')[0]).to.equal('\u22121,5');
    expect(rowCells(element, 'Totaal')[1]).to.equal('beneden');
  });

  it('reports a bad value in a result it does not show', async () => {
    const data = await loadFixture();
    const resultaten = data.resultaten as Record<string, any>[];
    resultaten[3].deelthemas.rondkomen.waarde = 'veel';

    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await renderTaart(html`<profiel-taart .data=${data} gebied="BU07960101"></profiel-taart>`);
    });

    expect(resultaten[3].gebied).to.equal('BU07960102');
    expect(message(element)).to.contain('$.resultaten[3].deelthemas.rondkomen.waarde');
    expect(shadow(element).querySelector('svg path.slice')).to.equal(null);
    expect(errors).to.have.length(1);
  });

  it('reports a bad value in the result it shows', async () => {
    const data = await loadFixture();
    (data.resultaten as Record<string, any>[])[0].totaal.waarde = 'NaN';

    let element!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      element = await renderTaart(html`<profiel-taart .data=${data} gebied="BU07960101"></profiel-taart>`);
    });

    expect(message(element)).to.contain('$.resultaten[0].totaal.waarde');
    expect(errors).to.have.length(1);
  });
});
