import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';

export const MONITOR_URL = '/test/fixtures/elements/binnenstad.json';

/** Creates a `<profiel-taart>` of Binnenstad centrum with `monitor` as data and `style` as its inline style, not yet in the page. */
export function makeChart(monitor: unknown, style: string): ProfielTaart {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.style.cssText = style;
  element.setAttribute('gebied', 'BU07960101');
  element.data = monitor;
  return element;
}

/** Loads the element fixture monitor as a plain object. */
export async function loadFixture(): Promise<Record<string, unknown>> {
  const response = await fetch(MONITOR_URL);
  return response.json();
}

/** URL of the test server endpoint that serves `file` after `ms` milliseconds, with options. */
export function serverUrl(options: { file?: string; ms?: number; status?: number; type?: string; body?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value !== undefined) query.set(key, String(value));
  return `/test-server/data?${query}`;
}

/** Creates the element and waits until it shows a chart or a message. */
export async function renderTaart(template: TemplateResult): Promise<ProfielTaart> {
  const element = await fixture<ProfielTaart>(template);
  await settled(element);
  return element;
}

/**
 * Waits until the element shows its drawn chart or a message: not the loading state, and not the
 * placeholder of a lazy chart. `updateComplete` waits for the draw itself but not for a fetch.
 */
export async function settled(element: ProfielTaart): Promise<void> {
  if (!element.shadowRoot) throw new Error(`settled() needs a custom element, got <${element.localName}>`);
  await waitUntil(
    () => {
      const root = element.shadowRoot!;
      return root.querySelector('svg, .message') !== null && !root.querySelector('.loading, .chart[data-placeholder]');
    },
    'the element did not finish loading and drawing',
    { timeout: 5000 },
  );
  await element.updateComplete;
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Visible text of the element's shadow root, with white space folded. */
export function textOf(element: Element, selector = ':host > *'): string {
  const root = shadow(element);
  const nodes = selector === ':host > *' ? [...root.children] : [...root.querySelectorAll(selector)];
  return nodes
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Replaces console.error with a no-op for tests that provoke errors on purpose; returns the undo. */
export function silenceConsoleErrors(): () => void {
  const original = console.error;
  console.error = () => undefined;
  return () => {
    console.error = original;
  };
}

/** Collects console.error calls while `run` executes; restores console.error afterwards. */
export async function captureConsoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

export { html };
