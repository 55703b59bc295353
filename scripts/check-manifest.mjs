// Checks custom-elements.json: it must equal a fresh run of the analyzer (`npm run analyze`), and
// every public attribute, property, method, event, slot, CSS part and CSS custom property of each
// element must have a description. Every `--wbm-*` token that an element's styles read must be
// documented with @cssproperty.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const committedPath = join(root, 'custom-elements.json');

let passed = 0;
let failed = 0;

function report(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`  ok  ${name}`);
    return;
  }
  failed++;
  console.log(`  FAIL ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
}

/** Collects `--wbm-*` names in a styles module and in the shared modules it imports. */
function tokensOf(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return new Set();
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const tokens = new Set(text.match(/--wbm-[a-z0-9-]*[a-z0-9]/g) ?? []);
  for (const [, specifier] of text.matchAll(/from '(\.[^']+)'/g)) {
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (!target.includes(`${join('src', 'elements', 'shared')}`) && !target.startsWith(dirname(file))) continue;
    for (const token of tokensOf(target, seen)) tokens.add(token);
  }
  return tokens;
}

const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
/** Returns the manifest as text with its modules in path order, because the analyzer's module order varies from run to run. */
function normalized(manifest) {
  const modules = [...(manifest.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify({ ...manifest, modules }, null, 2);
}
const freshText = normalized(fresh);
const committedText = existsSync(committedPath) ? normalized(JSON.parse(readFileSync(committedPath, 'utf8'))) : '';

console.log('custom-elements.json:');
report(
  'committed file matches the sources',
  freshText === committedText ? [] : ['custom-elements.json is stale or missing; run npm run analyze and commit the result.'],
);

for (const module of fresh.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement) continue;
    const tag = declaration.tagName ?? declaration.name;
    const problems = [];
    const isPublic = (item) => !item.privacy || item.privacy === 'public';

    if (!declaration.tagName) problems.push(`${declaration.name} has no @tagname`);
    if (!declaration.description && !declaration.summary) problems.push(`${declaration.name} has no description`);

    for (const member of (declaration.members ?? []).filter(isPublic)) {
      if (member.name.startsWith('_') || member.name.startsWith('#')) continue;
      if (!member.description) problems.push(`${member.kind} ${member.name} has no description (mark it @internal or private if it is not public)`);
    }
    for (const attribute of declaration.attributes ?? []) {
      const field = (declaration.members ?? []).find((member) => member.name === attribute.fieldName);
      if (!attribute.description && !field?.description) problems.push(`attribute ${attribute.name} has no description`);
    }
    for (const event of declaration.events ?? []) {
      if (!event.description) problems.push(`event ${event.name} has no description`);
      if (!event.type?.text) problems.push(`event ${event.name} has no detail type ({CustomEvent<…>} in @fires)`);
    }
    for (const [kind, items] of [
      ['slot', declaration.slots],
      ['CSS part', declaration.cssParts],
      ['CSS property', declaration.cssProperties],
    ]) {
      for (const item of items ?? []) if (!item.description) problems.push(`${kind} ${item.name || '(default)'} has no description`);
    }

    const stylesFile = join(root, module.path.replace(/\.ts$/, '.styles.ts'));
    const documented = new Set((declaration.cssProperties ?? []).map((property) => property.name));
    for (const token of tokensOf(stylesFile)) {
      if (!documented.has(token)) problems.push(`CSS property ${token} is used in the styles but has no @cssproperty`);
    }

    report(`<${tag}> documents every public member`, problems);
  }
}

console.log(`custom-elements.json: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
