/**
 * From a cube with a time dimension to what `<hf-utvikling>` shows: a line per unit (the one
 * followed, its fylke, the country) or per category of a `series` dimension, over the periods from
 * `from` to `to`, as the file's numbers or as an index (a base period = 100); its summary, its
 * table (periods as rows) and its notes. Pure.
 */
import { numberCell, type Choice, type TableModel } from '../../base/view-model.js';
import { breakSpanned, seriesBreaks, type SeriesBreak } from '../../data/breaks.js';
import { fylkeOf } from '../../data/codelist.js';
import { categoryLabel, unitForShown } from '../../data/jsonstat.js';
import { chooseSlice, looseId, pickMeasure, pickOption, unknownOption } from '../../data/options.js';
import { totalOf } from '../../data/totals.js';
import type { Cube, Dimension, Row, Unit } from '../../data/types.js';
import { capitalise, formatChange, formatNumber, formatValue, type Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';

export interface TrendPoint {
  period: string;
  value: number | null;
  status?: string;
  /** The value as written, or the status symbol where there is none. */
  display: string;
  projected: boolean;
}

export interface TrendLine {
  id: string;
  label: string;
  /** The unit (or the series' total) the reader follows: set apart from the comparisons. */
  followed: boolean;
  points: TrendPoint[];
}

export interface TrendModel {
  metric: string;
  metricLabel: string;
  unit: Unit;
  /** The periods from `from` to `to`, in the file's order. */
  periods: Array<{ id: string; label: string }>;
  /** Every period is a year: the axis spaces them by time. */
  years: boolean;
  lines: TrendLine[];
  /** Breaks in the series between two periods shown (`extension.hi.seriesBreaks`). */
  breaks: SeriesBreak[];
  /** `label`: as the chart writes it on the line. */
  target?: { value: number; display: string; label: string };
  /** The base period of an index. */
  index?: { period: string; label: string };
  /** The dimension whose categories are the lines, when it is not geography. */
  series?: Dimension;
  slice: Choice[];
  measures?: Choice;
  /** Why something asked for is not shown (a kommune the file lacks, a line without its base period). */
  notes: string[];
}

/** The options as the attributes give them; each is checked against what the file has. */
export interface TrendOptions {
  lang: Lang;
  /** `geo`: a unit of the file, by id or label. */
  geo?: string;
  /** `kommune`, as the page wrote it, and the id it has in the file, if any. */
  kommune?: { asked: string; inFile?: string };
  measure?: string;
  series?: string;
  index?: string;
  from?: string;
  to?: string;
  target?: string;
  filter?: string;
}

const ids = (d: Dimension) => d.categories.map((k) => k.id);
const options = (d: Dimension) => d.categories.map((k) => ({ id: k.id, label: k.label }));

/** A dimension without a role, by id or label: the one whose categories become lines. */
function pickSeries(cube: Cube, wanted: string | undefined): Dimension | undefined {
  if (!wanted?.trim()) return undefined;
  const free = cube.dimensions.filter((d) => !d.role);
  const found = free.find((d) => d.id === wanted || looseId(d.id) === looseId(wanted) || looseId(d.label) === looseId(wanted));
  if (!found) throw unknownOption('series', wanted, free.map((d) => d.id));
  return found;
}

/** A target as the page writes it: `60`, `12,5`, `12.5`. */
function pickTarget(wanted: string | undefined): number | undefined {
  if (!wanted?.trim()) return undefined;
  const written = wanted.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?\d*[.,]?\d+$/.test(written)) throw unknownOption('target', wanted.trim(), { format: 'number' });
  return Number(written.replace(',', '.'));
}

