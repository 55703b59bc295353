import type { Lang } from '../model/types.js';
import { formatNumber } from './format.js';
import { shorten } from '../model/format-value.js';

/** Every string that an element shows or speaks, in one language. */
export interface Catalog {
  chartName(gebied: string, jaar: number): string;
  chartTitle(gebied: string, jaar: number): string;
  total: string;
  noData: string;
  noDevelopment: string;
  /** Short text for the centre of a chart of the first edition, which has no development. */
  firstEdition: string;
  reasons: Record<string, string>;
  weergave: { situatie: string; ontwikkeling(previous: number | null): string };
  value: string;
  difference(previous: number | null): string;
  situatie: string;
  ontwikkeling: string;
  thema: string;
  deelthema: string;
  showTable: string;
  hideTable: string;
  tableCaption(gebied: string, jaar: number): string;
  summary(counts: SummaryCounts): string;
  loading: string;
  errorTitle: string;
  errors: {
    noSource: string;
    /** A legend or picker without `for` and without a data source of its own. */
    noLink: string;
    /**
     * No element has an id of `ids` in `attribute` (`for` or `data-for`). `close` are ids of charts on
     * the page that resemble them. `comparison` is true for an element that also links to a `<buurt-vergelijk>`.
     */
    noLinkedTarget(ids: string, attribute: string, close: string[], comparison: boolean): string;
    /** The element named in `for` is there but has no data source of its own. */
    linkedWithoutSource(id: string): string;
    /** The linked element `<tag id="id">` cannot read its data and shows a message that explains why. */
    linkedError(tag: string, id: string): string;
    /** The data is in a child `<script>` whose `type` (empty when absent) is not `application/json`. */
    scriptType(type: string): string;
    /** The JSON is plain text in the tag, without the `<script>` around it, which a CMS may remove. */
    jsonText: string;
    /** The promise that a script of the page set as `data` was rejected. */
    rejected: string;
    network(url: string): string;
    /** The data from `url`, or from a promise set as `data` when `url` is empty, did not arrive in time. */
    timeout(url: string, seconds: number): string;
    /** An HTTP error for an address in `attribute` (`src` or `data-src`) with curly quotes, which are not quotes in HTML. */
    curlyQuotes(url: string, attribute: string): string;
    /** Attributes with curly quotes around their value, each as its name as the page wrote it and the value that HTML read. */
    curlyValues(read: readonly (readonly [string, string])[]): string;
    http(url: string, status: number, statusText: string): string;
    notJson(url: string, contentType: string): string;
    /** Opening sentence for a JSON syntax error. The problem's position and advice follow it. */
    jsonSyntax(url: string): string;
    empty(url: string): string;
    invalid(count: number): string;
    noGebied(example: string): string;
    unknownGebied(query: string, suggestions: string[]): string;
    unknownJaar(jaar: string, available: number[]): string;
  };
  keyboardHint: string;
  /** Note on an attribute value that is not one of `allowed`, and what the element shows instead. */
  invalidValue(attribute: string, value: string, allowed: string, fallback: string): string;
  /** Note on an own `lang`, written as `attribute` (`lang` or `data-lang`), in a language without texts. The element shows Dutch. */
  unsupportedLang(tag: string, attribute: string): string;
  /** Note on ids in `for` that more than one element on the page has. */
  duplicateId(ids: readonly string[]): string;
  /** Note on ids in `attribute` (`for` or `data-for`) that no element on the page has, while another id of the list links. */
  missingIds(ids: readonly string[], attribute: string, close: string[]): string;
  /** Note on a tag that was not closed, so that what follows it is inside it, unseen. */
  unclosedTag(tag: string): string;
  /** Note on an attribute `name` that the element does not read, with the close name `suggestion` that it reads. */
  unknownAttribute(name: string, suggestion: string): string;
  /**
   * Note on the parts, by name, whose score has a value but no klasse (`situatie`), or else a verschil
   * but no ontwikkeling, so that the chart draws them as no data.
   */
  missingKlasse(names: string[], situatie: boolean): string;
}

export interface SummaryCounts {
  deelthemas: number;
  above: number;
  below: number;
  noData: number;
  improved: number;
  declined: number;
  /** False when no deelthema of this jaar has a development class. */
  hasDevelopment: boolean;
}

