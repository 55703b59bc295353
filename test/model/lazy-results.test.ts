import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonPath } from '../../src/model/json-path.js';
import { ProblemList } from '../../src/model/problem-list.js';
import type { Monitor, MonitorInput, Score } from '../../src/model/types.js';
import { validate } from '../../src/model/validate.js';
import { indexScale, readScale } from '../../src/model/validate-scales.js';
import { isCleanScore, readScore, SCORE_KEY_LIST, type ScoreScales } from '../../src/model/validate-score.js';
import { loadMonitorInput, loosen } from './helpers.js';

/** Builds a result in the form most large files use: JSON numbers and class ids only. */
function plainResult(gebied: string, jaar: number, waarde: number): Record<string, unknown> {
  return {
    gebied,
    jaar,
    totaal: { waarde, klasse: 'gemiddeld', ontwikkelingReden: 'geen-vorige-editie' },
    themas: { 'werk-leren': { waarde, klasse: 'boven' }, welzijn: { waarde: null, reden: 'geen-gegevens' } },
    deelthemas: { rondkomen: { waarde: waarde + 1 }, gezondheid: { waarde: -2, verschil: 0.3 } },
  };
}

/** Loads the small monitor with its results replaced by plain ones for every buurt in 2022. */
async function plainMonitorInput(): Promise<MonitorInput> {
  const input = await loadMonitorInput();
  loosen(input).resultaten = [
    plainResult('BU07960101', 2022, 0.1),
    plainResult('BU07960102', 2022, 0.2),
    plainResult('BU07960103', 2022, 0.3),
  ];
  return input;
}

function validMonitor(input: unknown): Monitor {
  const result = validate(input);
  if (result.monitor === null) {
    throw new Error(`Expected a valid monitor: ${result.problems.map((problem) => `${problem.path} ${problem.code}`).join('; ')}`);
  }
  return result.monitor;
}

function problemSummary(input: unknown): string[] {
  return validate(input).problems.map((problem) => `${problem.severity} ${problem.code} at ${problem.path}`);
}

