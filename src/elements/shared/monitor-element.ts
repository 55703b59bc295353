import { LitElement, type PropertyDeclaration } from 'lit';
import { valueText } from '../../model/compare.js';
import { adoptStylesInDocument, renderRootInOtherDocument } from './document-styles.js';
import { dataChanged } from './linked-targets.js';
import { isThenable } from '../../data/monitor-source.js';

/**
 * Reflects a property as text whatever a script set it to. Lit's default passes the value to
 * `setAttribute()`, which throws for an object without prototype and so breaks the element's update.
 */
const textAttribute = {
  toAttribute: (value: unknown) => (value == null ? value : valueText(value)),
};

/**
 * Base class of the wijkmonitor elements: reflects every text property safely as text, and keeps the
 * element's styles when a script moves it to another document, such as an iframe's.
 */
export class MonitorElement extends LitElement {
  /**
   * Gives every reflected property without a converter of its own the text converter. Boolean
   * properties keep Lit's, which removes the attribute for false: the text "false" would read back
   * as true. @internal
   */
  static override createProperty(name: PropertyKey, options: PropertyDeclaration = {}): void {
    const asText = options.reflect && !options.converter && options.type !== Boolean;
    super.createProperty(name, asText ? { ...options, converter: textAttribute } : options);
  }

  /**
   * Also updates the elements linked to this one when its `data` changes, and handles the rejection
   * of a promise set as `data`. An element that is removed, or given other data, before the promise
   * settles never awaits it. The page would then report the rejection as unhandled. @internal
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== 'data') return;
    dataChanged(this);
    try {
      const data = (this as { data?: unknown }).data;
      if (isThenable(data)) Promise.resolve(data).catch(() => undefined);
    } catch {
      // A `then` getter or proxy trap threw. The element shows a message when it reads the data.
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return renderRootInOtherDocument(this) ?? super.createRenderRoot();
  }

  /** Builds the element's styles again in the document it moved to, which cannot use the sheets of the first. @internal */
  adoptedCallback(): void {
    adoptStylesInDocument(this);
  }
}
