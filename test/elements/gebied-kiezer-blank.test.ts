import { expect, waitUntil } from '@open-wc/testing';
import type { GebiedKiezer } from '../../src/elements/gebied-kiezer/gebied-kiezer.js';
import type { ProfielTaart } from '../../src/elements/profiel-taart/profiel-taart.js';
import { mountTemplate, unmountAll } from './motion-helpers.js';
import { MONITOR_URL, html, settled, shadow, textOf } from './helpers.js';

async function linkedPicker(gebied: string): Promise<GebiedKiezer> {
  const wrapper = mountTemplate(html`<div>
    <gebied-kiezer for="taart" gebied=${gebied}></gebied-kiezer>
    <profiel-taart id="taart" src=${MONITOR_URL} gebied="Binnenstad oost"></profiel-taart>
  </div>`);
  const kiezer = wrapper.querySelector<GebiedKiezer>('gebied-kiezer')!;
  await settled(wrapper.querySelector<ProfielTaart>('profiel-taart')!);
  await waitUntil(() => shadow(kiezer).querySelector('input') !== null, 'the picker did not finish loading');
  await kiezer.updateComplete;
  return kiezer;
}

describe('gebied-kiezer with a blank gebied', () => {
  afterEach(unmountAll);

  for (const gebied of ['', '  ', '\n\t']) {
    it(`shows the linked gebied for ${JSON.stringify(gebied)}`, async () => {
      const kiezer = await linkedPicker(gebied);

      expect(shadow(kiezer).querySelector('input')!.value).to.equal('Binnenstad oost');
      expect(textOf(kiezer, '.note')).to.equal('');
    });
  }
});
