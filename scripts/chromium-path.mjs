// Finds the Chromium that the tests, the page checks and the benchmark drive.
import { statSync } from 'node:fs';

/** Paths tried in order when CHROME_PATH is not set: Debian, Ubuntu, Google Chrome. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isFile(path) {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Returns the Chromium executable: CHROME_PATH when it is set, otherwise the first of
 * CHROMIUM_PATHS that exists. Throws when CHROME_PATH is not an existing file, rather than falling back to
 * another browser, and when no Chromium is found.
 */
export function findChromium(env = process.env) {
  const configured = env.CHROME_PATH;
  if (configured) {
    if (isFile(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, which is not an existing file. Correct the path, or unset CHROME_PATH to use ${CHROMIUM_PATHS.join(', ')}.`);
  }

  const found = CHROMIUM_PATHS.find(isFile);
  if (found) return found;
  throw new Error(
    `Chromium was not found (looked for ${CHROMIUM_PATHS.join(', ')}). ` +
      'Install it with: apt-get update && apt-get install -y chromium, or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/** Returns findChromium() for a command-line script, or prints its message and exits with code 1. */
export function findChromiumOrExit(env = process.env) {
  try {
    return findChromium(env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
