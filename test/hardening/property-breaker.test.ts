import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { MONITOR_URL } from '../elements/helpers.js';
import { countConsoleErrors, trapUncaught } from './harness.js';

const WAIT = { timeout: 5000 };
const TAGS = ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer'];

/** An element with its properties open to any value. */
type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

function shown(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function message(element: Element): string {
  return (element.shadowRoot?.querySelector('.message')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until the element shows its data, and its text has not changed for 200 ms, because the
 * small charts of `<buurt-vergelijk>` draw after it renders.
 */
async function dataShown(element: Updating): Promise<void> {
  const tag = element.localName;
  await waitUntil(() => shown(element) !== '' && !element.shadowRoot!.querySelector('.loading, .message'), `<${tag}> did not show its data`, WAIT);
  let previous = '';
  await waitUntil(
    () => {
      const [last, current] = [previous, shown(element)];
      previous = current;
      return last === current;
    },
    `<${tag}> kept changing its text`,
    { ...WAIT, interval: 200 },
  );
}

/** Creates `<tag src>` alone on the page and waits until it shows its data. */
async function standalone(tag: string): Promise<Updating> {
  const name = unsafeStatic(tag);
  const element = await fixture<Updating>(staticHtml`<${name} src=${MONITOR_URL} gebied="BU07960101"></${name}>`);
  await dataShown(element);
  return element;
}

/**
 * Values of `src` that a partner site's script could set: a number, a URL object and a symbol, each
 * naming a file that is not there. A URL object reads as its address, as it does for an img.
 */
const SRC_VALUES: [string, () => unknown, string][] = [
  ['a number', () => 796, '/796'],
  ['a URL object', () => new URL('/niet-gevonden.json', location.href), '/niet-gevonden.json'],
  ['a symbol', () => Symbol('gegevens'), '/[object%20Symbol]'],
];

describe('src property of another type', function () {
  this.timeout(30_000);

  for (const tag of TAGS) {
    for (const [label, make, path] of SRC_VALUES) {
      it(`<${tag}> reads ${label} as text`, async () => {
        const element = await standalone(tag);
        const before = shown(element);
        const errors = countConsoleErrors();
        const uncaught = trapUncaught();
        try {
          element.src = make();
          await waitUntil(() => message(element) !== '', `<${tag}> showed no message`, WAIT);
          await element.updateComplete;

          expect(uncaught.errors.map(String), 'uncaught errors').to.deep.equal([]);
          expect(message(element), 'message').to.include(`${location.origin}${path}.`);
          expect(message(element), 'message').to.include('404');
          expect(errors.count(), 'console.error calls').to.equal(1);

          element.src = MONITOR_URL;
          await waitUntil(() => shown(element) === before, `<${tag}> did not show its data again`, WAIT);
        } finally {
          uncaught.stop();
          errors.restore();
        }
      });
    }
  }
});

/** Public properties of each element that a partner site's script could set. */
const PROPERTIES: Record<string, string[]> = {
  'profiel-taart': ['src', 'gebied', 'jaar', 'weergave', 'straal', 'lang', 'loading'],
  'thema-legenda': ['src', 'for', 'weergave', 'orientation', 'lang'],
  'buurt-vergelijk': ['src', 'gebied', 'gebieden', 'jaar', 'jaren', 'weergave', 'sorteer', 'vorm', 'lang'],
  'gebied-kiezer': ['src', 'for', 'gebied', 'types', 'label', 'lang'],
};

/** Objects that throw when read: one with a `Symbol.toStringTag` getter that throws, and a proxy whose get trap throws. */
const THROWING_VALUES: [string, () => unknown][] = [
  [
    'an object whose type tag getter throws',
    () => ({
      get [Symbol.toStringTag](): string {
        throw new Error('getter called');
      },
    }),
  ],
  [
    'a proxy whose traps throw',
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('get trap called');
          },
        },
      ),
  ],
];

describe('properties set to objects that throw', function () {
  this.timeout(60_000);

  for (const [tag, names] of Object.entries(PROPERTIES)) {
    it(`<${tag}> keeps updating`, async () => {
      const element = await standalone(tag);
      const before = shown(element);
      const errors = countConsoleErrors();
      const uncaught = trapUncaught();
      try {
        for (const name of names) {
          const original = element[name];
          for (const [label, make] of THROWING_VALUES) {
            element[name] = make();
            const result = await element.updateComplete.then(
              () => 'settled',
              (error: unknown) => `rejected: ${String(error)}`,
            );
            expect(result, `${name} set to ${label}`).to.equal('settled');
            // `loading` is not reflected, so its attribute stays absent.
            expect([null, '[object Object]'], `${name} attribute for ${label}`).to.include(element.getAttribute(name));
          }
          element[name] = original;
          await element.updateComplete;
        }
        await waitUntil(() => shown(element) === before, `<${tag}> did not show its data again`, WAIT);
        expect(uncaught.errors.map(String), 'uncaught errors').to.deep.equal([]);
      } finally {
        uncaught.stop();
        errors.restore();
      }
    });
  }
});

/** The first words each element shows in English, once its data is there. */
const ENGLISH_TEXT: Record<string, string> = {
  'profiel-taart': 'Situation compared with the municipal average',
  'thema-legenda': 'Themes in the inner ring',
  'buurt-vergelijk': 'Charts Table Sort by',
  'gebied-kiezer': 'Choose an area',
};

describe('lang property set by script', function () {
  this.timeout(30_000);

  for (const tag of TAGS) {
    for (const place of ['the page', 'a shadow root']) {
      it(`<${tag}> in ${place} renders English at once`, async () => {
        const element = await standalone(tag);
        if (place === 'a shadow root') {
          // A partner site's own component wraps the element, and the page's lang observer does not see inside it.
          const wrapper = document.createElement('div');
          element.replaceWith(wrapper);
          wrapper.attachShadow({ mode: 'open' }).append(element);
          await element.updateComplete;
        }
        const dutch = shown(element);

        element.lang = 'en';
        await element.updateComplete;
        expect(shown(element), 'text after lang = "en"').to.contain(ENGLISH_TEXT[tag]);

        element.lang = 'nl';
        await element.updateComplete;
        expect(shown(element), 'text after lang = "nl"').to.equal(dutch);
      });
    }
  }
});

describe('context attribute of <buurt-vergelijk>', function () {
  this.timeout(20_000);

  it('stays absent while context is off', async () => {
    const element = await standalone('buurt-vergelijk');
    expect(element.hasAttribute('context'), 'attribute after the first render').to.equal(false);

    element.context = true;
    await element.updateComplete;
    expect(element.getAttribute('context'), 'attribute with context on').to.equal('');

    element.context = false;
    await element.updateComplete;
    expect(element.hasAttribute('context'), 'attribute with context off again').to.equal(false);
  });

  it('survives a copy of the markup', async () => {
    // A CMS preview or a partner script that copies the element's HTML must get the same comparison.
    const element = await standalone('buurt-vergelijk');
    const box = await fixture<HTMLElement>(staticHtml`<div></div>`);
    box.innerHTML = element.outerHTML;
    const copy = box.firstElementChild as Updating;
    await dataShown(copy);

    expect(copy.context, 'context of the copy').to.equal(false);
    expect(shown(copy), 'text of the copy').to.equal(shown(element));
  });
});
