/**
 * CSV that Excel in Norway opens as it is: `;` between fields, UTF-8 byte-order mark,
 * decimal comma (the caller formats numbers with `formatPlain`), CRLF line ends.
 */
const BOM = '\ufeff';

function field(value: string): string {
  // Quote when the text could break the row; also defuse leading formula characters.
  const safe = /^[=+@\t\r]/.test(value) || (/^-/.test(value) && !/^-\d/.test(value)) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
