import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaHighlightDetail } from '../../src/elements/shared/events.js';
import { mountTemplate, unmountAll } from './motion-helpers.js';
import { MONITOR_URL, captureConsoleErrors, html, loadFixture, serverUrl, settled, shadow, silenceConsoleErrors, textOf } from './helpers.js';
import { DEFAULT_VIEWPORT, skipUnless } from '../support/engine.js';

async function legendReady(element: ThemaLegenda): Promise<void> {
  await waitUntil(
    () => shadow(element).querySelector('.legend, .message') !== null,
    'the legend did not finish loading',
    { timeout: 10000 },
  );
  await element.updateComplete;
}

/** Renders a pie and a legend linked to it, side by side. */
async function renderLinked(src = MONITOR_URL): Promise<{ taart: ProfielTaart; legenda: ThemaLegenda }> {
  const wrapper = mountTemplate(html`<div>
    <profiel-taart id="taart" src=${src} gebied="BU07960101"></profiel-taart>
    <thema-legenda for="taart"></thema-legenda>
  </div>`);
  const taart = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
  const legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
  await settled(taart);
  await legendReady(legenda);
  return { taart, legenda };
}

function themaButton(legenda: ThemaLegenda, id: string): HTMLButtonElement {
  return shadow(legenda).querySelector<HTMLButtonElement>(`button[data-thema="${id}"]`)!;
}

function dimmedSlices(taart: ProfielTaart): string[] {
  return [...shadow(taart).querySelectorAll<SVGPathElement>('path.slice.dimmed')].map((path) => path.dataset.id!);
}

/**
 * Returns the text of a `::before` or `::after` box as accessibility APIs read it: the alternative
 * text after a slash when the `content` value gives one, else its strings. Reads quoted strings
 * only, without escapes, attr() or counters, which the legend does not use.
 */
function generatedText(element: Element, pseudo: '::before' | '::after'): string {
  const content = getComputedStyle(element, pseudo).content;
  const tokens = [...content.matchAll(/"([^"]*)"|(\/)/g)];
  const slash = tokens.findIndex((token) => token[2] === '/');
  return (slash < 0 ? tokens : tokens.slice(slash + 1)).map((token) => token[1] ?? '').join('');
}

/** Collects the text of an element's content as name computation reads it, without folding white space. */
function contentText(element: Element): string {
  if (element.getAttribute('aria-hidden') === 'true') return '';
  const style = getComputedStyle(element);
  if (style.display === 'none') return '';

  let text = generatedText(element, '::before');
  for (const child of element.childNodes) {
    if (child instanceof Element) text += contentText(child);
    else if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
  }
  text += generatedText(element, '::after');
  // Chromium 156, Firefox 153 and WebKitGTK 2.50 put a space around the text of an element that is
  // not inline-level, such as a flex item or an absolutely positioned span. They do so even when the
  // markup has no white space there.
  return style.display.startsWith('inline') ? text : ` ${text} `;
}

/**
 * Returns the text that accessibility APIs give a button or list item: its `aria-label`, or else the
 * text of its content as in name computation from content (W3C accname 1.2, step 2F). Covers the
 * markup of this legend only, so it ignores aria-labelledby, roles and embedded controls.
 */
function accessibleText(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  return contentText(element).replace(/\s+/g, ' ').trim();
}

/** Returns the box of an element's first text node, which starts after any `::before` box. */
function firstTextBox(element: Element): DOMRect {
  const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!;
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getBoundingClientRect();
}

