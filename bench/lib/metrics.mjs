/**
 * Figures derived from one run's raw result. Each metric has a key, a unit and a reader that returns
 * a number (or null when the run did not produce it), so the report and the ratios treat them alike.
 */

/** Interval between animation frames above which a vsync was missed at 60 Hz (16.7 ms plus jitter). */
export const LATE_FRAME_MS = 20;

function lateFrames(intervals) {
  return intervals.filter((interval) => interval > LATE_FRAME_MS).length;
}

function framesPerSecond(intervals) {
  const total = intervals.reduce((sum, interval) => sum + interval, 0);
  return total > 0 ? (intervals.length * 1000) / total : null;
}

export const METRICS = [
  { key: 'bytes', scenario: null, unit: 'KiB', label: 'min+gzip', read: (_run, bytes) => bytes.gzip / 1024 },
  { key: 'oneWork', scenario: 'one', unit: 'ms', label: '1 chart: work', read: (run) => run.work.taskMs },
  { key: 'oneStyleLayout', scenario: 'one', unit: 'ms', label: '1 chart: style + layout', read: (run) => run.work.styleMs + run.work.layoutMs },
  { key: 'oneFrame', scenario: 'one', unit: 'ms', label: '1 chart: to frame', read: (run) => run.result.frameMs },
  { key: 'manyFrame', scenario: 'many', unit: 'ms', label: 'N charts: first frame', read: (run) => run.result.frameMs },
  { key: 'manyWork', scenario: 'many', unit: 'ms', label: 'N charts: work', read: (run) => run.work.taskMs },
  { key: 'manyLongest', scenario: 'many', unit: 'ms', label: 'N charts: longest task', read: (run) => run.result.longestTaskMs ?? 0 },
  { key: 'manyHeap', scenario: 'many', unit: 'MiB', label: 'N charts: JS heap', read: (run) => run.heap.afterMiB },
  { key: 'manyNodes', scenario: 'many', unit: '', label: 'N charts: DOM nodes', read: (run) => run.nodes },
  { key: 'switch1Late', scenario: 'switch1', unit: '', label: 'switch, 1 chart: late frames', read: (run) => lateFrames(run.result.intervals) },
  { key: 'switch1Max', scenario: 'switch1', unit: 'ms', label: 'switch, 1 chart: longest frame', read: (run) => Math.max(0, ...run.result.intervals) },
  { key: 'switch50Fps', scenario: 'switch50', unit: 'fps', label: 'switch, 50 charts: frame rate', read: (run) => framesPerSecond(run.result.intervals) },
  { key: 'switch50Max', scenario: 'switch50', unit: 'ms', label: 'switch, 50 charts: longest frame', read: (run) => Math.max(0, ...run.result.intervals) },
];
