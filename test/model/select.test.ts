import { expect } from '@open-wc/testing';
import {
  findGebied,
  jarenWithResult,
  noResultMessage,
  resolveJaar,
  selectResult,
  unknownGebiedMessage,
} from '../../src/model/select.js';
import { validate } from '../../src/model/validate.js';
import type { Gebied, Monitor } from '../../src/model/types.js';
import { loadMonitorInput } from './helpers.js';

function codeOf(monitor: Monitor, query: string): string {
  const found = findGebied(monitor, query);
  if (!('gebied' in found)) {
    throw new Error(`No gebied for "${query}"; suggestions: ${found.suggestions.map((gebied) => gebied.naam).join(', ')}`);
  }
  return found.gebied.code;
}

function suggestionsFor(monitor: Monitor, query: string): string[] {
  const found = findGebied(monitor, query);
  if ('gebied' in found) {
    throw new Error(`"${query}" matched ${found.gebied.code}.`);
  }
  return found.suggestions.map((gebied) => gebied.naam);
}

function selectedResult(outcome: ReturnType<typeof selectResult>) {
  if (!('result' in outcome)) {
    throw new Error(`Expected a result; got ${JSON.stringify(outcome)}.`);
  }
  return outcome;
}

describe('select', () => {
  let monitor: Monitor;
  let gebied: (code: string) => Gebied;
  before(async () => {
    monitor = validate(await loadMonitorInput()).monitor!;
    gebied = (code) => monitor.gebiedByCode.get(code)!;
  });

  it('finds a gebied by code', () => {
    expect(codeOf(monitor, 'BU07960101')).to.equal('BU07960101');
    expect(codeOf(monitor, 'bu07960101')).to.equal('BU07960101');
    expect(codeOf(monitor, ' WK079601 ')).to.equal('WK079601');
  });

  it('finds a gebied by naam', () => {
    expect(codeOf(monitor, 'Binnenstad centrum')).to.equal('BU07960101');
    expect(codeOf(monitor, '  binnenstad CENTRUM ')).to.equal('BU07960101');
    expect(codeOf(monitor, 'Binnenstad')).to.equal('WK079601');
  });

  it('ignores diacritics', () => {
    expect(codeOf(monitor, 'Henriettewaard')).to.equal('BU07961203');
    expect(codeOf(monitor, 'henriëttewaard')).to.equal('BU07961203');
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(codeOf(monitor, '’s-Hertogenbosch')).to.equal('GM0796');
    expect(codeOf(monitor, "'s-hertogenbosch")).to.equal('GM0796');
  });

  it('suggests a close naam', () => {
    expect(suggestionsFor(monitor, 'Binnenstad centum')[0]).to.equal('Binnenstad centrum');
  });

  it('suggests names with the prefix', () => {
    expect(suggestionsFor(monitor, 'Binnen')).to.deep.equal(['Binnenstad', 'Binnenstad oost', 'Binnenstad centrum']);
  });

  it('suggests a close code', () => {
    expect(suggestionsFor(monitor, 'BU0796010')[0]).to.equal('Binnenstad centrum');
  });

  it('suggests a naam containing the query', () => {
    expect(suggestionsFor(monitor, 'Hofstad')).to.deep.equal(['De Hofstad']);
  });

  it('suggests at most three', () => {
    expect(suggestionsFor(monitor, 'B').length).to.be.at.most(3);
  });

  it('suggests nothing far off', () => {
    expect(suggestionsFor(monitor, 'Amsterdam-Noord')).to.deep.equal([]);
    expect(suggestionsFor(monitor, '   ')).to.deep.equal([]);
  });

  it('selects the latest jaar by default', () => {
    const selected = selectedResult(selectResult(monitor, gebied('BU07960101')));
    expect(selected.jaar).to.equal(2022);
    expect(selected.result.gebied.code).to.equal('BU07960101');
  });

  it('selects a requested jaar', () => {
    const selected = selectedResult(selectResult(monitor, gebied('BU07960101'), 2020));
    expect(selected.result.jaar).to.equal(2020);
  });

  it('reports a jaar without result', () => {
    const selected = selectResult(monitor, gebied('BU07960102'), 2020);
    expect(selected).to.deep.equal({ reason: 'jaar-not-found', jaar: 2020, jaren: [2022] });
  });

  it('reports a gebied without results', () => {
    const selected = selectResult(monitor, gebied('BU07960103'));
    expect(selected).to.deep.equal({ reason: 'no-results', jaar: null, jaren: [] });
  });

  it('resolves jaren', () => {
    expect(resolveJaar(monitor, gebied('BU07960101'))).to.equal(2022);
    expect(resolveJaar(monitor, gebied('BU07960101'), 2020)).to.equal(2020);
    expect(resolveJaar(monitor, gebied('BU07960101'), 2018)).to.equal(null);
    expect(resolveJaar(monitor, gebied('BU07960103'))).to.equal(null);
  });

  it('lists jaren with a result', () => {
    expect(jarenWithResult(monitor, gebied('BU07960101'))).to.deep.equal([2020, 2022]);
  });

  it('words an unknown gebied', () => {
    const message = unknownGebiedMessage('Binnenstad centum', [gebied('BU07960101')]);
    expect(message.nl).to.equal('Gebied "Binnenstad centum" niet gevonden. Bedoelde u: Binnenstad centrum?');
    expect(message.en).to.equal('Gebied "Binnenstad centum" not found. Did you mean: Binnenstad centrum?');
  });

  it('words several suggestions', () => {
    const message = unknownGebiedMessage('Binnen', [gebied('WK079601'), gebied('BU07960102')]);
    expect(message.nl).to.contain('Bedoelde u: Binnenstad of Binnenstad oost?');
  });

  it('words an unknown gebied without suggestions', () => {
    const message = unknownGebiedMessage('Amsterdam', []);
    expect(message.nl).to.contain('Gebied "Amsterdam" niet gevonden.');
    expect(message.nl).to.contain('gebiedscode');
  });

  it('words a missing jaar', () => {
    const message = noResultMessage(gebied('BU07960101'), 2018, [2020, 2022]);
    expect(message.nl).to.equal('Voor Binnenstad centrum zijn er geen resultaten over 2018. Wel over: 2020 en 2022.');
    expect(message.en).to.equal('There are no results for Binnenstad centrum in 2018. Available: 2020 and 2022.');
  });
});