describe('<thema-legenda>', () => {
  afterEach(unmountAll);

  it('passes an accessibility check', async () => {
    const { legenda } = await renderLinked();
    await expect(legenda).to.be.accessible();
  });

  describe('content', () => {
    it('lists the themes, classes, markers and no data', async () => {
      const element = await fixture<ThemaLegenda>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
      await legendReady(element);

      const themas = [...shadow(element).querySelectorAll('.thema-name')].map((node) => node.textContent);
      expect(themas).to.deep.equal(['Werk & leren', 'Welzijn', 'Samenleven', 'Leefomgeving', 'Veiligheid']);
      const text = textOf(element);
      for (const label of ['Boven gemiddeld', 'Gemiddeld', 'Beneden gemiddeld', 'Geen gegevens', 'Vooruit gegaan', 'Achteruit gegaan']) {
        expect(text).to.include(label);
      }
      const markers = [...shadow(element).querySelectorAll('path.marker')].map((path) => path.getAttribute('data-trend'));
      expect(markers).to.deep.equal(['up', 'level', 'down']);
    });

    it('draws trend markers as the pie does', async () => {
      const { taart, legenda } = await renderLinked();
      const inPie = getComputedStyle(shadow(taart).querySelector('svg path.marker')!);
      const inLegend = getComputedStyle(shadow(legenda).querySelector('path.marker')!);

      expect(inLegend.fill, 'fill').to.equal(inPie.fill);
      expect(inLegend.stroke, 'border').to.equal(inPie.stroke);
    });

    it('uses the same class names as the pie', async () => {
      const element = await fixture<ThemaLegenda>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
      await legendReady(element);
      const swatches = [...shadow(element).querySelectorAll('svg.swatch')].map((swatch) => swatch.getAttribute('class'));
      expect(swatches).to.deep.equal(['swatch rating-plus-1', 'swatch rating-neutral', 'swatch rating-minus-1', 'swatch no-data']);
    });

    it('follows the weergave of the linked pie', async () => {
      const { taart, legenda } = await renderLinked();
      expect(textOf(legenda)).to.include('Kleur: situatie ten opzichte van het gemiddelde');

      taart.weergave = 'ontwikkeling';
      await taart.updateComplete;
      await waitUntil(() => textOf(legenda).includes('Kleur: ontwikkeling'), 'the legend did not follow the pie');
    });

    it('speaks English with lang="en"', async () => {
      const element = await fixture<ThemaLegenda>(html`<thema-legenda lang="en" src=${MONITOR_URL}></thema-legenda>`);
      await legendReady(element);
      expect(textOf(element)).to.include('Themes in the inner ring');
      expect(textOf(element)).to.include('Above average');
    });

    it('takes data from the data property', async () => {
      const data = await loadFixture();
      const element = await fixture<ThemaLegenda>(html`<thema-legenda .data=${data}></thema-legenda>`);
      await legendReady(element);
      expect(shadow(element).querySelectorAll('.thema')).to.have.length(5);
    });

    it('shows a message without data and recovers', async () => {
      const restore = silenceConsoleErrors();
      try {
        const element = await fixture<ThemaLegenda>(html`<thema-legenda src=${serverUrl({ status: 500 })}></thema-legenda>`);
        await legendReady(element);
        expect(textOf(element, '.message')).to.include('De legenda kan niet worden getoond');
        expect(textOf(element, '.message')).to.include('foutcode 500');

        element.src = MONITOR_URL;
        await waitUntil(() => shadow(element).querySelector('.legend') !== null, 'the legend did not recover');
      } finally {
        restore();
      }
    });
  });

  describe('linking', () => {
    describe('language', () => {
      async function renderLinkedLang(template: ReturnType<typeof html>): Promise<{ taart: ProfielTaart; legenda: ThemaLegenda }> {
        const wrapper = mountTemplate(template);
        const taart = wrapper.querySelector<ProfielTaart>('profiel-taart')!;
        const legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
        await settled(taart);
        await legendReady(legenda);
        return { taart, legenda };
      }

      it('follows the lang of its pie', async () => {
        const { taart, legenda } = await renderLinkedLang(html`<div>
          <profiel-taart id="taart" lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <thema-legenda for="taart"></thema-legenda>
        </div>`);
        expect(textOf(legenda)).to.include('Themes in the inner ring');

        taart.setAttribute('lang', 'nl');
        await waitUntil(() => textOf(legenda).includes("Thema's in de binnenring"), 'the legend did not follow the new lang of the pie');
        expect(textOf(legenda)).not.to.include('Themes in the inner ring');
      });

      it("follows the pie over a shared ancestor's lang", async () => {
        const { legenda } = await renderLinkedLang(html`<div lang="nl">
          <profiel-taart id="taart" lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <thema-legenda for="taart"></thema-legenda>
        </div>`);
        expect(textOf(legenda)).to.include('Themes in the inner ring');
      });

      it('keeps its own lang over the pie', async () => {
        const { legenda } = await renderLinkedLang(html`<div>
          <profiel-taart id="taart" lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <thema-legenda for="taart" lang="nl"></thema-legenda>
        </div>`);
        expect(textOf(legenda)).to.include("Thema's in de binnenring");
      });

      it("keeps its own ancestor's lang over the pie", async () => {
        const { legenda } = await renderLinkedLang(html`<div>
          <profiel-taart id="taart" lang="en" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <div lang="nl"><thema-legenda for="taart"></thema-legenda></div>
        </div>`);
        expect(textOf(legenda)).to.include("Thema's in de binnenring");
      });
    });

    it('names a for id without a pie', async () => {
      let legenda!: ThemaLegenda;
      const errors = await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div><thema-legenda for="geen-taart"></thema-legenda></div>`);
        legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
        await legendReady(legenda);
      });
      const text = textOf(legenda, '.message');

      expect(text).to.contain('geen profieltaart met id "geen-taart"');
      expect(text).to.contain('attribuut for');
      expect(errors, 'console errors').to.have.length(1);
      expect(String(errors[0][0]), 'console error').to.contain('No element with id "geen-taart"');
    });

    it('points to a pie without data', async () => {
      let legenda!: ThemaLegenda;
      const errors = await captureConsoleErrors(async () => {
        const wrapper = mountTemplate(html`<div>
          <profiel-taart id="lege-taart" gebied="BU07960101"></profiel-taart>
          <thema-legenda for="lege-taart"></thema-legenda>
        </div>`);
        legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
        await legendReady(legenda);
      });
      const legendErrors = errors.filter((args) => String(args[0]).startsWith('<thema-legenda>'));

      // The pie explains the missing source and logs it, so the legend only points to the pie.
      expect(textOf(legenda, '.message')).to.contain('De gekoppelde <profiel-taart id="lege-taart"> toont een foutmelding.');
      expect(legendErrors, 'console errors of the legend').to.have.length(0);
      expect(errors, 'console errors').to.have.length(1);
    });

    it('notes a for id used twice until it is fixed', async () => {
      let legenda!: ThemaLegenda;
      let wrapper!: HTMLElement;
      const errors = await captureConsoleErrors(async () => {
        wrapper = mountTemplate(html`<div>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>
          <thema-legenda for="taart"></thema-legenda>
        </div>`);
        legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
        await legendReady(legenda);
      });

      expect(textOf(legenda, '.note')).to.equal('Het id "taart" staat meer dan eens op deze pagina. Dit element volgt het eerste element met dat id; geef elke profieltaart een eigen id.');
      expect(errors.map(String).filter((line) => line.includes('used more than once')), 'console errors on the id').to.have.length(1);

      wrapper.querySelectorAll('profiel-taart')[1].id = 'taart-2';
      await waitUntil(() => shadow(legenda).querySelector('.note') === null, 'the note stayed after the id was fixed');
    });

    it('links to a pie inserted later', async () => {
      const restore = silenceConsoleErrors();
      try {
        const wrapper = mountTemplate(html`<div><thema-legenda for="later-taart"></thema-legenda></div>`);
        const legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
        await legendReady(legenda);

        const taart = document.createElement('profiel-taart') as ProfielTaart;
        taart.id = 'later-taart';
        taart.setAttribute('src', MONITOR_URL);
        taart.setAttribute('gebied', 'BU07960101');
        wrapper.append(taart);
        await settled(taart);
        await waitUntil(() => themaButton(legenda, 'welzijn') !== null, 'the legend did not link to the new pie');
        expect(shadow(legenda).querySelector('.message')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('highlights a thema in the pie on hover and focus', async () => {
      const { taart, legenda } = await renderLinked();
      themaButton(legenda, 'welzijn').dispatchEvent(new PointerEvent('pointerenter'));
      await taart.updateComplete;

      const dimmed = dimmedSlices(taart);
      expect(dimmed).to.include('werk-leren');
      expect(dimmed).to.not.include('welzijn');
      expect(dimmed).to.not.include('gezondheid');

      themaButton(legenda, 'welzijn').dispatchEvent(new PointerEvent('pointerleave'));
      // A background test page gets no focus events from focus(), so the test sends the event itself.
      themaButton(legenda, 'samenleven').dispatchEvent(new FocusEvent('focus'));
      await taart.updateComplete;
      expect(dimmedSlices(taart)).to.not.include('samenleven');
      expect(dimmedSlices(taart)).to.include('welzijn');
    });

    it('fires wbm-thema-highlight from the legend', async () => {
      const { legenda } = await renderLinked();
      const details: ThemaHighlightDetail[] = [];
      const events: CustomEvent[] = [];
      const record = (event: CustomEvent<ThemaHighlightDetail>) => {
        events.push(event);
        details.push(event.detail);
      };
      document.addEventListener('wbm-thema-highlight', record);
      try {
        themaButton(legenda, 'veiligheid').dispatchEvent(new PointerEvent('pointerenter'));
        themaButton(legenda, 'veiligheid').dispatchEvent(new PointerEvent('pointerleave'));
      } finally {
        document.removeEventListener('wbm-thema-highlight', record);
      }
      expect(details).to.deep.equal([
        { themaId: 'veiligheid', deelthemaId: null, source: 'thema-legenda' },
        { themaId: null, deelthemaId: null, source: 'thema-legenda' },
      ]);
      expect(events[0].bubbles).to.equal(true);
      expect(events[0].composed).to.equal(true);
    });

    it('highlights the thema that a visitor points at in the pie', async () => {
      const { taart, legenda } = await renderLinked();
      shadow(taart).querySelector('path.slice[data-id="betrokkenheid"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await legenda.updateComplete;

      const highlighted = [...shadow(legenda).querySelectorAll('.thema.highlighted button')].map((button) =>
        button.getAttribute('data-thema'),
      );
      expect(highlighted).to.deep.equal(['samenleven']);
    });

    it('pins a thema with a click', async () => {
      const { taart, legenda } = await renderLinked();
      const button = themaButton(legenda, 'welzijn');
      button.click();
      button.dispatchEvent(new PointerEvent('pointerleave'));
      await legenda.updateComplete;
      await taart.updateComplete;

      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(dimmedSlices(taart)).to.include('werk-leren');
    });

    it('fires nothing when highlighted from code', async () => {
      const { taart, legenda } = await renderLinked();
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('wbm-thema-highlight', count);
      try {
        legenda.highlight('welzijn');
        legenda.weergave = 'ontwikkeling';
        legenda.orientation = 'horizontal';
        taart.highlight('samenleven');
        taart.weergave = 'ontwikkeling';
        await legenda.updateComplete;
        await taart.updateComplete;
      } finally {
        document.removeEventListener('wbm-thema-highlight', count);
      }
      expect(fired).to.equal(0);
    });

    it('shares one fetch with the pie and a comparison', async () => {
      const url = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 50 }) + `&unique=${Date.now()}`;
      const wrapper = mountTemplate(html`<div>
        <profiel-taart id="gedeeld" src=${url} gebied="BU07960101"></profiel-taart>
        <thema-legenda for="gedeeld"></thema-legenda>
        <buurt-vergelijk src=${url} gebied="BU07960101" context></buurt-vergelijk>
        <gebied-kiezer for="gedeeld"></gebied-kiezer>
      </div>`);
      const legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
      await settled(wrapper.querySelector<ProfielTaart>('profiel-taart')!);
      await legendReady(legenda);
      await waitUntil(() => shadow(wrapper.querySelector('buurt-vergelijk')!).querySelector('.vergelijk') !== null);
      await waitUntil(() => shadow(wrapper.querySelector('gebied-kiezer')!).querySelector('input') !== null);

      const absolute = new URL(url, document.baseURI).href;
      const fetches = performance.getEntriesByType('resource').filter((entry) => entry.name === absolute);
      expect(fetches).to.have.length(1);
    });
  });

  describe('layout', () => {
    it('fits a 320 px wide screen as a strip', async function () {
      await skipUnless(this, 'viewport');
      await setViewport({ width: 320, height: 640 });
      try {
        const element = await fixture<ThemaLegenda>(
          html`<thema-legenda src=${MONITOR_URL} orientation="horizontal"></thema-legenda>`,
        );
        await legendReady(element);
        const legend = shadow(element).querySelector<HTMLElement>('.legend')!;
        expect(legend.scrollWidth).to.be.at.most(legend.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(shadow(element).querySelectorAll('.deelthemas')).to.have.length(0);
      } finally {
        await setViewport({ ...DEFAULT_VIEWPORT });
      }
    });

    it('fits a 320 px column as a strip', async () => {
      // The check above without setViewport, which WebDriver lacks. The legend has no viewport
      // media queries, so a 320 px column lays it out as a 320 px screen does.
      const column = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><thema-legenda src=${MONITOR_URL} orientation="horizontal"></thema-legenda></div>`,
      );
      const element = column.querySelector<ThemaLegenda>('thema-legenda')!;
      await legendReady(element);
      const legend = shadow(element).querySelector<HTMLElement>('.legend')!;
      expect(legend.scrollWidth).to.be.at.most(legend.clientWidth);
      expect(column.scrollWidth).to.be.at.most(320);
      expect(shadow(element).querySelectorAll('.deelthemas')).to.have.length(0);
    });

    it('lists deelthema names in the vertical list', async () => {
      const element = await fixture<ThemaLegenda>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
      await legendReady(element);
      expect(textOf(element, '.deelthemas')).to.include('Psychische gezondheid');
    });

    for (const orientation of ['horizontal', 'vertical']) {
      for (const width of [1280, 360]) {
        it(`puts a note under a ${orientation} legend at ${width} px`, async () => {
          // The same legend twice in one column: with a note on an invalid weergave, and without it.
          const restore = silenceConsoleErrors();
          let column!: HTMLDivElement;
          try {
            column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
              <thema-legenda src=${MONITOR_URL} orientation=${orientation} weergave="situtie"></thema-legenda>
              <thema-legenda src=${MONITOR_URL} orientation=${orientation}></thema-legenda>
            </div>`);
            for (const element of column.querySelectorAll<ThemaLegenda>('thema-legenda')) await legendReady(element);
          } finally {
            restore();
          }
          const [noted, plain] = [...column.querySelectorAll<ThemaLegenda>('thema-legenda')];
          const note = shadow(noted).querySelector<HTMLElement>('.note')!;
          expect(note, 'note on weergave="situtie"').to.exist;

          const legendBox = shadow(noted).querySelector('.legend')!.getBoundingClientRect();
          const noteBox = note.getBoundingClientRect();
          const groupBoxes = [...shadow(noted).querySelectorAll('.group')].map((group) => group.getBoundingClientRect());
          const lowestGroupBottom = Math.max(...groupBoxes.map((box) => box.bottom));
          expect(noteBox.top, 'top of the note against the bottom of the lowest group').to.be.at.least(lowestGroupBottom);
          expect(noteBox.left, 'left edge of the note').to.be.closeTo(legendBox.left, 1);
          expect(noteBox.width, 'width of the note').to.be.closeTo(legendBox.width, 1);

          // The note leaves the groups where a legend without a note has them.
          const plainOrigin = shadow(plain).querySelector('.legend')!.getBoundingClientRect();
          const plainBoxes = [...shadow(plain).querySelectorAll('.group')].map((group) => group.getBoundingClientRect());
          groupBoxes.forEach((box, index) => {
            expect(box.left - legendBox.left, `left of group ${index + 1}`).to.be.closeTo(plainBoxes[index].left - plainOrigin.left, 1);
            expect(box.top - legendBox.top, `top of group ${index + 1}`).to.be.closeTo(plainBoxes[index].top - plainOrigin.top, 1);
            expect(box.width, `width of group ${index + 1}`).to.be.closeTo(plainBoxes[index].width, 1);
          });
        });
      }
    }

    it('puts a duplicate id note under the strip', async () => {
      let wrapper!: HTMLElement;
      const restore = silenceConsoleErrors();
      try {
        wrapper = mountTemplate(html`<div style="width: 960px">
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101"></profiel-taart>
          <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960102"></profiel-taart>
          <thema-legenda for="taart" orientation="horizontal"></thema-legenda>
        </div>`);
        await legendReady(wrapper.querySelector<ThemaLegenda>('thema-legenda')!);
      } finally {
        restore();
      }
      const legenda = wrapper.querySelector<ThemaLegenda>('thema-legenda')!;
      const legendBox = shadow(legenda).querySelector('.legend')!.getBoundingClientRect();
      const noteBox = shadow(legenda).querySelector('.note')!.getBoundingClientRect();
      const groupBoxes = [...shadow(legenda).querySelectorAll('.group')].map((group) => group.getBoundingClientRect());

      expect(noteBox.top, 'top of the note against the bottom of the lowest group').to.be.at.least(Math.max(...groupBoxes.map((box) => box.bottom)));
      expect(noteBox.width, 'width of the note').to.be.closeTo(legendBox.width, 1);
      expect(groupBoxes.at(-1)!.right, 'right edge of the last group').to.be.closeTo(legendBox.right, 1);
    });
  });

  describe('screen reader text', () => {
    it('names thema buttons with their place', async () => {
      const expected = {
        nl: ['Werk & leren, thema 1 van 5', 'Welzijn, thema 2 van 5', 'Samenleven, thema 3 van 5', 'Leefomgeving, thema 4 van 5', 'Veiligheid, thema 5 van 5'],
        en: ['Work & learning, theme 1 of 5', 'Well-being, theme 2 of 5', 'Living together, theme 3 of 5', 'Living environment, theme 4 of 5', 'Safety, theme 5 of 5'],
      };
      for (const lang of ['nl', 'en'] as const) {
        const element = await fixture<ThemaLegenda>(html`<thema-legenda lang=${lang} src=${MONITOR_URL}></thema-legenda>`);
        await legendReady(element);
        const buttons = [...shadow(element).querySelectorAll<HTMLButtonElement>('button[part="thema"]')];

        expect(buttons.map(accessibleText), `names in ${lang}`).to.deep.equal(expected[lang]);
        for (const button of buttons) {
          // A name that starts with the visible text lets speech users say what they see (WCAG 2.5.3).
          const visible = button.textContent!.replace(/\s+/g, ' ').trim();
          expect(accessibleText(button).startsWith(`${visible}, `), `name of "${visible}"`).to.equal(true);
        }
      }
    });

    it('reads deelthema names without the bullet', async () => {
      const element = await fixture<ThemaLegenda>(html`<thema-legenda src=${MONITOR_URL}></thema-legenda>`);
      await legendReady(element);
      const items = [...shadow(element).querySelectorAll('.deelthemas li')];

      expect(items.map(accessibleText)).to.deep.equal([
        'Rondkomen',
        'Gezondheid',
        'Psychische gezondheid',
        'Sport & bewegen',
        'Sociale contacten',
        'Betrokkenheid',
        'Geluidhinder',
        'Overlast',
        'Criminaliteit',
      ]);
      for (const item of items) {
        // The bullet still shows: the name starts to the right of the item's left edge.
        const offset = firstTextBox(item).left - item.getBoundingClientRect().left;
        expect(offset, `room for the bullet before "${item.textContent}"`).to.be.above(3);
      }
    });
  });
});
