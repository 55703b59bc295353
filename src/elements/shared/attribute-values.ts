import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../model/types.js';
import { CURLY_QUOTE, catalogs } from '../../i18n/catalog.js';
import { valueText } from '../../model/compare.js';
import { closestMatch } from '../../model/strings.js';
import { idsOf } from './linked-targets.js';

/** An attribute whose value is not one of the values the element accepts. */
export interface InvalidValue {
  attribute: string;
  value: string;
  /** The accepted values, the default first. */
  allowed: readonly string[];
  /** Label of the value shown instead, per language. */
  fallback: string | Record<Lang, string>;
}

/** A problem of the page around the element, such as an id used twice, with its text per language. */
export interface PageProblem {
  key: string;
  message: Record<Lang, string>;
  /** Console text, where it differs from the English message, which may translate a domain term. */
  log?: string;
}

type Problem = InvalidValue | PageProblem;

/** Values of `weergave`, the default first. */
export const WEERGAVEN = ['situatie', 'ontwikkeling'];

/** Keys of the invalid values that each element logged at its latest check. */
const logged = new WeakMap<Element, Set<string>>();

/**
 * Returns the name of `attribute` as the page wrote it: `data-gebied` for `gebied` when the element's
 * value came from that alias, which `DataAttributeAliases` copies onto the plain attribute.
 */
export function writtenName(host: Element, attribute: string): string {
  const alias = host.getAttribute(`data-${attribute}`);
  return alias !== null && alias === host.getAttribute(attribute) ? `data-${attribute}` : attribute;
}

/** Attributes that name the data, which a tag typed in a word processor gets in curly quotes. */
const DATA_ATTRIBUTES = ['src', 'gebied', 'gebieden', 'jaar', 'jaren'];

/**
 * Returns the attributes among `names` that `host` reads and whose value has curly quotes, such as
 * `jaar` on a `<profiel-taart>` but not `jaren`. Each comes as its name as the page wrote it and the
 * value that HTML read, so that one message names them all.
 */
export function curlyAttributes(host: Element, names: readonly string[] = DATA_ATTRIBUTES): [string, string][] {
  return names.flatMap((name): [string, string][] => {
    const value = host.getAttribute(name);
    return name in host && value !== null && CURLY_QUOTE.test(value) ? [[writtenName(host, name), value]] : [];
  });
}

/**
 * Returns the message and console text on a failed value of `names[0]`. When that value has curly
 * quotes, which explain the failure, the message on curly quotes replaces `problem`. When only other
 * `names` have them, that message follows `problem`, so that one round of fixes repairs the tag.
 */
export function withCurly<T extends { message: string; log: string }>(host: Element, lang: Lang, names: readonly string[], problem: T): T | { message: string; log: string } {
  const read = curlyAttributes(host, names);
  if (!read.length) return problem;
  const curly = { message: catalogs[lang].errors.curlyValues(read), log: catalogs.en.errors.curlyValues(read) };
  // The first name read is `names[0]` as the page wrote it, such as `data-jaar`, when its value has curly quotes.
  return read[0][0].endsWith(names[0]) ? curly : { message: `${problem.message} ${curly.message}`, log: `${problem.log} ${curly.log}` };
}

/**
 * Returns the ids of the elements in the root of `host` that it can link to and that are close to
 * those in `ids`, as suggestions for a typo. A `<gebied-kiezer>` links to a `<profiel-taart>` or a
 * `<buurt-vergelijk>`, a `<thema-legenda>` only to a `<profiel-taart>`.
 */
export function closeIds(host: Element, ids: readonly string[]): string[] {
  const root = host.getRootNode() as ParentNode;
  // An id that `for` names already links, so it is no suggestion.
  const named = idsOf(host.getAttribute('for'));
  const selector = host.localName === 'gebied-kiezer' ? 'profiel-taart[id],buurt-vergelijk[id]' : 'profiel-taart[id]';
  const candidates = [...root.querySelectorAll(selector)].map((element) => element.id).filter((id) => !named.includes(id));
  return [...new Set(ids.map((id) => closestMatch(id, candidates)).filter((id): id is string => id !== null))];
}

/**
 * Returns the problem with an enumerated attribute's value, or null when the value is absent, empty
 * or one of `allowed`. The element keeps working with `fallback`, which is the default by default.
 */
export function checkValue(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
  fallback: InvalidValue['fallback'] = allowed[0],
): InvalidValue | null {
  if (value === null || value === undefined) return null;
  const text = valueText(value);
  if (text === '' || allowed.includes(text)) return null;
  return { attribute, value: text, allowed, fallback };
}

