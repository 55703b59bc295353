import type { MonitorInput, Problem, ProfileInput, ValidationResult } from '../../src/model/types.js';

/** Fetches a JSON fixture that the test server serves from the repository root. */
async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`Fetching ${path} failed with HTTP ${response.status}.`);
  }
  return (await response.json()) as T;
}

/** Loads a fresh copy of the small monitor, safe to change in a test. */
export function loadMonitorInput(): Promise<MonitorInput> {
  return fetchJson<MonitorInput>('/test/fixtures/monitor-small.json');
}

export function loadProfileInput(name: 'profile-binnenstad-centrum' | 'profile-minimal'): Promise<ProfileInput> {
  return fetchJson<ProfileInput>(`/test/fixtures/${name}.json`);
}

export function loadSchema(): Promise<Record<string, unknown>> {
  return fetchJson<Record<string, unknown>>('/schema/monitor.schema.json');
}

/** Returns the only problem with the code, or throws listing all problems so a failure explains itself. */
export function onlyProblem(result: ValidationResult, code: string): Problem {
  const matches = result.problems.filter((problem) => problem.code === code);
  if (matches.length !== 1) {
    const found = result.problems.map((problem) => `${problem.code} at ${problem.path}`).join('; ') || 'none';
    throw new Error(`Expected one problem "${code}", found ${matches.length}. All problems: ${found}`);
  }
  return matches[0];
}

/** Lets a test write invalid data into typed input. */
export function loosen<T>(value: T): Record<string, any> {
  return value as unknown as Record<string, any>;
}
