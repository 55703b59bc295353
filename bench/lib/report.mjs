/**
 * Writes the run's summary as Markdown: the machine, medians with ranges per library, wijkmonitor's
 * ratios per round against the baseline and each peer, the targets, and the gebied selection. In
 * bench/RESULTS.md it replaces only the part between the two `bench:latest` markers, so the
 * hand-kept record of earlier runs below them stays.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LIBRARIES } from './build.mjs';
import { METRICS } from './metrics.mjs';
import { roundRatios, summarize } from './stats.mjs';

const BEGIN = '<!-- bench:latest:begin -->';
const END = '<!-- bench:latest:end -->';
const OURS = 'wijkmonitor';

function format(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatSummary(summary, digits, unit = '') {
  if (summary.median === null) return 'failed';
  const suffix = unit ? ` ${unit}` : '';
  if (summary.count === 1 || summary.min === summary.max) return `${format(summary.median, digits)}${suffix}`;
  return `${format(summary.median, digits)}${suffix} (${format(summary.min, digits)}–${format(summary.max, digits)})`;
}

function formatRatio(summary) {
  if (summary.median === null) return '—';
  if (summary.count === 1 || summary.min === summary.max) return `${format(summary.median, 2)}×`;
  return `${format(summary.median, 2)}× (${format(summary.min, 2)}–${format(summary.max, 2)})`;
}

/** Values of `metric` for `lib`, one per round (null where the run failed or was not made). */
function valuesByRound(record, lib, metric) {
  const { rounds } = record.settings;
  if (metric.scenario === null) return Array.from({ length: rounds }, () => metric.read(null, record.bytes[lib]));
  return Array.from({ length: rounds }, (_, round) => {
    const run = record.runs.find((item) => item.round === round && item.lib === lib && item.scenario === metric.scenario);
    if (!run || run.error) return null;
    const value = metric.read(run, record.bytes[lib]);
    return Number.isFinite(value) ? value : null;
  });
}

function digitsFor(metric) {
  if (metric.unit === '' || metric.unit === 'fps') return 0;
  if (metric.unit === 'ms') return 0;
  return 1;
}

function labelFor(metric, record) {
  return metric.label.replace('N charts', `${record.settings.chartCount} charts`);
}

function machineSection(record) {
  const { machine } = record;
  const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    `- Run: ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(record.durationS / 60)} min, commit ${record.commit}`,
    `- Command: \`${record.command}\` (${record.settings.rounds} rounds; ${record.settings.chartCount} charts; ${record.settings.gebiedCount} gebieden)`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB.toFixed(0)} GiB, headless Chromium ${machine.chromium} with software rendering, Node ${machine.node}`,
    `- Load average (1, 5, 15 min) at the start: ${load(machine.loadAtStart)}; at the end: ${load(machine.loadAtEnd)}. Other developers' tests may have been running on the same 2 cores, so compare ratios within a round rather than absolute times.`,
    `- Versions: ${Object.values(record.versions).join(', ')}`,
  ].join('\n');
}

