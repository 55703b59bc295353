import { expect } from '@open-wc/testing';
import { TextMeasurer } from '../../src/elements/shared/measure.js';
import { fitText } from '../../src/geometry/profile-layout.js';

describe('TextMeasurer.fit', () => {
  const label = 'Sociale samenhang en betrokkenheid in de buurt';

  it('fits text as fitText does', () => {
    const measurer = new TextMeasurer();
    const width = measurer.measure(label, '13px');
    for (const maxWidth of [0, 20, width / 2, width - 1, width, width + 10]) {
      const expected = fitText(label, maxWidth, (text) => measurer.measure(text, '13px'));
      expect(measurer.fit(label, maxWidth, '13px'), `at ${maxWidth} px`).to.equal(expected);
    }
  });

  it('keeps fonts and widths apart', () => {
    const measurer = new TextMeasurer();
    const width = measurer.measure(label, '13px');
    const narrow = measurer.fit(label, width / 2, '13px');
    expect(narrow.endsWith('…')).to.equal(true);
    expect(measurer.fit(label, width, '13px')).to.equal(label);
    expect(measurer.fit(label, width / 2, '700 26px')).to.not.equal(narrow);
  });
});