/**
 * Returns the problem of ids in `for` that more than one element on the page has. The element links
 * to the first of them, which may not be the one the web editor meant.
 */
export function checkDuplicateIds(ids: readonly string[]): PageProblem | null {
  if (ids.length === 0) return null;
  return {
    key: `duplicate-id=${ids.join(' ')}`,
    message: { nl: catalogs.nl.duplicateId(ids), en: catalogs.en.duplicateId(ids) },
  };
}

/**
 * Returns the problem of ids in `for` that no element on the page has, while another id links, with
 * the ids of close wijkmonitor elements.
 */
export function checkMissingIds(host: Element, ids: readonly string[]): PageProblem | null {
  if (ids.length === 0) return null;
  const attribute = writtenName(host, 'for');
  const close = closeIds(host, ids);
  return {
    key: `missing-id=${ids.join(' ')}`,
    message: { nl: catalogs.nl.missingIds(ids, attribute, close), en: catalogs.en.missingIds(ids, attribute, close) },
  };
}

/** Elements that structure a page, which fallback content for visitors without JavaScript does not use. */
const PAGE_PARTS = 'nav,footer,form,main,article,aside';

/**
 * Elements whose text is not prose: pictures with their captions or titles, the fallback text of
 * media and frames, style sheets, and the markup or JSON in `<noscript>` and inline data.
 */
const NOT_PROSE = 'figure,svg,math,object,video,audio,canvas,iframe,noscript,style,script[type="application/json" i]';

/** Elements that a page has between its parts but a fallback does not: a rule, or a script such as analytics. */
const PAGE_MARKERS = 'hr,script:not([type="application/json" i])';

/** Visible text: anything but white space and the zero-width characters that editors leave behind. */
const VISIBLE_TEXT = /[^\s\u200B-\u200D\u2060\uFEFF]/;

/**
 * Returns whether `node` contains prose text or a page marker. It stops at the first one, because
 * the check runs at every render and a fallback may be a large table.
 */
function holdsProse(node: Node): boolean {
  if (node instanceof Text) return VISIBLE_TEXT.test(node.data);
  if (!(node instanceof Element) || node.matches(NOT_PROSE)) return false;
  if (node.matches(PAGE_MARKERS)) return true;
  for (const child of node.childNodes) {
    if (holdsProse(child)) return true;
  }
  return false;
}

/**
 * Returns whether content that followed an unclosed tag ended up inside `host`. The parser ends an
 * element without end tag only where its parent ends, so nothing follows such an element there.
 * A few blocks after an unclosed tag have the same DOM as fallback content in a closed one. So only
 * content that a fallback lacks counts: an element that structures a page, a heading after prose
 * text, a rule or a script, or three paragraphs with more than 400 characters together. A fallback
 * may thus open with an image, a linked picture, a figure, an SVG, a video or inline JSON before its
 * heading. The paragraphs count
 * only in an element with data of its own, because text in one without may be its JSON, which has
 * its own message.
 * NOTE: an unclosed tag before less content, such as one or two paragraphs, two tables, an image, a
 * figure or a frame and then a heading, or an element of another library, gets no note. Its DOM is
 * the same as that of a closed tag with fallback content, and a note under correct markup shows to
 * visitors too. The 400 characters are an estimate of the longest text of a fallback.
 */
function holdsFollowingContent(host: Element & { src?: unknown; data?: unknown }): boolean {
  if (host.nextSibling) return false;
  if (host.querySelector(`:scope > :is(${PAGE_PARTS})`)) return true;

  let hasProse = false;
  for (const node of host.childNodes) {
    if (hasProse && node instanceof Element && /^h\d$/.test(node.localName)) return true;
    hasProse ||= holdsProse(node);
  }

  const paragraphs = host.querySelectorAll(':scope > p');
  const text = [...paragraphs].map((paragraph) => paragraph.textContent).join('');
  return (!!host.src || host.data != null) && paragraphs.length > 2 && text.length > 400;
}

/**
 * Returns the problem of a tag that was not closed, or null. HTML ignores the `/` of
 * `<profiel-taart … />` and closes a tag without end tag only where its parent ends, so what
 * follows becomes the element's content, which it never shows. Another wijkmonitor tag inside, or
 * content that only a page has (see `holdsFollowingContent`), distinguish that from fallback content
 * that an editor put in the tag.
 */
function checkClosed(host: Element): PageProblem | null {
  if (!host.querySelector('profiel-taart,thema-legenda,buurt-vergelijk,gebied-kiezer') && !holdsFollowingContent(host)) return null;
  const tag = host.localName;
  return { key: 'unclosed', message: { nl: catalogs.nl.unclosedTag(tag), en: catalogs.en.unclosedTag(tag) } };
}

