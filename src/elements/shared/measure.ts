import { fitText } from '../../geometry/profile-layout.js';
import type { TextInk } from '../../geometry/total-layout.js';

/** Widths in px by font and text, shared by every element on the page. */
const widths = new Map<string, number>();
/** Ink heights above and below the baseline by font and text, shared by every element on the page. */
const inkHeights = new Map<string, [number, number]>();
/** Results of `fit` by font, width and text, shared by every element on the page. */
const fittedTexts = new Map<string, string>();
/** Entries before the shared cache starts over; fitting one label measures a few dozen prefixes. */
const MAX_CACHED_WIDTHS = 20_000;
let sharedContext: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (sharedContext === undefined) sharedContext = document.createElement('canvas').getContext('2d');
  return sharedContext;
}

/**
 * Measures text widths in px with one canvas shared by every element, in the font family and text
 * spacing that an element computes. `read(element)` reads them once, before a render measures its
 * texts, so measuring never reads styles itself. Widths are cached across elements until `clear()`,
 * which elements call when web fonts finish loading.
 */
export class TextMeasurer {
  private family = 'sans-serif';
  /** Computed letter-spacing and word-spacing in em, such as a user style sheet sets for legibility. */
  private spacing = [0, 0];

  /** Reads the element's computed font family and text spacing; call once per render, before `measure`. */
  read(element: Element): void {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    this.family = style.fontFamily || 'sans-serif';
    this.spacing = [parseFloat(style.letterSpacing) / size || 0, parseFloat(style.wordSpacing) / size || 0];
  }

  /**
   * Returns the width in px of `text` in `font` (size, optionally weight first), the read family and
   * the read spacing, scaled to the font size as a spacing in em is, such as WCAG's text-spacing test
   * sets on every element. NOTE: a spacing in px that the text inherits from the element comes out
   * smaller for text smaller than the element's.
   */
  measure(text: string, font: string): number {
    const fullFont = `${font} ${this.family}`;
    const key = `${fullFont} ${this.spacing}\u0000${text}`;
    const cached = widths.get(key);
    if (cached !== undefined) return cached;

    const size = parseFloat(font.replace(/^\d{3} /, ''));
    const context = canvasContext();
    if (!context) return text.length * size * 0.6;

    if (context.font !== fullFont) context.font = fullFont;
    // Canvas metrics leave out text spacing, which the browser adds after every character and space.
    const [letter, word] = this.spacing;
    const width = context.measureText(text).width + (letter * text.length + word * (text.split(' ').length - 1)) * size;
    if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
    widths.set(key, width);
    return width;
  }

  /**
   * Returns the advance width of `text` in `font`, as `measure` does, and the height of its ink above
   * and below the baseline. Without a canvas the heights are estimates: 0.75 em up and 0.25 em down.
   */
  ink(text: string, font: string): TextInk {
    const width = this.measure(text, font);
    const fullFont = `${font} ${this.family}`;
    const key = `${fullFont}\u0000${text}`;
    let heights = inkHeights.get(key);
    if (!heights) {
      const context = canvasContext();
      if (context) {
        if (context.font !== fullFont) context.font = fullFont;
        const metrics = context.measureText(text);
        heights = [metrics.actualBoundingBoxAscent, metrics.actualBoundingBoxDescent];
      } else {
        const size = parseFloat(font.replace(/^\d{3} /, ''));
        heights = [0.75 * size, 0.25 * size];
      }
      if (inkHeights.size >= MAX_CACHED_WIDTHS) inkHeights.clear();
      inkHeights.set(key, heights);
    }
    return { width, ascent: heights[0], descent: heights[1] };
  }

  /**
   * Returns `text` shortened with an ellipsis to fit `maxWidth` px in `font`, as `fitText` does. The
   * result is cached, so a render that repeats a label at the same width measures nothing.
   */
  fit(text: string, maxWidth: number, font: string): string {
    const key = `${font} ${this.family} ${this.spacing}\u0000${maxWidth}\u0000${text}`;
    const cached = fittedTexts.get(key);
    if (cached !== undefined) return cached;

    const fitted = fitText(text, maxWidth, (part) => this.measure(part, font));
    if (fittedTexts.size >= MAX_CACHED_WIDTHS) fittedTexts.clear();
    fittedTexts.set(key, fitted);
    return fitted;
  }

  /** Forgets every cached width, ink height and fitted text, for all elements, because a web font that loaded changes them. */
  clear(): void {
    widths.clear();
    inkHeights.clear();
    fittedTexts.clear();
  }
}
