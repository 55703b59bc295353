import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pendingLoadCount } from '../../src/data/load.js';
import { ELEMENTS, countConsoleErrors, nonFiniteAttributes, outcome, settle, type DataElement } from './harness.js';

const FIXTURE = 'test/fixtures/elements/binnenstad.json';
const FIXTURE_URL = `/${FIXTURE}`;

function serverUrl(options: Record<string, string | number>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) query.set(key, String(value));
  // A unique parameter per URL, so no two tests share a cached load.
  query.set('n', String(Math.random()).slice(2));
  return `/test-server/data?${query}`;
}

function messageOf(element: Element): string {
  return (element.shadowRoot!.querySelector('.message')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function titleOf(element: Element): string {
  return (element.shadowRoot!.querySelector('.title')?.textContent ?? '').trim();
}

for (const { tag, attributes } of ELEMENTS) {
  describe(`<${tag}> network faults`, function () {
    this.timeout(30_000);
    let consoleErrors: ReturnType<typeof countConsoleErrors>;

    beforeEach(() => {
      consoleErrors = countConsoleErrors();
    });
    afterEach(() => consoleErrors.restore());

    async function load(src: string, extra: Record<string, string> = {}): Promise<DataElement> {
      const element = await fixture<DataElement>(html`<div></div>`).then((wrapper) => {
        const created = document.createElement(tag) as DataElement;
        for (const [name, value] of Object.entries({ ...attributes, ...extra })) created.setAttribute(name, value);
        created.src = src;
        wrapper.append(created);
        return created;
      });
      await settle(element, 20_000);
      return element;
    }

    it('passes an accessibility check', async () => {
      const element = await load(FIXTURE_URL);
      await expect(element).to.be.accessible();
    });

    const faults: [string, Record<string, string | number>, string][] = [
      ['404', { status: 404, body: 'weg' }, 'foutcode 404'],
      ['500', { status: 500, body: 'kapot' }, 'foutcode 500'],
      ['HTML instead of JSON', { type: 'text/html', body: '<!doctype html><title>Inloggen</title><p>Log in' }, 'is geen JSON'],
      ['truncated JSON', { file: FIXTURE, truncate: 700 }, 'geen geldige JSON'],
      ['an empty body', { body: '' }, 'is leeg'],
      ['JSON of the wrong shape', { body: '{"gebieden": 3}' }, 'fout'],
    ];
    for (const [name, options, expected] of faults) {
      it(`explains ${name} and recovers after a fix`, async () => {
        const element = await load(serverUrl(options));
        expect(messageOf(element)).to.contain(expected);
        expect(consoleErrors.count()).to.equal(1);

        element.src = FIXTURE_URL;
        await waitUntil(() => outcome(element) === 'chart', 'the chart did not appear after the fix', { timeout: 10_000 });
        expect(titleOf(element)).to.equal('Binnenstad centrum, 2020');
      });
    }

    it('draws JSON served with a wrong content type', async () => {
      const element = await load(serverUrl({ file: FIXTURE, type: 'text/plain' }));
      expect(outcome(element)).to.equal('chart');
      expect(consoleErrors.count()).to.equal(0);
    });

    it('times out and loads again on reload', async () => {
      const slow = serverUrl({ file: FIXTURE, ms: 3000 });
      const element = await load(slow, { timeout: '300' });
      expect(messageOf(element)).to.contain('kwamen niet binnen 0,3 seconden binnen');
      expect(consoleErrors.count()).to.equal(1);
      expect(pendingLoadCount()).to.equal(0);

      (element as DataElement & { timeout: number }).timeout = 20_000;
      (element as DataElement & { reload: () => void }).reload();
      await waitUntil(() => outcome(element) === 'chart', 'the reload did not draw the chart', { timeout: 15_000 });
      expect(titleOf(element)).to.equal('Binnenstad centrum, 2020');
    });

    it('repairs every element that failed on the file when one of them reloads', async () => {
      const slow = serverUrl({ file: FIXTURE, ms: 3000 });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const elements = [0, 1].map(() => {
        const element = document.createElement(tag) as DataElement & { timeout: number; reload: () => void };
        for (const [name, value] of Object.entries({ ...attributes, timeout: '300' })) element.setAttribute(name, value);
        element.src = slow;
        wrapper.append(element);
        return element;
      });
      for (const element of elements) await settle(element, 20_000);
      for (const element of elements) expect(messageOf(element)).to.contain('kwamen niet binnen 0,3 seconden binnen');
      expect(consoleErrors.count()).to.equal(2);

      for (const element of elements) element.timeout = 20_000;
      elements[0].reload();
      for (const element of elements) {
        await waitUntil(() => outcome(element) === 'chart', 'an element that failed on the same file stayed broken', { timeout: 15_000 });
      }
    });

    it('shows the latest of two overlapping loads', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const element = document.createElement(tag) as DataElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.src = serverUrl({ file: FIXTURE, ms: 1200 });
      wrapper.append(element);
      await waitUntil(() => pendingLoadCount() > 0);

      element.setAttribute('gebied', 'BU07960102');
      element.src = serverUrl({ file: FIXTURE, ms: 10 });
      await settle(element);
      expect(titleOf(element)).to.equal('Binnenstad oost, 2020');

      // The slow response still arrives at the server; the element must keep the newer chart.
      await waitUntil(() => pendingLoadCount() === 0, 'the slow load was not dropped', { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await element.updateComplete;
      expect(titleOf(element)).to.equal('Binnenstad oost, 2020');
    });

    it('draws a gebied from a file of 15,000 gebieden', async () => {
      const element = await load(`/test-server/large?gebieden=15000&n=${Math.random()}`, { gebied: 'BU00014999', jaar: '' });
      expect(outcome(element)).to.equal('chart');
      expect(titleOf(element)).to.equal('Buurt 14999, 2020');
      expect(nonFiniteAttributes(element.shadowRoot!)).to.deep.equal([]);
    });
  });
}
