import { expect } from '@open-wc/testing';
import {
  classify,
  combineScores,
  meanOfAvailable,
  roundHalfAwayFromZero,
  sampleStandardDeviation,
  toScoreInput,
  type RawScore,
} from '../../src/convert/index.js';
import type { ScaleInput } from '../../src/model/types.js';

const situatie: ScaleInput = {
  klassen: [
    { id: 'boven', label: 'Boven gemiddeld', waardering: 1, vanaf: 0.5 },
    { id: 'gemiddeld', label: 'Gemiddeld', waardering: 0, vanaf: -0.5 },
    { id: 'beneden', label: 'Beneden gemiddeld', waardering: -1, vanaf: null },
  ],
};

const ontwikkeling: ScaleInput = {
  klassen: [
    { id: 'vooruit', label: 'Vooruit gegaan', waardering: 1, vanaf: 0.2 },
    { id: 'gelijk', label: 'Ongeveer gelijk gebleven', waardering: 0, vanaf: -0.2 },
    { id: 'achteruit', label: 'Achteruit gegaan', waardering: -1, vanaf: null },
  ],
};

function raw(value: number | null, development: number | null = null): RawScore {
  return {
    value,
    reason: value === null ? 'geen-gegevens' : null,
    development,
    developmentReason: development === null ? 'geen-gegevens' : null,
  };
}

describe('classify', () => {
  it('situatie bounds', () => {
    const cases: [number, string][] = [
      [2, 'boven'],
      [0.5, 'boven'],
      [0.49, 'gemiddeld'],
      [0, 'gemiddeld'],
      [-0.49, 'gemiddeld'],
      [-0.5, 'gemiddeld'],
      [-0.51, 'beneden'],
      [-3, 'beneden'],
    ];
    for (const [value, expected] of cases) {
      expect(classify(value, situatie), String(value)).to.equal(expected);
    }
  });

  it('ontwikkeling bounds', () => {
    const cases: [number, string][] = [
      [0.2, 'vooruit'],
      [0.19, 'gelijk'],
      [-0.2, 'gelijk'],
      [-0.21, 'achteruit'],
    ];
    for (const [value, expected] of cases) {
      expect(classify(value, ontwikkeling), String(value)).to.equal(expected);
    }
  });

  it('rejects NaN', () => {
    expect(() => classify(Number.NaN, situatie)).to.throw('finite');
  });
});

describe('toScoreInput', () => {
  it('classifies the rounded value', () => {
    // 0.4951 is stored as 0.5, so it must be boven like a stored 0.5; −0.5049 is stored as −0.5.
    expect(toScoreInput(raw(0.4951, 0.1951), { situatie, ontwikkeling }, 2)).to.deep.equal({
      waarde: 0.5,
      klasse: 'boven',
      verschil: 0.2,
      ontwikkeling: 'vooruit',
    });
    expect(toScoreInput(raw(-0.5049, -0.2049), { situatie, ontwikkeling }, 2)).to.deep.equal({
      waarde: -0.5,
      klasse: 'gemiddeld',
      verschil: -0.2,
      ontwikkeling: 'gelijk',
    });
  });

  it('writes reasons for missing parts', () => {
    expect(toScoreInput(raw(null), { situatie, ontwikkeling }, 2)).to.deep.equal({
      waarde: null,
      reden: 'geen-gegevens',
      ontwikkelingReden: 'geen-gegevens',
    });
  });
});

describe('combineScores', () => {
  it('skips missing children', () => {
    const combined = combineScores([raw(1, 0.3), raw(null), raw(-0.4, null)], true);
    expect(combined.value).to.be.closeTo(0.3, 1e-12);
    expect(combined.development).to.be.closeTo(0.3, 1e-12);
  });

  it('no children means geen-gegevens', () => {
    expect(combineScores([], true)).to.deep.equal({
      value: null,
      reason: 'geen-gegevens',
      development: null,
      developmentReason: 'geen-gegevens',
    });
  });

  it('no children in first edition', () => {
    expect(combineScores([], false).developmentReason).to.equal('geen-vorige-editie');
  });

  it('keeps geen-vorige-editie only when unanimous', () => {
    const notMeasured: RawScore = { value: 1, reason: null, development: null, developmentReason: 'geen-vorige-editie' };
    expect(combineScores([notMeasured, notMeasured], true).developmentReason).to.equal('geen-vorige-editie');
    expect(combineScores([notMeasured, raw(1)], true).developmentReason).to.equal('geen-gegevens');
  });
});

describe('statistics', () => {
  it('mean of nothing is null', () => {
    expect(meanOfAvailable([null, null])).to.equal(null);
    expect(meanOfAvailable([])).to.equal(null);
  });

  it('sample standard deviation', () => {
    // Values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, 32 / 7 = 4.571, sqrt 2.138.
    expect(sampleStandardDeviation([2, 4, null, 4, 4, 5, 5, 7, 9])).to.be.closeTo(2.13809, 1e-5);
  });

  it('deviation needs spread', () => {
    expect(sampleStandardDeviation([3])).to.equal(null);
    expect(sampleStandardDeviation([3, 3, 3])).to.equal(null);
  });

  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(0.125, 2)).to.equal(0.13);
    expect(roundHalfAwayFromZero(-0.125, 2)).to.equal(-0.13);
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).to.equal(true);
  });
});
