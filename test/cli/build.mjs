// Builds dist/cli.js with the CLI entry of rollup.config.js, so the tests run the file that
// bin/wijkmonitor.js imports in the published package.
import { rollup } from 'rollup';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds dist/cli.js from src/cli with the repository's rollup configuration. */
export async function buildCli() {
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    const configs = (await import(resolve(repoRoot, 'rollup.config.js'))).default;
    const config = configs.find((entry) => entry.output?.file === 'dist/cli.js');
    const bundle = await rollup({ ...config, onwarn: () => undefined });
    await bundle.write(config.output);
    await bundle.close();
  } finally {
    process.chdir(previous);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
