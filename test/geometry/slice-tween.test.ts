import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { arc } from 'd3-shape';
import { ArcTween, arcShapePath, easeCubicInOut, type ArcShape } from '../../src/geometry/slice-tween.js';

/** Draws `shape` with d3-shape's `arc()` and the pad radius that the charts use. */
function d3Path(shape: ArcShape): string {
  return arc<ArcShape>().innerRadius(shape.innerRadius).outerRadius(shape.outerRadius).padAngle(shape.padAngle).padRadius(shape.outerRadius)(shape) ?? '';
}

function shape(id: string, startAngle: number, endAngle: number, innerRadius = 40, outerRadius = 80, padAngle = 0.012): ArcShape {
  return { id, startAngle, endAngle, innerRadius, outerRadius, padAngle };
}

const angle = fc.double({ min: -7, max: 7, noNaN: true });
const radius = fc.double({ min: 0, max: 400, noNaN: true });
const pad = fc.oneof(fc.constant(0), fc.constant(0.012), fc.double({ min: 0, max: 0.5, noNaN: true }));

describe('arcShapePath', () => {
  it('pads at the outer radius by default', () => {
    fc.assert(
      fc.property(angle, angle, radius, radius, pad, (startAngle, endAngle, innerRadius, outerRadius, padAngle) => {
        fc.pre(Math.abs(endAngle - startAngle) > 1e-6);
        const slice = shape('x', startAngle, endAngle, innerRadius, outerRadius, padAngle);
        expect(arcShapePath(slice)).to.equal(d3Path(slice));
      }),
      { numRuns: 500 },
    );
  });

  it('pads at a given pad radius', () => {
    const slice = { ...shape('x', 0, 1, 40, 80, 0.05), padRadius: 200 };
    const expected = arc<ArcShape>().innerRadius(40).outerRadius(80).padAngle(0.05).padRadius(200)(slice);
    expect(arcShapePath(slice)).to.equal(expected);
    expect(arcShapePath(slice)).to.not.equal(d3Path(slice));
  });

  it('draws nothing for a zero angle', () => {
    expect(arcShapePath(shape('x', 1, 1))).to.equal('');
  });
});

describe('ArcTween', () => {
  const from = [shape('a', 0, 1), shape('b', 1, 2), shape('gone', 2, 3)];
  const to = [shape('a', 0, 1.5), shape('b', 1.5, 2), shape('new', 2, 3)];

  it('starts on screen and ends on the targets', () => {
    const tween = new ArcTween(from, to);
    expect(tween.ids).to.deep.equal(['a', 'b', 'new', 'gone']);
    expect(tween.path(0, 0)).to.equal(arcShapePath(from[0]));
    expect(tween.path(3, 0)).to.equal(arcShapePath(from[2]));
    for (let index = 0; index < to.length; index++) {
      expect(tween.shape(index, 1)).to.deep.equal({ ...to[index], padRadius: to[index].outerRadius });
      expect(tween.path(index, 1)).to.equal(arcShapePath(to[index]));
    }
  });

  it('grows entering slices from their middle', () => {
    const tween = new ArcTween(from, to);
    const start = tween.shape(2, 0);
    expect(start.startAngle).to.equal(2.5);
    expect(start.endAngle).to.equal(2.5);
    expect(tween.path(2, 0)).to.equal('');
    expect(tween.isExiting(2)).to.equal(false);
  });

  it('shrinks exiting slices to their middle', () => {
    const tween = new ArcTween(from, to);
    expect(tween.isExiting(3)).to.equal(true);
    const end = tween.shape(3, 1);
    expect(end.startAngle).to.equal(2.5);
    expect(end.endAngle).to.equal(2.5);
    expect(tween.path(3, 1)).to.equal('');
  });

  it('moves a slice halfway at t = 0.5', () => {
    const tween = new ArcTween(from, to);
    expect(tween.shape(0, 0.5).endAngle).to.be.closeTo(1.25, 1e-12);
    expect(tween.path(0, 0.5)).to.equal(arcShapePath(shape('a', 0, 1.25)));
  });

  it('marks slices that do not move as still', () => {
    const tween = new ArcTween(from, [shape('a', 0, 1), shape('b', 1.5, 2)]);
    expect(tween.isStill(0)).to.equal(true);
    expect(tween.isStill(1)).to.equal(false);
  });

  it('keeps every frame finite', () => {
    const broken = [shape('a', NaN, Infinity, -5, NaN, NaN)];
    const tween = new ArcTween(broken, [shape('a', 0, 1)]);
    for (const t of [0, 0.25, 0.5, 1, NaN, -1, 2]) expect(tween.path(0, t)).to.not.match(/NaN|Infinity/);
  });
});

describe('easeCubicInOut', () => {
  it('runs from 0 to 1 through the middle', () => {
    expect(easeCubicInOut(0)).to.equal(0);
    expect(easeCubicInOut(0.5)).to.equal(0.5);
    expect(easeCubicInOut(1)).to.equal(1);
    expect(easeCubicInOut(2)).to.equal(1);
  });
});