export function buildTrendModel(cube: Cube, opts: TrendOptions): TrendModel {
  const t = TEXTS[opts.lang];
  const notes: string[] = [];
  const metric = pickMeasure(cube, opts.measure);
  const periodIds = ids(cube.time);
  const from = pickOption('from', opts.from, periodIds, periodIds[0]!, looseId);
  const to = pickOption('to', opts.to, periodIds.slice(periodIds.indexOf(from)), periodIds[periodIds.length - 1]!, looseId);
  const shown = periodIds.slice(periodIds.indexOf(from), periodIds.indexOf(to) + 1);
  const series = pickSeries(cube, opts.series);
  const slice = chooseSlice(cube, opts.filter, series ? [series] : []);
  const target = pickTarget(opts.target);

  // The unit followed: `geo`, else the kommune, else the country (or the file's only unit).
  const geoIds = ids(cube.geo);
  const named = opts.geo?.trim() && cube.geo.categories.find((k) => looseId(k.label) === looseId(opts.geo!))?.id;
  let followed = named || (pickOption('geo', opts.geo, geoIds, undefined, looseId) ?? opts.kommune?.inFile);
  const fallback = cube.reference ?? geoIds[0]!;
  if (!followed && opts.kommune) notes.push(t.kommuneMissing(opts.kommune.asked, categoryLabel(cube.geo, fallback)));
  followed ??= fallback;

  // Every cell of the measure and the slice, by unit, series category and period.
  const cells = new Map<string, Row>();
  const key = (geo: string, category: string, period: string) => `${geo}\u0000${category}\u0000${period}`;
  for (const r of cube.rows) if (r.metric === metric && slice.inSlice(r)) cells.set(key(r.geo, series ? r.coords[series.id]! : '', r.time), r);

  const unit0: Unit = cube.metric.unit[metric] ?? { label: '' };
  const lineOf = (id: string, label: string, isFollowed: boolean, geo: string, category = ''): TrendLine => ({
    id,
    label,
    followed: isFollowed,
    points: shown.map((period) => {
      const r = cells.get(key(geo, category, period));
      const p: TrendPoint = { period, value: r?.value ?? null, display: '', projected: false };
      if (r?.status) p.status = r.status;
      return p;
    }),
  });
  const hasNumbers = (l: TrendLine) => l.points.some((p) => p.value !== null);

  let lines: TrendLine[];
  if (series) {
    const total = totalOf(series.categories);
    lines = series.categories.map((k) => lineOf(k.id, k.label, k.id === (total ?? series.categories[0]!.id), followed!, k.id));
  } else {
    const comparisons = followed === cube.reference ? [] : [fylkeOf(cube, followed), cube.reference].filter((id): id is string => !!id && id !== followed);
    const name = (id: string) => (id === cube.reference && cube.geo.level[id] === 'land' ? t.national : capitalise(categoryLabel(cube.geo, id)));
    lines = [lineOf(followed, name(followed), true, followed), ...comparisons.map((id) => lineOf(id, name(id), false, id)).filter(hasNumbers)];
  }

  // As an index, each line is divided by its own value in the base period.
  let unit = unitForShown(unit0, lines.flatMap((l) => l.points.map((p) => p.value)));
  let index: TrendModel['index'];
  if (opts.index?.trim()) {
    const base = pickOption('index', opts.index, shown, undefined, looseId)!;
    index = { period: base, label: categoryLabel(cube.time, base) };
    unit = { label: t.indexUnit(index.label), decimals: 1 };
    lines = lines.filter((l) => {
      const baseValue = l.points.find((p) => p.period === base)?.value;
      if (!baseValue) {
        notes.push(t.indexNote(index!.label, l.label));
        return false;
      }
      for (const p of l.points) if (p.value !== null) p.value = (p.value / baseValue) * 100;
      return true;
    });
  }

  const projection = cube.hi.projection as { firstProjectedPeriod?: unknown } | undefined;
  const firstProjected = typeof projection?.firstProjectedPeriod === 'string' ? periodIds.indexOf(projection.firstProjectedPeriod) : -1;
  for (const l of lines) {
    for (const p of l.points) {
      p.projected = firstProjected >= 0 && periodIds.indexOf(p.period) >= firstProjected;
      p.display = p.value === null ? (p.status ?? '..') : formatValue(p.value, opts.lang, unit);
    }
  }

  // A break counts where it falls between two periods shown (the file may skip the years around it).
  const years = shown.every((p) => /^\d{4}$/.test(p));
  const order = (p: string) => (years ? Number(p) : periodIds.indexOf(p));
  const breaks = seriesBreaks(cube).filter(
    (b) => order(b.between[0]) >= order(shown[0]!) && order(b.between[1]) <= order(shown[shown.length - 1]!),
  );

  const model: TrendModel = {
    metric,
    metricLabel: cube.byId[cube.metric.id] ? categoryLabel(cube.metric, metric) : '',
    unit,
    periods: shown.map((id) => ({ id, label: categoryLabel(cube.time, id) })),
    years,
    lines,
    breaks,
    slice: slice.choices
      .filter(({ dimension: d }) => d.categories.length > 1)
      .map(({ dimension: d, category }) => ({ id: d.id, label: d.label, value: category, valueLabel: categoryLabel(d, category), options: options(d) })),
    notes,
  };
  if (series) model.series = series;
  if (index) model.index = index;
  if (target !== undefined) {
    // With its unit in words where it has no symbol: "Mål: 60 %", "Mål: 16 000 årsverk".
    const display = [formatValue(target, opts.lang, unit0), unit0.symbol ? '' : unit0.label].filter(Boolean).join(' ');
    model.target = { value: target, display, label: t.targetLabel(display) };
  }
  if (cube.metric.categories.length > 1) {
    model.measures = { id: 'measure', label: cube.metric.label || TEXTS[opts.lang].measure, value: metric, valueLabel: model.metricLabel, options: options(cube.metric) };
  }
  return model;
}

