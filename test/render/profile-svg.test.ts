import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { CHART_COLORS, CLASS_COLORS } from '../../src/elements/shared/palette.js';
import { DEFAULT_FONT_FAMILY, renderProfile, renderProfileSvg } from '../../src/render/index.js';
import { profielTaartStyles } from '../../src/elements/profiel-taart/profiel-taart.styles.js';
import { validate } from '../../src/model/validate.js';
import type { GebiedResult, Monitor } from '../../src/model/types.js';

const DEMO_URL = '/demo/data/s-hertogenbosch.json';

async function loadDemo(): Promise<unknown> {
  const response = await fetch(DEMO_URL);
  return response.json();
}

/** Parses SVG text the way a browser opens an .svg file; fails the test on an XML error. */
function parseSvg(text: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = document.querySelector('parsererror');
  expect(error, error?.textContent ?? '').to.equal(null);
  return document.documentElement as unknown as SVGSVGElement;
}

function renderOk(input: unknown, options: Parameters<typeof renderProfile>[1]): string {
  const result = renderProfile(input, options);
  if (!result.ok) {
    throw new Error(`renderProfile failed: ${result.message.en}`);
  }
  return result.svg;
}

/** Numbers of SVG path data in order, to compare two paths with a tolerance for rounding. */
function pathNumbers(path: string | null): number[] {
  return (path?.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** Path commands without their numbers, e.g. `MAALAZ`. */
function pathCommands(path: string | null): string {
  return (path ?? '').replace(/[^A-Za-z]|e/g, '');
}

function selectDemo(monitor: Monitor, code: string, jaar: number): GebiedResult {
  return monitor.results.get(jaar)!.get(code)!;
}

describe('renderProfileSvg', () => {
  it('passes an accessibility check inline', async function () {
    this.timeout(60_000);
    const svg = renderOk(await loadDemo(), { gebied: 'Binnenstad centrum' });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = svg.replace(/^<\?xml[^>]*>\s*/, '');
    await expect(container).to.be.accessible();
  });

  it('writes a standalone, labelled SVG', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'Binnenstad centrum', width: 640 }));

    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.getAttribute('viewBox')).to.match(/^0 0 640 \d+$/);
    expect(root.getAttribute('width')).to.equal('640');
    expect(root.getAttribute('lang')).to.equal('nl');
    expect(root.getAttribute('font-family')).to.contain('sans-serif');

    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`title[id="${titleId}"]`)!.textContent).to.equal('Profieltaart Binnenstad centrum, 2020');
    const desc = root.querySelector(`desc[id="${descId}"]`)!.textContent!;
    expect(desc).to.contain('Situatie ten opzichte van het gemiddelde van de gemeente.');
    expect(desc).to.contain("Van de 11 deelthema's scoren er");
    expect(desc).to.contain('Totaal: −0,1, Gemiddeld');
    expect(desc).to.contain('Veiligheid: Geen gegevens');
    expect(desc).to.contain("Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor 2016 en 2020");
  });

  it('draws every slice, marker and label', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'Binnenstad centrum', width: 640 }));
    const texts = [...root.querySelectorAll('text')].map((text) => text.textContent);

    expect(root.querySelectorAll('path.slice')).to.have.length(16);
    expect(root.querySelectorAll('g[data-deelthema] path.marker')).to.have.length(7);
    expect(root.querySelectorAll('text.label')).to.have.length(11);
    expect(texts).to.include('Rondkomen');
    expect(texts).to.include('Werk & leren');
    expect(texts).to.include('−0,1');
    expect(texts).to.include('Boven gemiddeld');
    expect(texts).to.include('Achteruit gegaan');
  });

  it('matches the element geometry', async function () {
    this.timeout(30_000);
    const data = await loadDemo();
    const container = await fixture<HTMLDivElement>(
      html`<div style="width: 640px; font-family: ${DEFAULT_FONT_FAMILY}">
        <profiel-taart .data=${data} gebied="Binnenstad centrum" jaar="2020"></profiel-taart>
      </div>`,
    );
    const element = container.querySelector<ProfielTaart>('profiel-taart')!;
    await waitUntil(
      () => element.shadowRoot?.querySelector('svg')?.getAttribute('viewBox')?.startsWith('0 0 640 '),
      'the element did not draw a 640 px chart',
      { timeout: 20_000 },
    );
    await element.updateComplete;

    const root = parseSvg(renderOk(data, { gebied: 'Binnenstad centrum', jaar: 2020, width: 640 }));
    const elementSlices = [...element.shadowRoot!.querySelectorAll('path.slice')];
    const staticSlices = [...root.querySelectorAll('path.slice')];
    expect(staticSlices.map((path) => path.getAttribute('data-id'))).to.deep.equal(
      elementSlices.map((path) => path.getAttribute('data-id')),
    );
    staticSlices.forEach((path, index) => {
      const id = path.getAttribute('data-id')!;
      const expected = elementSlices[index].getAttribute('d');
      const numbers = pathNumbers(path.getAttribute('d'));
      expect(pathCommands(path.getAttribute('d')), id).to.equal(pathCommands(expected));
      pathNumbers(expected).forEach((number, position) => {
        expect(numbers[position], `${id}, number ${position}`).to.be.closeTo(number, 0.02);
      });
    });

    const trends = (scope: ParentNode) => [...scope.querySelectorAll('path.marker[data-trend]')].map((path) => path.getAttribute('data-trend'));
    expect(trends(root.querySelector('g[data-thema]')!.parentElement!)).to.deep.equal(
      trends(element.shadowRoot!.querySelector('svg')!),
    );

    const elementLabels = [...element.shadowRoot!.querySelectorAll('text.label')].map((text) => text.textContent);
    const staticLabels = [...root.querySelectorAll('text.label')].map((text) => text.textContent);
    expect(staticLabels).to.deep.equal(elementLabels);
  });

  it('uses the element default colours', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'Binnenstad centrum', width: 640 }));
    const fillOf = (id: string) => root.querySelector(`path.slice[data-id="${id}"]`)!.getAttribute('fill');

    expect(fillOf('gezondheid')).to.equal(CLASS_COLORS['rating-plus-1']);
    expect(fillOf('rondkomen')).to.equal(CLASS_COLORS['rating-neutral']);
    expect(fillOf('geluidhinder')).to.equal(CLASS_COLORS['rating-minus-1']);
    expect(fillOf('overlast')).to.equal(CLASS_COLORS['no-data']);
    expect(root.querySelector('path.marker')!.getAttribute('fill')).to.equal(CHART_COLORS.marker);
    expect(root.querySelector('path.marker')!.getAttribute('stroke')).to.equal(CHART_COLORS.markerBorder);
  });

  it('keeps CHART_COLORS equal to the element styles', () => {
    const cssText = profielTaartStyles.map((sheet) => String(sheet)).join('\n');
    const fallbacks: [string, string][] = [
      ['--wbm-text-color', CHART_COLORS.text],
      ['--wbm-muted-text-color', CHART_COLORS.mutedText],
      ['--wbm-on-class-text-color', CHART_COLORS.onClassText],
      ['--wbm-slice-border-color', CHART_COLORS.sliceBorder],
      ['--wbm-no-data-border-color', CHART_COLORS.noDataBorder],
      ['--wbm-pattern-color', CHART_COLORS.pattern],
      ['--wbm-marker-color', CHART_COLORS.marker],
      ['--wbm-marker-border-color', CHART_COLORS.markerBorder],
      ['--wbm-leader-color', CHART_COLORS.leader],
    ];

    for (const [property, color] of fallbacks) {
      expect(cssText, property).to.contain(`var(${property}, ${color})`);
    }
  });

  it('lists deelthema names under a narrow chart', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'Binnenstad centrum', width: 360 }));
    const keyTexts = [...root.querySelectorAll('g.key text')].map((text) => text.textContent);

    expect(root.getAttribute('viewBox')).to.match(/^0 0 360 \d+$/);
    expect(root.querySelectorAll('text.label')).to.have.length(0);
    expect(keyTexts).to.include('Welzijn');
    expect(keyTexts).to.include('Psychische gezondheid');
    expect(keyTexts).to.include('Veiligheidsbeleving');
  });

  it('writes English with lang en', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'BU07960101', lang: 'en' }));

    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('title')!.textContent).to.equal('Profile chart Binnenstad centrum, 2020');
    expect(root.querySelector('desc')!.textContent).to.contain('Total: −0.1, Average');
  });

  it('keeps the total left to right inline in RTL', async () => {
    const svg = renderOk(await loadDemo(), { gebied: 'Binnenstad centrum', width: 640 });
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    page.innerHTML = svg.replace(/^<\?xml[^>]*>\s*/, '');
    const total = page.querySelector<SVGTextElement>('text.total-value')!;

    expect(total.textContent).to.equal('−0,1');
    expect(total.getExtentOfChar(0).x, 'x of the minus sign against the x of the digit after it').to.be.below(total.getExtentOfChar(1).x);
  });

  it('colours by development in weergave ontwikkeling', async () => {
    const data = await loadDemo();
    const { monitor } = validate(data);
    const result = selectDemo(monitor!, 'BU07960101', 2020);
    const root = parseSvg(renderProfileSvg(monitor!, result, { weergave: 'ontwikkeling' }));
    const fillOf = (id: string) => root.querySelector(`path.slice[data-id="${id}"]`)!.getAttribute('fill');

    expect(root.querySelector('desc')!.textContent).to.contain('Ontwikkeling sinds 2016');
    expect(fillOf('rondkomen')).to.equal(CLASS_COLORS['rating-plus-1']);
    expect(fillOf('betrokkenheid')).to.equal(CLASS_COLORS['rating-minus-1']);
  });

  it('escapes names from the data', () => {
    const profile = {
      gebied: '<script>alert(1)</script> & "Co"',
      jaar: 2022,
      bron: 'Bron: A & B <i>',
      themas: [
        { naam: 'Werk & leren', deelthemas: [{ naam: '</text><script>x</script>', klasse: 'boven' }] },
        { naam: "Welzijn 'x'", deelthemas: [{ naam: 'Gezondheid', klasse: 'beneden' }] },
      ],
    };
    const svg = renderOk(profile, { width: 360 });
    const root = parseSvg(svg);

    expect(root.querySelectorAll('script')).to.have.length(0);
    expect(root.querySelector('title')!.textContent).to.equal('Profieltaart <script>alert(1)</script> & "Co", 2022');
    expect([...root.querySelectorAll('g.key text')].map((text) => text.textContent)).to.include('</text><script>x</script>');
    expect(root.querySelector('text.source')!.textContent).to.equal('Bron: A & B <i>');
    expect(svg).not.to.contain('<script>');
  });

  it('gives unique ids per gebied and jaar', async () => {
    const data = await loadDemo();
    const first = parseSvg(renderOk(data, { gebied: 'BU07960101', jaar: 2020 }));
    const second = parseSvg(renderOk(data, { gebied: 'BU07960101', jaar: 2016 }));
    const ids = (root: Element) => [...root.querySelectorAll('[id]')].map((node) => node.id);

    expect(new Set(ids(first)).size).to.equal(ids(first).length);
    for (const id of ids(first)) {
      expect(ids(second)).not.to.include(id);
    }
  });

  it('adds custom properties on request', async () => {
    const root = parseSvg(renderOk(await loadDemo(), { gebied: 'BU07960101', cssVariables: true }));
    const slice = root.querySelector('path.slice[data-id="gezondheid"]')!;

    expect(slice.getAttribute('style')).to.equal(
      `fill:var(--wbm-class-plus-1-color, ${CLASS_COLORS['rating-plus-1']});stroke:var(--wbm-slice-border-color, ${CHART_COLORS.sliceBorder})`,
    );
    expect(slice.getAttribute('fill')).to.equal(CLASS_COLORS['rating-plus-1']);
  });
});

describe('renderProfile', () => {
  it('reports an unknown gebied with suggestions', async () => {
    const result = renderProfile(await loadDemo(), { gebied: 'Binnenstad centum' });

    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.message.nl).to.contain('Gebied "Binnenstad centum" niet gevonden. Bedoelde u: Binnenstad centrum');
  });

  it('reports a jaar without results', async () => {
    const result = renderProfile(await loadDemo(), { gebied: 'Binnenstad centrum', jaar: 2018 });

    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.message.nl).to.contain('geen resultaten over 2018');
  });

  it('asks for a gebied when the data has several', async () => {
    const result = renderProfile(await loadDemo(), {});

    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.message.nl).to.contain('Er is geen gebied gekozen');
  });

  it('returns the problems of invalid data', () => {
    const result = renderProfile({ formaat: 'wijkmonitor/1', gebieden: [], themas: [], resultaten: [] }, {});

    expect(result.ok).to.equal(false);
    expect(result.problems.length).to.be.greaterThan(0);
  });
});
