/**
 * ECharts sunburst with the SVG renderer: the total as the root disc, themes with their names, and
 * deelthema's labelled with a trend sign (▲ vooruit, ▼ achteruit, = gelijk). Only the sunburst and the
 * SVG renderer are imported, so the bundle is tree-shaken; without the tooltip component the chart
 * has no details on hover.
 */
import * as echarts from 'echarts/core';
import { SunburstChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([SunburstChart, SVGRenderer]);

const TREND_SIGNS = { vooruit: '\u25B2', achteruit: '\u25BC', gelijk: '=' };

function fill(profile, score) {
  return profile.colours[score?.klasse ?? 'none'] ?? profile.colours.none;
}

function option(profile, jaar, animate) {
  const year = profile.jaren[jaar];
  const total = year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
  const root = {
    name: total,
    value: profile.themas.reduce((sum, thema) => sum + thema.deelthemas.length, 0),
    itemStyle: { color: fill(profile, year.totaal) },
    label: { fontSize: 22, rotate: 0 },
    children: profile.themas.map((thema) => ({
      name: thema.label,
      value: thema.deelthemas.length,
      itemStyle: { color: fill(profile, year.themas[thema.id]) },
      children: thema.deelthemas.map((deel) => ({
        name: TREND_SIGNS[year.deelthemas[deel.id].ontwikkeling] ?? '',
        value: 1,
        itemStyle: { color: fill(profile, year.deelthemas[deel.id]) },
        label: { rotate: 0 },
      })),
    })),
  };
  return {
    animation: animate,
    series: [
      {
        type: 'sunburst',
        sort: null,
        nodeClick: false,
        radius: [0, '99%'],
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        levels: [{}, { r0: 0, r: '34%' }, { r0: '36%', r: '62%', label: { rotate: 'tangential', fontSize: 11 } }, { r0: '64%', r: '99%' }],
        data: [root],
      },
    ],
  };
}

export function createChart(container, profile, { jaar, width, height, animate }) {
  const element = document.createElement('div');
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  container.append(element);

  const chart = echarts.init(element, null, { renderer: 'svg', width, height });
  chart.setOption(option(profile, jaar, animate));
  return {
    ready: Promise.resolve(),
    setJaar(next) {
      chart.setOption(option(profile, next, animate));
    },
  };
}
