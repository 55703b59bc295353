// Test pages under /test-server/strict/ served with a strict Content-Security-Policy, to prove
// that the one-file bundle needs no inline script, no inline style and no eval.
//   /test-server/strict/page?policy=csp   default-src 'self'; style-src 'self'; script-src 'self'
//   /test-server/strict/page?policy=tt    the same plus require-trusted-types-for 'script'
//   /test-server/strict/page?policy=none  no policy, for comparing the rendering
import { build } from 'esbuild';

const POLICIES = {
  csp: "default-src 'self'; style-src 'self'; script-src 'self'",
  tt: "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
  none: null,
};

// Records every CSP violation before the bundle runs; a page under script-src 'self' cannot use inline script.
const LISTENER = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});`;

const PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Strict page</title>
<script src="/test-server/strict/listen.js"></script>
<script type="module" src="/test-server/strict/bundle.js"></script>
</head>
<body>
<profiel-taart id="src" src="/test/fixtures/elements/binnenstad.json" gebied="BU07960101" jaar="2016"></profiel-taart>
<profiel-taart id="waarde" src="/test/fixtures/elements/binnenstad.json" gebied="BU07960102" straal="waarde"></profiel-taart>
<profiel-taart id="inline"><script type="application/json">{"gebied": "De Haren", "jaar": 2022, "totaal": "6,8",
  "themas": [{"naam": "Werk & leren", "klasse": "boven", "deelthemas": [{"naam": "Uitkeringen", "waarde": "0,6", "klasse": "boven"}]}]}</script></profiel-taart>
<profiel-taart id="broken" src="/does-not-exist.json"></profiel-taart>
</body>
</html>`;

let bundle = null;

/** Bundles src/define.ts once per test run, as the one-file build does. */
function bundleText() {
  bundle ??= build({
    entryPoints: ['src/define.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export async function strictPages(context, next) {
  if (!context.path.startsWith('/test-server/strict/')) return next();

  const name = context.path.slice('/test-server/strict/'.length);
  if (name === 'listen.js') {
    context.type = 'text/javascript';
    context.body = LISTENER;
  } else if (name === 'bundle.js') {
    context.type = 'text/javascript';
    context.body = await bundleText();
  } else if (name === 'page') {
    const policy = POLICIES[context.query.policy] ?? POLICIES.csp;
    context.type = 'text/html';
    if (policy) context.set('Content-Security-Policy', policy);
    context.body = PAGE;
  } else {
    return next();
  }
}
