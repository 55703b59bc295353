import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, serverUrl, silenceConsoleErrors } from '../elements/helpers.js';
import { QUIET_MS, loadingShown, messageOf, messagesShown, slowUrl } from './live-region-helpers.js';

/**
 * Returns a URL for which the test server returns 410 (Gone), a different one for each `n`. A 404
 * would do as well, but the test runner lists every 404 request in its output.
 */
function missingUrl(n: number): string {
  return serverUrl({ status: 410, body: `ontbreekt ${n}` });
}

function alertCount(messages: Element[]): number {
  return messages.filter((message) => message.getAttribute('role') === 'alert').length;
}

function statusCount(loadingStates: Element[]): number {
  return loadingStates.filter((loading) => loading.getAttribute('role') === 'status').length;
}

/** The loading text of each element, in Dutch. */
const LOADING_TEXTS: Record<string, string> = {
  'profiel-taart': 'Profieltaart wordt geladen…',
  'thema-legenda': 'Legenda wordt geladen…',
  'buurt-vergelijk': 'Vergelijking wordt geladen…',
  'gebied-kiezer': 'Gebieden worden geladen…',
};

describe('alerts of load messages', () => {
  let restore: () => void;
  beforeEach(async () => {
    restore = silenceConsoleErrors();
    // Each test starts after the messages of the one before have settled.
    await aTimeout(QUIET_MS);
  });
  afterEach(() => restore());

  it('announces a lone failing pie', async () => {
    const taart = await fixture<ProfielTaart>(html`<profiel-taart src=${missingUrl(0)} gebied="BU07960101"></profiel-taart>`);
    const [message] = await messagesShown([taart], 20000);
    expect(message.getAttribute('role')).to.equal('alert');
  });

  it('announces one of many failing elements', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 40 }, (_, n) => html`<profiel-taart src=${missingUrl(n)} gebied="BU07960101"></profiel-taart>`)}
      <thema-legenda src=${missingUrl(40)}></thema-legenda>
      <buurt-vergelijk src=${missingUrl(41)} gebied="BU07960101"></buurt-vergelijk>
      <gebied-kiezer src=${missingUrl(42)}></gebied-kiezer>
    </div>`);
    const hosts = [...page.children];
    const messages = await messagesShown(hosts, 20000);

    expect(alertCount(messages), 'messages with role="alert"').to.equal(1);
    for (const [n, message] of messages.entries()) {
      // A message without the alert still shows its full text, naming its own address.
      expect(message.textContent, `message ${n}`).to.contain(`ontbreekt+${n}`);
      expect(message.querySelector('.message-title')!.textContent, `title of message ${n}`).to.match(/kan niet worden getoond/);
      expect(message.hasAttribute('aria-live'), `aria-live of message ${n}`).to.equal(false);
    }
  });

  it('keeps the roles when messages render again', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="nl">
      ${Array.from({ length: 5 }, (_, n) => html`<profiel-taart src=${missingUrl(n)} gebied="BU07960101"></profiel-taart>`)}
    </div>`);
    const hosts = [...page.children];
    const before = (await messagesShown(hosts, 20000)).map((message) => message.getAttribute('role'));
    expect(before.filter((role) => role === 'alert'), 'alerts before').to.have.length(1);

    // One element without the alert renders its message again, alone, after the burst settled.
    await aTimeout(QUIET_MS);
    const quiet = hosts[before.indexOf(null)];
    const message = messageOf(quiet);
    quiet.setAttribute('lang', 'en');
    await waitUntil(() => messageOf(quiet)!.textContent!.includes('cannot be shown'), 'the message stayed Dutch');
    expect(messageOf(quiet) === message, 'same message element').to.equal(true);
    expect(messageOf(quiet)!.getAttribute('role'), 'role after the language changed').to.equal(null);

    page.lang = 'en';
    await waitUntil(() => hosts.every((host) => messageOf(host)!.textContent!.includes('cannot be shown')), 'a message stayed Dutch');
    const after = hosts.map((host) => messageOf(host)!.getAttribute('role'));
    expect(after, 'roles after the page language changed').to.deep.equal(before);
  });

  it('announces a failure after the page settled', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 5 }, (_, n) => html`<profiel-taart src=${missingUrl(n)} gebied="BU07960101"></profiel-taart>`)}
    </div>`);
    const hosts = [...page.children] as ProfielTaart[];
    await messagesShown(hosts, 20000);

    await aTimeout(QUIET_MS);
    const later = document.createElement('profiel-taart');
    later.setAttribute('gebied', 'BU07960101');
    later.setAttribute('src', missingUrl(5));
    page.append(later);
    const [message] = await messagesShown([later], 20000);
    expect(message.getAttribute('role'), 'role of a new element').to.equal('alert');

    await aTimeout(QUIET_MS);
    const second = hosts[1];
    const previous = messageOf(second);
    second.src = missingUrl(6);
    await waitUntil(() => messageOf(second) !== previous && messageOf(second)?.textContent?.includes('ontbreekt+6'), 'the new message did not show');
    expect(messageOf(second)!.getAttribute('role'), 'role after a new src').to.equal('alert');
  });
});

describe('status of loading states', () => {
  beforeEach(async () => {
    // Each test starts after the loading states of the one before have settled.
    await aTimeout(QUIET_MS);
  });

  it('announces one of many loading elements', async () => {
    const slow = slowUrl('veel');
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 40 }, () => html`<profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>`)}
      <thema-legenda src=${slow}></thema-legenda>
      <buurt-vergelijk src=${slow} gebied="BU07960101"></buurt-vergelijk>
      <gebied-kiezer src=${slow}></gebied-kiezer>
    </div>`);
    const hosts = [...page.children];
    const loadingStates = await loadingShown(hosts);

    expect(statusCount(loadingStates), 'loading states with role="status"').to.equal(1);
    for (const [n, loading] of loadingStates.entries()) {
      // A loading state without the role still shows in place that the element is loading.
      expect(loading.textContent, `loading state ${n}`).to.equal(LOADING_TEXTS[hosts[n].localName]);
      expect(loading.hasAttribute('aria-live'), `aria-live of loading state ${n}`).to.equal(false);
    }
  });

  it('announces loading and failure apart', async () => {
    const restore = silenceConsoleErrors();
    try {
      // The failure follows the loading states within the second of their burst.
      const failing = serverUrl({ status: 410, body: 'ontbreekt na het laden', ms: 300 });
      const page = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 5 }, () => html`<profiel-taart src=${failing} gebied="BU07960101"></profiel-taart>`)}
      </div>`);
      const hosts = [...page.children];

      expect(statusCount(await loadingShown(hosts)), 'loading states with role="status"').to.equal(1);
      expect(alertCount(await messagesShown(hosts, 20000)), 'messages with role="alert"').to.equal(1);
    } finally {
      restore();
    }
  });

  it('announces loading after the page settled', async () => {
    const slow = slowUrl('eerst');
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 5 }, () => html`<profiel-taart src=${slow} gebied="BU07960101"></profiel-taart>`)}
    </div>`);
    await loadingShown([...page.children]);

    await aTimeout(QUIET_MS);
    const later = document.createElement('profiel-taart');
    later.setAttribute('gebied', 'BU07960101');
    later.setAttribute('src', slowUrl('later'));
    page.append(later);
    const [loading] = await loadingShown([later]);
    expect(loading.getAttribute('role'), 'role of a new element').to.equal('status');
  });
});
