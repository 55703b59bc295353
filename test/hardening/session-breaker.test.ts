import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { html, settled, shadow, textOf } from '../elements/helpers.js';

const WAIT = { timeout: 5000 };

/** Returns the JSON text of a small profile for `gebied` with one deelthema of `thema`. */
function inlineProfile(gebied: string, thema = 'Veiligheid'): string {
  return JSON.stringify({ gebied, jaar: 2022, themas: [{ naam: thema, deelthemas: [{ naam: 'Overlast', waarde: '0,2', klasse: 'boven' }] }] });
}

function inlineScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** Creates a `<profiel-taart>` with `style` whose inline JSON shows De Haren; returns it and its script. */
function inlineChart(style = ''): { element: ProfielTaart; script: HTMLScriptElement } {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.style.cssText = style;
  const script = element.appendChild(inlineScript(inlineProfile('De Haren')));
  return { element, script };
}

function title(element: Element): string {
  return textOf(element, '.title');
}

async function waitForTitle(element: ProfielTaart, expected: string): Promise<void> {
  await waitUntil(() => title(element) === expected, `title stayed "${title(element)}", expected "${expected}"`, WAIT);
}

describe('inline JSON edits', () => {
  let box: HTMLElement;
  beforeEach(async () => {
    box = await fixture<HTMLElement>(html`<div></div>`);
  });

  it('reads an edit made while disconnected', async () => {
    const { element, script } = inlineChart();
    box.append(element);
    await settled(element);
    element.remove();
    script.textContent = inlineProfile('Het Zand');
    box.append(element);
    await waitForTitle(element, 'Het Zand, 2022');
  });

  it('reads an edit made before the first update', async () => {
    const { element, script } = inlineChart();
    box.append(element);
    element.remove();
    script.textContent = inlineProfile('Het Zand');
    box.append(element);
    await waitForTitle(element, 'Het Zand, 2022');
    script.textContent = inlineProfile('Rosmalen');
    await waitForTitle(element, 'Rosmalen, 2022');
  });

  it('follows innerHTML markup', async () => {
    box.innerHTML = `<profiel-taart><script type="application/json">${inlineProfile('De Haren')}</script></profiel-taart>`;
    const element = box.querySelector('profiel-taart') as ProfielTaart;
    await waitForTitle(element, 'De Haren, 2022');
    element.querySelector('script')!.textContent = inlineProfile('Het Zand');
    await waitForTitle(element, 'Het Zand, 2022');
    element.querySelector('script')!.replaceWith(inlineScript(inlineProfile('Rosmalen')));
    await waitForTitle(element, 'Rosmalen, 2022');
    (element.querySelector('script')!.firstChild as Text).appendData(' ');
    element.querySelector('script')!.firstChild!.replaceWith(document.createTextNode(inlineProfile('Engelen')));
    await waitForTitle(element, 'Engelen, 2022');
  });

  it('edits the text in the same task as connect', async () => {
    const { element, script } = inlineChart();
    box.append(element);
    await Promise.resolve();
    script.textContent = inlineProfile('Het Zand');
    await waitForTitle(element, 'Het Zand, 2022');
  });

  it('shows an edit made while hidden', async () => {
    const { element, script } = inlineChart('display: none');
    box.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    script.textContent = inlineProfile('Het Zand');
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.style.display = 'block';
    await waitForTitle(element, 'Het Zand, 2022');
    element.style.display = 'none';
    await new Promise((resolve) => setTimeout(resolve, 50));
    script.textContent = inlineProfile('Rosmalen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.style.display = 'block';
    await waitForTitle(element, 'Rosmalen, 2022');
  });

  it('shows an edit made while lazy and far away', async () => {
    const spacer = box.appendChild(document.createElement('div'));
    spacer.style.height = '1000vh';
    const { element, script } = inlineChart('display: block; width: 300px');
    box.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    script.textContent = inlineProfile('Het Zand');
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.scrollIntoView();
    await waitForTitle(element, 'Het Zand, 2022');
    window.scrollTo(0, 0);
  });

  it('reads an edit made while moved far away', async () => {
    const spacer = box.appendChild(document.createElement('div'));
    spacer.style.height = '1000vh';
    const { element, script } = inlineChart('display: block; width: 300px');
    box.append(element);
    await waitForTitle(element, 'De Haren, 2022');
    await element.updateComplete;
    expect(shadow(element).querySelector('.chart[data-placeholder]'), 'placeholder').to.not.equal(null);

    element.remove();
    script.textContent = inlineProfile('Het Zand');
    box.append(element);
    await waitForTitle(element, 'Het Zand, 2022');
  });

  it('falls back when the script is removed', async () => {
    const { element, script } = inlineChart();
    box.append(element);
    await waitForTitle(element, 'De Haren, 2022');
    const restore = console.error;
    console.error = () => undefined;
    try {
      script.remove();
      await waitUntil(() => shadow(element).querySelector('.message') !== null, 'no message after the script was removed', WAIT);
    } finally {
      console.error = restore;
    }
  });

  it('links a legend to a pie with inline JSON', async () => {
    box.innerHTML = `<profiel-taart id="taart-inline"><script type="application/json">${inlineProfile('De Haren', 'Veiligheid')}</script></profiel-taart><thema-legenda for="taart-inline"></thema-legenda>`;
    const element = box.querySelector('profiel-taart') as ProfielTaart;
    const legend = box.querySelector('thema-legenda')!;
    await waitForTitle(element, 'De Haren, 2022');
    await waitUntil(() => textOf(legend).includes('Veiligheid'), `legend shows "${textOf(legend)}"`, WAIT);
    element.querySelector('script')!.textContent = inlineProfile('De Haren', 'Leefomgeving');
    await waitForTitle(element, 'De Haren, 2022');
    await waitUntil(() => textOf(legend).includes('Leefomgeving'), `legend still shows "${textOf(legend)}"`, WAIT);
  });
});


/** Resolves in the task after this one, through a message posted now. */
function afterThisTask(): Promise<void> {
  const channel = new MessageChannel();
  const arrived = new Promise<void>((resolve) => (channel.port1.onmessage = () => resolve()));
  channel.port2.postMessage(null);
  return arrived;
}

function busy(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms);
}

