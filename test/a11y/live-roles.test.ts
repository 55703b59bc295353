import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, serverUrl, shadow, silenceConsoleErrors } from '../elements/helpers.js';
import { QUIET_MS, messageOf, messagesShown, slowUrl } from './live-region-helpers.js';

/** Returns a URL for which the test server returns 410 (Gone) after `ms`, a different one for each `name`. */
function missingUrl(name: string, ms = 0): string {
  return serverUrl({ status: 410, body: `ontbreekt ${name}`, ms });
}

describe('live roles of hidden, contents and reused messages', function () {
  this.timeout(20000);
  let restore: () => void;
  beforeEach(async () => {
    restore = silenceConsoleErrors();
    // Each test starts after the messages of the one before have settled.
    await aTimeout(QUIET_MS);
  });
  afterEach(() => restore());

  it('hidden failures: no burst extended', async () => {
    // Pie A fails at once, three pies in a hidden panel fail 0.6 s apart, and pie B fails 2.4 s
    // after A, so more than a second after the last visible failure.
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart id="a" loading="eager" src=${missingUrl('a')} gebied="BU07960101"></profiel-taart>
      <div hidden>
        ${[1, 2, 3].map((n) => html`<profiel-taart loading="eager" src=${missingUrl(`verborgen ${n}`, 600 * n)} gebied="BU07960101"></profiel-taart>`)}
      </div>
      <profiel-taart id="b" loading="eager" src=${missingUrl('b', 2400)} gebied="BU07960101"></profiel-taart>
    </div>`);
    const hidden = [...page.querySelectorAll('[hidden] profiel-taart')];
    const [a, b] = await messagesShown([page.querySelector('#a')!, page.querySelector('#b')!]);
    await messagesShown(hidden);

    expect(a.getAttribute('role'), 'role of pie A').to.equal('alert');
    expect(b.getAttribute('role'), 'role of pie B').to.equal('alert');
    for (const [n, host] of hidden.entries()) {
      expect(messageOf(host)!.getAttribute('role'), `role of hidden pie ${n}`).to.equal(null);
    }
  });

  it('display-contents pie: failure alerted', async () => {
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart style="display: contents" loading="eager" src=${missingUrl('contents')} gebied="BU07960101"></profiel-taart>`,
    );
    const [message] = await messagesShown([taart]);

    expect(message.getBoundingClientRect().height, 'height of the message').to.be.greaterThan(0);
    expect(message.getAttribute('role')).to.equal('alert');
  });

  it('display-contents pie: loading status', async () => {
    const taart = await fixture<ProfielTaart>(
      html`<profiel-taart style="display: contents" loading="eager" src=${slowUrl('contents')} gebied="BU07960101"></profiel-taart>`,
    );
    await waitUntil(() => shadow(taart).querySelector('.loading'), 'no loading state', { timeout: 5000 });

    expect(shadow(taart).querySelector('.loading')!.getAttribute('role')).to.equal('status');
  });

  it('display-contents pie in hidden panel: no alert', async () => {
    const page = await fixture<HTMLElement>(html`<div hidden>
      <profiel-taart style="display: contents" loading="eager" src=${missingUrl('contents verborgen')} gebied="BU07960101"></profiel-taart>
    </div>`);
    const [message] = await messagesShown([page.querySelector('profiel-taart')!]);

    expect(message.getAttribute('role')).to.equal(null);
  });

  it('burst member: later failure alerted', async () => {
    // Two pies fail at once on an unknown gebied, so only the first gets the alert.
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart loading="eager" src=${MONITOR_URL} gebied="Onbekend een"></profiel-taart>
      <profiel-taart loading="eager" src=${MONITOR_URL} gebied="Onbekend twee"></profiel-taart>
    </div>`);
    const hosts = [...page.children];
    const roles = (await messagesShown(hosts)).map((message) => message.getAttribute('role'));
    expect(roles, 'roles of the burst').to.deep.equal(['alert', null]);

    // Later a visitor picks another gebied for the second pie, which has no result in that jaar.
    await aTimeout(QUIET_MS);
    const message = messageOf(hosts[1]);
    hosts[1].setAttribute('jaar', '1999');
    hosts[1].setAttribute('gebied', 'Binnenstad oost');
    await waitUntil(() => messageOf(hosts[1])!.textContent!.includes('1999'), 'the jaar message did not show');

    expect(messageOf(hosts[1]) === message, 'same message element').to.equal(true);
    expect(messageOf(hosts[1])!.getAttribute('role'), 'role of the new failure').to.equal('alert');
  });

  it('unannounced message: no alert in English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <profiel-taart loading="eager" src=${MONITOR_URL} gebied="Onbekend drie"></profiel-taart>
      <profiel-taart loading="eager" src=${MONITOR_URL} gebied="Onbekend vier"></profiel-taart>
    </div>`);
    const quiet = page.children[1];
    await messagesShown([...page.children]);

    // The same failure in another language is no new failure.
    await aTimeout(QUIET_MS);
    quiet.setAttribute('lang', 'en');
    await waitUntil(() => messageOf(quiet)!.textContent!.includes('cannot be shown'), 'the message stayed Dutch');

    expect(messageOf(quiet)!.getAttribute('role')).to.equal(null);
  });

  it('pie shown after failing: new failure alerted', async () => {
    const details = await fixture<HTMLDetailsElement>(html`<details>
      <summary>Meer</summary>
      <profiel-taart loading="eager" src=${MONITOR_URL} gebied="Onbekend"></profiel-taart>
    </details>`);
    const taart = details.querySelector('profiel-taart')!;
    const [first] = await messagesShown([taart]);
    expect(first.getAttribute('role'), 'role while closed').to.equal(null);

    details.open = true;
    await aTimeout(QUIET_MS);
    taart.setAttribute('gebied', 'Ook onbekend');
    await waitUntil(() => messageOf(taart)!.textContent!.includes('Ook onbekend'), 'the new message did not show');

    expect(messageOf(taart)!.getAttribute('role'), 'role of a failure while open').to.equal('alert');
  });
});
