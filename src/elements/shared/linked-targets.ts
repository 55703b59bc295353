import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LinkedSources } from '../../data/monitor-source.js';
import { optionalText, valueText } from '../../model/compare.js';

/**
 * A script `type` whose MIME type essence is `application/json`, compared as a browser parses a MIME
 * type: without surrounding whitespace, in any case, and with parameters such as `; charset=utf-8`.
 */
const JSON_TYPE = /^[\t\n\f\r ]*application\/json[\t\n\f\r ]*(;|$)/i;

/** Returns the first descendant `<script>` of `root` whose type is JSON: the inline JSON of a host. */
export function inlineScript(root: ParentNode): Element | null {
  return [...root.querySelectorAll('script')].find((script) => JSON_TYPE.test(script.getAttribute('type') ?? '')) ?? null;
}

/** Changes of a target that update the host: its attributes, and its children, where its inline JSON is. */
const TARGET_CHANGES: MutationObserverInit = { attributes: true, childList: true, subtree: true, characterData: true };

/**
 * The linked hosts of each target. A MutationObserver reports changes of a target's attributes and
 * children but not of its `data` property, so the target reports those through `dataChanged`.
 */
const linkedHosts = new WeakMap<Element, Set<LinkedTargets>>();

/** Updates the hosts linked to `target`, whose `data` property changed. */
export function dataChanged(target: Element): void {
  for (const linked of linkedHosts.get(target) ?? []) linked.host.requestUpdate();
}

/**
 * Clears the highlight of the hosts linked to `target`, which cleared its own because its gebied,
 * jaar or data changed. No event fires, because no visitor acted.
 */
export function highlightCleared(target: Element): void {
  for (const linked of linkedHosts.get(target) ?? []) linked.onHighlightCleared();
}

/** Adds or removes `linked` as a host of each of `targets`. */
function register(linked: LinkedTargets, targets: Element[], add: boolean): void {
  for (const target of targets) {
    let hosts = linkedHosts.get(target);
    if (!hosts) linkedHosts.set(target, (hosts = new Set()));
    if (add) hosts.add(linked);
    else hosts.delete(linked);
  }
}

/** An element that links to others by id with a `for` attribute and may have data of its own. */
export interface LinkingHost extends ReactiveControllerHost, HTMLElement {
  for: string | null;
  data: unknown;
  src: string | null;
}

/** A linked element: a profieltaart, a comparison or any element with `src` or `data`. */
type LinkedElement = HTMLElement & { src?: string | null; data?: unknown };

/**
 * Finds the elements named by the host's `for` attribute (ids separated by spaces) in the root that
 * contains the host: the document, or the shadow root of the element around it. It looks again when
 * `for` changes, when the page finishes parsing (a target may come after the host), and when
 * `refresh()` is called. The host updates when a target's attributes or light-DOM children change.
 */
export class LinkedTargets implements ReactiveController {
  /** Linked elements, in the order of `for`. */
  targets: LinkedElement[] = [];
  /** Ids in `for` that more than one element in the root has; each links to the first. */
  duplicateIds: string[] = [];
  /**
   * Ids in `for` that no element in the root has, once the page has been parsed, while another id of
   * the list links. With none linked, the host's message names the ids.
   */
  missingIds: string[] = [];

