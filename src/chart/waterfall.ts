/**
 * A waterfall: from a starting total through each step to the resulting total, each step labelled
 * with its signed change; several groups become small multiples with their own scales. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { MESSAGES } from '../format/messages.js';
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
  const values = input.steps.map((s) => ({ ...s, low: Math.min(s.start, s.end), high: Math.max(s.start, s.end), spoken: `${s.group ? `${s.group}, ` : ''}${s.label}: ${s.text}${input.unit && s.kind !== 'missing' ? ` ${input.unit}` : ''}` }));
  const first = input.steps.filter((s) => s.group === groups[0]);
  const description = MESSAGES[ctx.lang].describeWaterfall({ groups, from: first[0]?.label ?? '', to: first[first.length - 1]?.label ?? '', steps: first.filter((s) => s.kind !== 'total').length });
  const columns = groups.length > 1 ? Math.max(1, Math.min(groups.length, Math.floor(width / 320))) : 1;
  // At 280 px a cell still fits the column, its axis included: never drawn wider and scaled down.
  const cellWidth = Math.max(150, Math.floor((width - 40) / columns) - 70);
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
        description: { field: 'spoken' },
        x,
        y: { field: 'low', type: 'quantitative', title: input.unit, axis: { format: `,.${input.decimals}f` } },
        y2: { field: 'high' },
        fill: kindColour,
        stroke: { value: theme.text },
        strokeWidth: { condition: { test: "datum.kind === 'total'", value: 0 }, value: 1 },
        tooltip: [
          { field: 'label', title: input.titles.step },
          { field: 'text', title: input.titles.value },
          ...(values.some((v) => v.notes) ? [{ field: 'notes', title: input.titles.notes }] : []),
        ],
      },
    },
    { mark: { type: 'text', dy: -8, fontWeight: 'bold', color: theme.text, aria: false }, encoding: { x, y: { field: 'high', type: 'quantitative' }, text: { field: 'text' } } },
  ];
  const base = { ...frame(ctx, description), padding: { top: 8, right: 16, bottom: 4, left: 4 }, data: { values } };
  if (groups.length === 1) return { ...base, width, autosize: { type: 'fit-x', contains: 'padding' }, height: 300, layer } as TopLevelSpec;
  return {
    ...base,
    facet: { field: 'group', type: 'nominal', sort: groups, title: null, header: { labelFontWeight: 'bold', labelFontSize: 13, labelColor: theme.text, labelAnchor: 'start' } },
    columns,
    spec: { width: cellWidth, height: 240, layer },
    resolve: { scale: { y: 'independent', x: 'independent' } },
  } as TopLevelSpec;
}
