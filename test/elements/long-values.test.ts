import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import { shorten } from '../../src/model/format-value.js';
import { parseJsonText } from '../../src/model/parse-json.js';
import { MONITOR_URL, captureConsoleErrors, html, renderTaart, shadow, textOf } from './helpers.js';

/** An attribute value of about 3 MB, as a CMS that pasted a whole file into `gebied` delivers it. */
const HUGE = 'Binnenstad '.repeat(300_000);

/** Maximum length in characters of a message or console line that these tests accept. */
const MAX_MESSAGE_LENGTH = 600;

function loggedText(calls: unknown[][]): string[] {
  return calls.map((call) => String(call[0]));
}

async function waitFor(element: Element, selector: string): Promise<void> {
  await waitUntil(() => shadow(element).querySelector(selector) !== null, `no ${selector} appeared`, { timeout: 10000 });
  await (element as GebiedKiezer).updateComplete;
}

describe('long attribute values in messages', () => {
  it('cuts an unknown gebied of a profieltaart', async () => {
    let text = '';
    const calls = await captureConsoleErrors(async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied=${HUGE}></profiel-taart>`);
      text = textOf(element, '.message');
    });

    expect(text.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(text).to.contain('Gebied "Binnenstad Binnenstad');
    expect(text).to.contain('…');
    expect(calls).to.have.length(1);
    expect(loggedText(calls)[0].length).to.be.below(MAX_MESSAGE_LENGTH);
  });

  it('cuts an invalid weergave in the note', async () => {
    let text = '';
    const calls = await captureConsoleErrors(async () => {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="Binnenstad centrum" weergave=${HUGE}></profiel-taart>`);
      text = textOf(element, '.note');
    });

    expect(text.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(text).to.contain('weergave="Binnenstad');
    expect(loggedText(calls).every((line) => line.length < MAX_MESSAGE_LENGTH)).to.equal(true);
  });

  it('cuts an unknown gebied of the picker', async () => {
    let text = '';
    const calls = await captureConsoleErrors(async () => {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer src=${MONITOR_URL} gebied=${HUGE}></gebied-kiezer>`);
      await waitFor(element, '.note');
      text = textOf(element, '.note');
    });

    expect(text.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(text).to.contain('…');
    expect(loggedText(calls).every((line) => line.length < MAX_MESSAGE_LENGTH)).to.equal(true);
  });

  it('cuts an unknown gebied of the comparison', async () => {
    let text = '';
    const calls = await captureConsoleErrors(async () => {
      const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk src=${MONITOR_URL} gebieden=${HUGE}></buurt-vergelijk>`);
      await waitFor(element, '.message');
      text = textOf(element, '.message');
    });

    expect(text.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(text).to.contain('…');
    expect(loggedText(calls).every((line) => line.length < MAX_MESSAGE_LENGTH)).to.equal(true);
  });

  it('cuts an id in for that no element has', async () => {
    const id = 'taart-'.repeat(100_000);
    let text = '';
    await captureConsoleErrors(async () => {
      const element = await fixture<GebiedKiezer>(html`<gebied-kiezer for=${id}></gebied-kiezer>`);
      await waitFor(element, '.message');
      text = textOf(element, '.message');
    });

    expect(text.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(text).to.contain('"taart-taart-');
  });

  it('cuts an unquoted word in JSON', () => {
    const result = parseJsonText(`{"klasse": ${'boven'.repeat(100_000)}}`);
    if (result.ok) throw new Error('Expected a problem');

    expect(result.problem.message.nl.length).to.be.below(MAX_MESSAGE_LENGTH);
    expect(result.problem.code).to.equal('json-unquoted-text');
  });

  it('keeps emoji whole when cutting', () => {
    const cut = shorten('a' + '🏠'.repeat(50));

    expect(cut.endsWith('🏠…')).to.equal(true);
    expect(cut.length).to.be.at.most(40);
  });
});
