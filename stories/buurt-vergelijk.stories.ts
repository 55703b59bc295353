import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_URL } from './support/profiles.js';

interface VergelijkArgs {
  gebieden?: string;
  gebied?: string;
  context?: boolean;
  jaren?: string;
  weergave?: 'situatie' | 'ontwikkeling';
  vorm?: 'taarten' | 'tabel';
  sorteer?: string;
  lang?: 'nl' | 'en';
}

const meta: Meta<VergelijkArgs> = {
  title: 'Elementen/Buurtvergelijking',
  // The docs page lists attributes, events, parts and custom properties from custom-elements.json.
  tags: ['autodocs'],
  component: 'buurt-vergelijk',
  args: { gebieden: 'BU07960101,BU07960102,BU07960103' },
  argTypes: {
    weergave: { control: 'inline-radio', options: ['situatie', 'ontwikkeling'] },
    vorm: { control: 'inline-radio', options: ['taarten', 'tabel'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<buurt-vergelijk
      src=${DEMO_URL}
      gebieden=${ifDefined(args.gebieden)}
      gebied=${ifDefined(args.gebied)}
      ?context=${args.context ?? false}
      jaren=${ifDefined(args.jaren)}
      weergave=${ifDefined(args.weergave)}
      vorm=${ifDefined(args.vorm)}
      sorteer=${ifDefined(args.sorteer)}
      lang=${ifDefined(args.lang)}
    ></buurt-vergelijk>`,
  parameters: {
    docs: {
      description: {
        component:
          'Zet gebieden naast elkaar: gekozen buurten, een buurt tegenover haar wijk en de gemeente, of één gebied in ' +
          'verschillende jaren. Als kleine taarten of als tabel; ontbrekende waarden tellen niet mee.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<VergelijkArgs>;

export const GekozenBuurten: Story = { name: 'Gekozen buurten' };

export const MetWijkEnGemeente: Story = {
  name: 'Buurt met wijk en gemeente',
  args: { gebieden: undefined, gebied: 'BU07960101', context: true },
};

export const JarenNaastElkaar: Story = {
  name: 'Eén buurt in 2016 en 2020',
  args: { gebieden: 'BU07960101', jaren: '2016,2020' },
};

export const Tabel: Story = {
  name: 'Als tabel',
  args: { vorm: 'tabel' },
};

export const AlleWijkenGesorteerd: Story = {
  name: 'Alle wijken, gesorteerd op totaal',
  args: { gebieden: 'alle-wijken', sorteer: 'totaal' },
};

export const Ontwikkeling: Story = {
  name: 'Weergave ontwikkeling',
  args: { weergave: 'ontwikkeling' },
};

export const Engels: Story = { name: 'Engels (lang="en")', args: { lang: 'en' } };

export const SmalleContainer: Story = {
  name: 'Smalle container (320 px)',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

export const FoutOnbekendGebied: Story = {
  name: 'Fout: onbekend gebied',
  tags: ['console-error'],
  args: { gebieden: 'Binnestad centrum' },
};
