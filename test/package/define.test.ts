import { expect } from '@open-wc/testing';
// Only the class and functions: this file must never load src/define.ts.
import { ProfielTaart, VERSION, validate } from '../../src/index.js';

const BUNDLE_URL = '/dist/wijkmonitor.min.js';
const OTHER_VERSION = '9.9.9-test';

/** Fetches the one-file bundle as text, or fails with the fix when `npm run build` has not run. */
async function bundleText(): Promise<string> {
  const response = await fetch(BUNDLE_URL);
  if (!response.ok) throw new Error(`${BUNDLE_URL} is missing (HTTP ${response.status}); run npm run build first.`);
  return response.text();
}

/** Creates a second copy of the bundle under a blob URL that reports another version. */
function otherCopyUrl(text: string): string {
  const versionLiteral = `"${VERSION}"`;
  if (!text.includes(versionLiteral)) throw new Error(`The bundle does not contain the version literal ${versionLiteral}.`);
  const patched = text.replace(versionLiteral, `"${OTHER_VERSION}"`);
  return URL.createObjectURL(new Blob([patched], { type: 'text/javascript' }));
}

interface FrameLog {
  warnings: string[];
  errors: string[];
  frame: HTMLIFrameElement;
}

/** Loads the given module URLs one after another in a fresh same-origin frame with its own registry. */
async function loadInFrame(urls: string[]): Promise<FrameLog> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const log: FrameLog = { warnings: [], errors: [], frame };
  win.console.warn = (...args: unknown[]) => log.warnings.push(args.map(String).join(' '));
  win.console.error = (...args: unknown[]) => log.errors.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => log.errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));

  for (const url of urls) {
    const absolute = new URL(url, location.href).href;
    // The import runs in the frame's realm, so the frame's customElements registry is used.
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(absolute)})`);
  }
  return log;
}

describe('tag registration', () => {
  it('defines no tag when importing the classes', () => {
    expect(ProfielTaart).to.be.a('function');
    expect(validate).to.be.a('function');
    expect(customElements.get('profiel-taart')).to.equal(undefined);
  });

  describe('two copies of the bundle', () => {
    const frames: HTMLIFrameElement[] = [];
    let otherUrl = '';

    before(async () => {
      otherUrl = otherCopyUrl(await bundleText());
    });

    afterEach(() => {
      for (const frame of frames.splice(0)) frame.remove();
    });

    after(() => URL.revokeObjectURL(otherUrl));

    it('defines the tag once from one copy', async () => {
      const log = await loadInFrame([BUNDLE_URL]);
      frames.push(log.frame);
      expect(log.frame.contentWindow!.customElements.get('profiel-taart')).to.be.a('function');
      expect(log.warnings).to.deep.equal([]);
      expect(log.errors).to.deep.equal([]);
    });

    it('warns once naming both versions', async () => {
      const log = await loadInFrame([BUNDLE_URL, otherUrl]);
      frames.push(log.frame);
      expect(log.errors).to.deep.equal([]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain(`wijkmonitor ${OTHER_VERSION}:`);
      expect(log.warnings[0]).to.contain(`already defined by wijkmonitor ${VERSION}`);
      expect(log.warnings[0]).to.contain('<profiel-taart>');
    });

    it('words the warning as one sentence', async () => {
      const log = await loadInFrame([BUNDLE_URL, otherUrl]);
      frames.push(log.frame);
      expect(log.warnings).to.deep.equal([
        `wijkmonitor ${OTHER_VERSION}: <profiel-taart>, <thema-legenda>, <buurt-vergelijk> and <gebied-kiezer> were ` +
          `already defined by wijkmonitor ${VERSION}, which stays in use. Load wijkmonitor once per page.`,
      ]);
    });

    it('names one tag taken by another script', async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      frames.push(frame);
      const win = frame.contentWindow as Window & typeof globalThis;
      win.customElements.define('thema-legenda', class extends win.HTMLElement {});
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const absolute = new URL(BUNDLE_URL, location.href).href;
      await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(absolute)})`);

      expect(warnings).to.deep.equal([
        `wijkmonitor ${VERSION}: <thema-legenda> was already defined by another script, which stays in use. Load wijkmonitor once per page.`,
      ]);
    });

    it('warns once in the other order', async () => {
      const log = await loadInFrame([otherUrl, `${BUNDLE_URL}?copy=2`]);
      frames.push(log.frame);
      expect(log.errors).to.deep.equal([]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain(`wijkmonitor ${VERSION}:`);
      expect(log.warnings[0]).to.contain(`already defined by wijkmonitor ${OTHER_VERSION}`);
    });

    it('keeps the first copy working', async () => {
      const log = await loadInFrame([BUNDLE_URL, otherUrl]);
      frames.push(log.frame);
      const doc = log.frame.contentDocument!;
      const element = doc.createElement('profiel-taart');
      doc.body.append(element);
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot).to.not.equal(null);
      expect(element.constructor).to.equal(log.frame.contentWindow!.customElements.get('profiel-taart'));
    });
  });
});
