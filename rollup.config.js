import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { internalNamePattern } from './scripts/rollup-private-names.mjs';

// tslib contains the decorator helper that TypeScript's output imports, so it is a dependency like Lit.
const external = (id) => /^(lit|@lit\/|d3-|tslib$)/.test(id);

export default [
  // The ESM library for bundlers: one module per source file, dependencies left as imports.
  // src/render/index.ts is an entry of its own so that Node scripts can import the renderer without Lit.
  {
    input: ['src/index.ts', 'src/define.ts', 'src/render/index.ts'],
    external,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json' }),
    ],
  },
  // One self-contained file that a CMS page loads with a single <script type="module">.
  {
    input: 'src/define.ts',
    output: { file: 'dist/wijkmonitor.min.js', format: 'esm', sourcemap: true },
    onwarn(warning, warn) {
      // In d3-interpolate 3, value.js imports array.js and object.js, which import value.js. The
      // cycle is harmless because those modules only call each other's functions after loading.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids.every((id) => id.includes('/node_modules/d3-interpolate/'))) return;
      warn(warning);
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true }),
      // Minifies the markup in html`` and svg`` templates (html-minifier-next) and the CSS in css``
      // templates (lightningcss). Whitespace around block elements goes, and a run of whitespace in text
      // or between inline elements becomes one space, so the text a visitor reads keeps its spaces.
      // Empty attributes stay, because `<option value="">` needs its empty value. The build fails on a
      // template the minifier cannot parse, which would otherwise ship unminified with only a warning.
      // In css`` it parses `${…}` only as a whole declaration value, so `${…}ms` fails.
      minifyTemplates({
        failOnError: true,
        options: { minifyOptions: { removeAttributeQuotes: true, removeEmptyAttributes: false } },
      }),
      // An ES module is strict and owns its top level, so terser may rename top-level names. Options
      // that assume code has no side effects (pure_getters, unsafe_*) saved under 0.1 kB gzipped, so
      // they are left off.
      // Members that no page reaches get short names: private and protected members, and members of
      // internal classes and interfaces. scripts/rollup-private-names.mjs lists them.
      // The magic comment on the first line makes Chromium 136 and later compile every function of the
      // file on the background thread that streams the script in, not on the main thread at each
      // function's first call. For one chart, main-thread time from adding the script to the frame
      // after the chart's paint fell from 68 to 46 ms (15 page loads each, Chromium 156, 2 shared
      // cores). The JS heap grew by 0.2 MiB, and the chart painted about 20 ms later, because the module
      // runs only after the whole file is compiled. bench/RESULTS.md records the runs. Other engines
      // skip the comment.
      // Terser writes the preamble before the code and keeps the source map's lines right.
      terser({
        module: true,
        ecma: 2020,
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
        compress: { passes: 3 },
        mangle: { properties: { regex: internalNamePattern(new URL('.', import.meta.url).pathname) } },
      }),
    ],
  },
  // The command-line tool for Node, imported by bin/wijkmonitor.js; its npm dependencies stay imports.
  {
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || /^(lit|@lit\/|d3-|tslib$|cac$|iconv-lite$|@resvg\/)/.test(id),
    output: { file: 'dist/cli.js', format: 'esm', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true })],
  },
];
