/**
 * The charts of `<framskriving-chart>`. Pure.
 * - trend: observed values as a solid line with filled points up to the base year, the projection
 *   dashed with hollow points after it, a labelled base-year marker, an uncertainty band when the
 *   file has intervals. Straight segments between the years the file has, nothing in between.
 *   Compared services differ by colour and by point shape.
 * - steps: the shared waterfall from the base value through each component to the projected
 *   value; several services become small multiples.
 */
import type { TopLevelSpec } from 'vega-lite';
import { slot } from '../../chart/spec-shape.js';
import { frame, hollow, yearMarkers, type ChartContext } from '../../chart/theme.js';
import { CHART_TEXTS } from '../../chart/texts.js';
import { waterfallSpec } from '../../chart/waterfall.js';
import { formatNumber, formatSigned, formatSignedPercent, unitWords } from '../../format/number.js';
import type { ProjectionModel } from './model.js';

const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross'];

export function chart(m: ProjectionModel, ctx: ChartContext): TopLevelSpec {
  if (m.variant === 'trend') return trendSpec(m, ctx);
  const t = m.texts;
  const steps = m.steps.map((s) => ({ ...s, group: s.serviceLabel || m.geoLabel, notes: s.notes.join(' ') }));
  return waterfallSpec({ steps, unit: m.unit.label, decimals: m.unit.decimals ?? 0, titles: { step: t.step, value: m.unit.label || t.value, notes: t.notes } }, ctx);
}

export function trendSpec(m: ProjectionModel, ctx: ChartContext): TopLevelSpec {
  const { theme, lang, width } = ctx;
  const t = m.texts;
  const decimals = m.unit.decimals ?? 0;
  const base = Number.parseInt(m.basePeriod, 10);
  const services = m.series.map((s) => s.label || m.geoLabel);
  const serviceSlots = services.map(slot);
  const unit = unitWords(m.unit);
  // Below the chart; in a narrow column one entry per line, so none runs out of the box.
  const legendPlace = { orient: 'bottom', ...(width < 480 ? { direction: 'vertical' } : {}) };
  // Each projected point says how far it is from the base year, in numbers and percent.
  const changeText = (s: (typeof m.series)[number], value: number) => {
    if (!s.base || value === s.base.value) return '';
    const diff = value - s.base.value;
    return s.base.value ? `${formatSigned(diff, lang, decimals)} (${formatSignedPercent(diff / s.base.value, lang)})` : formatSigned(diff, lang, decimals);
  };
  const points = m.series.flatMap((s) =>
    s.points.map((p) => ({
      change: p.projected ? changeText(s, p.value) : '',
      service: s.label || m.geoLabel,
      year: p.year,
      period: p.period,
      value: p.value,
      display: p.display,
      lower: p.lower ?? null,
      upper: p.upper ?? null,
      kind: p.projected ? t.projected : t.observed,
      notes: p.notes.join(' '),
      spoken: `${s.label || m.geoLabel}, ${p.period}: ${p.display}${unit ? ` ${unit}` : ''}${p.projected ? ` (${t.projected})` : ''}`,
      series: s.label || m.geoLabel,
      place: p.year,
    })),
  );
  // The base point belongs to both lines, so the dashed projection starts where the solid line ends.
  const lines = points.flatMap((p) => (p.year === base ? [{ ...p, kind: t.observed }, { ...p, kind: t.projected }] : [p]));
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const color = { field: 'service', type: 'nominal', scale: { domain: serviceSlots, range: theme.series }, legend: services.length > 1 ? { title: slot(t.service), ...legendPlace } : null };
  const x = {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: { expr: 'xDomain' }, nice: false, zero: false },
    axis: { values: { expr: 'years' }, format: 'd', grid: false, labelFlush: false },
  };
  const y = { field: 'value', type: 'quantitative', title: slot(m.unit.label), axis: { format: slot(`,.${decimals}f`) }, scale: { zero: false } };
  const tooltip = [
    ...(services.length > 1 ? [{ field: 'service', title: slot(t.service) }] : []),
    { field: 'period', title: slot(t.period) },
    { field: 'display', title: slot(m.unit.label || t.value) },
    { field: 'kind', title: ' ' },
    { field: 'change', title: slot(`${t.change} ${t.fromBase(m.basePeriod)}`) },
  ];
  const layers: unknown[] = [];
  if (points.some((p) => p.lower !== null)) {
    layers.push({
      data: { values: points.filter((p) => p.lower !== null) },
      mark: { type: 'area', opacity: 0.2, aria: false },
      encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color: { ...color, legend: null } },
    });
  }
  layers.push(
    yearMarkers([{ year: base, label: t.baseYear(m.basePeriod) }], { dash: [2, 3], colour: theme.muted }, theme.text),
    {
      data: { values: lines },
      mark: { type: 'line', strokeWidth: 2.5, interpolate: 'linear', aria: false },
      encoding: {
        x,
        y,
        color,
        detail: { field: 'kind' },
        strokeDash: { field: 'kind', type: 'nominal', scale: { domain: [slot(t.observed), slot(t.projected)], range: [[1, 0], [7, 5]] }, legend: { title: null, ...legendPlace } },
      },
    },
    {
      data: { values: points },
      mark: { type: 'point', size: 90, strokeWidth: 2.5 },
      encoding: {
        description: { field: 'spoken' },
        x,
        y,
        color,
        shape: { field: 'service', type: 'nominal', scale: { domain: serviceSlots, range: SHAPES }, legend: null },
        // Filled before and at the base year, hollow after it: projections look different without colour.
        fill: { condition: { test: 'datum.year <= baseYear', field: 'service', type: 'nominal', scale: { domain: serviceSlots, range: theme.series } }, value: hollow(theme) },
        tooltip,
      },
    },
    {
      data: { values: points },
      mark: { type: 'text', dy: -12, fontSize: 11, aria: false },
      encoding: { x, y, text: { field: 'display' }, color: { value: theme.text } },
    },
  );
  const ordered = points.map((p) => p.value).sort((a, b) => a - b);
  const description = CHART_TEXTS[lang].describeLines({
    lines: services,
    from: String(years[0] ?? ''),
    to: String(years[years.length - 1] ?? ''),
    unit: m.unit.label,
    min: formatNumber(ordered[0] ?? 0, lang, decimals),
    max: formatNumber(ordered[ordered.length - 1] ?? 0, lang, decimals),
  });
  return {
    ...frame(ctx, description),
    width,
    autosize: { type: 'fit-x', contains: 'padding' },
    height: 300,
    padding: { top: 24, right: 24, bottom: 4, left: 4 },
    // What follows the years: parameters, so that every region and file of these years shares the shape.
    params: [
      { name: 'xDomain', value: [years[0]! - 1, years[years.length - 1]! + 1] },
      { name: 'years', value: years },
      { name: 'baseYear', value: base },
    ],
    layer: layers,
  } as TopLevelSpec;
}

