import { css } from 'lit';

/**
 * Class colours, shared by every element. Each token falls back to a shared `--wbm-*` token and
 * then to a literal, so a gemeente themes all elements at once. The literals keep white text and
 * white slice borders at 4.5:1 or more.
 */
export const classColors = css`
  .rating-plus-3 {
    --_fill: var(--wbm-class-plus-3-color, #0f5a2e);
  }
  .rating-plus-2 {
    --_fill: var(--wbm-class-plus-2-color, #1b6b3a);
  }
  .rating-plus-1 {
    --_fill: var(--wbm-class-plus-1-color, #2a7a46);
  }
  .rating-neutral {
    --_fill: var(--wbm-class-neutral-color, #5f6b7a);
  }
  .rating-minus-1 {
    --_fill: var(--wbm-class-minus-1-color, #b83d1c);
  }
  .rating-minus-2 {
    --_fill: var(--wbm-class-minus-2-color, #9c3014);
  }
  .rating-minus-3 {
    --_fill: var(--wbm-class-minus-3-color, #7d240c);
  }
  .no-data {
    --_fill: var(--wbm-no-data-color, #ffffff);
  }
`;

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
