/**
 * Vega-Lite specs of `<framskriving-chart>`.
 * - trend: observed values as a solid line with filled points up to the base year, the projection
 *   dashed with hollow points after it, a labelled base-year marker, an uncertainty band when the
 *   file has intervals. Straight segments between the years the file has, nothing in between.
 * - steps: a waterfall from the base value through each component to the projected value, each
 *   step labelled with its signed change; several services become small multiples.
 * Compared series differ by colour and by point shape. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, type ChartTheme } from '../../chart/theme.js';
import { MESSAGES } from '../../format/messages.js';
import { formatSigned, formatSignedPercent, type Lang } from '../../format/number.js';
import type { ProjectionModel } from './model.js';

const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross'];
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export function trendSpec(m: ProjectionModel, theme: ChartTheme, lang: Lang, description: string, width = 640): TopLevelSpec {
  const t = MESSAGES[lang];
  const decimals = m.unit.decimals ?? 0;
  const base = Number.parseInt(m.basePeriod, 10);
  const services = m.series.map((s) => s.label || m.geoLabel);
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
    })),
  );
  // The base point belongs to both lines, so the dashed projection starts where the solid line ends.
  const lines = points.flatMap((p) => (p.year === base ? [{ ...p, kind: t.observed }, { ...p, kind: t.projected }] : [p]));
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const color = { field: 'service', type: 'nominal', scale: { domain: services, range: theme.series }, legend: services.length > 1 ? { title: t.service, orient: 'bottom' } : null };
  const x = {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: [years[0]! - 1, years[years.length - 1]! + 1], nice: false, zero: false },
    axis: { values: years, format: 'd', grid: false, labelFlush: false },
  };
  const y = { field: 'value', type: 'quantitative', title: m.unit.label, axis: { format: `,.${decimals}f` }, scale: { zero: false } };
  const tooltip = [
    ...(services.length > 1 ? [{ field: 'service', title: t.service }] : []),
    { field: 'period', title: t.period },
    { field: 'display', title: m.unit.label || t.value },
    { field: 'kind', title: ' ' },
    { field: 'change', title: `${t.change} ${t.fromBase(m.basePeriod)}` },
  ];
  const layers: unknown[] = [];
  if (points.some((p) => p.lower !== null)) {
    layers.push({
      data: { values: points.filter((p) => p.lower !== null) },
      mark: { type: 'area', opacity: 0.2 },
      encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color: { ...color, legend: null } },
    });
  }
  layers.push(
    {
      data: { values: [{ year: base, label: t.baseYear(m.basePeriod) }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [2, 3], color: theme.muted }, encoding: { x: { field: 'year', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 2, color: theme.text, fontWeight: 'bold' },
          encoding: { x: { field: 'year', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label' } },
        },
      ],
    },
    {
      data: { values: lines },
      mark: { type: 'line', strokeWidth: 2.5, interpolate: 'linear' },
      encoding: {
        x,
        y,
        color,
        detail: { field: 'kind' },
        strokeDash: { field: 'kind', type: 'nominal', scale: { domain: [t.observed, t.projected], range: [[1, 0], [7, 5]] }, legend: { title: null, orient: 'bottom' } },
      },
    },
    {
      data: { values: points },
      mark: { type: 'point', size: 90, strokeWidth: 2.5 },
      encoding: {
        x,
        y,
        color,
        shape: { field: 'service', type: 'nominal', scale: { domain: services, range: SHAPES }, legend: null },
        // Filled before and at the base year, hollow after it: projections look different without colour.
        fill: { condition: { test: `datum.year <= ${base}`, field: 'service', type: 'nominal', scale: { domain: services, range: theme.series } }, value: theme.background === 'transparent' ? '#ffffff' : theme.background },
        tooltip,
      },
    },
    {
      data: { values: points },
      mark: { type: 'text', dy: -12, fontSize: 11 },
      encoding: { x, y, text: { field: 'display' }, color: { value: theme.text } },
    },
  );
  return {
    $schema: SCHEMA,
    description,
    width: Math.max(260, width - 40),
    height: 300,
    padding: { top: 24, right: 24, bottom: 4, left: 4 },
    layer: layers,
    config: chartConfig(theme, lang),
  } as TopLevelSpec;
}

export function stepsSpec(m: ProjectionModel, theme: ChartTheme, lang: Lang, description: string, width = 640): TopLevelSpec {
  const t = MESSAGES[lang];
  const decimals = m.unit.decimals ?? 0;
  const services = [...new Set(m.steps.map((s) => s.serviceLabel || m.geoLabel))];
  const values = m.steps.map((s) => ({
    service: s.serviceLabel || m.geoLabel,
    order: s.order,
    label: s.label,
    kind: s.kind,
    low: Math.min(s.start, s.end),
    high: Math.max(s.start, s.end),
    end: s.end,
    text: s.text,
    notes: s.notes.join(' '),
  }));
  const columns = services.length > 1 ? Math.max(1, Math.min(services.length, Math.floor(width / 320))) : 1;
  const cellWidth = Math.max(220, Math.floor((width - 40) / columns) - 70);
  const kindColour = {
    field: 'kind',
    type: 'nominal',
    scale: { domain: ['total', 'up', 'down', 'missing'], range: [theme.bar, theme.series[2] ?? theme.bar, theme.highlight, theme.grid] },
    legend: null,
  };
  const x = { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0, labelLimit: 110, labelExpr: 'split(datum.label, " ")' } };
  const layer = [
    {
      mark: { type: 'bar', width: { band: 0.7 } },
      encoding: {
        x,
        y: { field: 'low', type: 'quantitative', title: m.unit.label, axis: { format: `,.${decimals}f` } },
        y2: { field: 'high' },
        fill: kindColour,
        stroke: { value: theme.text },
        strokeWidth: { condition: { test: "datum.kind === 'total'", value: 0 }, value: 1 },
        tooltip: [
          { field: 'label', title: t.step },
          { field: 'text', title: m.unit.label || t.value },
          ...(values.some((v) => v.notes) ? [{ field: 'notes', title: t.notes }] : []),
        ],
      },
    },
    {
      mark: { type: 'text', dy: -8, fontWeight: 'bold', color: theme.text },
      encoding: { x, y: { field: 'high', type: 'quantitative' }, text: { field: 'text' } },
    },
  ];
  const base = { $schema: SCHEMA, description, config: chartConfig(theme, lang), padding: { top: 8, right: 16, bottom: 4, left: 4 } };
  if (services.length === 1) {
    return { ...base, data: { values }, width: Math.max(260, width - 60), height: 300, layer } as TopLevelSpec;
  }
  return {
    ...base,
    data: { values },
    facet: { field: 'service', type: 'nominal', sort: services, title: null, header: { labelFontWeight: 'bold', labelFontSize: 13, labelColor: theme.text, labelAnchor: 'start' } },
    columns,
    spec: { width: cellWidth, height: 240, layer },
    resolve: { scale: { y: 'independent', x: 'independent' } },
  } as TopLevelSpec;
}
