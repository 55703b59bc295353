/**
 * What a screen reader receives: Chromium's own accessibility tree below each element, with the
 * roles, names, descriptions and states that the browser computes from the markup. The other
 * accessibility tests compute names by hand or with axe, while these read the browser's result.
 */
import { aTimeout, expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import '../../src/define.js';
import { MONITOR_URL, html, serverUrl, settled, shadow, silenceConsoleErrors } from '../elements/helpers.js';
import { skipUnless } from '../support/engine.js';

/** Returns the accessibility tree below the element with `id`, a line a node, indented by level. */
function treeOf(id: string): Promise<string[]> {
  return executeServerCommand<string[], { selector: string }>('wbm-ax-tree', { selector: `#${id}` });
}

/** Returns the texts a screen reader reads in order when it reads the tree line by line. */
function textsOf(tree: string[]): string[] {
  return tree.map((line) => /^\s*StaticText "(.*)"$/.exec(line)?.[1]).filter((text): text is string => text !== undefined);
}

/** Renders the four elements, linked as on the demo page. */
async function renderPage(): Promise<ProfielTaart> {
  const page = await fixture<HTMLElement>(html`<div style="width: 760px">
    <gebied-kiezer id="kiezer" for="taart"></gebied-kiezer>
    <profiel-taart id="taart" src=${MONITOR_URL} gebied="BU07960101" loading="eager"></profiel-taart>
    <thema-legenda id="legenda" for="taart"></thema-legenda>
    <buurt-vergelijk id="vergelijk" src=${MONITOR_URL} gebieden="BU07960101,BU07960102" jaar="2020" vorm="tabel"></buurt-vergelijk>
  </div>`);
  const taart = page.querySelector<ProfielTaart>('profiel-taart')!;
  await settled(taart);
  await waitUntil(
    () => [...page.children].every((host) => host.shadowRoot!.querySelector('.legend, .kiezer, .vergelijk, svg')),
    'an element did not render',
    { timeout: 8000 },
  );
  return taart;
}

describe('accessibility tree', () => {
  it('pie: named group, each text once', async function () {
    await skipUnless(this, 'ax-tree');
    await renderPage();
    const tree = await treeOf('taart');

    const group = tree.find((line) => line.trimStart().startsWith('group '));
    expect(group).to.match(/^\s*group "Profieltaart Binnenstad centrum, 2020" \(Van de 9 deelthema's scoren er 2 boven en 2 beneden/);
    expect(group).to.contain('Met het toetsenbord: Tab naar de taart, dan de pijltoetsen.');
    // Reading on from the chart, a visitor hears the summary and the keyboard hint once each.
    const texts = textsOf(tree);
    expect(texts.filter((text) => text.includes("Van de 9 deelthema's")).length, 'summary').to.equal(1);
    expect(texts.filter((text) => text.includes('Met het toetsenbord')).length, 'keyboard hint').to.equal(1);
    expect(tree).to.include('  button "Toon tabel met alle waarden" expanded=false');
  });

  it('pie table: headers for every cell', async function () {
    await skipUnless(this, 'ax-tree');
    const taart = await renderPage();
    shadow(taart).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await taart.updateComplete;
    const tree = (await treeOf('taart')).map((line) => line.trim());

    expect(tree).to.include('button "Verberg tabel" expanded=true');
    expect(tree).to.include('table "Alle waarden van Binnenstad centrum, 2020"');
    expect(tree.filter((line) => line.startsWith('columnheader '))).to.deep.equal([
      'columnheader "Thema / Deelthema"',
      'columnheader "Score"',
      'columnheader "Situatie"',
      'columnheader "Ontwikkeling"',
      'columnheader "Verandering sinds 2016"',
    ]);
    const totaal = tree.indexOf('rowheader "Totaal"');
    expect(tree.slice(totaal, totaal + 9).filter((line) => line.startsWith('cell '))).to.deep.equal([
      'cell "−0,2"',
      'cell "Gemiddeld"',
      'cell "Ongeveer gelijk gebleven"',
      'cell "0,0"',
    ]);
    // The total and every thema and deelthema row have a header.
    expect(tree.filter((line) => line.startsWith('rowheader ')).length).to.equal(15);
  });

  it('pie table: deelthema rows inside their thema', async function () {
    await skipUnless(this, 'ax-tree');
    await renderPage();
    const tree = await treeOf('taart');
    const indent = (line: string) => line.length - line.trimStart().length;

    // Each thema's rows form a row group named after the thema, so the row headers of its
    // deelthema's lie below that group in the tree.
    const groups: Record<string, string[]> = {};
    tree.forEach((line, index) => {
      const name = /^\s*rowgroup "(.+)"$/.exec(line)?.[1];
      if (!name) return;
      const below = tree.slice(index + 1);
      const end = below.findIndex((next) => indent(next) <= indent(line));
      groups[name] = below
        .slice(0, end < 0 ? below.length : end)
        .map((next) => /^\s*rowheader "(.+)"$/.exec(next)?.[1])
        .filter((header): header is string => header !== undefined);
    });
    expect(groups).to.deep.equal({
      'Werk & leren': ['Werk & leren', 'Rondkomen'],
      Welzijn: ['Welzijn', 'Gezondheid', 'Psychische gezondheid', 'Sport & bewegen'],
      Samenleven: ['Samenleven', 'Sociale contacten', 'Betrokkenheid'],
      Leefomgeving: ['Leefomgeving', 'Geluidhinder'],
      Veiligheid: ['Veiligheid', 'Overlast', 'Criminaliteit'],
    });
  });

  it('legend: thema buttons with position and state', async function () {
    await skipUnless(this, 'ax-tree');
    await renderPage();
    const legenda = document.querySelector('thema-legenda')!;
    expect((await treeOf('legenda'))[0]).to.equal('region "Legenda van de profieltaart"');
    expect(await treeOf('legenda')).to.include('      button "Werk & leren, thema 1 van 5" pressed=false');

    shadow(legenda).querySelector<HTMLButtonElement>('button[data-thema="welzijn"]')!.click();
    await waitUntil(async () => (await treeOf('legenda')).includes('      button "Welzijn, thema 2 van 5" pressed=true'), 'the tree did not show the pressed thema');
  });

  it('picker and comparison: names and states', async function () {
    await skipUnless(this, 'ax-tree');
    await renderPage();
    expect(await treeOf('kiezer')).to.include('combobox "Kies een gebied" hasPopup=listbox expanded=false');

    const vergelijk = (await treeOf('vergelijk')).map((line) => line.trim());
    expect(vergelijk[0]).to.equal('region "Vergelijking van gebieden"');
    expect(vergelijk).to.include('group "Weergave van de vergelijking"');
    expect(vergelijk).to.include('button "Tabel" pressed=true');
    expect(vergelijk.filter((line) => line.startsWith('rowheader '))).to.deep.equal([
      'rowheader "Binnenstad centrum"',
      'rowheader "Binnenstad oost"',
      'rowheader "Gemiddelde"',
      'rowheader "Verschil Binnenstad oost − Binnenstad centrum"',
    ]);
  });

  it('error: message as an alert', async function () {
    await skipUnless(this, 'ax-tree');
    const restore = silenceConsoleErrors();
    try {
      const taart = await fixture<ProfielTaart>(html`<profiel-taart id="fout" src=${serverUrl({ status: 404 })} gebied="BU07960101"></profiel-taart>`);
      await settled(taart);
    } finally {
      restore();
    }
    const tree = await treeOf('fout');
    expect(tree[0]).to.match(/^alert/);
    expect(textsOf(tree).join(' ')).to.contain('404');
  });

  it('display-contents error: alert node', async function () {
    await skipUnless(this, 'ax-tree');
    // After the message of the test before, so that this one starts a burst of its own.
    await aTimeout(1100);
    const restore = silenceConsoleErrors();
    try {
      const taart = await fixture<ProfielTaart>(
        html`<profiel-taart id="contents" style="display: contents" src=${serverUrl({ status: 410, body: 'contents' })} gebied="BU07960101"></profiel-taart>`,
      );
      await settled(taart);
    } finally {
      restore();
    }
    const tree = await treeOf('contents');

    expect(tree.filter((line) => /^\s*alert\b/.test(line)), 'alert nodes').to.have.length(1);
    expect(textsOf(tree).join(' '), 'texts').to.contain('410');
  });

  it('loading: one status, text in each', async function () {
    await skipUnless(this, 'ax-tree');
    // After the loading states of the tests before, so that these start a burst of their own.
    await aTimeout(1100);
    const slow = serverUrl({ file: 'test/fixtures/elements/binnenstad.json', ms: 3000 });
    await fixture<HTMLElement>(html`<div>
      ${[0, 1, 2].map((n) => html`<profiel-taart id=${`laden-${n}`} src=${slow} gebied="BU07960101"></profiel-taart>`)}
    </div>`);
    await waitUntil(() => [0, 1, 2].every((n) => document.querySelector(`#laden-${n}`)!.shadowRoot!.querySelector('.loading')), 'a pie showed no loading state');
    const trees = await Promise.all([0, 1, 2].map((n) => treeOf(`laden-${n}`)));

    expect(trees.filter((tree) => tree.some((line) => /^\s*status\b/.test(line))).length, 'pies with a status node').to.equal(1);
    for (const [n, tree] of trees.entries()) {
      expect(textsOf(tree), `texts of pie ${n}`).to.include('Profieltaart wordt geladen…');
    }
  });

  it('hidden message: read in place once shown', async function () {
    await skipUnless(this, 'ax-tree');
    const restore = silenceConsoleErrors();
    let details!: HTMLDetailsElement;
    try {
      details = await fixture<HTMLDetailsElement>(html`<details><summary>Meer</summary>
        <profiel-taart id="verborgen" src=${serverUrl({ status: 410, body: 'verborgen' })} gebied="BU07960101"></profiel-taart>
      </details>`);
      await settled(details.querySelector<ProfielTaart>('profiel-taart')!);
    } finally {
      restore();
    }
    details.open = true;
    await nextFrame();
    const tree = await treeOf('verborgen');

    expect(tree.filter((line) => /^\s*alert\b/.test(line)), 'alert nodes').to.deep.equal([]);
    expect(textsOf(tree), 'texts').to.include('De profieltaart kan niet worden getoond');
    expect(textsOf(tree).join(' '), 'texts').to.contain('410');
  });
});