describe('results read on demand', () => {
  it('returns the same result each time', async () => {
    const monitor = validMonitor(await plainMonitorInput());
    const results = monitor.results.get(2022)!;

    const first = results.get('BU07960102');
    expect(first).to.not.equal(undefined);
    expect(results.get('BU07960102')).to.equal(first);
  });

  it('reads values, classes and reasons', async () => {
    const monitor = validMonitor(await plainMonitorInput());
    const result = monitor.results.get(2022)!.get('BU07960102')!;

    expect(result.gebied.code).to.equal('BU07960102');
    expect(result.jaar).to.equal(2022);
    expect(result.totaal.value).to.equal(0.2);
    expect(result.totaal.klasse?.id).to.equal('gemiddeld');
    expect(result.totaal.developmentReason).to.equal('geen-vorige-editie');
    expect(result.themas.get('werk-leren')?.klasse?.id).to.equal('boven');
    expect(result.themas.get('welzijn')?.reason).to.equal('geen-gegevens');
    expect(result.deelthemas.get('rondkomen')?.klasse?.id).to.equal('boven');
    expect(result.deelthemas.get('gezondheid')?.klasse?.id).to.equal('beneden');
    expect(result.deelthemas.get('gezondheid')?.ontwikkeling?.id).to.equal('vooruit');
  });

  it('fills every thema and deelthema', async () => {
    const monitor = validMonitor(await plainMonitorInput());
    const result = monitor.results.get(2022)!.get('BU07960101')!;

    expect([...result.themas.keys()]).to.deep.equal(monitor.themas.map((thema) => thema.id));
    expect(result.themas.get('veiligheid')?.reason).to.equal('geen-gegevens');
    const deelthemaIds = monitor.themas.flatMap((thema) => thema.deelthemas.map((deelthema) => deelthema.id));
    expect([...result.deelthemas.keys()]).to.deep.equal(deelthemaIds);
    expect(result.deelthemas.get('criminaliteit')?.value).to.equal(null);
  });

  it('keeps the data order when iterated', async () => {
    const monitor = validMonitor(await plainMonitorInput());
    const results = monitor.results.get(2022)!;

    expect(results.size).to.equal(3);
    expect([...results.keys()]).to.deep.equal(['BU07960101', 'BU07960102', 'BU07960103']);
    expect([...results.values()].map((result) => result.totaal.value)).to.deep.equal([0.1, 0.2, 0.3]);
    expect([...results].map(([code]) => code)).to.deep.equal(['BU07960101', 'BU07960102', 'BU07960103']);
  });

  it('gives a read result to the iteration', async () => {
    const monitor = validMonitor(await plainMonitorInput());
    const results = monitor.results.get(2022)!;
    const read = results.get('BU07960103');

    const iterated = new Map<string, unknown>();
    results.forEach((result, code) => iterated.set(code, result));
    expect(iterated.get('BU07960103')).to.equal(read);
    expect(results.has('BU07960103')).to.equal(true);
    expect(results.has('BU07960199')).to.equal(false);
  });

  it('reports a bad value in a later result', async () => {
    const input = await plainMonitorInput();
    loosen(input).resultaten[2].deelthemas.rondkomen.waarde = 'veel';

    const result = validate(input);
    expect(result.monitor).to.equal(null);
    expect(problemSummary(input)).to.deep.equal(['error number-invalid at $.resultaten[2].deelthemas.rondkomen.waarde']);
  });

  it('reports every problem across clean results', async () => {
    const input = await plainMonitorInput();
    const resultaten = loosen(input).resultaten;
    resultaten[0].themas.welzijn.klasse = 'onbekend';
    resultaten[1].deelthemas['rond-komen'] = { waarde: 1 };
    resultaten[2].totaal.waarde = Infinity;
    resultaten.push(plainResult('BU07960101', 2022, 0.4));
    resultaten.push(plainResult('BU0796XXXX', 2022, 0.5));

    expect(problemSummary(input)).to.deep.equal([
      'error klasse-unknown at $.resultaten[0].themas.welzijn.klasse',
      'error deelthema-unknown at $.resultaten[1].deelthemas["rond-komen"]',
      'error number-not-finite at $.resultaten[2].totaal.waarde',
      'error result-duplicate at $.resultaten[3].gebied',
      'error result-gebied-unknown at $.resultaten[4].gebied',
    ]);
  });

  it('warns about an unknown key once', async () => {
    const input = await plainMonitorInput();
    loosen(input).resultaten[1].totaal.opmerking = 'nieuw';

    const result = validate(input);
    expect(result.monitor).to.not.equal(null);
    expect(problemSummary(input)).to.deep.equal(['warning key-unknown at $.resultaten[1].totaal.opmerking']);
    expect(result.monitor!.results.get(2022)!.get('BU07960102')!.totaal.value).to.equal(0.2);
  });

  it('reports every problem across clean gebieden', async () => {
    const input = await plainMonitorInput();
    const gebieden = loosen(input).gebieden;
    gebieden[1].type = 'stadsdeel';
    gebieden[2].naam = ' ';
    gebieden[3].ouder = 'WK0796XX';
    gebieden.push({ ...gebieden[4] });

    expect(problemSummary(input)).to.deep.equal([
      'error value-not-allowed at $.gebieden[1].type',
      'error string-empty at $.gebieden[2].naam',
      'error gebied-duplicate at $.gebieden[7].code',
      'error ouder-unknown at $.gebieden[3].ouder',
    ]);
  });

  it('names the first of two results', async () => {
    const input = await plainMonitorInput();
    const resultaten = loosen(input).resultaten;
    resultaten.unshift('geen resultaat', plainResult('BU07960102', 2020, 0.1));
    resultaten.push(plainResult('BU07960102', 2022, 0.9));

    const result = validate(input);
    const duplicate = result.problems.find((problem) => problem.code === 'result-duplicate');
    expect(duplicate?.path).to.equal('$.resultaten[5].gebied');
    expect(duplicate?.message.en).to.contain('$.resultaten[3]');
  });

  it('accepts references to a rejected gebied', async () => {
    const input = await plainMonitorInput();
    const data = loosen(input);
    // BU07960101 is rejected for its type; its buurt result and its name stay known.
    data.gebieden[2].type = 'straat';
    data.gebieden.push({ code: 'BU07960199', naam: 'Achter centrum', type: 'buurt', ouder: 'BU07960101' });
    data.resultaten.push(plainResult('binnenstad CENTRUM', 2022, 0.1));

    const result = validate(input);
    expect(result.problems.map((problem) => `${problem.code} at ${problem.path}`)).to.deep.equal([
      'value-not-allowed at $.gebieden[2].type',
      'result-gebied-unknown at $.resultaten[3].gebied',
    ]);
    expect(result.problems[1].message.nl).to.contain('Bedoelde u "BU07960101"?');
  });

  it('reads a blank ouder as none', async () => {
    const input = await plainMonitorInput();
    loosen(input).gebieden[0].ouder = ' ';

    const monitor = validMonitor(input);
    expect(monitor.gebiedByCode.get('GM0796')?.parent).to.equal(null);
    expect(monitor.gebiedByCode.get('BU07960101')?.parent).to.equal('WK079601');
  });

  it('classifies a value by the bounds', async () => {
    const input = await plainMonitorInput();
    const totaal = loosen(input).resultaten[0].totaal;
    delete totaal.klasse;
    totaal.waarde = 0.7;
    totaal.verschil = -0.5;

    const score = validMonitor(input).results.get(2022)!.get('BU07960101')!.totaal;
    expect(score.klasse?.id).to.equal('boven');
    expect(score.ontwikkeling?.id).to.equal('achteruit');
  });
});

