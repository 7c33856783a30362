/**
 * Number and date formatting per element language. Never touches a global locale:
 * each call gets its language, and the same rules feed Vega through {@link vegaLocale}.
 */
export type Lang = 'nb' | 'nn' | 'en';

/** `nb`, `nn`, `no`, `nb-NO`, `en-GB`, … -> a language we have; Norwegian Bokmål otherwise. */
export function toLang(value: string | null | undefined): Lang {
  const base = (value ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'nn') return 'nn';
  if (base === 'en') return 'en';
  return 'nb';
}

// Nynorsk writes numbers and month names as Bokmål does, and not every browser ships nn-NO data.
const INTL_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();
/** `decimals` undefined: up to two. Made once per kind: a page formats thousands of numbers. */
function numberFormat(lang: Lang, decimals: number | undefined, percent = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], {
      ...(decimals === undefined ? {} : { minimumFractionDigits: decimals }),
      maximumFractionDigits: decimals ?? 2,
      style: percent ? 'percent' : 'decimal',
    });
    formatters.set(key, f);
  }
  return f;
}

/** ASCII hyphen-minus instead of U+2212, so copied and exported numbers stay numbers. */
const asciiMinus = (s: string) => s.replace(/\u2212/g, '-');

/**
 * `1234.5` -> `1 234,5` (nb/nn; the space is a no-break space) or `1,234.5` (en).
 * `decimals` undefined keeps up to two decimals.
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  return asciiMinus(numberFormat(lang, decimals).format(value));
}

/** What a number needs to be written with its unit: the file's `decimals`, `symbol` and `position`. */
export interface UnitFormat {
  decimals?: number;
  symbol?: string;
  position?: 'start' | 'end';
}

/** The unit's symbol around a written number: `28,3 %`, `28.3%` (en), `kr 120`, `$120`. */
export function withSymbol(text: string, lang: Lang, unit: UnitFormat | undefined): string {
  const symbol = unit?.symbol?.trim();
  if (!symbol) return text;
  if (unit!.position === 'start') return /[\p{L}]$/u.test(symbol) ? `${symbol}\u00a0${text}` : `${symbol}${text}`;
  return lang === 'en' && symbol === '%' ? `${text}${symbol}` : `${text}\u00a0${symbol}`;
}

/** A label from a file at the start of a sentence: "landet" → "Landet". */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** The unit said after a written value: none where its symbol says it ("28,3 %", not "28,3 % prosent"). */
export function unitWords(unit: (UnitFormat & { label?: string }) | undefined): string {
  const label = unit?.label?.trim() ?? '';
  return unit?.symbol?.trim() && SYMBOL_WORDS.test(label) ? '' : label;
}

/** Unit labels that say no more than a symbol does. */
const SYMBOL_WORDS = /^(|%|prosent|per cent|percent|prosentdel|andel i prosent|kroner|kr|nok|euro|eur|dollar|dollars|usd)$/i;

/** A value as the file's unit writes it: its decimals and its symbol. */
export function formatValue(value: number, lang: Lang, unit: UnitFormat | undefined): string {
  return withSymbol(formatNumber(value, lang, unit?.decimals), lang, unit);
}

/** `0.123` -> `12,3 %` (nb/nn) or `12.3%` (en). */
export function formatPercent(fraction: number, lang: Lang, decimals = 1): string {
  return asciiMinus(numberFormat(lang, decimals, true).format(fraction));
}

/** A change with its sign always written: `+123 644`, `-86 116`. */
export function formatSigned(value: number, lang: Lang, decimals?: number): string {
  const s = formatNumber(Math.abs(value), lang, decimals);
  return value > 0 ? `+${s}` : value < 0 ? `-${s}` : s;
}

/** A signed percent: `+7,1 %`. */
export function formatSignedPercent(fraction: number, lang: Lang, decimals = 1): string {
  const s = formatPercent(Math.abs(fraction), lang, decimals);
  return fraction > 0 ? `+${s}` : fraction < 0 ? `-${s}` : s;
}

/**
 * A change from `from` to `to` as a summary says it: its size, then, where it means something, in
 * percent of where it started: `3 138 (+22,5 %)`. The direction is the sentence's to say.
 */
export function formatChange(from: number, to: number, lang: Lang, decimals?: number, inPercent = true): string {
  const size = formatNumber(Math.abs(to - from), lang, decimals);
  return inPercent && from ? `${size} (${formatSignedPercent((to - from) / from, lang)})` : size;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2022-09-01` -> `1. september 2022` (nb/nn) or `1 September 2022` (en); a date given to the month
 * (`2023-10`) or the year (`2023`) is written as given, never as its first day.
 */
export function formatDate(iso: string, lang: Lang): string {
  const t = Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(t)) return iso;
  if (/^\d{4}$/.test(iso)) return iso;
  const parts = /^\d{4}-\d{2}$/.test(iso) ? ({ month: 'long', year: 'numeric' } as const) : ({ day: 'numeric', month: 'long', year: 'numeric' } as const);
  const key = `${lang}|${Object.keys(parts).length}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...parts, timeZone: 'UTC' })));
  return f.format(t);
}

/** Norwegian alphabetical order (æ, ø, å after z; numbers inside names in numeric order), for every sort by name. */
export const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
