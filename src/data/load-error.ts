import type { Problem } from '../model/types.js';

/**
 * `script-type`: the only data is a child `<script>` without `type="application/json"`, which a
 * browser runs as JavaScript. `json-text`: the JSON is text in the tag, without its script.
 * `rejected`: the promise a script set as `data` was rejected.
 */
export type LoadErrorKind = 'no-source' | 'script-type' | 'json-text' | 'rejected' | 'network' | 'timeout' | 'http' | 'not-json' | 'empty' | 'invalid';

/** A failure to obtain a valid monitor, with what the message in place needs to explain it. */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string | null;
  readonly status: number | null;
  readonly statusText: string;
  /** The response's Content-Type, or the `type` attribute of an inline `<script>`. */
  readonly contentType: string;
  readonly problems: Problem[];
  /** The attribute that contains the address, as the page wrote it: `src` or `data-src`. */
  readonly attribute: string;
  /** The host's data attributes in curly quotes, each as its written name and the value HTML read. */
  readonly curly: [string, string][];

  constructor(
    kind: LoadErrorKind,
    message: string,
    details: {
      url?: string | null;
      status?: number;
      statusText?: string;
      contentType?: string;
      problems?: Problem[];
      attribute?: string;
      curly?: [string, string][];
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.url = details.url ?? null;
    this.status = details.status ?? null;
    this.statusText = details.statusText ?? '';
    this.contentType = details.contentType ?? '';
    this.problems = details.problems ?? [];
    this.attribute = details.attribute ?? 'src';
    this.curly = details.curly ?? [];
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
