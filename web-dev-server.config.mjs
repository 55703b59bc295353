// Serves the demo offline: the built one-file bundle and the committed monitor file.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? '127.0.0.1',
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: false,
  watch: false,
};
