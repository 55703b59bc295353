import { expect } from '@open-wc/testing';
import { valueRadius, valueBand, bandPath } from '../../src/geometry/value-radius.js';

const DOMAIN: [number, number] = [-2, 2];

describe('valueRadius', () => {
  it('maps the domain onto the ring', () => {
    expect(valueRadius(-2, DOMAIN, 100, 200)).to.equal(100);
    expect(valueRadius(0, DOMAIN, 100, 200)).to.equal(150);
    expect(valueRadius(2, DOMAIN, 100, 200)).to.equal(200);
  });

  it('clamps values outside the domain', () => {
    expect(valueRadius(-9, DOMAIN, 100, 200)).to.equal(100);
    expect(valueRadius(1e308, DOMAIN, 100, 200)).to.equal(200);
  });

  it('maps non-finite values and domains to the inner radius', () => {
    expect(valueRadius(Number.NaN, DOMAIN, 100, 200)).to.equal(100);
    expect(valueRadius(Number.POSITIVE_INFINITY, DOMAIN, 100, 200)).to.equal(100);
    expect(valueRadius(1, [1, 1], 100, 200)).to.equal(100);
    expect(valueRadius(1, [2, -2], 100, 200)).to.equal(100);
    expect(valueRadius(1, [Number.NaN, 2], 100, 200)).to.equal(100);
  });
});

describe('valueBand', () => {
  it('draws a negative value inward from the zero line', () => {
    const band = valueBand(-0.4, DOMAIN, 100, 200);
    expect(band.zeroRadius).to.equal(150);
    expect(band.outerRadius).to.equal(150);
    expect(band.innerRadius).to.be.closeTo(140, 1e-9);
  });

  it('draws a positive value outward from the zero line', () => {
    const band = valueBand(0.4, DOMAIN, 100, 200);
    expect(band.innerRadius).to.equal(150);
    expect(band.outerRadius).to.be.closeTo(160, 1e-9);
  });

  it('keeps a zero value visible as a thin band', () => {
    const band = valueBand(0, DOMAIN, 100, 200);
    expect(band.outerRadius - band.innerRadius).to.equal(2);
    expect(band.innerRadius).to.be.at.most(150);
    expect(band.outerRadius).to.be.at.least(150);
  });

  it('keeps a thin band inside the ring at the domain edge', () => {
    const band = valueBand(5, [0, 10], 100, 200);
    expect(band.zeroRadius).to.equal(100);
    expect(band.innerRadius).to.equal(100);
    expect(band.outerRadius).to.equal(150);

    const zero = valueBand(0, [0, 10], 100, 200);
    expect(zero.innerRadius).to.equal(100);
    expect(zero.outerRadius).to.equal(102);
  });

  it('puts the zero line inside a positive domain', () => {
    const band = valueBand(7, [1, 10], 100, 190);
    expect(band.zeroRadius).to.equal(100);
    expect(band.outerRadius).to.be.closeTo(160, 1e-9);
  });
});

describe('bandPath', () => {
  it('draws finite path data', () => {
    const path = bandPath(0, Math.PI / 3, 140, 150, 0.012, 200);
    expect(path).to.match(/^M/);
    expect(path).to.not.match(/NaN|Infinity/);
  });
});
