/**
 * Renders a profieltaart as a standalone SVG document: the same geometry, labels, trend markers,
 * default colours and patterns as `<profiel-taart>`, without a DOM, for PDF reports and for pages
 * that show the chart before or without JavaScript.
 */

import { CHART_COLORS, CLASS_COLORS, CLASS_COLOR_PROPERTIES } from '../elements/shared/palette.js';
import { ratingClass, ratingPattern } from '../elements/shared/classes.js';
import { trendMarkerPath, trendShape } from '../geometry/markers.js';
import { arcLength, fitText, layoutProfile, polar, textArcPath, type ProfileLayout, type Slice } from '../geometry/profile-layout.js';
import { catalogs, reasonText, type Catalog } from '../i18n/catalog.js';
import { formatNumber } from '../i18n/format.js';
import type { GebiedResult, Lang, Monitor, ScaleClass, Score, Weergave } from '../model/types.js';
import { countSummary } from './summary.js';
import { element, round, roundPath, textElement, type Attributes } from './svg-markup.js';
import { estimateTextWidth, wrapText, type Weight } from './text-width.js';

export interface ProfileSvgOptions {
  /** Width of the SVG in px; 640 by default. Below 520 px the deelthema names move to a list under the chart, as in the element. */
  width?: number;
  /** Language of every text; Dutch by default. */
  lang?: Lang;
  /** `situatie` (default) colours by class against the city average, `ontwikkeling` by development. */
  weergave?: Weergave;
  /** CSS font-family list; generic families only by default, so the file needs no font. */
  fontFamily?: string;
  /**
   * Prefix for the ids inside the SVG, so that several charts can sit in one HTML page. By default
   * it is made from the gebied code and jaar.
   */
  idPrefix?: string;
  /**
   * Writes each colour as `var(--wbm-…, #hex)` in a style attribute besides the plain fill, so a
   * page that themes the element with custom properties themes the inline SVG too.
   */
  cssVariables?: boolean;
}

export const DEFAULT_SVG_WIDTH = 640;
export const DEFAULT_FONT_FAMILY = 'Arial, Helvetica, "Liberation Sans", sans-serif';

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const LABEL_SIZE = 13;
const THEMA_SIZE = 12;
const CAPTION_SIZE = 11;
const VALUE_SIZE = 26;
const LEGEND_SIZE = 12;
const ROW_HEIGHT = 20;
const SWATCH = 13;

/** Texts of the static chart that the element does not show. */
const LEGEND_TEXT: Record<Lang, { colour: Record<Weergave, string>; marker: string }> = {
  nl: { colour: { situatie: 'Kleur: situatie', ontwikkeling: 'Kleur: ontwikkeling' }, marker: 'Teken: ontwikkeling' },
  en: { colour: { situatie: 'Colour: situation', ontwikkeling: 'Colour: development' }, marker: 'Marker: development' },
};

/** Everything one render needs, resolved from the options. */
interface RenderContext {
  monitor: Monitor;
  result: GebiedResult;
  lang: Lang;
  catalog: Catalog;
  weergave: Weergave;
  previousJaar: number | null;
  width: number;
  prefix: string;
  cssVariables: boolean;
}

/** A block of markup with the height it takes. */
interface Block {
  markup: string;
  height: number;
}

/**
 * Renders the profieltaart of `result` as an SVG document with `role="img"`, a `<title>`, and a
 * `<desc>` that lists every value in words. Every text from the data is escaped.
 */
