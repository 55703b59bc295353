#!/usr/bin/env node
/**
 * Benchmark of wijkmonitor's <profiel-taart> against a hand-written d3-shape lower bound and peer chart
 * libraries, in headless Chromium through playwright-core. Every run is a fresh browser context, the
 * order of the libraries rotates each round, and bench/RESULTS.md gets medians with ranges and ratios
 * within each round. See bench/README.md for the metrics.
 *
 *   npm run bench -- [--rounds 5] [--only wijkmonitor,chartjs] [--skip highcharts] [--scenarios one,many]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromiumOrExit } from '../scripts/chromium-path.mjs';
import { LIBRARIES, PACKAGES, buildAll, packageVersion } from './lib/build.mjs';
import { serve } from './lib/server.mjs';
import { writeReport } from './lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIOS = ['one', 'many', 'switch1', 'switch50', 'selection'];
const RUN_TIMEOUT_MS = 180_000;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    only: { type: 'string' },
    skip: { type: 'string' },
    scenarios: { type: 'string', default: SCENARIOS.join(',') },
    charts: { type: 'string', default: '400' },
    gebieden: { type: 'string', default: '15000' },
    'switch-window': { type: 'string', default: '1000' },
    'no-build': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`Usage: npm run bench -- [options]
  --rounds N          rounds; each runs every library once per scenario (default 5)
  --only a,b          libraries to run: ${LIBRARIES.map(({ name }) => name).join(', ')}
  --skip a,b          libraries to leave out, e.g. highcharts without a licence for your use
  --scenarios a,b     scenarios to run: ${SCENARIOS.join(', ')} (default all)
  --charts N          charts on the page in the "many" scenario (default 400)
  --gebieden N        gebieden in the generated monitor of the selection scenario (default 15000)
  --switch-window MS  time after a year switch over which frames are recorded (default 1000)
  --no-build          use the existing dist/wijkmonitor.min.js instead of running npm run build
  --no-report         print the results but leave bench/RESULTS.md unchanged`);
  process.exit(0);
}

function positiveInteger(name) {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number, got "${options[name]}".`);
    process.exit(2);
  }
  return value;
}

function nameList(name, known) {
  if (!options[name]) return null;
  const names = options[name].split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = names.filter((item) => !known.includes(item));
  if (unknown.length) {
    console.error(`--${name}: unknown ${unknown.join(', ')}; expected one of ${known.join(', ')}.`);
    process.exit(2);
  }
  return names;
}

const rounds = positiveInteger('rounds');
const chartCount = positiveInteger('charts');
const gebiedCount = positiveInteger('gebieden');
const switchWindowMs = positiveInteger('switch-window');
const libraryNames = LIBRARIES.map(({ name }) => name);
const only = nameList('only', libraryNames);
const skip = nameList('skip', libraryNames) ?? [];
const scenarios = nameList('scenarios', SCENARIOS);
const libraries = libraryNames.filter((name) => (only ?? libraryNames).includes(name) && !skip.includes(name));
const chartScenarios = scenarios.filter((scenario) => scenario !== 'selection');
const runSelection = scenarios.includes('selection') && libraries.includes('wijkmonitor');

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${commit} (with uncommitted changes in src/)` : commit;
  } catch {
    return 'unknown';
  }
}

const MIB = 1024 * 1024;

async function metricMap(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Opens a fresh page for `lib`, waits until its bundle and the data are loaded, and returns the handles. */
async function openPage(browser, origin, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(`${origin}/bench/page/index.html?lib=${encodeURIComponent(lib)}`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate(() => window.bench.loaded);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.enable');
  return { context, page, cdp, problems };
}

async function runChartScenario(browser, origin, lib, scenario) {
  const { context, page, cdp, problems } = await openPage(browser, origin, lib);
  try {
    const heapBefore = await usedHeap(cdp);
    const before = await metricMap(cdp);
    let result;
    if (scenario === 'one') result = await page.evaluate(() => window.bench.one());
    else if (scenario === 'many') result = await page.evaluate((count) => window.bench.many(count), chartCount);
    else {
      const count = scenario === 'switch1' ? 1 : 50;
      result = await page.evaluate(([count, windowMs]) => window.bench.switchJaar(count, windowMs, 1500), [count, switchWindowMs]);
    }
    const after = await metricMap(cdp);
    const heapAfter = scenario === 'many' ? await usedHeap(cdp) : null;
    const delta = (name) => (after[name] - before[name]) * 1000;
    return {
      result,
      // DevTools commands (this script's own calls) run as tasks too; they are not the chart's work.
      work: {
        taskMs: delta('TaskDuration') - delta('DevToolsCommandDuration'),
        styleMs: delta('RecalcStyleDuration'),
        layoutMs: delta('LayoutDuration'),
      },
      nodes: after.Nodes,
      heap: { beforeMiB: heapBefore / MIB, afterMiB: heapAfter === null ? null : heapAfter / MIB },
      problems: problems.slice(0, 5),
    };
  } finally {
    await context.close();
  }
}

async function runSelectionScenario(browser, origin, round) {
  const { context, page, cdp, problems } = await openPage(browser, origin, 'selection');
  try {
    const file = await page.evaluate((count) => window.bench.prepareSelection(count), gebiedCount);
    const measured = {};
    // Alternate which one runs first, so that neither always meets a warmer or colder heap.
    const order = round % 2 === 0 ? ['timeParse', 'timeSelect'] : ['timeSelect', 'timeParse'];
    for (const step of order) {
      await usedHeap(cdp);
      Object.assign(measured, await page.evaluate((name) => window.bench[name](), step));
    }
    return { result: { ...measured, file, order }, problems: problems.slice(0, 5) };
  } finally {
    await context.close();
  }
}

function rotate(list, by) {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

async function main() {
  if (libraries.length === 0) {
    console.error('No library left to run after --only and --skip.');
    process.exit(2);
  }

  const startedAt = new Date();
  const loadAtStart = loadavg();
  log(`load average at start: ${loadAtStart.map((value) => value.toFixed(2)).join(', ')}`);
  const bytes = await buildAll(root, { skipLibraryBuild: options['no-build'], log });

  const server = await serve(root);
  const executablePath = findChromiumOrExit();
  const runs = [];
  let browserVersion = 'unknown';

  try {
    for (let round = 0; round < rounds; round++) {
      // A new browser per round, so that no state of one round's browser process carries over.
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
      browserVersion = browser.version();
      try {
        const order = rotate(libraries, round);
        for (const scenario of chartScenarios) {
          for (const lib of order) {
            const started = Date.now();
            try {
              const run = await withTimeout(runChartScenario(browser, server.origin, lib, scenario), RUN_TIMEOUT_MS, `${lib} ${scenario}`);
              runs.push({ round, lib, scenario, ...run });
              log(`round ${round + 1}/${rounds} ${scenario} ${lib}: ${Date.now() - started} ms`);
            } catch (error) {
              runs.push({ round, lib, scenario, error: String(error?.message ?? error) });
              log(`round ${round + 1}/${rounds} ${scenario} ${lib} FAILED: ${error?.message ?? error}`);
            }
          }
        }
        if (runSelection) {
          try {
            const run = await withTimeout(runSelectionScenario(browser, server.origin, round), RUN_TIMEOUT_MS, 'selection');
            runs.push({ round, lib: 'wijkmonitor', scenario: 'selection', ...run });
            log(`round ${round + 1}/${rounds} selection: parse ${run.result.jsonParseMs.toFixed(0)} ms, select ${run.result.selectMs.toFixed(0)} ms`);
          } catch (error) {
            runs.push({ round, lib: 'wijkmonitor', scenario: 'selection', error: String(error?.message ?? error) });
            log(`round ${round + 1}/${rounds} selection FAILED: ${error?.message ?? error}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  const loadAtEnd = loadavg();
  log(`load average at end: ${loadAtEnd.map((value) => value.toFixed(2)).join(', ')}`);

  const record = {
    startedAt: startedAt.toISOString(),
    durationS: (Date.now() - startedAt.getTime()) / 1000,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    commit: gitCommit(),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: totalmem() / 1024 ** 3,
      chromium: browserVersion,
      node: process.version,
      loadAtStart,
      loadAtEnd,
    },
    versions: Object.fromEntries(libraries.map((name) => [name, `${PACKAGES[name]} ${packageVersion(root, PACKAGES[name])}`])),
    settings: { rounds, chartCount, gebiedCount, switchWindowMs, libraries, scenarios },
    bytes,
    runs,
  };

  const outdir = join(root, 'bench', 'out');
  mkdirSync(outdir, { recursive: true });
  const rawFile = join(outdir, `results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(rawFile, JSON.stringify(record, null, 1));
  log(`raw results: ${rawFile.slice(root.length + 1)}`);

  const markdown = writeReport(record, { file: options['no-report'] ? null : join(root, 'bench', 'RESULTS.md') });
  process.stdout.write(markdown);

  const failed = runs.filter((run) => run.error);
  if (failed.length) {
    log(`${failed.length} of ${runs.length} runs failed; see the report.`);
    process.exitCode = 1;
  }
}

await main();
