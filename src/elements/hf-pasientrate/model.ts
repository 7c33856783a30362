/**
 * From a cube to what `<hf-pasientrate>` shows: bars per unit, the national reference, the
 * highlighted unit, the drill-down rows, the summary sentence and the table. Pure.
 */
import { numberCell, type Choice, type TableModel } from '../../base/view-model.js';
import { categoryLabel, unitForShown } from '../../data/jsonstat.js';
import { chooseSlice, looseId, pickMeasure, pickOption, pickPeriod } from '../../data/options.js';
import type { Cube, Row, Unit } from '../../data/types.js';
import { MESSAGES } from '../../format/messages.js';
import { capitalise, collator, formatValue, unitWords, type Lang } from '../../format/number.js';
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
  /** Why the value is missing, in words. */
  missing?: string;
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
  /** As the `filter` attribute gives it (see `chooseSlice`). */
  filter?: string;
  /** A geo id drawn as the reference line instead of the one the file has. */
  reference?: string;
}

export interface RateModel {
  metric: string;
  metricLabel: string;
  period: string;
  periodLabel: string;
  unit: Unit;
  bars: Bar[];
  reference?: Bar;
  /** How the reference is named: "Landet" for the country, else its label in the file ("EU27_2020", "Riket"). */
  referenceName?: string;
  /** The dimensions fixed to one category (those with more than one), each with the categories it could take. */
  slice: Choice[];
  /** The file's periods and measures, where it has several. */
  periods?: Choice;
  measures?: Choice;
  /** In a drill-down: the unit drilled into, drawn as a second reference line. */
  parent?: Bar;
  highlighted?: Bar;
  drill?: string;
}

