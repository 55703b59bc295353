// Checks the built package as a user receives it: `npm pack`, install the tarball into a fresh
// project without network access, import it with Node, and check what the tarball holds. Needs
// `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let passed = 0;
let failed = 0;

function check(name, run) {
  try {
    run();
    passed++;
    console.log(`  ok  ${name}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}\n       ${String(error.message).replace(/\n/g, '\n       ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/wijkmonitor.min.js'))) {
  console.error('dist/ is missing or incomplete; run npm run build first.');
  process.exit(1);
}

// TypeScript that users write against the published declarations. Each entry point is compiled as a
// project of its own, because a declaration that one of them pulls in would otherwise serve both.
const TYPE_PROBES = {
  'the main entry': `
    import { ProfielTaart, type EventSource, type GebiedChangeDetail, type ThemaHighlightDetail } from 'wijkmonitor';

    const taart: ProfielTaart | null = document.querySelector('profiel-taart');
    if (taart) taart.jaar = 2020;
    document.createElement('profiel-taart').jaar = '2016';
    document.createElement('buurt-vergelijk').jaar = 2016;
    const legendaFor: string | null = document.createElement('thema-legenda').for;
    const kiezerFor: string | null = document.createElement('gebied-kiezer').for;

    document.addEventListener('wbm-gebied-change', (event) => {
      const detail: GebiedChangeDetail = event.detail;
      const source: EventSource = detail.source;
      console.log(detail.code, source);
    });
    document.addEventListener('wbm-thema-highlight', (event) => {
      const detail: ThemaHighlightDetail = event.detail;
      console.log(detail.themaId);
    });
    console.log(legendaFor, kiezerFor);
  `,
  'wijkmonitor/define.js': `
    import 'wijkmonitor/define.js';
    import type { GebiedChangeDetail, ProfielTaart } from 'wijkmonitor/define.js';

    const taart: ProfielTaart | null = document.querySelector('profiel-taart');
    if (taart) taart.jaar = 2020;
    document.createElement('buurt-vergelijk').jaar = 2016;
    document.addEventListener('wbm-gebied-change', (event) => {
      const detail: GebiedChangeDetail = event.detail;
      console.log(detail.naam);
    });
  `,
};

/** Compiles each TYPE_PROBES entry with the repository's TypeScript in the fresh project `app`. */
function checkTypes(app) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const [entry, source] of Object.entries(TYPE_PROBES)) {
    const name = entry === 'the main entry' ? 'main' : 'define';
    writeFileSync(join(app, `types-${name}.ts`), source);
    writeFileSync(
      join(app, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: [`types-${name}.ts`],
      }),
    );
    check(`TypeScript types of ${entry} compile`, () => {
      const result = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: app, encoding: 'utf8' });
      assert(result.status === 0, `tsc failed:\n${result.stdout}${result.stderr}`);
    });
  }
}

const work = mkdtempSync(join(tmpdir(), 'wijkmonitor-package-'));
try {
  console.log('package:');

  const packOutput = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(packOutput);
  const files = new Set(pack.files.map((file) => file.path));
  const tarball = join(work, pack.filename);

  check('tarball contains the entry points', () => {
    const required = [
      'package.json',
      'README.md',
      'README.nl.md',
      'LICENSE',
      'custom-elements.json',
      'schema/monitor.schema.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/wijkmonitor.min.js',
      'themes/nl-design-system.css',
    ];
    const missing = required.filter((path) => !files.has(path));
    assert(missing.length === 0, `missing from the tarball: ${missing.join(', ')}`);
  });

  check('tarball holds every file its Markdown links to', () => {
    // A README or a page of docs/ read from node_modules, or from an unpacked tarball, must find what
    // it links to. Links are relative to the folder of the page.
    const pages = [...files].filter((path) => path.endsWith('.md'));
    const linked = pages.flatMap((page) =>
      [...readFileSync(join(root, page), 'utf8').matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((match) => ({
        page,
        path: posix.normalize(posix.join(posix.dirname(page), match[1])),
      })),
    );
    const missing = linked.filter(({ path }) => {
      const folder = path.endsWith('/') ? path : `${path}/`;
      return !files.has(path) && ![...files].some((file) => file.startsWith(folder));
    });
    const names = missing.map(({ page, path }) => `${path} (from ${page})`);
    assert(missing.length === 0, `linked from Markdown but missing from the tarball: ${[...new Set(names)].join(', ')}`);
  });

  // A copy of a dependency under dist/node_modules would load beside the copy that npm installs.
  check('tarball leaves out sources, tests and bundled dependencies', () => {
    const unwanted = [...files].filter((path) => /^(src|test|demo|stories|scripts|bench|\.storybook)\/|(^|\/)node_modules\//.test(path));
    assert(unwanted.length === 0, `should not be published: ${unwanted.slice(0, 10).join(', ')}`);
  });

  check('every exports target is in the tarball', () => {
    const targets = [];
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') targets.push([subpath, target]);
      else for (const value of Object.values(target)) targets.push([subpath, value]);
    }
    const missing = targets.filter(([, target]) => !files.has(target.replace(/^\.\//, '')));
    assert(missing.length === 0, `exports point at missing files: ${missing.map(([s, t]) => `${s} → ${t}`).join(', ')}`);
  });

  check('sideEffects lists only the modules that register tags', () => {
    // src/define.ts is listed for bundlers that build from the sources (Storybook); it is not published.
    const declared = manifest.sideEffects.map((path) => path.replace(/^\.\//, '')).filter((path) => path.startsWith('dist/'));
    const missing = declared.filter((path) => !files.has(path));
    assert(missing.length === 0, `sideEffects names missing files: ${missing.join(', ')}`);

    // Every other published module must be free of top-level effects on the registry.
    const registering = [...files].filter(
      (path) =>
        path.startsWith('dist/') &&
        path.endsWith('.js') &&
        !declared.includes(path) &&
        /customElements\.define\(|\bdefineElements\(\)/.test(readFileSync(join(root, path), 'utf8')),
    );
    assert(registering.length === 0, `modules outside sideEffects register tags: ${registering.join(', ')}`);
  });

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  let installed = true;
  try {
    // --prefer-offline: lit, d3 and tslib come from the npm cache where they are cached, and from the
    // registry that `npm ci` used where it does not, as on a machine whose cache has only tarballs.
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    installed = false;
    check('fresh project installs the tarball', () => {
      throw new Error(`npm install --prefer-offline failed:\n${error.stderr?.toString() ?? error.message}`);
    });
  }

  if (installed) {
    check('fresh project installs the tarball', () => {
      assert(existsSync(join(app, 'node_modules/wijkmonitor/package.json')), 'node_modules/wijkmonitor is missing');
    });

    // @resvg/resvg-js is an optional peer: only the CLI's png command needs it.
    check('fresh project installs no @resvg/resvg-js', () => {
      assert(!existsSync(join(app, 'node_modules/@resvg/resvg-js')), 'npm installed @resvg/resvg-js with the package');
    });

    const runCli = (...args) =>
      spawnSync(process.execPath, [join(app, 'node_modules/wijkmonitor/bin/wijkmonitor.js'), ...args], { cwd: app, encoding: 'utf8' });
    const demoMonitor = join(root, 'demo/data/s-hertogenbosch.json');

    check('CLI draws an SVG without @resvg/resvg-js', () => {
      const result = runCli('svg', demoMonitor, '--gebied', 'Binnenstad centrum', '--uit', join(app, 'taart.svg'));
      assert(result.status === 0, `svg exited with ${result.status}:\n${result.stderr}`);
    });

    check('CLI png names the missing @resvg/resvg-js', () => {
      const result = runCli('png', demoMonitor, '--gebied', 'Binnenstad centrum', '--uit', join(app, 'taart.png'));
      assert(result.status !== 0, 'png succeeded without @resvg/resvg-js');
      assert(result.stderr.includes('npm install @resvg/resvg-js'), `png printed no install line:\n${result.stderr}`);
    });

    const probe = `
      import { validate, formatNumber, VERSION } from 'wijkmonitor';
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const result = validate({
        gebied: 'De Haren', jaar: 2022, totaal: '6,8',
        themas: [{ naam: 'Welzijn', deelthemas: [{ naam: 'Gezondheid', waarde: '0,4', klasse: 'gemiddeld' }] }],
      });
      const invalid = validate({ formaat: 'wijkmonitor/9' });
      console.log(JSON.stringify({
        version: VERSION,
        valid: Boolean(result.monitor),
        invalidMessage: invalid.problems[0]?.message.nl ?? null,
        number: formatNumber(-0.4, 'nl'),
        defined: globalThis.customElements?.get?.('profiel-taart') !== undefined,
        bundle: import.meta.resolve('wijkmonitor/wijkmonitor.min.js'),
        schema: require('wijkmonitor/schema/monitor.schema.json').$schema ?? null,
        elements: import.meta.resolve('wijkmonitor/custom-elements.json'),
      }));
    `;
    writeFileSync(join(app, 'probe.mjs'), probe);
    let report = null;
    check('Node imports the package', () => {
      const output = execFileSync(process.execPath, ['probe.mjs'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      report = JSON.parse(output.trim().split('\n').pop());
    });

    if (report) {
      check('validate() works from the package', () => {
        assert(report.valid, 'a valid profile was rejected');
        assert(typeof report.invalidMessage === 'string', 'invalid data produced no message');
        assert(report.invalidMessage.length > 0, 'the Dutch message for invalid data is empty');
      });
      check('formatNumber() writes Dutch numbers', () => {
        assert(report.number === '\u22120,4', `expected −0,4, got ${report.number}`);
      });
      check('importing the package defines no tag', () => {
        assert(!report.defined, '<profiel-taart> was defined by a plain import');
      });
      check('package version matches VERSION', () => {
        assert(report.version === manifest.version, `VERSION ${report.version} ≠ package.json ${manifest.version}`);
      });
      check('subpath exports resolve', () => {
        assert(report.bundle.endsWith('/dist/wijkmonitor.min.js'), `wijkmonitor.min.js resolved to ${report.bundle}`);
        assert(report.schema !== null, 'the schema has no $schema');
        assert(report.elements.endsWith('/custom-elements.json'), `custom-elements.json resolved to ${report.elements}`);
      });
    }

    checkTypes(app);
  }

} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`package: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
