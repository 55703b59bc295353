/**
 * Converter from RIVM/CBS StatLine CSV files to the wijkmonitor format. Pure TypeScript, so it runs in
 * the browser as well as in Node.
 */

export { buildMonitor, buildMonitorFromTables, type ConversionSources, type EditionSource } from './build-monitor.js';
export { formatJson } from './format-json.js';
export { detectSeparator, parseSheet, SEPARATORS, type Separator, type Sheet } from './sheet.js';
export {
  convertSpreadsheet,
  type ConversionNotice,
  type SpreadsheetColumns,
  type SpreadsheetInput,
  type SpreadsheetMapping,
  type SpreadsheetResult,
} from './spreadsheet.js';
export { classify } from './classify.js';
export { parseEditionCsv, parseGebiedenCsv, type EditionTable, type GebiedRow } from './csv.js';
export {
  MappingError,
  validateMapping,
  type ConversionMapping,
  type DeelthemaMapping,
  type IndicatorMapping,
  type Richting,
  type SourceColumns,
  type ThemaMapping,
} from './mapping.js';
export { combineScores, scoreIndicator, toScoreInput, type MissingReason, type RawScore } from './score.js';
export { meanOfAvailable, roundHalfAwayFromZero, sampleStandardDeviation } from './statistics.js';
