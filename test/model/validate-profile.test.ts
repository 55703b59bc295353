import { expect } from '@open-wc/testing';
import { validate } from '../../src/model/validate.js';
import type { GebiedResult, Monitor, ProfileInput } from '../../src/model/types.js';
import { loadProfileInput, loosen, onlyProblem } from './helpers.js';

function validProfile(input: ProfileInput): Monitor {
  const result = validate(input);
  if (result.monitor === null) {
    throw new Error(`Expected a valid profile; problems: ${result.problems.map((problem) => problem.message.en).join(' | ')}`);
  }
  return result.monitor;
}

function onlyResult(monitor: Monitor): GebiedResult {
  const [jaar] = monitor.jaren;
  return monitor.results.get(jaar)!.get(monitor.gebieden[0].code)!;
}

describe('validate profile', () => {
  let input: ProfileInput;
  let data: Record<string, any>;
  beforeEach(async () => {
    input = await loadProfileInput('profile-binnenstad-centrum');
    data = loosen(input);
  });

  it('accepts the fixture without problems', () => {
    const result = validate(input);
    expect(result.problems).to.deep.equal([]);
    expect(result.monitor).to.not.equal(null);
  });

  it('makes one gebied', () => {
    const monitor = validProfile(input);
    expect(monitor.gebieden).to.deep.equal([{ code: 'BU07960101', naam: 'Binnenstad centrum', type: 'buurt', parent: null }]);
    expect(monitor.gebiedByCode.get('BU07960101')?.naam).to.equal('Binnenstad centrum');
  });

  it('makes one jaar', () => {
    const monitor = validProfile(input);
    expect(monitor.jaren).to.deep.equal([2022]);
    expect(onlyResult(monitor).jaar).to.equal(2022);
  });

  it('derives thema ids from names', () => {
    const ids = validProfile(input).themas.map((thema) => thema.id);
    expect(ids).to.deep.equal(['werk-leren', 'welzijn', 'samenleven', 'leefomgeving', 'veiligheid']);
  });

  it('keeps a given deelthema id', () => {
    const welzijn = validProfile(input).themas[1];
    expect(welzijn.deelthemas.map((deelthema) => deelthema.id)).to.deep.equal(['gezondheid', 'sport']);
  });

  it('prefixes a repeated deelthema name', () => {
    const monitor = validProfile(input);
    expect(monitor.themas[2].deelthemas[1].id).to.equal('overlast');
    expect(monitor.themas[4].deelthemas[0].id).to.equal('veiligheid-overlast');
    expect(onlyResult(monitor).deelthemas.get('veiligheid-overlast')?.reason).to.equal('geen-gegevens');
  });

  it('reads thema and deelthema scores', () => {
    const result = onlyResult(validProfile(input));
    expect(result.themas.get('werk-leren')?.value).to.equal(6.8);
    expect(result.themas.get('werk-leren')?.klasse?.id).to.equal('boven');
    expect(result.themas.get('welzijn')?.klasse?.id).to.equal('gemiddeld');
    expect(result.deelthemas.get('rondkomen')?.value).to.equal(6.8);
    expect(result.deelthemas.get('sport')?.ontwikkeling?.id).to.equal('vooruit');
  });

  it('reads the totaal', () => {
    const totaal = onlyResult(validProfile(input)).totaal;
    expect(totaal.value).to.equal(7.1);
    expect(totaal.klasse?.id).to.equal('gemiddeld');
    expect(totaal.ontwikkeling?.id).to.equal('vooruit');
  });

  it('uses the default scales', () => {
    const scales = validProfile(input).scales;
    expect(scales.situatie.classes.map((scaleClass) => scaleClass.id)).to.deep.equal(['boven', 'gemiddeld', 'beneden']);
    expect(scales.ontwikkeling.classes.map((scaleClass) => scaleClass.rating)).to.deep.equal([1, 0, -1]);
    expect(scales.ontwikkeling.classes[1].label).to.deep.equal({ nl: 'Ongeveer gelijk gebleven', en: 'About the same' });
  });

  it('uses the domain of a cijfer', () => {
    expect(validProfile(input).values).to.deep.equal({ kind: 'cijfer', domain: [1, 10], decimals: 1 });
  });

  it('falls back to Dutch labels', () => {
    const monitor = validProfile(input);
    expect(monitor.themas[1].label).to.deep.equal({ nl: 'Welzijn', en: 'Welzijn' });
    expect(monitor.title).to.deep.equal({ nl: 'Profiel Binnenstad centrum', en: 'Profiel Binnenstad centrum' });
  });

  it('uses own scales with bounds', () => {
    data.schalen = {
      situatie: {
        klassen: [
          { id: 'hoog', label: 'Hoog', waardering: 2, vanaf: '7,5' },
          { id: 'midden', label: 'Midden', waardering: 0, vanaf: '6,5' },
          { id: 'laag', label: 'Laag', waardering: -2 },
        ],
      },
    };
    for (const thema of data.themas) {
      delete thema.klasse;
      for (const deelthema of thema.deelthemas) {
        delete deelthema.klasse;
      }
    }
    delete data.totaal.klasse;
    const result = onlyResult(validProfile(input));
    expect(result.deelthemas.get('woonomgeving')?.klasse?.id).to.equal('hoog');
    expect(result.deelthemas.get('rondkomen')?.klasse?.id).to.equal('midden');
    expect(result.deelthemas.get('overlast')?.klasse?.id).to.equal('laag');
    expect(result.deelthemas.get('uitkeringen')?.klasse).to.equal(null);
  });

  it('reads a gebied given as text', async () => {
    const monitor = validProfile(await loadProfileInput('profile-minimal'));
    expect(monitor.gebieden[0]).to.deep.equal({ code: 'binnenstad-oost', naam: 'Binnenstad oost', type: 'buurt', parent: null });
  });

  it('reads a totaal given as number', async () => {
    const totaal = onlyResult(validProfile(await loadProfileInput('profile-minimal'))).totaal;
    expect(totaal.value).to.equal(0.4);
    expect(totaal.klasse).to.equal(null);
    expect(totaal.reason).to.equal(null);
  });

  it('reports a repeated name in one thema', () => {
    data.themas[0].deelthemas[1].naam = 'Rondkomen';
    const problem = onlyProblem(validate(input), 'deelthema-duplicate');
    expect(problem.path).to.equal('$.themas[0].deelthemas[1].naam');
    expect(problem.message.nl).to.contain('"rondkomen"');
  });

  it('reports a repeated thema name', () => {
    data.themas[1].naam = 'Werk & leren';
    const problem = onlyProblem(validate(input), 'thema-duplicate');
    expect(problem.path).to.equal('$.themas[1].naam');
  });

  it('reports a missing jaar', () => {
    delete data.jaar;
    const problem = onlyProblem(validate(input), 'key-missing');
    expect(problem.path).to.equal('$.jaar');
  });

  it('reports a missing naam', () => {
    delete data.themas[2].deelthemas[0].naam;
    const problem = onlyProblem(validate(input), 'key-missing');
    expect(problem.path).to.equal('$.themas[2].deelthemas[0].naam');
  });

  it('reports an invalid number', () => {
    data.themas[0].deelthemas[0].waarde = '6,8,1';
    const problem = onlyProblem(validate(input), 'number-invalid');
    expect(problem.path).to.equal('$.themas[0].deelthemas[0].waarde');
    expect(problem.message.nl).to.contain('"6,8,1"');
  });

  it('reports an unknown class', () => {
    data.themas[1].deelthemas[0].klasse = 'goed';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.path).to.equal('$.themas[1].deelthemas[0].klasse');
    expect(problem.message.nl).to.contain('"goed"');
  });

  it('reports no themes', () => {
    data.themas = [];
    const problem = onlyProblem(validate(input), 'themas-empty');
    expect(problem.path).to.equal('$.themas');
  });

  it('reports a thema without deelthemas', () => {
    data.themas[3].deelthemas = [];
    const problem = onlyProblem(validate(input), 'deelthemas-empty');
    expect(problem.path).to.equal('$.themas[3].deelthemas');
    expect(problem.message.nl).to.contain('"Leefomgeving"');
  });

  it('reports an invalid gebied type', () => {
    data.gebied.type = 'stad';
    const problem = onlyProblem(validate(input), 'value-not-allowed');
    expect(problem.path).to.equal('$.gebied.type');
  });

  it('warns about a typo in a score key', () => {
    data.themas[0].deelthemas[0].klase = 'boven';
    const problem = onlyProblem(validate(input), 'key-unknown');
    expect(problem.path).to.equal('$.themas[0].deelthemas[0].klase');
    expect(problem.message.nl).to.contain('Bedoelde u "klasse"?');
  });

  describe('scores without klasse', () => {
    it('warns once for every thema and deelthema', () => {
      for (const thema of data.themas) {
        delete thema.klasse;
        for (const deelthema of thema.deelthemas) delete deelthema.klasse;
      }
      const withValue = data.themas.flatMap((thema: any) => [thema, ...thema.deelthemas]).filter((score: any) => score.waarde !== null && score.waarde !== undefined);

      const result = validate(input);
      const problem = onlyProblem(result, 'klasse-missing');
      expect(problem.severity).to.equal('warning');
      expect(problem.path).to.equal('$.themas[0]');
      expect(problem.message.nl).to.contain(`Scores met een waarde maar zonder klasse: ${withValue.length}, de eerste bij $.themas[0].`);
      expect(problem.message.nl).to.contain('"geen gegevens"');
      expect(result.monitor).to.not.equal(null);
      expect(onlyResult(result.monitor!).themas.get(result.monitor!.themas[0].id)?.klasse).to.equal(null);
    });

    it('names the one score without klasse', () => {
      delete data.themas[1].deelthemas[0].klasse;
      const problem = onlyProblem(validate(input), 'klasse-missing');
      expect(problem.path).to.equal('$.themas[1].deelthemas[0]');
      expect(problem.message.nl).to.contain('zonder klasse: 1, de eerste bij $.themas[1].deelthemas[0].');
      expect(problem.message.en).to.contain('no klasse: 1, the first at $.themas[1].deelthemas[0].');
    });
  });
});
