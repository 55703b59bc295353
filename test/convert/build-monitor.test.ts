import { expect } from '@open-wc/testing';
import { csvFormat, csvParse } from 'd3-dsv';
import { buildMonitor, type ConversionMapping, type ConversionSources } from '../../src/convert/index.js';
import type { MonitorInput, ResultInput } from '../../src/model/types.js';
import { loadMapping, loadSliceSources } from './fixtures.js';

// Expected numbers below come from the slice in test/fixtures/rivm-slice: buurten BU07960101, 0102
// and 0104 have values in both jaren, BU07960208 only in 2020, BU07960201 in neither ("." cells).
// So the 2016 standard deviations run over three buurten and the 2020 ones over four.

function resultOf(monitor: MonitorInput, gebied: string, jaar: number): ResultInput {
  const result = monitor.resultaten.find((candidate) => candidate.gebied === gebied && candidate.jaar === jaar);
  if (!result) {
    throw new Error(`No result for ${gebied} in ${jaar}.`);
  }
  return result;
}

/** Returns the CSV with the cell of `code` in `column` replaced by `value`. */
function setCell(csv: string, code: string, column: string, value: string): string {
  const rows = csvParse(csv);
  const row = rows.find((candidate) => candidate.Codering_3 === code);
  if (!row) {
    throw new Error(`No row ${code} in the fixture.`);
  }
  row[column] = value;
  return csvFormat(rows, rows.columns);
}