/** Dutch names of the HTTP status codes that a web editor most often meets. */
const DUTCH_STATUS: Record<number, string> = { 403: 'geen toegang', 404: 'niet gevonden', 410: 'verwijderd', 500: 'serverfout', 503: 'tijdelijk niet beschikbaar' };

/**
 * Quotes that a word processor types and HTML does not read as quotes around a value: curly double
 * quotes anywhere, or a curly single quote at the start or end of the value. A single quote
 * followed by `s` or `t` and a space or hyphen is the apostrophe of a name such as ‘s-Hertogenbosch
 * or ’t Zand.
 */
export const CURLY_QUOTE = /[\u201C\u201D\u201E\u2033]|^\s*[\u2018\u2019\u201A\u2032](?![st][\s-])|[\u2018\u2019\u2032]\s*$/i;

/** Lists the attributes that HTML read, such as `gebied=“Het` for `gebied=“Het Zand”`, with "en" or "and". */
const readValues = (read: readonly (readonly [string, string])[], lang: Lang): string =>
  new Intl.ListFormat(lang).format(read.map(([name, value]) => `${name}=${truncateValue(value)}`));

/** Lists the names of the attributes in `read`. */
const readNames = (read: readonly (readonly [string, string])[], lang: Lang): string => new Intl.ListFormat(lang).format(read.map(([name]) => name));

/**
 * Returns the console text on a gebied that is not in the data, with the close names. It uses the
 * domain term "gebied" for every element, as the attributes do, where the English message says "area".
 */
export const unknownGebiedLog = (query: string, names: string[]): string =>
  `Unknown gebied "${truncateValue(query)}"${names.length ? `; close matches: ${names.join(', ')}` : ''}.`;

/** Truncates a value from the page, such as an attribute value or an address, to 100 characters for a message. */
export const truncateValue = (value: string): string => shorten(value, 100);

/**
 * Names a gebied in a console error as the page wrote it, so that a developer finds the tag: a code
 * as it is, a name in quotes with its code in brackets.
 */
export const writtenGebied = (query: string, code: string): string =>
  query.toLowerCase() === code.toLowerCase() ? code : `"${truncateValue(query)}" (${code})`;

