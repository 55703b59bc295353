import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validate } from '../../src/model/validate.js';
import { parseJsonText } from '../../src/model/parse-json.js';
import type { Monitor, Score } from '../../src/model/types.js';
import { hostileProfile, hostileValue, mutate, mutations } from './arbitraries.js';
import {
  ELEMENTS,
  countConsoleErrors,
  mount,
  nonFiniteAttributes,
  outcome,
  sampleProfile,
  trapUncaught,
  type DataElement,
} from './harness.js';

// Case counts: 10,100 generated inputs in total. On a 2-core machine the file takes roughly 20 s in
// Chromium (an estimate from runs on one development machine; WebKit and Firefox are slower).
const RUNS = {
  monitors: 3500,
  profiles: 3500,
  anything: 1200,
  jsonText: 1500,
  elementProfiles: 200,
  elementMonitors: 200,
};

let fixtureMonitor: unknown;
let fixtureText: string;

before(async () => {
  const response = await fetch('/test/fixtures/elements/binnenstad.json');
  fixtureText = await response.text();
  fixtureMonitor = JSON.parse(fixtureText);
});

/** Lists every non-finite number and invalid value setting in the model that a drawn chart relies on. */
function modelProblems(monitor: Monitor): string[] {
  const problems: string[] = [];
  const check = (where: string, score: Score) => {
    for (const [name, value] of [
      ['value', score.value],
      ['difference', score.difference],
    ] as const) {
      if (value !== null && !Number.isFinite(value)) problems.push(`${where}.${name} is ${value}`);
    }
  };
  for (const [jaar, byGebied] of monitor.results) {
    for (const [code, result] of byGebied) {
      check(`${jaar}/${code}/totaal`, result.totaal);
      for (const [id, score] of result.themas) check(`${jaar}/${code}/${id}`, score);
      for (const [id, score] of result.deelthemas) check(`${jaar}/${code}/${id}`, score);
    }
  }
  const [min, max] = monitor.values.domain;
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) problems.push(`domain is [${min}, ${max}]`);
  if (!Number.isInteger(monitor.values.decimals) || monitor.values.decimals < 0 || monitor.values.decimals > 20) {
    problems.push(`decimals is ${monitor.values.decimals}`);
  }
  return problems;
}

/** Checks the contract of `validate`: a model without non-finite numbers, or errors with JSON paths. */
function checkValidation(input: unknown): void {
  const result = validate(input);
  if (result.monitor) {
    expect(modelProblems(result.monitor)).to.deep.equal([]);
    return;
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors.length, 'a rejected input names at least one error').to.be.greaterThan(0);
  for (const problem of errors) {
    expect(problem.path).to.match(/^\$/);
    expect(problem.message.nl).to.be.a('string').and.not.equal('');
    expect(problem.message.en).to.be.a('string').and.not.equal('');
  }
}

describe('fuzzing', function () {
  this.timeout(180_000);

  it('passes an accessibility check', async () => {
    const element = await fixture<DataElement>(html`<profiel-taart .data=${sampleProfile()}></profiel-taart>`);
    await expect(element).to.be.accessible();
  });

  describe('validate', () => {
    it('handles mutated monitors', () => {
      fc.assert(
        fc.property(mutations, (edits) => checkValidation(mutate(fixtureMonitor, edits))),
        { numRuns: RUNS.monitors, seed: 7 },
      );
    });

    it('handles generated profiles', () => {
      fc.assert(fc.property(hostileProfile, (profile) => checkValidation(profile)), { numRuns: RUNS.profiles, seed: 11 });
    });

    it('handles any value at all', () => {
      fc.assert(fc.property(hostileValue, (value) => checkValidation(value)), { numRuns: RUNS.anything, seed: 13 });
    });
  });

  describe('parseJsonText', () => {
    it('handles damaged JSON text', () => {
      const damage = fc.array(
        fc.record({
          at: fc.nat(),
          cut: fc.nat({ max: 5 }),
          insert: fc.oneof(fc.constantFrom('', ',', '}', '"', '\u201C', '\u00A0', 'x', '\n'), fc.string({ maxLength: 3 })),
        }),
        { minLength: 1, maxLength: 3 },
      );
      fc.assert(
        fc.property(damage, (edits) => {
          let text = fixtureText;
          for (const edit of edits) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
          }
          const parsed = parseJsonText(text);
          if (parsed.ok) {
            checkValidation(parsed.value);
          } else {
            expect(parsed.problem.message.nl).to.not.equal('');
            expect(parsed.problem.message.en).to.not.equal('');
          }
        }),
        { numRuns: RUNS.jsonText, seed: 17 },
      );
    });
  });

  for (const { tag, attributes } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      let container: HTMLElement;
      let consoleErrors: ReturnType<typeof countConsoleErrors>;
      let uncaught: ReturnType<typeof trapUncaught>;

      beforeEach(async () => {
        container = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
        consoleErrors = countConsoleErrors();
        uncaught = trapUncaught();
      });

      afterEach(() => {
        consoleErrors.restore();
        uncaught.stop();
      });

      /** Renders one case and checks what a visitor and a developer would see. */
      async function renderCase(data: unknown, extra: Record<string, string>): Promise<void> {
        consoleErrors.reset();
        const element = await mount(tag, data, extra, container);
        try {
          const shown = outcome(element);
          expect(shown, 'a chart or a message').to.not.equal('nothing');
          expect(nonFiniteAttributes(element.shadowRoot!)).to.deep.equal([]);
          expect(consoleErrors.count(), `console errors for a ${shown}`).to.equal(shown === 'message' ? 1 : 0);
          expect(uncaught.errors).to.deep.equal([]);
        } finally {
          element.remove();
        }
      }

      const options = fc.record({
        straal: fc.constantFrom('vast', 'waarde'),
        weergave: fc.constantFrom('situatie', 'ontwikkeling'),
        width: fc.constantFrom('280px', '640px'),
      });

      it('draws or explains generated profiles', async () => {
        await fc.assert(
          fc.asyncProperty(hostileProfile, options, async (profile, { straal, weergave, width }) => {
            container.style.width = width;
            await renderCase(profile, { straal, weergave });
          }),
          { numRuns: RUNS.elementProfiles, seed: 19 },
        );
      });

      it('draws or explains mutated monitors', async () => {
        await fc.assert(
          fc.asyncProperty(mutations, options, async (edits, { straal, weergave, width }) => {
            container.style.width = width;
            await renderCase(mutate(fixtureMonitor, edits), { ...attributes, straal, weergave });
          }),
          { numRuns: RUNS.elementMonitors, seed: 23 },
        );
      });
    });
  }
});