describe('buildMonitor', () => {
  let mapping: ConversionMapping;
  let sources: ConversionSources;
  let monitor: MonitorInput;

  before(async () => {
    mapping = await loadMapping();
    sources = await loadSliceSources();
    monitor = buildMonitor(sources, mapping);
  });

  describe('gebieden', () => {
    it('keeps only indeling 2020', () => {
      const codes = monitor.gebieden.map((gebied) => gebied.code);
      expect(codes).to.deep.equal([
        'GM0796',
        'WK079601',
        'BU07960101',
        'BU07960102',
        'BU07960104',
        'WK079602',
        'BU07960201',
        'BU07960208',
        'WK079608',
      ]);
    });

    it('reads type and ouder', () => {
      expect(monitor.gebieden[0]).to.deep.equal({ code: 'GM0796', naam: "'s-Hertogenbosch", type: 'gemeente' });
      expect(monitor.gebieden.find((gebied) => gebied.code === 'WK079608')).to.deep.equal({
        code: 'WK079608',
        naam: 'Empel',
        type: 'dorp',
        ouder: 'GM0796',
      });
    });

    it('has a result per gebied and jaar', () => {
      expect(monitor.resultaten.length).to.equal(2 * 9);
      expect(monitor.resultaten.slice(0, 9).every((result) => result.jaar === 2016)).to.equal(true);
      expect(monitor.resultaten.slice(9).every((result) => result.jaar === 2020)).to.equal(true);
    });
  });

  describe('situatie', () => {
    it('z-score of a buurt indicator', () => {
      // Rondkomen has one indicator, MoeiteMetRondkomen_38 (lower is better). In 2016 the buurten
      // with a value are 18.4, 19.4 and 25.6: mean 21.133, squared deviations 7.471 + 3.004 + 19.951 =
      // 30.427, sample sd = sqrt(30.427 / 2) = 3.900. Gemeente 19.4, BU07960104 25.6:
      // z = −(25.6 − 19.4) / 3.900 = −1.590, stored as −1.59.
      const score = resultOf(monitor, 'BU07960104', 2016).deelthemas?.rondkomen;
      expect(score?.waarde).to.equal(-1.59);
      expect(score?.klasse).to.equal('beneden');
    });

    it('z-score of a wijk against buurt spread', () => {
      // 2020: buurten 13.8, 14.6, 18.7, 17.2 give sd 2.274; gemeente 13.2, Binnenstad 15.3:
      // z = −(15.3 − 13.2) / 2.274 = −0.924.
      const score = resultOf(monitor, 'WK079601', 2020).deelthemas?.rondkomen;
      expect(score?.waarde).to.equal(-0.92);
      expect(score?.klasse).to.equal('beneden');
    });

    it('gemeente is zero by construction', () => {
      for (const jaar of [2016, 2020]) {
        const result = resultOf(monitor, 'GM0796', jaar);
        expect(result.totaal?.waarde, `totaal ${jaar}`).to.equal(0);
        expect(result.totaal?.klasse, `klasse ${jaar}`).to.equal('gemiddeld');
        expect(result.deelthemas?.gezondheid?.waarde, `gezondheid ${jaar}`).to.equal(0);
      }
    });

    it('deelthema mean of two indicators', () => {
      // z(_24) = −1.2019 and z(_25) = −0.7983, mean −1.0001.
      expect(resultOf(monitor, 'WK079601', 2020).deelthemas?.['psychische-gezondheid']?.waarde).to.equal(-1);
    });

    it('deelthema mean skips a missing indicator', () => {
      const edited: ConversionSources = {
        ...sources,
        edities: [
          sources.edities[0],
          { jaar: 2020, csv: setCell(sources.edities[1].csv, 'WK079601', 'HoogRisicoOpAngstOfDepressie_25', '') },
        ],
      };
      const score = buildMonitor(edited, mapping).resultaten.find(
        (result) => result.gebied === 'WK079601' && result.jaar === 2020,
      )?.deelthemas?.['psychische-gezondheid'];

      // Only z(_24) = −1.2019 remains; counting the blank as 0 would give −0.60.
      expect(score?.waarde).to.equal(-1.2);
      expect(score?.klasse).to.equal('beneden');
      expect(score?.verschil).to.equal(-0.53);
    });

    it('totaal skips a thema without data', () => {
      // 2016 has no Geluidhinder, so totaal = mean(werk-leren −0.3077, welzijn 0.1838, samenleven −0.9373).
      const result = resultOf(monitor, 'WK079601', 2016);
      expect(result.themas?.leefomgeving?.waarde).to.equal(null);
      expect(result.totaal?.waarde).to.equal(-0.35);
    });

    it('missing buurt stays null', () => {
      const result = resultOf(monitor, 'BU07960201', 2020);
      expect(result.totaal).to.deep.equal({ waarde: null, reden: 'geen-gegevens', ontwikkelingReden: 'geen-gegevens' });
      expect(result.deelthemas?.rondkomen?.waarde).to.equal(null);
      expect(result.deelthemas?.rondkomen?.reden).to.equal('geen-gegevens');
    });

    it('wholly missing deelthema stays null', () => {
      const edited: ConversionSources = {
        ...sources,
        edities: [sources.edities[0], { jaar: 2020, csv: setCell(sources.edities[1].csv, 'WK079601', 'MoeiteMetRondkomen_38', '') }],
      };
      const result = buildMonitor(edited, mapping).resultaten.find(
        (candidate) => candidate.gebied === 'WK079601' && candidate.jaar === 2020,
      );

      expect(result?.deelthemas?.rondkomen).to.deep.equal({ waarde: null, reden: 'geen-gegevens', ontwikkelingReden: 'geen-gegevens' });
      expect(result?.themas?.['werk-leren']?.waarde).to.equal(null);
      expect(result?.totaal?.waarde).to.not.equal(null);
    });

    it('veiligheid has no data', () => {
      for (const result of monitor.resultaten) {
        const where = `${result.gebied} ${result.jaar}`;
        expect(result.themas?.veiligheid?.waarde, where).to.equal(null);
        expect(result.themas?.veiligheid?.reden, where).to.equal('geen-gegevens');
        for (const id of ['overlast', 'criminaliteit', 'veiligheidsbeleving']) {
          expect(result.deelthemas?.[id]?.waarde, `${where} ${id}`).to.equal(null);
          expect(result.deelthemas?.[id]?.reden, `${where} ${id}`).to.equal('geen-gegevens');
        }
      }
    });
  });

  describe('ontwikkeling', () => {
    it('development of a wijk indicator', () => {
      // Binnenstad 20.6 (2016) → 15.3 (2020), 2016 sd 3.900, lower is better:
      // −(15.3 − 20.6) / 3.900 = 1.359.
      const score = resultOf(monitor, 'WK079601', 2020).deelthemas?.rondkomen;
      expect(score?.verschil).to.equal(1.36);
      expect(score?.ontwikkeling).to.equal('vooruit');
    });

    it('totaal development classes', () => {
      const cases = [
        { gebied: 'WK079601', verschil: 0.25, ontwikkeling: 'vooruit' },
        { gebied: 'BU07960101', verschil: 0.17, ontwikkeling: 'gelijk' },
        { gebied: 'WK079608', verschil: -0.26, ontwikkeling: 'achteruit' },
        { gebied: 'GM0796', verschil: 0.23, ontwikkeling: 'vooruit' },
      ];
      for (const expected of cases) {
        const totaal = resultOf(monitor, expected.gebied, 2020).totaal;
        expect(totaal?.verschil, expected.gebied).to.equal(expected.verschil);
        expect(totaal?.ontwikkeling, expected.gebied).to.equal(expected.ontwikkeling);
      }
    });

    it('2016 has no previous edition', () => {
      for (const result of monitor.resultaten.filter((candidate) => candidate.jaar === 2016)) {
        const scores = [result.totaal, ...Object.values(result.themas ?? {}), ...Object.values(result.deelthemas ?? {})];
        for (const score of scores) {
          expect(score?.ontwikkelingReden, result.gebied).to.equal('geen-vorige-editie');
          expect(score, result.gebied).to.not.have.property('verschil');
          expect(score, result.gebied).to.not.have.property('ontwikkeling');
        }
      }
    });

    it('geluidhinder has no development', () => {
      const result = resultOf(monitor, 'WK079601', 2020);
      // Binnenstad 8.9 against gemeente 7.3; buurten 8.7, 8.8, 9.7, 4.5 give sd 2.327:
      // z = −(8.9 − 7.3) / 2.327 = −0.688.
      expect(result.deelthemas?.geluidhinder).to.deep.equal({
        waarde: -0.69,
        klasse: 'beneden',
        ontwikkelingReden: 'geen-vorige-editie',
      });
      expect(result.themas?.leefomgeving?.ontwikkelingReden).to.equal('geen-vorige-editie');
    });

    it('buurt without 2016 value', () => {
      const result = resultOf(monitor, 'BU07960208', 2020);
      expect(result.totaal?.waarde).to.equal(0.16);
      expect(result.totaal?.ontwikkelingReden).to.equal('geen-gegevens');
      expect(result.deelthemas?.rondkomen?.ontwikkelingReden).to.equal('geen-gegevens');
    });
  });

  describe('input checks', () => {
    it('rejects an unknown column', () => {
      const broken = structuredClone(mapping);
      broken.themas[0].deelthemas[0].indicatoren[0].kolom = 'MoeiteMetRondkomen_99';
      expect(() => buildMonitor(sources, broken)).to.throw('MoeiteMetRondkomen_99');
    });

    it('rejects a 65+ file', () => {
      const other = structuredClone(sources);
      other.edities[0].csv = other.edities[0].csv.replaceAll(',20300,', ',80200,');
      expect(() => buildMonitor(other, mapping)).to.throw('no row for gemeente GM0796');
    });

    it('rejects swapped jaren', () => {
      const swapped: ConversionSources = {
        ...sources,
        edities: [
          { jaar: 2016, csv: sources.edities[1].csv },
          { jaar: 2020, csv: sources.edities[0].csv },
        ],
      };
      expect(() => buildMonitor(swapped, mapping)).to.throw('period "2020JJ00"');
    });

    it('rejects a comma decimal', () => {
      const other = structuredClone(sources);
      other.edities[1].csv = setCell(other.edities[1].csv, 'BU07960101', 'MoeiteMetRondkomen_38', '13,8');
      expect(() => buildMonitor(other, mapping)).to.throw('Invalid number "13,8" in column MoeiteMetRondkomen_38 for BU07960101');
    });

    it('rejects rising vanaf', () => {
      const broken = structuredClone(mapping);
      broken.schalen.situatie.klassen[1].vanaf = 0.7;
      expect(() => buildMonitor(sources, broken)).to.throw('must fall from best to worst');
    });
  });
});
