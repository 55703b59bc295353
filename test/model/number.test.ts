import { expect } from '@open-wc/testing';
import { parseNumber } from '../../src/model/number.js';

function valueOf(input: unknown): number | null {
  const parsed = parseNumber(input);
  if (!parsed.ok) {
    throw new Error(`parseNumber(${JSON.stringify(input)}) was rejected: ${parsed.reason}`);
  }
  return parsed.value;
}

function reasonOf(input: unknown): string {
  const parsed = parseNumber(input);
  if (parsed.ok) {
    throw new Error(`parseNumber(${JSON.stringify(input)}) was accepted as ${parsed.value}`);
  }
  return parsed.reason;
}

describe('parseNumber', () => {
  it('accepts finite numbers', () => {
    expect(valueOf(6.8)).to.equal(6.8);
    expect(valueOf(-0.4)).to.equal(-0.4);
    expect(valueOf(0)).to.equal(0);
  });

  it('reads null and undefined as missing', () => {
    expect(valueOf(null)).to.equal(null);
    expect(valueOf(undefined)).to.equal(null);
  });

  it('reads a decimal comma', () => {
    expect(valueOf('6,8')).to.equal(6.8);
  });

  it('never truncates a decimal comma', () => {
    expect(valueOf('6,8')).to.not.equal(6);
  });

  it('reads hyphen and minus sign', () => {
    expect(valueOf('-0,4')).to.equal(-0.4);
    expect(valueOf('\u22120,4')).to.equal(-0.4);
    expect(valueOf('+1,5')).to.equal(1.5);
  });

  it('reads thousands dots', () => {
    expect(valueOf('1.234,5')).to.equal(1234.5);
    expect(valueOf('1.234.567')).to.equal(1234567);
    expect(valueOf('-12.345,25')).to.equal(-12345.25);
  });

  it('reads a decimal point', () => {
    expect(valueOf('6.8')).to.equal(6.8);
    expect(valueOf('0.125')).to.equal(0.125);
    expect(valueOf('1234.567')).to.equal(1234.567);
    expect(valueOf('1.23')).to.equal(1.23);
  });

  it('reads integer strings', () => {
    expect(valueOf('12')).to.equal(12);
    expect(valueOf('0')).to.equal(0);
  });

  it('trims spaces', () => {
    expect(valueOf(' 6,8 ')).to.equal(6.8);
    expect(valueOf('\u00A0-0,4\t')).to.equal(-0.4);
  });

  it('reads an empty string as missing', () => {
    expect(valueOf('')).to.equal(null);
    expect(valueOf('   ')).to.equal(null);
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(valueOf('-0'), 0)).to.equal(true);
    expect(Object.is(valueOf(-0), 0)).to.equal(true);
  });

  it('rejects one dot with three digits', () => {
    expect(reasonOf('1.234')).to.equal('ambiguous');
    expect(reasonOf('-12.345')).to.equal('ambiguous');
    expect(reasonOf('\u2212123.456')).to.equal('ambiguous');
  });

  it('rejects malformed text', () => {
    expect(reasonOf('6,8,1')).to.equal('invalid-text');
    expect(reasonOf('abc')).to.equal('invalid-text');
    expect(reasonOf('6,')).to.equal('invalid-text');
    expect(reasonOf(',5')).to.equal('invalid-text');
    expect(reasonOf('1,234.5')).to.equal('invalid-text');
    expect(reasonOf('1.23.4')).to.equal('invalid-text');
    expect(reasonOf('1e3')).to.equal('invalid-text');
    expect(reasonOf('-')).to.equal('invalid-text');
    expect(reasonOf('6 8')).to.equal('invalid-text');
  });

  it('rejects NaN and Infinity', () => {
    expect(reasonOf(NaN)).to.equal('not-finite');
    expect(reasonOf(Infinity)).to.equal('not-finite');
    expect(reasonOf(-Infinity)).to.equal('not-finite');
    expect(reasonOf('NaN')).to.equal('not-finite');
    expect(reasonOf('-Infinity')).to.equal('not-finite');
  });

  it('rejects booleans, objects and arrays', () => {
    expect(reasonOf(true)).to.equal('wrong-type');
    expect(reasonOf({})).to.equal('wrong-type');
    expect(reasonOf([6.8])).to.equal('wrong-type');
  });
});
