// Finds the property names that terser may rename in the one-file bundle. A page reaches the bundle
// only through its custom elements and events, so a name may get a short form when nothing outside
// the bundle can reach it by its text:
// - a private or protected member of any class, or
// - a member of an interface, type literal or class in src/ that no element or event exposes.
// A name is left alone when anything could reach it by its text:
// - a page reaches it: a public member of an element in HTMLElementTagNameMap, a member of an event
//   detail in GlobalEventHandlersEventMap, or a member of any type reachable from those;
// - it is a word in src/model/types.ts, which declares the fields of the monitor JSON;
// - the member has a decorator, because TypeScript passes decorated names as strings;
// - src/ writes it in quotes, binds it in a template (`.name=${…}`) or reads it from `dataset`;
// - Lit or d3, bundled beside our code, use the same word;
// - TypeScript's ECMAScript or DOM declarations use the same word, so no option object passed to a
//   browser API loses a key. A private or protected member that is never an object literal key is
//   renamed all the same. Terser itself also keeps the DOM's property names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** Packages bundled beside our code; a word they use anywhere is never renamed. */
const BUNDLED_PACKAGES = /^(lit|lit-html|lit-element|d3-[a-z]+|@lit)$/;

/** Folders of src/ that the one-file bundle never includes. */
const NOT_BUNDLED = new Set(['cli', 'convert', 'render']);

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
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
];

function hasDecorator(node) {
  return ts.canHaveDecorators(node) && (ts.getDecorators(node) ?? []).length > 0;
}

function isPrivateOrProtected(declaration) {
  const modifiers = ts.canHaveModifiers(declaration) ? (ts.getModifiers(declaration) ?? []) : [];
  return modifiers.some(
    (modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword || modifier.kind === ts.SyntaxKind.ProtectedKeyword,
  );
}

/** Sorts the member names declared in one source file, and collects the keys of its object literals. */
function collectNames(source, names) {
  const visit = (node) => {
    const name = node.name;
    if (name && ts.isIdentifier(name)) {
      if (MEMBER_KINDS.includes(node.kind)) {
        if (hasDecorator(node)) names.decorated.add(name.text);
        else (isPrivateOrProtected(node) ? names.hidden : names.open).add(name.text);
      } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        names.objectKeys.add(name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Returns every word in the JavaScript of the packages bundled beside our code. */
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

/** Returns every word in TypeScript's declarations of ECMAScript and the DOM (lib.*.d.ts). */
function platformWords() {
  const folder = dirname(ts.getDefaultLibFilePath({}));
  const words = new Set();
  for (const file of filesBelow(folder, (name) => /^lib\..*\.d\.ts$/.test(name))) {
    for (const word of readFileSync(file, 'utf8').match(/[\w$]+/g) ?? []) words.add(word);
  }
  return words;
}

/**
 * Returns the names a page can reach: every public member of the elements and event details that
 * src/ adds to HTMLElementTagNameMap and GlobalEventHandlersEventMap, and of every type reachable
 * from those through properties, parameters, return values and type arguments.
 */
function exposedNames(program) {
  const checker = program.getTypeChecker();
  const names = new Set();
  const seen = new Set();
  const isOurs = (declaration) => {
    const file = declaration.getSourceFile();
    return !program.isSourceFileDefaultLibrary(file) && !file.fileName.includes('/node_modules/');
  };

  // The walk uses a work list, because recursing through the types behind an element overflows the stack.
  const pending = [];
  const walk = (type) => {
    if (type && !seen.has(type)) {
      seen.add(type);
      pending.push(type);
    }
  };
  const expand = (type) => {
    if (type.isUnionOrIntersection()) {
      type.types.forEach(walk);
      return;
    }
    if (type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Reference) {
      checker.getTypeArguments(type).forEach(walk);
    }
    (type.aliasTypeArguments ?? []).forEach(walk);
    // Members of the platform's and Lit's own types are kept by their words; walking them adds nothing.
    const declarations = type.symbol?.declarations ?? [];
    if (declarations.length > 0 && !declarations.some(isOurs)) return;
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.parameters) walk(checker.getTypeOfSymbol(parameter));
      walk(signature.getReturnType());
    }
    for (const info of checker.getIndexInfosOfType(type)) walk(info.type);
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration && isPrivateOrProtected(declaration)) continue;
      names.add(property.name);
      walk(checker.getTypeOfSymbol(property));
    }
  };

  for (const source of program.getSourceFiles()) {
    if (!isOurs(source)) continue;
    const visit = (node) => {
      if (ts.isModuleDeclaration(node) && node.name.text === 'global') {
        for (const statement of node.body?.statements ?? []) {
          if (!ts.isInterfaceDeclaration(statement)) continue;
          for (const member of statement.members) walk(checker.getTypeAtLocation(member));
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  while (pending.length > 0) expand(pending.pop());
  return names;
}

function createProgram(root, files) {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram(files, { ...options, noEmit: true });
}

/** Returns a RegExp for terser's `mangle.properties.regex` that matches exactly the renamable names. */
export function internalNamePattern(root) {
  const sourceFiles = filesBelow(join(root, 'src'), (name) => name.endsWith('.ts'), (name) => NOT_BUNDLED.has(name));
  const program = createProgram(root, sourceFiles);
  const names = { hidden: new Set(), open: new Set(), decorated: new Set(), objectKeys: new Set() };
  for (const file of sourceFiles) collectNames(program.getSourceFile(file), names);

  const exposed = exposedNames(program);
  const sourceText = filesBelow(join(root, 'src'), (name) => name.endsWith('.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const jsonFields = new Set(readFileSync(join(root, 'src/model/types.ts'), 'utf8').match(/[\w$]+/g));
  const library = libraryWords(join(root, 'node_modules'));
  const platform = platformWords();
  const renamable = [...new Set([...names.hidden, ...names.open])].filter((name) => {
    if (names.decorated.has(name) || exposed.has(name) || jsonFields.has(name) || library.has(name)) return false;
    // A private member that is never an object literal key cannot reach a browser API by its name,
    // even when the DOM uses the same word.
    const onlyPrivate = !names.open.has(name) && !names.objectKeys.has(name);
    if (platform.has(name) && !onlyPrivate) return false;
    const escaped = name.replace(/\$/g, '\\$');
    const quotedOrBound = new RegExp(`(['"\`]${escaped}['"\`])|([.?@]${escaped}=)|(dataset\\.${escaped}\\b)`);
    return !quotedOrBound.test(sourceText);
  });

  // A pattern that matches nothing when there is nothing to rename.
  if (renamable.length === 0) return /^$./;
  return new RegExp(`^(?:${renamable.sort().join('|').replace(/\$/g, '\\$')})$`);
}
