import type { ScaleInput } from '../model/types.js';

/**
 * Returns the id of the class that `value` falls in: the first class, best first, whose `vanaf` is
 * null or at most `value`. So `vanaf` is an inclusive lower bound. With the situatie bounds 0.5 and
 * −0.5, 0.5 is boven, −0.5 is gemiddeld and −0.51 is beneden.
 *
 * Throws on a value that is not a finite number, and when no class matches, which a scale checked by
 * `validateMapping` rules out.
 */
export function classify(value: number, scale: ScaleInput): string {
  if (!Number.isFinite(value)) {
    throw new Error(`Cannot classify ${value}; expected a finite number.`);
  }
  for (const klasse of scale.klassen) {
    if (klasse.vanaf == null || value >= klasse.vanaf) {
      return klasse.id;
    }
  }
  throw new Error(`No class of the scale covers ${value}; give the last class vanaf null.`);
}
