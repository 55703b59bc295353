import { expect } from '@open-wc/testing';
import { ELEMENTS, countConsoleErrors, mount, outcome, settle, type DataElement } from './harness.js';

declare global {
  interface Window {
    /** Trap that every payload calls if it ever runs. */
    __wbmXss?: (source: string) => void;
  }
}

const VECTORS = [
  '<script>__wbmXss("script")</script>',
  '<img src=x onerror=__wbmXss("img")>',
  '<svg onload=__wbmXss("svg")>',
  '<svg><script>__wbmXss("svg-script")</script></svg>',
  '<iframe src="javascript:parent.__wbmXss(\'iframe\')"></iframe>',
  '<iframe srcdoc="<script>parent.__wbmXss(\'srcdoc\')</script>"></iframe>',
  '<body onload=__wbmXss("body")>',
  '<details open ontoggle=__wbmXss("details")>',
  '<input autofocus onfocus=__wbmXss("input")>',
  '<video><source onerror=__wbmXss("video")></video>',
  '<audio src=x onerror=__wbmXss("audio")>',
  '<object data="javascript:__wbmXss(\'object\')"></object>',
  '<embed src="javascript:__wbmXss(\'embed\')">',
  '<a href="javascript:__wbmXss(\'a\')">klik</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__wbmXss("math")>',
  '<style>@import "javascript:__wbmXss(\'css\')";</style>',
  '<link rel=stylesheet href="javascript:__wbmXss(\'link\')">',
  '<marquee onstart=__wbmXss("marquee")>',
  '<form><button formaction=javascript:__wbmXss("form")>x</button></form>',
  '<isindex action=javascript:__wbmXss("isindex") type=image>',
  '<svg><animate onbegin=__wbmXss("animate") attributeName=x dur=1s>',
  '<svg><set onbegin=__wbmXss("set") attributeName=x to=1>',
  '<svg><a xlink:href="javascript:__wbmXss(\'xlink\')"><text>x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=__wbmXss("foreign")></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x onload=__wbmXss(1)>#x"></use></svg>',
  '<template><img src=x onerror=__wbmXss("template")></template>',
  '<noscript><p title="</noscript><img src=x onerror=__wbmXss("noscript")>">',
  '<textarea></textarea><img src=x onerror=__wbmXss("textarea")>',
  '<title></title><img src=x onerror=__wbmXss("title")>',
  '<!--><img src=x onerror=__wbmXss("comment")>-->',
  '<![CDATA[<img src=x onerror=__wbmXss("cdata")>]]>',
  '"><img src=x onerror=__wbmXss("attribute-break")>',
  "'><img src=x onerror=__wbmXss('single-break')>",
  '" onmouseover="__wbmXss(\'quote\')" x="',
  "javascript:__wbmXss('url')",
  'data:text/html,<script>__wbmXss("data")</script>',
  '${__wbmXss("template-literal")}',
  '{{constructor.constructor("__wbmXss(\'angular\')")()}}',
  '<div style="background:url(javascript:__wbmXss(\'style\'))">',
  '<img src=x onerror=&#95;&#95;wbmXss("entities")>',
  '<img src=x onerror=\\u005f_wbmXss("escapes")>',
  '<IMG SRC=x OnErRoR=__wbmXss("case")>',
  '<img/src=x/onerror=__wbmXss("slashes")>',
  '<img src=x onerror\n=__wbmXss("newline")>',
  '\u003Cimg src=x onerror=__wbmXss("unicode-lt")\u003E',
  '＜img src=x onerror=__wbmXss("fullwidth")＞',
  '<scr<script>ipt>__wbmXss("nested")</scr</script>ipt>',
  '</profiel-taart><script>__wbmXss("close-tag")</script>',
  '</script><script>__wbmXss("close-script")</script>',
  '<base href="javascript:__wbmXss(\'base\')//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__wbmXss(\'meta\')">',
  '<keygen autofocus onfocus=__wbmXss("keygen")>',
];

/** Wrappers that break out of common contexts: attributes, comments, CDATA and scripts. */
const WRAPPERS = [(text: string) => text, (text: string) => `Buurt ${text} centrum`];

