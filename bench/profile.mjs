#!/usr/bin/env node
/**
 * Profiles wijkmonitor in one benchmark scenario with the CDP sampling profiler and prints the
 * functions with the most self and total time, to find what dominates its work. It swaps the page's
 * dist/wijkmonitor.min.js for an unminified esbuild bundle of src/define.ts, so that function names and
 * source files stay readable. That bundle is close to the rollup build but not the same.
 *
 *   node bench/profile.mjs [--scenario many] [--charts 400] [--top 25]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromiumOrExit } from '../scripts/chromium-path.mjs';
import { serve } from './lib/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'many' },
    charts: { type: 'string', default: '400' },
    top: { type: 'string', default: '25' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(`Usage: node bench/profile.mjs [options]
  --scenario one|many  the benchmark scenario to profile (default many)
  --charts N           charts on the page in the "many" scenario (default 400)
  --top N              functions listed by self time and by total time (default 25)`);
  process.exit(0);
}
if (!['one', 'many'].includes(options.scenario)) {
  console.error(`--scenario must be one or many, got "${options.scenario}".`);
  process.exit(2);
}
const chartCount = Number(options.charts);
const top = Number(options.top);

const outdir = join(root, 'bench', 'out', 'profile');
mkdirSync(outdir, { recursive: true });
const common = { bundle: true, format: 'esm', target: 'es2022', keepNames: true, logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } };
await build({ ...common, entryPoints: [join(root, 'src', 'define.ts')], outfile: join(outdir, 'wijkmonitor.js'), tsconfig: join(root, 'tsconfig.json') });
await build({ ...common, entryPoints: [join(root, 'bench', 'charts', 'wijkmonitor.js')], outfile: join(outdir, 'adapter.js') });

const server = await serve(root);
const browser = await chromium.launch({ executablePath: findChromiumOrExit(), args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const javascript = (file) => ({ status: 200, contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
  await page.route('**/dist/wijkmonitor.min.js', (route) => route.fulfill(javascript(join(outdir, 'wijkmonitor.js'))));
  await page.route('**/bench/out/wijkmonitor.js', (route) => route.fulfill(javascript(join(outdir, 'adapter.js'))));
  await page.goto(`${server.origin}/bench/page/index.html?lib=wijkmonitor`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate(() => window.bench.loaded);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const before = await metric();
  await cdp.send('Profiler.start');
  const result =
    options.scenario === 'one'
      ? await page.evaluate(() => window.bench.one())
      : await page.evaluate((count) => window.bench.many(count), chartCount);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metric();

  const delta = (name) => ((after[name] - before[name]) * 1000).toFixed(0);
  console.log(`${options.scenario === 'one' ? '1 chart' : `${chartCount} charts`}: ${JSON.stringify(result)}`);
  console.log(
    `main thread: task ${delta('TaskDuration')} ms, script ${delta('ScriptDuration')} ms, style ${delta('RecalcStyleDuration')} ms ` +
      `(${after.RecalcStyleCount - before.RecalcStyleCount} recalcs), layout ${delta('LayoutDuration')} ms (${after.LayoutCount - before.LayoutCount} layouts)`,
  );
  printProfile(profile, top, moduleLines(join(outdir, 'wijkmonitor.js')));
} finally {
  await browser.close();
  await server.close();
}

/** Lists where each source module starts in an unminified esbuild bundle, from its `// path` comments. */
function moduleLines(bundle) {
  const starts = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (match) starts.push({ line: index, module: match[1].replace(/^node_modules\//, '') });
    });
  return starts;
}

/** Prints self and total time per function; a function that recurses counts once per sample. */
function printProfile(profile, count, modules) {
  const moduleAt = (line) => {
    let found = null;
    for (const start of modules) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url) return functionName || '(anonymous)';
    const file = url.endsWith('/dist/wijkmonitor.min.js') ? moduleAt(lineNumber) : url.replace(/^.*\/(bench|dist|src|node_modules)\//, '$1/');
    return `${functionName || '(anonymous)'} ${file ?? url}:${lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const leaf = nodes.get(id);
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set();
    for (let current = id; current !== undefined; current = parents.get(current)) {
      const name = label(nodes.get(current));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });

  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
    }
  };
  print('self time', self);
  print('total time (including callees)', total);
}
