import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssTemplates } from './scripts/rollup-minify-css.mjs';

const external = (id) => /^(lit|@lit\/|d3-)/.test(id);

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
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true }),
      minifyCssTemplates(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
  // The command-line tool for Node, imported by bin/wijkmonitor.js; its npm dependencies stay imports.
  {
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || /^(lit|@lit\/|d3-|cac$|iconv-lite$|@resvg\/)/.test(id),
    output: { file: 'dist/cli.js', format: 'esm', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true })],
  },
];
