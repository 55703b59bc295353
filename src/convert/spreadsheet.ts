/**
 * Converts spreadsheet exports of a research department into a monitor file. Two layouts are read:
 * `breed` (one row per gebied and jaar, one column per indicator) and `lang` (one row per gebied,
 * jaar and indicator, with the indicator name and value in two columns). The scoring is the same as
 * for the RIVM files (see docs/scoring.md). Every row that is skipped is reported with its line.
 */

import { formatNumber } from '../i18n/format.js';
import type { GebiedType, MonitorInput, Text } from '../model/types.js';
import { validate } from '../model/validate.js';
import { buildMonitorFromTables } from './build-monitor.js';
import { DecimalSeparatorEvidence, readCellNumber, type DecimalSeparator } from './cell-number.js';
import type { EditionTable, GebiedRow } from './csv.js';
import { MappingError, validateMapping, type ConversionMapping } from './mapping.js';
import { findOtherSeparator, formatSeparators, suggestColumn, type Sheet } from './sheet.js';

/** Columns of the spreadsheet that the converter reads. Keys are Dutch, like the rest of the mapping file. */
export interface SpreadsheetColumns {
  /** `breed` (default): one column per indicator. `lang`: an indicator column and a value column. */
  vorm?: 'breed' | 'lang';
  /** Column with the gebied code, e.g. `gebiedcode` or `Codering_3`. */
  sleutelkolom: string;
  /** Column with the jaar; its first four digits count, so `2020` and `2020JJ00` both work. */
  periodekolom?: string;
  /** Rows are used only when every listed column has the listed value. */
  filter?: Record<string, string>;
  /** Long layout: the column with the indicator name that `indicatoren[].kolom` refers to. */
  indicatorkolom?: string;
  /** Long layout: the column with the value. */
  waardekolom?: string;
  /** Columns with the naam, type and ouder of each gebied, when the data itself lists the gebieden. */
  naamkolom?: string;
  typekolom?: string;
  ouderkolom?: string;
  /** Column of a separate gebieden list that must be `ja` for a gebied to be included. */
  indelingkolom?: string;
  /**
   * Cell texts that mean "no figure", compared without regard to case. By default these are `.`,
   * `-`, `x`, `?` and `n.b.`. An empty cell always means "no figure".
   */
  ontbrekend?: string[];
  /**
   * Decimal separator of the number cells. With `","` a dot groups thousands, and with `"."` a comma
   * does. Without it both are read, and `1.234` or `1,234` takes the decimal separator that the other
   * cells of its column or file show. When they show both, the cell is rejected as ambiguous. When
   * they show none, `1,234` is read as 1.234 with a warning and `1.234` is rejected.
   */
  decimaalteken?: DecimalSeparator;
}

export interface SpreadsheetMapping extends Omit<ConversionMapping, 'invoer'> {
  invoer: SpreadsheetColumns;
}

/** A problem in the input, with its place. `line` is null for a problem of a whole file. */
export interface ConversionNotice {
  file: string;
  line: number | null;
  /** Stable identifier, e.g. `number-invalid` or `row-duplicate`. */
  code: string;
  message: Text;
}

export interface SpreadsheetInput {
  sheets: Sheet[];
  /** A separate gebieden list (`code`, `naam`, `type`, `ouder`); needed unless the data has `naamkolom` and `typekolom`. */
  gebieden?: Sheet | null;
  /** Jaar of each sheet, in the same order, for data without `periodekolom`. */
  jaren?: number[];
}

export interface SpreadsheetResult {
  /** The monitor, or null when an error blocks the conversion. */
  monitor: MonitorInput | null;
  /** Problems that stop the conversion. */
  errors: ConversionNotice[];
  /** Rows and cells that were skipped; the monitor is built without them. */
  skipped: ConversionNotice[];
  /** Gaps in the data that skip nothing but may be mistakes, such as a gebied without a row in one jaar. */
  warnings: ConversionNotice[];
  /** Rows left out on purpose by `invoer.filter`, which are counted but not listed. */
  filtered: number;
}

const DEFAULT_MISSING = ['.', '-', 'x', '?', 'n.b.'];
const GEBIED_TYPES: readonly GebiedType[] = ['gemeente', 'wijk', 'dorp', 'buurt'];

function notice(file: string, line: number | null, code: string, nl: string, en: string): ConversionNotice {
  return { file, line, code, message: { nl, en } };
}

