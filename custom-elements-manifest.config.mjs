// Generates custom-elements.json from the JSDoc of the element classes.
export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
