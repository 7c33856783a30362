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

/** A cell that is wholly a number as `formatPlain` writes it (`-3`, `1234,5`, `0.25`). */
const NUMBER = /^-?\d+([.,]\d+)?$/;

function field(value: string): string {
  // Quote when the text could break the row; defuse a leading formula character unless the whole cell is a number.
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
