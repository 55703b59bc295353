// Builds Storybook, serves it on 127.0.0.1 and opens every story and docs page in headless
// Chromium. An entry fails on a page error or an axe-core violation of WCAG 2.1 A/AA. It also fails
// on any console error, except the single message that a story tagged `console-error` must log for
// developers about its error state. Stories run with reduced motion, so nothing is checked
// mid-transition. Option: --no-build reuses storybook-static/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, serveFiles } from './static-pages.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const outputDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const WORKERS = 2;
/** The start of a console error that an element logs for developers, such as `<profiel-taart>: …`. */
const ELEMENT_MESSAGE = /^<(profiel-taart|thema-legenda|gebied-kiezer|buurt-vergelijk)>: /;
const RENDER_TIMEOUT_MS = 30_000;
/** Width in px of a small phone, at which the guide pages are checked for sideways scrolling. */
const PHONE_WIDTH = 360;

if (!process.argv.includes('--no-build')) {
  console.log('storybook: building…');
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', outputDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}
if (!existsSync(join(outputDir, 'index.json'))) {
  console.error(`${outputDir}/index.json is missing; run npm run build-storybook first.`);
  process.exit(1);
}
const executablePath = chromiumPath();

// Only files inside the static build, nothing else on the machine.
const { base, close } = await serveFiles((path) => {
  const file = normalize(join(outputDir, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(outputDir) ? file : null;
});

const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.type === 'story' || entry.type === 'docs');

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const results = [];

/**
 * Counts the console errors an entry must log: one for a story tagged `console-error`, and on a
 * component's generated docs page, which renders all its stories, one per such story.
 */
function expectedConsoleErrors(entry) {
  if (entry.type === 'story') return (entry.tags ?? []).includes('console-error') ? 1 : 0;
  if (!(entry.tags ?? []).includes('autodocs')) return 0;
  return entries.filter(
    (other) => other.type === 'story' && other.title === entry.title && (other.tags ?? []).includes('console-error'),
  ).length;
}

/** Opens one story or docs page and returns the list of its problems. */
async function checkEntry(entry) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  const problems = [];
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
    const tags = entry.tags ?? [];
    if (tags.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' });

    const rootSelector = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
    // Rendered means: the root has content and no element is loading, except one whose data is
    // the mock that never responds (the stories about loading).
    await page.waitForFunction(
      ({ rootSelector }) => {
        const rootElement = document.querySelector(rootSelector);
        if (!rootElement || rootElement.childElementCount === 0) return false;
        const elements = [...rootElement.querySelectorAll('profiel-taart, thema-legenda, buurt-vergelijk, gebied-kiezer')];
        return elements.every((element) => {
          const shadow = element.shadowRoot;
          // A <profiel-taart> has its empty sizer before its first render, which may wait for a later task.
          if (!shadow || ![...shadow.children].some((child) => !child.classList.contains('sizer'))) return false;
          return element.getAttribute('src') === '/mock/loading' || !shadow.querySelector('.loading');
        });
      },
      { rootSelector },
      { timeout: RENDER_TIMEOUT_MS, polling: 100 },
    );
    // Then every element's own promise: its chart, placeholder or message is on screen.
    await page.evaluate(
      async ({ rootSelector, timeoutMs }) => {
        const elements = [...document.querySelector(rootSelector).querySelectorAll('profiel-taart, thema-legenda, buurt-vergelijk, gebied-kiezer')];
        const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
        await Promise.race([Promise.all(elements.map((element) => element.updateComplete)), timeout]);
      },
      { rootSelector, timeoutMs: RENDER_TIMEOUT_MS },
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (rootSelector) => {
      const result = await window.axe.run(document.querySelector(rootSelector), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×)`);
    }, rootSelector);
    for (const violation of violations) problems.push(`axe ${violation}`);

    // The guides for web editors must read on a phone without scrolling sideways.
    if (entry.type === 'docs' && !(entry.tags ?? []).includes('autodocs')) {
      await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
      const width = await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.documentElement.scrollWidth)))),
      );
      if (width > PHONE_WIDTH) problems.push(`scrolls sideways at ${PHONE_WIDTH} px: the page is ${width} px wide`);
    }

    const expectedErrors = expectedConsoleErrors(entry);
    if (!(entry.tags ?? []).includes('autodocs')) {
      if (consoleErrors.length !== expectedErrors) {
        problems.push(`expected ${expectedErrors} console error(s), got ${consoleErrors.length}`);
        for (const text of consoleErrors) problems.push(`  console.error: ${text.split('\n')[0]}`);
      }
    } else {
      // A generated docs page may render a story again when its args settle, and each new element
      // logs its message again, so the count is a minimum. Every error must still be an element's message.
      const foreign = consoleErrors.filter((text) => !ELEMENT_MESSAGE.test(text));
      const own = consoleErrors.length - foreign.length;
      if (own < expectedErrors) problems.push(`expected at least ${expectedErrors} element error(s), got ${own}`);
      for (const text of foreign) problems.push(`unexpected console.error: ${text.split('\n')[0]}`);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  for (const message of pageErrors) problems.push(`page error: ${message}`);
  await context.close();
  return problems;
}

let next = 0;
async function worker() {
  while (next < entries.length) {
    const entry = entries[next++];
    const problems = await checkEntry(entry);
    results.push({ entry, problems });
    const label = `${entry.title} › ${entry.name}`;
    if (problems.length === 0) console.log(`  ok  ${label}`);
    else console.log(`  FAIL ${label}\n       ${problems.join('\n       ')}`);
  }
}

console.log(`storybook: checking ${entries.length} stories and docs pages`);
try {
  await Promise.all(Array.from({ length: WORKERS }, worker));
} finally {
  await browser.close();
  close();
}

const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`storybook: ${results.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
