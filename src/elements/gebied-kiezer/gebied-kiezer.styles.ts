import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { stateStyles } from '../shared/load-message.js';

// The picker draws no class colours, so it leaves out the shared tokens module, whose class colour
// tokens would otherwise count as part of its styling API.
export const gebiedKiezerStyles = [
  baseStyles,
  stateStyles,
  css`
    /* A margin, not padding, so that in normal flow it collapses with the margin of a paragraph
       or heading above or below the element, as the margins of two paragraphs do. */
    :host {
      display: block;
      margin-block: var(--wbm-gebied-kiezer-margin-block, var(--wbm-margin-block, 1em));
      position: relative;
      max-width: 100%;
      color: var(--wbm-text-color, #1a1a1a);
      font-family: var(--wbm-font-family, inherit);
      font-size: var(--wbm-font-size, 1rem);
      line-height: 1.4;
    }
    label {
      display: block;
      margin-bottom: 0.25em;
      font-weight: 700;
    }
    .field {
      display: flex;
      max-width: 28em;
      border: 2px solid var(--wbm-input-border-color, #5f6b7a);
      border-radius: var(--wbm-border-radius, 4px);
      background: var(--wbm-surface-color, #ffffff);
    }
    .field:focus-within {
      outline: 3px solid var(--wbm-focus-color, #1a1a1a);
      outline-offset: 1px;
    }
    input {
      flex: 1;
      min-width: 0;
      min-height: 2.75em;
      padding: 0 0.6em;
      border: 0;
      background: transparent;
      color: inherit;
      font: inherit;
    }
    input:focus {
      outline: none;
    }
    input::placeholder {
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    .toggle {
      flex: none;
      width: 2.75em;
      border: 0;
      border-left: 1px solid var(--wbm-input-border-color, #5f6b7a);
      background: none;
      color: inherit;
      cursor: pointer;
    }
    .toggle svg {
      width: 0.8em;
      height: 0.8em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 10;
      left: 0;
      right: 0;
      max-width: 28em;
      max-height: min(22em, 60vh);
      margin-top: 0.25em;
      overflow-y: auto;
      border: 1px solid var(--wbm-input-border-color, #5f6b7a);
      border-radius: var(--wbm-border-radius, 4px);
      background: var(--wbm-surface-color, #ffffff);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    }
    [role='listbox'][hidden] {
      display: none;
    }
    .group-label {
      position: sticky;
      top: 0;
      padding: 0.35em 0.6em;
      background: var(--wbm-group-background, #eef1f4);
      color: var(--wbm-muted-text-color, #4a4a4a);
      font-size: 0.875em;
      font-weight: 700;
    }
    /* A long name, such as "Bedrijventerrein Maaspoort" in a narrow list, breaks instead of running past it. */
    .group-label,
    .option {
      overflow-wrap: anywhere;
    }
    .option {
      padding: 0.45em 0.6em 0.45em 1.2em;
      cursor: pointer;
    }
    .option.gemeente,
    .option.wijk,
    .option.dorp {
      padding-left: 0.6em;
    }
    .option[aria-selected='true'] {
      font-weight: 700;
    }
    .option:hover {
      background: var(--wbm-hover-background, #f4f6f8);
    }
    .option.active {
      background: var(--wbm-highlight-background, #dfe5ec);
      outline: 2px solid var(--wbm-focus-color, #1a1a1a);
      outline-offset: -2px;
    }
    .no-results {
      margin: 0.35em 0 0;
      color: var(--wbm-muted-text-color, #4a4a4a);
    }
    @media (forced-colors: active) {
      .field:focus-within {
        outline-color: Highlight;
      }
      .option.active {
        outline-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .toggle,
      [role='listbox'] {
        display: none;
      }
    }
  `,
];
