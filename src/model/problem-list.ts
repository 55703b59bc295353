/**
 * Collects the problems of one validation run, keeping the report short enough to read.
 */

import type { JsonPath } from './json-path.js';
import { problemMessage, severityOf, type ProblemCode, type ProblemParams } from './problems.js';
import type { Problem } from './types.js';

/** Most problems shown; beyond this one closing problem counts the rest. */
export const MAX_PROBLEMS = 50;

/** Builds one problem with its severity and message. */
export function createProblem<C extends ProblemCode>(path: JsonPath | string, code: C, params: ProblemParams[C]): Problem {
  return { severity: severityOf(code), path: String(path), code, message: problemMessage(code, params) };
}

/** Numbers of errors and warnings in a report, including those left out of it. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/** A problem that stands for others left out of the report, with their counts. */
export interface SummaryProblem extends Problem {
  omitted: ProblemCounts;
}

/** The closing `problems-truncated` problem, with the counts of the problems it replaces. */
export interface TruncatedProblem extends SummaryProblem {
  code: 'problems-truncated';
}

function isSummaryProblem(problem: Problem): problem is SummaryProblem {
  return typeof (problem as Partial<SummaryProblem>).omitted === 'object';
}

/**
 * Counts the errors and warnings of a report. A `problems-truncated` problem counts as the problems
 * it replaces, not as one, so 50 shown errors and 196 left out count as 246 errors.
 */
export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0 };
  for (const problem of problems) {
    if (isSummaryProblem(problem)) {
      counts.errors += problem.omitted.errors;
      counts.warnings += problem.omitted.warnings;
    } else if (problem.severity === 'error') {
      counts.errors++;
    } else {
      counts.warnings++;
    }
  }
  return counts;
}

export class ProblemList {
  private readonly errors: Problem[] = [];
  private readonly warnings: Problem[] = [];
  private omittedErrors = 0;
  private omittedWarnings = 0;
  /** JSON paths that have a problem, shown or counted. */
  private readonly reportedPaths = new Set<string>();

  /** True when any error was reported, including errors beyond the shown maximum. */
  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /**
   * Records a problem. `params` may be a function, so that costly parameters such as a "did you mean"
   * suggestion are computed only for problems that will be shown.
   *
   * Each JSON path gets one problem, the first reported. A later problem at the same path follows
   * from the first, such as a missing key that a reader then also finds to be no text.
   */
  report<C extends ProblemCode>(path: JsonPath, code: C, params: ProblemParams[C] | (() => ProblemParams[C])): void {
    const pathText = path.toString();
    if (this.reportedPaths.has(pathText)) {
      return;
    }
    this.reportedPaths.add(pathText);

    const isError = severityOf(code) === 'error';
    const list = isError ? this.errors : this.warnings;

    // Beyond the maximum only counts are kept, so that a monitor with the same mistake in every one
    // of 30,000 results costs no message building.
    if (list.length >= MAX_PROBLEMS) {
      if (isError) {
        this.omittedErrors++;
      } else {
        this.omittedWarnings++;
      }
      return;
    }

    const resolved = typeof params === 'function' ? params() : params;
    list.push(createProblem(pathText, code, resolved));
  }

  /**
   * Returns at most `MAX_PROBLEMS` problems, errors first because they block the chart, each group in
   * the order found, followed by a `problems-truncated` problem when any were left out. That problem
   * is a `TruncatedProblem`, so `countProblems` can count the problems it stands for.
   */
  toArray(): Problem[] {
    const shownErrors = this.errors;
    const shownWarnings = this.warnings.slice(0, Math.max(0, MAX_PROBLEMS - shownErrors.length));
    const omittedErrors = this.omittedErrors;
    const omittedWarnings = this.omittedWarnings + this.warnings.length - shownWarnings.length;

    const problems = [...shownErrors, ...shownWarnings];
    if (omittedErrors + omittedWarnings > 0) {
      const omitted: ProblemCounts = { errors: omittedErrors, warnings: omittedWarnings };
      const summary: TruncatedProblem = {
        ...createProblem('$', 'problems-truncated', omitted),
        code: 'problems-truncated',
        severity: omittedErrors > 0 ? 'error' : 'warning',
        omitted,
      };
      problems.push(summary);
    }
    return problems;
  }
}
