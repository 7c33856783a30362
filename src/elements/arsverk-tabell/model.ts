/**
 * From the årsverk cube to what `<arsverk-tabell>` shows: the kommune rows, sorted and filtered,
 * the comparison rows (the kommune, its fylke, its size group, Norge), the summary, the table and
 * the chart data. Pure; sorting and filtering are plain functions so they can be measured and tested.
 */
import { numberCell, type NumberCell, type TableModel, type TableRow } from '../../base/view-model.js';
import type { BarsInput } from '../../chart/bars.js';
import type { YearLineInput } from '../../chart/year-line.js';
import { breakSpanned, seriesBreaks } from '../../data/breaks.js';
import { categoryLabel } from '../../data/jsonstat.js';
import { pickOption, pickPeriod, unknownOption } from '../../data/options.js';
import type { Cube, Row } from '../../data/types.js';
import { collator, formatChange, formatNumber, type Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';

export const MEASURES = ['per10000', 'arsverk'] as const;
export type Measure = (typeof MEASURES)[number];
export const GRUPPER = ['alle', 'voksne', 'barn-og-unge'] as const;
export type SortKey = 'name' | 'code' | 'arsverk' | 'per10000';
export type SortDir = 'ascending' | 'descending';

export interface UnitRow {
  id: string;
  name: string;
  /** Kommune or bydel number as shown; empty for units without an official code. */
  code: string;
  level: string;
  arsverk: NumberCell;
  per10000: NumberCell;
  /** Lower-cased name and code, for the filter. */
  search: string;
}

export interface ArsverkModel {
  /** The number the summary, the bold column and the chart use. */
  measure: Measure;
  metricIds: Record<Measure, string>;
  units: Record<Measure, string>;
  decimals: Record<Measure, number>;
  rows: UnitRow[];
  norge?: UnitRow;
  comparison: UnitRow[];
  pinned?: UnitRow;
  period: string;
}

const UNIT_LEVELS = new Set(['kommune', 'bydel', 'annet']);

function fold(s: string): string {
  return s.toLowerCase();
}

/** The options as the attributes give them; each is checked against what the file has. */
export interface ArsverkOptions {
  lang: Lang;
  measure?: string;
  gruppe?: string;
  period?: string;
  fylke?: string;
  /** Row id to pin (a kommune number already mapped to the file's numbering). */
  kommune?: string;
  /** Size group of each unit, from the code list and the file. */
  sizeGroupOf: (id: string) => string | undefined;
}

/**
 * The row of a unit, made once per cube, language, group and period: the elements of a page
 * that show one file (each pinning its own kommune) share their 372 rows.
 */
const rowMakers = new WeakMap<Cube, Map<string, (id: string) => UnitRow>>();
function rowMaker(cube: Cube, lang: Lang, metricIds: Record<Measure, string>, period: string): (id: string) => UnitRow {
  let makers = rowMakers.get(cube);
  if (!makers) rowMakers.set(cube, (makers = new Map()));
  const key = `${lang}|${metricIds.arsverk}|${metricIds.per10000}|${period}`;
  const known = makers.get(key);
  if (known) return known;
  const cells = new Map<string, Row>();
  for (const r of cube.rows) if (r.time === period) cells.set(`${r.geo}|${r.metric}`, r);
  const cell = (geo: string, m: Measure): NumberCell => {
    const r = cells.get(`${geo}|${metricIds[m]}`);
    return numberCell(r?.value ?? null, cube.metric.unit[metricIds[m]], r?.status, cube.statusCodes, lang);
  };
  const rows = new Map<string, UnitRow>();
  const make = (id: string): UnitRow => {
    let r = rows.get(id);
    if (!r) {
      const name = categoryLabel(cube.geo, id);
      const code = /^\d{4}(\d{2})?$/.test(id) ? id : '';
      r = { id, name, code, level: cube.geo.level[id] ?? '', arsverk: cell(id, 'arsverk'), per10000: cell(id, 'per10000'), search: fold(`${name} ${code}`) };
      rows.set(id, r);
    }
    return r;
  };
  makers.set(key, make);
  return make;
}

export function buildArsverkModel(cube: Cube, opts: ArsverkOptions): ArsverkModel {
  const measure = pickOption('measure', opts.measure, MEASURES, 'per10000');
  const gruppe = pickOption('gruppe', opts.gruppe, GRUPPER, 'alle');
  const metrics = new Set(cube.metric.categories.map((k) => k.id));
  const idsOf = (g: string): Record<Measure, string> => ({ arsverk: `arsverk-${g}`, per10000: `per10000-${g}` });
  const inFile = (g: string) => Object.values(idsOf(g)).every((id) => metrics.has(id));
  if (!inFile(gruppe)) throw unknownOption('gruppe', gruppe, GRUPPER.filter(inFile));
  const metricIds = idsOf(gruppe);
  const period = pickPeriod(cube, opts.period);

  const unitOf = (m: Measure) => cube.metric.unit[metricIds[m]] ?? { label: '' };
  const row = rowMaker(cube, opts.lang, metricIds, period);
  let ids = cube.geo.categories.map((k) => k.id).filter((id) => UNIT_LEVELS.has(cube.geo.level[id] ?? ''));
  const fylker = cube.geo.categories.map((k) => k.id).filter((id) => cube.geo.level[id] === 'fylke' && cube.geo.child[id]);
  const fylke = pickOption('fylke', opts.fylke, fylker);
  if (fylke) {
    const members = new Set(cube.geo.child[fylke]);
    ids = ids.filter((id) => members.has(id));
  }
  const rows = ids.map(row);
  const norge = cube.reference ? row(cube.reference) : undefined;
  const comparison: UnitRow[] = [];
  let pinned: UnitRow | undefined;
  if (opts.kommune) {
    pinned = row(opts.kommune);
    const own = fylker.find((f) => cube.geo.child[f]!.includes(opts.kommune!));
    const size = opts.sizeGroupOf(opts.kommune);
    comparison.push(pinned);
    if (own) comparison.push(row(own));
    if (size && cube.geo.categories.some((k) => k.id === size)) comparison.push(row(size));
  } else if (fylke) {
    comparison.push(row(fylke));
  }
  if (norge) comparison.push(norge);
  return {
    measure,
    metricIds,
    units: { arsverk: unitOf('arsverk').label, per10000: unitOf('per10000').label },
    decimals: { arsverk: unitOf('arsverk').decimals ?? 0, per10000: unitOf('per10000').decimals ?? 0 },
    rows,
    ...(norge ? { norge } : {}),
    comparison,
    ...(pinned ? { pinned } : {}),
    period,
  };
}

/**
 * Sorted copy of the rows. Names in Norwegian order, numbers numerically; rows without a value
 * come last whichever way the column is sorted; ties keep the file's order.
 */
export function sortRows(rows: readonly UnitRow[], key: SortKey, dir: SortDir): UnitRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable: ties keep the file's order.
  if (key === 'name') return [...rows].sort((a, b) => sign * collator.compare(a.name, b.name));
  if (key === 'code') return [...rows].sort((a, b) => sign * collator.compare(a.code || a.id, b.code || b.id));
  const valued = rows.filter((r) => r[key].value !== null).sort((a, b) => sign * (a[key].value! - b[key].value!));
  return [...valued, ...rows.filter((r) => r[key].value === null)];
}

