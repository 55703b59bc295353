import { expect } from '@open-wc/testing';
import { MONITOR_URL, html, renderTaart, shadow } from '../elements/helpers.js';

/** Parses `rgb(r, g, b)` as returned by getComputedStyle. */
function parseRgb(color: string): [number, number, number] {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Relative luminance as defined by WCAG 2.1. */
function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of two CSS colours. */
function contrast(first: string, second: string): number {
  const [a, b] = [luminance(parseRgb(first)), luminance(parseRgb(second))].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

const WHITE = 'rgb(255, 255, 255)';

describe('default colour tokens', () => {
  it('separate slices from their borders by 3:1', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const slices = [...shadow(element).querySelectorAll<SVGPathElement>('path.slice:not(.no-data)')];
    expect(slices.length).to.be.greaterThan(0);
    for (const slice of slices) {
      const style = getComputedStyle(slice);
      expect(contrast(style.fill, style.stroke), slice.dataset.id).to.be.at.least(3);
      expect(contrast(style.fill, WHITE), `${slice.dataset.id} against the page`).to.be.at.least(3);
    }
  });

  it('keep white text on every class colour at 4.5:1', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const probe = document.createElement('div');
    shadow(element).append(probe);
    const classes = ['plus-3', 'plus-2', 'plus-1', 'neutral', 'minus-1', 'minus-2', 'minus-3'];
    try {
      for (const name of classes) {
        probe.className = `rating-${name}`;
        probe.style.color = 'var(--_fill)';
        const fill = getComputedStyle(probe).color;
        expect(contrast(fill, WHITE), name).to.be.at.least(4.5);
      }
    } finally {
      probe.remove();
    }
  });

  it('mark missing data with a 3:1 border', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const slice = shadow(element).querySelector<SVGPathElement>('path.slice.no-data')!;
    expect(contrast(getComputedStyle(slice).stroke, WHITE)).to.be.at.least(3);
  });

  it('keep text at 4.5:1 on its background', async () => {
    const element = await renderTaart(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>`);
    const root = shadow(element);
    const pairs: [string, Element][] = [
      ['title', root.querySelector('.title')!],
      ['subtitle', root.querySelector('.subtitle')!],
      ['source', root.querySelector('.source')!],
      ['details', root.querySelector('.details')!],
    ];
    for (const [name, node] of pairs) {
      const color = getComputedStyle(node).color;
      const background = getComputedStyle(node).backgroundColor;
      const behind = background === 'rgba(0, 0, 0, 0)' ? WHITE : background;
      expect(contrast(color, behind), name).to.be.at.least(4.5);
    }
  });
});
