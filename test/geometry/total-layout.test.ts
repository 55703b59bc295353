import { expect } from '@open-wc/testing';
import { TOTAL_VALUE_SIZE, placeTotal, type TextInk } from '../../src/geometry/total-layout.js';

/** Ink of a text that is `width` em wide, 0.7 em above and 0.2 em below its baseline. */
function inkOfWidth(width: number): (size: number) => TextInk {
  return (size) => ({ width: width * size, ascent: 0.7 * size, descent: 0.2 * size });
}

describe('placeTotal', () => {
  it('keeps the full size where it fits', () => {
    const placement = placeTotal(45, inkOfWidth(1.8), -19, 15);

    expect(placement.size, 'font size').to.equal(TOTAL_VALUE_SIZE);
    expect(placement.baseline, 'baseline').to.be.closeTo(0.35 * TOTAL_VALUE_SIZE, 1e-9);
    expect(placement.caption, 'caption above').to.equal(true);
    expect(placement.classLabel, 'class label').to.equal(true);
  });

  it('moves a full-size total clear of the class label', () => {
    const placement = placeTotal(45, inkOfWidth(1.8), -19, 8);

    expect(placement.size, 'font size').to.equal(TOTAL_VALUE_SIZE);
    expect(placement.baseline + 0.2 * TOTAL_VALUE_SIZE, 'bottom of the ink').to.be.at.most(8);
    expect(placement.baseline - 0.7 * TOTAL_VALUE_SIZE, 'top of the ink').to.be.at.least(-19);
  });

  it('shrinks between the captions', () => {
    const placement = placeTotal(24.5, inkOfWidth(1.8), -10, 6.5);

    expect(placement.size, 'font size').to.be.within(12, TOTAL_VALUE_SIZE - 1);
    expect(placement.baseline - 0.7 * placement.size, 'top of the ink').to.be.at.least(-9);
    expect(placement.baseline + 0.2 * placement.size, 'bottom of the ink').to.be.at.most(5.5);
    expect(placement.caption, 'caption above').to.equal(true);
    expect(placement.classLabel, 'class label').to.equal(true);
  });

  it('drops the caption above first', () => {
    const placement = placeTotal(17.7, inkOfWidth(1.8), -7.4, 2.7);

    expect(placement.size, 'font size').to.be.at.least(12);
    expect(placement.caption, 'caption above').to.equal(false);
    expect(placement.classLabel, 'class label').to.equal(true);
  });

  it('keeps captions where the width limits', () => {
    // A total 4 em wide cannot grow by dropping a caption, so both stay.
    const placement = placeTotal(17.7, inkOfWidth(4), -7.4, 2.7);

    expect(placement.size, 'font size').to.be.below(12);
    expect(placement.size * 4, 'width of the total').to.be.at.most(17.7 * 1.6);
    expect(placement.caption, 'caption above').to.equal(true);
    expect(placement.classLabel, 'class label').to.equal(true);
  });
});