function mediansSection(record) {
  const libs = LIBRARIES.filter(({ name }) => record.settings.libraries.includes(name));
  const metrics = METRICS.filter((metric) => metric.scenario === null || record.settings.scenarios.includes(metric.scenario));
  const header = `| drawn with | ${metrics.map((metric) => `${labelFor(metric, record)}${metric.unit ? ` (${metric.unit})` : ''}`).join(' | ')} |`;
  const rule = `| --- | ${metrics.map(() => '---:').join(' | ')} |`;
  const rows = libs.map(({ name, label }) => {
    const cells = metrics.map((metric) => formatSummary(summarize(valuesByRound(record, name, metric)), digitsFor(metric)));
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function ratiosSection(record) {
  if (!record.settings.libraries.includes(OURS)) return '_wijkmonitor was not run, so there are no ratios._';
  const others = LIBRARIES.filter(({ name }) => name !== OURS && record.settings.libraries.includes(name));
  const metrics = METRICS.filter(
    (metric) => ['bytes', 'oneWork', 'manyFrame', 'manyWork', 'manyLongest', 'manyHeap'].includes(metric.key) &&
      (metric.scenario === null || record.settings.scenarios.includes(metric.scenario)),
  );
  const header = `| wijkmonitor ÷ | ${metrics.map((metric) => labelFor(metric, record)).join(' | ')} |`;
  const rule = `| --- | ${metrics.map(() => '---:').join(' | ')} |`;
  const rows = others.map(({ name }) => {
    const cells = metrics.map((metric) => formatRatio(roundRatios(valuesByRound(record, OURS, metric), valuesByRound(record, name, metric))));
    return `| ${name} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function ratio(record, key, other) {
  const metric = METRICS.find((item) => item.key === key);
  return roundRatios(valuesByRound(record, OURS, metric), valuesByRound(record, other, metric)).median;
}

function value(record, key) {
  const metric = METRICS.find((item) => item.key === key);
  return summarize(valuesByRound(record, OURS, metric)).median;
}

function selectionSummary(record) {
  const runs = record.runs.filter((run) => run.scenario === 'selection' && !run.error);
  return {
    runs,
    parse: summarize(runs.map((run) => run.result.jsonParseMs)),
    select: summarize(runs.map((run) => run.result.selectMs)),
    ownParse: summarize(runs.map((run) => run.result.parseMs)),
    validate: summarize(runs.map((run) => run.result.validateMs)),
    find: summarize(runs.map((run) => run.result.findMs)),
    ratio: summarize(runs.map((run) => run.result.selectMs / run.result.jsonParseMs)),
  };
}

function targetsSection(record) {
  const lines = [];
  const check = (name, measured, limit, met) => {
    let verdict = 'not measured';
    if (met !== null) verdict = met ? 'met' : 'missed';
    lines.push(`| ${name} | ${measured} | ${limit} | ${verdict} |`);
  };
  const has = (lib) => record.settings.libraries.includes(lib);
  const known = (number) => number !== null && Number.isFinite(number);

  const bytesRatio = has('chartjs') ? ratio(record, 'bytes', 'chartjs') : null;
  check('bytes ÷ Chart.js', `${format(bytesRatio, 2)}× (${format(value(record, 'bytes'))} KiB)`, '≤ 0.40×', known(bytesRatio) ? bytesRatio <= 0.4 : null);

  const oneRatio = has('baseline') ? ratio(record, 'oneWork', 'baseline') : null;
  check('1 chart: work ÷ baseline', `${format(oneRatio, 2)}×`, '≤ 1.25×', known(oneRatio) ? oneRatio <= 1.25 : null);

  const manyBaseline = has('baseline') ? ratio(record, 'manyFrame', 'baseline') : null;
  check(`${record.settings.chartCount} charts: first frame ÷ baseline`, `${format(manyBaseline, 2)}×`, '≤ 1.5×', known(manyBaseline) ? manyBaseline <= 1.5 : null);

  const manyChart = has('chartjs') ? ratio(record, 'manyFrame', 'chartjs') : null;
  check(`${record.settings.chartCount} charts: first frame ÷ Chart.js`, `${format(manyChart, 2)}×`, '≤ 0.33×', known(manyChart) ? manyChart <= 1 / 3 : null);

  const longest = value(record, 'manyLongest');
  check(`${record.settings.chartCount} charts: longest task`, `${format(longest, 0)} ms`, '≤ 50 ms', known(longest) ? longest <= 50 : null);

  const heapRatio = has('chartjs') ? ratio(record, 'manyHeap', 'chartjs') : null;
  check(`${record.settings.chartCount} charts: JS heap ÷ Chart.js`, `${format(heapRatio, 2)}× (${format(value(record, 'manyHeap'))} MiB)`, '< 1×', known(heapRatio) ? heapRatio < 1 : null);

  const late = value(record, 'switch1Late');
  check('year switch, 1 chart: frames over 16.7 ms', `${format(late, 0)} (longest ${format(value(record, 'switch1Max'), 0)} ms)`, '0', known(late) ? late === 0 : null);

  const fps = value(record, 'switch50Fps');
  check('year switch, 50 charts: frame rate', `${format(fps, 0)} fps (longest frame ${format(value(record, 'switch50Max'), 0)} ms)`, '≥ 50 fps', known(fps) ? fps >= 50 : null);

  const selection = selectionSummary(record);
  check('gebied selection ÷ JSON.parse', `${format(selection.ratio.median, 2)}×`, '≤ 1.5×', known(selection.ratio.median) ? selection.ratio.median <= 1.5 : null);

  return ['| target | measured (median) | limit | |', '| --- | ---: | ---: | --- |', ...lines].join('\n');
}

function selectionSection(record) {
  const selection = selectionSummary(record);
  if (selection.runs.length === 0) return '_Not run._';
  const file = selection.runs[0].result.file;
  return [
    `A monitor file of ${file.gebieden.toLocaleString('en-GB')} gebieden and ${file.resultaten.toLocaleString('en-GB')} results (${format(file.bytes / 1024 / 1024)} MiB of JSON text), made by copying the demo's gebieden; the gebied is found by its name, "${file.query}".`,
    '',
    '| step | median (min–max) |',
    '| --- | ---: |',
    `| \`JSON.parse\` of the text alone | ${formatSummary(selection.parse, 0, 'ms')} |`,
    `| wijkmonitor: \`parseJsonText\` + \`validate\` + \`findGebied\` + \`selectResult\` | ${formatSummary(selection.select, 0, 'ms')} |`,
    `| of which \`parseJsonText\` | ${formatSummary(selection.ownParse, 0, 'ms')} |`,
    `| of which \`validate\` | ${formatSummary(selection.validate, 0, 'ms')} |`,
    `| of which \`findGebied\` + \`selectResult\` | ${formatSummary(selection.find, 1, 'ms')} |`,
    `| ratio per round, wijkmonitor ÷ \`JSON.parse\` | ${formatRatio(selection.ratio)} |`,
  ].join('\n');
}

function bytesSection(record) {
  const rows = LIBRARIES.filter(({ name }) => record.settings.libraries.includes(name)).map(({ name }) => {
    const bytes = record.bytes[name];
    const parts = bytes.parts.map((part) => `\`${part.file}\` ${format(part.gzip / 1024)} KiB`).join(' + ');
    return `| ${name} | ${format(bytes.minified / 1024)} KiB | ${format(bytes.gzip / 1024)} KiB | ${parts} |`;
  });
  return ['| library | minified | min+gzip | files (gzip -9) |', '| --- | ---: | ---: | --- |', ...rows].join('\n');
}

function failuresSection(record) {
  const failed = record.runs.filter((run) => run.error);
  const warned = record.runs.filter((run) => !run.error && run.problems?.length);
  if (failed.length === 0 && warned.length === 0) return '';
  const lines = ['', '### Failed runs and console output', ''];
  for (const run of failed) lines.push(`- round ${run.round + 1}, ${run.lib}, ${run.scenario}: ${run.error}`);
  const seen = new Set();
  for (const run of warned) {
    for (const problem of run.problems) {
      const key = `${run.lib}: ${problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${run.lib}, ${run.scenario}: ${problem.slice(0, 300)}`);
    }
  }
  return lines.join('\n');
}

/** Builds the Markdown of one run and, when `file` is given, puts it into that file between the markers. */
export function writeReport(record, { file }) {
  const markdown = [
    '## Latest run',
    '',
    machineSection(record),
    '',
    '### Targets',
    '',
    targetsSection(record),
    '',
    `### Medians over ${record.settings.rounds} rounds (min–max)`,
    '',
    mediansSection(record),
    '',
    '### wijkmonitor as a ratio of each library, per round (median, min–max)',
    '',
    ratiosSection(record),
    '',
    '### Gebied selection',
    '',
    selectionSection(record),
    '',
    '### Bytes',
    '',
    bytesSection(record),
    failuresSection(record),
    '',
  ].join('\n');

  if (file) {
    const block = `${BEGIN}\n${markdown}${END}`;
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const start = current.indexOf(BEGIN);
    const end = current.indexOf(END);
    let updated;
    if (start >= 0 && end > start) updated = `${current.slice(0, start)}${block}${current.slice(end + END.length)}`;
    else if (current.trim() !== '') updated = `${current.trimEnd()}\n\n${block}\n`;
    else updated = `# Benchmark results\n\nWritten by \`npm run bench\`; see README.md in this folder for what each figure means.\n\n${block}\n`;
    writeFileSync(file, updated);
  }
  return markdown;
}
