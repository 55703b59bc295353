#!/usr/bin/env node
// Entry point of `npx wijkmonitor`. The tool itself is built into dist/cli.js by `npm run build`.
import { existsSync } from 'node:fs';

const cliUrl = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cliUrl)) {
  console.error(
    'wijkmonitor: dist/cli.js ontbreekt; voer eerst "npm run build" uit.\n' +
      'wijkmonitor: dist/cli.js is missing; run "npm run build" first.',
  );
  process.exit(2);
}

const { main } = await import(cliUrl.href);
process.exitCode = await main(process.argv.slice(2));
