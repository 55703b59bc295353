import { expect } from '@open-wc/testing';
import { html, renderTaart, shadow } from './helpers.js';

const ONE_THEMA = JSON.stringify({
  gebied: 'Binnenstad oost',
  jaar: 2020,
  totaal: 0.4,
  themas: [
    {
      naam: 'Welzijn',
      deelthemas: [
        { naam: 'Gezondheid', klasse: 'beneden gemiddeld' },
        { naam: 'Sport', klasse: 'gemiddeld' },
      ],
    },
  ],
});

describe('<profiel-taart> thema names', () => {
  it('passes an accessibility check with one thema', async () => {
    const element = await renderTaart(html`<profiel-taart loading="eager"><script type="application/json">${ONE_THEMA}</script></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  it('shows the name of a single thema', async () => {
    // The thema's ring closes on itself, and its name follows that ring.
    const element = await renderTaart(html`<profiel-taart loading="eager"><script type="application/json">${ONE_THEMA}</script></profiel-taart>`);
    const name = [...shadow(element).querySelectorAll<SVGTextContentElement>('svg textPath')].find((node) => node.textContent === 'Welzijn');

    expect(name, 'name on the ring').to.not.equal(undefined);
    // Text on a path shows only the glyphs that fit along the path.
    const path = shadow(element).querySelector<SVGPathElement>(name!.getAttribute('href')!)!;
    expect(path.getTotalLength(), 'length of the ring it follows').to.be.greaterThan(name!.getComputedTextLength());
  });
});

describe('<profiel-taart> class label in the centre', () => {
  /** The class label's lines under the total: every caption after "Totaal". */
  const labelLines = (element: Element) => [...shadow(element).querySelectorAll('.total-caption')].slice(1).map((node) => node.textContent!.trim());

  it('wraps onto two lines on a phone', async () => {
    const element = await renderTaart(
      html`<profiel-taart style="display: block; width: 300px" loading="eager" src="/demo/data/s-hertogenbosch.json" gebied="Het Zand" jaar="2020"></profiel-taart>`,
    );
    const lines = labelLines(element);

    expect(lines.join(' '), 'the whole label').to.equal('Beneden gemiddeld');
    expect(lines, 'lines').to.have.length(2);
  });

  it('keeps a long label whole at 300 px', async () => {
    const element = await renderTaart(
      html`<profiel-taart style="display: block; width: 300px; font-family: sans-serif" loading="eager" src="/demo/data/s-hertogenbosch.json" gebied="GM0796" jaar="2020" weergave="ontwikkeling"></profiel-taart>`,
    );
    const lines = labelLines(element);
    const circle = shadow(element).querySelector('.total-circle')!.getBoundingClientRect();
    const centre = { x: circle.left + circle.width / 2, y: circle.top + circle.height / 2 };
    const radius = circle.width / 2;
    const outside = [...shadow(element).querySelectorAll('.total-caption')].filter((node) => {
      const box = node.getBoundingClientRect();
      // The corners on the edge farther from the centre are the first to cross the circle.
      const y = Math.abs(box.top - centre.y) > Math.abs(box.bottom - centre.y) ? box.top : box.bottom;
      return [box.left, box.right].some((x) => Math.hypot(x - centre.x, y - centre.y) > radius);
    });

    expect(lines.join(' '), 'the whole label').to.equal('Ongeveer gelijk gebleven');
    expect(outside.map((node) => node.textContent), 'lines crossing the circle').to.deep.equal([]);
  });
});
