import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCli, repoRoot } from './build.mjs';

const bin = join(repoRoot, 'bin/wijkmonitor.js');
// The demo monitor has one warning, so valideer exits 1 with --streng and 0 without.
const demo = join(repoRoot, 'demo/data/s-hertogenbosch.json');

function run(...args) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

before(buildCli);

// A script that sets --streng=ja by default and takes extra arguments, such as
// `npm run valideer -- --streng=nee`, turns strict mode off with the later value.
describe('--streng given twice', () => {
  it('--streng=ja then --streng=nee: off', () => {
    const result = run('valideer', demo, '--streng=ja', '--streng=nee');
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('--streng then --streng=nee: off', () => {
    const result = run('valideer', demo, '--streng', '--streng=nee');
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('--streng=nee then --streng=ja: on', () => {
    const result = run('valideer', demo, '--streng=nee', '--streng=ja');
    assert.equal(result.status, 1, result.stdout + result.stderr);
  });
});
