// Finds the system Chromium that the tests drive, or stops at once with the install line.
import { execFileSync } from 'node:child_process';
import { findChromiumOrExit } from './chromium-path.mjs';

const found = findChromiumOrExit();

try {
  execFileSync(found, ['--version'], { stdio: 'ignore', timeout: 30_000 });
} catch (error) {
  console.error(`Chromium at ${found} does not start: ${error.message}`);
  process.exit(1);
}
