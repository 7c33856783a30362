/**
 * CSV that Excel in Norway opens as it is: `;` between fields, UTF-8 byte-order mark,
 * decimal comma, CRLF line ends.
 */
import type { TableModel } from '../base/view-model.js';
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

/** The table as CSV rows: numbers plain with decimal comma, missing cells as their symbol. */
export function tableToCsvRows(table: TableModel, lang: Lang): { header: string[]; rows: string[][] } {
  return {
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((r) => r.cells.map((c) => (typeof c.value === 'number' ? formatPlain(c.value, lang, c.decimals) : c.text))),
  };
}
