import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back when a web font finishes loading, so that an element can measure its text again.
 * Chromium and Firefox fire `loadingdone` on `document.fonts`. WebKitGTK 2.50 fires no event on
 * `document.fonts` for a face that a script loads with the FontFace API, so every face that is not
 * loaded yet is also watched through its `loaded` promise.
 */
export class WebFontWatcher implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onLoaded: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // One listener for every element on the page, added with the first and removed with the last.
    if (connectedWatchers.size === 0) document.fonts?.addEventListener('loadingdone', notifyWatchers);
    connectedWatchers.add(this.onLoaded);
  }

  hostDisconnected(): void {
    connectedWatchers.delete(this.onLoaded);
    if (connectedWatchers.size === 0) document.fonts?.removeEventListener('loadingdone', notifyWatchers);
  }

  /** Watches faces added since the last update, such as the face of a family the page just set. */
  hostUpdated(): void {
    // The elements that update in one go share one pass over the page's faces.
    if (watchQueued) return;
    watchQueued = true;
    queueMicrotask(() => {
      watchQueued = false;
      watchPendingFaces();
    });
  }
}

// The promises call the connected watchers through this set, so a face that never loads keeps no
// removed element alive.
const connectedWatchers = new Set<() => void>();
const watchedFaces = new WeakSet<FontFace>();
let watchQueued = false;

function notifyWatchers(): void {
  for (const onLoaded of [...connectedWatchers]) onLoaded();
}

function watchPendingFaces(): void {
  document.fonts?.forEach((face) => {
    if (face.status === 'loaded' || face.status === 'error' || watchedFaces.has(face)) return;

    watchedFaces.add(face);
    face.loaded.then(notifyWatchers, () => undefined);
  });
}
