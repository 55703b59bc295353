import type { Lang } from '../model/types.js';

const MINUS = '\u2212';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats a number for display: `6,8` and `−0,4` in Dutch, `6.8` and `−0.4` in English.
 * The minus is U+2212, as typography and screen readers expect. A rounded zero never shows a sign.
 */
export function formatNumber(value: number, lang: Lang, decimals = 1, signed = false): string {
  if (!Number.isFinite(value)) return '';

  // Rounding to zero must not leave "−0,0": format a plain zero instead.
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  const text = formatter(lang, decimals, signed).format(rounded);
  return text.replace('-', MINUS);
}
