import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

/**
 * Every element the hardening suites attack, with the text attributes that select what it shows.
 * Add a row when a new element lands.
 */
export interface ElementUnderTest {
  tag: string;
  /** Text attributes that a web editor may set, with a valid value for the element fixture. */
  attributes: Record<string, string>;
}

export const ELEMENTS: ElementUnderTest[] = [
  {
    tag: 'profiel-taart',
    attributes: { gebied: 'BU07960101', jaar: '2020', weergave: 'situatie', straal: 'vast', lang: 'nl' },
  },
];

export type DataElement = HTMLElement & { data: unknown; src: string | null; updateComplete: Promise<boolean> };

// Re-exported so that the hardening suites import their helpers from one module.
export { browserEngine } from '../support/engine.js';

/** True while the element shows its loading state or has not rendered yet. */
function isLoading(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root || root.children.length === 0) return true;
  return root.querySelector('.loading') !== null;
}

/** Waits until the element shows a chart or a message instead of its loading state. */
export async function settle(element: DataElement, timeout = 8000): Promise<void> {
  await element.updateComplete;
  if (isLoading(element)) {
    await waitUntil(() => !isLoading(element), `<${element.localName}> did not finish loading`, { timeout, interval: 5 });
  }
  await element.updateComplete;
}

/** Returns what the element shows: a drawn chart, a message in place, or neither (a failure). */
export function outcome(element: Element): 'chart' | 'message' | 'nothing' {
  const root = element.shadowRoot!;
  if (root.querySelector('.message')) return 'message';
  if (root.querySelector('svg path, svg circle')) return 'chart';
  return 'nothing';
}

/** Lists every attribute in the shadow root whose value contains NaN or Infinity, as `tag@name="value"`. */
export function nonFiniteAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.attributes) {
      if (/NaN|Infinity/.test(attribute.value)) found.push(`${node.localName}@${attribute.name}="${attribute.value.slice(0, 80)}"`);
    }
  }
  return found;
}

/** Counts console.error calls while replacing console.error with a no-op; call the result to restore. */
export function countConsoleErrors(): { count: () => number; reset: () => void; restore: () => void } {
  const original = console.error;
  let calls = 0;
  console.error = () => {
    calls++;
  };
  return {
    count: () => calls,
    reset: () => {
      calls = 0;
    },
    restore: () => {
      console.error = original;
    },
  };
}

/** Records uncaught exceptions and unhandled rejections on the page until `stop()`. */
export function trapUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Builds a small valid profile: one gebied in one jaar, with every class and a missing value. */
export function sampleProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gebied: 'De Haren',
    jaar: 2022,
    totaal: '6,8',
    themas: [
      {
        naam: 'Werk & leren',
        klasse: 'boven gemiddeld',
        deelthemas: [
          { naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven', ontwikkeling: 'vooruit' },
          { naam: 'Opleiding', waarde: '−0,4', klasse: 'gemiddeld', ontwikkeling: 'gelijk' },
        ],
      },
      { naam: 'Welzijn', klasse: 'beneden', deelthemas: [{ naam: 'Gezondheid', waarde: -1.1, klasse: 'beneden' }] },
      { naam: 'Veiligheid', deelthemas: [{ naam: 'Overlast', waarde: null, reden: 'geen-gegevens' }] },
    ],
    ...overrides,
  };
}

/** Creates an element with `data` and attributes, appends it to `container` and waits until it settles. */
export async function mount(
  tag: string,
  data: unknown,
  attributes: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<DataElement> {
  const element = document.createElement(tag) as DataElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  container.append(element);
  await settle(element);
  return element;
}

/** Adds an iframe with an empty page and resolves once that page has loaded. */
export async function emptyFrame(): Promise<HTMLIFrameElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'Voorbeeld';
  frame.style.cssText = 'width: 500px; height: 500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html lang="nl"><body></body></html>';
  box.append(frame);
  await loaded;
  return frame;
}
