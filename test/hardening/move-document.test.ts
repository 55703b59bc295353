import { expect, fixture } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, settled, shadow } from '../elements/helpers.js';
import { emptyFrame, trapUncaught } from './harness.js';

/**
 * Elements that a script moves into another document, such as a print preview in an iframe.
 * NOTE: the draw scheduler's observers belong to the first document's window; a moved chart that
 * then changes size can raise a "ResizeObserver loop" error there.
 */
describe('elements moved into another document', function () {
  this.timeout(20_000);

  for (const tag of ['profiel-taart', 'thema-legenda', 'buurt-vergelijk', 'gebied-kiezer']) {
    it(`keeps the styles of <${tag}>`, async () => {
      const frame = await emptyFrame();
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 300px"></div>`);
      const element = document.createElement(tag) as ProfielTaart;
      element.setAttribute('src', MONITOR_URL);
      if (tag === 'buurt-vergelijk') element.setAttribute('gebieden', 'BU07960101,BU07960102');
      else element.setAttribute('gebied', 'BU07960101');
      wrapper.append(element);
      await settled(element);
      const display = getComputedStyle(element).display;
      const uncaught = trapUncaught();
      try {
        frame.contentDocument!.body.append(element);
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));

        expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
        expect(shadow(element).adoptedStyleSheets.length, 'adopted style sheets').to.be.greaterThan(0);
        expect(frame.contentWindow!.getComputedStyle(element).display, 'display').to.equal(display);
        // Unstyled, the visually hidden table and the full-size SVG make the element thousands of px high.
        expect(element.getBoundingClientRect().height, 'height').to.be.below(900);
      } finally {
        uncaught.stop();
      }

      // And back again.
      wrapper.append(element);
      await element.updateComplete;
      expect(getComputedStyle(element).display, 'display after moving back').to.equal(display);
      expect(shadow(element).adoptedStyleSheets.every((sheet) => sheet instanceof CSSStyleSheet), 'sheets of this document').to.equal(true);
    });
  }
});
