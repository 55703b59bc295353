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