export function renderProfileSvg(monitor: Monitor, result: GebiedResult, options: ProfileSvgOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const width = Math.max(120, Number.isFinite(options.width) ? Math.round(options.width as number) : DEFAULT_SVG_WIDTH);
  const earlier = monitor.jaren.filter((jaar) => jaar < result.jaar);
  const context: RenderContext = {
    monitor,
    result,
    lang,
    catalog: catalogs[lang],
    weergave: options.weergave === 'ontwikkeling' ? 'ontwikkeling' : 'situatie',
    previousJaar: earlier.length > 0 ? earlier[earlier.length - 1] : null,
    width,
    prefix: toIdPrefix(options.idPrefix ?? `wbm-${result.gebied.code}-${result.jaar}-`),
    cssVariables: options.cssVariables ?? false,
  };

  const layout = layoutProfile(
    monitor.themas.map((thema) => ({ id: thema.id, deelthemas: thema.deelthemas.map((deelthema) => deelthema.id) })),
    width,
  );

  const blocks = [
    renderHeader(context),
    renderChart(context, layout),
    layout.outerLabels ? null : renderKey(context),
    renderLegend(context),
    renderSource(context),
  ].filter((block): block is Block => block !== null && block.height > 0);

  let y = 0;
  let body = '';
  for (const block of blocks) {
    body += element('g', { transform: `translate(0,${round(y)})` }, block.markup);
    y += block.height;
  }
  const height = Math.ceil(y + 8);

  const titleId = `${context.prefix}title`;
  const descId = `${context.prefix}desc`;
  const root: Attributes = {
    xmlns: 'http://www.w3.org/2000/svg',
    'xmlns:xlink': 'http://www.w3.org/1999/xlink',
    class: 'wbm-profiel-taart-svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    lang,
    // Dutch and English run left to right, also where the SVG is inlined in a right-to-left page.
    direction: 'ltr',
    'font-family': options.fontFamily ?? DEFAULT_FONT_FAMILY,
  };

  const content =
    textElement('title', { id: titleId }, context.catalog.chartName(result.gebied.naam, result.jaar)) +
    textElement('desc', { id: descId }, describe(context)) +
    renderDefs(context) +
    element('rect', { width, height, fill: '#ffffff' }) +
    body;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('svg', root, content)}\n`;
}

/** Keeps the characters that are valid in an XML id and makes sure it starts with a letter. */
function toIdPrefix(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `wbm-${cleaned}`;
}

/** Returns the class that colours a score in the chosen weergave, or null for no data. */
function classOf(score: Score | undefined, weergave: Weergave): ScaleClass | null {
  if (!score) {
    return null;
  }
  if (weergave === 'ontwikkeling') {
    return score.ontwikkeling;
  }
  return score.value === null ? null : score.klasse;
}

/** Fill attributes for a colour with its theming custom property. */
function paint(context: RenderContext, kind: 'fill' | 'stroke', color: string, property: string | null): Attributes {
  if (!context.cssVariables || property === null) {
    return { [kind]: color };
  }
  return { [kind]: color, [`style:${kind}`]: `var(${property}, ${color})` };
}

function classFill(context: RenderContext, klasse: ScaleClass | null): Attributes {
  const name = ratingClass(klasse) as keyof typeof CLASS_COLORS;
  return paint(context, 'fill', CLASS_COLORS[name], CLASS_COLOR_PROPERTIES[name]);
}

function textFill(context: RenderContext, onClass: boolean): Attributes {
  return onClass
    ? paint(context, 'fill', CHART_COLORS.onClassText, '--wbm-on-class-text-color')
    : paint(context, 'fill', CHART_COLORS.text, '--wbm-text-color');
}

function measure(size: number, weight: Weight = 'regular'): (text: string) => number {
  return (text) => estimateTextWidth(text, size, weight);
}

function renderDefs(context: RenderContext): string {
  const { prefix } = context;
  const patternColor = paint(context, 'fill', CHART_COLORS.pattern, '--wbm-pattern-color');
  const patternStroke = paint(context, 'stroke', CHART_COLORS.pattern, '--wbm-pattern-color');
  const noDataStroke = paint(context, 'stroke', CHART_COLORS.noDataBorder, '--wbm-no-data-border-color');

  const dots = element(
    'pattern',
    { id: `${prefix}dots`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
    element('circle', { cx: 4, cy: 4, r: 1.4, ...patternColor, opacity: 0.55 }),
  );
  const hatch = element(
    'pattern',
    { id: `${prefix}hatch`, width: 7, height: 7, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    element('line', { x1: 0, y1: 0, x2: 0, y2: 7, ...patternStroke, 'stroke-width': 1.5, opacity: 0.55 }),
  );
  const noData = element(
    'pattern',
    { id: `${prefix}no-data`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' },
    element('line', { x1: 0, y1: 0, x2: 0, y2: 6, ...noDataStroke, 'stroke-width': 1, opacity: 0.6 }),
  );
  return element('defs', {}, dots + hatch + noData);
}

function renderHeader(context: RenderContext): Block {
  const { catalog, result, width } = context;
  const subtitle =
    context.weergave === 'situatie' ? catalog.weergave.situatie : catalog.weergave.ontwikkeling(context.previousJaar);
  const titleLines = wrapText(catalog.chartTitle(result.gebied.naam, result.jaar), width - 8, measure(TITLE_SIZE, 'bold'));
  const subtitleLines = wrapText(subtitle, width - 8, measure(SUBTITLE_SIZE));

  let markup = '';
  let y = 0;
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.3;
    markup += textElement('text', { x: 0, y, 'font-size': TITLE_SIZE, 'font-weight': 700, ...textFill(context, false) }, line);
  }
  for (const line of subtitleLines) {
    y += SUBTITLE_SIZE * 1.4;
    markup += textElement(
      'text',
      { x: 0, y, 'font-size': SUBTITLE_SIZE, ...paint(context, 'fill', CHART_COLORS.mutedText, '--wbm-muted-text-color') },
      line,
    );
  }
  return { markup, height: y + 8 };
}

function renderSlice(context: RenderContext, slice: Slice, klasse: ScaleClass | null): string {
  const path = roundPath(slice.path);
  const border = klasse
    ? { ...paint(context, 'stroke', CHART_COLORS.sliceBorder, '--wbm-slice-border-color'), 'stroke-width': 1.5 }
    : {
        ...paint(context, 'stroke', CHART_COLORS.noDataBorder, '--wbm-no-data-border-color'),
        'stroke-width': 1.5,
        'stroke-dasharray': '4 3',
      };
  const pattern = ratingPattern(klasse);

  let markup = element('path', { class: 'slice', 'data-id': slice.id, d: path, ...classFill(context, klasse), ...border });
  if (pattern !== null) {
    markup += element('path', { d: path, fill: `url(#${context.prefix}${pattern})` });
  }
  return markup;
}

