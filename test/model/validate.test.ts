import { expect } from '@open-wc/testing';
import { MAX_PROBLEMS, countProblems } from '../../src/model/problem-list.js';
import { validate } from '../../src/model/validate.js';
import type { MonitorInput, ResultInput } from '../../src/model/types.js';
import { loadMonitorInput, loosen, onlyProblem } from './helpers.js';

describe('validate: form', () => {
  for (const empty of [null, undefined, '', '  ', {}, []]) {
    it(`reports ${JSON.stringify(empty) ?? 'undefined'} as empty`, () => {
      const result = validate(empty);
      const problem = onlyProblem(result, 'input-empty');
      expect(problem.path).to.equal('$');
      expect(result.monitor).to.equal(null);
    });
  }

  it('reports a list', () => {
    const problem = onlyProblem(validate([{ gebied: 'x' }]), 'input-not-object');
    expect(problem.message.nl).to.contain('een lijst');
  });

  it('reports text', () => {
    const problem = onlyProblem(validate('{"gebied": "x"}'), 'input-not-object');
    expect(problem.message.nl).to.contain('een tekst');
    expect(problem.message.nl).to.contain('"{\\"gebied\\": \\"x\\"}"');
  });

  it('reports an unknown form', () => {
    const problem = onlyProblem(validate({ naam: 'Binnenstad' }), 'input-form-unknown');
    expect(problem.message.nl).to.contain('"naam"');
    expect(problem.message.nl).to.contain('"formaat": "wijkmonitor/1"');
    expect(problem.message.nl).to.contain('"gebied" en "themas"');
  });

  it('reports an unknown formaat', () => {
    const problem = onlyProblem(validate({ formaat: 'wijkmonitor/2', themas: [] }), 'formaat-unknown');
    expect(problem.path).to.equal('$.formaat');
    expect(problem.message.nl).to.contain('"wijkmonitor/2"');
    expect(problem.message.nl).to.contain('"wijkmonitor/1"');
  });

  it('reports a monitor without formaat', () => {
    const problem = onlyProblem(validate({ gebieden: [], themas: [] }), 'key-missing');
    expect(problem.path).to.equal('$.formaat');
  });

  it('reports a profile without gebied', () => {
    const problem = onlyProblem(validate({ jaar: 2022, themas: [] }), 'key-missing');
    expect(problem.path).to.equal('$.gebied');
  });

  it('reports a profile without themas', () => {
    const problem = onlyProblem(validate({ gebied: 'Binnenstad centrum', jaar: 2022 }), 'key-missing');
    expect(problem.path).to.equal('$.themas');
  });
});

describe('validate: report size', () => {
  let input: MonitorInput;
  beforeEach(async () => {
    input = await loadMonitorInput();
  });

  it('caps problems with a count', () => {
    for (let index = 0; index < 70; index++) {
      input.resultaten.push({ gebied: 'BU07960103', jaar: 1800 + index } as ResultInput);
    }
    const problems = validate(input).problems;
    expect(problems.length).to.equal(MAX_PROBLEMS + 1);
    const last = problems[problems.length - 1];
    expect(last.code).to.equal('problems-truncated');
    expect(last.severity).to.equal('error');
    expect(last.message.nl).to.contain('Nog 20 fout(en)');
  });

  it('counts problems left out', () => {
    for (let index = 0; index < 246; index++) {
      input.resultaten.push({ gebied: 'BU07960103', jaar: 1000 + index } as ResultInput);
    }
    const problems = validate(input).problems;

    expect(problems.length).to.equal(MAX_PROBLEMS + 1);
    expect(countProblems(problems)).to.deep.equal({ errors: 246, warnings: 0 });
  });

  it('counts warnings left out', () => {
    const data = loosen(input);
    for (let index = 0; index < 60; index++) {
      data.gebieden[0][`extra${index}`] = index;
    }
    data.resultaten[4].totaal.waarde = 'fout';

    expect(countProblems(validate(input).problems)).to.deep.equal({ errors: 1, warnings: 60 });
  });

  it('groups thousands in the left-out count', () => {
    for (let index = 0; index < 1250; index++) {
      input.resultaten.push({ gebied: 'BU07960103', jaar: `jaar ${index}` } as unknown as ResultInput);
    }
    const last = validate(input).problems.at(-1)!;

    expect(last.message.nl).to.contain('Nog 1.200 fout(en) en 0 waarschuwing(en)');
    expect(last.message.en).to.contain('1,200 more error(s) and 0 more warning(s)');
  });

  it('shows errors before warnings', () => {
    const data = loosen(input);
    for (let index = 0; index < 60; index++) {
      data.gebieden[0][`extra${index}`] = index;
    }
    data.resultaten[4].totaal.waarde = 'fout';
    const problems = validate(input).problems;
    expect(problems[0].code).to.equal('number-invalid');
    expect(problems.length).to.equal(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS].code).to.equal('problems-truncated');
    expect(problems[MAX_PROBLEMS].severity).to.equal('warning');
  });
});

describe('validate: speed', () => {
  it('reads 15,000 gebieden over 2 jaren', async () => {
    const input = await loadMonitorInput();
    const deelthemaIds = input.themas.flatMap((thema) => thema.deelthemas.map((deelthema) => deelthema.id));
    input.gebieden = [{ code: 'GM0796', naam: "'s-Hertogenbosch", type: 'gemeente', ouder: null }];
    input.resultaten = [];
    for (let index = 0; index < 15_000; index++) {
      const code = `BU${String(index).padStart(8, '0')}`;
      input.gebieden.push({ code, naam: `Buurt ${index}`, type: 'buurt', ouder: 'GM0796' });
      for (const jaar of [2020, 2022]) {
        const deelthemas: ResultInput['deelthemas'] = {};
        for (const id of deelthemaIds) {
          deelthemas[id] = { waarde: ((index % 40) - 20) / 10, verschil: '0,1' };
        }
        input.resultaten.push({ gebied: code, jaar, totaal: { waarde: '0,3' }, deelthemas });
      }
    }

    const result = validate(input);

    expect(result.problems).to.deep.equal([]);
    expect(result.monitor?.results.get(2022)?.size).to.equal(15_000);
  });
});