/** Reads the jaar from the first four digits of a cell, or returns null. */
function readJaar(cell: string): number | null {
  const match = /^(\d{4})/.exec(cell.trim());
  if (match === null) {
    return null;
  }
  const jaar = Number(match[1]);
  return jaar >= 1900 && jaar <= 2100 ? jaar : null;
}

/**
 * Converts the sheets. Errors that make the output meaningless (a missing column, an empty file, no
 * gemeente) leave `monitor` null. Invalid rows and cells are skipped and listed.
 */
export function convertSpreadsheet(input: SpreadsheetInput, mapping: SpreadsheetMapping): SpreadsheetResult {
  const result: SpreadsheetResult = { monitor: null, errors: [], skipped: [], warnings: [], filtered: 0 };
  if (!checkSetup(input, mapping, result)) {
    return result;
  }
  const columns = mapping.invoer;
  const layout = columns.vorm ?? 'breed';

  const indicatorColumns = mapping.themas.flatMap((thema) =>
    thema.deelthemas.flatMap((deelthema) => deelthema.indicatoren.map((indicator) => indicator.kolom)),
  );
  const missing = new Set(['', ...(columns.ontbrekend ?? DEFAULT_MISSING)].map((marker) => marker.trim().toLowerCase()));
  const gebiedenFromData = Boolean(columns.naamkolom && columns.typekolom);

  const listed = input.gebieden ? readGebiedenList(input.gebieden, columns.indelingkolom ?? null, result) : null;
  // A set, because every data row looks up its code. With a list of 25,000 gebieden searched per
  // row, a conversion of 50,000 rows took 1.7 to 2.1 times as long in two measurements.
  const listedCodes = listed === null ? null : new Set(listed.map((gebied) => gebied.code));
  const values = new Map<number, Map<string, Map<string, number | null>>>();
  const dataGebieden = new Map<string, { row: GebiedRow; file: string; line: number }>();
  const seen = new Map<string, { file: string; line: number }>();
  const foundIndicators = new Set<string>();
  // Header columns that nothing reads, where a renamed indicator column may be found.
  const unreadColumns = new Set<string>();

  input.sheets.forEach((sheet, sheetIndex) => {
    const required = [columns.sleutelkolom, ...Object.keys(columns.filter ?? {})];
    if (columns.periodekolom) required.push(columns.periodekolom);
    if (layout === 'lang') required.push(columns.indicatorkolom!, columns.waardekolom!);
    if (gebiedenFromData) required.push(columns.naamkolom!, columns.typekolom!);
    if (gebiedenFromData && columns.ouderkolom) required.push(columns.ouderkolom);
    if (!requireColumns(sheet, required, result)) {
      return;
    }

    const index = (column: string) => sheet.header.indexOf(column);
    const present = layout === 'breed' ? indicatorColumns.filter((column) => index(column) >= 0) : [];
    present.forEach((column) => foundIndicators.add(column));
    const knownIndicators = new Set(indicatorColumns);
    const readColumns = new Set([...required, ...present]);
    sheet.header.filter((column) => !readColumns.has(column)).forEach((column) => unreadColumns.add(column));
    const trailingSeparators = sheet.rows.every(({ cells }) => hasEmptyExtraFields(cells, sheet.header));
    const evidence = new DecimalSeparatorEvidence();
    const ambiguousCells: AmbiguousCell[] = [];

    for (const { line, endLine, cells } of sheet.rows) {
      const cell = (column: string) => cells[index(column)] ?? '';
      const skip = (code: string, nl: string, en: string) => result.skipped.push(notice(sheet.name, line, code, nl, en));

      if (cells.length !== sheet.header.length && endLine !== undefined) {
        skip('row-length',
          `Regels ${line} tot en met ${endLine} overgeslagen. Het aanhalingsteken (") op regel ${line} wordt pas op regel ${endLine} of nooit gesloten, zodat deze regels samen één regel van ${cells.length} velden vormen in plaats van ${sheet.header.length}. Verwijder dat aanhalingsteken of sluit het op dezelfde regel.`,
          `Lines ${line} to ${endLine} skipped. The quote (") on line ${line} is closed only on line ${endLine} or never, so these lines form one row of ${cells.length} fields instead of ${sheet.header.length}. Remove that quote or close it on the same line.`);
        continue;
      }
      if (!fitsHeader(cells, sheet.header, readColumns, trailingSeparators)) {
        skip('row-length',
          `Regel overgeslagen: ${cells.length} velden, maar de kopregel heeft er ${sheet.header.length}. Controleer scheidingstekens en aanhalingstekens op deze regel.`,
          `Row skipped: ${cells.length} fields, but the header has ${sheet.header.length}. Check the separators and quotes on this line.`);
        continue;
      }
      if (!Object.entries(columns.filter ?? {}).every(([column, expected]) => cell(column) === expected)) {
        result.filtered++;
        continue;
      }

      const code = cell(columns.sleutelkolom);
      if (code === '') {
        skip('code-missing', `Regel overgeslagen: de gebiedscode in kolom "${columns.sleutelkolom}" is leeg.`,
          `Row skipped: the gebied code in column "${columns.sleutelkolom}" is empty.`);
        continue;
      }
      const jaar = columns.periodekolom ? readJaar(cell(columns.periodekolom)) : input.jaren![sheetIndex];
      if (jaar === null) {
        const text = cell(columns.periodekolom!);
        skip('jaar-invalid', `Regel overgeslagen: "${text}" in kolom "${columns.periodekolom}" is geen jaartal zoals 2020.`,
          `Row skipped: "${text}" in column "${columns.periodekolom}" is not a year such as 2020.`);
        continue;
      }
      if (listedCodes !== null && !listedCodes.has(code)) {
        skip('gebied-unknown', `Regel overgeslagen: gebied "${code}" staat niet in de gebiedenlijst.`,
          `Row skipped: gebied "${code}" is not in the gebieden list.`);
        continue;
      }

      let indicators: [string, string][];
      if (layout === 'breed') {
        const key = `${code}|${jaar}`;
        const first = seen.get(key);
        if (first !== undefined) {
          skip('row-duplicate', `Regel overgeslagen: gebied ${code} in ${jaar} staat al op regel ${first.line} van ${first.file}.`,
            `Row skipped: gebied ${code} in ${jaar} is already on line ${first.line} of ${first.file}.`);
          continue;
        }
        seen.set(key, { file: sheet.name, line });
        indicators = present.map((column) => [column, cell(column)]);
      } else {
        const indicator = cell(columns.indicatorkolom!);
        if (!knownIndicators.has(indicator)) {
          skip('indicator-unknown', `Regel overgeslagen: indicator "${indicator}" komt niet voor in het koppelbestand.`,
            `Row skipped: indicator "${indicator}" is not in the mapping.`);
          continue;
        }
        const key = `${code}|${jaar}|${indicator}`;
        const first = seen.get(key);
        if (first !== undefined) {
          skip('row-duplicate', `Regel overgeslagen: indicator "${indicator}" van gebied ${code} in ${jaar} staat al op regel ${first.line} van ${first.file}.`,
            `Row skipped: indicator "${indicator}" of gebied ${code} in ${jaar} is already on line ${first.line} of ${first.file}.`);
          continue;
        }
        seen.set(key, { file: sheet.name, line });
        foundIndicators.add(indicator);
        indicators = [[indicator, cell(columns.waardekolom!)]];
      }

      if (gebiedenFromData && !dataGebieden.has(code)) {
        dataGebieden.set(code, { row: readDataGebied(code, cell, columns), file: sheet.name, line });
      }

      const byGebied = values.get(jaar) ?? new Map<string, Map<string, number | null>>();
      values.set(jaar, byGebied);
      const rowValues = byGebied.get(code) ?? new Map<string, number | null>();
      byGebied.set(code, rowValues);

      for (const [indicator, text] of indicators) {
        const column = layout === 'breed' ? indicator : columns.waardekolom!;
        const columnText = column === indicator ? `"${column}"` : `"${column}" (${indicator})`;
        if (missing.has(text.toLowerCase())) {
          rowValues.set(indicator, null);
          continue;
        }
        const parsed = readCellNumber(text, columns.decimaalteken ?? null);
        if (parsed.ok && parsed.value !== null) {
          rowValues.set(indicator, parsed.value);
          if (parsed.decimalSeparator !== null) evidence.add(column, parsed.decimalSeparator);
          continue;
        }
        rowValues.set(indicator, null);
        if (!parsed.ok && parsed.reason === 'ambiguous') {
          // Listed now to keep the line order, and dropped after the last row when the other cells
          // of the column or file decide how to read it.
          const shownNl = parsed.fallback === null ? 'geen decimaalteken zien, of allebei' : 'beide decimaaltekens zien';
          const shownEn = parsed.fallback === null ? 'no decimal separator, or both' : 'both decimal separators';
          skip('number-ambiguous',
            `Waarde overgeslagen: "${text}" in kolom ${columnText} kan duizendtallen of decimalen betekenen. De andere getallen in deze kolom en dit bestand laten ${shownNl}. Zet in het koppelbestand invoer.decimaalteken op "," of ".".`,
            `Value skipped: "${text}" in column ${columnText} may mean thousands or decimals. The other numbers in this column and file show ${shownEn}. Set invoer.decimaalteken in the mapping to "," or ".".`);
          ambiguousCells.push({ notice: result.skipped.at(-1)!, rowValues, indicator, column, text, readings: parsed.readings, fallback: parsed.fallback });
          continue;
        }
        skip('number-invalid',
          `Waarde overgeslagen: "${text}" in kolom ${columnText} is geen getal. Schrijf een getal zoals 12,5 of laat de cel leeg.`,
          `Value skipped: "${text}" in column ${columnText} is not a number. Write a number such as 12.5 or leave the cell empty.`);
      }
    }

    readAmbiguousCells(ambiguousCells, evidence, result);
  });

  if (result.errors.length > 0) {
    return result;
  }
  for (const indicator of indicatorColumns) {
    if (!foundIndicators.has(indicator)) {
      const where = layout === 'breed' ? 'als kolom in' : `in kolom "${columns.indicatorkolom}" van`;
      const whereEn = layout === 'breed' ? 'as a column in' : `in column "${columns.indicatorkolom}" of`;
      const renamed = layout === 'breed' ? suggestColumn(indicator, [...unreadColumns]) : null;
      result.errors.push(notice('', null, 'indicator-missing',
        `Indicator "${indicator}" uit het koppelbestand staat ${where} geen enkel invoerbestand. ${renamed === null ? 'Controleer de spelling.' : `Bedoelt u kolom "${renamed}"?`}`,
        `Indicator "${indicator}" of the mapping is ${whereEn} none of the input files. ${renamed === null ? 'Check the spelling.' : `Did you mean column "${renamed}"?`}`));
    }
  }
  if (values.size === 0) {
    result.errors.push(notice('', null, 'rows-missing', 'Geen enkele regel kon worden gebruikt; er is geen monitor gemaakt.',
      'No row could be used, so no monitor was made.'));
  }
  if (result.errors.length > 0) {
    return result;
  }

  const gebieden = listed ?? checkDataGebieden(dataGebieden, result);
  if (gebieden === null || result.errors.length > 0) {
    return result;
  }

  const gemeente = gebieden.find((gebied) => gebied.type === 'gemeente')!;
  const jaren = [...values.keys()].sort((a, b) => a - b);
  for (const jaar of jaren) {
    if (!values.get(jaar)!.has(gemeente.code)) {
      result.errors.push(notice('', null, 'gemeente-missing',
        `Er is geen regel voor gemeente ${gemeente.code} in ${jaar}. Elke score wordt met de gemeente vergeleken, dus die regel is nodig.`,
        `There is no row for gemeente ${gemeente.code} in ${jaar}. Every score is compared with the gemeente, so that row is required.`));
    }
  }
  if (result.errors.length > 0) {
    return result;
  }

  warnMissingRows(gebieden, jaren, values, result);

  const tables: EditionTable[] = jaren.map((jaar) => ({
    jaar,
    columns: [...foundIndicators],
    rows: values.get(jaar)!,
  }));
  const monitor = buildMonitorFromTables(gebieden, tables, mapping as unknown as ConversionMapping);
  if (checkMonitor(monitor, result)) {
    result.monitor = monitor;
  }
  return result;
}

