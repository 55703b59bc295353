// Finds the system Chromium that the tests drive, or stops at once with the install line.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((path) => path && existsSync(path));

if (!found) {
  console.error(
    'Chromium was not found (looked for $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).\n' +
      'Install it with:\n\n  apt-get update && apt-get install -y chromium\n\n' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}

try {
  execFileSync(found, ['--version'], { stdio: 'ignore', timeout: 30_000 });
} catch (error) {
  console.error(`Chromium at ${found} does not start: ${error.message}`);
  process.exit(1);
}
