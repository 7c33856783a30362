/**
 * The downloads of an element's view: CSV, the JSON file, and the chart as PNG or SVG with its
 * title and source. Loaded on the first click, since most readers never download.
 */
import { jsonFile } from '../data/load.js';
import { formatPlain, toCsv } from '../format/csv.js';
import { MESSAGES } from '../format/messages.js';
import type { Lang } from '../format/number.js';
import { COLOURS } from './tokens.js';
import type { Loaded, TableModel, ViewModel } from './view-model.js';

/** Colours of a downloaded chart: dark on white, whatever the page's theme. */
const PAPER = { background: '#ffffff', text: COLOURS.text.light, muted: COLOURS.muted.light, reference: COLOURS.reference.light };

/** Width of a downloaded chart in pixels. */
const PAPER_WIDTH = 640;

/** The table as CSV rows: numbers plain with decimal comma, missing cells as their symbol. */
function tableToCsvRows(table: TableModel, lang: Lang): { header: string[]; rows: string[][] } {
  return {
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((r) => r.cells.map((c) => (typeof c.value === 'number' ? formatPlain(c.value, lang, c.decimals) : c.text))),
  };
}

/** Starts the download of `format` by clicking a link placed in the element's shadow root. */
export async function download(format: string, v: ViewModel, loaded: Loaded, lang: Lang, host: HTMLElement & { readonly renderRoot: ParentNode }): Promise<void> {
  const t = MESSAGES[lang];
  let href: string;
  let revoke = true;
  if (format === 'CSV') {
    const { header, rows } = tableToCsvRows(v.table, lang);
    href = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  } else if (format === 'JSON') {
    href = URL.createObjectURL(new Blob([jsonFile(loaded.json)], { type: 'application/json' }));
  } else if (v.chart) {
    const source = `${t.source} ${loaded.cube.source ?? ''}`;
    // The chart code, as the chart on the page uses it.
    const { readTheme, renderImage } = await import('./chart-drawing.js');
    const spec = await v.chart(Promise.resolve(readTheme(host, PAPER)), PAPER_WIDTH);
    const out = await renderImage(spec, format === 'SVG' ? 'svg' : 'png', { title: v.title, subtitle: v.subtitle, source });
    if (format === 'SVG') href = URL.createObjectURL(new Blob([out], { type: 'image/svg+xml' }));
    else [href, revoke] = [out, false];
  } else return;
  const a = document.createElement('a');
  a.href = href;
  a.download = `${v.fileName}.${format.toLowerCase()}`;
  a.hidden = true;
  host.renderRoot.appendChild(a);
  a.click();
  a.remove();
  if (revoke) setTimeout(() => URL.revokeObjectURL(href), 1000);
}