/** Rows whose name contains the text or whose number starts with it (case and accents kept). */
export function filterRows(rows: readonly UnitRow[], query: string): UnitRow[] {
  const q = fold(query.trim());
  if (!q) return [...rows];
  return rows.filter((r) => r.search.includes(q) || r.code.startsWith(q));
}

/** "Bergen: 37 årsverk per 10 000 innbyggere. Vestland: 37, landet: 32." */
export function arsverkSummary(m: ArsverkModel, lang: Lang): string {
  const t = TEXTS[lang];
  const measure = m.measure;
  const unit = measure === 'arsverk' ? m.units.arsverk : `${t.arsverkUnit} ${m.units.per10000}`;
  const national = m.norge ? m.norge[measure].text : t.noValue;
  if (m.pinned) {
    const fylke = m.comparison.find((r) => r.level === 'fylke');
    return t.summaryPinned({
      name: m.pinned.name,
      value: m.pinned[measure].text,
      unit,
      fylke: fylke ? fylke.name : '',
      fylkeValue: fylke ? fylke[measure].text : '',
      national,
    });
  }
  return t.summaryAll({ count: m.rows.length, unit, national, period: m.period });
}

/** The table as shown: the comparison rows apart on top, then `rows` (sorted and filtered); also the CSV. */
export function arsverkTable(m: ArsverkModel, rows: readonly UnitRow[], lang: Lang, caption: string): TableModel {
  const t = TEXTS[lang];
  const row = (r: UnitRow, kind: TableRow['kind']): TableRow => ({
    id: r.id,
    kind,
    highlight: r.id === m.pinned?.id,
    cells: [{ text: r.name }, { text: r.code }, r.arsverk, r.per10000],
  });
  return {
    caption,
    columns: [
      { key: 'name', label: t.kommuneColumn },
      { key: 'code', label: t.codeColumn },
      { key: 'arsverk', label: m.units.arsverk, numeric: true },
      { key: 'per10000', label: m.units.per10000, numeric: true },
    ],
    rows: [...m.comparison.map((r) => row(r, 'reference')), ...rows.map((r) => row(r, 'row'))],
  };
}