/** A cell such as `1.234` or `1,234`, kept until every cell of its file has been read. */
interface AmbiguousCell {
  notice: ConversionNotice;
  rowValues: Map<string, number | null>;
  indicator: string;
  column: string;
  text: string;
  readings: Record<DecimalSeparator, number>;
  fallback: DecimalSeparator | null;
}

/**
 * Reads each ambiguous cell with the decimal separator that the rest of its column or file shows,
 * or with its fallback when they show none, and withdraws its `number-ambiguous` notice. The other
 * cells stay skipped. Cells read with the fallback get one warning per column.
 */
function readAmbiguousCells(cells: AmbiguousCell[], evidence: DecimalSeparatorEvidence, result: SpreadsheetResult): void {
  const read = new Set<ConversionNotice>();
  const readByFallback = new Map<string, AmbiguousCell[]>();
  for (const cell of cells) {
    const separator = evidence.resolve(cell.column, cell.fallback);
    if (separator === null) {
      continue;
    }
    cell.rowValues.set(cell.indicator, cell.readings[separator]);
    read.add(cell.notice);
    // Only a column and file that show no separator give null here, since a cell beside both stays skipped.
    if (evidence.resolve(cell.column, null) === null) {
      readByFallback.set(cell.column, [...(readByFallback.get(cell.column) ?? []), cell]);
    }
  }
  if (read.size > 0) {
    result.skipped = result.skipped.filter((notice) => !read.has(notice));
  }
  for (const columnCells of readByFallback.values()) {
    result.warnings.push(warnCommaDecimals(columnCells));
  }
}

