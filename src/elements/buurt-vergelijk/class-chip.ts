import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Lang, ScaleClass, Weergave } from '../../model/types.js';
import { trendMarkerPath, trendShape } from '../../geometry/markers.js';
import { ratingClass, ratingPattern } from '../shared/classes.js';
import { textLang } from '../shared/names.js';

/**
 * Renders the mark of a table value's class, so that the class shows by more than colour. With
 * `ontwikkeling` the mark is the trend marker of the profieltaart (up, level or down) filled with the
 * class colour. With `situatie`, and for a value without a class in either weergave, it is a swatch
 * with the dots or hatching that the profieltaart and `<thema-legenda>` lay over the same class.
 * The pattern ids are those of `patternDefs()`, which the shadow root must render once.
 */
export function renderChip(klasse: ScaleClass | null, weergave: Weergave): TemplateResult {
  if (klasse && weergave === 'ontwikkeling') {
    const shape = trendShape(klasse.rating);
    return html`<svg class="chip ${ratingClass(klasse)}" data-trend=${shape} viewBox="0 0 16 12" aria-hidden="true" focusable="false">
      <path class="chip-fill" transform="translate(8,6)" d=${trendMarkerPath(shape, 11)}></path>
    </svg>`;
  }

  const pattern = ratingPattern(klasse);
  return html`<svg class="chip ${ratingClass(klasse)}" data-pattern=${pattern ?? 'none'} viewBox="0 0 16 12" aria-hidden="true" focusable="false">
    <rect class="chip-fill" x="0.5" y="0.5" width="15" height="11" rx="1.5"></rect>
    ${pattern ? svg`<rect class="pattern" x="0.5" y="0.5" width="15" height="11" rx="1.5" fill="url(#${pattern})"></rect>` : nothing}
  </svg>`;
}

/**
 * Renders the visible key of the table's marks: each class of the weergave's scale, best first, and
 * the mark of a value without a class. `title` names the scale and `noData` labels the last mark.
 */
export function renderClassKey(classes: ScaleClass[], weergave: Weergave, lang: Lang, title: string, noData: string): TemplateResult {
  return html`<div class="class-key" part="key">
    <p class="class-key-title" id="class-key-title">${title}</p>
    <ul aria-labelledby="class-key-title">
      ${classes.map((klasse) => html`<li>${renderChip(klasse, weergave)}<span lang=${textLang(klasse.label)}>${klasse.label[lang]}</span></li>`)}
      <li>${renderChip(null, weergave)}<span>${noData}</span></li>
    </ul>
  </div>`;
}
