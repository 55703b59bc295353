import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/i18n/format.js';

const MINUS = '\u2212';
const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Formats `value` with Intl.NumberFormat as formatNumber promises to, without a sign on a rounded zero. */
function intlText(value: number, lang: 'nl' | 'en', decimals: number, signed: boolean): string {
  const format = new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const text = format.format(value);
  // Intl writes "-0,0" for a negative number that rounds to zero, but formatNumber drops that sign.
  return /^[-+]?[0.,]+$/.test(text) ? text.replace(/^[-+]/, '') : text.replace('-', MINUS);
}

/** Returns a seeded generator of numbers in [0, 1), so that a failure repeats in every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('formatNumber against Intl', () => {
  it('rounds a difference such as 0.7 − 0.25 down', () => {
    // 0.7 - 0.25 is 0.44999999999999996, which Intl rounds to 0,4 in every engine.
    expect(formatNumber(0.7 - 0.25, 'nl')).to.equal('0,4');
    expect(formatNumber(0.7 - 0.25, 'nl', 1, true)).to.equal('+0,4');
    expect(formatNumber(0.25 - 0.7, 'en')).to.equal(`${MINUS}0.4`);
    expect(formatNumber(0.15 * 3, 'nl')).to.equal('0,4');
  });

  it('keeps the last digit of large numbers', () => {
    expect(formatNumber(427366152.45064247, 'nl', 6)).to.equal('427.366.152,450642');
    expect(formatNumber(-406361383.88276047, 'en', 6, true)).to.equal(`${MINUS}406,361,383.882760`);
  });

  it('truncates fractional decimals as Intl does', () => {
    expect(formatNumber(-0.01, 'nl', 1.5)).to.equal('0,0');
    expect(formatNumber(-0.0001, 'en', 2.9)).to.equal('0.00');
    expect(formatNumber(-0.04, 'nl', 2.9)).to.equal(`${MINUS}0,04`);
    expect(formatNumber(1.26, 'nl', 1.5)).to.equal('1,3');
    expect(formatNumber(-0.4, 'nl', 0.5)).to.equal('0');
  });

  it('rejects decimals outside 0 to 100', () => {
    for (const decimals of [-1, 101, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatNumber(1.5, 'nl', decimals), String(decimals)).to.throw(RangeError);
    }
  });

  it('matches Intl on 20,000 generated values', () => {
    const random = seededRandom(20_261_205);
    const failures: string[] = [];
    for (let index = 0; index < 20_000; index++) {
      const kind = index % 4;
      let value: number;
      if (kind === 0) {
        // Differences and sums of one- and two-decimal data values, as the comparison table computes.
        value = Math.round(random() * 400 - 200) / 100 - Math.round(random() * 40 - 20) / 10;
      } else if (kind === 1) {
        // Magnitudes from below 1e-8 to above 1e15.
        value = (random() - 0.5) * 10 ** Math.floor(random() * 25 - 8);
      } else if (kind === 2) {
        // Halves written in the data, such as 0.35 and 2.675.
        value = (Math.floor(random() * 20_000 - 10_000) + 0.5) / 10 ** Math.floor(random() * 4);
      } else {
        // The double next to a half, with a shortest form of 17 digits.
        const half = (Math.floor(random() * 2000) + 0.5) / 10 ** Math.floor(random() * 4 + 1);
        value = half + (random() < 0.5 ? -1 : 1) * half * Number.EPSILON;
      }
      const decimals = Math.floor(random() * 7);
      const signed = random() < 0.5;
      const lang = random() < 0.5 ? 'nl' : 'en';
      const actual = formatNumber(value, lang, decimals, signed);
      const expected = intlText(value, lang, decimals, signed);
      if (actual !== expected) failures.push(`${value} ${lang} ${decimals} ${signed}: ${actual}, Intl ${expected}`);
    }
    expect(failures.slice(0, 10), `${failures.length} of 20000 differ`).to.deep.equal([]);
  });
});