/**
 * Warns that cells such as `1,234` in one column were read with a decimal comma, as 1.234, because
 * no other cell of their column or file shows a decimal separator. An English export means 1234.
 * The warning is placed at the first cell and counts the others.
 */
function warnCommaDecimals(cells: AmbiguousCell[]): ConversionNotice {
  const [first] = cells;
  const { file, line } = first.notice;
  const value = first.readings[','];
  // Shown without trailing zeros, so that "4,100" reads as 4,1 and differs visibly from the cell.
  const decimals = (String(value).split('.')[1] ?? '').length;
  const thousands = first.text.replace(',', '');
  const columnText = first.column === first.indicator ? `"${first.column}"` : `"${first.column}" (${first.indicator})`;
  const others = cells.length - 1;
  const othersNl = others === 0 ? '' : ` Zo ${others === 1 ? 'is nog 1 waarde' : `zijn nog ${formatNumber(others, 'nl', 0)} waarden`} in deze kolom gelezen.`;
  const othersEn = others === 0 ? '' : ` ${formatNumber(others, 'en', 0)} more ${others === 1 ? 'value' : 'values'} in this column ${others === 1 ? 'was' : 'were'} read the same way.`;
  return notice(file, line, 'number-comma-ambiguous',
    `"${first.text}" in kolom ${columnText} is gelezen als ${formatNumber(value, 'nl', decimals)}, met de komma als decimaalteken, en niet als ${thousands}, want geen ander getal in deze kolom of dit bestand laat een decimaalteken zien. In een Engelse export betekent het ${thousands}.${othersNl} Bedoelt u ${thousands}, zet dan in het koppelbestand invoer.decimaalteken op "."; zet het op "," als de komma wel het decimaalteken is.`,
    `"${first.text}" in column ${columnText} was read as ${formatNumber(value, 'en', decimals)}, with the comma as decimal separator, not as ${thousands}, because no other number in this column or file shows a decimal separator. In an English export it means ${thousands}.${othersEn} If you mean ${thousands}, set invoer.decimaalteken in the mapping to "."; set it to "," if the comma is the decimal separator.`);
}

