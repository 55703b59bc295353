/**
 * The results of one jaar, keyed by gebied code, each built into a `GebiedResult` when it is first
 * read.
 *
 * A monitor of 15,000 gebieden contains about half a million scores, and an element shows a few of them.
 * The validator checks every result and reports every problem, but builds the normalised scores of a
 * clean result only when a caller asks for it, so that loading a large file costs little more than
 * `JSON.parse`.
 */

import type { GebiedResult } from './types.js';

/** A result that the validator found clean, kept as the data wrote it until it is read. */
export class PendingResult {
  constructor(readonly input: Record<string, unknown>) {}
}

/** Reads a result that the validator found clean into the normalised model. */
export type BuildResult = (input: Record<string, unknown>) => GebiedResult;

/**
 * A read-only map from gebied code to result, in the order of `resultaten`. `get` builds a pending
 * result once and then returns the same object, and iterating builds every pending result.
 *
 * NOTE: a pending result is read from the input object when it is first asked for. A caller that
 * changes the object it passed to `validate` afterwards gets the changed values, read by the same
 * readers (invalid values then become missing ones), but without a problem report.
 */
export class ResultMap implements ReadonlyMap<string, GebiedResult> {
  private readonly slots = new Map<string, GebiedResult | PendingResult>();

  constructor(private readonly build: BuildResult) {}

  get size(): number {
    return this.slots.size;
  }

  /** Adds a result. The validator has checked that `code` is not in the map yet. */
  add(code: string, slot: GebiedResult | PendingResult): void {
    this.slots.set(code, slot);
  }

  has(code: string): boolean {
    return this.slots.has(code);
  }

  get(code: string): GebiedResult | undefined {
    const slot = this.slots.get(code);
    if (slot instanceof PendingResult) {
      const result = this.build(slot.input);
      this.slots.set(code, result);
      return result;
    }
    return slot;
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  values(): MapIterator<GebiedResult> {
    return this.built().values();
  }

  entries(): MapIterator<[string, GebiedResult]> {
    return this.built().entries();
  }

  [Symbol.iterator](): MapIterator<[string, GebiedResult]> {
    return this.built().entries();
  }

  forEach(callback: (value: GebiedResult, key: string, map: ReadonlyMap<string, GebiedResult>) => void, thisArg?: unknown): void {
    this.built().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  /** Builds every pending result. Replacing the value of an existing key keeps the order. */
  private built(): Map<string, GebiedResult> {
    for (const [code, slot] of this.slots) {
      if (slot instanceof PendingResult) {
        this.slots.set(code, this.build(slot.input));
      }
    }
    return this.slots as Map<string, GebiedResult>;
  }
}