/** The categories a view is fixed to, as a subtitle writes them: "Målgruppe: Totalt". */
export function sliceText(m: TrendModel): string {
  return m.slice.map((c) => `${c.label}: ${c.valueLabel}`).join(' · ');
}

/** Units that are shares: their changes are percentage points. */
const PERCENT = /^(%|prosent|prosentdel|andel i prosent|per cent|percent|percentage)$/i;

const periodLabel = (m: TrendModel, id: string) => m.periods.find((p) => p.id === id)?.label ?? id;

/** "Norge: 17 074 årsverk i 2022, opp 3 138 (+22,5 %) fra 2016." for a line. */
export function changeSentence(m: TrendModel, line: TrendLine, lang: Lang): string {
  const t = TEXTS[lang];
  const withValue = line.points.filter((p) => p.value !== null);
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (!first || !last) return t.noneHasValue(line.label);
  const diff = last.value! - first.value!;
  const decimals = m.unit.decimals ?? 0;
  // A share changes by percentage points; a percent of a percent would mislead.
  const share = PERCENT.test(m.unit.label) || m.unit.symbol === '%';
  const change =
    first === last ? '' : share && !m.index ? `${formatNumber(Math.abs(diff), lang, decimals)} ${t.points}` : formatChange(first.value!, last.value!, lang, decimals, !m.index);
  return t.change({
    name: line.label,
    last: last.display,
    lastPeriod: periodLabel(m, last.period),
    // An index or a value with its symbol needs no word after the number.
    unit: m.index || m.unit.symbol ? '' : m.unit.label,
    change,
    direction: Math.abs(diff) < 10 ** -decimals / 2 ? 'same' : diff > 0 ? 'up' : 'down',
    firstPeriod: periodLabel(m, first.period),
  });
}

/** The summary: the followed line's change, then each comparison's, the target and the slice. */
export function trendSummary(m: TrendModel, lang: Lang): string {
  const t = TEXTS[lang];
  if (!m.lines.length) return t.empty;
  const ordered = [...m.lines.filter((l) => l.followed), ...m.lines.filter((l) => !l.followed)];
  const sentences = ordered.map((l) => changeSentence(m, l, lang));
  if (m.index) sentences.unshift(`${capitalise(m.unit.label)}.`);
  // A change measured across a break says so.
  const spanned = ordered[0]!.points.filter((p) => p.value !== null);
  const [first, last] = [spanned[0]?.period, spanned[spanned.length - 1]?.period];
  const index = (p: string) => (m.years ? Number(p) : m.periods.findIndex((q) => q.id === p));
  const across = first && last ? breakSpanned(m.breaks, first, last, index) : undefined;
  if (across) sentences.push(t.breakInSpan(`${across.between[0]}–${across.between[1]}`));
  if (m.target) sentences.push(t.target(m.target.display));
  if (m.slice.length) sentences.push(t.selection(sliceText(m)));
  return sentences.join(' ');
}

/** The table: a row per period, a column per line, the same numbers as the chart; a projected period says so. */
export function trendTable(cube: Cube, m: TrendModel, lang: Lang, caption: string): TableModel {
  const t = TEXTS[lang];
  const unitText = m.unit.symbol && !m.unit.label.includes(m.unit.symbol) ? `${m.unit.label} (${m.unit.symbol})` : m.unit.label;
  return {
    caption,
    columns: [
      { key: 'period', label: t.period },
      ...m.lines.map((l) => ({ key: l.id, label: m.lines.length === 1 && unitText ? `${l.label}, ${unitText}` : l.label, numeric: true })),
    ],
    rows: m.periods.map((period, i) => {
      const projected = m.lines.some((l) => l.points[i]!.projected);
      return {
        id: period.id,
        cells: [
          projected ? { text: period.label, note: t.projected } : { text: period.label },
          ...m.lines.map((l) => {
            const p = l.points[i]!;
            return numberCell(p.value, m.unit, p.status, cube.statusCodes, lang);
          }),
        ],
      };
    }),
  };
}