/** Returns whether `a` becomes `b` by swapping two adjacent letters, which edit distance counts as two edits. */
function swapsAdjacent(a: string, b: string): boolean {
  let i = 0;
  while (a[i] === b[i] && i < a.length) i++;
  return a.length === b.length && i < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Returns a problem for each attribute of `host` that the element does not read but whose name,
 * also after `data-`, is close to one it reads, such as `gebeid` for `gebied` or `data-scr` for
 * `data-src`. The names it reads are its `observedAttributes`. Global attributes such as `class`,
 * `title` or `aria-label` are far from all of them, as the tests check for each element. An
 * attribute without a value is skipped, because it is more likely a word of an unquoted value, such
 * as `haren` of `gebied=De Haren`, than a misspelled name.
 */
function checkUnknownAttributes(host: Element): PageProblem[] {
  const observed: readonly string[] = (host.constructor as { observedAttributes?: string[] }).observedAttributes ?? [];
  const known = observed.filter((name) => !name.startsWith('data-'));
  return [...host.attributes].flatMap(({ name, value }) => {
    const plain = name.replace(/^data-/, '');
    if (!value || observed.includes(name) || !/^[a-z-]+$/.test(plain)) return [];
    const close = closestMatch(plain, known) ?? known.find((candidate) => swapsAdjacent(plain, candidate));
    if (!close) return [];
    const suggestion = name.slice(0, name.length - plain.length) + close;
    return [{ key: `attribute=${name}`, message: { nl: catalogs.nl.unknownAttribute(name, suggestion), en: catalogs.en.unknownAttribute(name, suggestion) } }];
  });
}

/**
 * Returns the problem of the host's own `lang` in a language the element has no texts in, or null
 * for none, `nl` or `en`, also with a region such as `nl-BE`. The element then shows Dutch.
 */
export function checkLang(host: HTMLElement): PageProblem | null {
  const tag = valueText(host.lang ?? '').trim();
  if (tag === '' || /^(nl|en)(-|$)/i.test(tag)) return null;
  const attribute = writtenName(host, 'lang');
  return { key: `lang=${tag}`, message: { nl: catalogs.nl.unsupportedLang(tag, attribute), en: catalogs.en.unsupportedLang(tag, attribute) } };
}

/** True while the host shows the note on a tag that was not closed, which a change of its content may end. */
export function showsUnclosedNote(host: Element): boolean {
  return logged.get(host)?.has('unclosed') ?? false;
}

/** Describes a problem in `lang`, naming an attribute as the page wrote it, with or without `data-`. */
function describe(host: Element, problem: Problem, lang: Lang): string {
  if ('message' in problem) return problem.message[lang];
  const allowed = new Intl.ListFormat(lang, { type: 'disjunction' }).format(problem.allowed);
  const fallback = typeof problem.fallback === 'string' ? problem.fallback : problem.fallback[lang];
  return catalogs[lang].invalidValue(writtenName(host, problem.attribute), problem.value, allowed, fallback);
}

/**
 * Logs one console error for each invalid value that the element did not have at its previous check,
 * for a misspelled attribute name and for a tag that was not closed. Returns a short note on each for
 * the web editor, who has no console open. A value that is fixed and later broken again is logged
 * again.
 */
export function invalidValueNotes(host: Element, lang: Lang, checks: readonly (Problem | null)[]): TemplateResult | typeof nothing {
  const problems = [...checks, ...checkUnknownAttributes(host), checkClosed(host)].filter((check): check is Problem => check !== null);
  const previous = logged.get(host);
  const current = new Set<string>();
  for (const problem of problems) {
    const key = 'key' in problem ? problem.key : `${problem.attribute}=${problem.value}`;
    current.add(key);
    if (!previous?.has(key)) console.error(`<${host.localName}>: ${('log' in problem && problem.log) || describe(host, problem, 'en')}`, host);
  }
  logged.set(host, current);

  if (problems.length === 0) return nothing;
  return html`${problems.map((problem) => html`<p class="note" part="note">${describe(host, problem, lang)}</p>`)}`;
}

/** Styles of the notes on invalid attribute values: small secondary text under the element's content. */
export const noteStyles = css`
  .note {
    overflow-wrap: anywhere;
    margin: 0.5em 0 0;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--wbm-error-border-color, #b83d1c);
    font-size: 0.875em;
    color: var(--wbm-muted-text-color, #4a4a4a);
  }
`;
