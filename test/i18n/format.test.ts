import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/i18n/format.js';
import { resolveLang } from '../../src/i18n/lang.js';

describe('formatNumber', () => {
  it('uses a decimal comma in Dutch', () => {
    expect(formatNumber(6.8, 'nl')).to.equal('6,8');
  });

  it('uses a real minus sign', () => {
    expect(formatNumber(-0.4, 'nl')).to.equal('\u22120,4');
    expect(formatNumber(-0.4, 'en')).to.equal('\u22120.4');
  });

  it('signs differences', () => {
    expect(formatNumber(0.25, 'nl', 2, true)).to.equal('+0,25');
    expect(formatNumber(-1.5, 'nl', 1, true)).to.equal('\u22121,5');
  });

  it('shows zero without a sign', () => {
    expect(formatNumber(0, 'nl')).to.equal('0,0');
    expect(formatNumber(-0.01, 'nl')).to.equal('0,0');
    expect(formatNumber(-0.01, 'nl', 1, true)).to.equal('0,0');
  });

  it('returns empty text for non-finite values', () => {
    expect(formatNumber(Number.NaN, 'nl')).to.equal('');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'nl')).to.equal('');
  });
});

describe('resolveLang', () => {
  it('uses the nearest lang attribute', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('crosses shadow roots', () => {
    const host = document.createElement('div');
    host.lang = 'en';
    const child = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(child);
    expect(resolveLang(child)).to.equal('en');
  });

  it('falls back to Dutch', () => {
    const lonely = document.createElement('span');
    expect(resolveLang(lonely)).to.equal('nl');
  });
});
