/** Font size in px of the total in the centre of a profieltaart, as in the styles. */
export const TOTAL_VALUE_SIZE = 26;
/** Smallest font size in px of the total before a caption makes room for it. */
const MIN_VALUE_SIZE = 12;
/** Space in px between the ink of a shrunk total and the ink of a caption. */
const INK_GAP = 1;
/** Part of the radius that the total may take above or below the centre where no caption is. */
const FREE_REACH = 0.6;

/** Advance width and ink above and below the baseline of a text, in px. */
export interface TextInk {
  width: number;
  ascent: number;
  descent: number;
}

interface Room {
  top: number;
  bottom: number;
}

/** Size and baseline of the total in the centre, and the captions that show with it. */
export interface TotalPlacement {
  /** Font size of the total in px. */
  size: number;
  /** y of the total's baseline, from the centre down, in px. */
  baseline: number;
  /** Whether the caption above the total ("Totaal") shows. */
  caption: boolean;
  /** Whether the class label under the total shows. */
  classLabel: boolean;
}

/**
 * Places the total in the centre circle of `radius` px between its captions. `inkAt` measures the
 * total at a font size in px. `captionBottom` is the y of the lowest ink of the caption above the
 * total and `classTop` the y of the highest ink of the class label under it, each null when there
 * is none. The total keeps its size and its baseline at 0.35 em where it fits, as on charts 280 px
 * wide and wider, and otherwise moves up or down as little as it needs to. Where it still does not
 * fit, it shrinks to a whole px size. Below `MIN_VALUE_SIZE` the caption above gives way first, then
 * the class label, as long as that makes the total larger.
 */
export function placeTotal(
  radius: number,
  inkAt: (size: number) => TextInk,
  captionBottom: number | null,
  classTop: number | null,
): TotalPlacement {
  const maxWidth = radius * 1.6;
  const full = inkAt(TOTAL_VALUE_SIZE);
  const choices = [
    { caption: captionBottom !== null, classLabel: classTop !== null },
    { caption: false, classLabel: classTop !== null },
    { caption: false, classLabel: false },
  ];

  let best: TotalPlacement | null = null;
  for (const { caption, classLabel } of choices) {
    const room = (gap: number): Room => ({
      top: caption ? captionBottom! + gap : -radius * FREE_REACH,
      bottom: classLabel ? classTop! - gap : radius * FREE_REACH,
    });
    const fits = (ink: TextInk, { top, bottom }: Room) => ink.width <= maxWidth && ink.ascent + ink.descent <= bottom - top;

    // At full size the total may touch a caption, as on charts 280 px wide and wider, where the
    // ink of the total and of the class label can just meet. A shrunk total keeps a gap.
    let size = TOTAL_VALUE_SIZE;
    let ink = full;
    let { top, bottom } = room(0);
    if (!fits(full, { top, bottom })) {
      ({ top, bottom } = room(INK_GAP));
      // Ink scales with the font size only roughly, because Chromium, Firefox and WebKit return
      // canvas ink bounds in whole px. So the size is measured again and lowered until its ink fits.
      const scale = Math.min(maxWidth / full.width, (bottom - top) / (full.ascent + full.descent));
      size = Math.max(1, Math.min(TOTAL_VALUE_SIZE - 1, Math.floor(TOTAL_VALUE_SIZE * scale)));
      ink = inkAt(size);
      while (size > 1 && !fits(ink, { top, bottom })) {
        size -= 1;
        ink = inkAt(size);
      }
    }
    const baseline = Math.min(Math.max(0.35 * size, top + ink.ascent), bottom - ink.descent);
    const placement = { size, baseline, caption, classLabel };
    if (size >= MIN_VALUE_SIZE) return placement;
    // Dropping a caption helps only where the height limits the total, not its width.
    if (!best || size > best.size) best = placement;
  }
  return best!;
}
