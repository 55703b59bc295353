/**
 * Measures text widths in px with a canvas, in the font family that an element computes. Results
 * are cached until `clear()`, which elements call when web fonts finish loading.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | null = null;
  private readonly cache = new Map<string, number>();

  measure(text: string, font: string, element: Element): number {
    const family = getComputedStyle(element).fontFamily || 'sans-serif';
    const fullFont = `${font} ${family}`;
    const key = `${fullFont}\u0000${text}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;

    this.context ??= document.createElement('canvas').getContext('2d');
    if (!this.context) return text.length * parseFloat(font.replace(/^\d{3} /, '')) * 0.6;

    this.context.font = fullFont;
    const width = this.context.measureText(text).width;
    this.cache.set(key, width);
    return width;
  }

  clear(): void {
    this.cache.clear();
  }
}
