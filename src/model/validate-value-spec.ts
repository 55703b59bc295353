/**
 * The `waarden` block: what kind of number the values are, the fixed value axis and the decimals shown.
 */

import { createDefaultValueSpec, DEFAULT_VALUE_KIND, type ValueKind } from './defaults.js';
import type { JsonPath } from './json-path.js';
import type { ProblemList } from './problem-list.js';
import { checkKeys, keySet, readObject } from './read.js';
import type { ValueSpec } from './types.js';

const VALUE_SPEC_KEYS = keySet(['soort', 'domein', 'decimalen']);
const VALUE_KINDS: readonly ValueKind[] = ['z-score', 'index', 'cijfer'];
const MAX_DECIMALS = 6;

/** Reads `waarden`; every part that is absent or invalid takes its default. */
export function readValueSpec(value: unknown, path: JsonPath, problems: ProblemList): ValueSpec {
  if (value === undefined || value === null) {
    return createDefaultValueSpec();
  }
  const input = readObject(value, path, problems);
  if (input === null) {
    return createDefaultValueSpec();
  }
  checkKeys(input, VALUE_SPEC_KEYS, path, problems);

  const kind = readKind(input.soort, path.child('soort'), problems);
  const spec = createDefaultValueSpec(kind);

  if (input.domein !== undefined) {
    spec.domain = readDomain(input.domein, path.child('domein'), problems) ?? spec.domain;
  }
  if (input.decimalen !== undefined) {
    spec.decimals = readDecimals(input.decimalen, path.child('decimalen'), problems) ?? spec.decimals;
  }
  return spec;
}

function readKind(value: unknown, path: JsonPath, problems: ProblemList): ValueKind {
  if (value === undefined) {
    return DEFAULT_VALUE_KIND;
  }
  if (VALUE_KINDS.includes(value as ValueKind)) {
    return value as ValueKind;
  }
  problems.report(path, 'value-not-allowed', { key: 'soort', value, allowed: VALUE_KINDS });
  return DEFAULT_VALUE_KIND;
}

function readDomain(value: unknown, path: JsonPath, problems: ProblemList): [number, number] | null {
  if (Array.isArray(value) && value.length === 2) {
    const [min, max] = value;
    if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min < max) {
      return [min, max];
    }
  }
  problems.report(path, 'domein-invalid', { value });
  return null;
}

function readDecimals(value: unknown, path: JsonPath, problems: ProblemList): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DECIMALS) {
    return value;
  }
  problems.report(path, 'decimalen-invalid', { value });
  return null;
}
