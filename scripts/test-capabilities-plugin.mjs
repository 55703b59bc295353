// A @web/test-runner command that reports which driver facilities the browser of a test page
// offers, so that a test can skip with a visible reason instead of failing on a command the driver
// lacks (test/support/engine.ts). It reads the driver type and protocol and runs nothing in the page.

/**
 * Command `wbm-capabilities` returns `{ [capability]: boolean }`. setViewport needs puppeteer or
 * playwright. emulateMedia, the `wbm-emulate-media` and `wbm-ax-tree` commands and heap counts need the DevTools
 * protocol, which puppeteer 24 speaks to Chromium but not to Firefox, where it uses WebDriver BiDi.
 */
export function capabilitiesPlugin() {
  return {
    name: 'wbm-capabilities',
    async executeCommand({ command, session }) {
      if (command !== 'wbm-capabilities') return undefined;

      const type = session.browser.type;
      const page = type === 'puppeteer' ? session.browser.getPage?.(session.id) : null;
      const devTools = page?.browser().protocol === 'cdp';
      return {
        viewport: type === 'puppeteer' || type === 'playwright',
        'reduced-motion': devTools,
        'print-media': devTools,
        'forced-colors': devTools,
        'heap-count': devTools,
        'ax-tree': devTools,
      };
    },
  };
}
