import { expect } from '@open-wc/testing';
import { layoutProfile, fitText, fitTextInSizes, textArcPath } from '../../src/geometry/profile-layout.js';
import { trendMarkerPath, trendShape } from '../../src/geometry/markers.js';

const FIVE_THEMAS = [
  { id: 'werk-leren', deelthemas: ['rondkomen'] },
  { id: 'welzijn', deelthemas: ['gezondheid', 'psychisch', 'regie', 'sport'] },
  { id: 'samenleven', deelthemas: ['contacten', 'betrokkenheid'] },
  { id: 'leefomgeving', deelthemas: ['geluidhinder'] },
  { id: 'veiligheid', deelthemas: ['overlast', 'criminaliteit', 'beleving'] },
];

/** Rounds every number in SVG path data to 2 decimals, so paths compare across engines. */
function roundPath(path: string): string {
  return path.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (number) => String(Math.round(Number(number) * 100) / 100));
}

function hasNonFinite(text: string): boolean {
  return /NaN|Infinity/.test(text);
}

describe('layoutProfile', () => {
  it('gives every thema an equal angle', () => {
    const layout = layoutProfile(FIVE_THEMAS, 400);
    const angles = layout.themas.map((slice) => slice.endAngle - slice.startAngle);
    for (const angle of angles) expect(angle).to.be.closeTo((2 * Math.PI) / 5, 1e-9);
  });

  it('keeps the data order of themas', () => {
    const layout = layoutProfile(FIVE_THEMAS, 400);
    expect(layout.themas.map((slice) => slice.id)).to.deep.equal(FIVE_THEMAS.map((thema) => thema.id));
    expect(layout.themas[0].startAngle).to.equal(0);
  });

  it('splits a thema equally among its deelthemas', () => {
    const layout = layoutProfile(FIVE_THEMAS, 400);
    const welzijn = layout.deelthemas.filter((slice) => slice.themaIndex === 1);
    expect(welzijn.map((slice) => slice.id)).to.deep.equal(['gezondheid', 'psychisch', 'regie', 'sport']);
    for (const slice of welzijn) expect(slice.endAngle - slice.startAngle).to.be.closeTo((2 * Math.PI) / 5 / 4, 1e-9);
    expect(welzijn[0].startAngle).to.be.closeTo(layout.themas[1].startAngle, 1e-9);
    expect(welzijn[3].endAngle).to.be.closeTo(layout.themas[1].endAngle, 1e-9);
  });

  it('nests rings from centre outwards', () => {
    const { radius } = layoutProfile(FIVE_THEMAS, 400);
    expect(radius.total).to.be.below(radius.themaInner);
    expect(radius.themaInner).to.be.below(radius.themaOuter);
    expect(radius.themaOuter).to.be.below(radius.deelthemaInner);
    expect(radius.deelthemaInner).to.be.below(radius.deelthemaOuter);
  });

  it('fits the chart into a 280 px container', () => {
    const layout = layoutProfile(FIVE_THEMAS, 280);
    expect(layout.width).to.equal(280);
    expect(layout.center[0] + layout.radius.deelthemaOuter).to.be.at.most(280);
    expect(layout.outerLabels).to.equal(false);
  });

  it('centres the first of two themas on the right', () => {
    const layout = layoutProfile([{ id: 'a', deelthemas: ['x'] }, { id: 'b', deelthemas: ['y'] }], 300);
    // Narrow: radius 300 / 2 − 8 = 142; the thema ring runs from 0.36 to 0.56 of it, so its middle is
    // at 0.46 × 142 = 65.32, and the first half circle is centred at 3 o'clock.
    expect(layout.radius.deelthemaOuter).to.equal(142);
    expect(layout.themas[0].centroid[0]).to.be.closeTo(65.32, 0.01);
    expect(layout.themas[0].centroid[1]).to.be.closeTo(0, 0.01);
    expect(roundPath(layout.themas[0].path)).to.match(/^M[\d.]+,-[\d.]+A/);
  });

  it('stays finite with zero themas', () => {
    const layout = layoutProfile([], 400);
    expect(layout.themas).to.have.length(0);
    expect(layout.deelthemas).to.have.length(0);
    expect(hasNonFinite(JSON.stringify(layout))).to.equal(false);
  });

  it('stays finite with a thema without deelthemas', () => {
    const layout = layoutProfile([{ id: 'leeg', deelthemas: [] }, ...FIVE_THEMAS], 400);
    expect(layout.themas).to.have.length(6);
    expect(layout.deelthemas).to.have.length(11);
    expect(hasNonFinite(layout.themas.map((slice) => slice.path).join(''))).to.equal(false);
  });

  it('stays finite with NaN, zero and negative widths', () => {
    for (const width of [Number.NaN, 0, -50, Number.POSITIVE_INFINITY]) {
      const layout = layoutProfile(FIVE_THEMAS, width);
      expect(hasNonFinite(JSON.stringify(layout)), `width ${width}`).to.equal(false);
      expect(layout.width, `width ${width}`).to.be.greaterThan(0);
    }
  });

  it('handles sixty deelthemas in one thema', () => {
    const many = Array.from({ length: 60 }, (_, index) => `d${index}`);
    const layout = layoutProfile([{ id: 'veel', deelthemas: many }], 800);
    expect(layout.deelthemas).to.have.length(60);
    expect(hasNonFinite(JSON.stringify(layout))).to.equal(false);
  });

  it('draws a single full ring without a gap', () => {
    const layout = layoutProfile([{ id: 'enig', deelthemas: ['alleen'] }], 400);
    expect(layout.deelthemas[0].endAngle - layout.deelthemas[0].startAngle).to.be.closeTo(2 * Math.PI, 1e-9);
    expect(layout.deelthemas[0].path).to.not.equal('');
  });
});

