/**
 * A minimal Lit element with d3-shape: the same drawing as the baseline, rendered by a LitElement
 * into shadow DOM. The gap between this and the baseline is the cost of Lit and shadow DOM alone, and
 * the gap between wijkmonitor and this is the cost of everything the profieltaart adds.
 */
import { LitElement, css, html, svg } from 'lit';
import { arc } from 'd3-shape';

const TAU = 2 * Math.PI;

function trianglePath(trend, size) {
  const half = size / 2;
  const third = size / 3;
  if (trend === 'vooruit') return `M0,${-half}L${half},${third}L${-half},${third}Z`;
  if (trend === 'achteruit') return `M0,${half}L${half},${-third}L${-half},${-third}Z`;
  return `M${-half},${-size * 0.3}H${half}V${-size * 0.08}H${-half}ZM${-half},${size * 0.08}H${half}V${size * 0.3}H${-half}Z`;
}

class BenchTaart extends LitElement {
  static properties = { profile: { attribute: false }, jaar: {}, size: { type: Number } };
  static styles = css`
    :host { display: block; }
    path, circle { transition: fill 0.4s; }
  `;

  fill(score) {
    return this.profile.colours[score?.klasse ?? 'none'] ?? this.profile.colours.none;
  }

  render() {
    if (!this.profile) return html``;
    const radius = this.size / 2 - 4;
    const year = this.profile.jaren[this.jaar];
    const count = this.profile.themas.reduce((sum, thema) => sum + thema.deelthemas.length, 0);
    const step = TAU / count;
    const themaArc = arc().innerRadius(radius * 0.36).outerRadius(radius * 0.62).padAngle(0.012);
    const deelArc = arc().innerRadius(radius * 0.64).outerRadius(radius).padAngle(0.012);

    const parts = [];
    let index = 0;
    for (const thema of this.profile.themas) {
      const start = index * step;
      const themaEnd = start + thema.deelthemas.length * step;
      parts.push(svg`<path d=${themaArc({ startAngle: start, endAngle: themaEnd })} style="fill:${this.fill(year.themas[thema.id])}" stroke="#fff"></path>`);
      for (const deel of thema.deelthemas) {
        const angle = index * step;
        const middle = angle + step / 2;
        const score = year.deelthemas[deel.id];
        const x = Math.sin(middle) * radius * 0.82;
        const y = -Math.cos(middle) * radius * 0.82;
        parts.push(svg`<path d=${deelArc({ startAngle: angle, endAngle: angle + step })} style="fill:${this.fill(score)}" stroke="#fff"></path>
          <path class="marker" transform="translate(${x},${y})" d=${score.ontwikkeling ? trianglePath(score.ontwikkeling, 12) : ''} fill="#1f1f1f"></path>`);
        index++;
      }
    }

    const total = year.totaal.value === null ? 'geen gegevens' : year.totaal.value.toFixed(1).replace('.', ',').replace('-', '\u2212');
    return html`<svg width=${this.size} height=${this.size} viewBox="${-this.size / 2} ${-this.size / 2} ${this.size} ${this.size}" role="img" aria-label="${this.profile.gebied.naam} ${this.jaar}">
      ${parts}
      <circle r=${radius * 0.34} style="fill:${this.fill(year.totaal)}"></circle>
      <text text-anchor="middle" dy="0.35em" font-size="22">${total}</text>
    </svg>`;
  }
}

if (!customElements.get('bench-taart')) customElements.define('bench-taart', BenchTaart);

export function createChart(container, profile, { jaar, width }) {
  const element = document.createElement('bench-taart');
  element.profile = profile;
  element.jaar = String(jaar);
  element.size = width;
  container.append(element);
  return {
    ready: element.updateComplete,
    setJaar(next) {
      element.jaar = String(next);
    },
  };
}
