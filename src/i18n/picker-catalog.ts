import type { GebiedType, Lang } from '../model/types.js';

/** Strings of `<gebied-kiezer>` in one language. */
export interface PickerCatalog {
  label: string;
  placeholder: string;
  loading: string;
  errorTitle: string;
  listLabel: string;
  showAll: string;
  gemeente: string;
  other: string;
  /** Group label of a wijk or dorp, e.g. "Wijk Binnenstad". */
  group(type: GebiedType, naam: string): string;
  /** Option for the whole wijk or dorp, e.g. "Binnenstad (hele wijk)". */
  whole(type: GebiedType, naam: string): string;
  results(count: number): string;
  noResults(query: string): string;
  chosen(naam: string): string;
}

const typeNames: Record<Lang, Record<GebiedType, string>> = {
  nl: { gemeente: 'gemeente', wijk: 'wijk', dorp: 'dorp', buurt: 'buurt' },
  en: { gemeente: 'municipality', wijk: 'district', dorp: 'village', buurt: 'neighbourhood' },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const nl: PickerCatalog = {
  label: 'Kies een gebied',
  placeholder: 'Typ een naam of code',
  loading: 'Gebieden worden geladen…',
  errorTitle: 'De gebiedskeuze kan niet worden getoond',
  listLabel: 'Gebieden',
  showAll: 'Toon alle gebieden',
  gemeente: 'Gemeente',
  other: 'Overige gebieden',
  group: (type, naam) => `${capitalize(typeNames.nl[type])} ${naam}`,
  whole: (type, naam) => `${naam} (hele ${typeNames.nl[type]})`,
  results: (count) => (count === 1 ? '1 gebied gevonden.' : `${count} gebieden gevonden.`),
  noResults: (query) => `Geen gebied gevonden voor "${query}". Typ een deel van de naam of de code.`,
  chosen: (naam) => `${naam} gekozen.`,
};

const en: PickerCatalog = {
  label: 'Choose an area',
  placeholder: 'Type a name or code',
  loading: 'Loading areas…',
  errorTitle: 'The area picker cannot be shown',
  listLabel: 'Areas',
  showAll: 'Show all areas',
  gemeente: 'Municipality',
  other: 'Other areas',
  group: (type, naam) => `${capitalize(typeNames.en[type])} ${naam}`,
  whole: (type, naam) => `${naam} (whole ${typeNames.en[type]})`,
  results: (count) => (count === 1 ? '1 area found.' : `${count} areas found.`),
  noResults: (query) => `No area found for "${query}". Type part of the name or the code.`,
  chosen: (naam) => `${naam} chosen.`,
};

export const pickerCatalogs: Record<Lang, PickerCatalog> = { nl, en };