/**
 * Warns about each gebied that has no row in some of the jaren: its profieltaart shows "geen
 * gegevens" there, and the scores of the other gebieden are computed without it. A code that
 * differs from another only in case is named, because codes are compared exactly.
 */
function warnMissingRows(
  gebieden: GebiedRow[],
  jaren: number[],
  values: Map<number, Map<string, Map<string, number | null>>>,
  result: SpreadsheetResult,
): void {
  const codesByUpperCase = new Map<string, string[]>();
  for (const { code } of gebieden) {
    codesByUpperCase.set(code.toUpperCase(), [...(codesByUpperCase.get(code.toUpperCase()) ?? []), code]);
  }

  for (const gebied of gebieden) {
    const absent = jaren.filter((jaar) => !values.get(jaar)!.has(gebied.code));
    if (absent.length === 0) {
      continue;
    }

    const present = jaren.filter((jaar) => !absent.includes(jaar));
    const otherCase = codesByUpperCase.get(gebied.code.toUpperCase())!.find((code) => code !== gebied.code);
    const presentNl = present.length === 0 ? 'in geen enkel jaar' : `wel in ${present.join(', ')}`;
    const presentEn = present.length === 0 ? 'in no jaar at all' : `but does in ${present.join(', ')}`;
    const caseNl = otherCase ? ` Let op: gebied ${otherCase} verschilt alleen in hoofdletters; codes moeten precies gelijk zijn.` : '';
    const caseEn = otherCase ? ` Note: gebied ${otherCase} differs only in case; codes must match exactly.` : '';
    result.warnings.push(notice('', null, 'gebied-missing-in-jaar',
      `Gebied ${gebied.code} (${gebied.naam}) heeft geen regel in ${absent.join(', ')}, ${presentNl}. De profieltaart toont daar "geen gegevens". Ontbreekt er een regel in de invoer?${caseNl}`,
      `Gebied ${gebied.code} (${gebied.naam}) has no row in ${absent.join(', ')}, ${presentEn}. Its profieltaart shows "no data" there. Is a row missing from the input?${caseEn}`));
  }
}