function eagerChart(): ProfielTaart {
  const element = document.createElement('profiel-taart') as ProfielTaart;
  element.setAttribute('loading', 'eager');
  element.style.display = 'block';
  element.style.width = '250px';
  element.append(inlineScript(inlineProfile('De Haren')));
  return element;
}

function isDrawn(element: ProfielTaart): boolean {
  return shadow(element).querySelector('svg path.slice') !== null;
}

describe('first-render scheduling', () => {
  let box: HTMLElement;
  beforeEach(async () => {
    box = await fixture<HTMLElement>(html`<div></div>`);
  });

  it('renders a lone chart after a busy loop', async () => {
    const nextTask = afterThisTask();
    busy(30);
    const element = box.appendChild(eagerChart());
    await nextTask;
    expect(element.hasUpdated).to.equal(true);
    await element.updateComplete;
    expect(isDrawn(element)).to.equal(true);
  });

  it('renders a lone chart in the task after a move', async () => {
    // One task moves a drawn chart and keeps busy. A task queued before the scheduler's messages then adds a lone chart.
    const moved = box.appendChild(eagerChart());
    await settled(moved);
    const lone = eagerChart();
    let updatedInTask = false;
    const done = new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        box.append(lone);
        void afterThisTask().then(() => {
          updatedInTask = lone.hasUpdated;
          resolve();
        });
      };
      channel.port2.postMessage(null);
    });
    box.prepend(moved);
    busy(30);
    await done;
    expect(updatedInTask).to.equal(true);
    await lone.updateComplete;
    expect(isDrawn(lone)).to.equal(true);
  });

  for (const where of ['requestAnimationFrame', 'ResizeObserver', 'microtask'] as const) {
    it(`renders a lone chart added in a ${where}`, async () => {
      const element = eagerChart();
      let updatedInTask = false;
      await new Promise<void>((resolve) => {
        const add = () => {
          box.append(element);
          void afterThisTask().then(() => {
            updatedInTask = element.hasUpdated;
            resolve();
          });
        };
        if (where === 'requestAnimationFrame') requestAnimationFrame(add);
        else if (where === 'microtask') queueMicrotask(add);
        else {
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            add();
          });
          observer.observe(box);
        }
      });
      expect(updatedInTask).to.equal(true);
      await element.updateComplete;
      expect(isDrawn(element)).to.equal(true);
    });
  }

  it('draws hundreds of charts added in many tasks', async function () {
    this.timeout(30000);
    const charts: ProfielTaart[] = [];
    for (let index = 0; index < 300; index++) {
      const element = eagerChart();
      element.style.width = '200px';
      box.append(element);
      charts.push(element);
      if (index % 7 === 0) await afterThisTask();
      if (index % 50 === 0) busy(15);
    }
    await Promise.all(charts.map((element) => element.updateComplete));
    expect(charts.filter((element) => !isDrawn(element))).to.have.length(0);
  });

  it('draws hundreds of charts added in one ResizeObserver callback', async function () {
    this.timeout(30000);
    const charts: ProfielTaart[] = [];
    await new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        for (let index = 0; index < 300; index++) {
          const element = eagerChart();
          element.style.width = '200px';
          box.append(element);
          charts.push(element);
        }
        resolve();
      });
      observer.observe(box);
    });
    await Promise.all(charts.map((element) => element.updateComplete));
    expect(charts.filter((element) => !isDrawn(element))).to.have.length(0);
  });
});

