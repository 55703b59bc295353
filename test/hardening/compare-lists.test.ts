import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import { MONITOR_URL, html, loadFixture, shadow, textOf } from '../elements/helpers.js';
import { countConsoleErrors, trapUncaught } from './harness.js';

const WAIT = { timeout: 5000 };

async function comparison(): Promise<BuurtVergelijk> {
  const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk src=${MONITOR_URL} gebied="BU07960101" vorm="tabel"></buurt-vergelijk>`);
  await waitUntil(() => shadow(element).querySelector('caption, .message') !== null, 'the comparison did not render', WAIT);
  return element;
}

function message(element: BuurtVergelijk): string {
  return textOf(element, '.message');
}

/**
 * Values of the wrong type that a partner site's script may set. Each must show a message in
 * place and log one console.error, and never throw from the element's update.
 */
describe('<buurt-vergelijk> lists of odd types', function () {
  this.timeout(20_000);

  const cases: [string, Partial<Record<'gebieden' | 'jaren' | 'gebied', unknown>>, RegExp][] = [
    ['gebieden as an object', { gebieden: { a: 1 } }, /gebied/i],
    ['gebieden as a number', { gebieden: 796 }, /gebied/i],
    ['gebieden as true', { gebieden: true }, /gebied/i],
    ['jaren as an object', { jaren: { jaar: 2020 } }, /jaar|jaren/i],
    ['gebied as a number', { gebied: 796 }, /gebied/i],
    ['gebieden with an object without prototype', { gebieden: [Object.create(null)] }, /gebied/i],
  ];

  for (const [name, values, expected] of cases) {
    it(`shows a message for ${name}`, async () => {
      const element = await comparison();
      const errors = countConsoleErrors();
      const uncaught = trapUncaught();
      try {
        Object.assign(element, values);
        await waitUntil(() => message(element) !== '', 'no message in place', WAIT);
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));

        expect(message(element)).to.match(expected);
        expect(errors.count(), 'console.error calls').to.equal(1);
        expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        uncaught.stop();
        errors.restore();
      }
    });
  }

  it('takes jaren as one number', async () => {
    const element = await comparison();
    element.jaren = 2020 as unknown as string;
    await element.updateComplete;

    expect(message(element)).to.equal('');
    expect(textOf(element, 'caption')).to.include('2020');
    expect(element.getAttribute('jaren')).to.equal('2020');
  });

  it('reflects an array item without prototype without throwing', async () => {
    const element = await comparison();
    const errors = countConsoleErrors();
    try {
      element.jaren = [2020, Object.create(null)];
      await element.updateComplete;

      expect(element.getAttribute('jaren')).to.equal('2020,[object Object]');
      expect(message(element)).to.include('[object Object]');
      expect(errors.count()).to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it('takes duplicate array items once', async () => {
    const element = await comparison();
    element.gebied = null;
    element.gebieden = ['BU07960101', 'BU07960101', 'binnenstad centrum'];
    element.jaren = [2020, '2020', 2020];
    await element.updateComplete;

    const rowNames = [...shadow(element).querySelectorAll('tbody tr:not([class]) th[scope="row"]')].map((cell) => cell.textContent?.trim());
    expect(message(element)).to.equal('');
    expect(rowNames).to.deep.equal(['Binnenstad centrum']);
    expect(element.getAttribute('jaren')).to.equal('2020,2020,2020');
  });

  it('shows the no-gebied message for an empty array', async () => {
    const element = await comparison();
    const errors = countConsoleErrors();
    try {
      element.gebied = null;
      element.gebieden = [];
      await element.updateComplete;

      expect(message(element)).to.not.equal('');
      expect(errors.count()).to.equal(1);
    } finally {
      errors.restore();
    }
  });
});

/** Names that contain a comma, which a list separated by commas would split. */
describe('<buurt-vergelijk> names with a comma', function () {
  this.timeout(20_000);
  const COMMA_NAME = 'Binnenstad oost, Uilenburg';

  /** Renders a table comparison of the fixture monitor, with Binnenstad oost renamed to a name with a comma. */
  async function commaComparison(gebieden: string | string[]): Promise<BuurtVergelijk> {
    const data = await loadFixture();
    const gebied = (data.gebieden as { code: string; naam: string }[]).find((item) => item.code === 'BU07960102')!;
    gebied.naam = COMMA_NAME;
    const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk .data=${data} .gebieden=${gebieden} vorm="tabel"></buurt-vergelijk>`);
    await waitUntil(() => shadow(element).querySelector('caption, .message') !== null, 'the comparison did not render', WAIT);
    return element;
  }

  function rowNames(element: BuurtVergelijk): string[] {
    return [...shadow(element).querySelectorAll('tbody tr:not([class]) th[scope="row"]')].map((cell) => cell.textContent!.trim());
  }

  it('takes names separated by semicolons', async () => {
    const element = await commaComparison(`${COMMA_NAME}; Binnenstad centrum`);

    expect(message(element)).to.equal('');
    expect(rowNames(element)).to.deep.equal([COMMA_NAME, 'Binnenstad centrum']);
  });

  it('reads back an array with such a name', async () => {
    const element = await commaComparison([COMMA_NAME, 'BU07960101']);
    const attribute = element.getAttribute('gebieden')!;
    const copy = await commaComparison(attribute);

    expect(attribute).to.equal(`${COMMA_NAME}; BU07960101`);
    expect(rowNames(copy)).to.deep.equal(rowNames(element));
  });

  it('names curly quotes around gebieden', async () => {
    const errors = countConsoleErrors();
    try {
      const element = await commaComparison('“Binnenstad centrum”');

      expect(message(element)).to.contain('Het attribuut gebieden heeft gekrulde aanhalingstekens');
      expect(message(element)).to.contain('Gelezen is gebieden=“Binnenstad centrum”.');
    } finally {
      errors.restore();
    }
  });

  it('explains a list split inside a name', async () => {
    const errors = countConsoleErrors();
    try {
      const element = await commaComparison(`${COMMA_NAME}, Binnenstad centrum`);
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(message(element)).to.include('Gebied "Binnenstad oost" komt niet voor in de gegevens. Bedoelde u Binnenstad oost, Uilenburg?');
      expect(message(element)).to.include('Scheid de gebieden dan met puntkomma');
      expect(errors.count(), 'console.error calls').to.equal(1);
    } finally {
      errors.restore();
    }
  });
});
