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

/** Hides content visually while keeping it available to screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
