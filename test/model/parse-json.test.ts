import { expect } from '@open-wc/testing';
import { findJsonSyntaxError } from '../../src/model/json-syntax.js';
import { parseJsonText, type ParseJsonResult } from '../../src/model/parse-json.js';
import type { Problem } from '../../src/model/types.js';

function problemOf(result: ParseJsonResult): Problem {
  if (result.ok) {
    throw new Error(`Expected a problem, but the text parsed to ${JSON.stringify(result.value)}.`);
  }
  return result.problem;
}

function valueOf(result: ParseJsonResult): unknown {
  if (!result.ok) {
    throw new Error(`Expected a value, but got the problem: ${result.problem.message.en}`);
  }
  return result.value;
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    const value = valueOf(parseJsonText('{"gebied": "Binnenstad centrum", "jaar": 2022}'));
    expect(value).to.deep.equal({ gebied: 'Binnenstad centrum', jaar: 2022 });
  });

  it('keeps curly quotes inside strings', () => {
    const value = valueOf(parseJsonText('{"naam": "’s-Hertogenbosch", "omschrijving": "“Prettig” wonen"}'));
    expect(value).to.deep.equal({ naam: '’s-Hertogenbosch', omschrijving: '“Prettig” wonen' });
  });

  it('skips a byte order mark', () => {
    const value = valueOf(parseJsonText('\uFEFF{"jaar": 2022}'));
    expect(value).to.deep.equal({ jaar: 2022 });
  });

  for (const text of ['', '   ', '\n\t\n', '\uFEFF', '\uFEFF \n', '\u00A0']) {
    it(`reports ${JSON.stringify(text)} as empty`, () => {
      const problem = problemOf(parseJsonText(text));
      expect(problem.code).to.equal('json-empty');
      expect(problem.severity).to.equal('error');
    });
  }

  it('reports a missing comma with position', () => {
    const problem = problemOf(parseJsonText('{\n  "gebied": "Binnenstad"\n  "jaar": 2022\n}'));
    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('Regel 3, kolom 3');
    expect(problem.message.en).to.contain('Line 3, column 3');
    expect(problem.message.nl).to.contain('"jaar": 2022');
  });

  it('reports an early end', () => {
    const problem = problemOf(parseJsonText('{\n  "gebied": "Binnenstad",\n  "jaar": 2022\n'));
    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('Regel 4, kolom 1');
    expect(problem.message.nl).to.contain('te vroeg');
  });

  it('reports text after the end', () => {
    const problem = problemOf(parseJsonText('{"jaar": 2022}}'));
    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('Regel 1, kolom 15');
    expect(problem.message.nl).to.contain('na het einde');
  });

  it('counts columns in characters', () => {
    const problem = problemOf(parseJsonText('{"naam": "🏠" 1}'));
    expect(problem.message.nl).to.contain('kolom 14');
  });

  it('reports curly quotes', () => {
    const problem = problemOf(parseJsonText('{“gebied”: “Binnenstad centrum”}'));
    expect(problem.code).to.equal('json-smart-quotes');
    expect(problem.message.nl).to.contain('Regel 1, kolom 2');
    expect(problem.message.nl).to.contain('Het CMS heeft de rechte aanhalingstekens');
    expect(problem.message.nl).to.contain('“');
  });

  it('reports one curly end quote', () => {
    const problem = problemOf(parseJsonText('{\n  "gebied": "Binnenstad”,\n  "jaar": 2022\n}'));
    expect(problem.code).to.equal('json-smart-quotes');
    expect(problem.message.nl).to.contain('Regel 2, kolom 24');
  });

  it('ignores curly quotes in a text', () => {
    const problem = problemOf(parseJsonText('{"omschrijving": "“Prettig” wonen" "jaar": 2022}'));
    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('kolom 36');
  });

  it('reports an unquoted key', () => {
    const problem = problemOf(parseJsonText('{\n  gebied: "Binnenstad centrum"\n}'));
    expect(problem.code).to.equal('json-unquoted-key');
    expect(problem.message.nl).to.contain('Regel 2, kolom 3');
    expect(problem.message.nl).to.contain('"gebied"');
    expect(problem.message.nl).to.contain('dubbele aanhalingstekens');
  });

  it('reports an unquoted text', () => {
    const problem = problemOf(parseJsonText('{"klasse": boven}'));
    expect(problem.code).to.equal('json-unquoted-text');
    expect(problem.message.nl).to.contain('kolom 12');
    expect(problem.message.nl).to.contain('"boven"');
  });

  it('reports single quotes', () => {
    const problem = problemOf(parseJsonText("{'gebied': 'Binnenstad'}"));
    expect(problem.code).to.equal('json-single-quotes');
    expect(problem.message.nl).to.contain('Regel 1, kolom 2');
  });

  it('reports a trailing comma in an object', () => {
    const problem = problemOf(parseJsonText('{"jaar": 2022,\n}'));
    expect(problem.code).to.equal('json-trailing-comma');
    expect(problem.message.nl).to.contain('Regel 1, kolom 14');
  });

  it('reports a trailing comma in a list', () => {
    const problem = problemOf(parseJsonText('{"domein": [-2, 2,]}'));
    expect(problem.code).to.equal('json-trailing-comma');
    expect(problem.message.nl).to.contain('kolom 18');
  });

  it('reports a non-breaking space', () => {
    const problem = problemOf(parseJsonText('{"jaar":\u00A02022}'));
    expect(problem.code).to.equal('json-invisible-space');
    expect(problem.message.nl).to.contain('U+00A0');
    expect(problem.message.nl).to.contain('kolom 9');
  });

  it('ignores a suspect after the error', () => {
    const problem = problemOf(parseJsonText('{"a": 1 "b": 2, c: 3}'));
    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('kolom 9');
  });

  it('reports a decimal comma', () => {
    const problem = problemOf(parseJsonText('{"waarde": 6,8}'));
    expect(problem.code).to.equal('json-decimal-comma');
    expect(problem.message.nl).to.contain('Regel 1, kolom 13');
    expect(problem.message.nl).to.contain('JSON gebruikt een punt als decimaalteken');
    expect(problem.message.nl).to.contain('Schrijf 6.8 in plaats van 6,8, of "6,8" tussen aanhalingstekens.');
    expect(problem.message.en).to.contain('Write 6.8 instead of 6,8, or "6,8" in quotes.');
  });

  it('reports a negative decimal comma', () => {
    const problem = problemOf(parseJsonText('{\n  "waarde": -0,45,\n  "klasse": "boven"\n}'));
    expect(problem.code).to.equal('json-decimal-comma');
    expect(problem.message.nl).to.contain('Regel 2, kolom 15');
    expect(problem.message.nl).to.contain('Schrijf -0.45 in plaats van -0,45');
  });

  it('accepts two numbers in a list', () => {
    expect(valueOf(parseJsonText('{"domein": [6,8]}'))).to.deep.equal({ domein: [6, 8] });
  });

  for (const text of ['{"jaar": 2022,2023}', '{"waarde": 6, 8}', '{"waarde": 6,8e}', '{"waarde": 1.5,3}', '{"a": 1 "b": 6,8}']) {
    it(`keeps the general message for ${JSON.stringify(text)}`, () => {
      expect(problemOf(parseJsonText(text)).code).to.equal('json-syntax');
    });
  }

  it('reports the path as root', () => {
    expect(problemOf(parseJsonText('{')).path).to.equal('$');
  });
});

