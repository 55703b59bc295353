import { html, nothing } from 'lit';
import type { Text } from '../../model/types.js';
import { dutchOnly } from '../../model/read.js';

/**
 * Returns `nl` as the `lang` of a label or description that the data gave in Dutch only, so that a
 * screen reader reads it as Dutch in an English element (WCAG 3.1.2 language of parts), and no
 * attribute otherwise. In a Dutch element the attribute repeats the element's own language.
 */
export function textLang(text: Text | undefined): 'nl' | typeof nothing {
  return dutchOnly.has(text as Text) ? 'nl' : nothing;
}

/**
 * A word that starts with "'s-" or "’s-", as in 's-Hertogenbosch, up to its next space or hyphen. A
 * hyphen that ends the word is part of it, so that a line breaks after that hyphen, not before it.
 */
const PREFIXED_WORD = /(['’]s-[^\s-]+-?)/;

/**
 * Renders text that may contain a gebied or gemeente name so that a line never breaks right after
 * a leading "'s-". Such a word goes into a `.nobr` span, an inline block (see `baseStyles`) that
 * moves to the next line as a whole and breaks inside only where the whole line is too narrow for
 * it. The rest stays plain text, so a later hyphen, as in 's-Hertogenbosch-Noord, may still break.
 * The span contains the whole word, as one text node, rather than only "'s-H", because a screen
 * reader may read an inline element as a separate item, which would split the name. The text
 * content stays the given text.
 */
export function nameText(text: string): unknown {
  const parts = text.split(PREFIXED_WORD);
  if (parts.length === 1) return text;

  return parts.map((part, index) => (index % 2 ? html`<span class="nobr">${part}</span>` : part));
}
