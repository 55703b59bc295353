import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { browserEngine } from './harness.js';

interface StrictWindow extends Window {
  __violations: string[];
}

/** Loads a test page with `policy` in an iframe and waits until all its charts and messages are shown. */
async function loadPage(policy: 'csp' | 'tt' | 'none'): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Strict page" style="width: 900px; height: 600px" src="/test-server/strict/page?policy=${policy}"></iframe>`,
  );
  await waitUntil(
    () => {
      const elements = [...(frame.contentDocument?.querySelectorAll('profiel-taart') ?? [])];
      return elements.length === 4 && elements.every((element) => element.shadowRoot?.querySelector('svg, .message'));
    },
    `the ${policy} page did not render`,
    { timeout: 15_000 },
  );

  // A lazy chart shows an empty placeholder svg until it comes near the viewport. Drawing every
  // chart, as the page does before printing, makes the renderings of two pages comparable.
  const elements = [...frame.contentDocument!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('profiel-taart')];
  await Promise.all(elements.map((element) => element.updateComplete));
  frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
  await Promise.all(elements.map((element) => element.updateComplete));
  return frame;
}

function violations(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow as StrictWindow).__violations;
}

/** Path data of every slice and the text of every message, per element, to compare renderings. */
function rendering(frame: HTMLIFrameElement): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const element of frame.contentDocument!.querySelectorAll('profiel-taart')) {
    const root = element.shadowRoot!;
    result[element.id] = [
      ...[...root.querySelectorAll('path.slice')].map((path) => path.getAttribute('d') ?? ''),
      ...[...root.querySelectorAll('.message')].map((message) => (message.textContent ?? '').trim()),
    ];
  }
  return result;
}

describe('strict host page', function () {
  this.timeout(60_000);

  it('passes an accessibility check', async () => {
    const frame = await loadPage('csp');
    await expect(frame).to.be.accessible();
  });

  for (const policy of ['csp', 'tt'] as const) {
    it(`renders without violations under ${policy}`, async function () {
      if (policy === 'tt' && browserEngine() === 'firefox' && !('trustedTypes' in window)) this.skip();

      const frame = await loadPage(policy);
      const plain = await loadPage('none');
      expect(violations(frame)).to.deep.equal([]);
      expect(rendering(frame)).to.deep.equal(rendering(plain));

      // Switching jaar runs the slice transition, which must not set inline styles either.
      const element = frame.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('#src')!;
      element.setAttribute('jaar', '2020');
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(violations(frame)).to.deep.equal([]);
    });
  }
});
