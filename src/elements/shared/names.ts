import { html } from 'lit';

/** A word that starts with "'s-" or "’s-", as in 's-Hertogenbosch, up to its next hyphen or space. */
const PREFIXED_WORD = /(['’]s-[^\s-]+)/;

/**
 * Renders text that may contain a gebied or gemeente name so that a line never breaks right after
 * a leading "'s-". Such a word goes into a `.nobr` span (white-space: nowrap in `baseStyles`), and
 * the rest stays plain text, so a later hyphen, as in Rosmalen-Noord, may still break. The span
 * contains the whole word rather than only "'s-H", because a screen reader may read an inline
 * element as a separate item, which would split the name. The text content stays the given text.
 */
export function nameText(text: string): unknown {
  const parts = text.split(PREFIXED_WORD);
  if (parts.length === 1) return text;

  return parts.map((part, index) => (index % 2 ? html`<span class="nobr">${part}</span>` : part));
}