const PAYLOADS = VECTORS.flatMap((vector) => WRAPPERS.map((wrap) => wrap(vector)));

/** Builds a profile with `payload` in every text field a visitor can see. */
function hostileProfile(payload: string) {
  const labels = (ids: string[]) => ids.map((id, index) => ({ id, label: { nl: `${payload} ${id}`, en: payload }, waardering: 1 - index }));
  return {
    gebied: { naam: payload, code: payload },
    jaar: 2022,
    titel: payload,
    bron: { nl: payload, en: payload },
    schalen: {
      situatie: { klassen: labels(['boven', 'gemiddeld', 'beneden']) },
      ontwikkeling: { klassen: labels(['vooruit', 'gelijk', 'achteruit']) },
    },
    totaal: { waarde: 0.4, klasse: 'boven', ontwikkeling: 'vooruit' },
    themas: [
      {
        naam: payload,
        klasse: 'gemiddeld',
        deelthemas: [
          { naam: payload, omschrijving: payload, waarde: 0.7, klasse: 'boven', ontwikkeling: 'achteruit' },
          { naam: `${payload} 2`, waarde: null, reden: payload },
        ],
      },
      { naam: `${payload} thema`, deelthemas: [{ naam: `${payload} 3`, waarde: -0.8, klasse: 'beneden', ontwikkeling: 'gelijk' }] },
    ],
  };
}

/** Elements that may only appear in the shadow root when a payload was parsed as markup. */
const FOREIGN = 'script, img, iframe, object, embed, a, foreignObject, animate, set, use, video, audio, form, input, details, marquee, base, meta, link, template, noscript, textarea, title';

describe('hostile text', function () {
  this.timeout(120_000);
  let calls: string[];
  let consoleErrors: ReturnType<typeof countConsoleErrors>;

  beforeEach(() => {
    calls = [];
    window.__wbmXss = (source: string) => calls.push(String(source));
    consoleErrors = countConsoleErrors();
  });
  afterEach(async () => {
    // Event-handler payloads run asynchronously (an image error, a toggle); give them a frame and a task.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(calls, 'payloads that ran').to.deep.equal([]);
    consoleErrors.restore();
    delete window.__wbmXss;
  });

  it('has at least 100 payloads', () => {
    expect(PAYLOADS.length).to.be.at.least(100);
  });

  for (const { tag, attributes } of ELEMENTS) {
    it(`<${tag}> passes an accessibility check with a payload`, async () => {
      const element = await mount(tag, hostileProfile(VECTORS[1]));
      await expect(element).to.be.accessible();
      element.remove();
    });

    it(`<${tag}> shows payloads in data as text`, async () => {
      for (const payload of PAYLOADS) {
        const element = await mount(tag, hostileProfile(payload), { lang: 'nl' });
        try {
          const root = element.shadowRoot!;
          expect(outcome(element), payload).to.equal('chart');

          // Show every place a text can appear: details with the description, and the table.
          const slice = root.querySelector('path.slice[data-id]:not([data-id^="t"])') ?? root.querySelector('path.slice')!;
          slice.dispatchEvent(new PointerEvent('pointerenter'));
          root.querySelector<HTMLButtonElement>('.table-toggle')?.click();
          await element.updateComplete;

          expect(root.querySelectorAll(FOREIGN).length, `markup from ${payload}`).to.equal(0);
          expect(root.querySelector('.title')!.textContent, 'gebied name as text').to.contain(payload.trim());
          expect(root.querySelector('table')!.textContent, 'table text').to.contain(payload.trim());
        } finally {
          element.remove();
        }
      }
    });

    it(`<${tag}> ignores payloads in attributes`, async () => {
      const names = [...Object.keys(attributes), 'src'];
      for (const payload of PAYLOADS) {
        const element = document.createElement(tag) as DataElement;
        for (const name of names) element.setAttribute(name, payload);
        document.body.append(element);
        try {
          await settle(element);
          expect(outcome(element), payload).to.not.equal('nothing');
          expect(element.shadowRoot!.querySelectorAll(FOREIGN).length, `markup from ${payload}`).to.equal(0);
        } finally {
          element.remove();
        }
      }
    });
  }
});
