import { expect } from '@open-wc/testing';
import { estimateTextWidth, wrapText } from '../../src/render/index.js';

const SAMPLES = [
  'Binnenstad centrum',
  'Psychische gezondheid',
  "'s-Hertogenbosch, 2020",
  'Sint-Michielsgestel: één café',
  'Werk & leren',
  '−0,4 … 6,8',
  'WMQ ilj 0123456789',
];

/** Measures with a canvas in Liberation Sans, which has the metrics of Arial and Helvetica. */
function canvasWidth(text: string, size: number, bold: boolean): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${bold ? '700 ' : ''}${size}px "Liberation Sans"`;
  return context.measureText(text).width;
}

describe('estimateTextWidth', () => {
  before(async () => {
    await document.fonts.load('13px "Liberation Sans"');
    await document.fonts.load('700 13px "Liberation Sans"');
  });

  for (const sample of SAMPLES) {
    it(`matches Liberation Sans for ${JSON.stringify(sample)}`, () => {
      const regular = canvasWidth(sample, 13, false);
      const bold = canvasWidth(sample, 13, true);

      expect(estimateTextWidth(sample, 13)).to.be.closeTo(regular, regular * 0.02);
      expect(estimateTextWidth(sample, 13, 'bold')).to.be.closeTo(bold, bold * 0.02);
    });
  }

  it('scales with the font size', () => {
    expect(estimateTextWidth('Welzijn', 26)).to.equal(2 * estimateTextWidth('Welzijn', 13));
  });

  it('gives an empty text no width', () => {
    expect(estimateTextWidth('', 13)).to.equal(0);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => estimateTextWidth(text, 12);

  it('breaks at spaces within the width', () => {
    const lines = wrapText("Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor 2016 en 2020; indeling: CBS", 200, measure);

    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) {
      expect(measure(line)).to.be.at.most(200);
    }
    expect(lines.join(' ')).to.equal("Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor 2016 en 2020; indeling: CBS");
  });

  it('keeps a long word on its own line', () => {
    expect(wrapText('a Veiligheidsbelevingsonderzoek b', 50, measure)).to.deep.equal(['a', 'Veiligheidsbelevingsonderzoek', 'b']);
  });
});