/** The chart with a kommune pinned: the kommune, its fylke and size group as bars, Norway as the reference line. */
export function comparisonChart(m: ArsverkModel, lang: Lang): BarsInput {
  const t = TEXTS[lang];
  const cell = (r: UnitRow) => r[m.measure];
  const national = m.norge && cell(m.norge).value;
  return {
    bars: m.comparison.filter((r) => r !== m.norge).map((r) => ({ label: r.name, value: cell(r).value, display: cell(r).text, highlight: r.id === m.pinned?.id })),
    references: m.norge && national != null ? [{ label: `${t.national}: ${cell(m.norge).text}`, value: national, kind: 'national' }] : [],
    axisTitle: m.units[m.measure],
    valueTitle: m.units[m.measure] || t.value,
    decimals: m.decimals[m.measure],
    unitWords: m.units[m.measure],
    period: m.period,
    ...(national != null ? { compareTo: { value: national } } : {}),
  };
}

/** The chart without a kommune: the national series of `serie` since 2007, with its breaks. */
export function seriesChart(serie: Cube, m: ArsverkModel, lang: Lang): YearLineInput {
  const pointsOf = (metric: string) =>
    serie.rows.filter((r) => r.metric === metric && r.geo === serie.reference && r.value !== null).map((r) => ({ year: Number(r.time), value: r.value! }));
  // The rates are printed for the last year only; the series then shows årsverk.
  let metric = m.metricIds[m.measure];
  if (pointsOf(metric).length < 2) metric = m.metricIds.arsverk;
  const unit = serie.metric.unit[metric];
  return {
    // The country as every element names it ("Landet", "Norway"), another reference by its label.
    name: !serie.reference ? '' : serie.geo.level[serie.reference] === 'land' ? TEXTS[lang].national : categoryLabel(serie.geo, serie.reference),
    points: pointsOf(metric),
    periods: serie.time.categories.map((k) => Number(k.id)),
    breaks: seriesBreaks(serie),
    unit: unit?.label ?? '',
    decimals: unit?.decimals ?? 0,
  };
}

/** The national series' change from its first printed year to its last, with the break it spans said. */
export function seriesSummary(line: YearLineInput, name: string, lang: Lang): string {
  const first = line.points[0];
  const last = line.points[line.points.length - 1];
  if (!first || !last || first === last) return '';
  const diff = last.value - first.value;
  const across = breakSpanned(line.breaks, String(first.year), String(last.year));
  return TEXTS[lang].summaryTrend({
    name,
    last: `${formatNumber(last.value, lang, line.decimals)} ${line.unit}`.trim(),
    lastYear: last.year,
    change: formatChange(first.value, last.value, lang, line.decimals),
    up: diff >= 0,
    firstYear: first.year,
    across: across ? `${across.between[0]}–${across.between[1]}` : '',
  });
}

/** The national series as a table: a row per year, a column per measure printed for more than one year. */
export function seriesTable(serie: Cube, lang: Lang, caption: string): TableModel {
  const t = TEXTS[lang];
  const cells = new Map(serie.rows.filter((r) => r.geo === serie.reference).map((r) => [`${r.time}|${r.metric}`, r]));
  const measures = serie.metric.categories.filter((k) => serie.time.categories.filter((y) => cells.get(`${y.id}|${k.id}`)?.value != null).length > 1);
  return {
    caption,
    columns: [{ key: 'year', label: t.year }, ...measures.map((k) => ({ key: k.id, label: k.label, numeric: true }))],
    rows: serie.time.categories.map((y) => ({
      id: y.id,
      cells: [
        { text: y.label },
        ...measures.map((k) => {
          const r = cells.get(`${y.id}|${k.id}`);
          return numberCell(r?.value ?? null, serie.metric.unit[k.id], r?.status, serie.statusCodes, lang);
        }),
      ],
    })),
  };
}