/** The units drawn as bars when nothing is drilled into: the top of the file's hierarchy. */
export function topUnits(cube: Cube, ref = cube.reference): string[] {
  const children = new Set(Object.values(cube.geo.child).flat());
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

const options = (d: Cube['geo']) => d.categories.map((k) => ({ id: k.id, label: k.label }));

export function buildRateModel(cube: Cube, opts: RateOptions): RateModel {
  const metric = pickMeasure(cube, opts.measure);
  const period = pickPeriod(cube, opts.period);
  const sort = pickOption('sort', opts.sort, SORT_ORDERS, 'file');
  const ref = pickOption('reference', opts.reference, cube.geo.categories.map((k) => k.id), cube.reference, looseId);
  const slice = chooseSlice(cube, opts.filter);
  const t = MESSAGES[opts.lang];
  const rowByGeo = new Map<string, Row>();
  for (const r of cube.rows) if (r.metric === metric && r.time === period && slice.inSlice(r)) rowByGeo.set(r.geo, r);
  const fileUnit = cube.metric.unit[metric] ?? { label: '' };
  const unit = unitForShown(fileUnit, [...rowByGeo.values()].map((r) => r.value));
  const bar = (id: string): Bar => {
    const row = rowByGeo.get(id);
    const value = row?.value ?? null;
    const b: Bar = {
      id,
      label: categoryLabel(cube.geo, id),
      value,
      display: value === null ? row?.status ?? '..' : formatValue(value, opts.lang, unit),
      highlight: id === opts.highlight,
      hasChildren: (cube.geo.child[id]?.length ?? 0) > 0,
    };
    if (row?.status) b.status = row.status;
    if (value === null) {
      const code = cube.statusCodes[row?.status ?? '..'];
      b.missing = code?.kind === 'other' && code.label !== code.code ? code.label : t.missing[code?.kind ?? 'missing'];
    }
    return b;
  };
  const drill = opts.drill && cube.geo.child[opts.drill]?.length ? opts.drill : undefined;
  const ids = drill ? cube.geo.child[drill]! : topUnits(cube, ref);
  const bars = sortBars(ids.map(bar), sort);
  const model: RateModel = {
    metric,
    // A file without a measure dimension has the dataset's title in its place: too long for a column or an axis.
    metricLabel: cube.byId[cube.metric.id] ? categoryLabel(cube.metric, metric) : '',
    period,
    periodLabel: categoryLabel(cube.time, period),
    unit,
    bars,
    slice: slice.choices
      .filter(({ dimension: d }) => d.categories.length > 1)
      .map(({ dimension: d, category }) => ({ id: d.id, label: d.label, value: category, valueLabel: categoryLabel(d, category), options: options(d) })),
  };
  if (cube.time.categories.length > 1) {
    model.periods = { id: 'period', label: t.period, value: period, valueLabel: model.periodLabel, options: options(cube.time) };
  }
  if (cube.metric.categories.length > 1) {
    model.measures = { id: 'measure', label: cube.metric.label || t.measure, value: metric, valueLabel: model.metricLabel, options: options(cube.metric) };
  }
  if (ref) {
    model.reference = bar(ref);
    model.referenceName = cube.geo.level[ref] === 'land' ? t.national : capitalise(model.reference.label);
  }
  if (drill) {
    model.drill = drill;
    model.parent = bar(drill);
  }
  const highlighted = bars.find((b) => b.highlight) ?? (opts.highlight && rowByGeo.has(opts.highlight) ? bar(opts.highlight) : undefined);
  if (highlighted) model.highlighted = highlighted;
  return model;
}

/** The chosen categories as a subtitle writes them: "Alder: 0–9 år · Kjønn: Begge kjønn". */
export function sliceText(m: RateModel): string {
  return m.slice.map((c) => `${c.label}: ${c.valueLabel}`).join(' · ');
}

/**
 * The summary: the highlighted unit (or the extremes), then the reference when the file has one,
 * then the slice; a missing value in words, a value with its unit.
 */
export function rateSummary(m: RateModel, lang: Lang): string {
  const t = TEXTS[lang];
  const unit = unitWords(m.unit);
  const said = (b: Bar) => (b.value === null ? { value: b.missing ?? t.noValue, unit: '' } : { value: b.display, unit });
  const withValue = m.bars.filter((b) => b.value !== null);
  const max = withValue.reduce<Bar | undefined>((a, b) => (!a || b.value! > a.value! ? b : a), undefined);
  const min = withValue.reduce<Bar | undefined>((a, b) => (!a || b.value! < a.value! ? b : a), undefined);
  const range = max && min ? { maxName: max.label, max: max.display, minName: min.label, min: min.display, unit } : undefined;
  let main: string;
  if (m.parent && range) main = t.summaryDrill({ name: m.parent.label, ...said(m.parent), count: m.bars.length, ...range });
  else if (m.highlighted) main = t.summaryHighlight({ name: m.highlighted.label, ...said(m.highlighted) });
  else if (range) main = t.summaryRange(range);
  else if (m.bars.length) main = t.noneHasValue(m.bars[0]!.missing ?? t.noValue);
  else return t.empty;
  const sentences = [main];
  if (m.reference && m.referenceName) sentences.push(t.summaryReference({ name: m.referenceName, ...said(m.reference), unit: '' }));
  if (m.slice.length) sentences.push(t.selection(sliceText(m)));
  return sentences.join(' ');
}



const withUnitSymbol = (label: string, symbol: string | undefined) => (symbol && !label.includes(symbol) ? `${label} (${symbol})` : label);

/** The table: reference row(s) apart at the top, then one row per bar, same numbers as the chart. */
export function rateTable(cube: Cube, m: RateModel, lang: Lang, title: string): TableModel {
  const t = TEXTS[lang];
  const row = (b: Bar, kind: 'row' | 'reference') => ({
    id: b.id,
    kind,
    highlight: b.highlight,
    cells: [{ text: b.label }, numberCell(b.value, m.unit, b.status, cube.statusCodes, lang)],
  });
  const refs = [m.reference, m.parent].filter((b): b is Bar => !!b);
  return {
    caption: t.tableCaption(m.parent ? t.drillCaption(m.parent.label) : title, m.periodLabel),
    columns: [
      { key: 'name', label: t.name },
      // The symbol in the header too: the CSV's numbers are plain.
      { key: 'value', label: withUnitSymbol(m.unit.label || m.metricLabel || t.value, m.unit.symbol), numeric: true },
    ],
    rows: [...refs.map((b) => row(b, 'reference')), ...m.bars.map((b) => row(b, 'row'))],
  };
}
