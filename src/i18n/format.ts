import type { Lang } from '../model/types.js';

const MINUS = '\u2212';
let fallbacks: Map<string, Intl.NumberFormat> | undefined;

/**
 * Formats a number for display: `6,8` and `−0,4` in Dutch, `6.8` and `−0.4` in English, with
 * thousands grouped as nl-NL and en-GB do (`12.345,6`, `12,345.6`). Any `lang` that starts with
 * `en` gives English and every other tag Dutch, as for the elements. The minus is U+2212, as
 * typography and screen readers expect. A rounded zero never shows a sign.
 *
 * The digits are written here rather than by `Intl.NumberFormat`, because a page's first Intl
 * object took headless Chromium 9 to 25 ms in our measurements. Rounding matches Intl's in
 * Chromium, Firefox and WebKit: half away from zero on the shortest decimal form of the number, so
 * 0.35 shows as 0,4 and 0.7 − 0.25 (0.44999999999999996) as 0,4. As in Intl, a fractional
 * `decimals` is truncated, and one below 0 or above 100 throws a RangeError. Engines whose Intl
 * allows at most 20 fraction digits, such as Node 20, may also throw above 20.
 */
export function formatNumber(value: number, lang: Lang | string, decimals = 1, signed = false): string {
  if (!Number.isFinite(value)) return '';
  // A language tag as a page writes it (`nl-NL`, `en-GB`, `EN`) reads as the elements read `lang`.
  const language: Lang = /^en\b/i.test(lang) ? 'en' : 'nl';
  if (!(decimals >= 0 && decimals <= 100)) return intlFormat(value, language, decimals, signed);
  decimals = Math.floor(decimals);
  const size = Math.abs(value);
  // Rounding to zero must not leave "−0,0": format a plain zero instead. `0.5 * 10 ** -decimals`
  // is not exact, so the bound is parsed from its decimal text.
  if (size < Number(`5e-${decimals + 1}`)) return sign(0, signed) + group(0, decimals, language);
  // Rounding the digits of the shortest text avoids binary arithmetic: 1.005 × 100 is
  // 100.49999999999999, and 4.4999999999999996 parses as 4.5.
  const text = String(size);
  const [whole, fraction = ''] = text.split('.');
  const units = Number(whole + fraction.slice(0, decimals).padEnd(decimals, '0')) + (fraction.charAt(decimals) >= '5' ? 1 : 0);
  // Tiny numbers print as `5e-11` and huge ones as `1e+21`, and beyond 2^53 the units lose digits.
  if (text.includes('e') || !(units <= Number.MAX_SAFE_INTEGER)) return intlFormat(value, language, decimals, signed);
  return sign(value, signed) + group(units, decimals, language);
}

function sign(value: number, signed: boolean): string {
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/** Writes a whole number of 10^-decimals units as digits with the language's separators. */
function group(units: number, decimals: number, lang: Lang): string {
  const digits = String(units).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const [thousands, point] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, thousands);
  return decimals > 0 ? `${grouped}${point}${fraction}` : grouped;
}

function intlFormat(value: number, lang: Lang, decimals: number, signed: boolean): string {
  fallbacks ??= new Map();
  const key = `${lang}|${decimals}|${signed}`;
  let format = fallbacks.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    fallbacks.set(key, format);
  }
  return format.format(value).replace('-', MINUS);
}
