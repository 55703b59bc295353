// Serves the demo offline: the built one-file bundle and the committed monitor file.
import { loopbackOnlyPlugin } from './scripts/loopback-only.mjs';

/** Sends the bare address to the demo, so the printed "Local:" URL opens it. */
function redirectRootToDemo(context, next) {
  if (context.path === '/') {
    context.redirect('/demo/');
    return undefined;
  }
  return next();
}

export default {
  middleware: [redirectRootToDemo],
  // First, so that it moves the server to 127.0.0.1 before any other plugin waits on I/O.
  plugins: [loopbackOnlyPlugin()],
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? '127.0.0.1',
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: false,
  watch: false,
};
