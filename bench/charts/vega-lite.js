/**
 * Vega-Lite arc layers, compiled at run time and rendered by Vega with the SVG renderer: the total as a
 * disc with its value, themes with their names, deelthema's with a trend sign (▲ vooruit, ▼ achteruit,
 * = gelijk). Vega has no transitions, so a year switch replaces the data and redraws at once.
 */
import { View, parse, changeset } from 'vega';
import { compile } from 'vega-lite';

const TREND_SIGNS = { vooruit: '\u25B2', achteruit: '\u25BC', gelijk: '=' };
const KLASSEN = ['boven', 'gemiddeld', 'beneden', 'none'];

function rows(profile, jaar) {
  const year = profile.jaren[jaar];
  const result = [];
  let order = 0;
  const total = year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
  result.push({ ring: 'totaal', order: order++, value: 1, klasse: year.totaal.klasse ?? 'none', text: total });
  for (const thema of profile.themas) {
    const score = year.themas[thema.id];
    result.push({ ring: 'thema', order: order++, value: thema.deelthemas.length, klasse: score.klasse ?? 'none', text: thema.label });
    for (const deel of thema.deelthemas) {
      const deelScore = year.deelthemas[deel.id];
      result.push({
        ring: 'deelthema',
        order: order++,
        value: 1,
        klasse: deelScore.klasse ?? 'none',
        text: TREND_SIGNS[deelScore.ontwikkeling] ?? '',
      });
    }
  }
  return result;
}

function ringLayers(ring, inner, outer, fontSize, color) {
  const theta = { field: 'value', type: 'quantitative', stack: true };
  const order = { field: 'order', type: 'quantitative' };
  return [
    {
      transform: [{ filter: `datum.ring === '${ring}'` }],
      mark: { type: 'arc', innerRadius: inner, outerRadius: outer, padAngle: inner > 0 ? 0.012 : 0, stroke: '#fff', tooltip: true },
      encoding: { theta, order, color },
    },
    {
      transform: [{ filter: `datum.ring === '${ring}'` }],
      mark: { type: 'text', radius: inner > 0 ? (inner + outer) / 2 : 0, fontSize },
      encoding: { theta, order, text: { field: 'text' } },
    },
  ];
}

function spec(profile, width, height) {
  const radius = Math.min(width, height) / 2 - 4;
  const color = {
    field: 'klasse',
    type: 'nominal',
    legend: null,
    scale: { domain: KLASSEN, range: KLASSEN.map((klasse) => profile.colours[klasse]) },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    padding: 0,
    autosize: 'none',
    data: { name: 'rows' },
    // Each ring fills the full circle, so the rings may not share one theta scale.
    resolve: { scale: { theta: 'independent' } },
    layer: [
      ...ringLayers('deelthema', radius * 0.64, radius, 14, color),
      ...ringLayers('thema', radius * 0.36, radius * 0.62, 11, color),
      ...ringLayers('totaal', 0, radius * 0.34, 22, color),
    ],
  };
}

export function createChart(container, profile, { jaar, width, height }) {
  const element = document.createElement('div');
  container.append(element);

  const view = new View(parse(compile(spec(profile, width, height)).spec), { renderer: 'svg', container: element, hover: true });
  view.data('rows', rows(profile, jaar));
  return {
    ready: view.runAsync(),
    setJaar(next) {
      view.change('rows', changeset().remove(() => true).insert(rows(profile, next))).runAsync();
    },
  };
}
