/**
 * Builds what the benchmark pages load: the library's one-file bundle through `npm run build`, one
 * minified esbuild bundle per chart adapter (adapter plus the library it draws with), and a bundle of
 * the model functions for the gebied selection scenario. Also measures each library's bytes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Chart adapters in bench/charts, in report order: our element, the lower bound, then the peers. */
export const LIBRARIES = [
  { name: 'wijkmonitor', label: 'wijkmonitor <profiel-taart> (dist/wijkmonitor.min.js)' },
  { name: 'baseline', label: 'hand-written SVG string from d3-shape arc() (lower bound)' },
  { name: 'lit-minimal', label: 'minimal Lit element with d3-shape' },
  { name: 'chartjs', label: 'Chart.js doughnut (canvas, no trend markers)' },
  { name: 'echarts', label: 'ECharts sunburst (SVG renderer)' },
  { name: 'highcharts', label: 'Highcharts sunburst (commercial licence)' },
  { name: 'vega-lite', label: 'Vega-Lite arc layers (Vega SVG renderer)' },
];

/** Package of each peer, for its version in the report. */
export const PACKAGES = {
  wijkmonitor: 'wijkmonitor',
  baseline: 'd3-shape',
  'lit-minimal': 'lit',
  chartjs: 'chart.js',
  echarts: 'echarts',
  highcharts: 'highcharts',
  'vega-lite': 'vega-lite',
};

export function packageVersion(root, name) {
  const file = name === 'wijkmonitor' ? join(root, 'package.json') : join(root, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * Builds everything into bench/out and returns the bytes per library:
 * `{ name: { minified, gzip, parts: [{ file, minified, gzip }] } }`.
 */
export async function buildAll(root, { skipLibraryBuild = false, log = () => {} } = {}) {
  if (!skipLibraryBuild) {
    log('npm run build');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const outdir = join(root, 'bench', 'out');
  mkdirSync(outdir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };

  log('esbuild: chart adapters and the selection bundle');
  await build({
    ...common,
    entryPoints: LIBRARIES.map(({ name }) => join(root, 'bench', 'charts', `${name}.js`)),
    outdir,
  });
  await build({
    ...common,
    entryPoints: [join(root, 'bench', 'page', 'selection.js')],
    outfile: join(outdir, 'selection.js'),
    tsconfig: join(root, 'tsconfig.json'),
  });

  const bytes = {};
  for (const { name } of LIBRARIES) {
    const files = [join(outdir, `${name}.js`)];
    if (name === 'wijkmonitor') files.unshift(join(root, 'dist', 'wijkmonitor.min.js'));
    const parts = files.map((file) => {
      const content = readFileSync(file);
      return { file: file.slice(root.length + 1), minified: content.length, gzip: gzipBytes(content) };
    });
    bytes[name] = {
      minified: parts.reduce((sum, part) => sum + part.minified, 0),
      gzip: parts.reduce((sum, part) => sum + part.gzip, 0),
      parts,
    };
  }
  return bytes;
}
