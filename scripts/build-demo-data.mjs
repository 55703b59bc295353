// Builds demo/data/s-hertogenbosch.json from the RIVM/CBS CSV files and demo/data/mapping.json.
//
// Usage: npm run data
// The CSV files are read from the folder in the environment variable WIJKMONITOR_SOURCE_DATA, or from
// the default in `sourceDir` below. That folder must contain gebieden-s-hertogenbosch.csv and
// raw/rivm-gezondheid-50090NED-{2016,2020}-18plus-s-hertogenbosch.csv.
//
// The converter in src/convert is TypeScript, so this script bundles it in memory with esbuild and
// imports the bundle from a data: URL. Nothing is written besides the output JSON.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(repoRoot, process.env.WIJKMONITOR_SOURCE_DATA ?? '../shared/data');
const mappingPath = join(repoRoot, 'demo/data/mapping.json');
const outputPath = join(repoRoot, 'demo/data/s-hertogenbosch.json');

const gebiedenPath = join(sourceDir, 'gebieden-s-hertogenbosch.csv');
const editionPaths = [2016, 2020].map((jaar) => ({
  jaar,
  path: join(sourceDir, `raw/rivm-gezondheid-50090NED-${jaar}-18plus-s-hertogenbosch.csv`),
}));

async function loadConverter() {
  const result = await build({
    entryPoints: [join(repoRoot, 'src/convert/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function main() {
  for (const path of [gebiedenPath, ...editionPaths.map((edition) => edition.path)]) {
    if (!existsSync(path)) {
      throw new Error(
        `Source file not found: ${path}\nSet WIJKMONITOR_SOURCE_DATA to the folder that contains gebieden-s-hertogenbosch.csv and raw/.`,
      );
    }
  }

  const { buildMonitor, formatJson } = await loadConverter();
  const mapping = JSON.parse(await readFile(mappingPath, 'utf8'));
  const sources = {
    gebieden: await readFile(gebiedenPath, 'utf8'),
    edities: await Promise.all(editionPaths.map(async ({ jaar, path }) => ({ jaar, csv: await readFile(path, 'utf8') }))),
  };

  const monitor = buildMonitor(sources, mapping);
  await writeFile(outputPath, `${formatJson(monitor)}\n`);

  console.log(summarize(monitor));
}

/** Summarizes in one line what was written and the totaal classes of the buurten in the latest jaar. */
function summarize(monitor) {
  const jaren = [...new Set(monitor.resultaten.map((result) => result.jaar))].sort((a, b) => a - b);
  const latest = jaren[jaren.length - 1];
  const buurten = new Set(monitor.gebieden.filter((gebied) => gebied.type === 'buurt').map((gebied) => gebied.code));

  const counts = new Map(monitor.schalen.situatie.klassen.map((klasse) => [klasse.id, 0]));
  let missing = 0;
  for (const result of monitor.resultaten) {
    if (result.jaar !== latest || !buurten.has(result.gebied)) {
      continue;
    }
    const klasse = result.totaal.klasse;
    if (klasse == null) {
      missing += 1;
    } else {
      counts.set(klasse, counts.get(klasse) + 1);
    }
  }

  const classes = [...counts].map(([id, count]) => `${count} ${id}`).join(', ');
  return (
    `Wrote ${relative(process.cwd(), outputPath)}: ${monitor.gebieden.length} gebieden, jaren ${jaren.join(' and ')}, ` +
    `${monitor.resultaten.length} results; buurten on totaal ${latest}: ${classes}, ${missing} geen gegevens.`
  );
}

main().catch((error) => {
  console.error(`build-demo-data failed: ${error.message}`);
  process.exit(1);
});
