/**
 * From the årsverk cube to what `<arsverk-tabell>` shows: the kommune rows, sorted and filtered,
 * the comparison rows (the kommune, its fylke, its size group, Norge), the summary and the chart
 * data. Pure; sorting and filtering are plain functions so they can be measured and tested.
 */
import { categoryLabel } from '../../data/jsonstat.js';
import { LoadError } from '../../data/load.js';
import type { Cube, Row, StatusCode } from '../../data/types.js';
import { MESSAGES } from '../../format/messages.js';
import { formatNumber, type Lang } from '../../format/number.js';

export type Measure = 'arsverk' | 'per10000';
export type Gruppe = 'voksne' | 'barn-og-unge' | 'alle';
export type SortKey = 'name' | 'code' | 'arsverk' | 'per10000';
export type SortDir = 'ascending' | 'descending';

export interface Cell {
  value: number | null;
  status?: string;
  text: string;
  note?: string;
}

export interface UnitRow {
  id: string;
  name: string;
  /** Kommune or bydel number as shown; empty for units without an official code. */
  code: string;
  level: string;
  arsverk: Cell;
  per10000: Cell;
  /** Lower-cased name and code, for the filter. */
  search: string;
}

export interface ArsverkModel {
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

/** Norwegian alphabetical order: æ, ø, å after z; numbers inside names in numeric order. */
export const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

function fold(s: string): string {
  return s.toLowerCase();
}

export interface ArsverkOptions {
  lang: Lang;
  gruppe: Gruppe;
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
  const cell = (geo: string, m: Measure): Cell => {
    const r = cells.get(`${geo}|${metricIds[m]}`);
    const value = r?.value ?? null;
    const status = r?.status;
    const meaning = status ? cube.statusCodes[status]?.label : undefined;
    const text = value === null ? status ?? '..' : formatNumber(value, lang, cube.metric.unit[metricIds[m]]?.decimals);
    const c: Cell = { value, text };
    if (status) c.status = status;
    if (meaning) c.note = meaning;
    return c;
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
  const metricIds: Record<Measure, string> = { arsverk: `arsverk-${opts.gruppe}`, per10000: `per10000-${opts.gruppe}` };
  const metrics = new Set(cube.metric.categories.map((k) => k.id));
  for (const id of Object.values(metricIds)) if (!metrics.has(id)) throw new LoadError('unknown-option', { name: 'gruppe', value: opts.gruppe });
  const periods = cube.time.categories.map((k) => k.id);
  const period = opts.period && periods.includes(opts.period) ? opts.period : periods[periods.length - 1]!;
  if (opts.period && !periods.includes(opts.period)) throw new LoadError('unknown-option', { name: 'period', value: opts.period });

  const unitOf = (m: Measure) => cube.metric.unit[metricIds[m]] ?? { label: '' };
  const row = rowMaker(cube, opts.lang, metricIds, period);
  let ids = cube.geo.categories.map((k) => k.id).filter((id) => UNIT_LEVELS.has(cube.geo.level[id] ?? ''));
  if (opts.fylke) {
    const members = cube.geo.child[opts.fylke];
    if (!members) throw new LoadError('unknown-option', { name: 'fylke', value: opts.fylke });
    const set = new Set(members);
    ids = ids.filter((id) => set.has(id));
  }
  const rows = ids.map(row);
  const norge = cube.reference ? row(cube.reference) : undefined;
  const comparison: UnitRow[] = [];
  let pinned: UnitRow | undefined;
  if (opts.kommune) {
    pinned = row(opts.kommune);
    const fylke = Object.entries(cube.geo.child).find(([p, kids]) => cube.geo.level[p] === 'fylke' && kids.includes(opts.kommune!))?.[0];
    const size = opts.sizeGroupOf(opts.kommune);
    comparison.push(pinned);
    if (fylke) comparison.push(row(fylke));
    if (size && cube.geo.categories.some((k) => k.id === size)) comparison.push(row(size));
  } else if (opts.fylke) {
    comparison.push(row(opts.fylke));
  }
  if (norge) comparison.push(norge);
  return {
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
  const indexed = rows.map((r, i) => [r, i] as const);
  indexed.sort(([a, ai], [b, bi]) => {
    let c: number;
    if (key === 'name') c = sign * collator.compare(a.name, b.name);
    else if (key === 'code') c = sign * collator.compare(a.code || a.id, b.code || b.id);
    else {
      const av = a[key].value;
      const bv = b[key].value;
      if (av === null || bv === null) c = av === null && bv === null ? 0 : av === null ? 1 : -1;
      else c = sign * (av - bv);
    }
    return c || ai - bi;
  });
  return indexed.map(([r]) => r);
}

/** Rows whose name contains the text or whose number starts with it (case and accents kept). */
export function filterRows(rows: readonly UnitRow[], query: string): UnitRow[] {
  const q = fold(query.trim());
  if (!q) return [...rows];
  return rows.filter((r) => r.search.includes(q) || r.code.startsWith(q));
}

/** "Bergen: 37 årsverk per 10 000 innbyggere. Vestland: 37, landet: 32." */
export function arsverkSummary(m: ArsverkModel, measure: Measure, lang: Lang): string {
  const t = MESSAGES[lang];
  const unit = measure === 'arsverk' ? m.units.arsverk : `${t.arsverkUnit} ${m.units.per10000}`;
  const national = m.norge ? m.norge[measure].text : t.noValue;
  if (m.pinned) {
    const fylke = m.comparison.find((r) => r.level === 'fylke');
    return t.arsverkSummary({
      name: m.pinned.name,
      value: m.pinned[measure].text,
      unit,
      fylke: fylke ? fylke.name : '',
      fylkeValue: fylke ? fylke[measure].text : '',
      national,
    });
  }
  return t.arsverkSummaryAll({ count: m.rows.length, unit, national, period: m.period });
}

/** Status codes used by the rows shown, for the legend under the table. */
export function statusLegend(m: ArsverkModel, codes: Record<string, StatusCode>): StatusCode[] {
  const used = new Set<string>();
  for (const r of [...m.comparison, ...m.rows]) for (const c of [r.arsverk, r.per10000]) if (c.status) used.add(c.status);
  return [...used].map((s) => codes[s]).filter((s): s is StatusCode => !!s);
}
