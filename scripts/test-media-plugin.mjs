// A @web/test-runner command that emulates CSS media through the DevTools protocol, for features
// that @web/test-runner-commands does not cover (forced-colors). Chromium only.
const sessions = new WeakMap();

async function devToolsSession(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    sessions.set(page, session);
  }
  return session;
}

/**
 * Command `wbm-emulate-media` with payload `{ media?: 'print' | 'screen' | '', features?: [{ name, value }] }`.
 * An empty payload resets the emulation. Returns false in browsers without the DevTools protocol.
 */
export function mediaEmulationPlugin() {
  return {
    name: 'wbm-media-emulation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wbm-emulate-media') return undefined;

      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return false;

      try {
        const devTools = await devToolsSession(page);
        await devTools.send('Emulation.setEmulatedMedia', {
          media: payload?.media ?? '',
          features: payload?.features ?? [],
        });
        return true;
      } catch {
        // Firefox over WebDriver BiDi offers no DevTools sessions.
        return false;
      }
    },
  };
}
