/**
 * Chart.js doughnut with two datasets: deelthema's outside, themes inside, fills by class, and a small
 * plugin that writes the total in the hole. Chart.js has no trend markers without more plugin code.
 * Only the doughnut controller and the arc element are registered, so the bundle is tree-shaken. The
 * Tooltip plugin is left out (about 6.5 KiB gzip in this build), so the chart has no details on hover.
 */
import { ArcElement, Chart, DoughnutController } from 'chart.js';

Chart.register(DoughnutController, ArcElement);

const totalPlugin = {
  id: 'benchTotal',
  afterDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '22px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#1f1f1f';
    ctx.fillText(options.text ?? '', (chartArea.left + chartArea.right) / 2, (chartArea.top + chartArea.bottom) / 2);
    ctx.restore();
  },
};

function fill(profile, score) {
  return profile.colours[score?.klasse ?? 'none'] ?? profile.colours.none;
}

function totalText(score) {
  return score.value === null ? 'geen gegevens' : score.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
}

function datasets(profile, jaar) {
  const year = profile.jaren[jaar];
  const deelthemas = profile.themas.flatMap((thema) => thema.deelthemas);
  return [
    {
      label: 'Deelthema',
      data: deelthemas.map(() => 1),
      backgroundColor: deelthemas.map((deel) => fill(profile, year.deelthemas[deel.id])),
      borderColor: '#fff',
    },
    {
      label: 'Thema',
      data: profile.themas.map((thema) => thema.deelthemas.length),
      backgroundColor: profile.themas.map((thema) => fill(profile, year.themas[thema.id])),
      borderColor: '#fff',
      weight: 1,
    },
  ];
}

export function createChart(container, profile, { jaar, width, height, animate }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${profile.gebied.naam} ${jaar}`);
  container.append(canvas);

  const labels = profile.themas.flatMap((thema) => thema.deelthemas.map((deel) => deel.label));
  const chart = new Chart(canvas, {
    type: 'doughnut',
    data: { labels, datasets: datasets(profile, jaar) },
    options: {
      responsive: false,
      animation: animate ? undefined : false,
      cutout: '36%',
      plugins: { benchTotal: { text: totalText(profile.jaren[jaar].totaal) } },
    },
    plugins: [totalPlugin],
  });

  return {
    ready: Promise.resolve(),
    setJaar(next) {
      const updated = datasets(profile, next);
      chart.data.datasets.forEach((dataset, index) => {
        dataset.backgroundColor = updated[index].backgroundColor;
      });
      chart.options.plugins.benchTotal.text = totalText(profile.jaren[next].totaal);
      chart.update();
    },
  };
}
