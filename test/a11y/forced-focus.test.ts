import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, settled, shadow } from '../elements/helpers.js';
import { skipUnless } from '../support/engine.js';

async function emulate(payload: { features?: { name: string; value: string }[] }): Promise<boolean> {
  return executeServerCommand<boolean, typeof payload>('wbm-emulate-media', payload);
}

/** Returns the computed value of the system colour Highlight. */
function highlightColour(): string {
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = 'Highlight';
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * Renders every element in a 320 px column, so that the open tables scroll, and returns each
 * focusable control with the box that draws its focus ring.
 */
async function focusRings(): Promise<{ name: string; control: HTMLElement; ring: HTMLElement }[]> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: 320px">
    <profiel-taart src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
    <buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk>
    <thema-legenda src=${MONITOR_URL}></thema-legenda>
    <gebied-kiezer src=${MONITOR_URL}></gebied-kiezer>
  </div>`);
  const [taart, vergelijk, legenda, kiezer] = [...column.children] as HTMLElement[];
  await settled(taart as ProfielTaart);
  await waitUntil(
    () => shadow(vergelijk).querySelector('.table-scroll') && shadow(legenda).querySelector('.thema button') && shadow(kiezer).querySelector('input'),
    'the comparison, legend or picker did not render',
  );
  shadow(taart).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await (taart as ProfielTaart).updateComplete;

  const control = (element: HTMLElement, selector: string) => shadow(element).querySelector<HTMLElement>(selector)!;
  const own = (name: string, element: HTMLElement, selector: string) => ({ name, control: control(element, selector), ring: control(element, selector) });
  return [
    own('profieltaart chart', taart, '.chart'),
    own('profieltaart table toggle', taart, '.table-toggle'),
    own('profieltaart table box', taart, '.table-wrapper'),
    own('comparison view button', vergelijk, '.views button'),
    own('comparison sort field', vergelijk, 'select'),
    own('comparison table box', vergelijk, '.table-scroll'),
    own('legend thema', legenda, '.thema button'),
    { name: 'picker field', control: control(kiezer, 'input'), ring: control(kiezer, '.field') },
  ];
}

/** Returns the selectors of the rules in `root` that set `outline-color: Highlight` in forced colours. */
function forcedHighlightSelectors(root: ShadowRoot): string[] {
  const sheets = root.adoptedStyleSheets.length > 0 ? root.adoptedStyleSheets : [...root.styleSheets];
  const selectors: string[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('forced-colors')) continue;
      for (const inner of rule.cssRules) {
        if (inner instanceof CSSStyleRule && inner.style.getPropertyValue('outline-color').toLowerCase() === 'highlight') selectors.push(inner.selectorText);
      }
    }
  }
  return selectors;
}

describe('focus rings in forced colours', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('are declared Highlight for every control', async () => {
    const missing: string[] = [];
    for (const { name, control, ring } of await focusRings()) {
      control.focus();
      const selectors = forcedHighlightSelectors(ring.getRootNode() as ShadowRoot);
      if (!selectors.some((selector) => ring.matches(selector))) missing.push(name);
    }
    expect(missing).to.deep.equal([]);
  });

  it('show Highlight for every control', async function () {
    await skipUnless(this, 'forced-colors');
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const highlight = highlightColour();

    const wrong: string[] = [];
    for (const { name, control, ring } of await focusRings()) {
      control.focus();
      const style = getComputedStyle(ring);
      if (style.outlineStyle === 'none') wrong.push(`${name}: no focus ring`);
      else if (style.outlineColor !== highlight) wrong.push(`${name}: ${style.outlineColor}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('pressed buttons in forced colours', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('comparison and legend: Highlight background', async function () {
    await skipUnless(this, 'forced-colors');
    const column = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <buurt-vergelijk src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020"></buurt-vergelijk>
      <thema-legenda src=${MONITOR_URL}></thema-legenda>
    </div>`);
    const [vergelijk, legenda] = [...column.children] as HTMLElement[];
    await waitUntil(() => shadow(vergelijk).querySelector('.views button') && shadow(legenda).querySelector('.thema button'), 'nothing rendered');
    shadow(legenda).querySelector<HTMLButtonElement>('.thema button')!.click();
    await waitUntil(() => shadow(legenda).querySelector('.thema button[aria-pressed="true"]'), 'the thema was not pinned');

    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const highlight = highlightColour();
    const background = (element: HTMLElement, selector: string) => getComputedStyle(shadow(element).querySelector(selector)!).backgroundColor;

    expect(background(vergelijk, '.views button[aria-pressed="true"]'), 'pressed view button').to.equal(highlight);
    expect(background(vergelijk, '.views button[aria-pressed="false"]'), 'other view button').to.not.equal(highlight);
    expect(background(legenda, '.thema button[aria-pressed="true"]'), 'pinned thema').to.equal(highlight);
  });
});

describe('pinned legend thema in forced colours', () => {
  afterEach(async () => {
    await emulate({});
  });

  it('position ring: own slice in the text colour', async function () {
    await skipUnless(this, 'forced-colors');
    const legenda = await fixture<HTMLElement>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
    await waitUntil(() => shadow(legenda).querySelector('.thema button'), 'the legend did not render');
    shadow(legenda).querySelector<HTMLButtonElement>('.thema button')!.click();
    await waitUntil(() => shadow(legenda).querySelector('.thema button[aria-pressed="true"]'), 'the thema was not pinned');

    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const button = shadow(legenda).querySelector<HTMLButtonElement>('.thema button[aria-pressed="true"]')!;
    const own = getComputedStyle(button.querySelector('.position-own')!).fill;
    const other = getComputedStyle(button.querySelector('.position-other')!).fill;

    expect(own, 'own slice').to.equal(getComputedStyle(button).color);
    expect(own, 'own slice against the other slices').to.not.equal(other);
  });
});
