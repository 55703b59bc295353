import type { Monitor } from '../model/types.js';
import { validate } from '../model/validate.js';
import { parseJsonText } from '../model/parse-json.js';
import { LoadError } from './load-error.js';

interface Entry {
  promise: Promise<Monitor>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/**
 * Loads in flight or finished, by absolute URL. Elements that use the same URL share one fetch and
 * one validated monitor. Failed loads are forgotten, so the next request tries again.
 */
const entries = new Map<string, Entry>();

/** Default time a caller waits for a load before it fails with a timeout, in ms. */
export const LOAD_TIMEOUT_MS = 30_000;

function abortError(): DOMException {
  return new DOMException('The load was aborted.', 'AbortError');
}

/** Turns `src` into the absolute URL that keys the shared cache. */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

async function fetchMonitor(url: string, signal: AbortSignal): Promise<Monitor> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw abortError();
    throw new LoadError('network', `Fetching ${url} failed: ${String(error)}`, { url, cause: error });
  }
  return readResponse(response, url, signal);
}

/**
 * Reads and validates the monitor in `response`, which came from `url`: from a fetch of `src`, or a
 * response that a script gave as `data`.
 */
export async function readResponse(response: Response, url: string, signal?: AbortSignal): Promise<Monitor> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    throw new LoadError('http', `Fetching ${url} returned HTTP ${response.status} ${response.statusText}`, {
      url,
      status: response.status,
      statusText: response.statusText,
      contentType,
    });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw abortError();
    throw new LoadError('network', `Reading the response of ${url} failed: ${String(error)}`, { url, cause: error });
  }

  // Parsing comes first, so that a valid file of tens of megabytes is read only once.
  const parsed = parseJsonText(text);
  if (!parsed.ok && parsed.problem.code === 'json-empty') {
    throw new LoadError('empty', `The response of ${url} is empty (content type "${contentType}")`, { url, contentType });
  }
  if (!parsed.ok) {
    throw new LoadError(
      'not-json',
      `The response of ${url} is not JSON (content type "${contentType}"): ${parsed.problem.message.en}`,
      { url, contentType, problems: [parsed.problem] },
    );
  }

  const result = validate(parsed.value);
  if (!result.monitor) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    throw new LoadError('invalid', `The data at ${url} is invalid: ${errors.length} error(s)`, {
      url,
      contentType,
      problems: result.problems,
    });
  }
  return result.monitor;
}

/**
 * Loads and validates the monitor at `src`. Aborting `signal` rejects this caller's promise with
 * an AbortError; after `timeoutMs` without a response it rejects with a `timeout` LoadError. The
 * shared fetch itself is aborted only when every caller has aborted or timed out.
 */
export function loadMonitor(src: string, signal: AbortSignal, timeoutMs = LOAD_TIMEOUT_MS): Promise<Monitor> {
  if (signal.aborted) return Promise.reject(abortError());

  const url = absoluteUrl(src);
  let entry = entries.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: Promise.resolve(null as never) };
    created.promise = fetchMonitor(url, controller.signal).then(
      (monitor) => {
        created.settled = true;
        return monitor;
      },
      (error: unknown) => {
        created.settled = true;
        if (entries.get(url) === created) entries.delete(url);
        throw error;
      },
    );
    // Callers attach their own handlers; this one keeps an unobserved rejection from being reported.
    created.promise.catch(() => undefined);
    entries.set(url, created);
    entry = created;
  }

  const shared = entry;
  shared.users++;

  return new Promise<Monitor>((resolve, reject) => {
    let released = false;
    const release = () => {
      if (released) return false;
      released = true;
      shared.users--;
      return true;
    };

    const leave = (error: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (!release()) return;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
      reject(error);
    };
    const onAbort = () => leave(abortError());
    signal.addEventListener('abort', onAbort, { once: true });

    const seconds = Math.round(timeoutMs / 100) / 10;
    const timer = setTimeout(
      () => leave(new LoadError('timeout', `Fetching ${url} timed out after ${seconds} s`, { url })),
      timeoutMs,
    );

    shared.promise.then(
      (monitor) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (release()) resolve(monitor);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (release()) reject(error);
      },
    );
  });
}

/** Forgets a finished load of `src`, so the next `loadMonitor` fetches it again. */
export function forgetMonitor(src: string): void {
  const url = absoluteUrl(src);
  const entry = entries.get(url);
  if (entry?.settled) entries.delete(url);
}

/** Number of loads in flight; for tests that check nothing is left pending. */
export function pendingLoadCount(): number {
  let count = 0;
  for (const entry of entries.values()) if (!entry.settled) count++;
  return count;
}
