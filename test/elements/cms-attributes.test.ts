import { expect, waitUntil } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import type { ThemaLegenda } from '../../src/elements/thema-legenda/thema-legenda.js';
import type { BuurtVergelijk } from '../../src/elements/buurt-vergelijk/buurt-vergelijk.js';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import { MONITOR_URL, captureConsoleErrors, loadFixture, settled, shadow, textOf } from './helpers.js';

const containers: HTMLElement[] = [];

/** Parses `markup` as a CMS page would deliver it and returns the container. */
function place(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  containers.push(container);
  return container;
}

/** Waits until an element other than `<profiel-taart>` shows its content or a message. */
async function shown(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(
    () => shadow(element).querySelector('.legend, .vergelijk, .kiezer, .message') !== null,
    `<${element.localName}> did not finish loading`,
    { timeout: 10000 },
  );
  await element.updateComplete;
}

function notes(element: Element): string[] {
  return [...shadow(element).querySelectorAll('.note')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim());
}

/** Returns the first argument of each captured console.error, as text. */
function messages(calls: unknown[][]): string[] {
  return calls.map((call) => String(call[0]));
}

/** Returns the first `<profiel-taart>` example of a README, eager and with its addresses pointing to the test monitor. */
async function readmeExample(file: string): Promise<string> {
  const readme = await (await fetch(`/${file}`)).text();
  const example = /<profiel-taart [^>]*>[\s\S]*?<\/profiel-taart>/.exec(readme);
  if (!example) throw new Error(`${file} has no <profiel-taart> example`);
  return example[0].replace(/ (src|href)="[^"]*"/g, ` $1="${MONITOR_URL}"`).replace('<profiel-taart ', '<profiel-taart loading="eager" ');
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('data- aliases', () => {
  it('passes an accessibility check with data- attributes', async () => {
    const container = place(`<div lang="nl">
      <profiel-taart id="taart" data-src="${MONITOR_URL}" data-gebied="BU07960101"></profiel-taart>
      <thema-legenda data-for="taart"></thema-legenda>
      <gebied-kiezer data-for="taart"></gebied-kiezer>
      <buurt-vergelijk data-src="${MONITOR_URL}" data-gebieden="BU07960101,BU07960102"></buurt-vergelijk>
    </div>`);
    await settled(container.querySelector<ProfielTaart>('profiel-taart')!);
    for (const tag of ['thema-legenda', 'gebied-kiezer', 'buurt-vergelijk']) await shown(container.querySelector<BuurtVergelijk>(tag)!);
    await expect(container).to.be.accessible();
  });

  it('links <thema-legenda> through data-for', async () => {
    const container = place(`<profiel-taart id="taart" data-src="${MONITOR_URL}" data-gebied="BU07960101"></profiel-taart>
      <thema-legenda data-for="taart" data-orientation="horizontal" data-lang="en"></thema-legenda>`);
    const legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
    await shown(legenda);

    expect(textOf(legenda)).to.not.include('No data source');
    expect(textOf(legenda, '.thema-name')).to.include('Work');
    expect(shadow(legenda).querySelector('.legend')!.classList.contains('horizontal')).to.equal(true);
  });

  it('reads data-straal and data-timeout of <profiel-taart>', async () => {
    const container = place(`<profiel-taart data-src="${MONITOR_URL}" data-gebied="BU07960101" data-straal="waarde" data-timeout="5000" loading="eager"></profiel-taart>`);
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(taart);

    expect(taart.straal, 'straal').to.equal('waarde');
    expect(taart.timeout, 'timeout').to.equal(5000);
  });

  it('reads data-weergave of <thema-legenda>', async () => {
    const container = place(`<thema-legenda data-src="${MONITOR_URL}" data-weergave="ontwikkeling"></thema-legenda>`);
    const legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
    await shown(legenda);

    expect(textOf(legenda)).to.include('Kleur: ontwikkeling sinds de vorige editie');
  });

  it('reads every data- alias of <buurt-vergelijk>', async () => {
    const container = place(`<buurt-vergelijk data-src="${MONITOR_URL}" data-gebieden="BU07960102,BU07960101"
      data-jaren="2016,2020" data-vorm="tabel" data-sorteer="naam" data-weergave="ontwikkeling" data-lang="en"></buurt-vergelijk>`);
    const vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await shown(vergelijk);

    expect(textOf(vergelijk)).to.not.include('No data source');
    expect(textOf(vergelijk, '.title')).to.equal('Binnenstad oost and Binnenstad centrum, 2016 and 2020');
    const rows = [...shadow(vergelijk).querySelectorAll('tbody th')].map((cell) => cell.textContent!.trim());
    expect(rows).to.deep.equal(['Binnenstad centrum 2016', 'Binnenstad centrum 2020', 'Binnenstad oost 2016', 'Binnenstad oost 2020']);
    expect(vergelijk.weergave).to.equal('ontwikkeling');
    expect(textOf(vergelijk, '.sort span')).to.equal('Sort by');
  });

  it('reads data-gebied, data-context and data-jaar of <buurt-vergelijk>', async () => {
    const container = place(
      `<buurt-vergelijk data-src="${MONITOR_URL}" data-gebied="BU07960101" data-context data-jaar="2016"></buurt-vergelijk>`,
    );
    const vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await shown(vergelijk);

    const names = [...shadow(vergelijk).querySelectorAll('.card-name')].map((name) => name.textContent!.trim());
    expect(names).to.deep.equal(['Binnenstad centrum', 'Binnenstad', "'s-Hertogenbosch"]);
    expect(textOf(vergelijk, '.title')).to.include('2016');
  });

  it('follows a later change of data-gebieden', async () => {
    const container = place(`<buurt-vergelijk data-src="${MONITOR_URL}" data-gebieden="BU07960101"></buurt-vergelijk>`);
    const vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
    await shown(vergelijk);

    vergelijk.setAttribute('data-gebieden', 'BU07960102');
    await vergelijk.updateComplete;
    expect(textOf(vergelijk, '.card-name')).to.equal('Binnenstad oost');
  });

  it('reads every data- alias of <gebied-kiezer>', async () => {
    const container = place(`<profiel-taart id="taart" data-src="${MONITOR_URL}" data-gebied="BU07960101"></profiel-taart>
      <gebied-kiezer data-for="taart" data-types="buurt" data-label="Kies uw buurt"></gebied-kiezer>`);
    const kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    await shown(kiezer);

    expect(textOf(kiezer, 'label')).to.equal('Kies uw buurt');
    expect(shadow(kiezer).querySelector('input')!.value).to.equal('Binnenstad centrum');
    const options = [...shadow(kiezer).querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.map((option) => option.textContent!.trim())).to.deep.equal(['Binnenstad centrum', 'Binnenstad oost']);

    options[1].click();
    await settled(taart);
    expect(textOf(taart, '.title')).to.equal('Binnenstad oost, 2020');
  });
});

describe('curly quotes in a data- alias', () => {
  // What the HTML parser makes of data-gebied=“Binnenstad centrum” and data-jaar=“2020”, pasted from a
  // word processor: the value ends at the first space and keeps its quotes.
  for (const [attributes, attribute, value] of [
    [`data-gebied='“Binnenstad'`, 'data-gebied', '“Binnenstad'],
    [`data-gebied="BU07960101" data-jaar='“2020”'`, 'data-jaar', '“2020”'],
  ]) {
    it(`<profiel-taart> names ${attribute}`, async () => {
      let taart!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        const container = place(`<profiel-taart data-src="${MONITOR_URL}" ${attributes}></profiel-taart>`);
        taart = container.querySelector<ProfielTaart>('profiel-taart')!;
        await settled(taart);
      });

      expect(textOf(taart, '.message')).to.contain(`Het attribuut ${attribute} heeft gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde`);
      expect(textOf(taart, '.message')).to.contain(`Gelezen is ${attribute}=${value}.`);
      expect(messages(errors)).to.have.length(1);
      expect(messages(errors)[0]).to.contain(`<profiel-taart>: The attribute ${attribute} has curly quotes (“ ” or ‘ ’) around its value`);

      taart.lang = 'en';
      await settled(taart);
      expect(textOf(taart, '.message')).to.contain(`The attribute ${attribute} has curly quotes (“ ” or ‘ ’) around its value`);
    });
  }

  it('<profiel-taart> names data-src', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart data-src="“/test/fixtures/elements/krom-alias.json”" data-gebied="BU07960101"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Het attribuut data-src heeft gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde');
    expect(textOf(taart, '.message')).to.contain('Gelezen is data-src=“/test/fixtures/elements/krom-alias.json”.');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<profiel-taart>: The attribute data-src has curly quotes (“ ” or ‘ ’) around its value');

    taart.lang = 'en';
    await settled(taart);
    expect(textOf(taart, '.message')).to.contain('It read data-src=“/test/fixtures/elements/krom-alias.json”.');
  });

  it('<thema-legenda> names data-src', async () => {
    let legenda!: ThemaLegenda;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<thema-legenda lang="en" data-src="“/test/fixtures/elements/krom-alias.json”"></thema-legenda>`);
      legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await shown(legenda);
    });

    expect(textOf(legenda, '.message')).to.contain('The attribute data-src has curly quotes');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<thema-legenda>: The attribute data-src has curly quotes');
  });

  it('<profiel-taart> names the plain attribute that wins', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied='“Binnenstad' data-gebied="BU07960101"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Het attribuut gebied heeft gekrulde aanhalingstekens');
    expect(messages(errors)[0]).to.contain('The attribute gebied has curly quotes');
  });

  // The third column is the value as HTML read it.
  for (const [attributes, attribute, named] of [
    [`data-gebieden='“Binnenstad'`, 'data-gebieden', '“Binnenstad'],
    [`data-gebied="BU07960101" data-jaren='“2016,2020”'`, 'data-jaren', '“2016,2020”'],
  ]) {
    it(`<buurt-vergelijk> names ${attribute}`, async () => {
      let vergelijk!: BuurtVergelijk;
      const errors = await captureConsoleErrors(async () => {
        const container = place(`<buurt-vergelijk data-src="${MONITOR_URL}" ${attributes}></buurt-vergelijk>`);
        vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
        await shown(vergelijk);
      });

      expect(textOf(vergelijk, '.message')).to.contain(`Het attribuut ${attribute} heeft gekrulde aanhalingstekens`);
      expect(textOf(vergelijk, '.message')).to.contain(`Gelezen is ${attribute}=${named}.`);
      expect(messages(errors)).to.have.length(1);
      expect(messages(errors)[0]).to.contain(`<buurt-vergelijk>: The attribute ${attribute} has curly quotes`);

      vergelijk.lang = 'en';
      await vergelijk.updateComplete;
      expect(textOf(vergelijk, '.message')).to.contain(`The attribute ${attribute} has curly quotes`);
    });
  }

  it('<gebied-kiezer> names data-gebied', async () => {
    let kiezer!: GebiedKiezer;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<gebied-kiezer data-src="${MONITOR_URL}" data-gebied='“Binnenstad'></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(notes(kiezer)[0]).to.contain('Het attribuut data-gebied heeft gekrulde aanhalingstekens');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<gebied-kiezer>: The attribute data-gebied has curly quotes');

    kiezer.lang = 'en';
    await kiezer.updateComplete;
    expect(notes(kiezer)[0]).to.contain('The attribute data-gebied has curly quotes');
  });
});

describe('<buurt-vergelijk> with an unknown jaar', () => {
  it('names the available jaren', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101,BU07960102" jaren="2019,2020"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.include(
      'Voor jaar 2019 zijn geen gegevens van Binnenstad centrum en Binnenstad oost. Beschikbaar: 2016, 2020.',
    );
    expect(shadow(vergelijk).querySelector('.card, table')).to.equal(null);
    expect(messages(errors)).to.deep.equal([
      '<buurt-vergelijk>: No result for gebieden BU07960101 and BU07960102 in jaar 2019; available: 2016, 2020.',
    ]);
  });

  it('logs the gebieden as written', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="binnenstad CENTRUM,bu07960102,Binnenstad" jaren="2019"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.include(
      'Voor jaar 2019 zijn geen gegevens van Binnenstad centrum, Binnenstad oost en Binnenstad. Beschikbaar: 2016, 2020.',
    );
    expect(messages(errors)).to.deep.equal([
      '<buurt-vergelijk>: No result for gebieden "binnenstad CENTRUM" (BU07960101), BU07960102 and "Binnenstad" (WK079601) in jaar 2019; available: 2016, 2020.',
    ]);
  });

  it('shortens a long list of gebieden', async () => {
    const monitor = await loadFixture();
    const gebieden = monitor.gebieden as { code: string; naam: string; type: string; parent?: string }[];
    for (let number = 3; number <= 9; number++) {
      gebieden.push({ code: `BU0796010${number}`, naam: `Buurt ${number}`, type: 'buurt', parent: 'WK079601' });
    }
    const written = ['Binnenstad centrum', 'BU07960102', ...[3, 4, 5, 6, 7, 8, 9].map((number) => `BU0796010${number}`)];

    const errors = await captureConsoleErrors(async () => {
      const container = place('<buurt-vergelijk jaren="2019"></buurt-vergelijk><buurt-vergelijk lang="en" gebieden="alle-buurten" jaren="2019"></buurt-vergelijk>');
      const [dutch, english] = container.querySelectorAll<BuurtVergelijk>('buurt-vergelijk');
      dutch.gebieden = written.join(',');
      dutch.data = monitor;
      english.data = monitor;
      await shown(dutch);
      await shown(english);

      expect(textOf(dutch, '.message')).to.include(
        'Voor jaar 2019 zijn geen gegevens van Binnenstad centrum, Binnenstad oost, Buurt 3, Buurt 4, Buurt 5 en 4 andere gebieden.',
      );
      expect(textOf(english, '.message')).to.include(
        'There is no data for Binnenstad centrum, Binnenstad oost, Buurt 3, Buurt 4, Buurt 5 and 4 other areas in 2019.',
      );
    });

    expect(messages(errors)).to.have.members([
      '<buurt-vergelijk>: No result for gebieden "Binnenstad centrum" (BU07960101), BU07960102, BU07960103, BU07960104, BU07960105 and 4 more in jaar 2019; available: 2016, 2020.',
      '<buurt-vergelijk>: No result for gebied alle-buurten in jaar 2019; available: 2016, 2020.',
    ]);
  });

  it('names every unknown jaar in English', async () => {
    let vergelijk!: BuurtVergelijk;
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk lang="en" src="${MONITOR_URL}" gebied="BU07960101" jaren="2018,2019"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.include('There is no data for Binnenstad centrum in 2018 and 2019. Available: 2016, 2020.');
  });

  it('checks the jaar attribute too', async () => {
    let vergelijk!: BuurtVergelijk;
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebied="BU07960101" jaar="2021"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.include('Voor jaar 2021 zijn geen gegevens van Binnenstad centrum.');
  });

  it('recovers when the jaar is fixed', async () => {
    let vergelijk!: BuurtVergelijk;
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebied="BU07960101" jaren="2016,2019"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    vergelijk.jaren = '2016,2020';
    await vergelijk.updateComplete;
    expect(shadow(vergelijk).querySelector('.message')).to.equal(null);
    expect([...shadow(vergelijk).querySelectorAll('.card-name')].map((name) => name.textContent!.trim())).to.deep.equal(['2016', '2020']);
  });

  it('says when alle-buurten matches no gebied', async () => {
    const monitor = await loadFixture();
    const buurten = new Set(['BU07960101', 'BU07960102']);
    monitor.gebieden = (monitor.gebieden as { code: string }[]).filter((gebied) => !buurten.has(gebied.code));
    monitor.resultaten = (monitor.resultaten as { gebied: string }[]).filter((result) => !buurten.has(result.gebied));
    const container = place('<buurt-vergelijk gebieden="alle-buurten"></buurt-vergelijk>');
    const vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;

    const errors = await captureConsoleErrors(async () => {
      vergelijk.data = monitor;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.include('Gebied "alle-buurten" komt niet voor in de gegevens.');
    expect(errors).to.have.length(1);
  });
});

describe('invalid attribute values', () => {
  it('notes an invalid weergave of <profiel-taart>', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" weergave="ontwikkelling" loading="eager"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
      taart.jaar = '2016';
      await settled(taart);
    });

    expect(textOf(taart, '.subtitle')).to.equal('Situatie ten opzichte van het gemiddelde van de gemeente');
    expect(notes(taart)).to.deep.equal(['weergave="ontwikkelling" is ongeldig; kies situatie of ontwikkeling. Nu getoond: situatie.']);
    expect(messages(errors)).to.deep.equal([
      '<profiel-taart>: weergave="ontwikkelling" is not valid; use situatie or ontwikkeling. Showing situatie.',
    ]);

    taart.weergave = 'ontwikkeling';
    await settled(taart);
    expect(notes(taart)).to.deep.equal([]);
  });

  it('<profiel-taart> with an unknown gebied: message and notes', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="Binnestad centrum" weergave="situtie" loading="eager"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Gebied "Binnestad centrum" komt niet voor in de gegevens. Bedoelde u Binnenstad centrum?');
    expect(notes(taart)).to.deep.equal(['weergave="situtie" is ongeldig; kies situatie of ontwikkeling. Nu getoond: situatie.']);
    expect(messages(errors)).to.deep.equal([
      '<profiel-taart>: weergave="situtie" is not valid; use situatie or ontwikkeling. Showing situatie.',
      '<profiel-taart>: Unknown gebied "Binnestad centrum"; close matches: Binnenstad centrum.',
    ]);

    const fixed = await captureConsoleErrors(async () => {
      taart.gebied = 'Binnenstad centrum';
      await settled(taart);
    });
    expect(textOf(taart, '.title')).to.equal('Binnenstad centrum, 2020');
    expect(notes(taart)).to.deep.equal(['weergave="situtie" is ongeldig; kies situatie of ontwikkeling. Nu getoond: situatie.']);
    expect(fixed, 'console errors after the fix').to.deep.equal([]);
  });

  it('self-closed <profiel-taart /> before a legend: note', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      // HTML ignores the "/", so the legend and the paragraph end up inside the chart, unseen.
      const container = place(`<profiel-taart id="t" src="${MONITOR_URL}" gebied="BU07960101" loading="eager" /><thema-legenda for="t"></thema-legenda><p>Tekst.</p>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(taart.querySelector('thema-legenda'), 'the legend inside the chart').to.not.equal(null);
    expect(notes(taart)).to.deep.equal([
      'Deze <profiel-taart> is niet afgesloten, dus wat erna komt staat erin en is niet te zien. Sluit de tag af met </profiel-taart>: een tag die eindigt op /> sluit in HTML niet.',
    ]);
    expect(messages(errors).filter((text) => text.startsWith('<profiel-taart>'))).to.deep.equal([
      '<profiel-taart>: This <profiel-taart> is not closed, so what follows it is inside it and cannot be seen. Close the tag with </profiel-taart>: a tag ending in /> does not close in HTML.',
    ]);
  });

  it('self-closed <profiel-taart /> moved out: note goes', async () => {
    let taart!: ProfielTaart;
    await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager" /><p>Tekst.</p><h2>Kop</h2><p>Meer tekst.</p>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });
    expect(notes(taart), 'notes before the fix').to.have.length(1);

    // What an editor's fix amounts to: the paragraphs and heading come after the chart again.
    taart.after(...taart.children);
    await waitUntil(() => notes(taart).length === 0, 'the note stayed after the content moved out');

    expect(taart.nextElementSibling?.textContent).to.equal('Tekst.');
  });

  it('self-closed legend before a chart: note', async () => {
    let legend!: ThemaLegenda;
    await captureConsoleErrors(async () => {
      const container = place(`<thema-legenda src="${MONITOR_URL}" /><profiel-taart src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>`);
      legend = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await shown(legend);
    });
    expect(notes(legend)).to.have.length(1);
    expect(notes(legend)[0]).to.contain('Deze <thema-legenda> is niet afgesloten');
  });

  // What HTML makes of a tag that is not closed: what follows it, up to the end of its parent, ends
  // up inside the chart.
  for (const [label, markup] of [
    ['self-closed before a paragraph and a heading', `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager" />\n<p>Deze alinea staat in de taart.</p>\n<h2>Kop</h2>`],
    [
      'with a link, before a heading and paragraphs',
      `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">\n  <a href="${MONITOR_URL}">Gegevens</a>\n<h2>Kop</h2>\n<p>Deze alinea staat in de taart.</p>\n<p>Zie ook <a href="/">de kaart</a>.</p>`,
    ],
    ['self-closed before a footer', `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager" /><p>Zie <a href="/">de kaart</a>.</p><footer>Deze voettekst staat in de taart.</footer>`],
    ['with an image, before a paragraph and a heading', `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager"><img alt="Profieltaart" src="data:,"><p>Deze alinea staat in de taart.</p><h2>Kop</h2>`],
  ]) {
    it(`unclosed <profiel-taart> ${label}: note`, async () => {
      let taart!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        const container = place(markup);
        taart = container.querySelector<ProfielTaart>('profiel-taart')!;
        await settled(taart);
      });

      expect(taart.textContent, 'the text inside the chart').to.contain('in de taart.');
      expect(textOf(taart, '.title')).to.equal('Binnenstad centrum, 2020');
      expect(notes(taart)).to.deep.equal([
        'Deze <profiel-taart> is niet afgesloten, dus wat erna komt staat erin en is niet te zien. Sluit de tag af met </profiel-taart>: een tag die eindigt op /> sluit in HTML niet.',
      ]);
      expect(messages(errors)).to.deep.equal([
        '<profiel-taart>: This <profiel-taart> is not closed, so what follows it is inside it and cannot be seen. Close the tag with </profiel-taart>: a tag ending in /> does not close in HTML.',
      ]);
    });
  }

  it('self-closed <buurt-vergelijk /> before a heading: note', async () => {
    let vergelijk!: HTMLElement & { updateComplete: Promise<unknown> };
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebied="BU07960101" /><p>Tekst na de vergelijking.</p><h2>Kop</h2>`);
      vergelijk = container.querySelector('buurt-vergelijk')!;
      await shown(vergelijk);
    });
    expect(notes(vergelijk)).to.have.length(1);
    expect(notes(vergelijk)[0]).to.contain('Deze <buurt-vergelijk> is niet afgesloten');
  });

  for (const [label, fallback] of [
    ['link as in the README', `\n  <a href="${MONITOR_URL}">Gegevens van de wijk- en buurtmonitor</a>\n`],
    ['static SVG', '<svg viewBox="0 0 10 10" role="img" aria-label="Profieltaart"><title>Profieltaart Binnenstad centrum, 2020</title><circle cx="5" cy="5" r="5"></circle></svg>'],
    ['link in a paragraph', `<p><a href="${MONITOR_URL}">Gegevens</a></p>`],
    ['link in a div', `<div><a href="${MONITOR_URL}">Gegevens</a></div>`],
    ['list and heading', `<h3>Profiel</h3><ul><li><a href="${MONITOR_URL}">Gegevens</a></li></ul>`],
    ['image before a heading', `<img alt="Profieltaart" src="data:,"><h3>Binnenstad centrum</h3><p>Profieltaart van 2020.</p>`],
    ['table of figures', '<table><tr><th>Totaal</th><td>−0,1</td></tr></table>'],
  ]) {
    it(`fallback ${label}: no note`, async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">${fallback}</profiel-taart>`);
      const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
      expect(notes(taart)).to.deep.equal([]);
    });
  }

  for (const file of ['README.md', 'README.nl.md']) {
    it(`${file} CMS example closed: no note`, async () => {
      const taart = place(await readmeExample(file)).querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
      expect(taart.querySelector('a'), 'the fallback link').to.not.equal(null);
      expect(notes(taart)).to.deep.equal([]);
    });

    it(`${file} CMS example without end tag: note`, async () => {
      const markup = `${(await readmeExample(file)).replace('</profiel-taart>', '')}\n<h2>Meer over de buurt</h2>\n<p>Deze alinea staat in de taart.</p>`;
      let taart!: ProfielTaart;
      await captureConsoleErrors(async () => {
        taart = place(markup).querySelector<ProfielTaart>('profiel-taart')!;
        await settled(taart);
      });
      expect(taart.querySelector('h2'), 'the heading inside the chart').to.not.equal(null);
      expect(notes(taart)).to.deep.equal([
        'Deze <profiel-taart> is niet afgesloten, dus wat erna komt staat erin en is niet te zien. Sluit de tag af met </profiel-taart>: een tag die eindigt op /> sluit in HTML niet.',
      ]);
    });
  }

  // A self-closed tag before this text gives the same DOM as a closed tag around it, so neither gets
  // a note.
  for (const [label, markup] of [
    ['last in its parent', `<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">Profieltaart van Binnenstad centrum</profiel-taart>`],
    ['last in a paragraph', `<p>De buurt in cijfers: <profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">Profieltaart van <b>Binnenstad centrum</b></profiel-taart></p>`],
  ]) {
    it(`text in a closed tag ${label}: no note`, async () => {
      let taart!: ProfielTaart;
      const errors = await captureConsoleErrors(async () => {
        taart = place(markup).querySelector<ProfielTaart>('profiel-taart')!;
        await settled(taart);
      });
      expect(textOf(taart, '.title')).to.equal('Binnenstad centrum, 2020');
      expect(notes(taart)).to.deep.equal([]);
      expect(messages(errors)).to.deep.equal([]);
    });
  }

  // Two paragraphs look the same as two paragraphs of fallback content in a closed tag. A note under
  // correct markup would show to visitors, so a missed note is the lesser fault.
  it('self-closed tag before two paragraphs: no note', async () => {
    const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager" /><p>Zie <a href="/">de kaart</a>.</p><p>Deze alinea staat in de taart.</p>`);
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(taart);
    expect(taart.textContent, 'the text inside the chart').to.contain('in de taart.');
    expect(notes(taart)).to.deep.equal([]);
  });

  it('text in a closed tag before more of the page: no note', async () => {
    const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" loading="eager">Profieltaart van Binnenstad centrum</profiel-taart><p>Meer over de buurt.</p>`);
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    await settled(taart);
    expect(notes(taart)).to.deep.equal([]);
  });

  it('notes straal and loading of <profiel-taart> in English', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart lang="en" src="${MONITOR_URL}" gebied="BU07960101" straal="waardes" loading="direct"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(shadow(taart).querySelector('.chart svg')).to.not.equal(null);
    expect(notes(taart)).to.deep.equal([
      'straal="waardes" is not valid; use vast or waarde. Showing vast.',
      'loading="direct" is not valid; use lazy or eager. Showing lazy.',
    ]);
    expect(errors).to.have.length(2);
  });

  it('notes an invalid orientation of <thema-legenda>', async () => {
    let legenda!: ThemaLegenda;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<thema-legenda src="${MONITOR_URL}" orientation="horizontaal"></thema-legenda>`);
      legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await shown(legenda);
    });

    expect(shadow(legenda).querySelector('.legend')!.classList.contains('vertical')).to.equal(true);
    expect(shadow(legenda).querySelectorAll('.deelthemas').length).to.equal(5);
    expect(notes(legenda)).to.deep.equal(['orientation="horizontaal" is ongeldig; kies vertical of horizontal. Nu getoond: vertical.']);
    expect(messages(errors)).to.deep.equal([
      '<thema-legenda>: orientation="horizontaal" is not valid; use vertical or horizontal. Showing vertical.',
    ]);
  });

  it('notes invalid vorm, sorteer and weergave of <buurt-vergelijk>', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101,BU07960102"
        vorm="tabbel" sorteer="welzjin" weergave="ontwikkelling"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
      vergelijk.weergave = 'situatie';
      await vergelijk.updateComplete;
    });

    expect(shadow(vergelijk).querySelectorAll('.card').length).to.equal(2);
    expect(notes(vergelijk)).to.deep.equal([
      'vorm="tabbel" is ongeldig; kies taarten of tabel. Nu getoond: taarten.',
      'sorteer="welzjin" is ongeldig; kies naam, totaal, werk-leren, welzijn, samenleven, leefomgeving of veiligheid. Nu getoond: volgorde van opgave.',
    ]);
    expect(messages(errors)).to.deep.equal([
      '<buurt-vergelijk>: weergave="ontwikkelling" is not valid; use situatie or ontwikkeling. Showing situatie.',
      '<buurt-vergelijk>: vorm="tabbel" is not valid; use taarten or tabel. Showing taarten.',
      '<buurt-vergelijk>: sorteer="welzjin" is not valid; use naam, totaal, werk-leren, welzijn, samenleven, leefomgeving, or veiligheid. Showing order given.',
    ]);
  });

  it('accepts a deelthema id in sorteer', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101,BU07960102" sorteer="gezondheid"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(notes(vergelijk)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('notes an unknown type of <gebied-kiezer>', async () => {
    let kiezer!: GebiedKiezer;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<gebied-kiezer src="${MONITOR_URL}" types="wijk,buurtt"></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(notes(kiezer)).to.deep.equal(['types="wijk,buurtt" is ongeldig; kies gemeente, wijk, dorp of buurt. Nu getoond: wijk.']);
    expect(messages(errors)).to.deep.equal([
      '<gebied-kiezer>: types="wijk,buurtt" is not valid; use gemeente, wijk, dorp, or buurt. Showing wijk.',
    ]);
  });

  it('lists the types shown with spaces', async () => {
    let kiezer!: GebiedKiezer;
    await captureConsoleErrors(async () => {
      const container = place(`<gebied-kiezer src="${MONITOR_URL}" types="wijk,buurt,dorpp"></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(notes(kiezer)).to.deep.equal(['types="wijk,buurt,dorpp" is ongeldig; kies gemeente, wijk, dorp of buurt. Nu getoond: wijk, buurt.']);
  });

  it('adds no note for valid values', async () => {
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101" weergave="ontwikkeling" straal="waarde" loading="eager"></profiel-taart>
        <thema-legenda for="taart" orientation="horizontal" weergave="situatie"></thema-legenda>
        <gebied-kiezer for="taart" types="Wijk, buurt"></gebied-kiezer>
        <buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101" vorm="tabel" sorteer="totaal" weergave=""></buurt-vergelijk>`);
      await settled(container.querySelector<ProfielTaart>('profiel-taart')!);
      for (const tag of ['thema-legenda', 'gebied-kiezer', 'buurt-vergelijk']) {
        const element = container.querySelector<BuurtVergelijk>(tag)!;
        await shown(element);
        expect(notes(element), tag).to.deep.equal([]);
      }
      expect(notes(container.querySelector('profiel-taart')!)).to.deep.equal([]);
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('summary of one deelthema', () => {
  const profile = {
    gebied: 'De Haren',
    jaar: 2022,
    totaal: { waarde: '0,6', klasse: 'boven gemiddeld' },
    themas: [
      {
        naam: 'Werk & leren',
        waarde: '0,6',
        klasse: 'boven gemiddeld',
        deelthemas: [{ naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven', ontwikkeling: 'vooruit' }],
      },
    ],
  };

  it('uses the singular in Dutch', async () => {
    const container = place('<profiel-taart loading="eager"></profiel-taart>');
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    taart.data = profile;
    await settled(taart);

    expect(textOf(taart, '#summary')).to.match(/^Het enige deelthema scoort boven het gemiddelde\. 1 is vooruit gegaan en 0 achteruit\./);
  });

  it('uses the singular in English', async () => {
    const container = place('<profiel-taart lang="en" loading="eager"></profiel-taart>');
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    taart.data = profile;
    await settled(taart);

    expect(textOf(taart, '#summary')).to.match(/^The only subtheme scores above average\. 1 improved and 0 declined\./);
  });
});

describe('tag pasted from a word processor', () => {
  // What the HTML parser makes of attributes in curly quotes: each value keeps its quotes, and a value
  // with a space ends there, so gebied=“Binnenstad centrum” reads as “Binnenstad.
  it('<profiel-taart> names every attribute at once', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src=“${MONITOR_URL}” gebied=“Binnenstad centrum” jaar=“2020”></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('De attributen src, gebied en jaar hebben gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde');
    expect(textOf(taart, '.message')).to.contain(`Gelezen is src=“${MONITOR_URL}”, gebied=“Binnenstad en jaar=“2020”.`);
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<profiel-taart>: The attributes src, gebied, and jaar have curly quotes (“ ” or ‘ ’) around their values');

    taart.lang = 'en';
    await settled(taart);
    expect(textOf(taart, '.message')).to.contain(`It read src=“${MONITOR_URL}”, gebied=“Binnenstad, and jaar=“2020”.`);

    const afterSrc = await captureConsoleErrors(async () => {
      taart.setAttribute('src', MONITOR_URL);
      await settled(taart);
    });
    expect(textOf(taart, '.message')).to.contain('The attributes gebied and jaar have curly quotes');
    expect(messages(afterSrc)).to.have.length(1);
    expect(messages(afterSrc)[0]).to.contain('<profiel-taart>: The attributes gebied and jaar have curly quotes');
  });

  it('<profiel-taart> words jaar without a space correctly', async () => {
    let taart!: ProfielTaart;
    await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" jaar=“2020”></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('HTML leest ze niet als aanhalingstekens maar als deel van de waarde, en laat een waarde met een spatie ophouden bij die spatie.');
    expect(textOf(taart, '.message')).to.contain('Gelezen is jaar=“2020”.');
    expect(textOf(taart, '.message')).not.to.contain('eerste spatie');
  });

  it('<buurt-vergelijk> names every data- alias at once', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk data-src=“${MONITOR_URL}” data-gebieden=“Binnenstad centrum” data-jaren=“2016,2020”></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.contain('De attributen data-src, data-gebieden en data-jaren hebben gekrulde aanhalingstekens');
    expect(textOf(vergelijk, '.message')).to.contain(`Gelezen is data-src=“${MONITOR_URL}”, data-gebieden=“Binnenstad en data-jaren=“2016,2020”.`);
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<buurt-vergelijk>: The attributes data-src, data-gebieden, and data-jaren have curly quotes');

    vergelijk.lang = 'en';
    await vergelijk.updateComplete;
    expect(textOf(vergelijk, '.message')).to.contain('The attributes data-src, data-gebieden, and data-jaren have curly quotes');
  });

  it('<gebied-kiezer> names src and gebied at once', async () => {
    let kiezer!: GebiedKiezer;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<gebied-kiezer src=“${MONITOR_URL}” gebied=“Binnenstad centrum”></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(textOf(kiezer, '.message')).to.contain('De attributen src en gebied hebben gekrulde aanhalingstekens');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<gebied-kiezer>: The attributes src and gebied have curly quotes');

    kiezer.lang = 'en';
    await kiezer.updateComplete;
    expect(textOf(kiezer, '.message')).to.contain('The attributes src and gebied have curly quotes');
  });
});

describe('second mistake beside a message', () => {
  it('<buurt-vergelijk> notes data-vorm beside an unknown gebied', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebied="Binnenstad centum" data-vorm="tabbel"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.contain('Gebied "Binnenstad centum" komt niet voor in de gegevens.');
    expect(notes(vergelijk)).to.deep.equal(['data-vorm="tabbel" is ongeldig; kies taarten of tabel. Nu getoond: taarten.']);
    expect(messages(errors)).to.deep.equal([
      '<buurt-vergelijk>: Unknown gebied "Binnenstad centum"; close matches: Binnenstad centrum, Binnenstad oost.',
      '<buurt-vergelijk>: data-vorm="tabbel" is not valid; use taarten or tabel. Showing taarten.',
    ]);

    const later = await captureConsoleErrors(async () => {
      vergelijk.lang = 'en';
      await vergelijk.updateComplete;
    });
    expect(notes(vergelijk)).to.deep.equal(['data-vorm="tabbel" is not valid; use taarten or tabel. Showing taarten.']);
    expect(messages(later), 'console errors after a language change').to.deep.equal([]);
  });

  it('<gebied-kiezer> and <thema-legenda> note their ids beside a failing pie', async () => {
    let kiezer!: GebiedKiezer;
    let legenda!: ThemaLegenda;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart id="taart" src="/test/fixtures/elements/ontbreekt.json" gebied="BU07960101" loading="eager"></profiel-taart>
        <buurt-vergelijk id="vergelijking" src="${MONITOR_URL}" gebied="BU07960101"></buurt-vergelijk>
        <gebied-kiezer data-for="taart vergelijkng"></gebied-kiezer>
        <thema-legenda data-for="taart" data-orientation="horizontaal"></thema-legenda>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await settled(container.querySelector<ProfielTaart>('profiel-taart')!);
      await shown(kiezer);
      await shown(legenda);
    });

    expect(textOf(kiezer, '.message')).to.contain('De gekoppelde <profiel-taart id="taart"> toont een foutmelding.');
    expect(notes(kiezer)).to.deep.equal(['Het id "vergelijkng" uit data-for staat niet op deze pagina. Bedoelde u vergelijking?']);
    expect(textOf(legenda, '.message')).to.contain('De gekoppelde <profiel-taart id="taart"> toont een foutmelding.');
    expect(notes(legenda)).to.deep.equal(['data-orientation="horizontaal" is ongeldig; kies vertical of horizontal. Nu getoond: vertical.']);
    const logged = messages(errors);
    expect(logged.filter((text) => text.startsWith('<profiel-taart>')), 'errors of the pie').to.have.length(1);
    expect(logged.filter((text) => text.startsWith('<gebied-kiezer>')), 'errors of the picker').to.deep.equal([
      '<gebied-kiezer>: The id "vergelijkng" in data-for is not on this page. Did you mean vergelijking?',
    ]);
    expect(logged.filter((text) => text.startsWith('<thema-legenda>')), 'errors of the legend').to.deep.equal([
      '<thema-legenda>: data-orientation="horizontaal" is not valid; use vertical or horizontal. Showing vertical.',
    ]);

    kiezer.lang = 'en';
    await kiezer.updateComplete;
    expect(notes(kiezer)).to.deep.equal(['The id "vergelijkng" in data-for is not on this page. Did you mean vergelijking?']);
  });

  it('<thema-legenda> suggests a close id from data-for', async () => {
    let legenda!: ThemaLegenda;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
        <thema-legenda data-for="taartje"></thema-legenda>`);
      legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await shown(legenda);
    });

    expect(textOf(legenda, '.message')).to.contain(
      'Er staat op deze pagina geen profieltaart met id "taartje" om mee te koppelen. Bedoelde u taart? Controleer het attribuut data-for, of geef zelf een gegevensbron met src.',
    );
    expect(messages(errors)).to.deep.equal([
      '<thema-legenda>: No element with id "taartje" to take the data from: check the data-for attribute, or set src, the data property, or inline JSON.',
    ]);

    legenda.lang = 'en';
    await legenda.updateComplete;
    expect(textOf(legenda, '.message')).to.contain('Did you mean taart? Check the data-for attribute');
  });
});

describe('notes on data- aliases', () => {
  it('<profiel-taart> names data-lang', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart src="${MONITOR_URL}" gebied="BU07960101" data-lang="fr" loading="eager"></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(notes(taart)).to.deep.equal(['data-lang="fr" is niet beschikbaar; kies nl of en. Nu getoond: Nederlands.']);
    expect(messages(errors)).to.deep.equal(['<profiel-taart>: data-lang="fr" is not available; use nl or en. Showing Dutch.']);
  });

  it('<buurt-vergelijk> names an ignored data-gebied', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk lang="en" src="${MONITOR_URL}" gebieden="BU07960101,BU07960102" data-gebied="BU07960102"></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(notes(vergelijk)).to.deep.equal([
      'data-gebied="BU07960102" is not shown, because gebieden lists the areas of this comparison. Leave out gebieden to compare the chosen area.',
    ]);
    expect(messages(errors)).to.deep.equal([
      '<buurt-vergelijk>: data-gebied="BU07960102" is not shown, because gebieden lists the gebieden to compare. Leave out gebieden to compare this gebied.',
    ]);

    vergelijk.lang = 'nl';
    await vergelijk.updateComplete;
    expect(notes(vergelijk)[0]).to.match(/^data-gebied="BU07960102" wordt niet getoond/);
  });

  it('<gebied-kiezer> suggests no id that for names', async () => {
    let kiezer!: GebiedKiezer;
    await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
        <gebied-kiezer for="taart taartt"></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(notes(kiezer)).to.deep.equal(['Het id "taartt" uit for staat niet op deze pagina. Controleer de spelling.']);
  });
});

describe('curly quotes while src stays wrong', () => {
  it('<profiel-taart> message follows each fix', async () => {
    let taart!: ProfielTaart;
    await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart loading="eager" src=“${MONITOR_URL}” gebied=“Binnenstad centrum” jaar=“2020”></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    const afterGebied = await captureConsoleErrors(async () => {
      taart.setAttribute('gebied', 'Binnenstad centrum');
      await settled(taart);
    });
    expect(textOf(taart, '.message')).to.contain('De attributen src en jaar hebben gekrulde aanhalingstekens');
    expect(textOf(taart, '.message')).to.contain(`Gelezen is src=“${MONITOR_URL}” en jaar=“2020”.`);
    expect(messages(afterGebied), 'console errors after fixing gebied').to.deep.equal([]);

    taart.lang = 'en';
    taart.setAttribute('jaar', '2020');
    await settled(taart);
    expect(textOf(taart, '.message')).to.contain(`The attribute src has curly quotes (“ ” or ‘ ’) around its value`);
    expect(textOf(taart, '.message')).not.to.contain('jaar=');

    const afterSrc = await captureConsoleErrors(async () => {
      taart.setAttribute('src', MONITOR_URL);
      await settled(taart);
    });
    expect(shadow(taart).querySelector('.message'), 'message after fixing src').to.equal(null);
    expect(messages(afterSrc), 'console errors after fixing src').to.deep.equal([]);
  });

  for (const [tag, attribute, fixed] of [
    ['buurt-vergelijk', 'gebieden', 'BU07960101,BU07960102'],
    ['gebied-kiezer', 'gebied', 'BU07960101'],
  ] as const) {
    it(`<${tag}> message drops ${attribute} once fixed`, async () => {
      let element!: BuurtVergelijk | GebiedKiezer;
      await captureConsoleErrors(async () => {
        const container = place(`<${tag} src=“${MONITOR_URL}” ${attribute}=“Binnenstad centrum”></${tag}>`);
        element = container.querySelector<BuurtVergelijk | GebiedKiezer>(tag)!;
        await shown(element);
      });
      expect(textOf(element, '.message')).to.contain(`De attributen src en ${attribute} hebben gekrulde aanhalingstekens`);

      const errors = await captureConsoleErrors(async () => {
        element.setAttribute(attribute, fixed);
        await element.updateComplete;
      });
      expect(textOf(element, '.message')).to.contain(`Het attribuut src heeft gekrulde aanhalingstekens`);
      expect(textOf(element, '.message')).to.contain(`Gelezen is src=“${MONITOR_URL}”.`);
      expect(messages(errors), 'console errors after the fix').to.deep.equal([]);
    });
  }
});

describe('curly quotes beside other mistakes', () => {
  it('<profiel-taart> names an unknown jaar of a gebied with quotes in its name', async () => {
    const monitor = await loadFixture();
    (monitor.gebieden as { naam: string }[])[2].naam = 'Buurt “De Kroon”';
    const container = place(`<profiel-taart loading="eager" gebied="Buurt “De Kroon”" jaar="2019"></profiel-taart>`);
    const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
    const errors = await captureConsoleErrors(async () => {
      taart.data = monitor;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Voor jaar 2019 zijn geen gegevens van dit gebied.');
    expect(textOf(taart, '.message')).not.to.contain('gekrulde');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<profiel-taart>: No result for gebied');

    taart.lang = 'en';
    await settled(taart);
    expect(textOf(taart, '.message')).not.to.contain('curly');

    taart.jaar = '2020';
    await settled(taart);
    expect(shadow(taart).querySelector('.message'), 'message for an existing jaar').to.equal(null);
  });

  it('<profiel-taart> names an unknown gebied and a jaar in curly quotes', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart loading="eager" src="${MONITOR_URL}" gebied="Binnenstad centum" jaar=“2020”></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Gebied "Binnenstad centum" komt niet voor in de gegevens. Bedoelde u');
    expect(textOf(taart, '.message')).to.contain('Het attribuut jaar heeft gekrulde aanhalingstekens');
    expect(messages(errors)).to.have.length(1);
    expect(messages(errors)[0]).to.contain('<profiel-taart>: Unknown gebied "Binnenstad centum"');
    expect(messages(errors)[0]).to.contain('The attribute jaar has curly quotes');

    taart.lang = 'en';
    await settled(taart);
    expect(textOf(taart, '.message')).to.contain('The attribute jaar has curly quotes');
  });

  it('<profiel-taart> ignores jaren, which it does not read', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart loading="eager" src="${MONITOR_URL}" gebied="Binnenstad centum" jaren=“2020”></profiel-taart>`);
      taart = container.querySelector<ProfielTaart>('profiel-taart')!;
      await settled(taart);
    });

    expect(textOf(taart, '.message')).to.contain('Gebied "Binnenstad centum" komt niet voor in de gegevens.');
    expect(textOf(taart, '.message')).not.to.contain('gekrulde');
    expect(messages(errors)).to.deep.equal(['<profiel-taart>: Unknown gebied "Binnenstad centum"; close matches: Binnenstad centrum, Binnenstad oost.']);
  });

  it('<buurt-vergelijk> names an unknown gebied and jaren in curly quotes', async () => {
    let vergelijk!: BuurtVergelijk;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk src="${MONITOR_URL}" gebieden="BU07960101,Binnenstad centum" data-jaren=“2020”></buurt-vergelijk>`);
      vergelijk = container.querySelector<BuurtVergelijk>('buurt-vergelijk')!;
      await shown(vergelijk);
    });

    expect(textOf(vergelijk, '.message')).to.contain('Gebied "Binnenstad centum" komt niet voor in de gegevens.');
    expect(textOf(vergelijk, '.message')).to.contain('Het attribuut data-jaren heeft gekrulde aanhalingstekens');
    expect(messages(errors)).to.have.length(1);
  });
});

describe('notes beside a load-error message', () => {
  for (const [markup, nl, en] of [
    [
      `<profiel-taart loading="eager" src=“${MONITOR_URL}” gebied="BU07960101" weergave="situatiee"></profiel-taart>`,
      'weergave="situatiee" is ongeldig; kies situatie of ontwikkeling. Nu getoond: situatie.',
      'weergave="situatiee" is not valid; use situatie or ontwikkeling. Showing situatie.',
    ],
    [
      `<buurt-vergelijk src=“${MONITOR_URL}” gebieden="BU07960101,BU07960102" data-vorm="tabbel" sorteer="onbekend"></buurt-vergelijk>`,
      'data-vorm="tabbel" is ongeldig; kies taarten of tabel. Nu getoond: taarten.',
      'data-vorm="tabbel" is not valid; use taarten or tabel. Showing taarten.',
    ],
  ]) {
    it(`<${markup.slice(1, markup.indexOf(' '))}> notes an invalid value`, async () => {
      let element!: ProfielTaart | BuurtVergelijk;
      const errors = await captureConsoleErrors(async () => {
        element = place(markup).firstElementChild as ProfielTaart | BuurtVergelijk;
        await shown(element);
      });

      expect(textOf(element, '.message')).to.contain('Het attribuut src heeft gekrulde aanhalingstekens');
      expect(notes(element)).to.deep.equal([nl]);
      expect(messages(errors)).to.have.length(2);
      expect(messages(errors)[1]).to.equal(`<${element.localName}>: ${en}`);

      element.lang = 'en';
      await element.updateComplete;
      expect(notes(element)).to.deep.equal([en]);
    });
  }
});

describe('ids in for', () => {
  it('uses the plural for several missing ids', async () => {
    let kiezer!: GebiedKiezer;
    const errors = await captureConsoleErrors(async () => {
      const container = place(`<profiel-taart id="taart" src="${MONITOR_URL}" gebied="BU07960101"></profiel-taart>
        <gebied-kiezer for="taart kaart1 kaart2"></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(notes(kiezer)).to.deep.equal(["De id's \"kaart1\", \"kaart2\" uit for staan niet op deze pagina. Controleer de spelling."]);
    expect(messages(errors)).to.deep.equal(['<gebied-kiezer>: The ids "kaart1", "kaart2" in for are not on this page. Check the spelling.']);
  });

  it('<thema-legenda> suggests no <buurt-vergelijk> id', async () => {
    let legenda!: ThemaLegenda;
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk id="vergelijk" src="${MONITOR_URL}" gebieden="BU07960101,BU07960102"></buurt-vergelijk>
        <thema-legenda for="vergelijkk"></thema-legenda>`);
      legenda = container.querySelector<ThemaLegenda>('thema-legenda')!;
      await shown(legenda);
    });

    expect(textOf(legenda, '.message')).to.contain(
      'Er staat op deze pagina geen profieltaart met id "vergelijkk" om mee te koppelen. Controleer het attribuut for, of geef zelf een gegevensbron met src.',
    );
  });

  it('<gebied-kiezer> suggests a <buurt-vergelijk> id', async () => {
    let kiezer!: GebiedKiezer;
    await captureConsoleErrors(async () => {
      const container = place(`<buurt-vergelijk id="vergelijk" src="${MONITOR_URL}" gebieden="BU07960101,BU07960102"></buurt-vergelijk>
        <gebied-kiezer lang="en" for="vergelijkk"></gebied-kiezer>`);
      kiezer = container.querySelector<GebiedKiezer>('gebied-kiezer')!;
      await shown(kiezer);
    });

    expect(textOf(kiezer, '.message')).to.contain(
      'There is no profile chart or comparison with id "vergelijkk" on this page to link to. Did you mean vergelijk? Check the for attribute',
    );

    kiezer.lang = 'nl';
    await kiezer.updateComplete;
    expect(textOf(kiezer, '.message')).to.contain('Er staat op deze pagina geen profieltaart of vergelijking met id "vergelijkk" om mee te koppelen. Bedoelde u vergelijk?');
  });
});
