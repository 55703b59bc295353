/**
 * The catalogue of problems that the validator and the JSON reader report. Every code is stable, so
 * tools may match on it. Each message states what is wrong, shows the value and names the fix, in
 * Dutch and English.
 */

import { describeKind, formatAlternatives, formatNumber, quote, showValue } from './format-value.js';
import type { Lang, ProblemSeverity, ScaleClass, Text } from './types.js';
import { formatNumber as formatDisplayNumber } from '../i18n/format.js';

/** Formats a count with thousands separators (`30.000` in Dutch), unlike values from the data. */
function formatCount(count: number, lang: Lang): string {
  return formatDisplayNumber(count, lang, 0);
}

/** The kind of value expected, for messages about a missing key or a wrong type. */
export type ExpectedKind = 'object' | 'array' | 'string' | 'text' | 'number' | 'integer';

const EXPECTED: Record<ExpectedKind, Text> = {
  object: { nl: 'een object { … }', en: 'an object { … }' },
  array: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
  string: { nl: 'een tekst tussen dubbele aanhalingstekens', en: 'a text in double quotes' },
  text: { nl: 'een tekst, of { "nl": …, "en": … }', en: 'a text, or { "nl": …, "en": … }' },
  number: { nl: 'een getal zoals 6,8, of null', en: 'a number such as 6.8, or null' },
  integer: { nl: 'een geheel getal', en: 'a whole number' },
};

/** Position of a syntax problem in JSON text, 1-based; null when it is not known. */
export interface TextPosition {
  line: number | null;
  column: number | null;
  /** The text around the position, shortened. */
  excerpt: string | null;
}

/** Parameters of each problem code. */
export interface ProblemParams {
  'input-empty': Record<string, never>;
  'input-not-object': { value: unknown };
  'input-form-unknown': { keys: string[] };
  'formaat-unknown': { value: unknown };
  'key-missing': { key: string; expected: ExpectedKind };
  'key-unknown': { key: string; suggestion: string | null; known: readonly string[] };
  'object-expected': { value: unknown };
  'array-expected': { value: unknown };
  'string-expected': { value: unknown };
  'string-empty': { key: string };
  'text-invalid': { value: unknown };
  'number-invalid': { value: unknown };
  'number-not-finite': { value: unknown };
  'number-ambiguous': { value: string };
  'value-not-allowed': { key: string; value: unknown; allowed: readonly string[] };
  'domein-invalid': { value: unknown };
  'decimalen-invalid': { value: unknown };
  'jaar-invalid': { value: unknown };
  'gebied-duplicate': { code: string; firstPath: string };
  'ouder-unknown': { code: string; ouder: string; suggestion: string | null };
  'ouder-cycle': { code: string; cycle: readonly string[] };
  'themas-empty': Record<string, never>;
  'thema-duplicate': { id: string; firstPath: string };
  'deelthema-duplicate': { id: string; firstPath: string };
  'deelthemas-empty': { thema: string };
  'scale-empty': { scale: string };
  'class-duplicate': { scale: string; id: string };
  'waardering-invalid': { value: unknown };
  'vanaf-order': { scale: string; id: string; from: number; previousId: string; previousFrom: number };
  'vanaf-missing': { scale: string; id: string };
  /** `suggestion` is the id of the closest class, or its label in each language, so that it matches the listed labels. */
  'klasse-unknown': { scale: string; value: string; classes: readonly ScaleClass[]; suggestion: Text | null };
  'klasse-outside-bounds': { scale: string; value: number; lowest: number };
  'klasse-missing': { count: number; firstPath: string };
  'result-gebied-unknown': { code: string; suggestion: string | null };
  'result-duplicate': { code: string; jaar: number; firstPath: string };
  'thema-unknown': { id: string; suggestion: string | null; ids: readonly string[] };
  'deelthema-unknown': { id: string; suggestion: string | null; ids: readonly string[] };
  'resultaten-empty': Record<string, never>;
  'problems-truncated': { errors: number; warnings: number };
  'json-empty': Record<string, never>;
  'json-syntax': TextPosition & { detail: 'unexpected-end' | 'text-after-end' | 'other' };
  'json-smart-quotes': TextPosition & { quote: string };
  'json-single-quotes': TextPosition;
  'json-unquoted-key': TextPosition & { key: string };
  'json-unquoted-text': TextPosition & { word: string };
  'json-trailing-comma': TextPosition;
  'json-decimal-comma': TextPosition & { number: string };
  'json-invisible-space': TextPosition & { codePoint: string };
  'json-markup': TextPosition;
}

