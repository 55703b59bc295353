import { expect } from '@open-wc/testing';
import { formatJson, formatJsonChunks } from '../../src/convert/format-json.js';

describe('formatJsonChunks', () => {
  const cases: [string, unknown][] = [
    ['a monitor-like object', {
      formaat: 'wijkmonitor/1',
      titel: { nl: 'Monitor', en: 'Monitor' },
      leeg: [],
      codes: ['GM9999', 'WK999901'],
      gebieden: [{ code: 'GM9999', type: 'gemeente' }, { code: 'WK999901', ouder: 'GM9999' }],
      resultaten: [{ gebied: 'GM9999', jaar: 2020, totaal: { waarde: 0.5, klasse: 'boven' }, themas: {} }],
    }],
    ['undefined members and items', { bron: undefined, lijst: [{ a: 1 }, undefined, null], laatste: undefined }],
    ['a flat object', { a: 1, b: 'twee', c: null }],
    ['an empty object', {}],
    ['an array', [{ a: 1 }, { b: [1, 2] }]],
    ['a string', 'tekst'],
    ['null', null],
  ];

  for (const [name, value] of cases) {
    it(`matches formatJson for ${name}`, () => {
      expect([...formatJsonChunks(value)].join('')).to.equal(formatJson(value));
    });
  }

  it('yields one piece per result', () => {
    const resultaten = [1, 2, 3].map((jaar) => ({ gebied: 'GM9999', jaar, totaal: { waarde: null } }));
    const chunks = [...formatJsonChunks({ formaat: 'wijkmonitor/1', resultaten })];

    expect(chunks.filter((chunk) => chunk.includes('"gebied"'))).to.have.length(3);
  });
});