function renderMarker(context: RenderContext, klasse: ScaleClass, x: number, y: number, size: number): string {
  const shape = trendShape(klasse.rating);
  return element('path', {
    class: 'marker',
    'data-trend': shape,
    transform: `translate(${round(x)},${round(y)})`,
    d: roundPath(trendMarkerPath(shape, size)),
    ...paint(context, 'fill', CHART_COLORS.marker, '--wbm-marker-color'),
    ...paint(context, 'stroke', CHART_COLORS.markerBorder, '--wbm-marker-border-color'),
    'stroke-width': 1.25,
  });
}

function renderChart(context: RenderContext, layout: ProfileLayout): Block {
  const { monitor, result, lang, prefix } = context;
  const themaNameRadius = (layout.radius.themaInner + layout.radius.themaOuter) / 2;
  const markerRadius = (layout.radius.deelthemaInner + layout.radius.deelthemaOuter) / 2;
  const markerSize = Math.max(10, Math.min(16, layout.radius.deelthemaOuter * 0.08));

  let markup = '';
  for (const slice of layout.themas) {
    const thema = monitor.themas[slice.themaIndex];
    const klasse = classOf(result.themas.get(thema.id), context.weergave);
    const arcId = `${prefix}thema-arc-${slice.order}`;
    const room = arcLength(slice.startAngle, slice.endAngle, themaNameRadius) - 10;
    const name = fitText(thema.label[lang], room, measure(THEMA_SIZE, 'bold'));
    const arcPath = element('path', { id: arcId, d: roundPath(textArcPath(slice.startAngle, slice.endAngle, themaNameRadius)), fill: 'none' });
    const label =
      name === ''
        ? ''
        : element(
            'text',
            { class: 'thema-name', 'font-size': THEMA_SIZE, 'font-weight': 700, 'dominant-baseline': 'central', ...textFill(context, klasse !== null) },
            textElement('textPath', { href: `#${arcId}`, 'xlink:href': `#${arcId}`, startOffset: '50%', 'text-anchor': 'middle' }, name),
          );
    markup += element('g', { 'data-thema': thema.id }, renderSlice(context, slice, klasse) + arcPath + label);
  }

  for (const slice of layout.deelthemas) {
    const score = result.deelthemas.get(slice.id);
    const klasse = classOf(score, context.weergave);
    const development = score?.ontwikkeling ?? null;
    let content = renderSlice(context, slice, klasse);
    if (development !== null && slice.endAngle - slice.startAngle > 0.08) {
      const [x, y] = polar((slice.startAngle + slice.endAngle) / 2, markerRadius);
      content += renderMarker(context, development, x, y, markerSize);
    }
    markup += element('g', { 'data-deelthema': slice.id }, content);
  }

  markup += renderTotal(context, layout);
  markup += renderOuterLabels(context, layout);

  const [cx, cy] = layout.center;
  return { markup: element('g', { transform: `translate(${round(cx)},${round(cy)})` }, markup), height: layout.height };
}

