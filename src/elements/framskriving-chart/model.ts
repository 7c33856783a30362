/**
 * From a projection cube to what `<framskriving-chart>` shows: observed and projected values per
 * service (trend), the steps from the base value to the projected one (steps), the change in
 * numbers and percent, the notes the file carries for those cells, the summary and the table. Pure.
 */
import { numberCell, type TableModel } from '../../base/view-model.js';
import { LoadError } from '../../data/errors.js';
import { categoryLabel, notesForCell } from '../../data/jsonstat.js';
import { chooseSlice, looseId, pickMeasure, pickOption, pickOptions } from '../../data/options.js';
import { projectionSteps } from '../../data/projection.js';
import type { Cube, Dimension, Row, Unit } from '../../data/types.js';
import { formatNumber, formatSigned, formatSignedPercent, type Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';

export const VARIANTS = ['trend', 'steps'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface ProjectionConfig {
  basePeriod: string;
  firstProjectedPeriod?: string;
  steps: Array<{
    measure: string;
    to: string;
    /** `label`: a short name for the step (the metric's own label is the long one). */
    components: Array<{ metric: string; type: 'level' | 'change' | 'subset'; label?: string }>;
    remainder?: { label?: string; shortLabel?: string; note?: string };
  }>;
  intervals?: Record<string, { lower: string; upper: string; level?: number }>;
}

export interface Point {
  service: string;
  serviceLabel: string;
  period: string;
  year: number;
  value: number;
  display: string;
  projected: boolean;
  lower?: number;
  upper?: number;
  notes: string[];
}

export interface Series {
  service: string;
  label: string;
  points: Point[];
  base?: Point;
  last?: Point;
  change?: number;
  changePct?: number;
}

export interface Step {
  service: string;
  serviceLabel: string;
  order: number;
  label: string;
  kind: 'total' | 'up' | 'down' | 'missing';
  start: number;
  end: number;
  change: number;
  /** What the bar says: the level for totals, the signed change for steps. */
  text: string;
  notes: string[];
}

export interface ProjectionModel {
  /** The words of the element's language that its table and chart write. */
  texts: (typeof TEXTS)[Lang];
  /** The view drawn: `steps` only where the file has steps for the measure. */
  variant: Variant;
  geo: string;
  geoLabel: string;
  measure: string;
  measureLabel: string;
  unit: Unit;
  basePeriod: string;
  series: Series[];
  steps: Step[];
  /** Herav-figures shown beside the steps (e.g. digital services). */
  subsets: Array<{ service: string; label: string; value: number | null; display: string }>;
  notes: string[];
}

/** `Liggedøgn (2021: faktisk; …)` -> `Liggedøgn`: the name without its explanation. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '').trim();
}

export function projectionConfig(cube: Cube): ProjectionConfig {
  const p = cube.hi.projection as ProjectionConfig | undefined;
  if (!p || typeof p.basePeriod !== 'string') throw new LoadError('invalid', { rule: 'projection-missing' }, [{ path: '$.extension.hi.projection', rule: 'projection-missing', params: {} }]);
  return { ...p, steps: Array.isArray(p.steps) ? p.steps : [] };
}

/** The classification dimension holding services (`tjeneste`), if the file has one. */
function serviceDimension(cube: Cube): Dimension | undefined {
  return cube.byId.tjeneste ?? cube.dimensions.find((d) => !d.role && d.categories.length > 1);
}

export interface ProjectionOptions {
  lang: Lang;
  geo: string;
  measure?: string;
  /** As the `tjeneste` attribute gives it: service ids separated by spaces. */
  services?: string;
  /** As the `variant` attribute gives it. */
  variant?: string;
}

export function buildProjectionModel(cube: Cube, opts: ProjectionOptions): ProjectionModel {
  const t = TEXTS[opts.lang];
  const config = projectionConfig(cube);
  const variant = pickOption('variant', opts.variant, VARIANTS, 'trend');
  const measure = pickMeasure(cube, opts.measure, config.steps[0]?.measure);
  const unit = cube.metric.unit[measure] ?? { label: '' };
  const serviceDim = serviceDimension(cube);
  const { inSlice } = chooseSlice(cube, undefined, serviceDim ? [serviceDim] : []);

  const index = new Map<string, Row>();
  const key = (service: string, period: string, metric: string) => `${service}|${period}|${metric}`;
  for (const r of cube.rows) {
    if (r.geo === opts.geo && inSlice(r)) index.set(key(serviceDim ? r.coords[serviceDim.id]! : '', r.time, r.metric), r);
  }
  const cell = (service: string, period: string, metric: string) => index.get(key(service, period, metric));
  const valueAt = (service: string, period: string, metric: string) => cell(service, period, metric)?.value ?? null;

  // Services: as asked, else the total; a service without numbers stands for its parts.
  const serviceIds = serviceDim?.categories.map((k) => k.id) ?? [''];
  const expand = (id: string): string[] =>
    valueAt(id, config.basePeriod, measure) !== null ? [id] : (serviceDim?.child[id] ?? []).flatMap(expand);
  // A file without services has nothing for `tjeneste` to choose.
  let services = serviceDim ? pickOptions('tjeneste', opts.services, serviceIds, looseId) : [];
  if (services.length) {
    services = services.flatMap((s) => (valueAt(s, config.basePeriod, measure) !== null ? [s] : expand(s).length ? expand(s) : [s]));
  } else {
    services = expand(serviceIds[0]!);
    if (!services.length) services = serviceIds.filter((s) => valueAt(s, config.basePeriod, measure) !== null);
  }
  const serviceLabel = (s: string) => (serviceDim ? shortLabel(categoryLabel(serviceDim, s)) : '');
  const periods = cube.time.categories.map((k) => k.id);
  const interval = config.intervals?.[measure];
  const fmt = (v: number) => formatNumber(v, opts.lang, unit.decimals);
  const notesOf = (service: string, period: string, metric: string) =>
    notesForCell(cube, { [cube.geo.id]: opts.geo, [cube.time.id]: period, [cube.metric.id]: metric, ...(serviceDim ? { [serviceDim.id]: service } : {}) });

  const series: Series[] = services.map((service) => {
    const points: Point[] = [];
    for (const period of periods) {
      const value = valueAt(service, period, measure);
      if (value === null) continue;
      const p: Point = {
        service,
        serviceLabel: serviceLabel(service),
        period,
        year: Number.parseInt(period, 10),
        value,
        display: fmt(value),
        projected: period > config.basePeriod,
        notes: notesOf(service, period, measure),
      };
      if (interval) {
        const lo = valueAt(service, period, interval.lower);
        const hi = valueAt(service, period, interval.upper);
        if (lo !== null && hi !== null) Object.assign(p, { lower: lo, upper: hi });
      }
      points.push(p);
    }
    const s: Series = { service, label: serviceLabel(service), points };
    const base = points.find((p) => p.period === config.basePeriod);
    const last = points[points.length - 1];
    if (base) s.base = base;
    if (last) s.last = last;
    if (base && last && last !== base) {
      s.change = last.value - base.value;
      if (base.value !== 0) s.changePct = s.change / base.value;
    }
    return s;
  });

  const steps: Step[] = [];
  const subsets: ProjectionModel['subsets'] = [];
  const stepConfig = config.steps.find((s) => s.measure === measure);
  const measureShort = shortLabel(categoryLabel(cube.metric, measure));
  if (stepConfig) {
    for (const service of services) {
      const base = valueAt(service, config.basePeriod, measure);
      if (base === null) continue;
      const printed = valueAt(service, stepConfig.to, measure);
      const result = projectionSteps(
        base,
        stepConfig.components.map((c) => ({ ...c, value: valueAt(service, stepConfig.to, c.metric) })),
        printed,
      );
      const common = { service, serviceLabel: serviceLabel(service) };
      steps.push({ ...common, order: 0, label: `${measureShort} ${config.basePeriod}`, kind: 'total', start: 0, end: base, change: base, text: fmt(base), notes: notesOf(service, config.basePeriod, measure) });
      for (const s of result.steps) {
        const label = stepConfig.components.find((c) => c.metric === s.metric)?.label ?? stepLabel(categoryLabel(cube.metric, s.metric), measureShort);
        steps.push({
          ...common,
          order: steps.length,
          label,
          kind: s.missing ? 'missing' : s.change >= 0 ? 'up' : 'down',
          start: s.start,
          end: s.end,
          change: s.change,
          text: s.missing ? (cell(service, stepConfig.to, s.metric)?.status ?? '..') : formatSigned(s.change, opts.lang, unit.decimals),
          notes: notesOf(service, stepConfig.to, s.metric),
        });
      }
      if (printed !== null && result.mismatch !== null && stepConfig.remainder) {
        // A model step the report does not print: drawn from the last printed level to the result.
        steps.push({
          ...common,
          order: steps.length,
          label: stepConfig.remainder.shortLabel ?? shortLabel(stepConfig.remainder.label ?? t.remainder),
          kind: result.mismatch >= 0 ? 'up' : 'down',
          start: result.computedResult,
          end: printed,
          change: result.mismatch,
          text: formatSigned(result.mismatch, opts.lang, unit.decimals),
          notes: stepConfig.remainder.note ? [stepConfig.remainder.note] : [],
        });
      }
      const notes = notesOf(service, stepConfig.to, measure);
      if (printed !== null && result.mismatch !== null && !stepConfig.remainder && !notes.length) {
        notes.push(t.sumMismatch({ printed: fmt(printed), sum: fmt(result.computedResult) }));
      }
      if (printed !== null) {
        steps.push({ ...common, order: steps.length, label: `${measureShort} ${stepConfig.to}`, kind: 'total', start: 0, end: printed, change: printed, text: fmt(printed), notes });
      }
      for (const sub of result.subsets) {
        const own = stepConfig.components.find((c) => c.metric === sub.metric)?.label;
        subsets.push({ service: serviceLabel(service), label: own ?? shortLabel(categoryLabel(cube.metric, sub.metric)), value: sub.value, display: sub.value === null ? '..' : fmt(sub.value) });
      }
    }
  }

  // With several services on show, each note says which one it is about.
  const tag = (label: string, notes: string[]) => (services.length > 1 && label ? notes.map((n) => `${label}: ${n}`) : notes);
  const shown =
    variant === 'steps' && steps.length
      ? steps.map((s) => tag(s.serviceLabel, s.notes))
      : series.flatMap((s) => s.points.map((p) => tag(s.label, p.notes)));
  return {
    texts: t,
    variant: variant === 'steps' && steps.length ? 'steps' : 'trend',
    geo: opts.geo,
    geoLabel: categoryLabel(cube.geo, opts.geo),
    measure,
    measureLabel: measureShort,
    unit,
    basePeriod: config.basePeriod,
    series,
    steps,
    subsets,
    notes: [...new Set(shown.flat())],
  };
}

/** A component's name for a step: `Liggedøgn, Demografi 2040 (…)` -> `Demografi 2040`. */
function stepLabel(label: string, measure: string): string {
  const short = shortLabel(label);
  return short.toLowerCase().startsWith(`${measure.toLowerCase()}, `) ? short.slice(measure.length + 2) : short;
}

/** "Norge, alle tjenesteområder. Liggedøgn: 1 646 582 i 2021, 1 763 914 i 2040 (+7,1 %)." */
export function projectionSummary(m: ProjectionModel, lang: Lang): string {
  const t = TEXTS[lang];
  const withChange = m.series.filter((s) => s.base && s.last && s.last !== s.base);
  if (!withChange.length) return t.empty;
  const clause = (s: Series) =>
    t.projectionChange({
      from: s.base!.display,
      fromPeriod: s.base!.period,
      to: s.last!.display,
      toPeriod: s.last!.period,
      pct: s.changePct === undefined ? '' : formatSignedPercent(s.changePct, lang),
    });
  if (withChange.length === 1) {
    const s = withChange[0]!;
    return `${m.geoLabel}${s.label ? `, ${s.label}` : ''}. ${m.measureLabel}: ${clause(s)}.`;
  }
  return `${m.geoLabel}. ${m.measureLabel}: ${withChange.map((s) => `${s.label} ${clause(s)}`).join('; ')}.`;
}

/** Trend table: one row per service, a column per period, then the change; steps table: one row per step. */
export function projectionTable(cube: Cube, m: ProjectionModel, lang: Lang): TableModel {
  const t = TEXTS[lang];
  const caption = `${m.measureLabel}, ${m.geoLabel}`;
  if (m.variant === 'steps') {
    const multi = new Set(m.steps.map((s) => s.service)).size > 1;
    return {
      caption: `${caption}: ${t.stepsCaption}`,
      columns: [
        { key: 'step', label: t.step },
        { key: 'change', label: t.change, numeric: true },
        { key: 'level', label: m.unit.label || t.value, numeric: true },
      ],
      rows: [...m.steps.map((s) => ({
        id: `${s.service}-${s.order}`,
        cells: [
          { text: multi ? `${s.serviceLabel}: ${s.label}` : s.label, note: s.notes.join(' ') || undefined },
          s.kind === 'total' ? { text: '', numeric: true } : s.kind === 'missing' ? numberCell(null, m.unit, s.text, cube.statusCodes, lang) : { text: s.text, value: s.change, decimals: m.unit.decimals, numeric: true },
          { text: formatNumber(s.end, lang, m.unit.decimals), value: s.end, decimals: m.unit.decimals, numeric: true },
        ],
      })),
      // "Herav" figures: part of the projected value, not a step of their own.
      ...m.subsets.map((sub) => ({
        id: `${sub.service}-${sub.label}`,
        cells: [
          { text: multi ? `${sub.service}: ${sub.label}` : sub.label },
          { text: '', numeric: true },
          numberCell(sub.value, m.unit, sub.value === null ? '..' : undefined, cube.statusCodes, lang),
        ],
      }))],
    };
  }
  const periods = [...new Set(m.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return {
    caption,
    columns: [
      { key: 'service', label: t.service },
      ...periods.map((p) => ({ key: p, label: p, numeric: true })),
      { key: 'change', label: t.change, numeric: true },
      { key: 'pct', label: t.changePct, numeric: true },
    ],
    rows: m.series.map((s) => ({
      id: s.service,
      cells: [
        { text: s.label || m.geoLabel },
        ...periods.map((p) => {
          const point = s.points.find((x) => x.period === p);
          if (!point) return numberCell(null, m.unit, '..', cube.statusCodes, lang);
          return { ...numberCell(point.value, m.unit, undefined, cube.statusCodes, lang), note: point.notes.join(' ') || undefined };
        }),
        s.change === undefined ? { text: '', numeric: true } : { text: formatSigned(s.change, lang, m.unit.decimals), value: s.change, decimals: m.unit.decimals, numeric: true },
        s.changePct === undefined ? { text: '', numeric: true } : { text: formatSignedPercent(s.changePct, lang), value: Math.round(s.changePct * 1000) / 10, decimals: 1, numeric: true },
      ],
    })),
  };
}
