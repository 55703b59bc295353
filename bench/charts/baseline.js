/**
 * The lower bound: a hand-written SVG string from d3-shape `arc()`, set with one `innerHTML`. It draws
 * what the profieltaart draws at its core (two rings, class fills, trend markers, the total) and nothing
 * else: no text fitting, no table, no keyboard support. A year switch sets new fills, and a CSS
 * transition on `fill` animates them.
 */
import { arc } from 'd3-shape';

const TAU = 2 * Math.PI;

function trianglePath(trend, size) {
  const half = size / 2;
  const third = size / 3;
  if (trend === 'vooruit') return `M0,${-half}L${half},${third}L${-half},${third}Z`;
  if (trend === 'achteruit') return `M0,${half}L${half},${-third}L${-half},${-third}Z`;
  return `M${-half},${-size * 0.3}H${half}V${-size * 0.08}H${-half}ZM${-half},${size * 0.08}H${half}V${size * 0.3}H${-half}Z`;
}

function slices(profile, radius) {
  const count = profile.themas.reduce((sum, thema) => sum + thema.deelthemas.length, 0);
  const step = TAU / count;
  const themaArc = arc().innerRadius(radius * 0.36).outerRadius(radius * 0.62).padAngle(0.012);
  const deelArc = arc().innerRadius(radius * 0.64).outerRadius(radius).padAngle(0.012);
  const result = [];
  let index = 0;
  for (const thema of profile.themas) {
    const start = index * step;
    result.push({ id: thema.id, ring: 'themas', d: themaArc({ startAngle: start, endAngle: start + thema.deelthemas.length * step }) });
    for (const deel of thema.deelthemas) {
      const angle = index * step;
      const middle = angle + step / 2;
      const markerRadius = radius * 0.82;
      result.push({
        id: deel.id,
        ring: 'deelthemas',
        d: deelArc({ startAngle: angle, endAngle: angle + step }),
        marker: [Math.sin(middle) * markerRadius, -Math.cos(middle) * markerRadius],
      });
      index++;
    }
  }
  return result;
}

function fill(profile, score) {
  return profile.colours[score?.klasse ?? 'none'] ?? profile.colours.none;
}

function markup(profile, jaar, width, height) {
  const radius = Math.min(width, height) / 2 - 4;
  const year = profile.jaren[jaar];
  const parts = [];
  for (const slice of slices(profile, radius)) {
    const score = year[slice.ring][slice.id];
    parts.push(`<path data-id="${slice.id}" data-ring="${slice.ring}" d="${slice.d}" fill="${fill(profile, score)}" stroke="#fff"></path>`);
    if (slice.marker) {
      const trend = score.ontwikkeling;
      const d = trend ? trianglePath(trend, 12) : '';
      parts.push(`<path class="marker" data-id="${slice.id}" transform="translate(${slice.marker[0]},${slice.marker[1]})" d="${d}" fill="#1f1f1f"></path>`);
    }
  }
  const total = year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
  parts.push(`<circle r="${radius * 0.34}" fill="${fill(profile, year.totaal)}"></circle>`);
  parts.push(`<text class="total" text-anchor="middle" dy="0.35em" font-size="22">${total}</text>`);
  return `<svg width="${width}" height="${height}" viewBox="${-width / 2} ${-height / 2} ${width} ${height}" role="img" aria-label="${profile.gebied.naam} ${jaar}"><style>path,circle{transition:fill .4s}</style>${parts.join('')}</svg>`;
}

export function createChart(container, profile, { jaar, width, height }) {
  container.innerHTML = markup(profile, jaar, width, height);
  const svg = container.firstElementChild;
  return {
    ready: Promise.resolve(),
    setJaar(next) {
      const year = profile.jaren[next];
      for (const path of svg.querySelectorAll('path[data-ring]')) {
        path.style.fill = fill(profile, year[path.dataset.ring][path.dataset.id]);
      }
      for (const marker of svg.querySelectorAll('path.marker')) {
        const trend = year.deelthemas[marker.dataset.id].ontwikkeling;
        marker.setAttribute('d', trend ? trianglePath(trend, 12) : '');
      }
      svg.querySelector('circle').style.fill = fill(profile, year.totaal);
      svg.querySelector('text.total').textContent =
        year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
    },
  };
}
