import { expect } from '@open-wc/testing';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { captureConsoleErrors, settled, shadow } from './helpers.js';

const containers: HTMLElement[] = [];

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

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('value without class, beyond thema and deelthema', () => {
  // The centre then shows the number in a circle drawn as no data, without its class label.
  it('totaal without klasse: note', async () => {
    const profile = {
      gebied: 'De Haren',
      jaar: 2022,
      totaal: { waarde: '6,8' },
      themas: [{ naam: 'Welzijn', waarde: '0,2', klasse: 'gemiddeld', deelthemas: [{ naam: 'Gezondheid', waarde: '0,4', klasse: 'gemiddeld' }] }],
    };
    let taart!: ProfielTaart;
    await captureConsoleErrors(async () => {
      taart = await place(profile);
    });

    expect(shadow(taart).querySelectorAll('.total-circle.no-data'), 'centre drawn as no data').to.have.length(1);
    expect(notes(taart), 'notes').to.have.length(1);
    expect(notes(taart)[0]).to.contain('"Totaal"');
  });

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
