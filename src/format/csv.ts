/**
 * CSV that Excel in Norway opens as it is: `;` between fields, UTF-8 byte-order mark,
 * decimal comma, CRLF line ends.
 */
import type { Lang } from './number.js';

const BOM = '\ufeff';

/** A number for CSV: no group separator, decimal comma for nb/nn, ASCII minus. */
export function formatPlain(value: number, lang: Lang, decimals?: number): string {
  const fixed = decimals === undefined ? String(value) : value.toFixed(decimals);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}

function field(value: string): string {
  // Quote when the text could break the row; also defuse leading formula characters.
  const safe = /^[=+@\t\r]/.test(value) || (/^-/.test(value) && !/^-\d/.test(value)) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
