/**
 * A deterministic estimate of text widths, for rendering without a canvas (in Node or in a worker).
 *
 * The tables contain the advance widths of Helvetica and Helvetica Bold in thousandths of the font
 * size. Arial and Liberation Sans share these widths, so the estimate fits the sans-serif that most
 * systems pick for `font-family: sans-serif`; test/render/text-width.test.ts compares it with
 * Liberation Sans in Chromium. A wider fallback font such as DejaVu Sans may overrun a label.
 */

/** Printable ASCII from U+0020 to U+007E, regular weight. */
const REGULAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

/** Printable ASCII from U+0020 to U+007E, bold weight. */
const BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Punctuation outside ASCII that the charts write: minus, dashes, quotes, ellipsis, no-break space. */
const EXTRA: Record<string, [regular: number, bold: number]> = {
  '\u2212': [584, 584],
  '\u2013': [556, 556],
  '\u2014': [1000, 1000],
  '\u2018': [222, 278],
  '\u2019': [222, 278],
  '\u201c': [333, 500],
  '\u201d': [333, 500],
  '\u2026': [1000, 1000],
  '\u00a0': [278, 278],
  '\u00b7': [278, 278],
  '\u203a': [333, 333],
};

/** Width of a character the table does not know, such as a CJK ideograph or an emoji. */
const UNKNOWN_WIDE = 1000;
const UNKNOWN = 556;

/** Font weight as the renderer uses it. */
export type Weight = 'regular' | 'bold';

function characterWidth(character: string, weight: Weight): number {
  const table = weight === 'bold' ? BOLD_ASCII : REGULAR_ASCII;
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) {
    return table[code - 0x20];
  }

  const extra = EXTRA[character];
  if (extra !== undefined) {
    return weight === 'bold' ? extra[1] : extra[0];
  }

  // A Latin letter with a diacritic (é, ë, ç) is as wide as its base letter.
  const base = character.normalize('NFD').charAt(0);
  const baseCode = base.codePointAt(0) ?? 0;
  if (base !== character && baseCode >= 0x20 && baseCode <= 0x7e) {
    return table[baseCode - 0x20];
  }

  if (/\p{M}/u.test(character)) {
    return 0;
  }
  return code >= 0x1100 ? UNKNOWN_WIDE : UNKNOWN;
}

/** Estimates the width in px of `text` set in a Helvetica-like sans-serif of `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  let total = 0;
  for (const character of text) {
    total += characterWidth(character, weight);
  }
  return (total * fontSize) / 1000;
}

/**
 * Breaks `text` into lines of at most `maxWidth` px at spaces. A word longer than a line gets a
 * line of its own and may overrun it.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';

  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }

  if (line !== '') {
    lines.push(line);
  }
  return lines;
}
