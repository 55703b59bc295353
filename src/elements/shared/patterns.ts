import { svg, type SVGTemplateResult } from 'lit';

/** Pattern spacing in px: the pie's slices are large, swatches and small multiples are not. */
const SIZES = {
  large: { dots: 8, radius: 1.4, hatch: 7, noData: 6 },
  small: { dots: 6, radius: 1.1, hatch: 5, noData: 5 },
} as const;

/**
 * Renders the `<pattern>` definitions that `ratingPattern()` names (`dots`, `hatch`, `no-data`), so
 * that classes differ by more than colour. Ids are local to each shadow root, so every element that
 * draws patterns renders these once.
 */
export function patternDefs(size: keyof typeof SIZES): SVGTemplateResult {
  const { dots, radius, hatch, noData } = SIZES[size];
  return svg`<defs>
    <pattern id="dots" width=${dots} height=${dots} patternUnits="userSpaceOnUse">
      <circle class="pattern-dots" cx=${dots / 2} cy=${dots / 2} r=${radius}></circle>
    </pattern>
    <pattern id="hatch" width=${hatch} height=${hatch} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line class="pattern-hatch" x1="0" y1="0" x2="0" y2=${hatch}></line>
    </pattern>
    <pattern id="no-data" width=${noData} height=${noData} patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      <line class="pattern-no-data" x1="0" y1="0" x2="0" y2=${noData}></line>
    </pattern>
  </defs>`;
}
