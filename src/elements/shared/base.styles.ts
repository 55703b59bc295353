import { css } from 'lit';

/**
 * Rules that every element needs: the content runs left to right on any page, the `hidden`
 * attribute hides the host, and `.visually-hidden` hides content visually while keeping it
 * available to screen readers. `.nobr` keeps a word that starts with "'s-" on one line where it
 * fits (see `nameText`), and focus rings and pressed buttons take the system colour Highlight in
 * forced colours. The module reads no `--wbm-*` token, so adopting it adds nothing to an element's
 * styling API.
 */
export const baseStyles = css`
  /* Dutch and English run left to right, so the content keeps that direction on a right-to-left
     page too, where "−1,3" would show as "1,3−" and outer labels would grow over the ring. The
     parent's direction still places the host's own box. */
  :host {
    direction: ltr;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /* An inline block is as wide as its text, up to the whole line, so the word breaks only where a
     whole line cannot hold it. It then breaks at the last letter that fits, because at the hyphen
     after "'s-", which is an ordinary break opportunity, it would leave "'s-" alone on a line. The
     minimum width, a little more than "'s-H" in common sans-serif fonts, keeps "'s-" with its
     letter on lines narrower than that too, where the word then overflows.
     NOTE: Chromium and WebKit also break before a hyphen that ends the word, so on a line a little
     narrower than "'s-Hertogenbosch-" that hyphen starts the next line. Firefox keeps it. */
  .nobr {
    display: inline-block;
    min-width: 2.5em;
    max-width: 100%;
    word-break: break-all;
  }
  /* A table may narrow a column to the widest unbreakable piece of its text, which break-all makes a
     single letter. A header cell therefore keeps the name on one line, and the table, which scrolls
     sideways, grows instead. */
  th .nobr {
    white-space: nowrap;
  }
  /* Every focus ring takes the system's focus colour, whatever colour token a page set. Important,
     because each element's own :focus-visible rule is more specific. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight !important;
    }
    /* Forced colours drop the background that marks a pressed button, so the system colours do. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight !important;
      color: HighlightText !important;
    }
  }
`;
