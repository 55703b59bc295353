import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import { MONITOR_URL, renderTaart, settled, shadow, silenceConsoleErrors, textOf } from './helpers.js';

// `jaar` takes a number as well as text, so `element.jaar = 2016` from JavaScript or TypeScript
// selects that jaar like the attribute jaar="2016" does.

describe('profiel-taart jaar as a number', () => {
  it('passes the accessibility check', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    element.jaar = 2016;
    await settled(element);

    await expect(element).to.be.accessible();
  });

  it('shows the chosen jaar', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" jaar="2020"></profiel-taart>`);
    element.jaar = 2016;
    await settled(element);

    expect(shadow(element).querySelector('.message')).to.equal(null);
    expect(textOf(element, '[part="title"]')).to.contain('2016');
    expect(element.getAttribute('jaar')).to.equal('2016');
  });

  it('names an unknown numeric jaar', async () => {
    const restore = silenceConsoleErrors();
    try {
      const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
      element.jaar = 1999;
      await settled(element);

      expect(textOf(element, '.message')).to.contain('1999');
    } finally {
      restore();
    }
  });
});

describe('buurt-vergelijk jaar as a number', () => {
  it('shows the chosen jaar', async () => {
    const element = await fixture<BuurtVergelijk>(html`<buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020"></buurt-vergelijk>`);
    element.jaar = 2016;
    await waitUntil(() => textOf(element).includes('2016'), 'buurt-vergelijk did not show jaar 2016', { timeout: 5000 });

    expect(shadow(element).querySelector('.message')).to.equal(null);
    expect(textOf(element)).not.to.contain('2020');
  });
});
