import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MONITOR_URL } from '../elements/helpers.js';
import { countConsoleErrors, trapUncaught } from './harness.js';

const WAIT = { timeout: 5000 };

/** Public text properties of each element, as a partner site's script could set them. */
const PROPERTIES: Record<string, string[]> = {
  'profiel-taart': ['gebied', 'jaar', 'weergave', 'straal', 'lang', 'loading', 'timeout'],
  'thema-legenda': ['for', 'weergave', 'orientation', 'lang'],
  'buurt-vergelijk': ['gebied', 'gebieden', 'jaar', 'jaren', 'weergave', 'sorteer', 'vorm', 'lang'],
  'gebied-kiezer': ['for', 'gebied', 'types', 'label', 'lang'],
};

/** Values of the wrong type: a number, an object, an array, a boolean and an object without prototype. */
const ODD_VALUES: [string, () => unknown][] = [
  ['a number', () => 796],
  ['an object', () => ({ naam: 'Het Zand' })],
  ['an array', () => ['wijk', 2020]],
  ['true', () => true],
  ['an object without prototype', () => Object.create(null)],
];

/** An element with its properties open to any value. */
type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

async function linkedPage(): Promise<Record<string, Updating>> {
  const root = await fixture<HTMLElement>(html`<div>
    <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" jaar="2020"></profiel-taart>
    <thema-legenda for="taart"></thema-legenda>
    <buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" vorm="tabel"></buurt-vergelijk>
    <gebied-kiezer for="taart"></gebied-kiezer>
  </div>`);
  const elements: Record<string, Updating> = {};
  for (const tag of Object.keys(PROPERTIES)) elements[tag] = root.querySelector(tag) as Updating;
  await waitUntil(() => elements['profiel-taart'].shadowRoot?.querySelector('svg path') != null, 'the chart did not draw', WAIT);
  await waitUntil(() => elements['buurt-vergelijk'].shadowRoot?.querySelector('caption') != null, 'the comparison did not render', WAIT);
  await waitUntil(() => elements['gebied-kiezer'].shadowRoot?.querySelector('input') != null, 'the picker did not render', WAIT);
  // The chart's data table renders in a task after the chart, and its updateComplete waits for it.
  for (const element of Object.values(elements)) await element.updateComplete;
  return elements;
}

/** Returns the text of every element's shadow root, with white space collapsed, to compare before and after. */
function shownText(elements: Record<string, Updating>): string[] {
  return Object.values(elements).map((element) => `<${element.localName}> ${(element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')}`);
}

/** Returns where two texts first differ, with some text around it, or '' when they are equal. */
function difference(expected: string, actual: string): string {
  if (expected === actual) return '';
  let index = 0;
  while (expected[index] === actual[index]) index++;
  return `${expected.slice(0, 20)}… expected "${expected.slice(index - 40, index + 60)}", got "${actual.slice(index - 40, index + 60)}"`;
}

/**
 * Every public text property set by script to a value of the wrong type. No element may throw from
 * its update, and each must show its old content again once the property gets its old value back.
 */
describe('public properties of odd types', function () {
  this.timeout(60_000);

  for (const [tag, names] of Object.entries(PROPERTIES)) {
    it(`<${tag}> survives and recovers`, async () => {
      const elements = await linkedPage();
      const element = elements[tag];
      const before = shownText(elements);
      const errors = countConsoleErrors();
      const uncaught = trapUncaught();
      try {
        for (const name of names) {
          const original = element[name];
          for (const [label, make] of ODD_VALUES) {
            element[name] = make();
            const settled = await element.updateComplete.then(
              () => 'settled',
              (error: unknown) => `rejected: ${String(error)}`,
            );
            expect(settled, `${name} set to ${label}`).to.equal('settled');
            expect(element.shadowRoot!.childNodes.length, `${name} set to ${label}: empty shadow root`).to.be.above(0);
          }
          element[name] = original;
          await element.updateComplete;
        }
        for (const other of Object.values(elements)) await other.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));

        expect(uncaught.errors.map(String), 'uncaught errors').to.deep.equal([]);
        const after = shownText(elements);
        for (const [index, text] of before.entries()) expect(difference(text, after[index]), 'content after restoring every property').to.equal('');
      } finally {
        uncaught.stop();
        errors.restore();
      }
    });
  }

  it('names a numeric gebied in place', async () => {
    const elements = await linkedPage();
    const errors = countConsoleErrors();
    try {
      elements['profiel-taart'].gebied = 796;
      await elements['profiel-taart'].updateComplete;

      expect(elements['profiel-taart'].shadowRoot!.querySelector('.message')?.textContent).to.include('"796"');
      expect(errors.count(), 'console.error calls').to.equal(1);
    } finally {
      errors.restore();
    }
  });
});
