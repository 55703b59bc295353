import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_URL } from './support/profiles.js';

const meta: Meta = {
  title: 'Voorbeelden/Alles samen',
  parameters: {
    docs: {
      description: {
        component:
          'Zo werken de elementen samen op één pagina: de kiezer zet het gebied van de taart en de vergelijking, ' +
          'en de legenda volgt de taart. Er is één gegevensbestand en het wordt één keer opgehaald.',
      },
    },
  },
};
export default meta;

export const Wijkpagina: StoryObj = {
  name: 'Wijkpagina met kiezer, taart, legenda en vergelijking',
  render: (_, context) => {
    const taart = `taart-${context.id}`;
    const vergelijk = `vergelijk-${context.id}`;
    return html`<gebied-kiezer for="${taart} ${vergelijk}"></gebied-kiezer>
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; align-items: start; margin-top: 1rem; --wbm-margin-block: 0">
        <profiel-taart id=${taart} src=${DEMO_URL} gebied="BU07960101"></profiel-taart>
        <thema-legenda for=${taart}></thema-legenda>
      </div>
      <h2 style="font-size: 1.125rem">Vergelijk met de wijk en de gemeente</h2>
      <buurt-vergelijk id=${vergelijk} src=${DEMO_URL} gebied="BU07960101" context></buurt-vergelijk>`;
  },
};
