/**
 * What an element hands the shared base to draw: text, a table, and (optionally) a chart spec.
 * Plain data, built by pure functions, so every number shown can be tested without a browser.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartTheme } from '../chart/theme.js';
import type { Cube, StatusCode } from '../data/types.js';
import { formatValue, type Lang, type UnitFormat } from '../format/number.js';

/** What the data controller loaded: the cube, the raw JSON (for download) and the further files asked for, as JSON (undefined where missing). */
export interface Loaded {
  cube: Cube;
  json: unknown;
  /** Read each with `toCodeList` or `toCubeOrNothing`, which take a broken file as none. */
  files: Record<string, unknown>;
}

export interface TableCell {
  /** Text as shown: a formatted number, a status symbol, or a name. */
  text: string;
  /** The number behind `text`, for CSV and sorting. */
  value?: number | null;
  decimals?: number;
  status?: string;
  /** Longer explanation, e.g. a status meaning or a note; shown as visually hidden text. */
  note?: string;
  numeric?: boolean;
}

/** A cell of a number, or of the status symbol standing where a number is missing. */
export type NumberCell = TableCell & { value: number | null };

export interface TableRow {
  id: string;
  cells: TableCell[];
  /** Row of the highlighted unit. */
  highlight?: boolean;
  /** Reference or comparison rows are kept apart from the ordinary rows. */
  kind?: 'row' | 'reference';
}

export interface TableModel {
  caption: string;
  columns: Array<{ key: string; label: string; numeric?: boolean }>;
  rows: TableRow[];
}

/**
 * The chart, as a function of the colours the element resolves from its CSS and its width in
 * pixels. Async, so the spec builders load with the chart code, not before the first number; the
 * colours come as a promise, so the builder's code is fetched while they are being read.
 */
export type BuildChart = (theme: Promise<ChartTheme>, width: number) => Promise<TopLevelSpec>;

/** A choice a view offers its reader: a dimension fixed to one category, the period, the measure. */
export interface Choice {
  id: string;
  label: string;
  /** The chosen option's id. */
  value: string;
  valueLabel: string;
  options: Array<{ id: string; label: string }>;
}

export interface ViewModel {
  title: string;
  subtitle: string;
  summary: string;
  table: TableModel;
  chart?: BuildChart;
  /**
   * The chart's own figures, where the chart shows something other than `table` (the national
   * series of `<arsverk-tabell>`): shown under the chart as a table that opens, and the CSV of
   * the chart view.
   */
  chartTable?: TableModel;
  /** The chart's height in pixels, as near as can be told before drawing it; reserved meanwhile. */
  chartHeight?: number | ((width: number) => number);
  /** Notes the file carries for the cells shown (e.g. a printed total that differs from its parts). */
  notes?: string[];
  /** Choices shown as selects above the chart; `choose` is called with a choice's id and the option picked. */
  choices?: Choice[];
  choose?(id: string, value: string): void;
  /** Base name for downloaded files. */
  fileName: string;
}

/** The name of the unit a table sets apart (the reader's kommune or area), if it has one: it names the element and its table. */
export function ownUnit(table: TableModel): string | undefined {
  return table.rows.find((r) => r.highlight)?.cells[0]?.text;
}

/** A numeric table cell: the formatted number, or the status symbol with its meaning, never 0. */
export function numberCell(
  value: number | null,
  unit: UnitFormat | undefined,
  status: string | undefined,
  statusCodes: Record<string, StatusCode>,
  lang: Lang,
): NumberCell {
  const meaning = status ? statusCodes[status]?.label : undefined;
  if (value === null) {
    const symbol = status ?? '..';
    return { text: symbol, value: null, status: symbol, note: meaning ?? statusCodes['..']?.label, numeric: true };
  }
  const cell: NumberCell = { text: formatValue(value, lang, unit), value, numeric: true };
  if (unit?.decimals !== undefined) cell.decimals = unit.decimals;
  if (status) {
    cell.status = status;
    if (meaning) cell.note = meaning;
  }
  return cell;
}

const statusCodesUsed = new WeakMap<Cube, StatusCode[]>();

/** Status codes used by the rows of a cube, for the legend in the details panel. */
export function usedStatusCodes(cube: Cube): StatusCode[] {
  // Every render of every element showing the file asks; the rows never change.
  let codes = statusCodesUsed.get(cube);
  if (!codes) {
    const used = new Set<string>();
    for (const r of cube.rows) if (r.status) used.add(r.status);
    codes = [...used].map((code) => cube.statusCodes[code]).filter((s): s is StatusCode => !!s);
    statusCodesUsed.set(cube, codes);
  }
  return codes;
}
