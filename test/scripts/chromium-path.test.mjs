// Checks how the scripts find Chromium, above all that a mistyped CHROME_PATH stops them with a
// message naming the path instead of silently starting another browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { CHROMIUM_PATHS, findChromium } from '../../scripts/chromium-path.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const missingPath = '/nonexistent/chromium-typo';

describe('findChromium', () => {
  it('rejects a CHROME_PATH that does not exist', () => {
    assert.throws(() => findChromium({ CHROME_PATH: missingPath }), (error) => error.message.includes(missingPath));
  });

  it('rejects a CHROME_PATH that is a folder', () => {
    assert.throws(() => findChromium({ CHROME_PATH: repoRoot }), (error) => error.message.includes(repoRoot));
  });

  it('returns an existing CHROME_PATH', () => {
    assert.equal(findChromium({ CHROME_PATH: process.execPath }), process.execPath);
  });

  it('falls back to a system path without CHROME_PATH', () => {
    assert.ok(CHROMIUM_PATHS.includes(findChromium({})));
  });
});

describe('check-browser script', () => {
  it('exits naming a missing CHROME_PATH', () => {
    const result = spawnSync(process.execPath, ['scripts/check-browser.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: missingPath },
    });

    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`CHROME_PATH is set to ${missingPath}`));
  });
});

describe('scripts that launch Chromium', () => {
  it('read CHROME_PATH only through findChromium', () => {
    const files = ['scripts', 'bench'].flatMap((folder) =>
      readdirSync(join(repoRoot, folder))
        .filter((name) => name.endsWith('.mjs') && name !== 'chromium-path.mjs')
        .map((name) => join(folder, name)),
    );

    for (const file of files) {
      const source = readFileSync(join(repoRoot, file), 'utf8');
      assert.doesNotMatch(source, /process\.env\.CHROME_PATH/, `${file} reads CHROME_PATH itself; call findChromium() from scripts/chromium-path.mjs`);
    }
  });
});
