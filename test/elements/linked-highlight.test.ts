import { expect, fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { MONITOR_URL, html, loadFixture, settled, shadow } from './helpers.js';

/** Renders a focusable button, a pie and a legend linked to it, and waits until both show. */
async function renderLinked(): Promise<{ taart: ProfielTaart; legenda: ThemaLegenda }> {
  // Side by side, so that both lie inside the 800 by 600 px viewport, where the pointer can reach them.
  const page = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; width: 780px">
    <button id="before">voor</button>
    <thema-legenda for="taart" style="width: 300px"></thema-legenda>
    <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" loading="eager" style="width: 400px"></profiel-taart>
  </div>`);
  const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
  const legenda = page.querySelector<ThemaLegenda>('thema-legenda')!;
  await settled(taart);
  await waitUntil(() => shadow(legenda).querySelector('.legend'), 'the legend did not render');
  return { taart, legenda };
}

function highlightedThemas(legenda: ThemaLegenda): string[] {
  return [...shadow(legenda).querySelectorAll('.thema.highlighted button')].map((button) => button.getAttribute('data-thema')!);
}

function pinnedThemas(legenda: ThemaLegenda): string[] {
  return [...shadow(legenda).querySelectorAll('button[aria-pressed="true"]')].map((button) => button.getAttribute('data-thema')!);
}

function dimmedSlices(taart: ProfielTaart): string[] {
  return [...shadow(taart).querySelectorAll<SVGPathElement>('path.slice.dimmed')].map((path) => path.dataset.id!);
}

/** Moves the pointer onto the middle of `element`. */
async function hover(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Changes the pie's gebied as a script of the page does, and waits until both elements show it. */
async function changeGebied(taart: ProfielTaart, legenda: ThemaLegenda): Promise<void> {
  taart.setAttribute('gebied', 'BU07960102');
  await settled(taart);
  await legenda.updateComplete;
}

describe('linked highlight after a gebied change', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('clears a legend highlight from the pointer', async () => {
    const { taart, legenda } = await renderLinked();
    await hover(shadow(legenda).querySelector('button[data-thema="welzijn"]')!);
    await legenda.updateComplete;
    await taart.updateComplete;
    expect(highlightedThemas(legenda), 'legend before the change').to.deep.equal(['welzijn']);
    expect(dimmedSlices(taart), 'pie before the change').to.include('werk-leren');

    await changeGebied(taart, legenda);
    expect(highlightedThemas(legenda), 'legend after the change').to.deep.equal([]);
    expect(dimmedSlices(taart), 'pie after the change').to.deep.equal([]);
  });

  it('clears a legend highlight from the keyboard', async () => {
    const { taart, legenda } = await renderLinked();
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await legenda.updateComplete;
    expect(shadow(legenda).activeElement?.getAttribute('data-thema'), 'focused thema').to.equal('werk-leren');
    expect(highlightedThemas(legenda), 'legend before the change').to.deep.equal(['werk-leren']);

    await changeGebied(taart, legenda);
    expect(highlightedThemas(legenda), 'legend after the change').to.deep.equal([]);
    expect(dimmedSlices(taart), 'pie after the change').to.deep.equal([]);
  });

  it('clears a pinned legend thema', async () => {
    const { taart, legenda } = await renderLinked();
    const button = shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="veiligheid"]')!;
    await hover(button);
    await sendMouse({ type: 'click', position: [Math.round(button.getBoundingClientRect().left + 4), Math.round(button.getBoundingClientRect().top + 4)] });
    await legenda.updateComplete;
    expect(button.getAttribute('aria-pressed'), 'pinned before the change').to.equal('true');

    await changeGebied(taart, legenda);
    expect(button.getAttribute('aria-pressed'), 'pinned after the change').to.equal('false');
    expect(highlightedThemas(legenda), 'legend after the change').to.deep.equal([]);
    expect(dimmedSlices(taart), 'pie after the change').to.deep.equal([]);
  });

  it('clears a highlight from a pie slice', async () => {
    const { taart, legenda } = await renderLinked();
    const slice = () => shadow(taart).querySelector('path.slice[data-id="rondkomen"]')!;
    await hover(slice());
    await legenda.updateComplete;
    expect(highlightedThemas(legenda), 'legend before the change').to.deep.equal(['werk-leren']);

    await changeGebied(taart, legenda);
    expect(highlightedThemas(legenda), 'legend after the change').to.deep.equal([]);

    // Pointing at the same slice again highlights its thema in the legend again.
    await hover(document.querySelector('#before')!);
    await hover(slice());
    await legenda.updateComplete;
    expect(highlightedThemas(legenda), 'legend after pointing again').to.deep.equal(['werk-leren']);
  });

  it('fires no highlight event on the change', async () => {
    const { taart, legenda } = await renderLinked();
    await hover(shadow(legenda).querySelector('button[data-thema="welzijn"]')!);
    await legenda.updateComplete;

    let fired = 0;
    const count = () => fired++;
    document.addEventListener('wbm-thema-highlight', count);
    try {
      await changeGebied(taart, legenda);
    } finally {
      document.removeEventListener('wbm-thema-highlight', count);
    }
    expect(fired).to.equal(0);
  });

  it('reports the same slice again after the change', async () => {
    // Without a legend, which would clear the pie's last report through highlight(null).
    const taart = await fixture<ProfielTaart>(html`<profiel-taart src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>`);
    await settled(taart);
    const reported: (string | null)[] = [];
    const record = (event: Event) => reported.push((event as CustomEvent<{ themaId: string | null }>).detail.themaId);
    taart.addEventListener('wbm-thema-highlight', record);
    try {
      shadow(taart).querySelector<HTMLElement>('.chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      taart.setAttribute('gebied', 'BU07960102');
      await settled(taart);
      await sendKeys({ press: 'ArrowRight' });
      await taart.updateComplete;
    } finally {
      taart.removeEventListener('wbm-thema-highlight', record);
    }
    expect(reported).to.deep.equal(['werk-leren', 'werk-leren']);
  });
});

describe('linked pin after other changes', () => {
  /** Renders a legend linked to the pie `taart` in `page`, and pins the thema welzijn with a click. */
  async function pinWelzijn(page: HTMLElement): Promise<{ taart: ProfielTaart; legenda: ThemaLegenda }> {
    const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
    const legenda = page.querySelector<ThemaLegenda>('thema-legenda')!;
    // The pointer rests beside both, because a legend drawn anew under it would take its hover.
    page.style.width = '300px';
    await sendMouse({ type: 'move', position: [790, 10] });
    await settled(taart);
    await waitUntil(() => shadow(legenda).querySelector('.legend'), 'the legend did not render');

    shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="welzijn"]')!.click();
    await legenda.updateComplete;
    await taart.updateComplete;
    expect(pinnedThemas(legenda), 'pinned before the change').to.deep.equal(['welzijn']);
    expect(dimmedSlices(taart), 'pie before the change').to.include('werk-leren');
    return { taart, legenda };
  }

  it('keeps the pin when jaar is set to the same jaar', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <thema-legenda for="taart"></thema-legenda>
      <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" jaar="2020" loading="eager"></profiel-taart>
    </div>`);
    const { taart, legenda } = await pinWelzijn(page);

    // The attribute gave the text "2020", and a script now sets the number.
    taart.jaar = 2020;
    await taart.updateComplete;
    await legenda.updateComplete;
    expect(pinnedThemas(legenda), 'pinned after the change').to.deep.equal(['welzijn']);
    expect(dimmedSlices(taart), 'pie after the change').to.include('werk-leren');
  });

  it('clears the pin when the inline JSON changes', async () => {
    const monitor = await loadFixture();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(monitor);
    const page = await fixture<HTMLElement>(html`<div>
      <thema-legenda for="taart"></thema-legenda>
      <profiel-taart id="taart" gebied="BU07960101" loading="eager">${script}</profiel-taart>
    </div>`);
    const { taart, legenda } = await pinWelzijn(page);

    script.textContent = JSON.stringify({ ...monitor, bron: 'Bron: nieuwe gegevens' });
    await waitUntil(() => shadow(taart).querySelector('.source')?.textContent === 'Bron: nieuwe gegevens', 'the pie did not show the new data');
    await waitUntil(() => shadow(legenda).querySelector('button[data-thema]'), 'the legend did not show the new data');
    expect(pinnedThemas(legenda), 'pinned after the change').to.deep.equal([]);
    expect(dimmedSlices(taart), 'pie after the change').to.deep.equal([]);
  });
});
