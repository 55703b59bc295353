import { css, unsafeCSS } from 'lit';
import { CLASS_COLORS, CLASS_COLOR_PROPERTIES, type RatingClassName } from './palette.js';

/**
 * Class colours, shared by every element. Each token falls back to a shared `--wbm-*` token and
 * then to the literal in `CLASS_COLORS`, so a gemeente themes all elements at once.
 */
export const classColors = unsafeCSS(
  (Object.keys(CLASS_COLORS) as RatingClassName[])
    .map((name) => `.${name} { --_fill: var(${CLASS_COLOR_PROPERTIES[name]}, ${CLASS_COLORS[name]}); }`)
    .join('\n'),
);

/**
 * The patterns that the pie, the legend and the comparison lay over class colours
 * (`patternDefs()` in patterns.ts). The pie draws thicker hatching and overrides the stroke width.
 */
export const patternStyles = css`
  .pattern {
    pointer-events: none;
  }
  .pattern-dots {
    fill: var(--wbm-pattern-color, #ffffff);
    opacity: 0.55;
  }
  .pattern-hatch {
    stroke: var(--wbm-pattern-color, #ffffff);
    stroke-width: 1.2px;
    opacity: 0.55;
  }
  .pattern-no-data {
    stroke: var(--wbm-no-data-border-color, #5f6b7a);
    stroke-width: 1px;
    opacity: 0.6;
  }
`;
