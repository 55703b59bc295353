/**
 * Highcharts sunburst: the total as the root disc, themes with their names, and deelthema's labelled
 * with a trend sign (▲ vooruit, ▼ achteruit, = gelijk). Highcharts core is not tree-shakable; the
 * sunburst module adds the series type. The accessibility module is not loaded.
 */
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/sunburst.js';

const TREND_SIGNS = { vooruit: '\u25B2', achteruit: '\u25BC', gelijk: '=' };

function fill(profile, score) {
  return profile.colours[score?.klasse ?? 'none'] ?? profile.colours.none;
}

function points(profile, jaar) {
  const year = profile.jaren[jaar];
  const total = year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
  const data = [{ id: 'totaal', parent: '', name: total, color: fill(profile, year.totaal) }];
  for (const thema of profile.themas) {
    data.push({ id: thema.id, parent: 'totaal', name: thema.label, color: fill(profile, year.themas[thema.id]) });
    for (const deel of thema.deelthemas) {
      const score = year.deelthemas[deel.id];
      // Without a name Highcharts labels a point with its id, so a deelthema without a trend gets a space.
      data.push({ id: deel.id, parent: thema.id, name: TREND_SIGNS[score.ontwikkeling] ?? '\u00A0', value: 1, color: fill(profile, score) });
    }
  }
  return data;
}

export function createChart(container, profile, { jaar, width, height, animate }) {
  const element = document.createElement('div');
  container.append(element);

  const chart = Highcharts.chart(element, {
    chart: { width, height, animation: animate, spacing: [2, 2, 2, 2] },
    title: { text: undefined },
    credits: { enabled: false },
    accessibility: { enabled: false },
    plotOptions: { series: { animation: animate } },
    series: [
      {
        type: 'sunburst',
        name: `${profile.gebied.naam} ${jaar}`,
        data: points(profile, jaar),
        allowTraversingTree: false,
        borderColor: '#fff',
        borderWidth: 1,
        levels: [
          { level: 1, levelSize: { unit: 'percentage', value: 34 }, dataLabels: { style: { fontSize: '22px' } } },
          { level: 2, levelSize: { unit: 'percentage', value: 27 }, dataLabels: { rotationMode: 'circular' } },
          { level: 3, levelSize: { unit: 'percentage', value: 37 }, dataLabels: { rotation: 0 } },
        ],
      },
    ],
  });

  return {
    ready: Promise.resolve(),
    setJaar(next) {
      chart.series[0].setData(points(profile, next), true, animate);
    },
  };
}