export type ProblemCode = keyof ProblemParams;

/** Codes reported as warnings, for which the data is still used. Every other code is an error. */
const WARNING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'key-unknown',
  'klasse-outside-bounds',
  'klasse-missing',
  'resultaten-empty',
]);

/** Returns the severity that a problem code always has. */
export function severityOf(code: ProblemCode): ProblemSeverity {
  return WARNING_CODES.has(code) ? 'warning' : 'error';
}

/** Builds the Dutch and English message of a problem. */
export function problemMessage<C extends ProblemCode>(code: C, params: ProblemParams[C]): Text {
  const build = catalogue[code] as (params: ProblemParams[C]) => Text;
  return build(params);
}

/** Lists at most 12 ids, so that a message about a monitor with many deelthema's stays readable. */
function listIds(ids: readonly string[], lang: Lang): string {
  const listed = ids.slice(0, 12).map(quote);
  if (ids.length > listed.length) {
    listed.push(lang === 'nl' ? `… (${ids.length} in totaal)` : `… (${ids.length} in all)`);
  }
  return listed.join(', ');
}

function didYouMean(suggestion: string | null, lang: Lang): string {
  if (suggestion === null) {
    return '';
  }
  return lang === 'nl' ? ` Bedoelde u ${quote(suggestion)}?` : ` Did you mean ${quote(suggestion)}?`;
}

function at(position: TextPosition, lang: Lang): string {
  if (position.line === null || position.column === null) {
    return lang === 'nl' ? 'Positie onbekend: ' : 'Position unknown: ';
  }
  return lang === 'nl'
    ? `Regel ${position.line}, kolom ${position.column}: `
    : `Line ${position.line}, column ${position.column}: `;
}

function near(position: TextPosition, lang: Lang): string {
  if (position.excerpt === null) {
    return '';
  }
  return lang === 'nl' ? ` (bij: ${position.excerpt})` : ` (near: ${position.excerpt})`;
}

/** Writes `"-1.234"` both ways it can be read, for the message about an ambiguous number. */
function readingsOf(value: string): { signNl: string; signEn: string; withoutDot: string; withDot: string; withComma: string } {
  const [, sign, digits] = /^([+\-\u2212]?)(.*)$/s.exec(value.trim())!;
  const negative = sign === '-' || sign === '\u2212';
  return {
    signNl: negative ? '\u2212' : '',
    signEn: negative ? '-' : '',
    withoutDot: digits.replace('.', ''),
    withDot: digits,
    withComma: digits.replace('.', ','),
  };
}

