import { expect } from '@open-wc/testing';
import { validate } from '../../src/model/validate.js';
import type { Monitor, MonitorInput } from '../../src/model/types.js';
import { loadMonitorInput, loosen, onlyProblem } from './helpers.js';

function validMonitor(input: MonitorInput): Monitor {
  const result = validate(input);
  if (result.monitor === null) {
    throw new Error(`Expected a valid monitor; problems: ${result.problems.map((problem) => problem.message.en).join(' | ')}`);
  }
  return result.monitor;
}

function resultOf(monitor: Monitor, jaar: number, code: string) {
  const result = monitor.results.get(jaar)?.get(code);
  if (result === undefined) {
    throw new Error(`No result for ${code} in ${jaar}.`);
  }
  return result;
}

describe('validate monitor: normalisation', () => {
  let input: MonitorInput;
  beforeEach(async () => {
    input = await loadMonitorInput();
  });

  it('accepts the fixture without problems', () => {
    const result = validate(input);
    expect(result.problems).to.deep.equal([]);
    expect(result.monitor).to.not.equal(null);
  });

  it('translates standard Dutch class labels', () => {
    const klassen = loosen(input).schalen.situatie.klassen;
    klassen[0].label = 'boven gemiddeld';
    klassen[1].label = 'Gemiddeld';
    klassen[2].label = 'Flink onder gemiddeld';
    const classes = validMonitor(input).scales.situatie.classes;

    expect(classes[0].label).to.deep.equal({ nl: 'boven gemiddeld', en: 'Above average' });
    expect(classes[1].label).to.deep.equal({ nl: 'Gemiddeld', en: 'Average' });
    expect(classes[2].label).to.deep.equal({ nl: 'Flink onder gemiddeld', en: 'Flink onder gemiddeld' });
  });

  it('sorts jaren', () => {
    expect(validMonitor(input).jaren).to.deep.equal([2020, 2022]);
  });

  it('keys results by jaar and code', () => {
    const monitor = validMonitor(input);
    expect([...monitor.results.get(2022)!.keys()]).to.deep.equal(['BU07960101', 'BU07960102', 'WK079601', 'BU07961203']);
    expect([...monitor.results.get(2020)!.keys()]).to.deep.equal(['BU07960101']);
  });

  it('reads gebieden and parents', () => {
    const monitor = validMonitor(input);
    expect(monitor.gebieden.length).to.equal(7);
    expect(monitor.gebiedByCode.get('BU07960101')?.parent).to.equal('WK079601');
    expect(monitor.gebiedByCode.get('GM0796')?.parent).to.equal(null);
    expect(monitor.gebiedByCode.get('WK079612')?.type).to.equal('dorp');
  });

  it('fills every thema in a result', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960102');
    expect([...result.themas.keys()]).to.deep.equal(['werk-leren', 'welzijn', 'samenleven', 'leefomgeving', 'veiligheid']);
    expect(result.themas.get('werk-leren')?.value).to.equal(null);
    expect(result.themas.get('werk-leren')?.reason).to.equal('geen-gegevens');
  });

  it('fills every deelthema in a result', () => {
    const result = resultOf(validMonitor(input), 2022, 'WK079601');
    expect(result.deelthemas.size).to.equal(11);
    expect(result.deelthemas.get('criminaliteit')?.reason).to.equal('geen-gegevens');
  });

  it('gives a missing totaal no data', () => {
    const monitor = validMonitor(input);
    expect(resultOf(monitor, 2022, 'BU07961203').totaal.value).to.equal(0.9);
    delete loosen(input).resultaten[3].totaal;
    expect(resultOf(validMonitor(input), 2022, 'WK079601').totaal.reason).to.equal('geen-gegevens');
  });

  it('reads comma decimals', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960101');
    expect(result.deelthemas.get('rondkomen')?.value).to.equal(1.8);
    expect(result.totaal.value).to.equal(0.3);
    expect(result.themas.get('welzijn')?.value).to.equal(-0.4);
  });

  it('keeps 0 apart from missing', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960101');
    const samenleven = result.themas.get('samenleven')!;
    expect(samenleven.value).to.equal(0);
    expect(samenleven.reason).to.equal(null);
    const uitkeringen = result.deelthemas.get('uitkeringen')!;
    expect(uitkeringen.value).to.equal(null);
    expect(uitkeringen.reason).to.equal('te-weinig-waarnemingen');
  });

  it('finds classes by label', () => {
    const monitor = validMonitor(input);
    const result = resultOf(monitor, 2022, 'BU07960101');
    expect(result.themas.get('werk-leren')?.klasse?.id).to.equal('boven');
    expect(result.deelthemas.get('sport-bewegen')?.ontwikkeling?.id).to.equal('achteruit');
    expect(resultOf(monitor, 2022, 'BU07961203').totaal.klasse?.id).to.equal('boven');
  });

  it('classifies values by bounds', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960101');
    expect(result.deelthemas.get('gezondheid')?.klasse?.id).to.equal('beneden');
    expect(result.totaal.klasse?.id).to.equal('gemiddeld');
    expect(result.themas.get('samenleven')?.klasse?.id).to.equal('gemiddeld');
  });

  it('classifies differences by bounds', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960101');
    expect(result.totaal.ontwikkeling?.id).to.equal('gelijk');
    expect(result.deelthemas.get('rondkomen')?.ontwikkeling?.id).to.equal('vooruit');
    expect(result.deelthemas.get('rondkomen')?.difference).to.equal(0.3);
  });

  it('prefers a given class to bounds', () => {
    const result = resultOf(validMonitor(input), 2022, 'BU07960101');
    expect(result.deelthemas.get('sport-bewegen')?.ontwikkeling?.id).to.equal('achteruit');
    loosen(input).resultaten[0].deelthemas.gezondheid.klasse = 'boven';
    const changed = resultOf(validMonitor(input), 2022, 'BU07960101');
    expect(changed.deelthemas.get('gezondheid')?.klasse?.id).to.equal('boven');
  });

  it('reads bounds written as Dutch text', () => {
    const classes = validMonitor(input).scales.situatie.classes;
    expect(classes.map((scaleClass) => scaleClass.from)).to.deep.equal([0.5, -0.5, null]);
  });

  it('keeps class null without bounds', () => {
    for (const scale of [input.schalen.situatie, input.schalen.ontwikkeling]) {
      for (const scaleClass of scale.klassen) {
        delete scaleClass.vanaf;
      }
    }
    const result = validate(input);
    expect(result.problems.map((problem) => problem.code)).to.deep.equal(['klasse-missing']);
    const score = resultOf(result.monitor!, 2022, 'BU07960101').deelthemas.get('gezondheid')!;
    expect(score.value).to.equal(-0.6);
    expect(score.klasse).to.equal(null);
  });

  it('normalises texts', () => {
    const monitor = validMonitor(input);
    expect(monitor.source).to.deep.equal({ nl: 'Bron: verzonnen testgegevens', en: 'Bron: verzonnen testgegevens' });
    expect(monitor.themas[0].label).to.deep.equal({ nl: 'Werk & leren', en: 'Work & learning' });
    expect(monitor.themas[0].deelthemas[0].description?.en).to.equal('Moeite met rondkomen, omgerekend zodat hoger beter is.');
    expect(monitor.themas[0].deelthemas[1].description).to.equal(null);
  });

  it('links deelthemas to their thema', () => {
    const monitor = validMonitor(input);
    expect(monitor.themas[4].deelthemas.map((deelthema) => deelthema.themaIndex)).to.deep.equal([4, 4]);
  });

  it('reads the value spec', () => {
    expect(validMonitor(input).values).to.deep.equal({ kind: 'z-score', domain: [-2, 2], decimals: 1 });
    delete loosen(input).waarden;
    expect(validMonitor(input).values).to.deep.equal({ kind: 'z-score', domain: [-2, 2], decimals: 1 });
  });
});

