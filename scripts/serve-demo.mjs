// Starts the demo server of `npm start` with web-dev-server.config.mjs and the usual
// web-dev-server flags (--port, --config). It prints the address the server really listens on,
// in place of the stock start message, whose "Network:" line names a LAN address that
// loopbackOnlyPlugin no longer serves.
import { startDevServer } from '@web/dev-server';

const devServer = await startDevServer({ logStartMessage: false });
const { address, port } = devServer.server.address();
const host = address.includes(':') ? `[${address}]` : address;
const everyInterface = address === '::' || address === '0.0.0.0';

console.log(`Demo: http://${host}:${port}/demo/`);
console.log(`${everyInterface ? 'Listening on every network interface' : `Listening on ${host} only`}. Stop with Ctrl+C.`);
