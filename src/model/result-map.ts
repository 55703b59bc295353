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
  /** Per code, the built result or the input object that is still to be built. */
  private readonly slots = new Map<string, GebiedResult | Record<string, unknown>>();
  /** The slots that are built results; a pending input needs no wrapper object this way. */
  private readonly builtSlots = new WeakSet<object>();

  constructor(private readonly build: BuildResult) {}

  get size(): number {
    return this.slots.size;
  }

  /** Adds a clean result to build when it is read. The validator has checked that `code` is new. */
  addPending(code: string, input: Record<string, unknown>): void {
    this.slots.set(code, input);
  }

  /** Adds a result that is already built. The validator has checked that `code` is new. */
  addBuilt(code: string, result: GebiedResult): void {
    this.builtSlots.add(result);
    this.slots.set(code, result);
  }

  has(code: string): boolean {
    return this.slots.has(code);
  }

  get(code: string): GebiedResult | undefined {
    const slot = this.slots.get(code);
    if (slot === undefined) {
      return undefined;
    }
    return this.builtSlots.has(slot) ? (slot as GebiedResult) : this.buildSlot(code, slot as Record<string, unknown>);
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  values(): MapIterator<GebiedResult> {
    return this.buildAll().values();
  }

  entries(): MapIterator<[string, GebiedResult]> {
    return this.buildAll().entries();
  }

  [Symbol.iterator](): MapIterator<[string, GebiedResult]> {
    return this.buildAll().entries();
  }

  forEach(callback: (value: GebiedResult, key: string, map: ReadonlyMap<string, GebiedResult>) => void, thisArg?: unknown): void {
    this.buildAll().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  private buildSlot(code: string, input: Record<string, unknown>): GebiedResult {
    const result = this.build(input);
    this.builtSlots.add(result);
    this.slots.set(code, result);
    return result;
  }

  /** Builds every pending result. Replacing the value of an existing key keeps the order. */
  private buildAll(): Map<string, GebiedResult> {
    for (const [code, slot] of this.slots) {
      if (!this.builtSlots.has(slot)) {
        this.buildSlot(code, slot as Record<string, unknown>);
      }
    }
    return this.slots as Map<string, GebiedResult>;
  }
}
