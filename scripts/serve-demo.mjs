// Starts the demo server of `npm start` with web-dev-server.config.mjs and the usual
// web-dev-server flags (--port, --config). It prints the address the server really listens on,
// in place of the stock start message, whose "Network:" line names a LAN address that
// loopbackOnlyPlugin no longer serves.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** Resolves whether `port` is taken on any interface, which is where the server binds first. */
function portInUse(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen({ port }, () => probe.close(() => resolve(false)));
  });
}

// The server binds every interface before the loopback plugin moves it, and on a port in use it
// stops with a stack trace, so check the port first.
const portFlag = process.argv.indexOf('--port');
const requestedPort = Number(portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 8000));
if (await portInUse(requestedPort)) {
  console.error(`Port ${requestedPort} is already in use. Stop the process that uses it, or choose another port: PORT=8080 npm start`);
  process.exit(1);
}

const devServer = await startDevServer({ logStartMessage: false });
const { address, port } = devServer.server.address();
const host = address.includes(':') ? `[${address}]` : address;
const everyInterface = address === '::' || address === '0.0.0.0';

console.log(`Demo: http://${host}:${port}/demo/`);
console.log(`${everyInterface ? 'Listening on every network interface' : `Listening on ${host} only`}. Stop with Ctrl+C.`);
