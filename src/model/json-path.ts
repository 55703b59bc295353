/**
 * JSON paths such as `$.resultaten[3].deelthemas.rondkomen.waarde` for problem reports.
 *
 * A path is a linked list from the leaf to `$`, so the validator can pass a child path with every
 * value it reads without building a string. The string is built only when a problem is reported.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export class JsonPath {
  static readonly root = new JsonPath(null, '$');

  private constructor(
    private readonly parent: JsonPath | null,
    private readonly key: string | number,
  ) {}

  /** Returns the path of a property (string key) or array element (number key) below this one. */
  child(key: string | number): JsonPath {
    return new JsonPath(this, key);
  }

  /** Formats the path; keys that are not identifiers are written as `["sport-bewegen"]`. */
  toString(): string {
    const segments: string[] = [];
    for (let node: JsonPath | null = this; node !== null; node = node.parent) {
      segments.push(node.formatSegment());
    }
    return segments.reverse().join('');
  }

  private formatSegment(): string {
    if (this.parent === null) {
      return String(this.key);
    }
    if (typeof this.key === 'number') {
      return `[${this.key}]`;
    }
    return IDENTIFIER.test(this.key) ? `.${this.key}` : `[${JSON.stringify(this.key)}]`;
  }
}
