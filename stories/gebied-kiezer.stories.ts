import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_URL } from './support/profiles.js';

interface KiezerArgs {
  types?: string;
  label?: string;
  lang?: 'nl' | 'en';
}

const meta: Meta<KiezerArgs> = {
  title: 'Elementen/Gebiedskeuze',
  // The docs page lists attributes, events, parts and custom properties from custom-elements.json.
  tags: ['autodocs'],
  component: 'gebied-kiezer',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: (args, context) => {
    const id = `taart-${context.id}`;
    return html`<gebied-kiezer for=${id} types=${ifDefined(args.types)} label=${ifDefined(args.label)} lang=${ifDefined(args.lang)}></gebied-kiezer>
      <profiel-taart id=${id} src=${DEMO_URL} gebied="BU07960101" lang=${ifDefined(args.lang)}></profiel-taart>`;
  },
  parameters: {
    docs: {
      description: {
        component:
          'Een zoekveld met een lijst van alle gebieden, gegroepeerd per wijk en dorp. Met `for` zet de kiezer het ' +
          'gebied van een profieltaart of vergelijking; bezoekers typen een deel van de naam of de code.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<KiezerArgs>;

export const MetTaart: Story = { name: 'Met een profieltaart' };

export const AlleenWijken: Story = {
  name: 'Alleen wijken en dorpen',
  args: { types: 'wijk,dorp', label: 'Kies een wijk of dorp' },
};

export const Engels: Story = { name: 'Engels (lang="en")', args: { lang: 'en' } };

export const Zelfstandig: Story = {
  name: 'Zonder gekoppeld element',
  render: () => html`<gebied-kiezer src=${DEMO_URL}></gebied-kiezer>`,
  parameters: { docs: { description: { story: 'Alleen: de kiezer meldt de keuze met het event `wbm-gebied-change`.' } } },
};

export const FoutGeenBron: Story = {
  name: 'Fout: geen gegevensbron',
  tags: ['console-error'],
  render: () => html`<gebied-kiezer></gebied-kiezer>`,
};

export const FoutOnbekendGebied: Story = {
  name: 'Fout: onbekend gebied',
  tags: ['console-error'],
  render: () => html`<gebied-kiezer src=${DEMO_URL} gebied="Binnestad centrum"></gebied-kiezer>`,
  parameters: {
    docs: { description: { story: 'Een tikfout in `gebied`: het veld blijft leeg, en eronder stelt de kiezer namen voor die erop lijken.' } },
  },
};
