/**
 * From a cube to what `<hf-pasientrate>` shows: bars per unit, the national reference, the
 * highlighted unit, the drill-down rows, the summary sentence and the table. Pure.
 */
import { numberCell, type TableModel } from '../../base/view-model.js';
import { categoryLabel } from '../../data/jsonstat.js';
import { fixedSlice, pickMeasure, pickOption, pickPeriod } from '../../data/options.js';
import type { Cube, Row, Unit } from '../../data/types.js';
import { collator, formatNumber, type Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';

export const SORT_ORDERS = ['file', 'value', 'name'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface Bar {
  id: string;
  label: string;
  value: number | null;
  status?: string;
  /** Value as written in the chart and table, or the status symbol. */
  display: string;
  highlight: boolean;
  /** The unit has rows below it in the file (a drill-down is possible). */
  hasChildren: boolean;
}

export interface RateOptions {
  lang: Lang;
  measure?: string;
  period?: string;
  highlight?: string;
  drill?: string;
  /** As the `sort` attribute gives it; checked against {@link SORT_ORDERS}. */
  sort?: string;
}

export interface RateModel {
  metric: string;
  metricLabel: string;
  period: string;
  periodLabel: string;
  unit: Unit;
  bars: Bar[];
  reference?: Bar;
  /** In a drill-down: the unit drilled into, drawn as a second reference line. */
  parent?: Bar;
  highlighted?: Bar;
  drill?: string;
}

/** The units drawn as bars when nothing is drilled into: the top of the file's hierarchy. */
export function topUnits(cube: Cube): string[] {
  const children = new Set(Object.values(cube.geo.child).flat());
  const ref = cube.reference;
  const roots = cube.geo.categories.map((k) => k.id).filter((id) => id !== ref && !children.has(id));
  if (ref && cube.geo.child[ref]) return [...cube.geo.child[ref]!, ...roots.filter((id) => !cube.geo.child[ref]!.includes(id))];
  return roots;
}

export function sortBars(bars: Bar[], order: SortOrder): Bar[] {
  if (order === 'value') {
    // Stable: ties keep the file's order; missing values last.
    return [...bars].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  }
  if (order === 'name') return [...bars].sort((a, b) => collator.compare(a.label, b.label));
  return bars;
}

export function buildRateModel(cube: Cube, opts: RateOptions): RateModel {
  const metric = pickMeasure(cube, opts.measure);
  const period = pickPeriod(cube, opts.period);
  const sort = pickOption('sort', opts.sort, SORT_ORDERS, 'file');
  const unit = cube.metric.unit[metric] ?? { label: '' };
  const inSlice = fixedSlice(cube);
  const rowByGeo = new Map<string, Row>();
  for (const r of cube.rows) if (r.metric === metric && r.time === period && inSlice(r)) rowByGeo.set(r.geo, r);
  const bar = (id: string): Bar => {
    const row = rowByGeo.get(id);
    const value = row?.value ?? null;
    const b: Bar = {
      id,
      label: categoryLabel(cube.geo, id),
      value,
      display: value === null ? row?.status ?? '..' : formatNumber(value, opts.lang, unit.decimals),
      highlight: id === opts.highlight,
      hasChildren: (cube.geo.child[id]?.length ?? 0) > 0,
    };
    if (row?.status) b.status = row.status;
    return b;
  };
  const drill = opts.drill && cube.geo.child[opts.drill]?.length ? opts.drill : undefined;
  const ids = drill ? cube.geo.child[drill]! : topUnits(cube);
  const bars = sortBars(ids.map(bar), sort);
  const model: RateModel = {
    metric,
    metricLabel: categoryLabel(cube.metric, metric),
    period,
    periodLabel: categoryLabel(cube.time, period),
    unit,
    bars,
  };
  if (cube.reference) model.reference = bar(cube.reference);
  if (drill) {
    model.drill = drill;
    model.parent = bar(drill);
  }
  const highlighted = bars.find((b) => b.highlight) ?? (opts.highlight && rowByGeo.has(opts.highlight) ? bar(opts.highlight) : undefined);
  if (highlighted) model.highlighted = highlighted;
  return model;
}

/** One sentence naming the highlighted unit (or the extremes), its value and the national value. */
export function rateSummary(m: RateModel, lang: Lang): string {
  const t = TEXTS[lang];
  const unit = m.unit.label;
  const national = m.reference?.value != null ? m.reference.display : t.noValue;
  const withValue = m.bars.filter((b) => b.value !== null);
  const max = withValue.reduce<Bar | undefined>((a, b) => (!a || b.value! > a.value! ? b : a), undefined);
  const min = withValue.reduce<Bar | undefined>((a, b) => (!a || b.value! < a.value! ? b : a), undefined);
  if (m.parent && max && min) {
    return t.summaryDrill({
      name: m.parent.label,
      value: m.parent.display,
      unit,
      count: m.bars.length,
      maxName: max.label,
      max: max.display,
      minName: min.label,
      min: min.display,
      national,
    });
  }
  if (m.highlighted) {
    return t.summaryHighlight({ name: m.highlighted.label, value: m.highlighted.display, unit, national });
  }
  if (max && min) {
    return t.summaryRange({ maxName: max.label, max: max.display, minName: min.label, min: min.display, unit, national });
  }
  return t.empty;
}

/** The table: reference row(s) apart at the top, then one row per bar, same numbers as the chart. */
export function rateTable(cube: Cube, m: RateModel, lang: Lang, title: string): TableModel {
  const t = TEXTS[lang];
  const row = (b: Bar, kind: 'row' | 'reference') => ({
    id: b.id,
    kind,
    highlight: b.highlight,
    cells: [{ text: b.label }, numberCell(b.value, m.unit.decimals, b.status, cube.statusCodes, lang)],
  });
  const refs = [m.reference, m.parent].filter((b): b is Bar => !!b);
  return {
    caption: t.tableCaption(m.parent ? t.drillCaption(m.parent.label) : title, m.periodLabel),
    columns: [
      { key: 'name', label: t.name },
      { key: 'value', label: m.unit.label || m.metricLabel || t.value, numeric: true },
    ],
    rows: [...refs.map((b) => row(b, 'reference')), ...m.bars.map((b) => row(b, 'row'))],
  };
}
