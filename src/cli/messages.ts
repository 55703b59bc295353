/** Texts of the command-line tool, in Dutch (default) and English. */

import type { Lang } from '../model/types.js';
import { formatNumber } from '../i18n/format.js';
import { formatAlternatives } from '../model/format-value.js';
import { formatSeparators } from '../convert/sheet.js';
import { ENCODING_NAMES, type Encoding } from './decode.js';

/** Formats a count in the message's language: `30.000` in Dutch, `30,000` in English. */
function formatCount(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

/**
 * Lists every value that `--codering` accepts, such as `auto (standaard), utf-8 (ook utf8), …`, so
 * that the help and the usage error name the same values as `parseEncodingOption` reads.
 */
export function formatEncodingChoices(lang: Lang): string {
  const [auto, also] = lang === 'nl' ? ['auto (standaard)', 'ook'] : ['auto (default)', 'also'];
  const names = (Object.keys(ENCODING_NAMES) as Encoding[]).map((encoding) => {
    const aliases = ENCODING_NAMES[encoding];
    return aliases.length === 0 ? encoding : `${encoding} (${also} ${formatAlternatives(aliases, lang)})`;
  });
  return formatAlternatives([auto, ...names], lang);
}

/** Returns the two readings of a string such as `"-1,234"`, as JSON numbers: `-1234` and `-1.234`. */
function commaReadings(value: string): { thousands: string; decimal: string } {
  const sign = /^[-\u2212]/.test(value) ? '-' : '';
  const digits = value.replace(/^[+\-\u2212]/, '');
  return { thousands: `${sign}${digits.replace(',', '')}`, decimal: `${sign}${digits.replace(',', '.')}` };
}

/** A deelthema value far outside the domain, with every number already formatted. */
export interface OutsideDomain {
  deelthema: string;
  gebied: string;
  jaar: number;
  value: string;
  /** End of the domain nearest to the value, where the slice ends. */
  edge: string;
  domain: string;
  /** `waarden.soort` whose default domain applies, or null when the file sets `waarden.domein`. */
  kind: string | null;
}

export interface CliMessages {
  description: string;
  sections: Record<string, string>;
  commands: { valideer: string; converteer: string; svg: string; png: string };
  options: Record<
    'help' | 'version' | 'lang' | 'uit' | 'streng' | 'strengConverteer' | 'koppeling' | 'gebieden' | 'jaar' | 'jaren' | 'codering' | 'gebied' | 'breedte' | 'weergave' | 'cssVariabelen' | 'schaal',
    string
  >;
  usage: {
    /** `suggestion` is the known option that `option` probably means, or null. */
    unknownOption(option: string, suggestion: string | null): string;
    missingArgument(command: string): string;
    missingValue(option: string): string;
    unusedArguments(args: string): string;
    /** Says that a switch such as `--streng` got a value other than yes or no. */
    switchValue(option: string, value: string): string;
    unknownCommand(command: string): string;
    noCommand: string;
    invalidValue(option: string, value: string, expected: string): string;
    missingOption(option: string): string;
  };
  fileNotFound(path: string): string;
  fileUnreadable(path: string, detail: string): string;
  fileUnwritable(path: string, detail: string): string;
  /** Causes of common file system errors, by Node's error code (`ENOENT`, `EACCES`, …). */
  fileErrors: Record<string, string>;
  notJsonMapping(path: string, detail: string): string;
  fileEmpty(path: string): string;
  workbookNotCsv(path: string): string;
  outputIsInput(path: string): string;
  /** `separator` is null when the header has no accepted separator. `other` is then its likely separator, such as `|`. */
  decoded(path: string, encoding: string, separator: string | null, other: string | null): string;
  /** Warning on a `--codering` that the bytes contradict; `forced` is the value as given. */
  encodingMismatch(kind: 'utf-8' | 'invalid-utf-8', forced: string): string;
  severity: { error: string; warning: string };
  line(line: number): string;
  valid(path: string): string;
  /** Hint after a syntax error in a file that looks like a spreadsheet rather than a monitor. */
  spreadsheetNotMonitor(path: string): string;
  /** Error for a mapping file passed to `valideer`, which names the `converteer` command that reads it. */
  mappingNotMonitor(path: string): string;
  problemCount(errors: number, warnings: number): string;
  /** Says that the checks which need a readable monitor did not run, after errors that stop it. */
  checksSkipped: string;
  converted(path: string, gebieden: number, jaren: string, results: number): string;
  skippedCount(count: number): string;
  warningCount(count: number): string;
  filteredCount(count: number): string;
  notConverted: string;
  /** Says that `--streng` stopped the writing of a monitor file because of warnings. */
  notConvertedStrict: string;
  wrote(path: string): string;
  pngNotInstalled: string;
  pngUnavailable(detail: string): string;
  deelthemaMissingInJaar(deelthema: string, jaar: number, others: string): string;
  outsideDomain(details: OutsideDomain): string;
  moreOutsideDomain(count: number): string;
  duplicateName(naam: string, codes: string): string;
  /**
   * Warns that a string such as `"1,234"` is read with a decimal comma but may mean 1234.
   * `pointExample` is another number string of the file with a decimal point, or null.
   */
  commaNumber(value: string, pointExample: string | null): string;
  moreCommaNumbers(count: number): string;
}

const nl: CliMessages = {
  description: 'Hulpmiddelen voor de wijk- en buurtmonitor: gegevens controleren, een spreadsheet omzetten, profieltaarten als SVG of PNG maken.',
  sections: {
    Usage: 'Gebruik',
    Commands: 'Opdrachten',
    Options: 'Opties',
    Examples: 'Voorbeelden',
    more: 'Meer uitleg per opdracht',
    usageLine: '<opdracht> [opties]',
  },
  commands: {
    valideer: 'Controleer een monitor- of profielbestand (JSON) en noem elk probleem met zijn plaats',
    converteer: 'Zet CSV-exports van een spreadsheet met een koppelbestand om naar een monitorbestand (JSON)',
    svg: 'Teken de profieltaart van één gebied als los SVG-bestand',
    png: 'Teken de profieltaart van één gebied als PNG-afbeelding',
  },
  options: {
    help: 'Toon deze uitleg',
    version: 'Toon het versienummer',
    lang: 'Taal van meldingen en grafiek: nl (standaard) of en',
    uit: 'Schrijf het resultaat naar dit bestand in plaats van naar de standaarduitvoer',
    streng: 'Eindig ook met afsluitcode 1 als er alleen waarschuwingen zijn (zonder deze optie alleen bij fouten)',
    strengConverteer:
      'Eindig met afsluitcode 1 en schrijf niets als er een regel of waarde is overgeslagen of een andere waarschuwing is (zonder deze optie wordt het bestand dan met afsluitcode 0 geschreven)',
    koppeling: 'Koppelbestand (JSON): welke kolom of indicator bij welk deelthema hoort, en de klassen',
    gebieden: 'Gebiedenlijst (CSV met code, naam, type, ouder)',
    jaar: 'Jaar van de profieltaart; standaard het laatste jaar met gegevens',
    jaren: 'Jaar van elk invoerbestand, in dezelfde volgorde (bijv. 2016,2020), als de gegevens geen jaarkolom hebben',
    codering: `Tekencodering van de CSV-bestanden: ${formatEncodingChoices('nl')}`,
    gebied: 'Naam of code van het gebied',
    breedte: 'Breedte in pixels (standaard 640; onder 520 komen de deelthema\'s in een lijst onder de taart)',
    weergave: 'situatie (standaard) of ontwikkeling',
    cssVariabelen: 'Schrijf kleuren ook als var(--wbm-…), zodat een pagina de SVG kan thematiseren',
    schaal: 'Vergroting van de PNG ten opzichte van de breedte (standaard 2, voor scherpe afdrukken)',
  },
  usage: {
    unknownOption: (option, suggestion) => `Onbekende optie ${option}.${suggestion === null ? '' : ` Bedoelt u ${suggestion}?`} Bekijk de opties met --help.`,
    missingArgument: (command) => `Er ontbreekt een bestand bij de opdracht "${command}". Bekijk het gebruik met --help.`,
    missingValue: (option) => `De optie ${option} heeft een waarde nodig.`,
    unusedArguments: (args) => `Te veel argumenten: ${args}. Bekijk het gebruik met --help.`,
    switchValue: (option, value) => `Ongeldige waarde "${value}" voor ${option}. Schrijf alleen ${option} om de optie aan te zetten, of laat de optie weg (${option}=ja en ${option}=nee mogen ook).`,
    unknownCommand: (command) => `Onbekende opdracht "${command}". Kies valideer, converteer, svg of png.`,
    noCommand: 'Geef een opdracht: valideer, converteer, svg of png. Bekijk de uitleg met --help.',
    invalidValue: (option, value, expected) => `Ongeldige waarde "${value}" voor ${option}; verwacht: ${expected}.`,
    missingOption: (option) => `De optie ${option} is verplicht bij deze opdracht.`,
  },
  fileNotFound: (path) => `Bestand niet gevonden: ${path}. Controleer de naam en de map.`,
  fileUnreadable: (path, detail) => `Bestand ${path} kon niet worden gelezen: ${detail}`,
  fileUnwritable: (path, detail) => `Bestand ${path} kon niet worden geschreven: ${detail}. Kies met --uit een ander bestand of een map waarin u mag schrijven.`,
  fileErrors: {
    ENOENT: 'de map bestaat niet',
    ENOTDIR: 'een deel van het pad is een bestand en geen map',
    EISDIR: 'dit is een map, geen bestand',
    EACCES: 'u hebt geen toegang',
    EPERM: 'u hebt geen toegang',
    EROFS: 'het bestandssysteem is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    EFBIG: 'het bestand wordt groter dan het systeem toestaat',
    ELOOP: 'het pad volgt te veel symbolische koppelingen, of een kring ervan',
    ENAMETOOLONG: 'de bestandsnaam of het pad is langer dan het systeem toestaat',
  },
  notJsonMapping: (path, detail) => `Het koppelbestand ${path} is geen geldige JSON: ${detail}`,
  fileEmpty: (path) => `Het bestand ${path} is leeg of bevat alleen lege regels.`,
  workbookNotCsv: (path) =>
    `Het bestand ${path} is een werkmap van Excel of LibreOffice (xlsx, xls of ods), geen CSV-bestand. Open het en sla het blad op als CSV (in Excel: Opslaan als, "CSV (gescheiden door lijstscheidingsteken)"), en geef dat bestand op.`,
  outputIsInput: (path) => `Het uitvoerbestand ${path} is ook een invoerbestand en zou worden overschreven. Kies met --uit een andere naam.`,
  encodingMismatch: (kind, forced) =>
    kind === 'utf-8'
      ? `Dit bestand is UTF-8, maar --codering ${forced} leest het als Windows-1252, zodat letters als ë verkeerd worden gelezen (Ã«). Laat --codering weg of gebruik --codering utf-8.`
      : `Dit bestand is geen geldige UTF-8, maar --codering ${forced} leest het zo, zodat letters als ë verloren gaan (�). Laat --codering weg of gebruik --codering windows-1252.`,
  decoded: (path, encoding, separator, other) =>
    separator !== null
      ? `${path}: tekencodering ${encoding}, scheidingsteken ${separator}`
      : `${path}: tekencodering ${encoding}, geen scheidingsteken gevonden: de kopregel bevat geen ${formatSeparators('nl')}${other === null ? '' : `, wel "${other}"`}`,
  severity: { error: 'fout', warning: 'waarschuwing' },
  line: (line) => `regel ${line}`,
  valid: (path) => `${path}: geen problemen gevonden.`,
  spreadsheetNotMonitor: (path) =>
    `${path} lijkt een rekenblad (CSV of werkmap), geen monitorbestand. Zet het eerst om: wijkmonitor converteer ${path} --koppeling koppeling.json --uit monitor.json`,
  mappingNotMonitor: (path) =>
    `Dit lijkt een koppelbestand (met "invoer"), geen monitor- of profielbestand. Een koppelbestand hoort bij converteer: wijkmonitor converteer cijfers.csv --koppeling ${path} --uit monitor.json. Controleer daarna monitor.json.`,
  problemCount: (errors, warnings) =>
    `${formatCount(errors, 'nl')} ${errors === 1 ? 'fout' : 'fouten'} en ${formatCount(warnings, 'nl')} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'} gevonden.`,
  checksSkipped:
    'De controles op dubbele namen, samenhang tussen de jaren en het waardebereik zijn overgeslagen, omdat ze een bestand zonder fouten nodig hebben. Los de fouten op en controleer opnieuw; dan kunnen er nog waarschuwingen bijkomen.',
  converted: (path, gebieden, jaren, results) => `${path}: ${gebieden} gebieden, jaren ${jaren}, ${results} resultaten.`,
  skippedCount: (skipped) => `${formatCount(skipped, 'nl')} ${skipped === 1 ? 'regel of waarde' : 'regels of waarden'} overgeslagen; zie hierboven.`,
  warningCount: (count) => `${formatCount(count, 'nl')} ${count === 1 ? 'waarschuwing' : 'waarschuwingen'} over de gegevens; zie hierboven.`,
  filteredCount: (filtered) =>
    `${formatCount(filtered, 'nl')} ${filtered === 1 ? 'regel valt' : 'regels vallen'} buiten invoer.filter en ${filtered === 1 ? 'is' : 'zijn'} bewust niet gebruikt.`,
  notConverted: 'Er is geen monitorbestand geschreven. Los de fouten hierboven op en probeer het opnieuw.',
  notConvertedStrict:
    'Er is geen monitorbestand geschreven, omdat --streng elke overgeslagen regel of waarde en elke waarschuwing als fout telt. Los de waarschuwingen hierboven op, of laat --streng weg. In totaal:',
  wrote: (path) => `Geschreven: ${path}`,
  pngNotInstalled:
    'PNG maken lukt niet: de module @resvg/resvg-js is niet geïnstalleerd. Installeer die naast wijkmonitor met npm install @resvg/resvg-js, of gebruik de opdracht svg.',
  pngUnavailable: (detail) =>
    `PNG maken lukt niet: de module @resvg/resvg-js kon niet worden geladen (${detail}). Installeer die opnieuw met npm install @resvg/resvg-js, of gebruik de opdracht svg.`,
  deelthemaMissingInJaar: (deelthema, jaar, others) =>
    `Deelthema "${deelthema}" heeft in ${jaar} voor geen enkel gebied een waarde, maar wel in ${others}. Ontbreekt een kolom in de gegevens van ${jaar}?`,
  outsideDomain: ({ deelthema, gebied, jaar, value, edge, domain, kind }) =>
    `De waarde ${value} van deelthema "${deelthema}" voor ${gebied} in ${jaar} ligt ver buiten ` +
    (kind === null ? `waarden.domein ${domain}. ` : `${domain}, het standaarddomein voor waarden.soort "${kind}", want het bestand geeft geen waarden.domein. `) +
    `Met straal="waarde" tekent de profieltaart dit deelthema tot de rand van de ring, alsof de waarde ${edge} is. ` +
    (kind === null
      ? 'Klopt de waarde, of het domein?'
      : `Klopt de waarde niet, verbeter die dan. Hebben de waarden een ander bereik, geef dan ${kind === 'cijfer' ? '' : '"waarden": { "soort": "cijfer" } voor rapportcijfers van 1 tot 10, of '}een eigen waarden.domein.`),
  moreOutsideDomain: (more) => `Nog ${formatCount(more, 'nl')} ${more === 1 ? 'waarde ligt' : 'waarden liggen'} ver buiten het domein van waarden.`,
  duplicateName: (naam, codes) =>
    `De naam "${naam}" hoort bij meer dan één gebied (${codes}). Een element met gebied="${naam}" toont het eerste; gebruik daar de code.`,
  commaNumber: (value, pointExample) => {
    const { thousands, decimal } = commaReadings(value);
    const evidence =
      pointExample === null
        ? 'Geen ander getal als tekst in dit bestand heeft een decimaalkomma.'
        : `Andere getallen als tekst in dit bestand hebben een decimaalpunt, zoals "${pointExample}".`;
    return (
      `"${value}" wordt gelezen met de komma als decimaalteken, maar kan ook ${thousands} betekenen, met de komma tussen de duizendtallen zoals in Engelse exports. ${evidence} ` +
      `Bedoelt u ${thousands}, schrijf dan ${thousands} zonder komma. Bedoelt u het getal met drie decimalen, schrijf dan ${decimal} met een punt en zonder aanhalingstekens.`
    );
  },
  moreCommaNumbers: (more) =>
    `Nog ${formatCount(more, 'nl')} ${more === 1 ? 'getal als tekst kan' : 'getallen als tekst kunnen'} op dezelfde manier duizendtallen of decimalen betekenen.`,
};

const en: CliMessages = {
  description: 'Tools for the neighbourhood monitor: check data, convert a spreadsheet, render profile charts as SVG or PNG.',
  sections: { Usage: 'Usage', Commands: 'Commands', Options: 'Options', Examples: 'Examples', more: 'More help per command', usageLine: '<command> [options]' },
  commands: {
    valideer: 'Check a monitor or profile file (JSON) and list every problem with its location',
    converteer: 'Convert CSV exports of a spreadsheet with a mapping file into a monitor file (JSON)',
    svg: 'Render the profieltaart of one gebied as a standalone SVG file',
    png: 'Render the profieltaart of one gebied as a PNG image',
  },
  options: {
    help: 'Show this help',
    version: 'Show the version number',
    lang: 'Language of messages and chart: nl (default) or en',
    uit: 'Write the result to this file instead of standard output',
    streng: 'Also exit with code 1 when there are only warnings (without this option only on errors)',
    strengConverteer:
      'Exit with code 1 and write nothing when a row or value was skipped or there is another warning (without this option the file is then written with exit code 0)',
    koppeling: 'Mapping file (JSON): which column or indicator feeds which deelthema, and the classes',
    gebieden: 'Gebieden list (CSV with code, naam, type, ouder)',
    jaar: 'Jaar of the profieltaart; the latest jaar with data by default',
    jaren: 'Jaar of each input file, in the same order (e.g. 2016,2020), when the data has no jaar column',
    codering: `Character encoding of the CSV files: ${formatEncodingChoices('en')}`,
    gebied: 'Naam or code of the gebied',
    breedte: 'Width in pixels (640 by default; below 520 the deelthema names move to a list under the chart)',
    weergave: 'situatie (default) or ontwikkeling',
    cssVariabelen: 'Also write colours as var(--wbm-…), so that a page can theme the SVG',
    schaal: 'Scale of the PNG relative to the width (2 by default, for sharp prints)',
  },
  usage: {
    unknownOption: (option, suggestion) => `Unknown option ${option}.${suggestion === null ? '' : ` Did you mean ${suggestion}?`} See the options with --help.`,
    missingArgument: (command) => `The command "${command}" needs a file. See the usage with --help.`,
    missingValue: (option) => `The option ${option} needs a value.`,
    unusedArguments: (args) => `Too many arguments: ${args}. See the usage with --help.`,
    switchValue: (option, value) => `Invalid value "${value}" for ${option}. Write only ${option} to turn the option on, or leave it out (${option}=yes and ${option}=no work too).`,
    unknownCommand: (command) => `Unknown command "${command}". Choose valideer, converteer, svg or png.`,
    noCommand: 'Give a command: valideer, converteer, svg or png. See the help with --help.',
    invalidValue: (option, value, expected) => `Invalid value "${value}" for ${option}; expected: ${expected}.`,
    missingOption: (option) => `The option ${option} is required for this command.`,
  },
  fileNotFound: (path) => `File not found: ${path}. Check the name and the folder.`,
  fileUnreadable: (path, detail) => `File ${path} could not be read: ${detail}`,
  fileUnwritable: (path, detail) => `File ${path} could not be written: ${detail}. Choose another file with --uit, or a folder you may write to.`,
  fileErrors: {
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'this is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EFBIG: 'the file would exceed the maximum file size of the system',
    ELOOP: 'the path follows too many symbolic links, or a loop of them',
    ENAMETOOLONG: 'the file name or path is longer than the system allows',
  },
  notJsonMapping: (path, detail) => `The mapping file ${path} is not valid JSON: ${detail}`,
  fileEmpty: (path) => `The file ${path} is empty or contains only empty lines.`,
  workbookNotCsv: (path) =>
    `The file ${path} is an Excel or LibreOffice workbook (xlsx, xls or ods), not a CSV file. Open it, save the sheet as CSV (in Excel: Save As, "CSV (Comma delimited)"), and pass that file.`,
  outputIsInput: (path) => `The output file ${path} is also an input file and would be overwritten. Choose another name with --uit.`,
  encodingMismatch: (kind, forced) =>
    kind === 'utf-8'
      ? `This file is UTF-8, but --codering ${forced} reads it as Windows-1252, so letters such as ë are misread (Ã«). Leave out --codering or use --codering utf-8.`
      : `This file is not valid UTF-8, but --codering ${forced} reads it as such, so letters such as ë are lost (�). Leave out --codering or use --codering windows-1252.`,
  decoded: (path, encoding, separator, other) =>
    separator !== null
      ? `${path}: encoding ${encoding}, separator ${separator}`
      : `${path}: encoding ${encoding}, no separator found: the header contains no ${formatSeparators('en')}${other === null ? '' : `, but it does contain "${other}"`}`,
  severity: { error: 'error', warning: 'warning' },
  line: (line) => `line ${line}`,
  valid: (path) => `${path}: no problems found.`,
  spreadsheetNotMonitor: (path) =>
    `${path} looks like a spreadsheet (CSV or workbook), not a monitor file. Convert it first: wijkmonitor converteer ${path} --koppeling koppeling.json --uit monitor.json`,
  mappingNotMonitor: (path) =>
    `This looks like a mapping file (it has "invoer"), not a monitor or profile file. A mapping file goes with converteer: wijkmonitor converteer cijfers.csv --koppeling ${path} --uit monitor.json. Then check monitor.json.`,
  problemCount: (errors, warnings) =>
    `${formatCount(errors, 'en')} ${errors === 1 ? 'error' : 'errors'} and ${formatCount(warnings, 'en')} ${warnings === 1 ? 'warning' : 'warnings'} found.`,
  checksSkipped:
    'The checks of duplicate names, consistency between jaren and the value range were skipped, because they need a file without errors. Fix the errors and run valideer again; warnings may then appear.',
  converted: (path, gebieden, jaren, results) => `${path}: ${gebieden} gebieden, jaren ${jaren}, ${results} results.`,
  skippedCount: (skipped) => `${formatCount(skipped, 'en')} ${skipped === 1 ? 'row or value' : 'rows or values'} skipped; see above.`,
  warningCount: (count) => `${formatCount(count, 'en')} ${count === 1 ? 'warning' : 'warnings'} about the data; see above.`,
  filteredCount: (filtered) =>
    `${formatCount(filtered, 'en')} ${filtered === 1 ? 'row falls' : 'rows fall'} outside invoer.filter and ${filtered === 1 ? 'was' : 'were'} left out on purpose.`,
  notConverted: 'No monitor file was written. Fix the errors above and try again.',
  notConvertedStrict:
    'No monitor file was written, because --streng counts every skipped row or value and every warning as an error. Fix the warnings above, or leave out --streng. In total:',
  wrote: (path) => `Wrote ${path}`,
  pngNotInstalled:
    'Cannot render PNG: the module @resvg/resvg-js is not installed. Install it next to wijkmonitor with npm install @resvg/resvg-js, or use the svg command.',
  pngUnavailable: (detail) =>
    `Cannot render PNG: the module @resvg/resvg-js could not be loaded (${detail}). Reinstall it with npm install @resvg/resvg-js, or use the svg command.`,
  deelthemaMissingInJaar: (deelthema, jaar, others) =>
    `Deelthema "${deelthema}" has no value for any gebied in ${jaar}, but it does in ${others}. Is a column missing from the ${jaar} data?`,
  outsideDomain: ({ deelthema, gebied, jaar, value, edge, domain, kind }) =>
    `The value ${value} of deelthema "${deelthema}" for ${gebied} in ${jaar} lies far outside ` +
    (kind === null ? `waarden.domein ${domain}. ` : `${domain}, the default domain of waarden.soort "${kind}", because the file sets no waarden.domein. `) +
    `With straal="waarde" the profieltaart draws this deelthema to the edge of the ring, as if the value were ${edge}. ` +
    (kind === null
      ? 'Is the value right, or the domain?'
      : `If the value is wrong, correct it. If the values have another range, add ${kind === 'cijfer' ? '' : '"waarden": { "soort": "cijfer" } for marks from 1 to 10, or '}your own waarden.domein.`),
  moreOutsideDomain: (more) => `${formatCount(more, 'en')} more ${more === 1 ? 'value lies' : 'values lie'} far outside the domain of waarden.`,
  duplicateName: (naam, codes) =>
    `The name "${naam}" belongs to more than one gebied (${codes}). An element with gebied="${naam}" shows the first; use the code there.`,
  commaNumber: (value, pointExample) => {
    const { thousands, decimal } = commaReadings(value);
    const evidence =
      pointExample === null
        ? 'No other number written as text in this file has a decimal comma.'
        : `Other numbers written as text in this file have a decimal point, such as "${pointExample}".`;
    return (
      `"${value}" is read with the comma as decimal separator, so as ${decimal}, but it may mean ${thousands}, with the comma between thousands as English exports write it. ${evidence} ` +
      `If you mean ${thousands}, write ${thousands} without the comma. If you mean ${decimal}, write ${decimal} as a JSON number without quotes.`
    );
  },
  moreCommaNumbers: (more) =>
    `${formatCount(more, 'en')} more ${more === 1 ? 'number written as text' : 'numbers written as text'} may likewise mean thousands or decimals.`,
};

export const cliMessages: Record<Lang, CliMessages> = { nl, en };