/**
 * Validates the built monitor as `wijkmonitor valideer` and the elements would, so that a mapping
 * without themas, or with a thema without deelthema's, stops the conversion instead of writing a
 * file that no chart can read. Keys whose value is undefined are left out, as writing the file
 * leaves them out. A mapping read from JSON has no undefined values, so only the top-level keys that
 * copy keys the mapping may lack (`titel`, `bron`, `waarden`) can be undefined, and a shallow copy is
 * enough.
 *
 * NOTE: a mapping built in code with an undefined value deeper down is validated with that key
 * present, although the written file lacks it.
 */
function checkMonitor(monitor: MonitorInput, result: SpreadsheetResult): boolean {
  const written = Object.fromEntries(Object.entries(monitor).filter(([, value]) => value !== undefined));
  const { problems } = validate(written);
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const problem of errors) {
    result.errors.push(notice('', null, 'monitor-invalid',
      `Het koppelbestand levert een ongeldig monitorbestand op, bij ${problem.path}: ${problem.message.nl}`,
      `The mapping gives an invalid monitor file, at ${problem.path}: ${problem.message.en}`));
  }
  return errors.length === 0;
}

/** Checks the mapping and the options that go with it; reports the first problem and returns false. */
function checkSetup(input: SpreadsheetInput, mapping: SpreadsheetMapping, result: SpreadsheetResult): boolean {
  const invalid = (nl: string, en: string) => {
    result.errors.push(notice('', null, 'mapping-invalid', `Het koppelbestand is ongeldig: ${nl}`, `Invalid mapping: ${en}`));
    return false;
  };
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    return invalid('het moet een JSON-object { … } zijn.', 'it must be a JSON object { … }.');
  }
  if (typeof mapping.invoer !== 'object' || mapping.invoer === null || !Array.isArray(mapping.themas)) {
    return invalid('"invoer" (een object) en "themas" (een lijst) zijn verplicht.', '"invoer" (an object) and "themas" (a list) are required.');
  }

  const columns = mapping.invoer;
  const layout = columns.vorm ?? 'breed';
  const gebiedenFromData = Boolean(columns.naamkolom && columns.typekolom);

  try {
    validateMapping({ ...mapping, invoer: { ...columns, indelingkolom: columns.indelingkolom ?? '-' } } as ConversionMapping);
  } catch (error) {
    if (!(error instanceof MappingError)) {
      throw error;
    }
    return invalid(error.text.nl, error.text.en);
  }
  if (layout !== 'breed' && layout !== 'lang') {
    return invalid(`"vorm" is "${layout}"; kies "breed" of "lang".`, `"vorm" is "${layout}"; choose "breed" or "lang".`);
  }
  if (columns.ontbrekend !== undefined && !(Array.isArray(columns.ontbrekend) && columns.ontbrekend.every((marker) => typeof marker === 'string'))) {
    return invalid(
      `"ontbrekend" is ${JSON.stringify(columns.ontbrekend)}; schrijf een lijst van teksten, zoals ["n.b.", "-"].`,
      `"ontbrekend" is ${JSON.stringify(columns.ontbrekend)}; write a list of texts, such as ["n.b.", "-"].`,
    );
  }
  const filter: unknown = columns.filter;
  if (filter !== undefined && !(isPlainObject(filter) && Object.values(filter).every((value) => typeof value === 'string'))) {
    return invalid(
      `"filter" is ${JSON.stringify(filter)}; schrijf een object met kolom en waarde, zoals { "Leeftijd": "20300" }.`,
      `"filter" is ${JSON.stringify(filter)}; write an object of column and value, such as { "Leeftijd": "20300" }.`,
    );
  }
  if (columns.decimaalteken !== undefined && columns.decimaalteken !== ',' && columns.decimaalteken !== '.') {
    return invalid(`"decimaalteken" is "${columns.decimaalteken}"; kies "," of ".".`, `"decimaalteken" is "${columns.decimaalteken}"; choose "," or ".".`);
  }
  if (layout === 'lang' && (!columns.indicatorkolom || !columns.waardekolom)) {
    return invalid(
      'bij "vorm": "lang" zijn invoer.indicatorkolom en invoer.waardekolom verplicht.',
      'with "vorm": "lang", invoer.indicatorkolom and invoer.waardekolom are required.',
    );
  }
  if (!columns.periodekolom && (input.jaren?.length ?? 0) !== input.sheets.length) {
    result.errors.push(
      notice('', null, 'jaar-missing',
        'Het koppelbestand heeft geen invoer.periodekolom; geef dan voor elk bestand het jaar op (--jaren 2016,2020).',
        'The mapping has no invoer.periodekolom; give the jaar of every file instead (--jaren 2016,2020).'),
    );
    return false;
  }

  if (!gebiedenFromData && !input.gebieden) {
    result.errors.push(
      notice('', null, 'gebieden-missing',
        'Er is geen gebiedenlijst. Geef er een op (--gebieden gebieden.csv), of noem in het koppelbestand invoer.naamkolom en invoer.typekolom.',
        'There is no gebieden list. Pass one (--gebieden gebieden.csv), or name invoer.naamkolom and invoer.typekolom in the mapping.'),
    );
    return false;
  }

  return true;
}

