import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { stateStyles } from '../shared/load-message.js';
import { classColors, patternStyles } from '../shared/tokens.styles.js';

export const buurtVergelijkStyles = [
  baseStyles,
  classColors,
  patternStyles,
  stateStyles,
  css`
    /* A margin, not padding, so that in normal flow it collapses with the margin of a paragraph
       or heading above or below the element, as the margins of two paragraphs do. */
    :host {
      display: block;
      margin-block: var(--wbm-buurt-vergelijk-margin-block, var(--wbm-margin-block, 1em));
      min-width: 0;
      max-width: 100%;
      color: var(--wbm-text-color, #1a1a1a);
      font-family: var(--wbm-font-family, inherit);
      font-size: var(--wbm-font-size, 1rem);
      line-height: 1.4;
    }
    .defs {
      position: absolute;
      width: 0;
      height: 0;
    }
    /* A long compound name, such as "De Muziekinstrumentenbuurt", breaks instead of widening the page. */
    .title {
      margin: 0 0 0.5em;
      font-size: 1.125em;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75em 1.5em;
      margin-bottom: 1em;
    }
    .views {
      display: inline-flex;
    }
    .views button,
    select {
      min-height: 2.75em;
      padding: 0 0.9em;
      border: 2px solid var(--wbm-input-border-color, #5f6b7a);
      background: var(--wbm-surface-color, #ffffff);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .views button:first-child {
      border-radius: var(--wbm-border-radius, 4px) 0 0 var(--wbm-border-radius, 4px);
    }
    .views button:last-child {
      margin-left: -2px;
      border-radius: 0 var(--wbm-border-radius, 4px) var(--wbm-border-radius, 4px) 0;
    }
    .views button[aria-pressed='true'] {
      background: var(--wbm-selected-background, #1a1a1a);
      color: var(--wbm-selected-text-color, #ffffff);
      border-color: var(--wbm-selected-background, #1a1a1a);
    }
    select {
      border-radius: var(--wbm-border-radius, 4px);
      max-width: 100%;
    }
    button:focus-visible,
    select:focus-visible,
    .table-scroll:focus-visible {
      outline: 3px solid var(--wbm-focus-color, #1a1a1a);
      outline-offset: 2px;
      position: relative;
      z-index: 1;
    }
    .sort {
      display: flex;
      flex-direction: column;
      gap: 0.2em;
      font-size: 0.875em;
      font-weight: 700;
      max-width: 100%;
    }
    .sort select {
      font-weight: 400;
      font-size: 1rem;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--wbm-card-min-width, 9.5rem)), 1fr));
      gap: 1em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* The four rows of a card (name, type and jaar, chart, total) are rows of the list, so that the
       charts and totals of a row of cards line up when one name or total takes more lines. */
    .card {
      display: grid;
      grid-row: span 4;
      grid-template-rows: subgrid;
      row-gap: 0;
      min-width: 0;
      padding: 0.5em;
      border: 1px solid var(--wbm-card-border-color, #d0d5db);
      border-radius: var(--wbm-border-radius, 4px);
    }
    .card p {
      margin: 0;
    }
    .card-name {
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .card-meta,
    .card-total {
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.875em;
    }
    .mini,
    .placeholder {
      display: block;
      width: 100%;
      max-width: 12rem;
      margin: 0.25em auto;
      aspect-ratio: 1;
    }
    .slice,
    .exiting {
      stroke: var(--wbm-slice-border-color, #ffffff);
      stroke-width: 1px;
    }
    .slice {
      fill: var(--_fill);
    }
    .slice.no-data {
      stroke: var(--wbm-no-data-border-color, #5f6b7a);
      stroke-dasharray: 3 2;
    }
    .total-circle {
      fill: var(--_fill);
    }
    .total-circle.no-data {
      stroke: var(--wbm-no-data-border-color, #5f6b7a);
      stroke-dasharray: 3 2;
    }
    .total-value {
      fill: var(--wbm-on-class-text-color, #ffffff);
      font-size: 16px;
      font-weight: 700;
      text-anchor: middle;
    }
    .total-value.on-no-data {
      fill: var(--wbm-text-color, #1a1a1a);
    }
    /* The bottom padding leaves room for an overlay scrollbar (WebKit, phones), which would
       otherwise cover the last row while it shows. */
    .table-scroll {
      /* Screen-reader-only text inside the table is absolutely positioned; this keeps it inside the
         scroll box instead of widening the page. */
      position: relative;
      max-width: 100%;
      overflow-x: auto;
      container-type: inline-size;
      padding-bottom: 0.5em;
    }
    /* A caption is as wide as its table, which on a phone is far wider than the screen. Its text
       wraps at the width of the scroll box and stays in view while the table scrolls. */
    .caption-text {
      display: inline-block;
      position: sticky;
      left: 0;
      max-width: 100cqi;
    }
    /* Separate borders, because the table paints collapsed borders itself instead of the cells. The
       cells that scroll under the sticky name column would then show their borders through it. */
    table {
      border-collapse: separate;
      border-spacing: 0;
      font-size: 0.875em;
    }
    caption {
      text-align: start;
      margin-bottom: 0.5em;
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    th,
    td {
      padding: 0.3em 0.5em;
      border-bottom: 1px solid var(--wbm-table-border-color, #d0d5db);
      text-align: start;
      vertical-align: top;
    }
    /* The name column stays in view while the table scrolls sideways, together with its header cell,
       which spans both header rows. The other cells scroll under it, so it needs an opaque background. */
    thead tr:first-child > th:first-child,
    th[scope='row'] {
      position: sticky;
      left: 0;
      background: var(--wbm-surface-color, #ffffff);
    }
    th[scope='row'] {
      font-weight: 700;
      min-width: 8em;
    }
    .thema-head {
      border-left: 2px solid var(--wbm-table-border-color, #d0d5db);
      text-align: center;
    }
    th.thema,
    td.thema {
      border-left: 2px solid var(--wbm-table-border-color, #d0d5db);
      font-weight: 700;
    }
    .number {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    /* The class mark before each value: a swatch with the class pattern, or with ontwikkeling a
       trend marker (class-chip.ts). */
    .chip {
      display: inline-block;
      width: 1em;
      height: 0.75em;
      margin-inline-end: 0.35em;
      vertical-align: -0.05em;
    }
    .chip-fill {
      fill: var(--_fill);
      stroke: var(--wbm-swatch-border-color, #5f6b7a);
      stroke-width: 1px;
    }
    .chip[data-trend] .chip-fill {
      stroke: var(--wbm-marker-border-color, #1a1a1a);
    }
    .chip.no-data .chip-fill {
      stroke-dasharray: 2 1.5;
    }
    .class-key {
      margin: 0 0 0.75em;
      font-size: 0.875em;
    }
    .class-key-title {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    .class-key ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .class-key li {
      display: flex;
      align-items: center;
    }
    /* With separate borders, this border and the footer's would add up to 3px. The selector is no
       more specific than the print rule of th[scope='row'], which comes later and keeps its border. */
    tbody > :last-child > * {
      border-bottom: 0;
    }
    tfoot th,
    tfoot td {
      border-top: 2px solid var(--wbm-text-color, #1a1a1a);
    }
    tfoot tr + tr th,
    tfoot tr + tr td {
      border-top: 0;
    }
    .count {
      display: block;
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.8em;
    }
    .source {
      margin: 0.75em 0 0;
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.8125em;
    }
    @media (forced-colors: active) {
      .slice,
      .total-circle,
      .chip {
        forced-color-adjust: none;
      }
      /* The marks keep their class colours, and their outline takes the text colour, so that the
         shape shows on a dark background too. */
      .chip-fill,
      .chip[data-trend] .chip-fill {
        stroke: CanvasText;
      }
    }
    @media print {
      :host {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .toolbar {
        display: none;
      }
      .card {
        break-inside: avoid;
      }

      /* Paper cannot scroll, and the table has a column for the total and for every thema and
         deelthema (17 with the demo data), far wider than a sheet of paper. So on paper each row
         becomes a block of its own, headed by the gebied or jaar, that lists every value after its
         column label (data-label). The column headers would repeat those labels, so they are left
         out. The DOM keeps its table, so the semantics on screen stay as they are. */
      .table-scroll {
        overflow: visible;
      }
      table,
      tbody,
      tfoot,
      tr {
        display: block;
      }
      .title,
      caption {
        display: block;
        break-after: avoid;
      }
      thead {
        display: none;
      }
      tr {
        margin-bottom: 0.75em;
        padding: 0.25em 0.5em 0.4em;
        border: 1px solid var(--wbm-table-border-color, #d0d5db);
        break-inside: avoid;
        columns: 14em;
        column-gap: 2em;
      }
      th[scope='row'] {
        display: block;
        position: static;
        min-width: 0;
        padding: 0.2em 0 0.3em;
        border-bottom: 2px solid var(--wbm-text-color, #1a1a1a);
        column-span: all;
        overflow-wrap: anywhere;
      }
      td.number {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        column-gap: 0.5em;
        padding: 0.15em 0;
        text-align: start;
        white-space: normal;
        break-inside: avoid;
      }
      td::before {
        /* Print only, so screen readers, which read the screen layout, never meet this label. */
        content: attr(data-label);
        flex: 1 1 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      th.thema,
      td.thema {
        border-left: 0;
      }
      td.deelthema::before {
        padding-inline-start: 1em;
      }
      tfoot th,
      tfoot td,
      tfoot tr + tr th,
      tfoot tr + tr td {
        border-top: 0;
      }
      tfoot tr {
        border-top: 2px solid var(--wbm-text-color, #1a1a1a);
      }
      .count {
        flex-basis: 100%;
        text-align: end;
      }
    }
  `,
];
