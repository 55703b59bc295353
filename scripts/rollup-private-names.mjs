// Finds the class members that terser may rename in the one-file bundle: the names declared only as
// `private` or `protected` members in src/. A renamed member must be reached only through `obj.name`
// in bundled code, so a name is left alone when anything could reach it by its text:
// - it is declared anywhere as a public member, an interface member or an object literal key;
// - the member has a decorator, because TypeScript passes decorated names as strings;
// - src/ writes it in quotes or binds it in a template (`.name=${…}`);
// - Lit or d3, bundled beside our code, use the same word.
// Terser itself also keeps the DOM's property names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Packages bundled beside our code; a word they use anywhere is never renamed. */
const BUNDLED_PACKAGES = /^(lit|lit-html|lit-element|d3-[a-z]+|@lit)$/;

function filesBelow(folder, accept, skip = () => false) {
  const files = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (!skip(entry)) files.push(...filesBelow(path, accept, skip));
    } else if (accept(entry)) {
      files.push(path);
    }
  }
  return files;
}

const MEMBER_KINDS = [
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
];

function isHidden(node) {
  const modifiers = ts.getModifiers(node) ?? [];
  const hidden = modifiers.some(
    (modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword || modifier.kind === ts.SyntaxKind.ProtectedKeyword,
  );
  return hidden && (ts.getDecorators(node) ?? []).length === 0;
}

/** Sorts every member name and key in one TypeScript file into hidden and public names. */
function collectNames(path, hidden, visible) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const name = node.name;
    if (name && ts.isIdentifier(name)) {
      if (MEMBER_KINDS.includes(node.kind)) {
        (isHidden(node) ? hidden : visible).add(name.text);
      } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        visible.add(name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Returns every word in the bundled packages' JavaScript. */
function libraryWords(nodeModules) {
  const words = new Set();
  const packages = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(join(nodeModules, entry))) {
        if (BUNDLED_PACKAGES.test(entry)) packages.push(join(nodeModules, entry, scoped));
      }
    } else if (BUNDLED_PACKAGES.test(entry)) {
      packages.push(join(nodeModules, entry));
    }
  }
  for (const folder of packages) {
    for (const file of filesBelow(folder, (name) => /\.m?js$/.test(name), (name) => name === 'node_modules')) {
      for (const word of readFileSync(file, 'utf8').match(/[\w$]+/g) ?? []) words.add(word);
    }
  }
  return words;
}

/** Returns a RegExp for terser's `mangle.properties.regex` that matches exactly the renamable names. */
export function privateMemberPattern(root) {
  const sourceFiles = filesBelow(join(root, 'src'), (name) => name.endsWith('.ts'));
  const hidden = new Set();
  const visible = new Set();
  for (const file of sourceFiles) collectNames(file, hidden, visible);

  const sourceText = sourceFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  const library = libraryWords(join(root, 'node_modules'));
  const renamable = [...hidden].filter((name) => {
    if (visible.has(name) || library.has(name)) return false;
    const escaped = name.replace(/\$/g, '\\$');
    const quotedOrBound = new RegExp(`(['"\`]${escaped}['"\`])|([.?@]${escaped}=)`);
    return !quotedOrBound.test(sourceText);
  });

  // A pattern that matches nothing when there is nothing to rename.
  if (renamable.length === 0) return /^$./;
  return new RegExp(`^(?:${renamable.sort().join('|').replace(/\$/g, '\\$')})$`);
}
