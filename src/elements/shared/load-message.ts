import { css, html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { TaskStatus } from '@lit/task';
import type { Lang, Monitor } from '../../model/types.js';
import type { MonitorSource } from '../../data/monitor-source.js';
import { LoadError, isAbortError } from '../../data/load-error.js';
import { CURLY_QUOTE, catalogs, truncateValue } from '../../i18n/catalog.js';
import { countProblems } from '../../model/problem-list.js';
import { optionalText, valueText } from '../../model/compare.js';
import { closeIds, curlyAttributes, writtenName } from './attribute-values.js';
import { idsOf } from './linked-targets.js';

/** Texts of the loading state and the message title, which differ per element. */
export interface StateTexts {
  loading: string;
  errorTitle: string;
}

/** Returns a URL with its percent-escapes decoded, as the web editor typed it, or as it is when that fails. */
function decodedUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Renders the state of a `MonitorSource` the way `<profiel-taart>` does: a loading placeholder, a
 * message in place with the same wording for every load failure, or `ready` with the monitor. A
 * failure to read a linked element's data, which that element explains itself, gets a short message
 * that points to it. `notes` renders the notes on the element's own attributes under any message,
 * so that a web editor sees every mistake at once.
 */
export function renderSourceState(
  source: MonitorSource,
  texts: StateTexts,
  lang: Lang,
  src: unknown,
  ready: (monitor: Monitor) => TemplateResult,
  linkedFor: unknown = null,
  linkedId: string | null = null,
  notes: () => unknown = () => nothing,
): TemplateResult {
  const task = source.task;
  switch (task.status) {
    case TaskStatus.INITIAL:
    case TaskStatus.PENDING:
      return renderLoading(texts.loading, lang);
    case TaskStatus.ERROR: {
      if (isAbortError(task.error)) return renderLoading(texts.loading, lang);
      // The linked element shows the full message, so this one only points to it.
      const shownBy = source.failureShownBy;
      // The pointer is no alert, so that the message it points to gets the alert of the burst.
      const message = shownBy
        ? renderMessage(texts.errorTitle, catalogs[lang].errors.linkedError(shownBy.localName, shownBy.id), lang, false)
        : renderMessage(texts.errorTitle, loadErrorBody(task.error, lang, src, source.timeoutMs(), linkedFor, linkedId, source.host), lang, true, task.error);
      return html`${message}${notes()}`;
    }
    case TaskStatus.COMPLETE:
      return ready(task.value!);
  }
}

/**
 * Renders the loading state, with `role="status"` unless it is part of a burst (see
 * `LiveRoleDirective`). `lang` marks the language of its text where it may differ from the
 * element's own, as in a legend or picker that follows the language of its linked element.
 */
export function renderLoading(text: string, lang?: Lang): TemplateResult {
  return html`<div class="loading" role=${liveRole('status')} lang=${lang ?? nothing}><span class="loading-disc"></span><span>${text}</span></div>`;
}

type LiveRole = 'alert' | 'status';

/** Time at which the latest loading state or message of each role appeared, from `performance.now()`, in ms. */
const lastShownAt: Record<LiveRole, number> = { alert: -Infinity, status: -Infinity };

/**
 * Returns false when `element` is not rendered, such as in a closed `<details>` or a hidden tab
 * panel. An element with `display: contents` has no box, so `checkVisibility()` is false for it
 * although its shadow content shows, and its nearest ancestor with a box decides instead. Each call
 * updates the page's style if it changed.
 */
function isRendered(element: Element | undefined): boolean {
  while (element?.checkVisibility?.() === false) {
    if (getComputedStyle(element).display !== 'contents') return false;
    element = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  }
  return true;
}

/**
 * Gives a loading state `role="status"`, or a message `role="alert"`, unless another one with the
 * same role appeared less than a second before it. When many elements load or fail at once, such as
 * 40 charts on one page, a screen reader then announces the first of them instead of all 40. The
 * others show the same text without a live role, so a visitor who reads on still meets each one in
 * place. Each one in the burst restarts the second, so that failures which arrive one by one over
 * the network still count as one burst. The role is chosen when the loading state or message
 * appears, and again when `key` changes, as for another failure in the same message element. It is
 * kept while the key stays, so that a later render of the same message, such as in another
 * language, neither adds nor drops the role.
 *
 * A loading state or message that appears while its host is not rendered, such as in a closed
 * `<details>` or a hidden tab panel, gets no live role and starts no burst, because a screen reader
 * would announce nothing then. It gets none when the host is shown either: the visitor who opens
 * the panel reads it there like the rest of the panel, and a panel of 40 failed charts opens
 * without 40 announcements. A hidden message never extends a burst either, but a hidden loading
 * state within a burst does, because loading states within a burst are not checked.
 */
class LiveRoleDirective extends Directive {
  private role?: LiveRole | typeof nothing;
  private key?: unknown;
  private readonly host?: Element;

  constructor(part: PartInfo) {
    super(part);
    this.host = (part as PartInfo & { options?: { host?: Element } }).options?.host;
  }

  render(role: LiveRole, key?: unknown): LiveRole | typeof nothing {
    if (!this.role || key !== this.key) {
      this.key = key;
      const now = performance.now();
      const inBurst = now - lastShownAt[role] < 1000;
      // Each visibility check updates the page's style, which the 40 loading states of a page would
      // each pay for, so a loading state within a burst is not checked and counts as rendered.
      // Messages are rare, so each one is checked.
      // NOTE: without `checkVisibility()` (before Chrome 105, Firefox 106, Safari 17.4) every host counts as rendered.
      const hidden = (!inBurst || role === 'alert') && !isRendered(this.host);
      if (!hidden) lastShownAt[role] = now;
      this.role = inBurst || hidden ? nothing : role;
    }
    return this.role;
  }
}

export const liveRole = directive(LiveRoleDirective);

/**
 * Renders a message in place, as an alert, so that a screen reader announces an error that replaces
 * the loading state or the chart. A message within a burst of them gets no live role (see
 * `LiveRoleDirective`), and neither does one with `alert` false. `key` identifies the failure
 * whatever the language, such as the English log line, so that another failure gets its role
 * decided again. `lang` works as in `renderLoading`.
 */
export function renderMessage(title: string, body: TemplateResult | string, lang?: Lang, alert = true, key?: unknown): TemplateResult {
  return html`<div class="message" part="message" role=${alert ? liveRole('alert', key) : nothing} lang=${lang ?? nothing}>
    <p class="message-title">${title}</p>
    ${typeof body === 'string' ? html`<p>${body}</p>` : body}
  </div>`;
}

/** Renders the explanation of a load failure: what failed, on which value, and what to do. */
export function loadErrorBody(
  error: unknown,
  lang: Lang,
  src: unknown,
  timeoutMs: number,
  linkedFor: unknown,
  linkedId: string | null = null,
  host: Element | null = null,
): TemplateResult {
  const errors = catalogs[lang].errors;
  // Anything else went wrong in a script of the page, such as a `then` getter that throws. The
  // console shows the error itself.
  if (!(error instanceof LoadError)) return html`<p>${errors.rejected}</p>`;

  const srcText = optionalText(src) ?? '';
  const fullUrl = error.url ?? srcText;
  const url = truncateValue(fullUrl);
  switch (error.kind) {
    case 'no-source':
      // A host that names elements in `for` but got no data from them points at the wrong id.
      const named = valueText(linkedFor ?? '').trim();
      if (named !== '') {
        const close = host ? closeIds(host, idsOf(named)) : [];
        return html`<p>${errors.noLinkedTarget(named, host ? writtenName(host, 'for') : 'for', close, host?.localName === 'gebied-kiezer')}</p>`;
      }
      // A linked element without data of its own needs the data source, not the host.
      if (linkedId) return html`<p>${errors.linkedWithoutSource(linkedId)}</p>`;
      // A legend or picker passes an empty `for` rather than null, so that its message names `for` too.
      return html`<p>${linkedFor === null ? errors.noSource : errors.noLink}</p>`;
    case 'script-type':
      return html`<p>${errors.scriptType(error.contentType)}</p>`;
    case 'json-text':
      return html`<p>${errors.jsonText}</p>`;
    case 'rejected':
      return html`<p>${errors.rejected}</p>`;
    case 'timeout':
      // A promise set as `data` has no address to name.
      return html`<p>${errors.timeout(error.url === null ? '' : url, timeoutMs / 1000)}</p>`;
    case 'http':
      // Quotes that a word processor curled are no quotes to HTML, so they end up in the address:
      // as typed in `src`, which is never requested then, or percent-encoded in the URL of a fetch
      // response set as `data`. A linked element gets the address of its target's `src`.
      // The attributes are read again, so that the message drops each one that the web editor fixed
      // while the address still has curly quotes.
      if (error.curly.length) return html`<p>${errors.curlyValues(host ? curlyAttributes(host) : error.curly)}</p>`;
      if (CURLY_QUOTE.test(decodedUrl(fullUrl))) return html`<p>${errors.curlyQuotes(truncateValue(decodedUrl(fullUrl)), error.attribute)}</p>`;
      return html`<p>${errors.http(url, error.status ?? 0, error.statusText)}</p>`;
    case 'empty':
      return html`<p>${errors.empty(url)}</p>`;
    case 'not-json': {
      // A web page gets only the advice of `notJson` (check the address). A JSON syntax error gets its
      // own opening sentence, followed by the position and the advice about commas and quotes.
      const syntaxError = error.problems.find((problem) => problem.code !== 'json-markup');
      if (!syntaxError) return html`<p>${errors.notJson(url, error.contentType)}</p>`;
      return html`<p>${errors.jsonSyntax(url)}</p>
        <p>${syntaxError.message[lang]}</p>`;
    }
    case 'invalid': {
      const problems = error.problems.filter((problem) => problem.severity === 'error');
      return html`<p>${errors.invalid(countProblems(error.problems).errors)}</p>
        ${problems
          .slice(0, 3)
          .map((problem) => html`<p>${problem.message[lang]} ${problem.path === '$' ? nothing : html`<code>${problem.path}</code>`}</p>`)}`;
    }
    default:
      // A network failure, and any kind of load failure added later, gets the network wording.
      return html`<p>${errors.network(url)}</p>`;
  }
}

/** Styles of the loading placeholder and the message in place, as in `<profiel-taart>`. */
export const stateStyles = css`
  .message {
    /* A long URL or name breaks anywhere rather than widening the page on a phone. */
    overflow-wrap: anywhere;
    padding: 0.75em 1em;
    border: 2px solid var(--wbm-error-border-color, #b83d1c);
    border-radius: var(--wbm-border-radius, 4px);
    background: var(--wbm-error-background, #fff5f2);
  }
  .message-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .message p {
    margin: 0.25em 0 0;
  }
  .message code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 3em;
    color: var(--wbm-muted-text-color, #4a4a4a);
  }
  .loading-disc {
    width: 2em;
    height: 2em;
    border-radius: 50%;
    border: 0.4em solid var(--wbm-loading-color, #d0d5db);
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading-disc {
      animation: wbm-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes wbm-pulse {
    from {
      opacity: 0.4;
    }
    to {
      opacity: 1;
    }
  }
`;