/** Lists names in quotes with "en" or "and", the first two and a count of the others when there are more than three. */
const someNames = (names: string[], lang: Lang): string =>
  new Intl.ListFormat(lang).format(
    (names.length > 3 ? names.slice(0, 2) : names).map((name) => `"${truncateValue(name)}"`).concat(names.length > 3 ? [`${names.length - 2} ${lang === 'nl' ? 'andere' : 'more'}`] : []),
  );

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${last}`;
}

/**
 * Returns the summary sentence of a profile with one deelthema, from `phrases` for no data, above,
 * below and neither above nor below the average.
 */
function onlyDeelthema(c: SummaryCounts, phrases: [string, string, string, string]): string {
  if (c.noData > 0) return phrases[0];
  if (c.above > 0) return phrases[1];
  if (c.below > 0) return phrases[2];
  return phrases[3];
}

const nl: Catalog = {
  chartName: (gebied, jaar) => `Profieltaart ${gebied}, ${jaar}`,
  chartTitle: (gebied, jaar) => `${gebied}, ${jaar}`,
  total: 'Totaal',
  noData: 'Geen gegevens',
  noDevelopment: 'Geen ontwikkeling bekend',
  firstEdition: 'Eerste editie',
  reasons: {
    'geen-gegevens': 'Geen gegevens',
    'te-weinig-waarnemingen': 'Te weinig waarnemingen',
    'niet-van-toepassing': 'Niet van toepassing',
    'geen-vorige-editie': 'Geen vorige editie om mee te vergelijken',
  },
  weergave: {
    situatie: 'Situatie ten opzichte van het gemiddelde van de gemeente',
    ontwikkeling: (previous) => (previous ? `Ontwikkeling sinds ${previous}` : 'Ontwikkeling sinds de vorige editie'),
  },
  value: 'Score',
  difference: (previous) => (previous ? `Verandering sinds ${previous}` : 'Verandering'),
  situatie: 'Situatie',
  ontwikkeling: 'Ontwikkeling',
  thema: 'Thema',
  deelthema: 'Deelthema',
  showTable: 'Toon tabel met alle waarden',
  hideTable: 'Verberg tabel',
  tableCaption: (gebied, jaar) => `Alle waarden van ${gebied}, ${jaar}`,
  summary: (c) => {
    const parts = [
      c.deelthemas === 1
        ? onlyDeelthema(c, [
            'Voor het enige deelthema zijn geen gegevens.',
            'Het enige deelthema scoort boven het gemiddelde.',
            'Het enige deelthema scoort beneden het gemiddelde.',
            'Het enige deelthema scoort niet boven of beneden het gemiddelde.',
          ])
        : `Van de ${c.deelthemas} deelthema's scoren er ${c.above} boven en ${c.below} beneden het gemiddelde.`,
    ];
    if (c.noData > 0 && c.deelthemas > 1) parts.push(`Voor ${c.noData} zijn geen gegevens.`);
    if (c.hasDevelopment) {
      parts.push(`${c.improved} ${c.improved === 1 ? 'is' : 'zijn'} vooruit gegaan en ${c.declined} achteruit.`);
    }
    return parts.join(' ');
  },
  loading: 'Profieltaart wordt geladen…',
  errorTitle: 'De profieltaart kan niet worden getoond',
  errors: {
    noSource:
      'Er is geen gegevensbron opgegeven. Geef het adres van een JSON-bestand in het attribuut src, of zet de gegevens als JSON in een <script type="application/json"> binnen de tag. Haalt het CMS src weg, schrijf dan data-src.',
    noLink:
      'Er is geen profieltaart gekoppeld en geen gegevensbron opgegeven. Geef het attribuut for met het id van een profieltaart, of src. Haalt het CMS die weg, schrijf dan data-for of data-src.',
    noLinkedTarget: (ids, attribute, close, comparison) =>
      `Er staat op deze pagina geen profieltaart${comparison ? ' of vergelijking' : ''} met id "${truncateValue(ids)}" om mee te koppelen. ${close.length ? `Bedoelde u ${list(close, 'nl')}? ` : ''}Controleer het attribuut ${attribute}, of geef zelf een gegevensbron met src.`,
    linkedWithoutSource: (id) =>
      `Het element met id "${truncateValue(id)}" heeft geen gegevensbron. Geef dat element het attribuut src, of zet de gegevens als JSON in een <script type="application/json"> binnen die tag.`,
    linkedError: (tag, id) => `De gekoppelde <${tag} id="${truncateValue(id)}"> toont een foutmelding. Die melding legt uit wat er mis is en wat u kunt doen.`,
    scriptType: (type) =>
      `Het <script> met de gegevens binnen de tag heeft ${type ? `type="${truncateValue(type)}"` : 'geen type'}, dus de gegevens worden niet gelezen. Geef het <script> het attribuut type="application/json".`,
    jsonText:
      'De gegevens staan als gewone tekst in de tag, zonder <script type="application/json"> eromheen. Haalt het CMS dat script weg, zet de gegevens dan in een JSON-bestand en geef het adres in src (of data-src).',
    rejected:
      'Een script op deze pagina kon de gegevens niet ophalen. Laad de pagina opnieuw. Blijft deze melding staan, meld het dan bij de beheerder van de website.',
    network: (url) =>
      `De gegevens konden niet worden opgehaald van ${url}. Controleer het adres en de internetverbinding en laad de pagina opnieuw.`,
    timeout: (url, seconds) =>
      `De gegevens${url && ` van ${url}`} kwamen niet binnen ${formatNumber(seconds, 'nl', Number.isInteger(seconds) ? 0 : 1)} ${seconds === 1 ? 'seconde' : 'seconden'} binnen. Probeer het later opnieuw of laad de pagina opnieuw.`,
    curlyQuotes: (url, attribute) =>
      `Het adres in ${attribute} bevat gekrulde aanhalingstekens (“ ” of ‘ ’), zoals een tekstverwerker die zet: ${url}. Typ de aanhalingstekens om het adres opnieuw als rechte aanhalingstekens (").`,
    curlyValues: (read) =>
      `${read.length > 1 ? 'De attributen' : 'Het attribuut'} ${readNames(read, 'nl')} ${read.length > 1 ? 'hebben' : 'heeft'} gekrulde aanhalingstekens (“ ” of ‘ ’) rond de waarde, zoals een tekstverwerker die zet. ` +
      `HTML leest ze niet als aanhalingstekens maar als deel van de waarde, en laat een waarde met een spatie ophouden bij die spatie. Gelezen is ${readValues(read, 'nl')}. Typ de aanhalingstekens opnieuw als rechte aanhalingstekens (").`,
    // The server's status text is English, so the Dutch message names the common codes itself.
    http: (url, status) =>
      `De server gaf foutcode ${status}${DUTCH_STATUS[status] ? ` (${DUTCH_STATUS[status]})` : ''} voor ${url}. ` +
      (status >= 500
        ? 'De fout ligt bij de server; probeer het later opnieuw of meld het bij de beheerder van de website.'
        : 'Controleer of het adres klopt en of het bestand gepubliceerd is.'),
    notJson: (url, contentType) =>
      `Het bestand op ${url} is geen JSON${contentType ? ` (ontvangen: ${contentType})` : ''}. Controleer of src naar het gegevensbestand wijst en niet naar een webpagina.`,
    jsonSyntax: (url) => `Het bestand op ${url} is geen geldige JSON en kan daarom niet worden gelezen.`,
    empty: (url) => `Het bestand op ${url} is leeg. Controleer of het gegevensbestand goed is gepubliceerd.`,
    invalid: (count) =>
      count === 1 ? 'Er zit een fout in de gegevens:' : `Er zitten ${formatNumber(count, 'nl', 0)} fouten in de gegevens${count > 3 ? '. De eerste drie' : ''}:`,
    noGebied: (example) => `Er is geen gebied gekozen. Geef het attribuut gebied, bijvoorbeeld gebied="${example}".`,
    unknownGebied: (query, suggestions) =>
      `Gebied "${truncateValue(query)}" komt niet voor in de gegevens.` + (suggestions.length ? ` Bedoelde u ${list(suggestions, 'nl')}?` : ' Controleer de naam of de code.'),
    unknownJaar: (jaar, available) =>
      available.length === 0
        ? 'Voor dit gebied staan geen gegevens in het bestand, in geen enkel jaar. Kies een ander gebied.'
        : `Voor jaar ${truncateValue(jaar)} zijn geen gegevens van dit gebied. Beschikbaar: ${available.join(', ')}.`,
  },
  keyboardHint: 'Wijs een deel van de taart aan of tik erop voor details. Met het toetsenbord: Tab naar de taart, dan de pijltoetsen.',
  invalidValue: (attribute, value, allowed, fallback) => `${attribute}="${truncateValue(value)}" is ongeldig; kies ${allowed}. Nu getoond: ${fallback}.`,
  unsupportedLang: (tag, attribute) => `${attribute}="${truncateValue(tag)}" is niet beschikbaar; kies nl of en. Nu getoond: Nederlands.`,
  duplicateId: (ids) =>
    ids.length > 1
      ? `De id's "${truncateValue(ids.join('", "'))}" staan elk meer dan eens op deze pagina. Dit element volgt steeds het eerste element met zo'n id; geef elk element een eigen id.`
      : `Het id "${truncateValue(ids[0])}" staat meer dan eens op deze pagina. Dit element volgt het eerste element met dat id; geef elke profieltaart een eigen id.`,
  missingIds: (ids, attribute, close) =>
    `${ids.length > 1 ? "De id's" : 'Het id'} "${truncateValue(ids.join('", "'))}" uit ${attribute} ${ids.length > 1 ? 'staan' : 'staat'} niet op deze pagina. ${close.length ? `Bedoelde u ${list(close, 'nl')}?` : 'Controleer de spelling.'}`,
  unclosedTag: (tag) =>
    `Deze <${tag}> is niet afgesloten, dus wat erna komt staat erin en is niet te zien. Sluit de tag af met </${tag}>: een tag die eindigt op /> sluit in HTML niet.`,
  unknownAttribute: (name, suggestion) => `Het attribuut ${name} bestaat niet. Bedoelde u ${suggestion}?`,
  missingKlasse: (names, situatie) =>
    `Bij ${someNames(names, 'nl')} staat in de gegevens ${situatie ? 'een waarde zonder klasse' : 'een verschil zonder ontwikkeling'}, dus de taart toont daar geen gegevens. Vul bij ${situatie ? 'elke waarde ook "klasse"' : 'elk verschil ook "ontwikkeling"'} in.`,
};

