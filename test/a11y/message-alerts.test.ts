import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, serverUrl, shadow, silenceConsoleErrors } from '../elements/helpers.js';

/** Longer than the second within which a message joins the burst of the message before it. */
const QUIET_MS = 1100;

/**
 * Returns a URL for which the test server returns 410 (Gone), a different one for each `n`. A 404
 * would do as well, but the test runner lists every 404 request in its output.
 */
function missingUrl(n: number): string {
  return serverUrl({ status: 410, body: `ontbreekt ${n}` });
}

function messageOf(host: Element): Element | null {
  return shadow(host).querySelector('.message');
}

async function messagesShown(hosts: Element[]): Promise<Element[]> {
  await waitUntil(() => hosts.every((host) => messageOf(host)), 'an element showed no message', { timeout: 20000 });
  return hosts.map((host) => messageOf(host)!);
}

function alertCount(messages: Element[]): number {
  return messages.filter((message) => message.getAttribute('role') === 'alert').length;
}

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
    const [message] = await messagesShown([taart]);
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
    const messages = await messagesShown(hosts);

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
    const before = (await messagesShown(hosts)).map((message) => message.getAttribute('role'));
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
    await messagesShown(hosts);

    await aTimeout(QUIET_MS);
    const later = document.createElement('profiel-taart');
    later.setAttribute('gebied', 'BU07960101');
    later.setAttribute('src', missingUrl(5));
    page.append(later);
    const [message] = await messagesShown([later]);
    expect(message.getAttribute('role'), 'role of a new element').to.equal('alert');

    await aTimeout(QUIET_MS);
    const second = hosts[1];
    const previous = messageOf(second);
    second.src = missingUrl(6);
    await waitUntil(() => messageOf(second) !== previous && messageOf(second)?.textContent?.includes('ontbreekt+6'), 'the new message did not show');
    expect(messageOf(second)!.getAttribute('role'), 'role after a new src').to.equal('alert');
  });
});
