import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import denHaagTokens from '@gemeente-denhaag/design-tokens-components/dist/theme/index.css?inline';
import nlDesignSystemTheme from '../themes/nl-design-system.css?inline';
import { DEMO_URL, allZero, everyClass, invalid, longNames, noData, sevenClasses, smartQuotesJson, decimalCommaJson } from './support/profiles.js';

interface TaartArgs {
  src?: string;
  gebied?: string;
  jaar?: string;
  weergave?: 'situatie' | 'ontwikkeling';
  lang?: 'nl' | 'en';
  data?: unknown;
}

/**
 * Tags tell scripts/check-storybook.mjs what a story shows on purpose: `console-error` stories log
 * exactly one console error (the element's message for developers), and `forced-colors` stories
 * are opened with forced colours emulated. Storybook indexes tags statically, so each story lists
 * them in its own object literal.
 */
function errorStory(args: TaartArgs, description: string): StoryObj<TaartArgs> {
  return { args, parameters: { docs: { description: { story: description } } } };
}

const meta: Meta<TaartArgs> = {
  title: 'Elementen/Profieltaart',
  // The docs page lists attributes, events, parts and custom properties from custom-elements.json.
  tags: ['autodocs'],
  component: 'profiel-taart',
  args: { src: DEMO_URL, gebied: 'BU07960101', jaar: '2020', weergave: 'situatie' },
  argTypes: {
    weergave: { control: 'inline-radio', options: ['situatie', 'ontwikkeling'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    data: { control: false },
  },
  render: (args) =>
    html`<profiel-taart
      src=${ifDefined(args.src)}
      gebied=${ifDefined(args.gebied)}
      jaar=${ifDefined(args.jaar)}
      weergave=${ifDefined(args.weergave)}
      lang=${ifDefined(args.lang)}
      .data=${args.data}
    >
      <a href=${args.src ?? DEMO_URL}>Gegevens van de wijk- en buurtmonitor</a>
    </profiel-taart>`,
  parameters: {
    docs: {
      description: {
        component:
          'De profieltaart van één gebied in één jaar: het totaal in het midden, de thema’s in de binnenring en de ' +
          'deelthema’s in de buitenring, gekleurd naar klasse. Alle voorbeelden gebruiken de echte gegevens van ' +
          '’s-Hertogenbosch of vaste voorbeeldprofielen, zodat ze er altijd hetzelfde uitzien.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TaartArgs>;

export const Situatie: Story = {
  name: 'Situatie (standaard)',
  parameters: {
    docs: { description: { story: 'Gebruik dit voor de meeste pagina’s: kleuren tonen de klasse ten opzichte van het gemiddelde van de gemeente.' } },
  },
};

export const Ontwikkeling: Story = {
  name: 'Ontwikkeling sinds de vorige editie',
  args: { weergave: 'ontwikkeling' },
  parameters: { docs: { description: { story: 'Kleuren tonen of een deelthema vooruit of achteruit ging sinds 2016.' } } },
};

export const EersteEditie: Story = {
  name: 'Eerste editie (geen ontwikkeling)',
  args: { jaar: '2016', weergave: 'ontwikkeling' },
  parameters: { docs: { description: { story: 'In 2016 is er geen vorige editie: de taart zegt dat er geen ontwikkeling bekend is.' } } },
};

export const Wijk: Story = {
  name: 'Hele wijk',
  args: { gebied: 'Binnenstad' },
  parameters: { docs: { description: { story: 'Een wijk kiest u met de naam of de code (WK079601).' } } },
};

export const Dorp: Story = {
  name: 'Dorp',
  args: { gebied: 'Empel' },
};

export const Gemeente: Story = {
  name: 'Hele gemeente',
  args: { gebied: 'GM0796' },
};

export const AlleKlassen: Story = {
  name: 'Alle klassen en trends',
  args: { src: undefined, gebied: undefined, jaar: undefined, data: everyClass },
  parameters: {
    docs: { description: { story: 'Boven gemiddeld, gemiddeld, beneden gemiddeld en geen gegevens, met de trendtekens vooruit, gelijk en achteruit.' } },
  },
};

export const AlleKlassenOntwikkeling: Story = {
  name: 'Alle klassen, weergave ontwikkeling',
  args: { ...AlleKlassen.args, weergave: 'ontwikkeling' },
};

export const ZevenKlassen: Story = {
  name: 'Eigen schaal met zeven klassen',
  args: { src: undefined, gebied: undefined, jaar: undefined, data: sevenClasses },
  parameters: { docs: { description: { story: 'Een gemeente mag een eigen schaal gebruiken; de waardering (3 tot −3) kiest kleur en patroon.' } } },
};

export const GeenGegevens: Story = {
  name: 'Geen gegevens',
  args: { src: undefined, gebied: undefined, jaar: undefined, data: noData },
  parameters: { docs: { description: { story: 'Ontbrekende waarden worden gearceerd getekend en nooit als 0 getoond.' } } },
};

export const AllesNul: Story = {
  name: 'Alle scores nul',
  args: { src: undefined, gebied: undefined, jaar: undefined, data: allZero },
  parameters: { docs: { description: { story: 'Een score van precies 0 is een echte waarde: de taart toont 0,0, niet “geen gegevens”.' } } },
};

export const LangeNamen: Story = {
  name: 'Lange Nederlandse namen',
  args: { src: undefined, gebied: undefined, jaar: undefined, data: longNames },
};

export const LangeNaamEchteGegevens: Story = {
  name: 'Lange buurtnaam uit de monitor',
  args: { gebied: 'BU07960798' },
};

export const Engels: Story = {
  name: 'Engels (lang="en")',
  args: { lang: 'en' },
};

export const SmalleContainer: Story = {
  name: 'Smalle container (280 px)',
  decorators: [(story) => html`<div style="max-width: 280px">${story()}</div>`],
  parameters: { docs: { description: { story: 'Op een telefoon staan de deelthema’s onder de taart in plaats van eromheen.' } } },
};

export const GeforceerdeKleuren: Story = {
  name: 'Geforceerde kleuren',
  tags: ['forced-colors'],
  parameters: {
    docs: {
      description: {
        story:
          'In de modus met geforceerde kleuren (Windows contrastthema) tekent de taart met systeemkleuren en patronen. ' +
          'Zet in de ontwikkelhulpmiddelen van de browser “forced-colors: active” aan om dit te zien.',
      },
    },
  },
};

export const Huisstijl: Story = {
  name: 'Huisstijl van een gemeente (NL Design System)',
  decorators: [
    (story) => html`<style>
        ${denHaagTokens}
        ${nlDesignSystemTheme}
      </style>
      <div class="denhaag-theme" style="font-family: var(--utrecht-document-font-family); color: var(--utrecht-document-color)">
        ${story()}
      </div>`,
  ],
  parameters: {
    docs: {
      description: {
        story:
          'De design tokens van Gemeente Den Haag (npm-pakket @gemeente-denhaag/design-tokens-components, EUPL-1.2) met ' +
          'themes/nl-design-system.css: lettertype, tekstkleur, focusrand en knop volgen de huisstijl.',
      },
    },
  },
};

export const CmsDataAttributen: Story = {
  name: 'CMS: data-attributen',
  render: () =>
    html`<profiel-taart data-src=${DEMO_URL} data-gebied="Binnenstad oost" data-jaar="2020" data-weergave="situatie">
      <a href=${DEMO_URL}>Gegevens van de wijk- en buurtmonitor</a>
    </profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Voor een CMS dat onbekende attributen weghaalt: data-src, data-gebied, data-jaar, data-weergave en data-lang werken ook.' } },
  },
};

export const CmsInAlinea: Story = {
  name: 'CMS: tag binnen een alinea',
  render: () => html`<p><profiel-taart src=${DEMO_URL} gebied="BU07960101"></profiel-taart></p>`,
  parameters: { docs: { description: { story: 'Sommige editors zetten de tag in een <p>; de taart werkt dan gewoon.' } } },
};

export const InlineJson: Story = {
  name: 'CMS: gegevens als JSON in de tag',
  render: () =>
    html`<profiel-taart>
      <script type="application/json">
        { "gebied": "De Haren", "jaar": 2022, "totaal": { "waarde": "0,4", "klasse": "boven gemiddeld" },
          "themas": [
            { "naam": "Werk & leren", "klasse": "boven gemiddeld",
              "deelthemas": [{ "naam": "Uitkeringen", "waarde": "0,6", "klasse": "boven", "ontwikkeling": "vooruit" }] },
            { "naam": "Welzijn", "klasse": "gemiddeld",
              "deelthemas": [{ "naam": "Gezondheid", "waarde": "0,1", "klasse": "gemiddeld" }] } ] }
      </script>
    </profiel-taart>`,
};

export const Laden: Story = {
  name: 'Laden',
  args: { src: '/mock/loading' },
  parameters: { docs: { description: { story: 'Zolang het gegevensbestand onderweg is, staat er een rustige laadmelding.' } } },
};

export const FoutGeenBron: Story = {
  name: 'Fout: geen gegevensbron',
  tags: ['console-error'],
  ...errorStory({ src: undefined, gebied: 'BU07960101', jaar: undefined }, 'Er staat geen src, geen JSON in de tag en geen data: de taart zegt welke gegevensbron ontbreekt.'),
};

export const FoutNietGevonden: Story = {
  name: 'Fout: bestand niet gevonden (404)',
  tags: ['console-error'],
  ...errorStory({ src: '/mock/http?status=404' }, 'De server geeft 404: het adres klopt niet of het bestand is niet gepubliceerd.'),
};

export const FoutServer: Story = {
  name: 'Fout: serverfout (500)',
  tags: ['console-error'],
  ...errorStory({ src: '/mock/http?status=500' }, 'De server geeft een fout (500).'),
};

export const FoutNetwerk: Story = {
  name: 'Fout: geen verbinding',
  tags: ['console-error'],
  ...errorStory({ src: '/mock/network' }, 'De verbinding valt weg of de server is niet bereikbaar.'),
};

export const FoutGeenJson: Story = {
  name: 'Fout: webpagina in plaats van JSON',
  tags: ['console-error'],
  ...errorStory({ src: '/mock/html' }, 'src wijst naar een webpagina in plaats van naar het gegevensbestand.'),
};

export const FoutLeeg: Story = {
  name: 'Fout: leeg bestand',
  tags: ['console-error'],
  ...errorStory({ src: '/mock/empty' }, 'Het gegevensbestand is leeg.'),
};

export const FoutOngeldig: Story = {
  name: 'Fout: ongeldige gegevens',
  tags: ['console-error'],
  ...errorStory({ src: undefined, gebied: undefined, jaar: undefined, data: invalid }, 'Fouten in de gegevens, elk met de plek (JSON-pad) waar ze staan.'),
};

export const FoutSlimmeAanhalingstekens: Story = {
  name: 'Fout: gekrulde aanhalingstekens uit het CMS',
  tags: ['console-error'],
  render: () => html`<profiel-taart><script type="application/json">${smartQuotesJson}</script></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Het CMS verving rechte aanhalingstekens door gekrulde; de melding zegt hoe u dat oplost.' } },
  },
};

export const FoutDecimaleKomma: Story = {
  name: 'Fout: komma in een getal in JSON',
  tags: ['console-error'],
  render: () => html`<profiel-taart><script type="application/json">${decimalCommaJson}</script></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Een getal in de JSON is met een komma geschreven (0,4), maar JSON vraagt een punt (0.4).' } },
  },
};

export const FoutScriptZonderType: Story = {
  name: 'Fout: script zonder type',
  tags: ['console-error'],
  // Storybook runs every script without a type that a story renders, as a page would, and a page
  // error would follow. So the script goes in after Storybook's pass, with the JSON type that keeps
  // it from running, and then loses that type.
  render: () => {
    const addUntyped = (element?: Element) => {
      if (!element) return;
      queueMicrotask(() => {
        const script = element.appendChild(document.createElement('script'));
        script.type = 'application/json';
        script.textContent = '{ "gebied": "De Haren", "jaar": 2022, "themas": [] }';
        script.removeAttribute('type');
      });
    };
    return html`<profiel-taart ${ref(addUntyped)}></profiel-taart>`;
  },
  parameters: {
    docs: { description: { story: 'De JSON staat in een <script> zonder type="application/json". Op een echte pagina voert de browser het dan uit als JavaScript.' } },
  },
};

export const FoutJsonAlsTekst: Story = {
  name: 'Fout: JSON als tekst, zonder script',
  tags: ['console-error'],
  // Inline JSON after a CMS filter removed the script around it.
  render: () => html`<profiel-taart><p>${'{ "gebied": "De Haren", "jaar": 2022, "themas": [] }'}</p></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Het CMS heeft het <script type="application/json"> rond de JSON weggehaald; de gegevens staan nu als gewone tekst in de tag.' } },
  },
};

export const FoutScriptVanDePagina: Story = {
  name: 'Fout: script van de pagina kon de gegevens niet ophalen',
  tags: ['console-error'],
  render: () =>
    html`<profiel-taart
      gebied="BU07960101"
      .data=${new Promise((_, reject) => setTimeout(() => reject(new Error('Het ophalen van de gegevens mislukte.')), 300))}
    ></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Een script van de pagina haalt de gegevens zelf op en geeft ze aan de taart, maar het ophalen mislukt.' } },
  },
};

export const FoutScriptTeLaat: Story = {
  name: 'Fout: script van de pagina levert de gegevens niet op tijd',
  tags: ['console-error'],
  // A promise that never settles, as from a request that hangs. The timeout attribute shortens the wait to 1 s.
  render: () => html`<profiel-taart gebied="BU07960101" timeout="1000" .data=${new Promise(() => undefined)}></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Een script van de pagina haalt de gegevens zelf op, maar krijgt geen antwoord binnen de tijd van timeout. Komen de gegevens later toch, dan verschijnt de taart alsnog.' } },
  },
};

export const FoutKlasse: Story = {
  name: 'Fout: tikfout in een klasse',
  tags: ['console-error'],
  render: () =>
    html`<profiel-taart>
      <script type="application/json">
        { "gebied": "De Haren", "jaar": 2022,
          "themas": [{ "naam": "Welzijn", "deelthemas": [{ "naam": "Gezondheid", "waarde": 0.1, "klasse": "bovengemiddeld" }] }] }
      </script>
    </profiel-taart>`,
  parameters: {
    docs: { description: { story: 'Een klasse is verkeerd gespeld. De melding stelt de klasse voor die erop lijkt en noemt alle klassen.' } },
  },
};

export const FoutOnbekendGebied: Story = {
  name: 'Fout: onbekend gebied',
  tags: ['console-error'],
  ...errorStory({ gebied: 'Binnestad' }, 'Een tikfout in de naam: de taart stelt namen voor die erop lijken.'),
};

export const FoutGekruldeAanhalingstekens: Story = {
  name: 'Fout: gekrulde aanhalingstekens rond gebied',
  tags: ['console-error'],
  ...errorStory({ gebied: '\u201DBinnenstad centrum\u201D' }, 'De tag is in een tekstverwerker getypt, die de aanhalingstekens rond de waarde gekruld heeft.'),
};

export const FoutNietAfgesloten: Story = {
  name: 'Fout: tag niet afgesloten',
  tags: ['console-error'],
  // The DOM of <profiel-taart … /> followed by a legend and a paragraph. HTML ignores the "/", so the
  // legend and the paragraph end up inside the chart, where they are not shown.
  render: () =>
    html`<profiel-taart id="niet-afgesloten" src=${DEMO_URL} gebied="BU07960101"><thema-legenda for="niet-afgesloten"></thema-legenda><p>Deze tekst staat in de taart en is niet te zien.</p></profiel-taart>`,
  parameters: {
    docs: { description: { story: 'De tag is geschreven als <profiel-taart … />, met een legenda erna. Dat sluit in HTML niet, dus de legenda en de rest van de pagina verdwijnen in de taart.' } },
  },
};

export const FoutGeenGebied: Story = {
  name: 'Fout: geen gebied gekozen',
  tags: ['console-error'],
  ...errorStory({ gebied: undefined }, 'De monitor bevat veel gebieden en er is er geen gekozen.'),
};

export const FoutJaar: Story = {
  name: 'Fout: jaar zonder resultaten',
  tags: ['console-error'],
  ...errorStory({ jaar: '2019' }, 'Voor dit jaar zijn er geen gegevens; de melding noemt de jaren die er wel zijn.'),
};

export const FoutEngels: Story = {
  name: 'Fout in het Engels',
  tags: ['console-error'],
  ...errorStory({ gebied: 'Binnestad', lang: 'en' }, 'Meldingen zijn Engels met lang="en".'),
};
