import { expect } from '@open-wc/testing';
import { validateMapping } from '../../src/convert/index.js';
import type { MonitorInput } from '../../src/model/types.js';
import { fetchText, loadMapping } from './fixtures.js';

describe('demo data', () => {
  let monitor: MonitorInput;

  before(async () => {
    monitor = JSON.parse(await fetchText('/demo/data/s-hertogenbosch.json')) as MonitorInput;
  });

  it('mapping is valid', async () => {
    const mapping = await loadMapping();
    expect(() => validateMapping(mapping)).to.not.throw();
  });

  it('counts gebieden per type', () => {
    const count = (types: string[]) => monitor.gebieden.filter((gebied) => types.includes(gebied.type)).length;
    expect(count(['gemeente'])).to.equal(1);
    expect(count(['wijk', 'dorp'])).to.equal(14);
    expect(count(['buurt'])).to.equal(107);
    expect(monitor.gebieden.length).to.equal(122);
  });

  it('has both jaren for every gebied', () => {
    for (const jaar of [2016, 2020]) {
      const codes = monitor.resultaten.filter((result) => result.jaar === jaar).map((result) => result.gebied);
      expect(codes, String(jaar)).to.deep.equal(monitor.gebieden.map((gebied) => gebied.code));
    }
    expect(monitor.resultaten.length).to.equal(2 * 122);
  });

  it('lists the five themas in order', () => {
    expect(monitor.themas.map((thema) => thema.id)).to.deep.equal(['werk-leren', 'welzijn', 'samenleven', 'leefomgeving', 'veiligheid']);
  });

  it('has every thema and deelthema', () => {
    const themaIds = monitor.themas.map((thema) => thema.id);
    const deelthemaIds = monitor.themas.flatMap((thema) => thema.deelthemas.map((deelthema) => deelthema.id));
    for (const result of monitor.resultaten) {
      expect(Object.keys(result.themas ?? {}), result.gebied).to.deep.equal(themaIds);
      expect(Object.keys(result.deelthemas ?? {}), result.gebied).to.deep.equal(deelthemaIds);
    }
  });
});

