/**
 * A waterfall, lying down: from a starting total through each step to the resulting total, one
 * row per step, each labelled with its signed change; several groups become small multiples with
 * their own scales. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { WATERFALL_STEP, waterfallColumns } from './layout.js';
import { slot } from './spec-shape.js';
import { CHART_TEXTS } from './texts.js';
import { frame, type ChartContext } from './theme.js';

export interface WaterfallStep {
  /** The small multiple the step belongs to (e.g. a service); one group draws one chart. */
  group: string;
  order: number;
  label: string;
  /** Totals are drawn from zero; a missing step is drawn as a gap, never as a zero change. */
  kind: 'total' | 'up' | 'down' | 'missing';
  start: number;
  end: number;
  /** What the bar says: the level for totals, the signed change for steps. */
  text: string;
  notes: string;
}

export interface WaterfallInput {
  steps: WaterfallStep[];
  unit: string;
  decimals: number;
  /** Tooltip titles. */
  titles: { step: string; value: string; notes: string };
}

export function waterfallSpec(input: WaterfallInput, ctx: ChartContext): TopLevelSpec {
  const { theme, width } = ctx;
  const groups = [...new Set(input.steps.map((s) => s.group))];
  // `spoken`: what a screen reader hears for a step, in place of Vega's list of fields.
  const values = input.steps.map((s) => ({ ...s, low: Math.min(s.start, s.end), high: Math.max(s.start, s.end), spoken: `${s.group ? `${s.group}, ` : ''}${s.label}: ${s.text}${input.unit && s.kind !== 'missing' ? ` ${input.unit}` : ''}`, series: s.group, place: s.label }));
  const first = input.steps.filter((s) => s.group === groups[0]);
  const description = CHART_TEXTS[ctx.lang].describeWaterfall({ groups, from: first[0]?.label ?? '', to: first[first.length - 1]?.label ?? '', steps: first.filter((s) => s.kind !== 'total').length });
  const columns = waterfallColumns(groups.length, width);
  // Each step a row: its name on the left, whole, and its change after its bar, so neither runs
  // into a neighbour's at any width (a column of steps side by side had 50 px for each).
  const labelRoom = Math.max(112, Math.min(140, Math.round(width * 0.3)));
  const valueRoom = 72;
  // Across: the left padding, then per column its names, its plot and room for the changes after it.
  const cellWidth = Math.max(60, Math.floor((width - 8 - valueRoom * columns) / columns) - labelRoom);
  const kindColour = {
    field: 'kind',
    type: 'nominal',
    scale: { domain: ['total', 'up', 'down', 'missing'], range: [theme.bar, theme.series[2] ?? theme.bar, theme.highlight, theme.grid] },
    legend: null,
  };
  const y = { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: { expr: 'labelLimit' }, labelPadding: 6, ticks: false } };
  const layer = [
    {
      mark: { type: 'bar', height: { band: 0.7 } },
      encoding: {
        description: { field: 'spoken' },
        y,
        x: { field: 'low', type: 'quantitative', title: slot(input.unit), axis: { format: slot(`,.${input.decimals}f`), tickCount: 4, labelOverlap: true } },
        x2: { field: 'high' },
        fill: kindColour,
        stroke: { value: theme.text },
        strokeWidth: { condition: { test: "datum.kind === 'total'", value: 0 }, value: 1 },
        tooltip: [
          { field: 'label', title: slot(input.titles.step) },
          { field: 'text', title: slot(input.titles.value) },
          ...(values.some((v) => v.notes) ? [{ field: 'notes', title: slot(input.titles.notes) }] : []),
        ],
      },
    },
    { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontWeight: 'bold', color: theme.text, aria: false }, encoding: { y, x: { field: 'high', type: 'quantitative' }, text: { field: 'text' } } },
  ];
  const base = { ...frame(ctx, description), data: { values }, params: [{ name: 'labelLimit', value: labelRoom - 8 }] };
  const height = { step: WATERFALL_STEP };
  // The changes after the bars need no padding: Vega lays a chart out by its marks' bounds, overflow included.
  const padding = { top: 8, right: 8, bottom: 4, left: 4 };
  if (groups.length === 1) return { ...base, padding, width, autosize: { type: 'fit-x', contains: 'padding' }, height, layer } as TopLevelSpec;
  return {
    ...base,
    padding,
    facet: { field: 'group', type: 'nominal', sort: groups.map(slot), title: null, header: { labelFontWeight: 'bold', labelFontSize: 13, labelColor: theme.text, labelAnchor: 'start', labelLimit: 0 } },
    columns,
    spacing: { column: 16, row: 16 },
    spec: { width: cellWidth, height, layer },
    resolve: { scale: { y: 'independent', x: 'independent' } },
  } as TopLevelSpec;
}
