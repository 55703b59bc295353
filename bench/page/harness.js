/**
 * In-page side of the benchmark. The runner opens index.html?lib=NAME in a fresh page, waits for
 * `window.bench.loaded`, then calls one scenario and reads the page's CDP metrics around it.
 * Scenarios start in a task of their own (setTimeout), so that their work is not counted as DevTools
 * command time.
 */
import { extractProfile, JAREN } from './profile.js';

const SIZE = 400;
const [FIRST_JAAR, SECOND_JAAR] = [JAREN[1], JAREN[0]];
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const container = document.getElementById('charts');

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves at the start of the frame after the one that paints the current DOM. */
async function afterPaint() {
  await nextFrame();
  return nextFrame();
}

function inTask(work) {
  return new Promise((resolve, reject) => setTimeout(() => work().then(resolve, reject), 0));
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Records long tasks (50 ms or more, the browser's threshold) from now until `stop()`. */
function recordLongTasks() {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return () => {
    entries.push(...observer.takeRecords());
    observer.disconnect();
    const durations = entries.map((entry) => entry.duration);
    return {
      longestTaskMs: durations.length ? Math.max(...durations) : null,
      longTaskCount: durations.length,
      longTaskTotalMs: durations.reduce((sum, duration) => sum + duration, 0),
    };
  };
}

function addCell() {
  const cell = document.createElement('div');
  cell.className = 'cell';
  container.append(cell);
  return cell;
}

async function loadLibrary() {
  const response = await fetch('/demo/data/s-hertogenbosch.json');
  if (!response.ok) throw new Error(`Loading the demo monitor failed: HTTP ${response.status}`);
  const profile = extractProfile(await response.json());
  if (lib === 'selection') return { profile, module: await import('../out/selection.js') };

  if (lib === 'wijkmonitor') await import('/dist/wijkmonitor.min.js');
  const module = await import(`../out/${lib}.js`);
  return { profile, module };
}

const loaded = loadLibrary();

function createCharts(module, profile, count, animate) {
  const charts = [];
  for (let index = 0; index < count; index++) {
    charts.push(module.createChart(addCell(), profile, { jaar: FIRST_JAAR, width: SIZE, height: SIZE, animate }));
  }
  return charts;
}

/** Draws one chart and returns the wall time from creating it to the frame after it is painted. */
function one() {
  return inTask(async () => {
    const { module, profile } = await loaded;
    const start = performance.now();
    const [chart] = createCharts(module, profile, 1, false);
    await chart.ready;
    const drawnMs = performance.now() - start;
    await afterPaint();
    return { drawnMs, frameMs: performance.now() - start };
  });
}

/** Draws `count` charts in one loop, as a page with that many charts does, and times them. */
function many(count) {
  return inTask(async () => {
    const { module, profile } = await loaded;
    const stopLongTasks = recordLongTasks();
    const start = performance.now();
    const charts = createCharts(module, profile, count, false);
    await Promise.all(charts.map((chart) => chart.ready));
    const drawnMs = performance.now() - start;
    await afterPaint();
    const frameMs = performance.now() - start;
    // Long task entries arrive after the task ends; give them one more task to be queued.
    await wait(50);
    return { drawnMs, frameMs, ...stopLongTasks() };
  });
}

/**
 * Draws `count` charts with each library's default animations, lets them settle, then switches all of
 * them to the other jaar in one task. Returns the intervals between animation frames over `windowMs`.
 */
function switchJaar(count, windowMs, settleMs) {
  return inTask(async () => {
    const { module, profile } = await loaded;
    const charts = createCharts(module, profile, count, true);
    await Promise.all(charts.map((chart) => chart.ready));
    await wait(settleMs);
    await afterPaint();

    const stopLongTasks = recordLongTasks();
    const frames = [];
    let recording = true;
    const record = (timestamp) => {
      frames.push(timestamp);
      if (recording) requestAnimationFrame(record);
    };
    const start = await nextFrame();
    frames.push(start);
    requestAnimationFrame(record);
    for (const chart of charts) chart.setJaar(SECOND_JAAR);
    await wait(windowMs);
    recording = false;
    await nextFrame();

    // The first frame at or after the end of the window closes it, so a frame that a long task held
    // back past the end still counts with its full length.
    const closing = frames.findIndex((timestamp) => timestamp - start >= windowMs);
    const inWindow = closing < 0 ? frames : frames.slice(0, closing + 1);
    const intervals = inWindow.slice(1).map((timestamp, index) => timestamp - inWindow[index]);
    return { intervals, windowMs, ...stopLongTasks() };
  });
}

/**
 * Builds a monitor file of at least `count` gebieden by copying the demo's wijken, dorpen and buurten
 * with new codes and names. Their results are copied with them, so every gebied has two jaren.
 */
function prepareSelection(count) {
  return inTask(async () => {
    const response = await fetch('/demo/data/s-hertogenbosch.json');
    const demo = await response.json();
    const [gemeente, ...rest] = demo.gebieden;
    const resultsByCode = new Map();
    for (const result of demo.resultaten) {
      if (!resultsByCode.has(result.gebied)) resultsByCode.set(result.gebied, []);
      resultsByCode.get(result.gebied).push(result);
    }

    const gebieden = [gemeente];
    const resultaten = [...(resultsByCode.get(gemeente.code) ?? [])];
    for (let copy = 0; gebieden.length < count; copy++) {
      const suffix = copy === 0 ? '' : `-${copy}`;
      for (const gebied of rest) {
        const code = `${gebied.code}${suffix}`;
        const ouder = gebied.ouder === gemeente.code ? gemeente.code : `${gebied.ouder}${suffix}`;
        gebieden.push({ ...gebied, code, naam: copy === 0 ? gebied.naam : `${gebied.naam} ${copy}`, ouder });
        for (const result of resultsByCode.get(gebied.code) ?? []) resultaten.push({ ...result, gebied: code });
      }
    }
    const target = gebieden[gebieden.length - 1];
    window.selectionText = JSON.stringify({ ...demo, gebieden, resultaten });
    window.selectionQuery = target.naam;
    return { gebieden: gebieden.length, resultaten: resultaten.length, bytes: window.selectionText.length, query: target.naam };
  });
}

/** Times `JSON.parse` of the file text alone. */
function timeParse() {
  return inTask(async () => {
    const start = performance.now();
    const value = JSON.parse(window.selectionText);
    const jsonParseMs = performance.now() - start;
    return { jsonParseMs, ok: Array.isArray(value.gebieden) };
  });
}

/** Times what wijkmonitor runs for a `src`: parse, validate, find the gebied by name, select its latest jaar. */
function timeSelect() {
  return inTask(async () => {
    const { module } = await loaded;
    const start = performance.now();
    const parsed = module.parseJsonText(window.selectionText);
    const parsedAt = performance.now();
    const validated = module.validate(parsed.value);
    const validatedAt = performance.now();
    if (!validated.monitor) throw new Error(`The generated monitor is invalid: ${validated.problems[0]?.message.en}`);
    const found = module.findGebied(validated.monitor, window.selectionQuery);
    if (!('gebied' in found)) throw new Error(`findGebied did not find ${window.selectionQuery}.`);
    const selected = module.selectResult(validated.monitor, found.gebied);
    const end = performance.now();
    if (!('result' in selected)) throw new Error(`selectResult found no jaar for ${window.selectionQuery}.`);
    return {
      selectMs: end - start,
      parseMs: parsedAt - start,
      validateMs: validatedAt - parsedAt,
      findMs: end - validatedAt,
    };
  });
}

window.bench = { loaded: loaded.then(() => true), one, many, switchJaar, prepareSelection, timeParse, timeSelect };
