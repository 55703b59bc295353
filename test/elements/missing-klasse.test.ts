import { expect } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { captureConsoleErrors, settled, shadow } from './helpers.js';

const containers: HTMLElement[] = [];

/** A profile as a web editor writes it, in which Gezondheid has a value but no klasse. */
const PROFILE = {
  gebied: 'De Haren',
  jaar: 2022,
  totaal: { waarde: '6,8', klasse: 'gemiddeld' },
  themas: [
    {
      naam: 'Welzijn',
      waarde: '0,2',
      klasse: 'gemiddeld',
      deelthemas: [
        { naam: 'Gezondheid', waarde: '0,4' },
        { naam: 'Geluk', waarde: '-0,7', klasse: 'beneden gemiddeld' },
      ],
    },
  ],
};

/** Places a `<profiel-taart>` with `profile` as inline JSON and waits until it is drawn. */
async function place(profile: unknown, attributes = ''): Promise<ProfielTaart> {
  const container = document.createElement('div');
  container.innerHTML = `<profiel-taart loading="eager" ${attributes}><script type="application/json">${JSON.stringify(profile)}</script></profiel-taart>`;
  document.body.append(container);
  containers.push(container);
  const taart = container.querySelector<ProfielTaart>('profiel-taart')!;
  await settled(taart);
  return taart;
}

function notes(host: Element): string[] {
  return [...shadow(host).querySelectorAll('[part="note"]')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim());
}

/** Returns the first argument of each captured console.error, as text. */
function messages(calls: unknown[][]): string[] {
  return calls.map((call) => String(call[0]));
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('value without klasse', () => {
  it('deelthema without klasse: note', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(PROFILE);
    });

    expect(shadow(taart).querySelectorAll('.slice.no-data'), 'slices drawn as no data').to.have.length(1);
    expect(notes(taart)).to.deep.equal([
      'Bij "Gezondheid" staat in de gegevens een waarde zonder klasse, dus de taart toont daar geen gegevens. Vul bij elke waarde ook "klasse" in.',
    ]);
    expect(messages(errors)).to.deep.equal([
      '<profiel-taart>: The data gives a value without klasse for "Gezondheid", so the chart shows no data there. Add "klasse" to each value.',
    ]);

    const later = await captureConsoleErrors(async () => {
      taart.lang = 'en';
      await settled(taart);
    });
    expect(notes(taart)).to.deep.equal(['The data gives a value without klasse for "Gezondheid", so the chart shows no data there. Add "klasse" to each value.']);
    expect(messages(later), 'console errors after a language change').to.deep.equal([]);
  });

  it('thema and deelthema without klasse: one note', async () => {
    const profile = structuredClone(PROFILE);
    delete (profile.themas[0] as { klasse?: string }).klasse;
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(profile, 'lang="en"');
    });

    expect(notes(taart)).to.deep.equal(['The data gives a value without klasse for "Welzijn" and "Gezondheid", so the chart shows no data there. Add "klasse" to each value.']);
    expect(errors, 'console errors').to.have.length(1);
  });

  it('many without klasse: first two and a count', async () => {
    const deelthemas = ['Gezondheid', 'Geluk', 'Eenzaamheid', 'Mantelzorg'].map((naam) => ({ naam, waarde: '0,1' }));
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place({ ...PROFILE, themas: [{ naam: 'Welzijn', waarde: '0,2', klasse: 'gemiddeld', deelthemas }] });
    });

    expect(notes(taart)).to.deep.equal([
      'Bij "Gezondheid", "Geluk" en 2 andere staat in de gegevens een waarde zonder klasse, dus de taart toont daar geen gegevens. Vul bij elke waarde ook "klasse" in.',
    ]);
    expect(errors, 'console errors').to.have.length(1);
  });

  // The ontwikkeling chart draws the ontwikkeling class, which the klasse does not change.
  it('weergave ontwikkeling: no note', async () => {
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(PROFILE, 'weergave="ontwikkeling"');
    });

    expect(notes(taart)).to.deep.equal([]);
    expect(errors, 'console errors').to.deep.equal([]);
  });

  it('every value with klasse: no note', async () => {
    const profile = structuredClone(PROFILE);
    Object.assign(profile.themas[0].deelthemas[0], { klasse: 'boven gemiddeld' });
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(profile);
    });

    expect(notes(taart)).to.deep.equal([]);
    expect(errors, 'console errors').to.deep.equal([]);
  });

  it('no value and no klasse: no note', async () => {
    const profile = structuredClone(PROFILE);
    profile.themas[0].deelthemas[0] = { naam: 'Gezondheid', reden: 'geen-gegevens' } as never;
    let taart!: ProfielTaart;
    const errors = await captureConsoleErrors(async () => {
      taart = await place(profile);
    });

    expect(notes(taart)).to.deep.equal([]);
    expect(errors, 'console errors').to.deep.equal([]);
  });
});

describe('verschil without ontwikkeling', () => {
  // The ontwikkeling chart draws the slice as no data although the profile gives its difference.
  it('verschil without ontwikkeling: note', async () => {
    const profile = {
      gebied: 'De Haren',
      jaar: 2022,
      totaal: { waarde: '6,8', klasse: 'gemiddeld', ontwikkeling: 'vooruit', verschil: '0,5' },
      themas: [
        {
          naam: 'Welzijn',
          waarde: '0,2',
          klasse: 'gemiddeld',
          ontwikkeling: 'vooruit',
          verschil: '0,3',
          deelthemas: [{ naam: 'Gezondheid', waarde: '0,4', klasse: 'gemiddeld', verschil: '0,3' }],
        },
      ],
    };
    let taart!: ProfielTaart;
    await captureConsoleErrors(async () => {
      taart = await place(profile, 'weergave="ontwikkeling"');
    });

    expect(shadow(taart).querySelectorAll('.slice.no-data'), 'slices drawn as no data').to.have.length(1);
    expect(notes(taart), 'notes').to.have.length(1);
    expect(notes(taart)[0]).to.equal(
      'Bij "Gezondheid" staat in de gegevens een verschil zonder ontwikkeling, dus de taart toont daar geen gegevens. Vul bij elk verschil ook "ontwikkeling" in.',
    );
  });
});
