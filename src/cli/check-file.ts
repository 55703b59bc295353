/**
 * The checks of `wijkmonitor valideer`. `converteer` runs them too, on the monitor it is about to
 * write, so that a file that `converteer --streng` writes passes `valideer --streng`.
 */

import { validate } from '../model/validate.js';
import type { Monitor, Problem } from '../model/types.js';
import { checkCommaNumbers } from './comma-numbers.js';
import { checkConsistency, checkDomain, checkDuplicateNames } from './consistency.js';

/**
 * Validates parsed JSON and adds the checks across gebieden and jaren. `monitor` is null when a
 * problem is an error. The checks that need a monitor are then skipped, but the check of comma
 * numbers reads the JSON itself, so it runs on a file with errors too.
 */
export function checkMonitorFile(json: unknown): { monitor: Monitor | null; problems: Problem[] } {
  const { monitor, problems } = validate(json);
  const checked = monitor === null ? [] : [...checkDuplicateNames(monitor), ...checkConsistency(monitor), ...checkDomain(monitor, json)];
  return { monitor, problems: [...problems, ...checkCommaNumbers(json), ...checked] };
}
