// A @web/test-runner command that counts live objects with a given prototype through the
// DevTools protocol, after a forced garbage collection. Only Chromium (puppeteer with CDP) can run
// it; other engines get null so the test can skip with a visible reason.

/** `executeServerCommand('count-instances', { global })` counts objects whose prototype is `window[global]`. */
export function heapPlugin() {
  return {
    name: 'wbm-heap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'count-instances') return undefined;

      const page = session.browser.type === 'puppeteer' ? session.browser.getPage?.(session.id) : null;
      if (!page || page.browser().protocol !== 'cdp') return null;

      const client = await page.createCDPSession();
      try {
        await client.send('HeapProfiler.enable');
        await client.send('HeapProfiler.collectGarbage');
        const prototype = await client.send('Runtime.evaluate', { expression: `window[${JSON.stringify(payload.global)}]` });
        const objects = await client.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId });
        const count = await client.send('Runtime.callFunctionOn', {
          objectId: objects.objects.objectId,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
        });
        return count.result.value;
      } finally {
        await client.detach();
      }
    },
  };
}
