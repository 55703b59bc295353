import { expect } from '@open-wc/testing';
import { TRANSITION_MS, sliceTransitionStyles } from '../../src/elements/shared/slice-transition.js';

/** Renders a transitioning slice in a shadow root that adopts sliceTransitionStyles. */
function renderSlice(): { slice: SVGPathElement; remove: () => void } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sliceTransitionStyles.styleSheet!];

  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.classList.add('transitioning');
  const slice = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  slice.classList.add('slice');
  svg.append(slice);
  root.append(svg);
  return { slice, remove: () => host.remove() };
}

describe('sliceTransitionStyles', () => {
  it('fades slice fills over TRANSITION_MS', () => {
    const { slice, remove } = renderSlice();
    const style = getComputedStyle(slice);

    expect(style.transitionProperty).to.equal('fill');
    expect(style.transitionDuration).to.equal(`${TRANSITION_MS / 1000}s`);
    expect(style.transitionTimingFunction).to.equal('cubic-bezier(0.65, 0, 0.35, 1)');
    remove();
  });
});
