// Median, min and max of a list of samples, and formatting for the table.
export function summarize(samples) {
  const xs = samples.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length, samples };
}

export const KB = 1024;

export function fmtValue(v, unit) {
  if (v === null || v === undefined) return '–';
  switch (unit) {
    case 'KB':
      return (v / KB).toFixed(1);
    case 'MB':
      return (v / KB / KB).toFixed(2);
    case 'ms':
      return v >= 100 ? v.toFixed(0) : v.toFixed(1);
    default:
      return String(v);
  }
}

export function fmtStat(s, unit) {
  if (!s) return '–';
  if (s.n === 1) return `${fmtValue(s.median, unit)} ${unit}`;
  return `${fmtValue(s.median, unit)} ${unit} [${fmtValue(s.min, unit)}–${fmtValue(s.max, unit)}]`;
}

export function ratio(a, b) {
  if (!a || !b || !b.median) return null;
  return a.median / b.median;
}

/** A plain-text table with columns padded to their widest cell. */
export function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
