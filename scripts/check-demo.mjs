// Opens the demo pages in headless Chromium, as `npm start` serves them, at 1280 and 360 px wide.
// A page fails on a page error, any console error, an HTTP status of 400 or more, an axe-core
// violation of WCAG 2.1 A/AA, an element that never leaves its loading state, content wider than
// the window (WCAG reflow), or the choices of a fieldset spread over more than one line. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, serveFiles } from './static-pages.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const PAGES = ['/demo/index.html', '/demo/nl-design-system.html'];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 800 },
];
/** Folders the demo pages load from. Every other path returns 404. */
const SERVED = ['/demo/', '/dist/', '/themes/', '/node_modules/@gemeente-denhaag/'];
const RENDER_TIMEOUT_MS = 30_000;

if (!existsSync(join(root, 'dist/wijkmonitor.min.js'))) {
  console.error('dist/wijkmonitor.min.js is missing; run npm run build first.');
  process.exit(1);
}
const executablePath = chromiumPath();
const { base, close } = await serveFiles((path) => {
  const file = normalize(join(root, path));
  return SERVED.some((folder) => path.startsWith(folder)) && file.startsWith(root) ? file : null;
});
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** Opens one demo page at one window size and returns the list of its problems. */
async function checkPage(path, viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text().split('\n')[0]}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  try {
    await page.goto(`${base}${path}`);
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('profiel-taart, thema-legenda, buurt-vergelijk, gebied-kiezer')];
        return (
          elements.length > 0 &&
          elements.every((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0 && !element.shadowRoot.querySelector('.loading'))
        );
      },
      undefined,
      { timeout: RENDER_TIMEOUT_MS, polling: 100 },
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('profiel-taart, buurt-vergelijk')].map((element) => element.updateComplete)));

    const drawn = await page.evaluate(() => document.querySelector('profiel-taart')?.shadowRoot?.querySelector('svg .slice') !== null);
    if (!drawn) problems.push('the first <profiel-taart> shows no slices');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`content is ${overflow} px wider than the ${viewport.width} px window`);

    // A radio choice that wraps alone under its legend reads as a separate question.
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll('fieldset')]
        .filter((fieldset) => new Set([...fieldset.querySelectorAll('label')].map((label) => Math.round(label.getBoundingClientRect().top))).size > 1)
        .map((fieldset) => fieldset.querySelector('legend')?.textContent?.trim() ?? ''),
    );
    for (const legend of wrapped) problems.push(`the choices of "${legend}" are on more than one line`);

    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×)`);
    });
    for (const violation of violations) problems.push(`axe ${violation}`);
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  await context.close();
  return problems;
}

let failed = 0;
try {
  for (const path of PAGES) {
    for (const viewport of VIEWPORTS) {
      const problems = await checkPage(path, viewport);
      const label = `${path} at ${viewport.width} px`;
      if (problems.length === 0) {
        console.log(`  ok   ${label}`);
      } else {
        failed++;
        console.log(`  FAIL ${label}\n       ${problems.join('\n       ')}`);
      }
    }
  }
} finally {
  await browser.close();
  close();
}

console.log(`demo: ${PAGES.length * VIEWPORTS.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
