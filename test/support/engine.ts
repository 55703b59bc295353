/**
 * Engine detection for tests that need a facility only some browser drivers offer. The suite runs
 * in Chromium (puppeteer over the DevTools protocol), Firefox (puppeteer over WebDriver BiDi) and
 * WebKit (WebKitWebDriver), as set up in scripts/test-engines.mjs. A test that needs such a facility
 * calls `skipUnless(this, capability)` first, so that it shows as skipped where the driver lacks it,
 * never as passed.
 */
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * A driver facility a test may need:
 * - `reduced-motion`: emulating `prefers-reduced-motion` with `emulateMedia` (DevTools protocol only).
 * - `print-media`: emulating the `print` media type with `emulateMedia` (DevTools protocol only).
 * - `forced-colors`: emulating `forced-colors: active` with the `wbm-emulate-media` command (DevTools protocol only).
 * - `viewport`: resizing the viewport with `setViewport` (puppeteer and playwright only, not WebDriver).
 * - `heap-count`: counting live objects with the `count-instances` command (DevTools protocol only).
 * - `ax-tree`: reading the browser's accessibility tree with the `wbm-ax-tree` command (DevTools protocol only).
 */
export type Capability = 'reduced-motion' | 'print-media' | 'forced-colors' | 'viewport' | 'heap-count' | 'ax-tree';

/** The viewport @web/test-runner gives every test page, in CSS pixels. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 } as const;

/** Returns the browser engine running the test, from the user agent. */
export function browserEngine(): Engine {
  const agent = navigator.userAgent;
  if (/Firefox\//.test(agent)) return 'firefox';
  if (/Chrome\/|Chromium\//.test(agent)) return 'chromium';
  return 'webkit';
}

let capabilities: Promise<Record<Capability, boolean>> | null = null;

/**
 * Reports whether the driver of this test page offers `capability`, as the `wbm-capabilities`
 * command (scripts/test-capabilities-plugin.mjs) finds it. The command runs once per test page.
 */
export async function supports(capability: Capability): Promise<boolean> {
  capabilities ??= executeServerCommand<Record<Capability, boolean>, undefined>('wbm-capabilities');
  return (await capabilities)[capability] === true;
}

/**
 * Skips the running test when the driver lacks `capability`, and names the engine and capability
 * in the test title so that the report shows why. Call it before the test changes anything.
 */
export async function skipUnless(context: Mocha.Context, capability: Capability): Promise<void> {
  if (await supports(capability)) return;

  if (context.test) context.test.title += ` (skipped: ${browserEngine()} driver lacks ${capability})`;
  context.skip();
}

/**
 * Puts the page in `prefers-reduced-motion: value`: with `emulateMedia` where the driver offers it,
 * and otherwise runs the test only when the browser already matches, as a headless browser without
 * a system setting does for `no-preference`. Skips the test in every other case.
 */
export async function emulateReducedMotion(context: Mocha.Context, value: 'reduce' | 'no-preference'): Promise<void> {
  if (await supports('reduced-motion')) {
    await emulateMedia({ reducedMotion: value });
    return;
  }
  if (matchMedia(`(prefers-reduced-motion: ${value})`).matches) return;

  await skipUnless(context, 'reduced-motion');
}

/** Ends any reduced-motion emulation, for an `afterEach` hook; does nothing where the driver lacks it. */
export async function resetReducedMotion(): Promise<void> {
  if (await supports('reduced-motion')) await emulateMedia({ reducedMotion: 'no-preference' });
}

/**
 * Types `text` into the focused element with real key events, one character per command, because
 * WebKitWebDriver (WebKitGTK 2.50) drops the second of two equal characters in a row within one
 * `sendKeys({ type })` command: "binnen" arrives as "binen".
 */
export async function typeText(text: string): Promise<void> {
  for (const character of text) await sendKeys({ type: character });
}
