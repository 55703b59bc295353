import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Updates the host when a `lang` attribute in the document changes the language it resolves,
 * because the element takes its language from the nearest `lang` around it. One MutationObserver
 * serves every connected element. A host whose language stays the same does not update, so a
 * `lang` on a quotation, or a switch from `nl` to `nl-BE`, costs a page of many charts nothing.
 *
 * NOTE: changes of `lang` inside another component's shadow root are not observed; the element
 * shows them at its next update.
 */
export class PageLangWatcher implements ReactiveController {
  /** Language the host rendered with in its latest update; null before its first update. */
  private renderedLang: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly resolveLang: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (connectedWatchers.size === 0) {
      observer ??= new MutationObserver(onLangMutation);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    connectedWatchers.add(this);
    // The observer missed any change made while the host was out of the document.
    this.updateIfChanged();
  }

  hostDisconnected(): void {
    connectedWatchers.delete(this);
    if (connectedWatchers.size === 0) observer?.disconnect();
  }

  hostUpdate(): void {
    this.renderedLang = this.resolveLang();
  }

  /** Requests an update when the host has rendered and would now resolve another language. */
  updateIfChanged(): void {
    if (this.renderedLang !== null && this.resolveLang() !== this.renderedLang) this.host.requestUpdate();
  }
}

const connectedWatchers = new Set<PageLangWatcher>();
let observer: MutationObserver | null = null;

function onLangMutation(): void {
  for (const watcher of connectedWatchers) watcher.updateIfChanged();
}