describe('isCleanScore', () => {
  async function fixtureScales(): Promise<ScoreScales> {
    const input = loosen(await loadMonitorInput());
    const problems = new ProblemList();
    const situatie = readScale(input.schalen.situatie, 'situatie', JsonPath.root, problems)!;
    const ontwikkeling = readScale(input.schalen.ontwikkeling, 'ontwikkeling', JsonPath.root, problems)!;
    return { situatie: indexScale('situatie', situatie), ontwikkeling: indexScale('ontwikkeling', ontwikkeling) };
  }

  /** Scales whose situatie classes have no bounds, so a value alone gives no class. */
  function unboundedScales(scales: ScoreScales): ScoreScales {
    const classes = scales.situatie.scale.classes.map((scaleClass) => ({ ...scaleClass, from: null }));
    return { ...scales, situatie: indexScale('situatie', { classes }) };
  }

  // Clean forms are weighted up, so that both sides of the check are well covered.
  const scoreValue = fc.oneof(
    { weight: 6, arbitrary: fc.oneof(fc.constant(undefined), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })) },
    { weight: 3, arbitrary: fc.constantFrom(-0.5, 0.5, -0.2, 0.2, -0.51, -3, 0, -0, 1e308) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    { weight: 1, arbitrary: fc.constantFrom('6,8', '1.234', '−0,4', '', ' ', 'NaN', 'abc', '0.5') },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(true, {}, [1]) },
  );
  const classText = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(undefined, null) },
    {
      weight: 6,
      arbitrary: fc.constantFrom('boven', 'Boven', ' gemiddeld ', 'Beneden gemiddeld', 'Above average', 'vooruit', 'gelijk', 'Achteruit gegaan'),
    },
    { weight: 1, arbitrary: fc.constantFrom('', '  ', 'onbekend', 'bóven', 'achter-uit') },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean()) },
  );
  const reasonText = fc.oneof(
    { weight: 6, arbitrary: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 8 })) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(3, {}) },
  );
  const extraKey = fc.constantFrom('opmerking', 'Waarde', 'toString', '__proto__x');
  const extraField = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(extraKey, scoreValue) });
  const scoreInput = fc
    .record(
      {
        waarde: scoreValue,
        verschil: scoreValue,
        klasse: classText,
        ontwikkeling: classText,
        reden: reasonText,
        ontwikkelingReden: reasonText,
        extra: extraField,
      },
      { requiredKeys: [] },
    )
    .map(({ extra, ...fields }) => {
      // Absent keys stay absent, as they do in JSON.
      const score: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) score[key] = value;
      }
      if (extra !== undefined) score[extra[0]] = extra[1];
      return score;
    });
  const anyScore = fc.oneof({ weight: 8, arbitrary: scoreInput }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 3, 'boven', [], true) });

  function problemsOf(value: unknown, scales: ScoreScales): number {
    const problems = new ProblemList();
    readScore(value, scales, JsonPath.root, problems);
    return problems.toArray().length;
  }

  it('accepts only scores the reader accepts silently', async () => {
    const bounded = await fixtureScales();
    const unbounded = unboundedScales(bounded);

    for (const scales of [bounded, unbounded]) {
      let accepted = 0;
      fc.assert(
        fc.property(anyScore, (value) => {
          if (isCleanScore(value, scales)) {
            accepted++;
            expect(problemsOf(value, scales), JSON.stringify(value)).to.equal(0);
          }
        }),
        { numRuns: 3000 },
      );
      // The property proves nothing unless the generator also makes clean scores.
      expect(accepted).to.be.greaterThan(100);
    }
  });

  it('accepts plain scores', async () => {
    const scales = await fixtureScales();
    const plain: Record<string, unknown>[] = [
      {},
      { waarde: 0.1, klasse: 'gemiddeld' },
      { waarde: null, reden: 'geen-gegevens', ontwikkelingReden: 'geen-vorige-editie' },
      { waarde: -2, verschil: 0.3 },
      { waarde: 1, klasse: 'Boven gemiddeld', ontwikkeling: 'vooruit', verschil: 0.5 },
    ];
    for (const value of plain) {
      expect(isCleanScore(value, scales), JSON.stringify(value)).to.equal(true);
    }
  });

  it('accepts every score key', async () => {
    const scales = await fixtureScales();
    for (const key of SCORE_KEY_LIST) {
      expect(isCleanScore({ [key]: null }, scales), key).to.equal(true);
    }
  });

  it('leaves other scores to the reader', async () => {
    const scales = await fixtureScales();
    const other: unknown[] = [
      null,
      [],
      { waarde: '6,8' },
      { waarde: NaN },
      { klasse: 'onbekend' },
      { klasse: '' },
      { opmerking: 'x' },
      { reden: 3 },
    ];
    for (const value of other) {
      expect(isCleanScore(value, scales), JSON.stringify(value)).to.equal(false);
    }
  });

  it('reads a clean score like the reader', async () => {
    const scales = await fixtureScales();
    const input = { waarde: -0, verschil: 0.2, klasse: 'beneden gemiddeld', reden: null };

    const problems = new ProblemList();
    const score: Score = readScore(input, scales, JsonPath.root, problems);
    expect(isCleanScore(input, scales)).to.equal(true);
    expect(problems.toArray()).to.deep.equal([]);
    expect(score.value).to.equal(0);
    expect(Object.is(score.value, -0)).to.equal(false);
    expect(score.klasse?.id).to.equal('beneden');
    expect(score.ontwikkeling?.id).to.equal('vooruit');
  });
});
