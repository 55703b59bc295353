import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { pendingLoadCount } from '../../src/data/load.js';
import { skipUnless } from '../support/engine.js';
import { ELEMENTS, mount, outcome, sampleProfile, settle, type DataElement } from './harness.js';

const CYCLES = 1000;

/**
 * Counts live ResizeObservers, MutationObservers and listeners on window, document and
 * document.fonts by wrapping their constructors and methods. An observer is live from its first
 * `observe()` until `disconnect()`.
 */
function instrument() {
  const liveObservers = new Set<object>();
  const listeners = new Map<EventTarget, Set<string>>();
  const restores: (() => void)[] = [];

  for (const name of ['ResizeObserver', 'MutationObserver'] as const) {
    const prototype = window[name].prototype as { observe: (...args: unknown[]) => void; disconnect: () => void };
    const { observe, disconnect } = prototype;
    prototype.observe = function (this: object, ...args: unknown[]) {
      liveObservers.add(this);
      return observe.apply(this, args);
    };
    prototype.disconnect = function (this: object) {
      liveObservers.delete(this);
      return disconnect.call(this);
    };
    restores.push(() => {
      prototype.observe = observe;
      prototype.disconnect = disconnect;
    });
  }

  const targets: EventTarget[] = [window, document, document.fonts];
  for (const target of targets) {
    const { addEventListener, removeEventListener } = target;
    const keys = new Set<string>();
    listeners.set(target, keys);
    const ids = new WeakMap<object, number>();
    let next = 0;
    const key = (type: string, listener: unknown) => {
      if (typeof listener !== 'object' && typeof listener !== 'function') return `${type}:?`;
      if (!ids.has(listener as object)) ids.set(listener as object, next++);
      return `${type}:${ids.get(listener as object)}`;
    };
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      keys.add(key(type, listener));
      return addEventListener.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      keys.delete(key(type, listener));
      return removeEventListener.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = addEventListener;
      target.removeEventListener = removeEventListener;
    });
  }

  return {
    observers: () => liveObservers.size,
    listeners: () => [...listeners.values()].reduce((sum, keys) => sum + keys.size, 0),
    restore: () => restores.forEach((restore) => restore()),
  };
}

for (const { tag, attributes } of ELEMENTS) {
  describe(`<${tag}> lifecycle`, function () {
    this.timeout(180_000);
    let counts: ReturnType<typeof instrument>;

    beforeEach(() => {
      counts = instrument();
    });
    afterEach(() => counts.restore());

    it('passes an accessibility check', async () => {
      const element = await fixture<DataElement>(html`<profiel-taart .data=${sampleProfile()}></profiel-taart>`);
      await settle(element);
      await expect(element).to.be.accessible();
    });

    it(`leaves nothing behind after ${CYCLES} cycles`, async () => {
      const container = await fixture<HTMLElement>(html`<div style="width: 400px"></div>`);
      const observersBefore = counts.observers();
      const listenersBefore = counts.listeners();
      const data = sampleProfile();
      const slowSrc = '/test-server/data?file=test/fixtures/elements/binnenstad.json&ms=5000';

      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const element = document.createElement(tag) as DataElement;
        // Every tenth element starts a slow fetch that its removal must abort.
        if (cycle % 10 === 0) {
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          element.src = `${slowSrc}&cycle=${cycle}`;
        } else {
          element.data = data;
        }
        container.append(element);
        await element.updateComplete;
        element.remove();
      }

      await waitUntil(() => pendingLoadCount() === 0, 'fetches still pending', { timeout: 10_000 });
      expect(counts.observers() - observersBefore, 'live observers').to.equal(0);
      expect(counts.listeners() - listenersBefore, 'listeners').to.equal(0);
    });

    it('keeps one observer per kind when moved', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
      const before = counts.observers();
      const element = await mount(tag, sampleProfile(), {}, wrapper.querySelector<HTMLElement>('#a')!);
      const connected = counts.observers() - before;
      expect(connected).to.be.greaterThan(0);

      for (let move = 0; move < 20; move++) {
        wrapper.querySelector(move % 2 ? '#a' : '#b')!.append(element);
        await element.updateComplete;
      }
      expect(counts.observers() - before).to.equal(connected);
      expect(outcome(element)).to.equal('chart');
      element.remove();
      expect(counts.observers() - before).to.equal(0);
    });

    it('holds no removed elements in the heap', async function () {
      await skipUnless(this, 'heap-count');
      const global = `__wbm_${tag.replace(/-/g, '_')}_prototype`;
      (window as unknown as Record<string, unknown>)[global] = customElements.get(tag)!.prototype;

      const baseline = (await executeServerCommand<number | null, { global: string }>('count-instances', { global }))!;
      const container = await fixture<HTMLElement>(html`<div></div>`);
      for (let cycle = 0; cycle < 200; cycle++) {
        const element = document.createElement(tag) as DataElement;
        element.data = sampleProfile();
        container.append(element);
        await element.updateComplete;
        element.remove();
      }
      // Let pending frames and microtasks that still reference the last elements run.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));

      const after = await executeServerCommand<number | null, { global: string }>('count-instances', { global });
      expect(after, 'live instances after 200 removed elements').to.be.at.most(baseline + 2);
    });

    it('honours properties set before the tag is defined', async () => {
      const name = `${tag}-late-${Math.random().toString(36).slice(2, 8)}`;
      const element = document.createElement(name) as DataElement & { gebied: string; straal: string };
      element.data = sampleProfile();
      element.straal = 'waarde';
      document.body.append(element);
      try {
        const base = customElements.get(tag)! as unknown as new () => HTMLElement;
        customElements.define(name, class extends (base as typeof HTMLElement) {});
        await settle(element);
        expect(outcome(element)).to.equal('chart');
        expect(element.shadowRoot!.querySelector('circle.zero-line'), 'straal set before the upgrade').to.not.equal(null);
        expect(element.shadowRoot!.querySelector('.title')!.textContent).to.contain('De Haren');
      } finally {
        element.remove();
      }
    });
  });
}
