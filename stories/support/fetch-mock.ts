/**
 * Intercepts fetches of `/mock/…` URLs in Storybook and returns canned responses, so that loading and every load error can be
 * shown without a server that misbehaves and without the browser's own "Failed to load resource"
 * console errors. Every other URL goes to the real `fetch`.
 *
 * - `/mock/loading`: never answers until the request is aborted.
 * - `/mock/network`: fails as a dropped connection does.
 * - `/mock/http?status=404`: an HTTP error with that status.
 * - `/mock/html`: a web page instead of JSON.
 * - `/mock/empty`: an empty JSON response.
 */
export function installFetchMock(): void {
  const realFetch = window.fetch.bind(window);

  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith('/mock/')) return realFetch(input, init);

    switch (url.pathname) {
      case '/mock/loading':
        return new Promise((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')));
        });
      case '/mock/network':
        return Promise.reject(new TypeError('Failed to fetch'));
      case '/mock/http': {
        const status = Number(url.searchParams.get('status') ?? 404);
        const statusText = status === 404 ? 'Not Found' : 'Internal Server Error';
        return Promise.resolve(new Response('', { status, statusText }));
      }
      case '/mock/html':
        return Promise.resolve(
          new Response('<!doctype html><title>Pagina niet gevonden</title>', { headers: { 'Content-Type': 'text/html' } }),
        );
      case '/mock/empty':
        return Promise.resolve(new Response('', { headers: { 'Content-Type': 'application/json' } }));
      default:
        return Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    }
  };
}
