import { expect } from '@open-wc/testing';
import { validate } from '../../src/model/validate.js';
import type { Problem } from '../../src/model/types.js';

type Monitor = Record<string, any>;

/** Loads a fresh copy of the demo monitor of 's-Hertogenbosch: 122 gebieden over two jaren. */
async function loadDemoMonitor(): Promise<Monitor> {
  const response = await fetch('/demo/data/s-hertogenbosch.json');
  if (!response.ok) {
    throw new Error(`Fetching the demo monitor failed with HTTP ${response.status}.`);
  }
  return response.json();
}

function errorsOf(monitor: Monitor): Problem[] {
  return validate(monitor).problems.filter((problem) => problem.severity === 'error');
}

/** Lists problems as `code at path`, so that a failing assertion shows every problem found. */
function listProblems(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.code} at ${problem.path}`);
}

/** One mistake each, and the only error that mistake should produce. */
const SINGLE_MISTAKES: { name: string; change: (monitor: Monitor) => void; expected: string }[] = [
  {
    name: 'thema without id',
    change: (monitor) => delete monitor.themas[0].id,
    expected: 'key-missing at $.themas[0].id',
  },
  {
    name: 'thema with an empty id',
    change: (monitor) => (monitor.themas[0].id = ''),
    expected: 'string-empty at $.themas[0].id',
  },
  {
    name: 'thema that is not an object',
    change: (monitor) => (monitor.themas[4] = 'veiligheid'),
    expected: 'object-expected at $.themas[4]',
  },
  {
    name: 'thema without label',
    change: (monitor) => delete monitor.themas[0].label,
    expected: 'key-missing at $.themas[0].label',
  },
  {
    name: 'deelthema without id',
    change: (monitor) => delete monitor.themas[1].deelthemas[0].id,
    expected: 'key-missing at $.themas[1].deelthemas[0].id',
  },
  {
    name: 'deelthema id that is a number',
    change: (monitor) => (monitor.themas[1].deelthemas[0].id = 7),
    expected: 'string-expected at $.themas[1].deelthemas[0].id',
  },
  {
    name: 'thema with empty deelthemas',
    change: (monitor) => (monitor.themas[4].deelthemas = []),
    expected: 'deelthemas-empty at $.themas[4].deelthemas',
  },
  {
    name: 'buurt without code',
    change: (monitor) => delete monitor.gebieden[3].code,
    expected: 'key-missing at $.gebieden[3].code',
  },
  {
    name: 'gemeente without code',
    change: (monitor) => delete monitor.gebieden[0].code,
    expected: 'key-missing at $.gebieden[0].code',
  },
  {
    name: 'unknown klasse in a result',
    change: (monitor) => (monitor.resultaten[0].deelthemas.rondkomen.klasse = 'boven-gemidd'),
    expected: 'klasse-unknown at $.resultaten[0].deelthemas.rondkomen.klasse',
  },
  {
    name: 'class without id',
    change: (monitor) => delete monitor.schalen.situatie.klassen[0].id,
    expected: 'key-missing at $.schalen.situatie.klassen[0].id',
  },
  {
    name: 'scale without klassen',
    change: (monitor) => delete monitor.schalen.situatie.klassen,
    expected: 'key-missing at $.schalen.situatie.klassen',
  },
  {
    name: 'class with an invalid vanaf',
    change: (monitor) => (monitor.schalen.situatie.klassen[0].vanaf = 'hoog'),
    expected: 'number-invalid at $.schalen.situatie.klassen[0].vanaf',
  },
];

describe('validate: one error per mistake', () => {
  it('accepts the demo monitor', async () => {
    expect(errorsOf(await loadDemoMonitor())).to.deep.equal([]);
  });

  for (const { name, change, expected } of SINGLE_MISTAKES) {
    it(`reports ${name} once`, async () => {
      const monitor = await loadDemoMonitor();
      change(monitor);

      expect(listProblems(errorsOf(monitor))).to.deep.equal([expected]);
    });
  }

  it('reports a missing id and a missing label apart', async () => {
    const monitor = await loadDemoMonitor();
    delete monitor.themas[0].id;
    delete monitor.themas[0].label;

    expect(listProblems(errorsOf(monitor))).to.deep.equal(['key-missing at $.themas[0].id', 'key-missing at $.themas[0].label']);
  });
});

describe('validate: unknown references', () => {
  it('still reports a result with an unknown thema', async () => {
    const monitor = await loadDemoMonitor();
    const themas = monitor.resultaten[0].themas;
    themas['werk-lerne'] = themas['werk-leren'];
    delete themas['werk-leren'];

    expect(listProblems(errorsOf(monitor))).to.deep.equal(['thema-unknown at $.resultaten[0].themas["werk-lerne"]']);
  });

  it('still reports a result with an unknown deelthema', async () => {
    const monitor = await loadDemoMonitor();
    const deelthemas = monitor.resultaten[1].deelthemas;
    deelthemas.rondkomn = deelthemas.rondkomen;
    delete deelthemas.rondkomen;

    expect(listProblems(errorsOf(monitor))).to.deep.equal(['deelthema-unknown at $.resultaten[1].deelthemas.rondkomn']);
  });

  it('still reports a result for an unknown gebied', async () => {
    const monitor = await loadDemoMonitor();
    monitor.resultaten[2].gebied = 'BU99999999';

    expect(listProblems(errorsOf(monitor))).to.deep.equal(['result-gebied-unknown at $.resultaten[2].gebied']);
  });

  it('still reports an unknown ouder', async () => {
    const monitor = await loadDemoMonitor();
    monitor.gebieden[3].ouder = 'WK99999999';

    expect(listProblems(errorsOf(monitor))).to.deep.equal(['ouder-unknown at $.gebieden[3].ouder']);
  });
});
