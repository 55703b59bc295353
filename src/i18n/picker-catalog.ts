import type { GebiedType, Lang } from '../model/types.js';
import { truncateValue } from './catalog.js';

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
  /** Title of the message shown when there is no gebied to choose from. */
  nothingTitle: string;
  /** Why there is nothing to choose: no gebieden at all, or none of the chosen types (null: all types). */
  nothingToChoose(count: number, types: readonly GebiedType[] | null): string;
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
  noResults: (query) => `Geen gebied gevonden voor "${truncateValue(query)}". Typ een deel van de naam of de code.`,
  chosen: (naam) => `${naam} gekozen.`,
  nothingTitle: 'Er is geen gebied om uit te kiezen',
  nothingToChoose: (count, types) =>
    count === 0 || !types
      ? 'Het gegevensbestand bevat geen gebieden.'
      : `Het gegevensbestand bevat geen gebied van de soort ${types.map((type) => typeNames.nl[type]).join(' of ')}. Pas het attribuut types aan, of laat het weg om alle gebieden te tonen.`,
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
  noResults: (query) => `No area found for "${truncateValue(query)}". Type part of the name or the code.`,
  chosen: (naam) => `${naam} chosen.`,
  nothingTitle: 'There is no area to choose from',
  nothingToChoose: (count, types) =>
    count === 0 || !types
      ? 'The data file contains no areas.'
      : `The data file contains no area of the kind ${types.map((type) => typeNames.en[type]).join(' or ')}. Change the types attribute, or leave it out to show every area.`,
};

export const pickerCatalogs: Record<Lang, PickerCatalog> = { nl, en };
