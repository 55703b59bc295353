/**
 * Entry point of validation: recognises the form of the input (monitor or profile), validates it and
 * normalises it to a `Monitor`.
 */

import { JsonPath } from './json-path.js';
import { ProblemList } from './problem-list.js';
import { hasKey, isObject } from './read.js';
import type { Monitor, ValidationResult } from './types.js';
import { MONITOR_FORMAAT, validateMonitor } from './validate-monitor.js';
import { validateProfile } from './validate-profile.js';

/** Keys that only a monitor has, to recognise a monitor that lacks `formaat`. */
const MONITOR_ONLY_KEYS = ['gebieden', 'resultaten'];

/**
 * Validates a monitor or profile and normalises it. Every problem is reported, up to 50 with a closing
 * count of the rest; `monitor` is null when any problem is an error.
 *
 * The form follows from the keys: an object with `formaat` is a monitor, and one with `themas` and
 * `gebied` but no `formaat` is a profile.
 */
export function validate(input: unknown): ValidationResult {
  const problems = new ProblemList();
  const monitor = validateInput(input, problems);
  return { monitor: problems.hasErrors ? null : monitor, problems: problems.toArray() };
}

function validateInput(input: unknown, problems: ProblemList): Monitor | null {
  const root = JsonPath.root;
  if (isEmpty(input)) {
    problems.report(root, 'input-empty', {});
    return null;
  }
  if (!isObject(input)) {
    problems.report(root, 'input-not-object', { value: input });
    return null;
  }

  if (hasKey(input, 'formaat')) {
    if (input.formaat !== MONITOR_FORMAAT) {
      problems.report(root.child('formaat'), 'formaat-unknown', { value: input.formaat });
      return null;
    }
    return validateMonitor(input, problems);
  }

  const hasThemas = hasKey(input, 'themas');
  const hasGebied = hasKey(input, 'gebied');
  if (hasThemas && hasGebied) {
    return validateProfile(input, problems);
  }

  // Near misses get a precise message about the one key that is missing.
  if (MONITOR_ONLY_KEYS.some((key) => hasKey(input, key))) {
    problems.report(root.child('formaat'), 'key-missing', { key: 'formaat', expected: 'string' });
  } else if (hasThemas) {
    problems.report(root.child('gebied'), 'key-missing', { key: 'gebied', expected: 'string' });
  } else if (hasGebied) {
    problems.report(root.child('themas'), 'key-missing', { key: 'themas', expected: 'array' });
  } else {
    problems.report(root, 'input-form-unknown', { keys: Object.keys(input) });
  }
  return null;
}

function isEmpty(input: unknown): boolean {
  if (input === undefined || input === null) {
    return true;
  }
  if (typeof input === 'string') {
    return input.trim() === '';
  }
  if (Array.isArray(input)) {
    return input.length === 0;
  }
  return isObject(input) && Object.keys(input).length === 0;
}