function renderTotal(context: RenderContext, layout: ProfileLayout): string {
  const { catalog, lang, monitor, result, weergave } = context;
  const radius = layout.radius.total;
  const klasse = classOf(result.totaal, weergave);
  const value = weergave === 'ontwikkeling' ? result.totaal.difference : result.totaal.value;
  const valueText = value === null ? catalog.noData : formatNumber(value, lang, monitor.values.decimals, weergave === 'ontwikkeling');
  const caption = klasse ? fitText(klasse.label[lang], radius * 1.7, measure(CAPTION_SIZE)) : '';
  const fill = textFill(context, klasse !== null);
  const border = klasse
    ? {}
    : { ...paint(context, 'stroke', CHART_COLORS.noDataBorder, '--wbm-no-data-border-color'), 'stroke-dasharray': '4 3' };

  return element(
    'g',
    { class: 'total', 'text-anchor': 'middle' },
    element('circle', { r: radius, ...classFill(context, klasse), ...border }) +
      textElement('text', { y: -radius * 0.42, 'font-size': CAPTION_SIZE, ...fill }, fitText(catalog.total, radius * 1.6, measure(CAPTION_SIZE))) +
      textElement(
        'text',
        value === null
          ? { y: 0, dy: '0.35em', 'font-size': CAPTION_SIZE, ...fill }
          : { class: 'total-value', y: 0, dy: '0.35em', 'font-size': VALUE_SIZE, 'font-weight': 700, ...fill },
        valueText,
      ) +
      textElement('text', { y: radius * 0.55, 'font-size': CAPTION_SIZE, ...fill }, caption),
  );
}

function renderOuterLabels(context: RenderContext, layout: ProfileLayout): string {
  const deelthemas = new Map(context.monitor.themas.flatMap((thema) => thema.deelthemas).map((deelthema) => [deelthema.id, deelthema]));
  let markup = '';

  for (const slot of layout.labels) {
    const deelthema = deelthemas.get(slot.id);
    if (!deelthema) {
      continue;
    }
    const text = fitText(deelthema.label[context.lang], slot.maxWidth, measure(LABEL_SIZE));
    const [x, y] = slot.position;
    const endX = x - slot.side * 4;
    const points = [slot.anchor, slot.elbow, [endX, y]].map(([px, py]) => `${round(px)},${round(py)}`).join(' ');

    markup += element('polyline', {
      points,
      fill: 'none',
      ...paint(context, 'stroke', CHART_COLORS.leader, '--wbm-leader-color'),
      'stroke-width': 1,
    });
    markup += textElement(
      'text',
      { class: 'label', x, y, dy: '0.35em', 'font-size': LABEL_SIZE, 'text-anchor': slot.side === 1 ? 'start' : 'end', ...textFill(context, false) },
      text,
    );
  }
  return markup;
}

/** Draws a swatch with the class colour and pattern, as in the chart. */
function renderSwatch(context: RenderContext, klasse: ScaleClass | null, x: number, y: number): string {
  const pattern = ratingPattern(klasse);
  const attributes: Attributes = { x, y, width: SWATCH, height: SWATCH, rx: 2 };
  const border = klasse
    ? paint(context, 'stroke', CHART_COLORS.text, '--wbm-swatch-border-color')
    : { ...paint(context, 'stroke', CHART_COLORS.noDataBorder, '--wbm-no-data-border-color'), 'stroke-dasharray': '3 2' };

  let markup = element('rect', { ...attributes, ...classFill(context, klasse), ...border, 'stroke-width': 1 });
  if (pattern !== null) {
    markup += element('rect', { ...attributes, fill: `url(#${context.prefix}${pattern})` });
  }
  return markup;
}

/** Lists the deelthema names under a narrow chart, grouped by thema, with colour and trend marker. */
function renderKey(context: RenderContext): Block {
  const { monitor, result, lang } = context;
  const labelWidth = context.width - SWATCH - 32;
  let markup = '';
  let y = 4;

  for (const thema of monitor.themas) {
    y += ROW_HEIGHT;
    markup += textElement(
      'text',
      { x: 0, y: y - 5, 'font-size': LABEL_SIZE, 'font-weight': 700, ...textFill(context, false) },
      fitText(thema.label[lang], context.width, measure(LABEL_SIZE, 'bold')),
    );

    for (const deelthema of thema.deelthemas) {
      y += ROW_HEIGHT;
      const score = result.deelthemas.get(deelthema.id);
      const klasse = classOf(score, context.weergave);
      const name = fitText(deelthema.label[lang], labelWidth, measure(LABEL_SIZE));
      markup += renderSwatch(context, klasse, 0, y - SWATCH - 3);
      markup += textElement('text', { x: SWATCH + 6, y: y - 5, 'font-size': LABEL_SIZE, ...textFill(context, false) }, name);
      if (score?.ontwikkeling) {
        const markerX = SWATCH + 6 + estimateTextWidth(name, LABEL_SIZE) + 10;
        markup += renderMarker(context, score.ontwikkeling, markerX, y - 9.5, 12);
      }
    }
  }
  return { markup: element('g', { class: 'key' }, markup), height: y + 8 };
}

