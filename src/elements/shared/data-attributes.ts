import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `data-` aliases for plain attributes. Some CMS HTML filters strip attributes they do not know,
 * such as `gebied` or `jaar`, but keep every `data-*` attribute. An element that uses this
 * controller reads `data-gebied` as `gebied`.
 *
 * The alias is copied onto the plain attribute, so Lit's attribute converters and reflection apply
 * unchanged. When the markup has both, the plain attribute wins. After the element is connected,
 * the latest change of either attribute wins, so a script may drive the element through either.
 */
export class DataAttributeAliases implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly names: readonly string[];
  private connected = false;
  /** The value last copied from each alias, so that removing an alias removes only its own copy. */
  private readonly copied = new Map<string, string>();

  constructor(host: ReactiveControllerHost & Element, names: readonly string[]) {
    this.host = host;
    this.names = names;
    host.addController(this);
  }

  /** The `data-` attribute names to add to the element's `observedAttributes`. */
  static observed(names: readonly string[]): string[] {
    return names.map((name) => `data-${name}`);
  }

  hostConnected(): void {
    this.connected = true;
  }

  /** Copies a changed alias onto its plain attribute; call from `attributeChangedCallback`. */
  attributeChanged(name: string, value: string | null): void {
    if (!name.startsWith('data-')) return;
    const plain = name.slice('data-'.length);
    if (!this.names.includes(plain)) return;

    // Before the first connection the attributes come from the markup, where the plain one wins.
    if (!this.connected && this.host.hasAttribute(plain)) return;

    if (value !== null) {
      this.copied.set(plain, value);
      this.host.setAttribute(plain, value);
      return;
    }
    if (this.copied.has(plain) && this.host.getAttribute(plain) === this.copied.get(plain)) {
      this.host.removeAttribute(plain);
    }
    this.copied.delete(plain);
  }
}
