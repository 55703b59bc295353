import type { CSSResultOrNative, LitElement } from 'lit';

/**
 * The style sheets of each element class, built again for each other document that one of its
 * elements moved to. A constructed style sheet belongs to the document it was made in, and another
 * document's shadow root drops it.
 */
const sheetsByDocument = new WeakMap<Document, Map<Function, CSSStyleSheet[]>>();

function cssText(style: CSSResultOrNative): string {
  if ('cssText' in style && typeof style.cssText === 'string') return style.cssText;
  return Array.from((style as CSSStyleSheet).cssRules, (rule) => rule.cssText).join('\n');
}

/**
 * Gives an element's shadow root its class's styles again after the element moved to another
 * document, such as an iframe's; call from `adoptedCallback()`. Back in its own document it takes
 * the class's own sheets.
 */
export function adoptStylesInDocument(element: LitElement): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView;
  if (!root || !view || !('adoptedStyleSheets' in root)) return;

  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (element.ownerDocument === document) {
    root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    return;
  }

  let byClass = sheetsByDocument.get(element.ownerDocument);
  if (!byClass) {
    byClass = new Map();
    sheetsByDocument.set(element.ownerDocument, byClass);
  }
  let sheets = byClass.get(element.constructor);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    byClass.set(element.constructor, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

/**
 * Creates the shadow root, with its styles, of an element that is first connected in another document
 * than this one, as when a script creates it here and appends it to an iframe at once. Lit's own
 * `createRenderRoot()` would give it this document's sheets, which the browser rejects with a
 * NotAllowedError. Call from `createRenderRoot()`. Returns null in this document.
 */
export function renderRootInOtherDocument(element: LitElement): ShadowRoot | null {
  if (element.ownerDocument === document) return null;
  const root = element.shadowRoot ?? element.attachShadow((element.constructor as typeof LitElement).shadowRootOptions);
  adoptStylesInDocument(element);
  return root;
}
