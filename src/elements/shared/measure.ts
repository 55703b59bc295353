/** Widths in px by font and text, shared by every element on the page. */
const widths = new Map<string, number>();
/** Entries before the shared cache starts over; fitting one label measures a few dozen prefixes. */
const MAX_CACHED_WIDTHS = 20_000;
let sharedContext: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (sharedContext === undefined) sharedContext = document.createElement('canvas').getContext('2d');
  return sharedContext;
}

/**
 * Measures text widths in px with one canvas shared by every element, in the font family that an
 * element computes. `read(element)` reads that family once, before a render measures its texts, so
 * measuring never reads styles itself. Widths are cached across elements until `clear()`, which
 * elements call when web fonts finish loading.
 */
export class TextMeasurer {
  private family = 'sans-serif';

  /** Reads the element's computed font family; call once per render, before `measure`. */
  read(element: Element): void {
    this.family = getComputedStyle(element).fontFamily || 'sans-serif';
  }

  /** Returns the width in px of `text` in `font` (size, optionally weight first) and the read family. */
  measure(text: string, font: string): number {
    const fullFont = `${font} ${this.family}`;
    const key = `${fullFont}\u0000${text}`;
    const cached = widths.get(key);
    if (cached !== undefined) return cached;

    const context = canvasContext();
    if (!context) return text.length * parseFloat(font.replace(/^\d{3} /, '')) * 0.6;

    if (context.font !== fullFont) context.font = fullFont;
    const width = context.measureText(text).width;
    if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
    widths.set(key, width);
    return width;
  }

  /** Forgets every cached width, for all elements, because a web font that loaded changes them. */
  clear(): void {
    widths.clear();
  }
}
