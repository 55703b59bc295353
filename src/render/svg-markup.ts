/**
 * Building SVG markup as text. Every text and attribute value from the data passes through
 * `escapeXml`, so names such as `<script>` or `A & B` stay text.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes the five XML special characters and drops characters that XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
}

export type Attributes = Record<string, string | number | null | undefined>;

/** Rounds a coordinate to 2 decimals, which is finer than any screen or printer needs. */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Writes attributes in order, skipping null and undefined. Names of the form `style:fill` are
 * collected into one `style` attribute, so several colours can each add a declaration.
 */
function formatAttributes(attributes: Attributes): string {
  let output = '';
  const declarations: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) {
      continue;
    }
    const text = typeof value === 'number' ? String(round(value)) : value;
    if (name.startsWith('style:')) {
      declarations.push(`${name.slice('style:'.length)}:${text}`);
    } else {
      output += ` ${name}="${escapeXml(text)}"`;
    }
  }

  if (declarations.length > 0) {
    output += ` style="${escapeXml(declarations.join(';'))}"`;
  }
  return output;
}

/** Writes one element. `content` is markup that the caller built with these helpers. */
export function element(name: string, attributes: Attributes, content: string | null = null): string {
  const open = `<${name}${formatAttributes(attributes)}`;
  return content === null ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** Writes a text element whose content is escaped. */
export function textElement(name: string, attributes: Attributes, text: string): string {
  return element(name, attributes, escapeXml(text));
}

/** Rounds every number in SVG path data to 2 decimals, to keep files small. */
export function roundPath(path: string): string {
  return path.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (number) => String(round(Number(number))));
}
