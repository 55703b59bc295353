import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Updates the host when a `lang` attribute in the document changes, because the element takes its
 * language from the nearest `lang` around it. One MutationObserver serves every connected element.
 *
 * NOTE: changes of `lang` inside another component's shadow root are not observed; the element
 * shows them at its next update.
 */
export class PageLangWatcher implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (connectedHosts.size === 0) {
      observer ??= new MutationObserver(updateHosts);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    connectedHosts.add(this.host);
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
    if (connectedHosts.size === 0) observer?.disconnect();
  }
}

const connectedHosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

function updateHosts(): void {
  for (const host of connectedHosts) host.requestUpdate();
}
