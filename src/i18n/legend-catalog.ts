import type { Lang } from '../model/types.js';

/** Strings of `<thema-legenda>` in one language. */
export interface LegendCatalog {
  name: string;
  loading: string;
  errorTitle: string;
  themas: string;
  themaHint: string;
  situatie: string;
  ontwikkeling: string;
  trend: string;
  noData: string;
  /** Describes where a thema sits in the ring, such as "thema 2 van 5", which follows the thema name after a comma. */
  position(index: number, count: number): string;
}

const nl: LegendCatalog = {
  name: 'Legenda van de profieltaart',
  loading: 'Legenda wordt geladen…',
  errorTitle: 'De legenda kan niet worden getoond',
  themas: "Thema's in de binnenring",
  themaHint: 'Wijs een thema aan om het in de taart op te lichten.',
  situatie: 'Kleur: situatie ten opzichte van het gemiddelde',
  ontwikkeling: 'Kleur: ontwikkeling sinds de vorige editie',
  trend: 'Teken: ontwikkeling sinds de vorige editie',
  noData: 'Geen gegevens',
  position: (index, count) => `thema ${index} van ${count}`,
};

const en: LegendCatalog = {
  name: 'Profile chart legend',
  loading: 'Loading legend…',
  errorTitle: 'The legend cannot be shown',
  themas: 'Themes in the inner ring',
  themaHint: 'Point at a theme to highlight it in the chart.',
  situatie: 'Colour: situation compared with the average',
  ontwikkeling: 'Colour: development since the previous edition',
  trend: 'Marker: development since the previous edition',
  noData: 'No data',
  position: (index, count) => `theme ${index} of ${count}`,
};

export const legendCatalogs: Record<Lang, LegendCatalog> = { nl, en };
