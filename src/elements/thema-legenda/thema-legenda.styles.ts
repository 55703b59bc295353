import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { stateStyles } from '../shared/load-message.js';
import { classColors, patternStyles } from '../shared/tokens.styles.js';

export const themaLegendaStyles = [
  baseStyles,
  classColors,
  patternStyles,
  stateStyles,
  css`
    /* A margin, not padding, so that in normal flow it collapses with the margin of a paragraph
       or heading above or below the element, as the margins of two paragraphs do. */
    :host {
      display: block;
      margin-block: var(--wbm-thema-legenda-margin-block, var(--wbm-margin-block, 1em));
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
    /* The groups have a grid of their own and the notes sit under it, in the outer grid, so that a
       horizontal strip never gives a note a column of its own. */
    /* A long word, such as "Veiligheidsbeleving" in a narrow column, breaks instead of running past
       the box. It also stops the grid from widening its column to the word. */
    .legend,
    .groups {
      display: grid;
      gap: 1em;
      overflow-wrap: anywhere;
    }
    .legend.horizontal {
      font-size: 0.875em;
    }
    .horizontal .groups {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    }
    .group-title {
      margin: 0 0 0.35em;
      font-weight: 700;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .horizontal ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .entry {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 1.75em;
    }
    .swatch {
      flex: none;
      width: 1.5em;
      height: 1em;
    }
    .swatch-fill {
      fill: var(--_fill);
      stroke: var(--wbm-swatch-border-color, #5f6b7a);
      stroke-width: 1px;
    }
    .no-data .swatch-fill {
      stroke-dasharray: 3 2;
    }
    .marker-sample {
      flex: none;
      width: 1em;
      height: 1em;
    }
    /* As the profieltaart draws its markers, so that a reader matches them at a glance. */
    .marker {
      fill: var(--wbm-marker-color, #ffffff);
      stroke: var(--wbm-marker-border-color, #1a1a1a);
      stroke-width: 1.25px;
    }
    .thema button {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.75em;
      margin: 0;
      padding: 0.25em 0.5em 0.25em 0.25em;
      border: 1px solid transparent;
      border-radius: var(--wbm-border-radius, 4px);
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
    }
    .thema.highlighted button,
    .thema button[aria-pressed='true'] {
      border-color: var(--wbm-focus-color, #1a1a1a);
      background: var(--wbm-highlight-background, #eef1f4);
    }
    .thema button:focus-visible {
      outline: 3px solid var(--wbm-focus-color, #1a1a1a);
      outline-offset: 1px;
    }
    .position {
      flex: none;
      width: 1.4em;
      height: 1.4em;
    }
    .position-own {
      fill: var(--wbm-text-color, #1a1a1a);
    }
    .position-other {
      fill: var(--wbm-position-color, #c9ced6);
    }
    .deelthemas {
      margin: 0 0 0.25em 2.4em;
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.875em;
    }
    /* The empty text after the slash is the bullet's alternative text, so screen readers skip it.
       Engines that lack this syntax drop the second declaration and show the first. */
    .deelthemas li::before {
      content: '· ';
      content: '· ' / '';
    }
    .hint {
      margin: 0.25em 0 0;
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.875em;
    }
    .horizontal .hint {
      display: none;
    }
    @media (forced-colors: active) {
      .swatch-fill {
        fill: Canvas;
        stroke: CanvasText;
      }
      .pattern-dots,
      .position-own {
        fill: CanvasText;
      }
      .marker {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 2px;
      }
      .pattern-hatch {
        stroke: CanvasText;
      }
      .thema.highlighted button {
        border-color: Highlight;
      }
      /* A pinned thema's button has the background Highlight, on which its own slice of the
         position ring is filled with the button's text colour and the other slices are outlined. */
      button[aria-pressed='true'] .position-own {
        fill: HighlightText;
      }
      button[aria-pressed='true'] .position-other {
        fill: Highlight;
        stroke: HighlightText;
        stroke-width: 1px;
      }
    }
    @media print {
      :host {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .hint {
        display: none;
      }
      /* A page break falls between groups, not inside one or under its title. */
      .group,
      .thema {
        break-inside: avoid;
      }
      .group-title {
        break-after: avoid;
      }
    }
  `,
];
