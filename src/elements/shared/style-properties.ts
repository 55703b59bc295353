import { noChange, nothing, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`element.style.setProperty`), never through
 * the `style` attribute. Lit's `styleMap` writes the attribute on the first render, which a host
 * page with `style-src 'self'` (no 'unsafe-inline') blocks and reports as a violation.
 * Use it as `style=${styleProperties({ fill })}`; null or undefined removes a property.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProperties() must be used in the style attribute.');
    }
  }

  render(_properties: Record<string, string | null | undefined>): typeof nothing {
    return nothing;
  }

  override update(part: AttributePart, [properties]: [Record<string, string | null | undefined>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (properties[name] === null || properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