/** Flows legend items over as many rows as the width needs. */
function renderLegend(context: RenderContext): Block {
  const { monitor, lang, result, weergave } = context;
  const text = LEGEND_TEXT[lang];
  const measureLegend = measure(LEGEND_SIZE);
  const measureHeading = measure(LEGEND_SIZE, 'bold');
  const gap = 14;
  let markup = '';
  let x = 0;
  let y = 4 + ROW_HEIGHT;

  const place = (itemWidth: number): [number, number] => {
    if (x > 0 && x + itemWidth > context.width) {
      x = 16;
      y += ROW_HEIGHT;
    }
    const position: [number, number] = [x, y];
    x += itemWidth + gap;
    return position;
  };
  const heading = (label: string) => {
    if (x > 0) {
      x = 0;
      y += ROW_HEIGHT + 4;
    }
    const [hx, hy] = place(measureHeading(label));
    markup += textElement('text', { x: hx, y: hy - 5, 'font-size': LEGEND_SIZE, 'font-weight': 700, ...textFill(context, false) }, label);
  };
  const item = (klasse: ScaleClass | null, label: string, marker: boolean) => {
    const [ix, iy] = place(SWATCH + 5 + measureLegend(label));
    markup += marker ? renderMarker(context, klasse as ScaleClass, ix + SWATCH / 2, iy - 9.5, 12) : renderSwatch(context, klasse, ix, iy - SWATCH - 3);
    markup += textElement('text', { x: ix + SWATCH + 5, y: iy - 5, 'font-size': LEGEND_SIZE, ...textFill(context, false) }, label);
  };

  heading(text.colour[weergave]);
  for (const klasse of monitor.scales[weergave].classes) {
    item(klasse, klasse.label[lang], false);
  }
  item(null, context.catalog.noData, false);

  const hasDevelopment = [...result.deelthemas.values()].some((score) => score.ontwikkeling !== null);
  if (hasDevelopment) {
    heading(text.marker);
    for (const klasse of monitor.scales.ontwikkeling.classes) {
      item(klasse, klasse.label[lang], true);
    }
  }
  return { markup: element('g', { class: 'legend' }, markup), height: y + 8 };
}

function renderSource(context: RenderContext): Block | null {
  const source = context.monitor.source?.[context.lang];
  if (!source) {
    return null;
  }
  const lines = wrapText(source, context.width - 4, measure(LEGEND_SIZE));
  let markup = '';
  let y = 0;
  for (const line of lines) {
    y += LEGEND_SIZE * 1.4;
    markup += textElement(
      'text',
      { class: 'source', x: 0, y, 'font-size': LEGEND_SIZE, ...paint(context, 'fill', CHART_COLORS.mutedText, '--wbm-muted-text-color') },
      line,
    );
  }
  return { markup, height: y + 4 };
}

/** Writes the chart in words: weergave, summary, and the value and classes of every part. */
function describe(context: RenderContext): string {
  const { catalog, lang, monitor, result } = context;
  const subtitle =
    context.weergave === 'situatie' ? catalog.weergave.situatie : catalog.weergave.ontwikkeling(context.previousJaar);
  const sentences = [`${subtitle}.`, catalog.summary(countSummary(monitor, result))];

  sentences.push(`${catalog.total}: ${describeScore(context, result.totaal)}.`);
  for (const thema of monitor.themas) {
    const parts = thema.deelthemas.map(
      (deelthema) => `${deelthema.label[lang]}: ${describeScore(context, result.deelthemas.get(deelthema.id))}`,
    );
    sentences.push(`${thema.label[lang]}: ${describeScore(context, result.themas.get(thema.id))}. ${parts.join('; ')}.`);
  }

  if (monitor.source) {
    sentences.push(monitor.source[lang]);
  }
  return sentences.join(' ');
}

function describeScore(context: RenderContext, score: Score | undefined): string {
  const { lang, monitor } = context;
  if (!score || score.value === null) {
    return reasonText(score?.reason ?? null, lang);
  }

  const parts = [formatNumber(score.value, lang, monitor.values.decimals)];
  if (score.klasse) {
    parts.push(score.klasse.label[lang]);
  }
  if (score.ontwikkeling) {
    parts.push(score.ontwikkeling.label[lang]);
  }
  return parts.join(', ');
}
