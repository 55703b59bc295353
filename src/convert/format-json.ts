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

/**
 * Yields the text of `formatJson(value)` in pieces: one per member of the top-level object and one
 * per item of its arrays. A large monitor file can then be written without holding its whole text
 * in memory, along with the copies that joining the text makes.
 */
export function* formatJsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield formatJson(value);
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.every(([, item]) => item === null || typeof item !== 'object')) {
    yield formatJson(value);
    return;
  }

  yield '{\n';
  for (const [index, [key, item]] of entries.entries()) {
    const end = index < entries.length - 1 ? ',\n' : '\n';
    const prefix = `  ${JSON.stringify(key)}: `;
    const items = Array.isArray(item) ? item.map((element) => element ?? null) : null;
    if (items === null || items.every((element) => element === null || typeof element !== 'object')) {
      yield `${prefix}${formatJson(item, '  ')}${end}`;
      continue;
    }

    yield `${prefix}[\n`;
    for (const [itemIndex, element] of items.entries()) {
      yield `    ${formatJson(element, '    ')}${itemIndex < items.length - 1 ? ',\n' : '\n'}`;
    }
    yield `  ]${end}`;
  }
  yield '}';
}