const catalogue: { [C in ProblemCode]: (params: ProblemParams[C]) => Text } = {
  'input-empty': () => ({
    nl: 'Er zijn geen gegevens: de invoer is leeg. Geef een monitor (met "formaat": "wijkmonitor/1") of een profiel (met "gebied" en "themas").',
    en: 'There is no data: the input is empty. Provide a monitor (with "formaat": "wijkmonitor/1") or a profile (with "gebied" and "themas").',
  }),

  'input-not-object': ({ value }) => ({
    nl: `De gegevens moeten een JSON-object { … } zijn, maar dit is ${describeKind(value).nl}: ${showValue(value, 'nl')}. Zet een monitor of profiel tussen { en }.`,
    en: `The data must be a JSON object { … }, but this is ${describeKind(value).en}: ${showValue(value, 'en')}. Put a monitor or profile between { and }.`,
  }),

  'input-form-unknown': ({ keys }) => ({
    nl: `De gegevens zijn geen monitor en geen profiel (gevonden sleutels: ${listIds(keys, 'nl')}). Een monitor begint met "formaat": "wijkmonitor/1"; een profiel heeft "gebied" en "themas".`,
    en: `The data is neither a monitor nor a profile (keys found: ${listIds(keys, 'en')}). A monitor starts with "formaat": "wijkmonitor/1"; a profile has "gebied" and "themas".`,
  }),

  'formaat-unknown': ({ value }) => ({
    nl: `Het formaat ${showValue(value, 'nl')} wordt niet ondersteund. Schrijf "formaat": "wijkmonitor/1".`,
    en: `The formaat ${showValue(value, 'en')} is not supported. Write "formaat": "wijkmonitor/1".`,
  }),

  'key-missing': ({ key, expected }) => ({
    nl: `De verplichte sleutel ${quote(key)} ontbreekt. Voeg ${quote(key)} toe met ${EXPECTED[expected].nl}.`,
    en: `The required key ${quote(key)} is missing. Add ${quote(key)} with ${EXPECTED[expected].en}.`,
  }),

  'key-unknown': ({ key, suggestion, known }) => ({
    nl:
      `De sleutel ${quote(key)} is onbekend en wordt genegeerd.` +
      (suggestion === null ? ` Bekende sleutels hier: ${listIds(known, 'nl')}.` : didYouMean(suggestion, 'nl')),
    en:
      `The key ${quote(key)} is unknown and is ignored.` +
      (suggestion === null ? ` Known keys here: ${listIds(known, 'en')}.` : didYouMean(suggestion, 'en')),
  }),

  'object-expected': ({ value }) => ({
    nl: `Hier hoort ${EXPECTED.object.nl}, maar hier staat ${describeKind(value).nl}: ${showValue(value, 'nl')}.`,
    en: `Expected ${EXPECTED.object.en} here, but found ${describeKind(value).en}: ${showValue(value, 'en')}.`,
  }),

  'array-expected': ({ value }) => ({
    nl: `Hier hoort ${EXPECTED.array.nl}, maar hier staat ${describeKind(value).nl}: ${showValue(value, 'nl')}. Zet de items tussen [ en ].`,
    en: `Expected ${EXPECTED.array.en} here, but found ${describeKind(value).en}: ${showValue(value, 'en')}. Put the items between [ and ].`,
  }),

  'string-expected': ({ value }) => ({
    nl: `Hier hoort ${EXPECTED.string.nl}, maar hier staat ${describeKind(value).nl}: ${showValue(value, 'nl')}.`,
    en: `Expected ${EXPECTED.string.en} here, but found ${describeKind(value).en}: ${showValue(value, 'en')}.`,
  }),

  'string-empty': ({ key }) => ({
    nl: `${quote(key)} is leeg. Vul een tekst in.`,
    en: `${quote(key)} is empty. Fill in a text.`,
  }),

  'text-invalid': ({ value }) => ({
    nl: `Hier hoort een tekst, of { "nl": "…", "en": "…" } met minstens "nl", maar hier staat ${showValue(value, 'nl')}.`,
    en: `Expected a text, or { "nl": "…", "en": "…" } with at least "nl", but found ${showValue(value, 'en')}.`,
  }),

  'number-invalid': ({ value }) => ({
    nl: `${showValue(value, 'nl')} is geen geldig getal. Schrijf een getal zoals 6,8 of −0,4 (of 6.8), of null als de waarde ontbreekt.`,
    en: `${showValue(value, 'en')} is not a valid number. Write a number such as 6.8 or -0.4 (or "6,8"), or null if the value is missing.`,
  }),

  'number-not-finite': ({ value }) => ({
    nl: `${showValue(value, 'nl')} is geen eindig getal. Schrijf een gewoon getal, of null als de waarde ontbreekt.`,
    en: `${showValue(value, 'en')} is not a finite number. Write an ordinary number, or null if the value is missing.`,
  }),

  'number-ambiguous': ({ value }) => {
    const { signNl, signEn, withoutDot, withDot, withComma } = readingsOf(value);
    return {
      nl: `${quote(value)} is dubbelzinnig: bedoelt u ${signNl}${withoutDot} of ${signNl}${withComma}? Schrijf ${signNl}${withoutDot} zonder punt, of "${signNl}${withComma}" met een komma.`,
      en: `${quote(value)} is ambiguous: does it mean ${signEn}${withoutDot} or ${signEn}${withDot}? Write ${signEn}${withoutDot} without the dot, or ${signEn}${withDot} as a JSON number without quotes.`,
    };
  },

  'value-not-allowed': ({ key, value, allowed }) => ({
    nl: `${showValue(value, 'nl')} is geen geldige waarde voor ${quote(key)}. Kies ${formatAlternatives(allowed.map(quote), 'nl')}.`,
    en: `${showValue(value, 'en')} is not a valid value for ${quote(key)}. Choose ${formatAlternatives(allowed.map(quote), 'en')}.`,
  }),

  'domein-invalid': ({ value }) => ({
    nl: `"domein" moet twee getallen [min, max] zijn met min kleiner dan max, zoals [-2, 2], maar is ${showValue(value, 'nl')}.`,
    en: `"domein" must be two numbers [min, max] with min less than max, such as [-2, 2], but is ${showValue(value, 'en')}.`,
  }),

  'decimalen-invalid': ({ value }) => ({
    nl: `"decimalen" moet een geheel getal van 0 tot en met 6 zijn, maar is ${showValue(value, 'nl')}.`,
    en: `"decimalen" must be a whole number from 0 to 6, but is ${showValue(value, 'en')}.`,
  }),

  'jaar-invalid': ({ value }) => ({
    nl: `Het jaar ${showValue(value, 'nl')} is ongeldig. Schrijf een jaartal van 1900 tot en met 2100 als getal zonder aanhalingstekens, zoals 2022.`,
    en: `The jaar ${showValue(value, 'en')} is invalid. Write a year from 1900 to 2100 as a number without quotes, such as 2022.`,
  }),

  'gebied-duplicate': ({ code, firstPath }) => ({
    nl: `De gebiedscode ${quote(code)} komt meer dan één keer voor (eerst bij ${firstPath}). Geef elk gebied een eigen code.`,
    en: `The gebied code ${quote(code)} occurs more than once (first at ${firstPath}). Give every gebied its own code.`,
  }),

  'ouder-unknown': ({ code, ouder, suggestion }) => ({
    nl:
      `Het bovenliggende gebied ${quote(ouder)} van ${quote(code)} staat niet in "gebieden".` +
      (suggestion === null ? ' Controleer de code of voeg dat gebied toe.' : didYouMean(suggestion, 'nl')),
    en:
      `The parent gebied ${quote(ouder)} of ${quote(code)} is not in "gebieden".` +
      (suggestion === null ? ' Check the code or add that gebied.' : didYouMean(suggestion, 'en')),
  }),

  'ouder-cycle': ({ code, cycle }) => ({
    nl: `Gebied ${quote(code)} ligt via "ouder" binnen zichzelf: ${cycle.join(' → ')}. Laat "ouder" naar een groter gebied wijzen, zoals de wijk of de gemeente.`,
    en: `Gebied ${quote(code)} lies inside itself through "ouder": ${cycle.join(' → ')}. Make "ouder" point to a larger gebied, such as the wijk or the gemeente.`,
  }),

  'themas-empty': () => ({
    nl: 'Er zijn geen thema\'s, dus de profieltaart kan niets tekenen. Voeg in "themas" minstens één thema met deelthema\'s toe.',
    en: 'There are no themes, so the profieltaart cannot draw anything. Add at least one thema with deelthema\'s to "themas".',
  }),

  'thema-duplicate': ({ id, firstPath }) => ({
    nl: `Het thema-id ${quote(id)} komt meer dan één keer voor (eerst bij ${firstPath}). Geef elk thema een eigen id.`,
    en: `The thema id ${quote(id)} occurs more than once (first at ${firstPath}). Give every thema its own id.`,
  }),

  'deelthema-duplicate': ({ id, firstPath }) => ({
    nl: `Het deelthema-id ${quote(id)} komt meer dan één keer voor (eerst bij ${firstPath}). Geef elk deelthema een eigen id, ook als het onder een ander thema valt.`,
    en: `The deelthema id ${quote(id)} occurs more than once (first at ${firstPath}). Give every deelthema its own id, also under different themes.`,
  }),

  'deelthemas-empty': ({ thema }) => ({
    nl: `Thema ${quote(thema)} heeft geen deelthema's, dus de profieltaart kan het niet tekenen. Voeg minstens één deelthema toe in "deelthemas".`,
    en: `Thema ${quote(thema)} has no deelthema's, so the profieltaart cannot draw it. Add at least one deelthema to "deelthemas".`,
  }),

  'scale-empty': ({ scale }) => ({
    nl: `De schaal ${quote(scale)} heeft geen klassen. Voeg in "klassen" minstens één klasse toe, van best naar slechtst.`,
    en: `The scale ${quote(scale)} has no classes. Add at least one class to "klassen", from best to worst.`,
  }),

  'class-duplicate': ({ scale, id }) => ({
    nl: `De klasse-id ${quote(id)} komt meer dan één keer voor in schaal ${quote(scale)}. Geef elke klasse een eigen id.`,
    en: `The class id ${quote(id)} occurs more than once in scale ${quote(scale)}. Give every class its own id.`,
  }),

  'waardering-invalid': ({ value }) => ({
    nl: `De waardering ${showValue(value, 'nl')} is ongeldig. Gebruik een geheel getal van −3 (slechtst) tot en met 3 (best), zoals 1, 0 of −1.`,
    en: `The waardering ${showValue(value, 'en')} is invalid. Use a whole number from -3 (worst) to 3 (best), such as 1, 0 or -1.`,
  }),

  'vanaf-order': ({ scale, id, from, previousId, previousFrom }) => ({
    nl: `In schaal ${quote(scale)} ligt de grens van klasse ${quote(id)} (vanaf ${formatNumber(from, 'nl')}) niet onder die van ${quote(previousId)} (vanaf ${formatNumber(previousFrom, 'nl')}). Zet de klassen van best naar slechtst, met steeds lagere "vanaf".`,
    en: `In scale ${quote(scale)}, the bound of class ${quote(id)} (vanaf ${formatNumber(from, 'en')}) is not below that of ${quote(previousId)} (vanaf ${formatNumber(previousFrom, 'en')}). Order the classes from best to worst, with decreasing "vanaf".`,
  }),

  'vanaf-missing': ({ scale, id }) => ({
    nl: `In schaal ${quote(scale)} heeft klasse ${quote(id)} geen "vanaf", maar andere klassen wel. Alleen de laatste (slechtste) klasse mag zonder "vanaf"; geef deze klasse een ondergrens.`,
    en: `In scale ${quote(scale)}, class ${quote(id)} has no "vanaf", but other classes do. Only the last (worst) class may leave out "vanaf"; give this class a lower bound.`,
  }),

  // Web editors know the classes by their labels, so the message lists those and names the id as the other form.
  'klasse-unknown': ({ scale, value, classes, suggestion }) => ({
    nl: `De klasse ${quote(value)} bestaat niet in schaal ${quote(scale)}.${didYouMean(suggestion?.nl ?? null, 'nl')} Schrijf een van de klassen: ${formatAlternatives(classes.map((scaleClass) => quote(scaleClass.label.nl)), 'nl')}. De id van een klasse, zoals ${quote(classes[0].id)}, mag ook.`,
    en: `The class ${quote(value)} does not exist in scale ${quote(scale)}.${didYouMean(suggestion?.en ?? null, 'en')} Write one of the classes: ${formatAlternatives(classes.map((scaleClass) => quote(scaleClass.label.en)), 'en')}. The id of a class, such as ${quote(classes[0].id)}, works too.`,
  }),

  'klasse-outside-bounds': ({ scale, value, lowest }) => ({
    nl: `De waarde ${formatNumber(value, 'nl')} ligt onder de laagste grens (${formatNumber(lowest, 'nl')}) van schaal ${quote(scale)} en krijgt dus geen klasse. Laat "vanaf" weg bij de laatste klasse, of vul de klasse zelf in.`,
    en: `The value ${formatNumber(value, 'en')} is below the lowest bound (${formatNumber(lowest, 'en')}) of scale ${quote(scale)} and so gets no class. Leave out "vanaf" on the last class, or fill in the class yourself.`,
  }),

  'klasse-missing': ({ count, firstPath }) => ({
    nl: `Scores met een waarde maar zonder klasse: ${formatCount(count, 'nl')}, de eerste bij ${firstPath}. De taart toont ze als "geen gegevens". Vul bij elke score "klasse" in.`,
    en: `Scores with a value but no klasse: ${formatCount(count, 'en')}, the first at ${firstPath}. The chart shows them as no data. Fill in "klasse" on each score.`,
  }),

  'result-gebied-unknown': ({ code, suggestion }) => ({
    nl:
      `Er is een resultaat voor gebied ${quote(code)}, maar dat gebied staat niet in "gebieden".` +
      (suggestion === null ? ' Controleer de code of voeg het gebied toe.' : didYouMean(suggestion, 'nl')),
    en:
      `There is a result for gebied ${quote(code)}, but that gebied is not in "gebieden".` +
      (suggestion === null ? ' Check the code or add the gebied.' : didYouMean(suggestion, 'en')),
  }),

  'result-duplicate': ({ code, jaar, firstPath }) => ({
    nl: `Gebied ${quote(code)} heeft meer dan één resultaat voor ${jaar} (eerst bij ${firstPath}). Houd één resultaat per gebied en jaar.`,
    en: `Gebied ${quote(code)} has more than one result for ${jaar} (first at ${firstPath}). Keep one result per gebied and jaar.`,
  }),

  'thema-unknown': ({ id, suggestion, ids }) => ({
    nl: `Het thema ${quote(id)} bestaat niet in "themas".${didYouMean(suggestion, 'nl')} Bekende thema's: ${listIds(ids, 'nl')}.`,
    en: `The thema ${quote(id)} does not exist in "themas".${didYouMean(suggestion, 'en')} Known themes: ${listIds(ids, 'en')}.`,
  }),

  'deelthema-unknown': ({ id, suggestion, ids }) => ({
    nl: `Het deelthema ${quote(id)} bestaat niet in "themas".${didYouMean(suggestion, 'nl')} Bekende deelthema's: ${listIds(ids, 'nl')}.`,
    en: `The deelthema ${quote(id)} does not exist in "themas".${didYouMean(suggestion, 'en')} Known deelthema's: ${listIds(ids, 'en')}.`,
  }),

  'resultaten-empty': () => ({
    nl: 'Er zijn geen resultaten, dus er valt niets te tekenen. Voeg in "resultaten" een resultaat per gebied en jaar toe.',
    en: 'There are no results, so there is nothing to draw. Add a result per gebied and jaar to "resultaten".',
  }),

  'problems-truncated': ({ errors, warnings }) => ({
    nl: `Nog ${formatCount(errors, 'nl')} fout(en) en ${formatCount(warnings, 'nl')} waarschuwing(en) zijn niet getoond. Los eerst de problemen hierboven op en controleer daarna opnieuw.`,
    en: `${formatCount(errors, 'en')} more error(s) and ${formatCount(warnings, 'en')} more warning(s) are not shown. Fix the problems above first, then check again.`,
  }),

  'json-empty': () => ({
    nl: 'De JSON is leeg. Plak de gegevens tussen de tags, beginnend met { en eindigend met }.',
    en: 'The JSON is empty. Paste the data between the tags, starting with { and ending with }.',
  }),

  'json-syntax': (params) => {
    const explanation: Record<typeof params.detail, Text> = {
      'unexpected-end': {
        nl: 'de JSON houdt te vroeg op. Controleer of elke { een } heeft, elke [ een ] en elke tekst een sluitend ".',
        en: 'the JSON ends too early. Check that every { has a }, every [ a ] and every text a closing ".',
      },
      'text-after-end': {
        nl: 'na het einde van de JSON staat nog tekst. Verwijder die, of zet een komma tussen twee items in een lijst.',
        en: 'there is more text after the end of the JSON. Remove it, or put a comma between two items of a list.',
      },
      other: {
        nl: 'dit is geen geldige JSON. Controleer de komma\'s, aanhalingstekens en haakjes rond deze plek.',
        en: 'this is not valid JSON. Check the commas, quotes and brackets around this place.',
      },
    };
    return {
      nl: `${at(params, 'nl')}${explanation[params.detail].nl}${near(params, 'nl')}`,
      en: `${at(params, 'en')}${explanation[params.detail].en}${near(params, 'en')}`,
    };
  },

  'json-smart-quotes': (params) => ({
    nl: `${at(params, 'nl')}hier staat het gekrulde aanhalingsteken ${params.quote}. Het CMS heeft de rechte aanhalingstekens (") vervangen door gekrulde. Zet de slimme aanhalingstekens in de editor uit, of plak de JSON als platte tekst of in een codeblok.${near(params, 'nl')}`,
    en: `${at(params, 'en')}found the curly quote ${params.quote}. The CMS replaced the straight quotes (") with curly ones. Turn off smart quotes in the editor, or paste the JSON as plain text or in a code block.${near(params, 'en')}`,
  }),

  'json-single-quotes': (params) => ({
    nl: `${at(params, 'nl')}JSON kent geen enkele aanhalingstekens ('). Zet sleutels en teksten tussen dubbele aanhalingstekens (").${near(params, 'nl')}`,
    en: `${at(params, 'en')}JSON has no single quotes ('). Put keys and texts in double quotes (").${near(params, 'en')}`,
  }),

  'json-unquoted-key': (params) => ({
    nl: `${at(params, 'nl')}de sleutel ${params.key} staat niet tussen aanhalingstekens. In JSON moeten sleutels tussen dubbele aanhalingstekens staan: "${params.key}".${near(params, 'nl')}`,
    en: `${at(params, 'en')}the key ${params.key} is not in quotes. JSON keys need double quotes: "${params.key}".${near(params, 'en')}`,
  }),

  'json-unquoted-text': (params) => ({
    nl: `${at(params, 'nl')}de tekst ${params.word} staat niet tussen aanhalingstekens. Schrijf "${params.word}", of true, false of null als dat bedoeld is.${near(params, 'nl')}`,
    en: `${at(params, 'en')}the text ${params.word} is not in quotes. Write "${params.word}", or true, false or null if that is meant.${near(params, 'en')}`,
  }),

  'json-invisible-space': (params) => ({
    nl: `${at(params, 'nl')}hier staat een onzichtbaar teken (${params.codePoint}, zoals een harde spatie) buiten een tekst. Het CMS voegt die soms in; vervang het door een gewone spatie.${near(params, 'nl')}`,
    en: `${at(params, 'en')}found an invisible character (${params.codePoint}, such as a non-breaking space) outside a text. CMSs sometimes insert it; replace it with an ordinary space.${near(params, 'en')}`,
  }),

  'json-markup': (params) => ({
    nl: `${at(params, 'nl')}dit is HTML, zoals een webpagina, en geen JSON. Gebruik het JSON-bestand zelf.`,
    en: `${at(params, 'en')}this is HTML, such as a web page, not JSON. Use the JSON file itself.`,
  }),

  'json-decimal-comma': (params) => {
    const point = params.number.replace(',', '.');
    return {
      nl: `${at(params, 'nl')}JSON gebruikt een punt als decimaalteken. Schrijf ${point} in plaats van ${params.number}, of "${params.number}" tussen aanhalingstekens.${near(params, 'nl')}`,
      en: `${at(params, 'en')}JSON uses a point as the decimal separator. Write ${point} instead of ${params.number}, or "${params.number}" in quotes.${near(params, 'en')}`,
    };
  },

  'json-trailing-comma': (params) => ({
    nl: `${at(params, 'nl')}na het laatste item staat nog een komma. Verwijder de komma vóór } of ].${near(params, 'nl')}`,
    en: `${at(params, 'en')}there is a comma after the last item. Remove the comma before } or ].${near(params, 'en')}`,
  }),
};
