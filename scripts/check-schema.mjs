// Checks schema/monitor.schema.json with Ajv (draft 2020-12): the valid fixtures in test/fixtures and
// the demo monitor must pass, and every file in test/fixtures/schema-invalid must fail. Runs in Node because Ajv ships
// as CommonJS, which the browser test runner does not load.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures');
const validFixtures = ['monitor-small.json', 'profile-binnenstad-centrum.json', 'profile-minimal.json'].map((name) => join(fixtures, name));
// Monitors that other parts of the repository produce; checked when present.
const otherMonitors = ['test/fixtures/elements/binnenstad.json', 'demo/data/s-hertogenbosch.json'].map((name) => join(root, name));
const invalidFolder = join(fixtures, 'schema-invalid');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateSchema = ajv.compile(readJson(join(root, 'schema', 'monitor.schema.json')));

let passed = 0;
let failed = 0;

function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok      ${name}`);
  } else {
    failed++;
    console.log(`FAILED  ${name}${detail ? `\n        ${detail}` : ''}`);
  }
}

for (const path of [...validFixtures, ...otherMonitors.filter((path) => existsSync(path))]) {
  const valid = validateSchema(readJson(path));
  check(`valid ${relative(root, path)}`, valid, JSON.stringify(validateSchema.errors?.slice(0, 5)));
}

for (const file of readdirSync(invalidFolder).filter((name) => name.endsWith('.json')).sort()) {
  const valid = validateSchema(readJson(join(invalidFolder, file)));
  check(`rejects schema-invalid/${file}`, !valid, 'the schema accepted it');
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
