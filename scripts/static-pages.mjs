// Shared parts of the scripts that open built pages in headless Chromium: finding the browser, and
// a static file server on 127.0.0.1 that serves only the files a caller allows.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { findChromiumOrExit } from './chromium-path.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Returns the path of Chromium (CHROME_PATH or a system path), or exits with a message on how to fix it. */
export function chromiumPath() {
  return findChromiumOrExit();
}

/**
 * Serves files on 127.0.0.1 at a port the system picks; `fileFor` maps a URL path to a file, or to
 * null for 404. /favicon.ico returns an empty 204, so no page logs a 404 for a default icon request.
 */
export async function serveFiles(fileFor) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const file = fileFor(path);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