describe('validate monitor: problems', () => {
  let input: MonitorInput;
  let data: Record<string, any>;
  beforeEach(async () => {
    input = await loadMonitorInput();
    data = loosen(input);
  });

  it('reports a non-object gebied', () => {
    data.gebieden[0] = 'GM0796';
    const result = validate(input);
    const problem = onlyProblem(result, 'object-expected');
    expect(problem.path).to.equal('$.gebieden[0]');
    expect(problem.message.nl).to.contain('"GM0796"');
    expect(result.monitor).to.equal(null);
  });

  it('reports a non-array themas', () => {
    data.themas = { id: 'welzijn' };
    const problem = onlyProblem(validate(input), 'array-expected');
    expect(problem.path).to.equal('$.themas');
    expect(problem.message.nl).to.contain('{"id":"welzijn"}');
  });

  it('reports a missing key', () => {
    delete data.gebieden[2].naam;
    const problem = onlyProblem(validate(input), 'key-missing');
    expect(problem.path).to.equal('$.gebieden[2].naam');
    expect(problem.message.nl).to.contain('"naam"');
    expect(problem.severity).to.equal('error');
  });

  it('reports a missing top-level key', () => {
    delete data.resultaten;
    const problem = onlyProblem(validate(input), 'key-missing');
    expect(problem.path).to.equal('$.resultaten');
  });

  it('reports a wrong type', () => {
    data.gebieden[2].code = 101;
    const problem = onlyProblem(validate(input), 'string-expected');
    expect(problem.path).to.equal('$.gebieden[2].code');
    expect(problem.message.nl).to.contain('101');
  });

  it('reports an empty naam', () => {
    data.gebieden[2].naam = '  ';
    const problem = onlyProblem(validate(input), 'string-empty');
    expect(problem.path).to.equal('$.gebieden[2].naam');
  });

  it('reports an invalid text', () => {
    data.themas[0].label = { en: 'Work' };
    const problem = onlyProblem(validate(input), 'text-invalid');
    expect(problem.path).to.equal('$.themas[0].label');
    expect(problem.message.nl).to.contain('{"en":"Work"}');
  });

  it('reports an invalid number', () => {
    data.resultaten[0].deelthemas.rondkomen.waarde = '6,8,1';
    const problem = onlyProblem(validate(input), 'number-invalid');
    expect(problem.path).to.equal('$.resultaten[0].deelthemas.rondkomen.waarde');
    expect(problem.message.nl).to.contain('"6,8,1"');
    expect(problem.message.en).to.contain('"6,8,1"');
  });

  it('reports a boolean as number', () => {
    data.resultaten[0].totaal.verschil = true;
    const problem = onlyProblem(validate(input), 'number-invalid');
    expect(problem.path).to.equal('$.resultaten[0].totaal.verschil');
    expect(problem.message.nl).to.contain('true');
  });

  it('reports NaN', () => {
    data.resultaten[0].deelthemas.rondkomen.waarde = NaN;
    const problem = onlyProblem(validate(input), 'number-not-finite');
    expect(problem.path).to.equal('$.resultaten[0].deelthemas.rondkomen.waarde');
    expect(problem.message.nl).to.contain('NaN');
  });

  it('reports Infinity', () => {
    data.resultaten[1].totaal.waarde = Infinity;
    const problem = onlyProblem(validate(input), 'number-not-finite');
    expect(problem.path).to.equal('$.resultaten[1].totaal.waarde');
    expect(problem.message.nl).to.contain('Infinity');
  });

  it('reports an ambiguous number', () => {
    data.resultaten[0].totaal.waarde = '1.234';
    const problem = onlyProblem(validate(input), 'number-ambiguous');
    expect(problem.path).to.equal('$.resultaten[0].totaal.waarde');
    expect(problem.message.nl).to.contain('"1.234"');
    expect(problem.message.nl).to.contain('1234');
    expect(problem.message.nl).to.contain('1,234');
  });

  it('reports a duplicate gebied code', () => {
    data.gebieden[3].code = 'BU07960101';
    const problem = onlyProblem(validate(input), 'gebied-duplicate');
    expect(problem.path).to.equal('$.gebieden[3].code');
    expect(problem.message.nl).to.contain('"BU07960101"');
    expect(problem.message.nl).to.contain('$.gebieden[2].code');
  });

  it('reports a duplicate thema id', () => {
    data.themas[1].id = 'werk-leren';
    const result = validate(input);
    const problem = onlyProblem(result, 'thema-duplicate');
    expect(problem.path).to.equal('$.themas[1].id');
    expect(problem.message.nl).to.contain('"werk-leren"');
  });

  it('reports a duplicate deelthema id', () => {
    data.themas[4].deelthemas[0].id = 'rondkomen';
    const problem = onlyProblem(validate(input), 'deelthema-duplicate');
    expect(problem.path).to.equal('$.themas[4].deelthemas[0].id');
    expect(problem.message.nl).to.contain('"rondkomen"');
    expect(problem.message.nl).to.contain('$.themas[0].deelthemas[0].id');
  });

  it('reports an unknown ouder', () => {
    data.gebieden[2].ouder = 'WK079699';
    const problem = onlyProblem(validate(input), 'ouder-unknown');
    expect(problem.path).to.equal('$.gebieden[2].ouder');
    expect(problem.message.nl).to.contain('"WK079699"');
  });

  it('suggests the ouder in other case', () => {
    data.gebieden[2].ouder = 'wk079601';
    const problem = onlyProblem(validate(input), 'ouder-unknown');
    expect(problem.message.nl).to.contain('Bedoelde u "WK079601"?');
  });

  it('reports a cycle', () => {
    data.gebieden[1].ouder = 'BU07960101';
    const problem = onlyProblem(validate(input), 'ouder-cycle');
    expect(problem.path).to.equal('$.gebieden[1].ouder');
    expect(problem.message.nl).to.contain('WK079601 → BU07960101 → WK079601');
  });

  it('reports a gebied as own ouder', () => {
    data.gebieden[0].ouder = 'GM0796';
    const problem = onlyProblem(validate(input), 'ouder-cycle');
    expect(problem.path).to.equal('$.gebieden[0].ouder');
    expect(problem.message.nl).to.contain('GM0796 → GM0796');
  });

  it('reports a result for an unknown gebied', () => {
    data.resultaten[3].gebied = 'WK079699';
    const problem = onlyProblem(validate(input), 'result-gebied-unknown');
    expect(problem.path).to.equal('$.resultaten[3].gebied');
    expect(problem.message.nl).to.contain('"WK079699"');
  });

  it('suggests a code for a naam', () => {
    data.resultaten[3].gebied = 'Binnenstad centrum';
    const problem = onlyProblem(validate(input), 'result-gebied-unknown');
    expect(problem.message.nl).to.contain('Bedoelde u "BU07960101"?');
  });

  it('reports an unknown thema id', () => {
    data.resultaten[0].themas.welzijnn = { waarde: 1 };
    const problem = onlyProblem(validate(input), 'thema-unknown');
    expect(problem.path).to.equal('$.resultaten[0].themas.welzijnn');
    expect(problem.message.nl).to.contain('"welzijnn"');
    expect(problem.message.nl).to.contain('Bedoelde u "welzijn"?');
  });

  it('reports an unknown deelthema id', () => {
    data.resultaten[0].deelthemas['sport bewegen'] = { waarde: 1 };
    const problem = onlyProblem(validate(input), 'deelthema-unknown');
    expect(problem.path).to.equal('$.resultaten[0].deelthemas["sport bewegen"]');
    expect(problem.message.nl).to.contain('Bedoelde u "sport-bewegen"?');
  });

  it('reports an unknown class', () => {
    data.resultaten[0].deelthemas.rondkomen.klasse = 'bovengemiddeld';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.path).to.equal('$.resultaten[0].deelthemas.rondkomen.klasse');
    expect(problem.message.nl).to.contain('"bovengemiddeld"');
    expect(problem.message.nl).to.contain('Bedoelde u "Boven gemiddeld"?');
    expect(problem.message.nl).to.contain('"Boven gemiddeld", "Gemiddeld" of "Beneden gemiddeld"');
    expect(problem.message.en).to.contain('Did you mean "Above average"?');
    expect(problem.message.en).to.contain('"Above average", "Average" or "Below average"');
  });

  it('suggests the id of a class', () => {
    data.resultaten[0].deelthemas.rondkomen.klasse = 'bven';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.message.nl).to.contain('Bedoelde u "boven"?');
    expect(problem.message.en).to.contain('Did you mean "boven"?');
  });

  it('suggests a label in both languages', () => {
    data.resultaten[0].deelthemas.rondkomen.klasse = 'Above averge';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.message.nl).to.contain('Bedoelde u "Boven gemiddeld"?');
    expect(problem.message.en).to.contain('Did you mean "Above average"?');
  });

  it('suggests nothing far off', () => {
    data.resultaten[0].deelthemas.rondkomen.klasse = 'uitstekend';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.message.nl).not.to.contain('Bedoelde u');
    expect(problem.message.nl).to.contain('"Boven gemiddeld", "Gemiddeld" of "Beneden gemiddeld"');
  });

  it('reports an unknown development class', () => {
    data.resultaten[0].themas.welzijn.ontwikkeling = 'slechter';
    const problem = onlyProblem(validate(input), 'klasse-unknown');
    expect(problem.path).to.equal('$.resultaten[0].themas.welzijn.ontwikkeling');
    expect(problem.message.nl).to.contain('"Vooruit gegaan", "Ongeveer gelijk gebleven" of "Achteruit gegaan"');
  });

  it('reports a scale without classes', () => {
    data.schalen.situatie.klassen = [];
    const result = validate(input);
    const problem = onlyProblem(result, 'scale-empty');
    expect(problem.path).to.equal('$.schalen.situatie.klassen');
    expect(problem.message.nl).to.contain('"situatie"');
    expect(result.problems.length).to.equal(1);
  });

  it('reports a duplicate class id', () => {
    data.schalen.ontwikkeling.klassen[2].id = 'vooruit';
    const problem = onlyProblem(validate(input), 'class-duplicate');
    expect(problem.path).to.equal('$.schalen.ontwikkeling.klassen[2].id');
    expect(problem.message.nl).to.contain('"vooruit"');
  });

  it('reports a waardering out of range', () => {
    data.schalen.situatie.klassen[2].waardering = -4;
    const problem = onlyProblem(validate(input), 'waardering-invalid');
    expect(problem.path).to.equal('$.schalen.situatie.klassen[2].waardering');
    expect(problem.message.nl).to.contain('\u22124');
  });

  it('reports a fractional waardering', () => {
    data.schalen.situatie.klassen[0].waardering = 0.5;
    const problem = onlyProblem(validate(input), 'waardering-invalid');
    expect(problem.message.nl).to.contain('0,5');
    expect(problem.message.en).to.contain('0.5');
  });

  it('reports bounds out of order', () => {
    data.schalen.situatie.klassen[1].vanaf = 0.8;
    const problem = onlyProblem(validate(input), 'vanaf-order');
    expect(problem.path).to.equal('$.schalen.situatie.klassen[1].vanaf');
    expect(problem.message.nl).to.contain('vanaf 0,8');
  });

  it('reports a missing bound', () => {
    delete data.schalen.situatie.klassen[1].vanaf;
    const problem = onlyProblem(validate(input), 'vanaf-missing');
    expect(problem.path).to.equal('$.schalen.situatie.klassen[1].vanaf');
    expect(problem.message.nl).to.contain('"gemiddeld"');
  });

  describe('scores without klasse', () => {
    beforeEach(() => {
      for (const klasse of data.schalen.situatie.klassen) delete klasse.vanaf;
      data.resultaten = [
        { gebied: 'BU07960101', jaar: 2022, themas: { 'werk-leren': { waarde: 0.8 }, welzijn: { waarde: 0.1, klasse: 'gemiddeld' } } },
        { gebied: 'BU07960102', jaar: 2022, deelthemas: { rondkomen: { waarde: '1,8', klasse: ' ' }, uitkeringen: { waarde: null } } },
      ];
    });

    it('warns once with count and first path', () => {
      const result = validate(input);
      const problem = onlyProblem(result, 'klasse-missing');
      expect(problem.severity).to.equal('warning');
      expect(problem.path).to.equal('$.resultaten[0].themas["werk-leren"]');
      expect(problem.message.nl).to.contain('zonder klasse: 2, de eerste bij $.resultaten[0].themas["werk-leren"].');
      expect(problem.message.en).to.contain('no klasse: 2, the first at $.resultaten[0].themas["werk-leren"].');
    });

    it('still draws them without class', () => {
      const monitor = validMonitor(input);
      expect(resultOf(monitor, 2022, 'BU07960101').themas.get('werk-leren')?.value).to.equal(0.8);
      expect(resultOf(monitor, 2022, 'BU07960101').themas.get('werk-leren')?.klasse).to.equal(null);
      expect(resultOf(monitor, 2022, 'BU07960102').deelthemas.get('rondkomen')?.klasse).to.equal(null);
    });

    it('ignores the totaal and scores without value', () => {
      data.resultaten = [{ gebied: 'BU07960101', jaar: 2022, totaal: { waarde: 0.3 }, themas: { welzijn: { waarde: null } } }];
      expect(validate(input).problems).to.deep.equal([]);
    });

    it('stays silent when bounds give the class', () => {
      data.schalen.situatie.klassen[0].vanaf = 0.5;
      data.schalen.situatie.klassen[1].vanaf = -0.5;
      expect(validate(input).problems.filter((problem) => problem.code === 'klasse-missing')).to.deep.equal([]);
    });
  });

  it('warns about a value below every bound', () => {
    data.schalen.situatie.klassen[2].vanaf = -1;
    const result = validate(input);
    const problem = onlyProblem(result, 'klasse-outside-bounds');
    expect(problem.severity).to.equal('warning');
    expect(problem.path).to.equal('$.resultaten[2].deelthemas.overlast.waarde');
    expect(problem.message.nl).to.contain('\u22121,2');
    expect(resultOf(result.monitor!, 2022, 'BU07960102').deelthemas.get('overlast')?.klasse).to.equal(null);
  });

  for (const jaar of [2022.5, 1850, 2101, '2022', null]) {
    it(`reports jaar ${JSON.stringify(jaar)}`, () => {
      data.resultaten[3].jaar = jaar;
      const problem = onlyProblem(validate(input), 'jaar-invalid');
      expect(problem.path).to.equal('$.resultaten[3].jaar');
      expect(problem.message.nl).to.contain(typeof jaar === 'string' ? `"${jaar}"` : String(jaar).replace('.', ','));
    });
  }

  it('reports a duplicate result', () => {
    data.resultaten.push({ gebied: 'BU07960102', jaar: 2022 });
    const problem = onlyProblem(validate(input), 'result-duplicate');
    expect(problem.path).to.equal('$.resultaten[5].gebied');
    expect(problem.message.nl).to.contain('"BU07960102"');
    expect(problem.message.nl).to.contain('2022');
    expect(problem.message.nl).to.contain('$.resultaten[2]');
  });

  it('reports no themes', () => {
    data.themas = [];
    data.resultaten = [];
    const problem = onlyProblem(validate(input), 'themas-empty');
    expect(problem.path).to.equal('$.themas');
  });

  it('reports a thema without deelthemas', () => {
    data.themas[4].deelthemas = [];
    const problem = onlyProblem(validate(input), 'deelthemas-empty');
    expect(problem.path).to.equal('$.themas[4].deelthemas');
    expect(problem.message.nl).to.contain('"Veiligheid"');
    expect(problem.message.nl).to.contain('profieltaart');
  });

  it('reports an unknown gebied type', () => {
    data.gebieden[5].type = 'dorpje';
    const problem = onlyProblem(validate(input), 'value-not-allowed');
    expect(problem.path).to.equal('$.gebieden[5].type');
    expect(problem.message.nl).to.contain('"dorpje"');
    expect(problem.message.nl).to.contain('"dorp" of "buurt"');
  });

  it('reports an invalid domein', () => {
    data.waarden.domein = [2, -2];
    const problem = onlyProblem(validate(input), 'domein-invalid');
    expect(problem.path).to.equal('$.waarden.domein');
    expect(problem.message.nl).to.contain('[2,-2]');
  });

  it('reports invalid decimalen', () => {
    data.waarden.decimalen = 1.5;
    const problem = onlyProblem(validate(input), 'decimalen-invalid');
    expect(problem.message.nl).to.contain('1,5');
  });

  it('warns about a typo in a key', () => {
    data.gebieden[0].oudr = null;
    const result = validate(input);
    const problem = onlyProblem(result, 'key-unknown');
    expect(problem.severity).to.equal('warning');
    expect(problem.path).to.equal('$.gebieden[0].oudr');
    expect(problem.message.nl).to.contain('Bedoelde u "ouder"?');
    expect(result.monitor).to.not.equal(null);
  });

  it('suggests deelthemas for deelthemass', () => {
    data.themas[0].deelthemass = data.themas[0].deelthemas;
    const problem = onlyProblem(validate(input), 'key-unknown');
    expect(problem.path).to.equal('$.themas[0].deelthemass');
    expect(problem.message.nl).to.contain('Bedoelde u "deelthemas"?');
    expect(problem.message.en).to.contain('Did you mean "deelthemas"?');
  });

  it('lists known keys without a close one', () => {
    data.resultaten[0].totaal.opmerking = 'x';
    const problem = onlyProblem(validate(input), 'key-unknown');
    expect(problem.message.nl).to.contain('"waarde"');
  });

  it('warns about no results', () => {
    data.resultaten = [];
    const result = validate(input);
    const problem = onlyProblem(result, 'resultaten-empty');
    expect(problem.severity).to.equal('warning');
    expect(result.monitor?.jaren).to.deep.equal([]);
  });

  it('reports every problem in one run', () => {
    data.gebieden[2].type = 'straat';
    data.resultaten[0].totaal.waarde = 'abc';
    data.schalen.situatie.klassen[0].waardering = 9;
    const codes = validate(input).problems.map((problem) => problem.code);
    expect(codes).to.deep.equal(['value-not-allowed', 'waardering-invalid', 'number-invalid']);
  });

  it('shortens long values', () => {
    data.resultaten[0].totaal.waarde = 'x'.repeat(200);
    const problem = onlyProblem(validate(input), 'number-invalid');
    expect(problem.message.nl).to.contain(`"${'x'.repeat(39)}…"`);
    expect(problem.message.nl.length).to.be.below(200);
  });
});
