// Checks the size of the one-file CMS bundle, dist/wijkmonitor.min.js, minified and gzipped at
// level 9 as a web server sends it. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUNDLE = new URL('../dist/wijkmonitor.min.js', import.meta.url);

/** The size the bundle should reach, in bytes gzipped: a CMS page should stay light. */
const TARGET_BYTES = 25 * 1024;

/**
 * The enforced ceiling, in bytes gzipped, so that the bundle never grows unnoticed. It is 1 to 2 kB
 * above the bundle, so a change that adds more fails here and has to say so by raising it.
 * NOTE: TARGET_BYTES is not met. With four elements, both languages of every validator message,
 * Lit and d3-shape the bundle is about 66 kB. Lower this ceiling whenever the bundle shrinks.
 */
const CEILING_BYTES = 68 * 1024;

if (!existsSync(BUNDLE)) {
  console.error('dist/wijkmonitor.min.js is missing; run npm run build first.');
  process.exit(1);
}

const minified = readFileSync(BUNDLE);
const gzipped = gzipSync(minified, { level: 9 }).length;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

console.log('size:');
console.log(`  dist/wijkmonitor.min.js: ${kilobytes(minified.length)} minified, ${kilobytes(gzipped)} gzipped`);
console.log(`  target ${kilobytes(TARGET_BYTES)}: ${gzipped <= TARGET_BYTES ? 'met' : `not met by ${kilobytes(gzipped - TARGET_BYTES)}`}`);

const withinCeiling = gzipped <= CEILING_BYTES;
console.log(`  ${withinCeiling ? 'ok  ' : 'FAIL'} at most ${kilobytes(CEILING_BYTES)} gzipped`);
console.log(`size: ${withinCeiling ? 1 : 0} passed, ${withinCeiling ? 0 : 1} failed`);
if (!withinCeiling) process.exit(1);