describe('findJsonSyntaxError', () => {
  // Offsets in UTF-16 code units, as V8 names them in "at position N".
  const cases: [string, number, string][] = [
    ['{\n  "gebied": "Binnenstad"\n  "jaar": 2022\n}', 29, 'other'],
    ['{\n  "gebied": "Binnenstad",\n  "jaar": 2022\n', 43, 'unexpected-end'],
    ['{"jaar": 2022}}', 14, 'text-after-end'],
    ['{"naam": "🏠" 1}', 14, 'other'],
    ['{\n  "gebied": "Binnenstad”,\n  "jaar": 2022\n}', 27, 'other'],
    ['{"domein": [-2, 2,]}', 18, 'other'],
    ['{"jaar": 01}', 10, 'other'],
    ['{"jaar": 2022,}', 14, 'other'],
    ['{"a": "\\x"}', 8, 'other'],
    ['{"a": tru}', 9, 'other'],
    ['[1, 2', 5, 'unexpected-end'],
    ['{', 1, 'unexpected-end'],
  ];

  for (const [text, offset, detail] of cases) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      expect(findJsonSyntaxError(text)).to.deep.equal({ offset, detail });
    });
  }

  it('agrees with the engine where it names a position', function () {
    let compared = 0;
    for (const [text] of cases) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const position = /at position (\d+)/.exec(message);
      if (position === null) continue;
      expect(findJsonSyntaxError(text)!.offset, text).to.equal(Number(position[1]));
      compared++;
    }
    // JavaScriptCore names no position at all.
    if (compared === 0) this.skip();
  });

  it('accepts valid JSON', () => {
    const text = '{"a": [1, -2.5e+3, 0, true, false, null, "\\u00e9\\n", {}, []], "b": {"c": ""}}';
    expect(findJsonSyntaxError(text)).to.equal(null);
    expect(findJsonSyntaxError(' 6.8 ')).to.equal(null);
  });

  it('survives deep nesting', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).to.deep.equal({ offset: 200_000, detail: 'unexpected-end' });
  });
});

describe('parseJsonText: web pages', () => {
  const pages = [
    '<!doctype html><html><p>Niet gevonden</p></html>',
    '\n  <html lang="nl"><title>Inloggen</title></html>',
    '<?xml version="1.0"?><error/>',
  ];
  for (const text of pages) {
    it(`reports ${JSON.stringify(text.slice(0, 16))} as markup`, () => {
      const problem = problemOf(parseJsonText(text));

      expect(problem.code).to.equal('json-markup');
      expect(problem.message.nl).to.contain('geen JSON');
      expect(problem.message.nl).to.not.contain('komma');
      expect(problem.message.en).to.not.contain('comma');
    });
  }

  it('names the line of the first character', () => {
    const problem = problemOf(parseJsonText('\n\n<html></html>'));
    expect(problem.message.nl).to.match(/^Regel 3, kolom 1: /);
  });

  it('keeps the comma advice for JSON text', () => {
    const problem = problemOf(parseJsonText('{"code": "A" "naam": "x"}'));

    expect(problem.code).to.equal('json-syntax');
    expect(problem.message.nl).to.contain('komma');
  });
});
