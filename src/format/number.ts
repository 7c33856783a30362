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

/** The group and decimal marks Intl.NumberFormat writes for nb-NO and en-GB. */
const MARKS: Record<Lang, readonly [group: string, decimal: string]> = { nb: ['\u00a0', ','], nn: ['\u00a0', ','], en: [',', '.'] };

/**
 * Numbers are written here, not by Intl.NumberFormat: a page's first Intl object costs 20–90 ms
 * (ICU loads its data), before the first number shows. The result is Intl's for nb-NO and en-GB,
 * which a test checks on thousands of values: rounded half away from zero on the number's shortest
 * decimal form (1.005 → 1.01), grouped by three, a minus kept on a negative that rounds to 0.
 * `shift` moves the decimal point exactly (2 for percent). Anything else goes to Intl.
 */
function writeNumber(value: number, lang: Lang, min: number, max: number, shift = 0): string {
  if (!Number.isFinite(value) || !(Number.isInteger(max) && max >= min && min >= 0 && max <= 20)) {
    const written = new Intl.NumberFormat(INTL_LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max }).format(value * 10 ** shift);
    return written.replace(/\u2212/g, '-');
  }
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent) + shift; // where the decimal point falls in `digits`
  if (point < 0) [digits, point] = ['0'.repeat(-point) + digits, 0];
  digits = digits.padEnd(point, '0');
  if (digits.length > point + max) {
    const up = digits[point + max] >= '5';
    digits = digits.slice(0, point + max);
    if (up) {
      const bumped = String(BigInt(digits || '0') + 1n).padStart(digits.length, '0');
      if (bumped.length > digits.length) point++; // 99.96 → 100.0
      digits = bumped;
    }
  }
  const [group, decimal] = MARKS[lang];
  const int = (digits.slice(0, point).replace(/^0+/, '') || '0').replace(/\B(?=(\d{3})+$)/g, group);
  const frac = digits.slice(point).replace(/0+$/, '').padEnd(min, '0');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + int + (frac ? decimal + frac : '');
}

/**
 * `1234.5` -> `1 234,5` (nb/nn; the space is a no-break space) or `1,234.5` (en).
 * `decimals` undefined keeps up to two decimals. The minus is ASCII hyphen-minus, not U+2212, so
 * copied and exported numbers stay numbers.
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  return writeNumber(value, lang, decimals ?? 0, decimals ?? 2);
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
  return s.charAt(0).toUpperCase() + s.slice(1);
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
  const number = writeNumber(fraction, lang, decimals, decimals, 2);
  return lang === 'en' ? `${number}%` : `${number}\u00a0%`;
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

const MONTHS: Record<Lang, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * `2022-09-01` -> `1. september 2022` (nb/nn) or `1 September 2022` (en), as Intl.DateTimeFormat
 * writes them (without its cost: see writeNumber); a date given to the month (`2023-10`) or the
 * year (`2023`) is written as given, never as its first day.
 */
export function formatDate(iso: string, lang: Lang): string {
  const t = Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'));
  if (Number.isNaN(t)) return iso;
  if (/^\d{4}$/.test(iso)) return iso;
  const date = new Date(t);
  const monthYear = `${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthYear;
  return `${date.getUTCDate()}${lang === 'en' ? '' : '.'} ${monthYear}`;
}

/** Norwegian alphabetical order (æ, ø, å after z; numbers inside names in numeric order), for every sort by name. */
export const collator = {
  compare: (a: string, b: string): number => (nbCollator ??= new Intl.Collator('nb', { sensitivity: 'base', numeric: true })).compare(a, b),
};
// Made on the first sort by name, not when the page loads (see writeNumber).
let nbCollator: Intl.Collator | undefined;
