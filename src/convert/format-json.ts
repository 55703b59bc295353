/**
 * Pretty-prints JSON with two-space indents, but writes an object or array whose members are all
 * primitives on one line, so that every gebied, label and score takes one line and diffs stay small.
 * Key order is the insertion order of the object, which the converter keeps fixed.
 */
export function formatJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }

  // As in JSON.stringify, a member whose value is undefined is left out and an undefined array item
  // becomes null, so that an optional key the mapping lacks never writes the invalid word undefined.
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((item) => [null, item ?? null])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return open + close;
  }

  const member = ([key, item]: [string | null, unknown], itemIndent: string) =>
    (key === null ? '' : `${JSON.stringify(key)}: `) + formatJson(item, itemIndent);
  const isFlat = entries.every(([, item]) => item === null || typeof item !== 'object');
  if (isFlat) {
    const inner = entries.map((entry) => member(entry, indent)).join(', ');
    return Array.isArray(value) ? `[${inner}]` : `{ ${inner} }`;
  }

  const itemIndent = `${indent}  `;
  const lines = entries.map((entry) => itemIndent + member(entry, itemIndent));
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}