describe('centre caption in the circle', () => {
  const situatie = ['boven', 'gemiddeld', 'beneden'];
  const ontwikkeling = ['vooruit', 'gelijk', 'achteruit'];

  /** Returns each centre caption that reaches outside the circle, with the corner that does. */
  function captionsOutside(element: ProfielTaart): string[] {
    const circle = shadow(element).querySelector<SVGCircleElement>('circle.total-circle')!;
    const radius = Number(circle.getAttribute('r'));
    const outside: string[] = [];
    for (const text of shadow(element).querySelectorAll<SVGTextElement>('text.total-caption')) {
      const width = text.getComputedTextLength();
      const baseline = Number(text.getAttribute('y'));
      const fontSize = parseFloat(getComputedStyle(text).fontSize);
      // Ink of Latin text: cap height above the baseline, descenders below it.
      for (const y of [baseline - 0.72 * fontSize, baseline + 0.25 * fontSize]) {
        const reach = Math.hypot(width / 2, y);
        if (reach > radius) outside.push(`"${text.textContent}" reaches ${reach.toFixed(1)} px at y ${y.toFixed(1)}, radius ${radius.toFixed(1)}`);
      }
    }
    return outside;
  }

  for (const family of ['sans-serif', 'serif', 'monospace']) {
    it(`keeps captions inside the circle in ${family}`, async function () {
      this.timeout(60000);
      const monitor = await (await fetch('/test/fixtures/elements/binnenstad.json')).json();
      const box = await fixture<HTMLElement>(html`<div style="font-size: 24px"></div>`);
      box.style.fontFamily = family;
      const problems: string[] = [];
      for (const lang of ['nl', 'en']) {
        for (const [weergave, klassen] of [['situatie', situatie], ['ontwikkeling', ontwikkeling]] as const) {
          for (const klasse of klassen) {
            const copy = structuredClone(monitor);
            const total = copy.resultaten.find((result: { gebied: string }) => result.gebied === 'BU07960101').totaal;
            total.klasse = klasse === 'vooruit' || klasse === 'gelijk' || klasse === 'achteruit' ? total.klasse : klasse;
            total.ontwikkeling = klassen === ontwikkeling ? klasse : total.ontwikkeling;
            for (let width = 200; width <= 400; width += 25) {
              box.replaceChildren();
              const element = document.createElement('profiel-taart') as ProfielTaart;
              element.setAttribute('gebied', 'BU07960101');
              element.setAttribute('jaar', '2020');
              element.setAttribute('lang', lang);
              element.setAttribute('weergave', weergave);
              element.setAttribute('loading', 'eager');
              element.style.display = 'block';
              element.style.width = `${width}px`;
              element.data = copy;
              box.append(element);
              await settled(element);
              for (const problem of captionsOutside(element)) problems.push(`${lang} ${weergave} ${klasse} ${width} px: ${problem}`);
            }
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
