import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_URL, everyClass } from './support/profiles.js';

interface LegendaArgs {
  weergave?: 'situatie' | 'ontwikkeling';
  orientation?: 'vertical' | 'horizontal';
  lang?: 'nl' | 'en';
}

const meta: Meta<LegendaArgs> = {
  title: 'Elementen/Themalegenda',
  // The docs page lists attributes, events, parts and custom properties from custom-elements.json.
  tags: ['autodocs'],
  component: 'thema-legenda',
  args: { weergave: 'situatie', orientation: 'vertical' },
  argTypes: {
    weergave: { control: 'inline-radio', options: ['situatie', 'ontwikkeling'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args, context) => {
    const id = `taart-${context.id}`;
    return html`<div style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr); gap: 1.5rem; align-items: start; --wbm-margin-block: 0">
      <profiel-taart id=${id} src=${DEMO_URL} gebied="BU07960101" weergave=${ifDefined(args.weergave)} lang=${ifDefined(args.lang)}></profiel-taart>
      <thema-legenda for=${id} orientation=${ifDefined(args.orientation)} lang=${ifDefined(args.lang)}></thema-legenda>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        component:
          'De legenda bij een profieltaart: de thema’s in de volgorde van de taart, de kleuren van de klassen, de ' +
          'trendtekens en de stijl voor “geen gegevens”. Met `for` volgt de legenda de taart, en wijst u een thema ' +
          'in de een aan, dan licht het in de ander op.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<LegendaArgs>;

export const GekoppeldAanTaart: Story = {
  name: 'Gekoppeld aan een taart',
  parameters: { docs: { description: { story: 'Gebruik `for` met het id van de taart; de legenda deelt de gegevens van de taart.' } } },
};

export const Ontwikkeling: Story = {
  name: 'Weergave ontwikkeling',
  args: { weergave: 'ontwikkeling' },
};

export const Horizontaal: Story = {
  name: 'Horizontaal (smalle strook)',
  args: { orientation: 'horizontal' },
  render: (args, context) => {
    const id = `taart-${context.id}`;
    return html`<div style="max-width: 360px">
      <profiel-taart id=${id} src=${DEMO_URL} gebied="BU07960101"></profiel-taart>
      <thema-legenda for=${id} orientation=${ifDefined(args.orientation)}></thema-legenda>
    </div>`;
  },
};

export const Zelfstandig: Story = {
  name: 'Zonder taart, eigen gegevens',
  render: () => html`<thema-legenda .data=${everyClass}></thema-legenda>`,
};

export const Engels: Story = {
  name: 'Engels (lang="en")',
  args: { lang: 'en' },
};

export const FoutGeenBron: Story = {
  name: 'Fout: geen gegevensbron',
  tags: ['console-error'],
  render: () => html`<thema-legenda></thema-legenda>`,
  parameters: { docs: { description: { story: 'Zonder `for`, `src` of gegevens zegt de legenda wat er ontbreekt.' } } },
};

export const FoutBijTaart: Story = {
  name: 'Fout: de gekoppelde taart toont een melding',
  tags: ['console-error'],
  // The quotes around src are curly, as a word processor types them, so they are part of the address.
  render: (_args, context) => {
    const id = `taart-${context.id}`;
    return html`<div style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr); gap: 1.5rem; align-items: start; --wbm-margin-block: 0">
      <profiel-taart id=${id} src=${`\u201D${DEMO_URL}\u201D`} gebied="BU07960101"></profiel-taart>
      <thema-legenda for=${id}></thema-legenda>
    </div>`;
  },
  parameters: {
    docs: { description: { story: 'Kan de taart haar gegevens niet tonen, dan legt de taart uit wat er mis is. De legenda verwijst alleen naar die melding.' } },
  },
};
