/**
 * Converter from RIVM/CBS StatLine CSV files to the wijkmonitor format. Pure TypeScript, so it runs in
 * the browser as well as in Node.
 */

export { buildMonitor, type ConversionSources, type EditionSource } from './build-monitor.js';
export { classify } from './classify.js';
export { parseEditionCsv, parseGebiedenCsv, type EditionTable, type GebiedRow } from './csv.js';
export {
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
