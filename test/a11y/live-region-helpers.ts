// Helpers of the live-role tests: slow data, and the loading state or message an element shows.
import { waitUntil } from '@open-wc/testing';
import { serverUrl, shadow } from '../elements/helpers.js';

/** Longer than the second within which a loading state or message joins the burst of the one before it. */
export const QUIET_MS = 1100;

/**
 * Returns a URL of the demo data that the test server sends after 3 s, a different one for each
 * `name`, because elements with the same URL share one fetch and a file once loaded stays cached.
 * The server ignores the `naam` parameter.
 */
export function slowUrl(name: string): string {
  return `${serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 3000 })}&naam=${encodeURIComponent(name)}`;
}

export function messageOf(host: Element): Element | null {
  return shadow(host).querySelector('.message');
}

/** Waits until every host shows a message, for at most `timeoutMs`, and returns the messages. */
export async function messagesShown(hosts: Element[], timeoutMs = 10000): Promise<Element[]> {
  await waitUntil(() => hosts.every((host) => messageOf(host)), 'an element showed no message', { timeout: timeoutMs });
  return hosts.map((host) => messageOf(host)!);
}

export function loadingOf(host: Element): Element | null {
  return shadow(host).querySelector('.loading');
}

/** Waits until every host shows its loading state, for at most 5 s, and returns the loading states. */
export async function loadingShown(hosts: Element[]): Promise<Element[]> {
  await waitUntil(() => hosts.every((host) => loadingOf(host)), 'an element showed no loading state', { timeout: 5000 });
  return hosts.map((host) => loadingOf(host)!);
}
