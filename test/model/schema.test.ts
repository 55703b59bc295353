import { expect } from '@open-wc/testing';
import { parseNumber } from '../../src/model/number.js';
import { loadSchema } from './helpers.js';

/** Strings on both sides of every rule of `parseNumber`, to compare the schema's pattern with it. */
const NUMBER_TEXTS = [
  '6,8', '-0,4', '\u22120,4', '+1,5', '1.234,5', '1.234.567', '6.8', '0.125', '1234.567', '12', '0',
  ' 6,8 ', '', '   ', '1.234', '-12.345', '6,8,1', 'abc', '6,', ',5', '1,234.5', '1.23.4', '1e3', '-',
  'NaN', 'Infinity', '6 8', '0.123,5', '01.234',
];

describe('monitor schema', () => {
  let schema: Record<string, any>;
  before(async () => {
    schema = await loadSchema();
  });

  it('declares draft 2020-12', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('urn:wijkmonitor:schema:monitor:1');
  });

  it('offers monitor or profile', () => {
    expect(schema.oneOf).to.deep.equal([{ $ref: '#/$defs/monitor' }, { $ref: '#/$defs/profile' }]);
  });

  for (const text of NUMBER_TEXTS) {
    it(`number pattern agrees on ${JSON.stringify(text)}`, () => {
      const stringForm = schema.$defs.number.anyOf.find((form: { type: string }) => form.type === 'string');
      const pattern = new RegExp(stringForm.pattern, 'u');
      expect(pattern.test(text)).to.equal(parseNumber(text).ok);
    });
  }

  it('limits waardering to -3..3', () => {
    const waardering = schema.$defs.class.properties.waardering;
    expect(waardering).to.include({ type: 'integer', minimum: -3, maximum: 3 });
  });

  it('limits jaar to 1900..2100', () => {
    expect(schema.$defs.jaar).to.include({ type: 'integer', minimum: 1900, maximum: 2100 });
  });
});
