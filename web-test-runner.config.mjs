import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readFileSync } from 'node:fs';

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);

/**
 * Test-only endpoints under /test-server/ that simulate a data host: delays, HTTP errors, wrong
 * content types and broken bodies. Query: `file` (a path below the repository root), `ms` (delay),
 * `status`, `type` (content type), `body` (raw body instead of a file).
 */
function testServer(context, next) {
  if (!context.path.startsWith('/test-server/')) return next();

  const query = context.query;
  const delay = Math.min(Number(query.ms ?? 0) || 0, 10_000);
  return new Promise((resolve) => setTimeout(resolve, delay)).then(() => {
    context.status = Number(query.status ?? 200) || 200;
    context.type = typeof query.type === 'string' ? query.type : 'application/json';
    if (typeof query.body === 'string') {
      context.body = query.body;
    } else if (typeof query.file === 'string' && /^[\w./-]+$/.test(query.file) && !query.file.includes('..')) {
      context.body = readFileSync(new URL(`./${query.file}`, import.meta.url), 'utf8');
    } else {
      context.body = '';
    }
  });
}

export default {
  middleware: [testServer],
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
};