const en: Catalog = {
  chartName: (gebied, jaar) => `Profile chart ${gebied}, ${jaar}`,
  chartTitle: (gebied, jaar) => `${gebied}, ${jaar}`,
  total: 'Total',
  noData: 'No data',
  noDevelopment: 'No development known',
  firstEdition: 'First edition',
  reasons: {
    'geen-gegevens': 'No data',
    'te-weinig-waarnemingen': 'Too few observations',
    'niet-van-toepassing': 'Not applicable',
    'geen-vorige-editie': 'No previous edition to compare with',
  },
  weergave: {
    situatie: 'Situation compared with the municipal average',
    ontwikkeling: (previous) => (previous ? `Development since ${previous}` : 'Development since the previous edition'),
  },
  value: 'Score',
  difference: (previous) => (previous ? `Change since ${previous}` : 'Change'),
  situatie: 'Situation',
  ontwikkeling: 'Development',
  thema: 'Theme',
  deelthema: 'Subtheme',
  showTable: 'Show table with all values',
  hideTable: 'Hide table',
  tableCaption: (gebied, jaar) => `All values of ${gebied}, ${jaar}`,
  summary: (c) => {
    const parts = [
      c.deelthemas === 1
        ? onlyDeelthema(c, [
            'The only subtheme has no data.',
            'The only subtheme scores above average.',
            'The only subtheme scores below average.',
            'The only subtheme scores neither above nor below average.',
          ])
        : `Of the ${c.deelthemas} subthemes, ${c.above} score above and ${c.below} below average.`,
    ];
    if (c.noData > 0 && c.deelthemas > 1) parts.push(`${c.noData} ${c.noData === 1 ? 'has' : 'have'} no data.`);
    if (c.hasDevelopment) parts.push(`${c.improved} improved and ${c.declined} declined.`);
    return parts.join(' ');
  },
  loading: 'Loading profile chart…',
  errorTitle: 'The profile chart cannot be shown',
  errors: {
    noSource:
      'No data source was given. Put the address of a JSON file in the src attribute, or place the data as JSON in a <script type="application/json"> inside the tag. If the CMS strips src, write data-src.',
    noLink:
      'No profile chart is linked and no data source was given. Set the for attribute to the id of a profile chart, or src. If the CMS strips them, write data-for or data-src.',
    noLinkedTarget: (ids, attribute, close, comparison) =>
      `There is no profile chart${comparison ? ' or comparison' : ''} with id "${truncateValue(ids)}" on this page to link to. ${close.length ? `Did you mean ${list(close, 'en')}? ` : ''}Check the ${attribute} attribute, or give a data source with src.`,
    linkedWithoutSource: (id) =>
      `The element with id "${truncateValue(id)}" has no data source. Give that element the src attribute, or place the data as JSON in a <script type="application/json"> inside its tag.`,
    linkedError: (tag, id) => `The linked <${tag} id="${truncateValue(id)}"> shows an error message. That message explains what is wrong and what to do.`,
    scriptType: (type) =>
      `The <script> with the data inside the tag has ${type ? `type="${truncateValue(type)}"` : 'no type'}, so the data is not read. Give the <script> the attribute type="application/json".`,
    jsonText:
      'The data is plain text inside the tag, without a <script type="application/json"> around it. If the CMS removes that script, put the data in a JSON file and give its address in src (or data-src).',
    rejected: 'A script on this page could not fetch the data. Reload the page. If this message stays, tell the administrator of the website.',
    network: (url) => `The data could not be fetched from ${url}. Check the address and the connection, then reload the page.`,
    timeout: (url, seconds) =>
      `The data${url && ` from ${url}`} did not arrive within ${formatNumber(seconds, 'en', Number.isInteger(seconds) ? 0 : 1)} ${seconds === 1 ? 'second' : 'seconds'}. Try again later or reload the page.`,
    curlyQuotes: (url, attribute) =>
      `The address in ${attribute} contains curly quotes (“ ” or ‘ ’), as a word processor types them: ${url}. Type the quotes around the address again as straight quotes (").`,
    curlyValues: (read) =>
      `The ${read.length > 1 ? 'attributes' : 'attribute'} ${readNames(read, 'en')} ${read.length > 1 ? 'have curly quotes (“ ” or ‘ ’) around their values' : 'has curly quotes (“ ” or ‘ ’) around its value'}, as a word processor types them. ` +
      `HTML reads them not as quotes but as part of the value, and ends a value that contains a space at that space. It read ${readValues(read, 'en')}. Type the quotes again as straight quotes (").`,
    http: (url, status, statusText) =>
      `The server returned error ${status}${statusText ? ` (${statusText})` : ''} for ${url}. ` +
      (status >= 500
        ? 'The fault lies with the server; try again later or tell the website administrator.'
        : 'Check that the address is right and the file is published.'),
    notJson: (url, contentType) =>
      `The file at ${url} is not JSON${contentType ? ` (received: ${contentType})` : ''}. Check that src points to the data file, not to a web page.`,
    jsonSyntax: (url) => `The file at ${url} is not valid JSON, so it cannot be read.`,
    empty: (url) => `The file at ${url} is empty. Check that the data file was published correctly.`,
    invalid: (count) =>
      count === 1 ? 'The data contains an error:' : `The data contains ${formatNumber(count, 'en', 0)} errors${count > 3 ? '. The first three' : ''}:`,
    noGebied: (example) => `No area was chosen. Set the gebied attribute, for example gebied="${example}".`,
    unknownGebied: (query, suggestions) =>
      `Area "${truncateValue(query)}" does not occur in the data.` + (suggestions.length ? ` Did you mean ${list(suggestions, 'en')}?` : ' Check the name or the code.'),
    unknownJaar: (jaar, available) =>
      available.length === 0
        ? 'The file has no data for this area, in any year. Choose another area.'
        : `There is no data for this area in ${truncateValue(jaar)}. Available: ${available.join(', ')}.`,
  },
  keyboardHint: 'Point at or tap a part of the chart for details. With the keyboard: Tab to the chart, then the arrow keys.',
  invalidValue: (attribute, value, allowed, fallback) => `${attribute}="${truncateValue(value)}" is not valid; use ${allowed}. Showing ${fallback}.`,
  unsupportedLang: (tag, attribute) => `${attribute}="${truncateValue(tag)}" is not available; use nl or en. Showing Dutch.`,
  duplicateId: (ids) =>
    ids.length > 1
      ? `The ids "${truncateValue(ids.join('", "'))}" are each used more than once on this page. This element follows the first element with each id; give each element an id of its own.`
      : `The id "${truncateValue(ids[0])}" is used more than once on this page. This element follows the first element with that id; give each profile chart an id of its own.`,
  missingIds: (ids, attribute, close) =>
    `The id${ids.length > 1 ? 's' : ''} "${truncateValue(ids.join('", "'))}" in ${attribute} ${ids.length > 1 ? 'are' : 'is'} not on this page. ${close.length ? `Did you mean ${list(close, 'en')}?` : 'Check the spelling.'}`,
  unclosedTag: (tag) =>
    `This <${tag}> is not closed, so what follows it is inside it and cannot be seen. Close the tag with </${tag}>: a tag ending in /> does not close in HTML.`,
  unknownAttribute: (name, suggestion) => `The attribute ${name} does not exist. Did you mean ${suggestion}?`,
  missingKlasse: (names, situatie) =>
    `The data gives ${situatie ? 'a value without klasse' : 'a verschil without ontwikkeling'} for ${someNames(names, 'en')}, so the chart shows no data there. Add "${situatie ? 'klasse' : 'ontwikkeling'}" to each ${situatie ? 'value' : 'verschil'}.`,
};

export const catalogs: Record<Lang, Catalog> = { nl, en };

/** Returns the text of a no-data reason: the known code's translation, or the data's own text. */
export function reasonText(reason: string | null, lang: Lang): string {
  const catalog = catalogs[lang];
  if (!reason) return catalog.noData;
  return catalog.reasons[reason] ?? reason;
}
