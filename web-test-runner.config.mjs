import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFileSync } from 'node:fs';
import { accessibilityTreePlugin } from './scripts/test-ax-plugin.mjs';
import { capabilitiesPlugin } from './scripts/test-capabilities-plugin.mjs';
import { engineLaunchers } from './scripts/test-engines.mjs';
import { heapPlugin } from './scripts/test-heap-plugin.mjs';
import { LOOPBACK_HOST, loopbackOnlyPlugin } from './scripts/loopback-only.mjs';
import { mediaEmulationPlugin } from './scripts/test-media-plugin.mjs';
import { strictPages } from './scripts/test-strict-pages.mjs';

/**
 * Test-only endpoints under /test-server/ that simulate a data host: delays, HTTP errors, wrong
 * content types and broken bodies. Query: `file` (a path below the repository root), `ms` (delay),
 * `status`, `type` (content type), `body` (raw body instead of a file), `truncate` (bytes kept).
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
    } else if (typeof query.file === 'string' && /^[\w@./-]+$/.test(query.file) && !query.file.includes('..')) {
      // Read as bytes, so fonts and other binary files arrive intact.
      context.body = readFileSync(new URL(`./${query.file}`, import.meta.url));
    } else {
      context.body = '';
    }
    if (query.truncate !== undefined) {
      context.body = Buffer.from(context.body).subarray(0, Number(query.truncate) || 0);
    }
  });
}

/** Builds a valid monitor with `count` buurten in one jaar, for tests of large files. */
function largeMonitor(count) {
  const gebieden = [{ code: 'GM0001', naam: 'Gemeente', type: 'gemeente' }];
  const resultaten = [];
  for (let index = 0; index < count; index++) {
    const code = `BU${String(index).padStart(8, '0')}`;
    gebieden.push({ code, naam: `Buurt ${index}`, type: 'buurt', ouder: 'GM0001' });
    resultaten.push({ gebied: code, jaar: 2020, totaal: { waarde: (index % 40) / 10 - 2 }, deelthemas: { d1: { waarde: (index % 7) / 5 - 0.6 } } });
  }
  const klassen = (ids) => ids.map((id, index) => ({ id, label: id, waardering: 1 - index }));
  return JSON.stringify({
    formaat: 'wijkmonitor/1',
    gebieden,
    themas: [{ id: 't1', label: 'Thema', deelthemas: [{ id: 'd1', label: 'Deelthema' }] }],
    schalen: {
      situatie: { klassen: klassen(['boven', 'gemiddeld', 'beneden']).map((klasse, index) => ({ ...klasse, vanaf: [0.5, -0.5, null][index] })) },
      ontwikkeling: { klassen: klassen(['vooruit', 'gelijk', 'achteruit']) },
    },
    resultaten,
  });
}

/** `/test-server/large?gebieden=N`: a generated monitor with N buurten. */
function largeFile(context, next) {
  if (context.path !== '/test-server/large') return next();
  context.type = 'application/json';
  context.body = largeMonitor(Math.min(Number(context.query.gebieden) || 1, 50_000));
}

export default {
  middleware: [strictPages, largeFile, testServer],
  files: ['test/**/*.test.ts'],
  // The browser opens test pages at this host; loopbackOnlyPlugin keeps the server on it.
  hostname: LOOPBACK_HOST,
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a page in the background gets no animation frames, which fixture() and
  // ResizeObserver need.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  // `npm run test:coverage`: V8 coverage of the browser code, from Chromium only. The command-line
  // code and the spreadsheet readers that only it uses run under Node, where test/cli covers them.
  // The thresholds lie about a point below the coverage when they were set, so that a drop fails.
  // NOTE: V8 reports only files that a test loads; a module that no test imports does not count.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'src/convert/spreadsheet.ts', 'src/convert/sheet.ts', 'src/convert/format-json.ts'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 97, lines: 97, branches: 92, functions: 95 },
  },
  // loopbackOnlyPlugin first: the esbuild plugin's serverStart reads a file, which yields to the event loop.
  plugins: [loopbackOnlyPlugin(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), heapPlugin(), mediaEmulationPlugin(), accessibilityTreePlugin(), capabilitiesPlugin()],
  // Chromium by default; WBM_BROWSERS=chromium,firefox,webkit selects engines (scripts/test-engines.mjs).
  browsers: await engineLaunchers(),
};