function hasEmptyExtraFields(cells: string[], header: string[]): boolean {
  return cells.length > header.length && cells.slice(header.length).every((cell) => cell === '');
}

/**
 * Tells whether a row lines up with the header. Extra fields are accepted only when every row of
 * the file ends in empty fields that the header lacks, as an export that ends each data row with a
 * separator writes them. A single such row more likely has a stray separator that shifts its values.
 * Missing fields must be in columns that the mapping does not read. Excel can leave out the
 * separators of empty cells at the end of some rows (StataCorp's FAQ "How Excel writes empty cells"
 * describes it). A row that lacks a column the mapping reads is rejected, since a lost separator
 * would shift its values too.
 */
function fitsHeader(cells: string[], header: string[], readColumns: Set<string>, trailingSeparators: boolean): boolean {
  if (cells.length > header.length) {
    return trailingSeparators;
  }
  return header.slice(cells.length).every((column) => !readColumns.has(column));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireColumns(sheet: Sheet, required: string[], result: SpreadsheetResult): boolean {
  const absent = required.filter((column) => !sheet.header.includes(column));
  if (absent.length === 0) {
    return true;
  }

  const fullHeader = sheet.header.join(sheet.separator === '\t' ? ' ⇥ ' : sheet.separator);
  const header = fullHeader.length > 100 ? `${fullHeader.slice(0, 99)}…` : fullHeader;
  const list = absent.map((column) => `"${column}"`).join(', ');
  const [hintNl, hintEn] = sheet.header.length === 1 ? separatorHints(sheet.header[0]) : renameHints(absent, sheet.header.filter((column) => !required.includes(column)));
  result.errors.push(notice(sheet.name, 1, 'column-missing',
    `${absent.length === 1 ? 'Kolom' : 'Kolommen'} ${list} ${absent.length === 1 ? 'ontbreekt' : 'ontbreken'} in de kopregel (${header}).${hintNl}`,
    `${absent.length === 1 ? 'Column' : 'Columns'} ${list} ${absent.length === 1 ? 'is' : 'are'} missing from the header (${header}).${hintEn}`));
  return false;
}

/** Explains a header of one column: it has none of the accepted separators, and maybe another one. */
function separatorHints(headerLine: string): [string, string] {
  const other = findOtherSeparator(headerLine);
  return [
    ` De kopregel heeft maar één kolom, want er staat geen ${formatSeparators('nl')} in${other === null ? '' : `, wel "${other}"`}. Sla het bestand op met een van die drie scheidingstekens.`,
    ` The header has a single column, because it contains no ${formatSeparators('en')}${other === null ? '' : `, but it does contain "${other}"`}. Save the file with one of those three separators.`,
  ];
}

/** Suggests a header column for each missing column that was probably renamed, such as `gezond` for `gezond_pct`. */
function renameHints(absent: string[], unused: string[]): [string, string] {
  const pairs = absent.flatMap((column) => {
    const renamed = suggestColumn(column, unused);
    return renamed === null ? [] : [{ column, renamed }];
  });
  return [
    pairs.map(({ column, renamed }) => ` Is "${renamed}" de kolom "${column}"?`).join(''),
    pairs.map(({ column, renamed }) => ` Is "${renamed}" the column "${column}"?`).join(''),
  ];
}

function readDataGebied(code: string, cell: (column: string) => string, columns: SpreadsheetColumns): GebiedRow {
  const parent = columns.ouderkolom ? cell(columns.ouderkolom) : '';
  return {
    code,
    naam: cell(columns.naamkolom!),
    type: cell(columns.typekolom!).toLowerCase() as GebiedType,
    ouder: parent === '' ? null : parent,
  };
}

/** Reads a gebieden list with the columns `code`, `naam`, `type` and `ouder`. */
function readGebiedenList(sheet: Sheet, indelingColumn: string | null, result: SpreadsheetResult): GebiedRow[] | null {
  const required = ['code', 'naam', 'type', 'ouder', ...(indelingColumn ? [indelingColumn] : [])];
  if (!requireColumns(sheet, required, result)) {
    return null;
  }

  const index = (column: string) => sheet.header.indexOf(column);
  const entries = new Map<string, { row: GebiedRow; file: string; line: number }>();
  for (const { line, cells } of sheet.rows) {
    if (indelingColumn && cells[index(indelingColumn)] !== 'ja') {
      continue;
    }
    const code = cells[index('code')] ?? '';
    const parent = cells[index('ouder')] ?? '';
    const row: GebiedRow = {
      code,
      naam: cells[index('naam')] ?? '',
      type: (cells[index('type')] ?? '').toLowerCase() as GebiedType,
      ouder: parent === '' ? null : parent,
    };
    const first = entries.get(code);
    if (first !== undefined) {
      result.errors.push(notice(sheet.name, line, 'gebied-duplicate',
        `Gebiedscode ${code} staat twee keer in de gebiedenlijst (ook op regel ${first.line}).`,
        `Gebied code ${code} occurs twice in the gebieden list (also on line ${first.line}).`));
      continue;
    }
    entries.set(code, { row, file: sheet.name, line });
  }
  return checkDataGebieden(entries, result);
}

/** Checks types, parents and the one gemeente of the gebieden, reporting each problem at its line. */
function checkDataGebieden(
  entries: Map<string, { row: GebiedRow; file: string; line: number }>,
  result: SpreadsheetResult,
): GebiedRow[] | null {
  const errorsBefore = result.errors.length;
  for (const { row, file, line } of entries.values()) {
    if (!GEBIED_TYPES.includes(row.type)) {
      result.errors.push(notice(file, line, 'type-invalid',
        `Gebied ${row.code} heeft type "${row.type}"; kies gemeente, wijk, dorp of buurt.`,
        `Gebied ${row.code} has type "${row.type}"; choose gemeente, wijk, dorp or buurt.`));
    }
    if (row.ouder !== null && !entries.has(row.ouder)) {
      result.errors.push(notice(file, line, 'ouder-unknown',
        `Gebied ${row.code} heeft ouder ${row.ouder}, maar dat gebied staat niet in de gegevens.`,
        `Gebied ${row.code} has ouder ${row.ouder}, but that gebied is not in the data.`));
    }
  }

  const gemeenten = [...entries.values()].filter(({ row }) => row.type === 'gemeente');
  if (gemeenten.length !== 1) {
    result.errors.push(notice('', null, 'gemeente-count',
      `De gebieden moeten precies één gemeente bevatten, maar het zijn er ${gemeenten.length}. De gemeente is het vergelijkingspunt van elke score.`,
      `The gebieden must contain exactly one gemeente, but there are ${gemeenten.length}. The gemeente is the reference of every score.`));
  }
  return result.errors.length > errorsBefore ? null : [...entries.values()].map(({ row }) => row);
}