describe('outer labels', () => {
  it('are placed on wide containers only', () => {
    expect(layoutProfile(FIVE_THEMAS, 800).labels).to.have.length(11);
    expect(layoutProfile(FIVE_THEMAS, 360).labels).to.have.length(0);
  });

  it('never overlap on one side', () => {
    const crowded = [{ id: 't', deelthemas: Array.from({ length: 30 }, (_, index) => `d${index}`) }];
    const layout = layoutProfile(crowded, 700, { lineHeight: 18 });
    for (const side of [1, -1]) {
      const ys = layout.labels.filter((slot) => slot.side === side).map((slot) => slot.position[1]).sort((a, b) => a - b);
      for (let index = 1; index < ys.length; index++) expect(ys[index] - ys[index - 1]).to.be.at.least(18 - 1e-9);
    }
  });

  it('stay inside the chart width', () => {
    const layout = layoutProfile(FIVE_THEMAS, 640);
    for (const slot of layout.labels) {
      const edge = layout.center[0] + slot.position[0] + slot.side * slot.maxWidth;
      expect(edge).to.be.within(0, layout.width);
    }
  });

  it('sit on the side of their slice', () => {
    const layout = layoutProfile(FIVE_THEMAS, 800);
    const first = layout.labels.find((slot) => slot.id === 'rondkomen')!;
    const last = layout.labels.find((slot) => slot.id === 'beleving')!;
    expect(first.side).to.equal(1);
    expect(last.side).to.equal(-1);
  });
});

describe('fitText', () => {
  const measure = (text: string) => Array.from(text).length * 10;

  it('keeps text that fits', () => {
    expect(fitText('Welzijn', 100, measure)).to.equal('Welzijn');
  });

  it('shortens with an ellipsis', () => {
    expect(fitText('Arbeidsmarktparticipatie', 100, measure)).to.equal('Arbeidsma…');
    expect(measure(fitText('Arbeidsmarktparticipatie', 100, measure))).to.be.at.most(100);
  });

  it('returns empty text when nothing fits', () => {
    expect(fitText('Welzijn', 15, measure)).to.equal('');
    expect(fitText('Welzijn', 0, measure)).to.equal('');
    expect(fitText('Welzijn', Number.NaN, measure)).to.equal('');
  });

  it('never splits a surrogate pair', () => {
    const text = fitText('😀😀😀😀😀😀', 40, measure);
    expect(text).to.equal('😀😀😀…');
  });
});

describe('fitTextInSizes', () => {
  // 7 px per character at 12px and 6 px at 10px.
  const measure = (text: string, size: string) => Array.from(text).length * (size === '12px' ? 7 : 6);
  const sizes = ['12px', '10px'];

  it('keeps the first size that fits', () => {
    expect(fitTextInSizes('Welzijn', 60, sizes, measure)).to.deep.equal({ text: 'Welzijn', size: 0 });
  });

  it('takes a smaller size before shortening', () => {
    // "Leefomgeving": 84 px at 12px, 72 px at 10px.
    expect(fitTextInSizes('Leefomgeving', 75, sizes, measure)).to.deep.equal({ text: 'Leefomgeving', size: 1 });
  });

  it('shortens in the smallest size', () => {
    // Nine letters and "…" make 60 px at 10px.
    expect(fitTextInSizes('Leefomgeving', 60, sizes, measure)).to.deep.equal({ text: 'Leefomgev…', size: 1 });
  });
});

describe('textArcPath', () => {
  it('runs clockwise on the upper half', () => {
    expect(textArcPath(-0.5, 0.5, 100)).to.contain(' 0 0 1 ');
  });

  it('runs anticlockwise on the lower half', () => {
    expect(textArcPath(Math.PI - 0.5, Math.PI + 0.5, 100)).to.contain(' 0 0 0 ');
  });
});

describe('trend markers', () => {
  it('differ in shape by rating', () => {
    expect(trendShape(1)).to.equal('up');
    expect(trendShape(0)).to.equal('level');
    expect(trendShape(-2)).to.equal('down');
    const paths = new Set(['up', 'down', 'level'].map((shape) => trendMarkerPath(shape as 'up', 12)));
    expect(paths.size).to.equal(3);
  });
});
