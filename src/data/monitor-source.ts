import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Monitor, ValidationResult } from '../model/types.js';
import { validate } from '../model/validate.js';
import { parseJsonText } from '../model/parse-json.js';
import { countProblems } from '../model/problem-list.js';
import { LoadError, isAbortError } from './load-error.js';
import { idsOf, inlineScript } from '../elements/shared/linked-targets.js';
import { curlyAttributes, showsUnclosedNote, writtenName } from '../elements/shared/attribute-values.js';
import { optionalText } from '../model/compare.js';
import { CURLY_QUOTE, catalogs } from '../i18n/catalog.js';
import { absoluteUrl, loadMonitor, readResponse, forgetMonitor, LOAD_TIMEOUT_MS } from './load.js';

/** What an element offers as data sources; the first one present wins, in this order. */
export interface MonitorSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Monitor or profile object set from code; its validation is cached per object, so later changes to it are not seen. */
  data: unknown;
  /** URL of a monitor or profile JSON file. */
  src: string | null;
  /** Time to wait for `src` or a promise set as `data`, in ms; the loader's default when absent. */
  timeout?: number;
  /** Called when the inline JSON text changes, before the update that reads it. */
  inlineChanged?(): void;
}

/** The data and URL a source reads, in place of the host's own. */
export interface LinkedSources {
  data: unknown;
  src: string | null;
  /** The linked element's `timeout`, so that both give up on a load or a `data` promise at the same time. */
  timeout?: unknown;
  /** The linked element whose data and `src` these are. */
  from?: Element;
}

/** Sources of the connected elements, so that a reload can retry the others that failed on the same file. */
const connectedSources = new Set<MonitorSource>();

/** Hosts that read only their own data sources, so they show and log every failure to read them. */
const ownSourceHosts = new WeakSet<Element>();

/**
 * Validation results by the object given as `data`, so that many elements given one object validate
 * it once. A new object is validated again, but changes made to an object after it was handed over
 * are not seen: the cached result still describes the object as it was.
 */
const validatedObjects = new WeakMap<object, ValidationResult>();

/** Returns whether `value` is a promise or another object with a `then` method, which may throw. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value != null && typeof (value as PromiseLike<unknown>).then === 'function';
}

/** The monitor in each fetch response given as `data`, read once, because linked elements share it. */
const responseMonitors = new WeakMap<Response, Promise<Monitor>>();

/**
 * Reads a fetch response that a script gave as `data`, with or without a promise around it, as a
 * file from `src` is read.
 */
function readDataResponse(response: Response): Promise<Monitor> {
  let monitor = responseMonitors.get(response);
  if (monitor) return monitor;
  // An opaque response (fetched with mode no-cors) has no body to read, and the page has already
  // read the body of a used one. Neither has an address that a message could name.
  if (response.bodyUsed || response.type === 'opaque') {
    const reason = response.bodyUsed ? 'was read already' : 'is opaque: it was fetched with mode no-cors';
    return Promise.reject(new LoadError('rejected', `The response set as data ${reason}. Set the promise that fetch() returns, or the data itself.`));
  }
  monitor = readResponse(response, response.url);
  responseMonitors.set(response, monitor);
  return monitor;
}

function validateObject(value: unknown): ValidationResult {
  if (typeof value !== 'object' || value === null) return validate(value);

  let result = validatedObjects.get(value);
  if (!result) {
    result = validate(value);
    validatedObjects.set(value, result);
  }
  return result;
}

/**
 * Resolves the host's data from the `data` property, inline JSON in a child
 * `<script type="application/json">`, or `src`, validates it, and exposes the result as a Lit task.
 * Only the latest run sets the value; a disconnected host aborts its fetch and loads again when it
 * is connected again. Each failure is logged once as a console error for developers, unless the
 * host reads the data of a linked element that logs the same failure itself.
 */
export class MonitorSource implements ReactiveController {
  readonly task: Task<[unknown, string | null, string | null], Monitor>;
  readonly host: MonitorSourceHost;
  private observer: MutationObserver | null = null;
  private inlineText: string | null = null;
  private abortedByDisconnect = false;
  /** True once the host has completed an update. */
  private updated = false;
  private readonly sources: () => LinkedSources;

  /**
   * `sources` replaces the host's own `data` and `src`, for an element that takes the data of an
   * element it is linked to when it has none of its own.
   */
  constructor(host: MonitorSourceHost, sources?: () => LinkedSources) {
    this.host = host;
    this.sources = sources ?? (() => ({ data: this.host.data, src: optionalText(this.host.src) }));
    if (!sources) ownSourceHosts.add(host);
    host.addController(this);
    this.task = new Task(host, {
      task: ([data, src, inline], { signal }) => this.resolve(data, src, inline, signal),
      args: () => {
        const { data, src } = this.sources();
        return [data, src, this.inlineText];
      },
    });
  }

