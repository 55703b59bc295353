import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { stateStyles } from '../shared/load-message.js';
import { classColors, patternStyles } from '../shared/tokens.styles.js';

export const profielTaartStyles = [
  baseStyles,
  classColors,
  patternStyles,
  stateStyles,
  css`
    /* A margin, not padding, so that in normal flow it collapses with the margin of a paragraph
       or heading above or below the element, as the margins of two paragraphs do. */
    :host {
      display: block;
      margin-block: var(--wbm-profiel-taart-margin-block, var(--wbm-margin-block, 1em));
      min-width: 0;
      max-width: 100%;
      color: var(--wbm-profiel-taart-text-color, var(--wbm-text-color, #1a1a1a));
      font-family: var(--wbm-profiel-taart-font-family, var(--wbm-font-family, inherit));
      font-size: var(--wbm-profiel-taart-font-size, var(--wbm-font-size, 1rem));
      line-height: 1.4;
      contain: layout;
    }
    /* One line tall, taking no room, so that the scheduler's ResizeObserver reports a change of font
       size or line height, which changes the height of a placeholder's key. */
    .sizer {
      height: 1lh;
      margin-bottom: -1lh;
    }
    figure {
      margin: 0;
    }
    .title {
      margin: 0 0 0.25em;
      color: var(--wbm-profiel-taart-title-color, inherit);
      font-size: var(--wbm-profiel-taart-title-font-size, 1.125em);
      font-weight: var(--wbm-profiel-taart-title-font-weight, 700);
    }
    .subtitle {
      margin: 0 0 0.5em;
      font-size: 0.875em;
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    .chart {
      position: relative;
      border-radius: 4px;
      touch-action: pan-y pinch-zoom;
    }
    .chart:focus {
      outline: none;
    }
    .chart:focus-visible {
      outline: 3px solid var(--wbm-profiel-taart-focus-color, var(--wbm-focus-color, #1a1a1a));
      outline-offset: 2px;
      box-shadow: 0 0 0 5px var(--wbm-focus-halo-color, #ffffff);
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .slice {
      fill: var(--_fill);
      stroke: var(--wbm-slice-border-color, #ffffff);
      stroke-width: 1.5px;
      cursor: pointer;
    }
    .slice.no-data {
      stroke: var(--wbm-no-data-border-color, #5f6b7a);
      stroke-dasharray: 4 3;
    }
    .exiting {
      stroke: var(--wbm-slice-border-color, #ffffff);
      stroke-width: 1.5px;
      pointer-events: none;
    }
    .pattern-hatch {
      stroke-width: 1.5px;
    }
    .active-outline {
      fill: none;
      stroke: var(--wbm-focus-color, #1a1a1a);
      stroke-width: 3px;
      pointer-events: none;
    }
    .active-halo {
      fill: none;
      stroke: var(--wbm-focus-halo-color, #ffffff);
      stroke-width: 6px;
      pointer-events: none;
    }
    .dimmed {
      opacity: 0.45;
    }
    .value-track {
      fill: none;
      stroke: var(--wbm-value-track-color, #eef0f3);
      pointer-events: none;
    }
    .zero-line {
      fill: none;
      stroke: var(--wbm-zero-line-color, #1a1a1a);
      stroke-width: 1.5px;
      pointer-events: none;
    }
    .thema-name {
      fill: var(--wbm-on-class-text-color, #ffffff);
      font-size: 12px;
      font-weight: 700;
      pointer-events: none;
    }
    .thema-name.small {
      font-size: 10px;
    }
    .thema-name.on-no-data {
      fill: var(--wbm-text-color, #1a1a1a);
    }
    .marker {
      fill: var(--wbm-marker-color, #ffffff);
      stroke: var(--wbm-marker-border-color, #1a1a1a);
      stroke-width: 1.25px;
      pointer-events: none;
    }
    .label {
      fill: currentColor;
      font-size: 13px;
    }
    .leader {
      fill: none;
      stroke: var(--wbm-leader-color, #767676);
      stroke-width: 1px;
    }
    .total-circle {
      fill: var(--_fill);
    }
    .total-circle.no-data {
      stroke: var(--wbm-no-data-border-color, #5f6b7a);
      stroke-dasharray: 4 3;
    }
    .total-text {
      fill: var(--wbm-on-class-text-color, #ffffff);
      text-anchor: middle;
      pointer-events: none;
    }
    .total-text.on-no-data {
      fill: var(--wbm-text-color, #1a1a1a);
    }
    .total-value {
      font-size: 26px;
      font-weight: 700;
    }
    .total-caption {
      font-size: 11px;
    }
    .total-caption.small {
      font-size: 10px;
    }
    .details {
      min-height: 4.5em;
      margin-top: 0.5em;
      padding: 0.5em 0.75em;
      border-left: 4px solid var(--_fill, var(--wbm-muted-border-color, #767676));
      background: var(--wbm-profiel-taart-details-background-color, var(--wbm-details-background, #f3f4f6));
    }
    .details[data-empty] {
      border-left-color: var(--wbm-muted-border-color, #767676);
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    .details-name {
      margin: 0;
      font-weight: 700;
    }
    .details dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.75em;
      margin: 0.25em 0 0;
    }
    .details dt {
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    .details dd {
      margin: 0;
    }
    .key {
      list-style: none;
      margin: 0.5em 0 0;
      padding: 0;
      font-size: 0.875em;
      columns: 2 11em;
      column-gap: 1em;
    }
    /* A thema stays in one column with its deelthema's. WebKit balances the columns past
       break-inside: avoid, so each thema is also an inline block, which no column can split. */
    .key > li {
      break-inside: avoid;
      display: inline-block;
      width: 100%;
      vertical-align: top;
    }
    .key ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* Each line is inline text with a hanging indent, because a flex item of wrapped text is as wide
       as the line and would push the trend marker to the far edge. The swatch stays with the first
       word. The last word and the marker form an inline block, which moves to the next line whole.
       Its negative margin lets the marker use the line's right padding, so the marker stays beside
       every last word that fits on a line by itself. After a longer word it starts the next line. */
    .key li li {
      padding: 0.1em 0 0.1em 1.4em;
      text-indent: -1.4em;
      white-space: nowrap;
    }
    .key li li:has(.trend-icon) {
      padding-right: 1.3em;
    }
    .key li li > span {
      white-space: normal;
    }
    .key .last-word {
      display: inline-block;
      text-indent: 0;
    }
    .key .last-word:has(.trend-icon) {
      margin-right: -1.3em;
    }
    /* A long compound word (common in Dutch) wraps instead of widening the element. */
    .key li,
    .title,
    .subtitle,
    .details,
    .message {
      overflow-wrap: anywhere;
    }
    .key .thema-heading {
      font-weight: 700;
      margin-top: 0.25em;
    }
    .swatch {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-right: 0.4em;
      vertical-align: -0.125em;
    }
    .swatch-fill {
      fill: var(--_fill);
      stroke: var(--wbm-swatch-border-color, #1a1a1a);
      stroke-width: 1px;
    }
    .swatch.no-data .swatch-fill {
      stroke-dasharray: 2 2;
    }
    .trend-icon {
      display: inline-block;
      width: 0.9em;
      height: 0.9em;
      margin-left: 0.4em;
      vertical-align: -0.125em;
      overflow: visible;
    }
    .source {
      margin: 0.5em 0 0;
      font-size: 0.8125em;
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    .table-toggle {
      margin-top: 0.5em;
      min-height: 24px;
      padding: 0.25em 0.75em;
      font: inherit;
      font-size: 0.875em;
      color: var(--wbm-profiel-taart-button-color, var(--wbm-button-color, inherit));
      background: var(--wbm-profiel-taart-button-background-color, var(--wbm-button-background, #ffffff));
      border: 1px solid var(--wbm-profiel-taart-button-border-color, var(--wbm-button-border-color, #1a1a1a));
      border-radius: var(--wbm-profiel-taart-button-border-radius, var(--wbm-border-radius, 4px));
      cursor: pointer;
    }
    .table-toggle:focus-visible,
    .table-wrapper:focus-visible {
      outline: 3px solid var(--wbm-profiel-taart-focus-color, var(--wbm-focus-color, #1a1a1a));
      outline-offset: 2px;
    }
    /* Chromium 156 and Firefox ESR 153 put a scroll box that overflows, as this one does on a phone, in
       the tab order (WebKitGTK 2.50 does not). Its focus ring lies inside the box, because outside it
       would cover the table button just above. The margin keeps the ring off that button, and the
       padding keeps it off the text. */
    .table-wrapper {
      max-width: 100%;
      overflow-x: auto;
      margin-top: 0.25em;
      padding: 0 0.5em 0.5em;
    }
    .table-wrapper:focus-visible {
      outline-offset: -3px;
    }
    table {
      margin-top: 0.5em;
      border-collapse: collapse;
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25em;
    }
    th,
    td {
      padding: 0.2em 0.6em 0.2em 0;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--wbm-profiel-taart-table-border-color, var(--wbm-table-border-color, #d0d0d0));
    }
    td.number {
      text-align: end;
    }
    tr.thema-row th {
      font-weight: 700;
    }
    tr.deelthema-row th {
      font-weight: 400;
      padding-left: 1em;
    }
    /* The shared message and loading styles, with this element's own tokens and a larger disc. */
    .message {
      border-color: var(--wbm-profiel-taart-message-border-color, var(--wbm-error-border-color, #b83d1c));
      background: var(--wbm-profiel-taart-message-background-color, var(--wbm-error-background, #fff5f2));
    }
    .loading {
      min-height: 6em;
    }
    .loading-disc {
      width: 4em;
      height: 4em;
      border-width: 0.6em;
    }
    @media (forced-colors: active) {
      .slice {
        fill: Canvas;
        stroke: CanvasText;
      }
      .pattern-dots {
        fill: CanvasText;
        opacity: 1;
      }
      .pattern-hatch,
      .pattern-no-data {
        stroke: CanvasText;
        opacity: 1;
      }
      .thema-name,
      .thema-name.on-no-data,
      .total-text,
      .total-text.on-no-data {
        fill: CanvasText;
      }
      .total-circle {
        fill: Canvas;
        stroke: CanvasText;
      }
      .marker {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 2px;
      }
      .active-outline {
        stroke: Highlight;
      }
      .leader,
      .zero-line {
        stroke: CanvasText;
      }
      .value-track {
        stroke: Canvas;
      }
      .swatch-fill {
        fill: Canvas;
        stroke: CanvasText;
      }
    }
    @media print {
      :host {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .table-toggle,
      .details[data-empty] {
        display: none;
      }
      /* 12.7cm is 480 CSS px, the width the chart is drawn at for paper. Wider, it left no room for
         the key on an A4 sheet. */
      svg {
        max-width: 12.7cm;
        margin: 0 auto;
      }
      .chart:focus-visible {
        outline: none;
        box-shadow: none;
      }
      /* The chart stays in one piece with its title. The whole figure may not: with its table open it
         is taller than a sheet of A5, and keeping it whole would leave the page before it empty. */
      figcaption,
      .chart,
      .key {
        break-inside: avoid;
      }
      figcaption,
      .chart {
        break-after: avoid;
      }
      /* Paper cannot scroll, so the open data table must fit the page width. Its long Dutch words
         ("Veiligheidsbeleving", "Ontwikkeling") make it about 540 px wide at 14 px in DejaVu Sans,
         wider than the text width of A5 (128 mm, 484 px). Below 36em each row therefore puts its thema or
         deelthema on a line of its own, above its four values in 9 pt type. A word that
         is still too long breaks inside the word instead of being cut off. The DOM keeps its
         table, so the semantics on screen stay as they are. */
      .table-wrapper {
        overflow: visible;
        margin: 0;
        padding: 0;
        container-type: inline-size;
      }
      @container (max-width: 36em) {
        table,
        thead,
        tbody {
          display: block;
        }
        caption {
          display: block;
        }
        table {
          font-size: 0.75rem;
        }
        tr {
          display: grid;
          /* The score column is narrower because it shows only numbers and "Geen gegevens". */
          grid-template-columns: minmax(0, 0.8fr) repeat(3, minmax(0, 1fr));
          border-bottom: 1px solid var(--wbm-profiel-taart-table-border-color, var(--wbm-table-border-color, #d0d0d0));
          break-inside: avoid;
        }
        th,
        td {
          padding-right: 0.4em;
          border-bottom: 0;
          overflow-wrap: anywhere;
        }
        td.number {
          padding-right: 1em;
        }
        tr > :first-child {
          grid-column: 1 / -1;
        }
      }
    }
  `,
];
