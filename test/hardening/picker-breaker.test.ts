import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, loadFixture, settled } from '../elements/helpers.js';
import { typeText } from '../support/engine.js';
import { countConsoleErrors } from './harness.js';

const WAIT = { timeout: 5000 };

function note(element: Element): string {
  return [...element.shadowRoot!.querySelectorAll('.note')].map((node) => node.textContent!.trim()).join(' | ');
}

function field(element: GebiedKiezer): HTMLInputElement {
  return element.shadowRoot!.querySelector('input')!;
}

async function pickerReady(element: GebiedKiezer): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('input, .message') != null, 'the picker did not render', WAIT);
  await element.updateComplete;
}

/** Returns the fixture monitor without the gebied `code` and its results. */
async function monitorWithout(code: string): Promise<Record<string, unknown>> {
  const monitor = await loadFixture();
  monitor.gebieden = (monitor.gebieden as { code: string }[]).filter((gebied) => gebied.code !== code);
  monitor.resultaten = (monitor.resultaten as { gebied: string }[]).filter((result) => result.gebied !== code);
  return monitor;
}

describe('<gebied-kiezer> note on an unknown gebied', function () {
  this.timeout(20_000);

  it('follows a change of data', async () => {
    const errors = countConsoleErrors();
    try {
      const without = await monitorWithout('BU07960102');
      const complete = await loadFixture();
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer gebied="Binnenstad oost" .data=${without}></gebied-kiezer>`);
      await pickerReady(element);
      expect(note(element), 'note without the gebied').to.equal('Gebied "Binnenstad oost" komt niet voor in de gegevens. Bedoelde u Binnenstad?');
      expect(errors.count(), 'console errors without the gebied').to.equal(1);

      element.data = complete;
      await waitUntil(() => field(element)?.value === 'Binnenstad oost', 'the field did not show the gebied', WAIT);
      expect(note(element), 'note with the gebied').to.equal('');

      element.data = without;
      await waitUntil(() => note(element) !== '', 'the note did not come back', WAIT);
      expect(field(element).value, 'field without the gebied').to.equal('');
      expect(errors.count(), 'console errors after the value broke again').to.equal(2);
    } finally {
      errors.restore();
    }
  });

  it('switches language without logging again', async () => {
    const errors = countConsoleErrors();
    try {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer src=${MONITOR_URL} gebied="Binnenstad centum"></gebied-kiezer>`);
      await pickerReady(element);
      element.lang = 'en';
      await element.updateComplete;

      expect(note(element)).to.equal('Area "Binnenstad centum" does not occur in the data. Did you mean Binnenstad centrum or Binnenstad oost?');
      expect(errors.count(), 'console errors').to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it('sets a linked chart by keyboard', async () => {
    const errors = countConsoleErrors();
    try {
      const root = await fixture<HTMLElement>(html`<div>
        <gebied-kiezer for="taart" data-gebied="Binnenstad centum"></gebied-kiezer>
        <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
      </div>`);
      const kiezer = root.querySelector<GebiedKiezer>('gebied-kiezer')!;
      const taart = root.querySelector<ProfielTaart>('profiel-taart')!;
      await pickerReady(kiezer);
      await settled(taart);
      expect(note(kiezer), 'note').to.contain('"Binnenstad centum"');

      field(kiezer).focus();
      await typeText('oost');
      await kiezer.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await kiezer.updateComplete;
      await sendKeys({ press: 'Enter' });
      await kiezer.updateComplete;

      expect(note(kiezer), 'note after choosing').to.equal('');
      expect(field(kiezer).value, 'field').to.equal('Binnenstad oost');
      expect(taart.getAttribute('gebied'), "the chart's gebied").to.equal('BU07960102');
      await waitUntil(() => taart.shadowRoot!.querySelector('.title')?.textContent?.includes('Binnenstad oost'), 'the chart did not show the chosen gebied', WAIT);
      expect(errors.count(), 'console errors').to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it('notes a numeric gebied of 0', async () => {
    const errors = countConsoleErrors();
    try {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>`);
      await pickerReady(element);
      (element as unknown as { gebied: unknown }).gebied = 0;
      await element.updateComplete;

      expect(note(element)).to.equal('Gebied "0" komt niet voor in de gegevens. Controleer de naam of de code.');
      expect(errors.count(), 'console errors').to.equal(1);
    } finally {
      errors.restore();
    }
  });
});