  get monitor(): Monitor | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /**
   * The linked element whose data the host reads, when that element reads the same data with a
   * source of its own, such as a `<profiel-taart>`, and so shows its own message on each failure.
   * Null while the host reads its own data, or that of an element without a source, such as a `<div>`.
   */
  get failureShownBy(): Element | null {
    const from = this.sources().from;
    return from && ownSourceHosts.has(from) ? from : null;
  }

  hostConnected(): void {
    connectedSources.add(this);
    // The script may have changed while the host was disconnected, and no observer saw that.
    if (this.readInline() && this.updated) this.host.requestUpdate();
    // A page that adds many elements at once runs their first updates in turns, so a new host starts
    // watching its inline JSON in its first update rather than here.
    if (this.updated) this.watchInline();

    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostUpdate(): void {
    if (!this.observer && this.host.isConnected) this.watchInline();
  }

  hostUpdated(): void {
    this.updated = true;
  }

  hostDisconnected(): void {
    connectedSources.delete(this);
    this.observer?.disconnect();
    this.observer = null;
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** Fetches `src` again even when an earlier load of it succeeded, and lets the other connected sources that failed on the same file try again. */
  reload(): void {
    const src = this.sources().src?.trim();
    if (src) forgetMonitor(src);
    void this.task.run();
    if (!src) return;

    // Other elements that failed on the same file try again too, so one reload after the server
    // recovers repairs the whole page. They share the new fetch.
    const url = absoluteUrl(src);
    for (const other of connectedSources) {
      if (other === this || other.task.status !== TaskStatus.ERROR) continue;
      const otherSrc = other.sources().src?.trim();
      if (otherSrc && absoluteUrl(otherSrc) === url) void other.task.run();
    }
  }



  /** Reads the inline JSON text, and again whenever the host's children or their text change. */
  private watchInline(): void {
    this.readInline();
    this.observer = new MutationObserver(() => {
      // Moving the content of an unclosed tag out of it ends the note about that tag.
      if (this.readInline() || showsUnclosedNote(this.host)) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributeFilter: ['type'] });
  }

  /** Reads the inline JSON text; returns whether it changed. */
  private readInline(): boolean {
    const script = inlineScript(this.host);
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.inlineText) return false;
    this.inlineText = text;
    this.host.inlineChanged?.();
    return true;
  }

  private async resolve(data: unknown, src: string | null, inline: string | null, signal: AbortSignal): Promise<Monitor> {
    try {
      return await this.read(data, src, inline, signal);
    } catch (error) {
      // The linked element logs this failure of its own data itself, so the host does not repeat it.
      if (!isAbortError(error) && !this.failureShownBy) this.log(error);
      throw error;
    }
  }

  /** Reads the first source present; `waited` is true once the page has loaded, or 3 s have passed. */
  private async read(data: unknown, src: string | null, inline: string | null, signal: AbortSignal, waited = false): Promise<Monitor> {
    if (data !== undefined && data !== null) {
      let value: unknown = data;
      if (isThenable(data)) {
        try {
          value = await this.settle(data, signal);
        } catch (reason) {
          // A newer run replaced this one, so this run's result is not used.
          signal.throwIfAborted();
          // A LoadError, such as the timeout of `settle`, keeps its own message in place.
          if (reason instanceof LoadError) throw reason;
          // An Error from another window is no `instanceof Error` here, so its message is read directly.
          const message = (reason as Error | null)?.message;
          throw new LoadError('rejected', `The promise set as data was rejected: ${typeof message === 'string' ? message : optionalText(reason)}`, { cause: reason });
        }
        signal.throwIfAborted();
      }
      // `data = fetch(url)` without `.json()` gives the response. The type tag also names a response
      // from another window, which is no `instanceof Response` here.
      if (Object.prototype.toString.call(value) === '[object Response]') {
        const monitor = await readDataResponse(value as Response);
        signal.throwIfAborted();
        return monitor;
      }
      return this.validateValue(value, null);
    }
    if (inline !== null) return this.validateText(inline);
    if (src && src.trim() !== '') {
      // Curly quotes from a word processor are part of the address for HTML, which would only load a
      // "not found" page, so the element names them without a request. The message names every
      // data attribute of the host in curly quotes, so that one round of fixes repairs the tag.
      if (CURLY_QUOTE.test(src)) {
        const attribute = writtenName(this.host, 'src');
        const curly = curlyAttributes(this.host);
        const message = curly.length
          ? catalogs.en.errors.curlyValues(curly)
          : `The address in ${attribute} contains curly quotes (“ ” or ‘ ’): ${src.trim()}. Type the quotes around it again as straight quotes (").`;
        throw new LoadError('http', message, { url: src.trim(), attribute, curly });
      }
      return await loadMonitor(src.trim(), signal, this.timeoutMs());
    }

    // A script of the page may still set the data while the page loads, so a missing source is
    // reported only after the load event, when the sources are read again. An image that never
    // arrives delays the load event for good, so the wait ends after 3 s at the latest.
    if (document.readyState !== 'complete' && !waited) {
      await new Promise((resolve) => {
        addEventListener('load', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
      return this.readAgain(signal);
    }
    // The browser ran a data script without the JSON type as JavaScript, which failed with a page
    // error, so the message names the type rather than a missing source.
    const script = this.host.querySelector('script');
    if (script) {
      const type = script.getAttribute('type') ?? '';
      throw new LoadError('script-type', `The <script> inside the element has ${type ? `type="${type}"` : 'no type'}, so its data is not read: give it type="application/json".`, { contentType: type });
    }
    // Many CMS filters remove scripts and leave the JSON in them as text in the tag: an object that
    // opens with a quoted key, in straight or curly quotes.
    if (/\{\s*["“”][^"“”{}]{1,80}["“”]\s*:/.test(this.host.textContent ?? '')) {
      throw new LoadError('json-text', 'The data is plain text inside the element, without a <script type="application/json"> around it; a CMS may have removed the script. Put the data in a JSON file and set src.');
    }
    // A host that links with `for` and got nothing names an id that is not there, or an element
    // without data of its own.
    const ids = idsOf(this.host.getAttribute('for'));
    if (ids.length > 0) {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      const target = typeof root.getElementById === 'function' ? ids.map((id) => root.getElementById(id)).find((element) => element !== null) : null;
      if (target) {
        // A linked element that has not rendered yet may still get its data: a script that ran
        // before the tags were defined set `data`, which the element takes over in its first update.
        if ((target as Partial<ReactiveElement>).hasUpdated === false) {
          await (target as ReactiveElement).updateComplete;
          return this.readAgain(signal);
        }
        throw new LoadError('no-source', `The linked element with id "${target.id}" has no data source: set src, the data property or inline JSON on it, or on this element.`);
      }
      const named = ids.map((id) => `"${id}"`).join(', ');
      throw new LoadError('no-source', `No element with id ${named} to take the data from: check the ${writtenName(this.host, 'for')} attribute, or set src, the data property, or inline JSON.`);
    }
    // A legend or picker usually takes its data from the chart it links to.
    const link = 'for' in this.host ? 'set for to the id of a chart, or set ' : 'set ';
    throw new LoadError('no-source', `No data source: ${link}src, the data property, or inline JSON.`);
  }

  /**
   * Waits for a promise set as `data`, and rejects with a `timeout` LoadError once the host's timeout
   * has passed. If the promise settles later and no newer run has started, the task runs again, so
   * the element shows the data or the rejection after all.
   */
  private settle(promise: PromiseLike<unknown>, signal: AbortSignal): Promise<unknown> {
    const settled = Promise.resolve(promise);
    return new Promise((resolve, reject) => {
      const timeoutMs = this.timeoutMs();
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        reject(new LoadError('timeout', `The promise set as data timed out after ${seconds} s. The element shows the data if the promise settles later.`));
        const runAgain = () => {
          if (!signal.aborted) void this.task.run();
        };
        settled.then(runAgain, runAgain);
      }, timeoutMs);
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      settled.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  }

  /** Reads the sources again after a wait for the page or a linked element, without waiting again. */
  private readAgain(signal: AbortSignal): Promise<Monitor> {
    signal.throwIfAborted();
    this.readInline();
    const sources = this.sources();
    return this.read(sources.data, sources.src, this.inlineText, signal, true);
  }

  /**
   * Time a load of `src` or a `data` promise may take, in ms: the `timeout` of the element whose
   * sources are read, the host or a linked element, when it is a positive number.
   */
  timeoutMs(): number {
    const sources = this.sources();
    const timeout = 'timeout' in sources ? sources.timeout : this.host.timeout;
    return typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? timeout : LOAD_TIMEOUT_MS;
  }

  private validateText(text: string): Monitor {
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      throw new LoadError('invalid', `The JSON text is not valid JSON: ${parsed.problem.message.en}`, {
        problems: [parsed.problem],
      });
    }
    return this.validateValue(parsed.value, null);
  }

  private validateValue(value: unknown, url: string | null): Monitor {
    if (typeof value === 'string') return this.validateText(value);

    const result = validateObject(value);
    if (!result.monitor) {
      // Counted as the message in place counts them, with the errors left out of a long report.
      const errors = countProblems(result.problems).errors;
      throw new LoadError('invalid', `The data is invalid: ${errors} error(s)`, { url, problems: result.problems });
    }
    return result.monitor;
  }

  private log(error: unknown): void {
    const tag = this.host.localName;
    if (error instanceof LoadError) {
      const problems = error.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `\n  ${problem.path}: ${problem.message.en}`)
        .join('');
      console.error(`<${tag}>: ${error.message}${problems}`, this.host);
    } else {
      console.error(`<${tag}>: loading the data failed`, error, this.host);
    }
  }
}
