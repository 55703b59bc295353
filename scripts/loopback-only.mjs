// Keeps the demo server and the test server on the loopback interface.
//
// @web/dev-server-core 0.4.6 (DevServer.start) passes `host: undefined` to listen() when the
// configured hostname is "localhost" or "127.0.0.1", so Node listens on every interface and other
// machines on the network can fetch the repository. No config option turns that off, and the first
// hook a plugin gets is serverStart, which runs right after listen().

export const LOOPBACK_HOST = '127.0.0.1';

const LOOPBACK_NAMES = ['localhost', LOOPBACK_HOST];

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const fail = (error) => reject(new Error(`Failed to listen on ${LOOPBACK_HOST}:${port} (${error.message}). Stop the process that uses the port, or choose another with --port.`));
    server.once('error', fail);
    server.listen({ host: LOOPBACK_HOST, port }, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

/**
 * Creates a dev-server plugin that moves the server from every interface to 127.0.0.1, on the same
 * port, when the configured hostname is "localhost" or "127.0.0.1". Any other hostname, such as
 * 0.0.0.0, is left as configured.
 *
 * Put it first in the config's `plugins`. The serverStart hooks run in order without returning to
 * the event loop until one awaits I/O, so Node accepts no connection on the wide socket before this
 * hook closes it. The kernel can still queue a connection in that short window, and closing the
 * socket resets it.
 */
export function loopbackOnlyPlugin() {
  return {
    name: 'loopback-only',
    async serverStart({ config, server }) {
      if (!server || !LOOPBACK_NAMES.includes(config.hostname)) return;
      // With `http2: true` the core listens through a proxy socket and two inner servers, which
      // this hook cannot move.
      if (config.http2) throw new Error('loopbackOnlyPlugin does not support http2: true; turn off http2 or remove the plugin.');

      const address = server.address();
      if (address !== null && typeof address === 'object' && address.address === LOOPBACK_HOST) return;

      const port = address !== null && typeof address === 'object' ? address.port : config.port;
      if (server.listening) await new Promise((resolve) => server.close(() => resolve()));
      await listen(server, port);
    },
  };
}
