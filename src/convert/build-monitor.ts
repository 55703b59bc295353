/**
 * Assembles a `MonitorInput` from the gebieden list, one source CSV per jaar and a conversion mapping.
 * It is pure: it takes text, returns data and touches neither the file system nor the DOM.
 */

import type { GebiedInput, MonitorInput, ResultInput, ScoreInput, ThemaInput } from '../model/types.js';
import { parseEditionCsv, parseGebiedenCsv, type EditionTable, type GebiedRow } from './csv.js';
import { validateMapping, type ConversionMapping, type IndicatorMapping } from './mapping.js';
import {
  combineScores,
  computeIndicatorStatistics,
  scoreIndicator,
  toScoreInput,
  type IndicatorObservation,
  type IndicatorStatistics,
  type RawScore,
} from './score.js';

/** The CSV text of one edition, e.g. the RIVM 18+ file of 2020. */
export interface EditionSource {
  jaar: number;
  csv: string;
}

export interface ConversionSources {
  /** CSV text of the gebieden list (`code,naam,type,ouder,…`). */
  gebieden: string;
  /** One source per jaar, in any order; each edition's development is measured against the previous jaar. */
  edities: EditionSource[];
}

/** Statistics per indicator column of one edition. */
type EditionStatistics = Map<string, IndicatorStatistics>;

/**
 * Converts the sources into a monitor file. Results cover every selected gebied in every jaar,
 * ordered by jaar and then by the order of the gebieden list.
 *
 * Throws when the mapping is invalid, when no edition or a jaar twice is given, when a mapped column
 * is in no edition's header, or when an edition has no row for the gemeente.
 */
export function buildMonitor(sources: ConversionSources, mapping: ConversionMapping): MonitorInput {
  validateMapping(mapping);
  const gebieden = parseGebiedenCsv(sources.gebieden, mapping.invoer.indelingkolom);

  const editions = [...sources.edities].sort((a, b) => a.jaar - b.jaar);
  if (editions.length === 0) {
    throw new Error('No edition given; pass at least one source CSV with its jaar.');
  }
  for (let index = 1; index < editions.length; index++) {
    if (editions[index].jaar === editions[index - 1].jaar) {
      throw new Error(`Jaar ${editions[index].jaar} is given twice; pass one source CSV per jaar.`);
    }
  }

  const columns = mapping.themas.flatMap((thema) =>
    thema.deelthemas.flatMap((deelthema) => deelthema.indicatoren.map((indicator) => indicator.kolom)),
  );
  const tables = editions.map((edition) => parseEditionCsv(edition.csv, edition.jaar, mapping.invoer, columns));
  for (const column of columns) {
    if (!tables.some((table) => table.columns.includes(column))) {
      throw new Error(`Column ${column} of the mapping is in none of the source files; check its spelling against the header row.`);
    }
  }

  return buildMonitorFromTables(gebieden, tables, mapping);
}

/**
 * Scores parsed tables into a monitor file: the part of `buildMonitor` after reading the CSV text,
 * shared with converters of other source layouts. `tables` must be sorted by jaar, one per jaar, and
 * `gebieden` must contain exactly one gemeente.
 *
 * Throws when a table has no row for the gemeente.
 */
export function buildMonitorFromTables(gebieden: GebiedRow[], tables: EditionTable[], mapping: ConversionMapping): MonitorInput {
  const columns = mapping.themas.flatMap((thema) =>
    thema.deelthemas.flatMap((deelthema) => deelthema.indicatoren.map((indicator) => indicator.kolom)),
  );
  const gemeente = gebieden.find((gebied) => gebied.type === 'gemeente') as GebiedRow;
  const buurtCodes = gebieden.filter((gebied) => gebied.type === 'buurt').map((gebied) => gebied.code);
  for (const table of tables) {
    if (!table.rows.has(gemeente.code)) {
      throw new Error(`The ${table.jaar} file has no row for gemeente ${gemeente.code}, which every z-score needs as reference.`);
    }
  }

  const statistics = tables.map((table) => {
    const perColumn: EditionStatistics = new Map();
    for (const column of columns) {
      perColumn.set(column, computeIndicatorStatistics(table, column, gemeente.code, buurtCodes));
    }
    return perColumn;
  });

  const resultaten: ResultInput[] = [];
  tables.forEach((table, index) => {
    const previous = index > 0 ? { table: tables[index - 1], statistics: statistics[index - 1] } : null;
    for (const gebied of gebieden) {
      resultaten.push(buildResult(gebied.code, { table, statistics: statistics[index] }, previous, mapping));
    }
  });

  return {
    formaat: 'wijkmonitor/1',
    titel: mapping.titel,
    bron: mapping.bron,
    waarden: mapping.waarden,
    gebieden: gebieden.map(toGebiedInput),
    themas: mapping.themas.map(toThemaInput),
    schalen: mapping.schalen,
    resultaten,
  };
}

interface EditionData {
  table: EditionTable;
  statistics: EditionStatistics;
}

function buildResult(code: string, current: EditionData, previous: EditionData | null, mapping: ConversionMapping): ResultInput {
  const hasPreviousEdition = previous !== null;
  const round = (score: RawScore): ScoreInput => toScoreInput(score, mapping.schalen, mapping.afronding.decimalen);
  const valueOf = (edition: EditionData, column: string): number | null => edition.table.rows.get(code)?.get(column) ?? null;
  const observe = (indicator: IndicatorMapping): IndicatorObservation => {
    const observation: IndicatorObservation = {
      richting: indicator.richting,
      value: valueOf(current, indicator.kolom),
      statistics: current.statistics.get(indicator.kolom) as IndicatorStatistics,
      previous: null,
    };
    if (previous !== null) {
      observation.previous = {
        value: valueOf(previous, indicator.kolom),
        statistics: previous.statistics.get(indicator.kolom) as IndicatorStatistics,
      };
    }
    return observation;
  };

  const themas: Record<string, ScoreInput> = {};
  const deelthemas: Record<string, ScoreInput> = {};
  const themaScores: RawScore[] = [];

  for (const thema of mapping.themas) {
    const deelthemaScores: RawScore[] = [];
    for (const deelthema of thema.deelthemas) {
      const indicatorScores = deelthema.indicatoren.map((indicator) => scoreIndicator(observe(indicator)));
      const deelthemaScore = combineScores(indicatorScores, hasPreviousEdition);
      deelthemas[deelthema.id] = round(deelthemaScore);
      deelthemaScores.push(deelthemaScore);
    }

    const themaScore = combineScores(deelthemaScores, hasPreviousEdition);
    themas[thema.id] = round(themaScore);
    themaScores.push(themaScore);
  }

  const totaal = round(combineScores(themaScores, hasPreviousEdition));
  return { gebied: code, jaar: current.table.jaar, totaal, themas, deelthemas };
}

function toGebiedInput(gebied: GebiedRow): GebiedInput {
  const output: GebiedInput = { code: gebied.code, naam: gebied.naam, type: gebied.type };
  if (gebied.ouder !== null) {
    output.ouder = gebied.ouder;
  }
  return output;
}

function toThemaInput(thema: ConversionMapping['themas'][number]): ThemaInput {
  return {
    id: thema.id,
    label: thema.label,
    deelthemas: thema.deelthemas.map(({ id, label, omschrijving }) =>
      omschrijving === undefined ? { id, label } : { id, label, omschrijving },
    ),
  };
}
