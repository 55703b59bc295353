import type { GebiedType, Lang, Weergave } from '../model/types.js';
import { truncateValue } from './catalog.js';

/** Strings of `<buurt-vergelijk>` in one language. */
export interface CompareCatalog {
  name: string;
  loading: string;
  errorTitle: string;
  title(names: string[], jaren: number[]): string;
  views: string;
  pies: string;
  table: string;
  sortBy: string;
  sortGiven: string;
  sortName: string;
  sortTotal: string;
  gebied: string;
  jaar: string;
  total: string;
  thema: string;
  mean: string;
  /** Note under a mean that left out missing values, e.g. "uit 105 van 107". */
  meanCount(count: number, of: number): string;
  difference(item: string, reference: string): string;
  noResult: string;
  /**
   * Caption of the table, with the comparison's title. It states that the scores are against the
   * gemeente's average, because their differences between jaren can have another sign than the
   * development that a profieltaart shows.
   */
  tableCaption(title: string): string;
  typeName: Record<GebiedType, string>;
  /** Title of the key above the table, which explains the class marks of each weergave. */
  classKey: Record<Weergave, string>;
  /** Note on a `gebied`, written as `attribute` (`gebied` or `data-gebied`), that the comparison does not show, because `gebieden` lists the gebieden. */
  ignoredGebied(gebied: string, attribute: string): string;
  errors: {
    noGebied: string;
    /** Added to the unknown-gebied message when the list was split inside `name`, a name with a comma. */
    commaInName(name: string): string;
    invalidJaar(jaar: string): string;
    /** None of the gebieden `names` has results in `jaren`; `available` are the jaren in which one has. */
    unknownJaar(jaren: number[], available: number[], names: string[]): string;
  };
}

function list(items: string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * Lists the first five items and the number of the rest followed by `more` ("and 4 more"), so that a
 * message about many gebieden stays short. Six items are all listed, because "and 1 more" is no shorter.
 */
export function shortList(items: string[], last: string, more: string): string {
  return items.length > 6 ? `${items.slice(0, 5).join(', ')} ${last} ${items.length - 5} ${more}` : list(items, last);
}

const nl: CompareCatalog = {
  name: 'Vergelijking van gebieden',
  loading: 'Vergelijking wordt geladen…',
  errorTitle: 'De vergelijking kan niet worden getoond',
  title: (names, jaren) =>
    names.length > 4 ? `${names.length} gebieden, ${list(jaren.map(String), 'en')}` : `${list(names, 'en')}, ${list(jaren.map(String), 'en')}`,
  views: 'Weergave van de vergelijking',
  pies: 'Taarten',
  table: 'Tabel',
  sortBy: 'Sorteer op',
  sortGiven: 'Volgorde van opgave',
  sortName: 'Naam',
  sortTotal: 'Totaalscore',
  gebied: 'Gebied',
  jaar: 'Jaar',
  total: 'Totaal',
  thema: 'Thema',
  mean: 'Gemiddelde',
  meanCount: (count, of) => `uit ${count} van ${of}`,
  difference: (item, reference) => `Verschil ${item} − ${reference}`,
  noResult: 'Geen resultaten voor dit jaar',
  tableCaption: (title) => `Scores ten opzichte van het gemiddelde van de gemeente, per thema en deelthema: ${title}`,
  typeName: { gemeente: 'gemeente', wijk: 'wijk', dorp: 'dorp', buurt: 'buurt' },
  classKey: {
    situatie: 'Kleur en patroon: situatie ten opzichte van het gemiddelde',
    ontwikkeling: 'Kleur en teken: ontwikkeling sinds de vorige editie',
  },
  ignoredGebied: (gebied, attribute) =>
    `${attribute}="${truncateValue(gebied)}" wordt niet getoond, omdat gebieden de gebieden van deze vergelijking noemt. Laat gebieden weg om het gekozen gebied te vergelijken.`,
  errors: {
    noGebied:
      'Er zijn geen gebieden gekozen. Geef het attribuut gebieden, bijvoorbeeld gebieden="BU07960101,BU07960102", of gebied met context of jaren.',
    commaInName: (name) => `De naam "${name}" bevat een komma. Scheid de gebieden dan met puntkomma's (;) in plaats van komma's, of gebruik de codes.`,
    invalidJaar: (jaar) => `"${truncateValue(jaar)}" is geen jaar. Schrijf jaren als getallen, gescheiden door komma's, bijvoorbeeld jaren="2016,2020".`,
    unknownJaar: (jaren, available, names) =>
      `Voor ${jaren.length === 1 ? 'jaar' : 'de jaren'} ${list(jaren.map(String), 'en')} zijn geen gegevens van ${shortList(names, 'en', 'andere gebieden')}. Beschikbaar: ${available.join(', ') || 'geen'}.`,
  },
};

const en: CompareCatalog = {
  name: 'Comparison of areas',
  loading: 'Loading comparison…',
  errorTitle: 'The comparison cannot be shown',
  title: (names, jaren) =>
    names.length > 4 ? `${names.length} areas, ${list(jaren.map(String), 'and')}` : `${list(names, 'and')}, ${list(jaren.map(String), 'and')}`,
  views: 'View of the comparison',
  pies: 'Charts',
  table: 'Table',
  sortBy: 'Sort by',
  sortGiven: 'Order given',
  sortName: 'Name',
  sortTotal: 'Total score',
  gebied: 'Area',
  jaar: 'Year',
  total: 'Total',
  thema: 'Theme',
  mean: 'Mean',
  meanCount: (count, of) => `of ${count} out of ${of}`,
  difference: (item, reference) => `Difference ${item} − ${reference}`,
  noResult: 'No results for this year',
  tableCaption: (title) => `Scores compared with the municipal average, per theme and subtheme: ${title}`,
  typeName: { gemeente: 'municipality', wijk: 'district', dorp: 'village', buurt: 'neighbourhood' },
  classKey: {
    situatie: 'Colour and pattern: situation compared with the average',
    ontwikkeling: 'Colour and marker: development since the previous edition',
  },
  ignoredGebied: (gebied, attribute) => `${attribute}="${truncateValue(gebied)}" is not shown, because gebieden lists the areas of this comparison. Leave out gebieden to compare the chosen area.`,
  errors: {
    noGebied:
      'No areas were chosen. Set the gebieden attribute, for example gebieden="BU07960101,BU07960102", or gebied with context or jaren.',
    commaInName: (name) => `The name "${name}" contains a comma. Separate the areas with semicolons (;) instead of commas then, or use the codes.`,
    invalidJaar: (jaar) => `"${truncateValue(jaar)}" is not a year. Write years as numbers separated by commas, for example jaren="2016,2020".`,
    unknownJaar: (jaren, available, names) =>
      `There is no data for ${shortList(names, 'and', 'other areas')} in ${list(jaren.map(String), 'and')}. Available: ${available.join(', ') || 'none'}.`,
  },
};

export const compareCatalogs: Record<Lang, CompareCatalog> = { nl, en };