  readonly host: LinkingHost;
  private readonly onChange: (added: LinkedElement[], removed: LinkedElement[]) => void;
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());
  private linkedFor: string | null = null;
  private detached = false;
  private readonly onParsed = () => this.refresh();
  /** Watches the root for added and removed elements and id changes while `for` names an id. */
  private readonly rootObserver = new MutationObserver(() => this.refresh());
  private watchingRoot = false;

  constructor(
    host: LinkingHost,
    onChange: (added: LinkedElement[], removed: LinkedElement[]) => void = () => undefined,
    readonly onHighlightCleared = () => {},
  ) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.onParsed, { once: true });
    if (this.detached) {
      this.detached = false;
      for (const target of this.targets) this.observer.observe(target, TARGET_CHANGES);
      register(this, this.targets, true);
      this.onChange(this.targets, []);
      // A target's data may have changed while the host was out of the page.
      this.host.requestUpdate();
    }
    this.refresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.onParsed);
    this.watchRoot(false);
    // The targets stay known, so that an update while disconnected keeps the data source. Only the
    // listeners go until the host is connected again.
    this.observer.disconnect();
    register(this, this.targets, false);
    this.onChange([], this.targets);
    this.detached = true;
  }

  hostUpdate(): void {
    if (this.detached) return;
    if (this.host.for !== this.linkedFor || this.targets.some((target) => !target.isConnected)) this.refresh();
  }

  /** Looks up the targets again. */
  refresh(): void {
    this.linkedFor = this.host.for;
    if (!this.host.isConnected) return;
    const targets = findTargets(this.host, this.host.for);
    this.link(targets);
    const duplicates = findDuplicateIds(this.host, this.host.for);
    if (duplicates.join(' ') !== this.duplicateIds.join(' ')) {
      this.duplicateIds = duplicates;
      this.host.requestUpdate();
    }
    // While the page is parsed, a target may still follow the host.
    const missing = targets.length > 0 && document.readyState !== 'loading' ? findMissingIds(this.host, this.host.for) : [];
    if (missing.join(' ') !== this.missingIds.join(' ')) {
      this.missingIds = missing;
      this.host.requestUpdate();
    }
    // CMS blocks, tabs and accordions often insert a linked element later or take it out again, and
    // scripts rename ids. The root is watched while `for` names any id, so that the targets and the
    // notes on missing and duplicate ids follow those changes.
    this.watchRoot(idsOf(this.host.for).length > 0);
  }

  private watchRoot(watch: boolean): void {
    if (watch && !this.watchingRoot && this.host.isConnected) {
      const root = this.host.getRootNode();
      this.rootObserver.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      this.watchingRoot = true;
    } else if (!watch && this.watchingRoot) {
      this.rootObserver.disconnect();
      this.watchingRoot = false;
    }
  }

  /**
   * Returns the host's own data and `src` when it has any (data, inline JSON or `src`), and
   * otherwise those of the first target, so that linked elements share one fetch.
   */
  sources(): LinkedSources {
    const host = this.host;
    const ownInline = inlineScript(host) !== null;
    const src = optionalText(host.src);
    if ((host.data !== undefined && host.data !== null) || ownInline || (src !== null && src.trim() !== '') || this.targets.length === 0) {
      return { data: host.data, src };
    }

    const target = this.targets[0];
    const inline = inlineScript(target)?.textContent ?? null;
    const data = target.data !== undefined && target.data !== null ? target.data : inline;
    return {
      data: data ?? undefined,
      src: typeof target.src === 'string' ? target.src : target.getAttribute('src'),
      timeout: (target as { timeout?: unknown }).timeout,
      from: target,
    };
  }

  private link(next: LinkedElement[]): void {
    const removed = this.targets.filter((target) => !next.includes(target));
    const added = next.filter((target) => !this.targets.includes(target));
    if (removed.length === 0 && added.length === 0) return;

    this.observer.disconnect();
    for (const target of next) this.observer.observe(target, TARGET_CHANGES);
    register(this, removed, false);
    register(this, added, true);
    this.targets = next;
    this.onChange(added, removed);
    this.host.requestUpdate();
  }
}

/** Returns the ids that a `for` value names, each once. */
export function idsOf(value: unknown): string[] {
  return value ? [...new Set(valueText(value).split(/\s+/).filter(Boolean))] : [];
}

/** Returns the ids in `ids` that no element in the host's root has. */
function findMissingIds(host: Element, ids: string | null): string[] {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return [];
  return idsOf(ids).filter((id) => root.getElementById(id) === null);
}

/** Returns the ids in `ids` that more than one element in the host's root has. */
function findDuplicateIds(host: Element, ids: string | null): string[] {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (typeof root.querySelectorAll !== 'function') return [];
  return idsOf(ids).filter((id) => root.querySelectorAll(`#${CSS.escape(id)}`).length > 1);
}

function findTargets(host: Element, ids: string | null): LinkedElement[] {
  if (!ids) return [];
  const root = host.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return [];

  const targets: LinkedElement[] = [];
  for (const id of idsOf(ids)) {
    const target = root.getElementById(id);
    if (target instanceof HTMLElement && target !== host && !targets.includes(target)) targets.push(target);
  }
  return targets;
}
