/**
 * The chart of `<hf-utvikling>`: a line per unit or series over the periods. The followed line is
 * set apart by more than colour (thicker, filled points, its first value labelled); few lines are
 * named at their ends instead of in a legend, with their last values; a break in the series is a
 * gap and a marked line, projected periods are dashed, a target is a labelled rule. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { segments } from '../../chart/year-line.js';
import { CHART_TEXTS } from '../../chart/texts.js';
import { slot } from '../../chart/spec-shape.js';
import { frame, hollow, yearMarkers, type ChartContext } from '../../chart/theme.js';
import { MESSAGES } from '../../format/messages.js';
import { unitWords } from '../../format/number.js';
import type { TrendModel } from './model.js';

const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
/** More lines than this get a legend; fewer are named at their ends. */
const NAMED_AT_END = 5;
const HEIGHT = 280;
/** The least distance in pixels between two names at the lines' ends. */
const LABEL_GAP = 15;

/** How many periods long the axis is for a file of one period whose line is named at its end (see `xDomain`). */
const LONE_PERIOD_SPAN = 6;

/** A round upper end for the value axis, so the end labels can be placed in pixels before Vega draws. */
function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(v));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((f) => f * step).find((c) => c >= v)!;
}

/** Spreads labels wanted at pixel heights `ys` so that none is nearer than LABEL_GAP to the next, within the plot. */
function spread(ys: number[]): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed: number[] = [];
  for (const [y] of order) placed.push(Math.max(y, (placed[placed.length - 1] ?? -Infinity) + LABEL_GAP));
  // Pushed past the bottom: shift the lot up again.
  const over = (placed[placed.length - 1] ?? 0) - HEIGHT;
  const shifted = over > 0 ? placed.map((y) => y - over) : placed;
  const out = new Array<number>(ys.length);
  order.forEach(([, i], k) => (out[i] = shifted[k]!));
  return out;
}

export function chart(m: TrendModel, ctx: ChartContext): TopLevelSpec {
  const { theme, lang, width } = ctx;
  const t = MESSAGES[lang];
  const named = m.lines.length <= NAMED_AT_END;
  const labels = m.lines.map((l) => l.label);
  const labelSlots = labels.map(slot);
  const order = new Map(m.periods.map((p, i) => [p.id, m.years ? Number(p.id) : i]));
  const periodLabel = new Map(m.periods.map((p) => [p.id, p.label]));
  const unit = m.index ? '' : unitWords(m.unit);

  // Breaks where the axis has them: years as they are, other periods by their place.
  const breaks = m.years ? m.breaks : m.breaks.map((b) => ({ ...b, between: b.between.map((p) => String(m.periods.findIndex((q) => q.id === p))) as [string, string] }));
  const values = m.lines.flatMap((l) => {
    const withValue = l.points.filter((p) => p.value !== null).map((p) => ({ ...p, year: order.get(p.period)! }));
    // Segments never bridge a break or a period without a number; a projected stretch is dashed from the last observed point.
    const segment = segments(withValue.map((p) => ({ year: p.year, value: p.value! })), breaks, m.periods.map((p) => order.get(p.id)!));
    return withValue.map((p, i) => ({ ...p, segment: segment[i]!.segment })).flatMap((p, i, all) => {
      const point = { line: l.label, followed: l.followed, x: p.year, period: periodLabel.get(p.period), value: p.value, display: p.display, segment: p.segment, dashed: p.projected, first: i === 0, last: i === all.length - 1, spoken: `${l.label}, ${periodLabel.get(p.period)}: ${p.display}${unit ? ` ${unit}` : ''}`, series: l.label, place: p.year };
      const next = all[i + 1];
      return !p.projected && next?.projected && next.segment === p.segment ? [point, { ...point, dashed: true, first: false, last: false, joint: true }] : [point];
    });
  });
  const points = values.filter((v) => !('joint' in v));

  const all = points.map((p) => p.value!).concat(m.target ? [m.target.value] : []);
  const zero = !m.index;
  const lo = zero ? Math.min(0, ...all) : Math.floor(Math.min(...all) * 0.95);
  const hi = niceCeil(Math.max(...all, lo + 1));
  const pixel = (v: number) => HEIGHT * (1 - (v - lo) / (hi - lo));

  // The lines' ends, named and with their last values, spread so that no two overlap.
  const ends = points.filter((p) => p.last);
  const endY = spread(ends.map((p) => pixel(p.value!)));
  const endLabels = ends.map((p, i) => ({ ...p, labelY: endY[i], text: `${p.line}: ${p.display}` }));
  const longest = Math.max(0, ...endLabels.map((e) => e.text.length));
  // The longest a name may be (about 7.5 px a character at 12 px), at most 45 % of a
  // narrow column; a name too long for it is cut with "…".
  const right = named ? Math.min(Math.round(width * 0.45), 16 + Math.ceil(longest * 7.5)) : 16;

  const xs = m.periods.map((p) => order.get(p.id)!);
  // The periods' axis runs half a period past the first and the last. Vega fits the width in one
  // pass, measuring the names' overflow on a plot as wide as the whole chart, so a name is cut by
  // what its point moves when the plot narrows: a lone period's point, in the middle, moved by half
  // of it and its name was cut at 280-300 px. A lone period named at its end stands at the end of
  // a longer axis instead. Files of three and seven periods (SSB 09220, Tabell 4.1) were not cut
  // at 260-320 px with their last period half a period from the end.
  const [xFirst, xLast] = m.years ? [xs[0]! - 0.5, xs[xs.length - 1]! + 0.5] : [-0.5, xs.length - 0.5];
  const xDomain = named && xs.length === 1 ? [xLast - LONE_PERIOD_SPAN, xLast] : [xFirst, xLast];
  const x = m.years
    ? { field: 'x', type: 'quantitative', title: null, scale: { domain: { expr: 'xDomain' }, nice: false, zero: false }, axis: { values: { expr: 'xs' }, format: 'd', grid: false, labelAngle: { expr: 'labelAngle' }, labelOverlap: true } }
    : { field: 'x', type: 'quantitative', title: null, scale: { domain: { expr: 'xDomain' }, nice: false, zero: false }, axis: { values: { expr: 'xs' }, grid: false, labelExpr: 'periodLabels[datum.value]', labelAngle: { expr: 'labelAngle' }, labelOverlap: true } };
  const y = { field: 'value', type: 'quantitative', title: slot(m.unit.label || m.metricLabel), scale: { domain: { expr: 'yDomain' }, nice: false, zero: false }, axis: { format: slot(`,.${m.index ? 0 : (m.unit.decimals ?? 0)}f`) } };
  // The followed line in the highlight colour; the others in the series colours that differ from it.
  const others = theme.series.filter((c) => c !== theme.highlight);
  let next = 0;
  const colours = m.lines.map((l) => (l.followed ? theme.highlight : (others[next++ % others.length] ?? theme.text)));
  const color = { field: 'line', type: 'nominal', scale: { domain: labelSlots, range: colours }, legend: named ? null : { title: null, orient: 'bottom' } };
  const tooltip = [{ field: 'line', title: slot(t.name) }, { field: 'period', title: slot(t.period) }, { field: 'display', title: slot(m.unit.label || t.value) }];

  const layers: unknown[] = [];
  if (m.years && m.breaks.length) {
    const marks = m.breaks.map((b) => ({ year: (Number(b.between[0]) + Number(b.between[1])) / 2, label: t.seriesBreak, note: b.note }));
    layers.push(yearMarkers(marks, { dash: [4, 3], colour: theme.muted, width: 2, noteTitle: t.seriesBreak }, theme.text));
  }
  if (m.target) {
    layers.push({
      data: { values: [{ value: m.target.value, label: m.target.label }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [6, 4], color: theme.reference, strokeWidth: 1.5 }, encoding: { y, description: { field: 'label' } } },
        { mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3, fontWeight: 'bold', color: theme.text, aria: false }, encoding: { x: { value: 0 }, y, text: { field: 'label' } } },
      ],
    });
  }
  layers.push(
    {
      data: { values },
      mark: { type: 'line', interpolate: 'linear', aria: false },
      encoding: {
        x,
        y,
        color,
        detail: [{ field: 'segment' }, { field: 'dashed' }],
        strokeWidth: { condition: { test: 'datum.followed', value: 4 }, value: 2 },
        strokeDash: { condition: { test: 'datum.dashed', value: [7, 5] }, value: [1, 0] },
      },
    },
    {
      data: { values: points },
      mark: { type: 'point', strokeWidth: 2 },
      encoding: {
        description: { field: 'spoken' },
        x,
        y,
        color,
        shape: { field: 'line', type: 'nominal', scale: { domain: labelSlots, range: SHAPES }, legend: null },
        size: { condition: { test: 'datum.followed', value: 90 }, value: 50 },
        // The followed line's points filled, the others hollow: told apart without colour.
        fill: { condition: { test: 'datum.followed', value: theme.highlight }, value: hollow(theme) },
        tooltip,
      },
    },
    {
      // The followed line's first value; its last is in the name at its end.
      data: { values: points.filter((p) => p.followed && p.first && !p.last) },
      mark: { type: 'text', dy: -12, fontSize: 11, fontWeight: 'bold', color: theme.text, aria: false },
      encoding: { x, y, text: { field: 'display' } },
    },
  );
  if (named) {
    // The followed line's name in bold.
    for (const followed of [true, false]) {
      layers.push({
        data: { values: endLabels.filter((e) => e.followed === followed) },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10, fontSize: 12, fontWeight: followed ? 'bold' : 'normal', color: theme.text, limit: { expr: 'nameLimit' }, aria: false },
        encoding: { x, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'text' } },
      });
    }
  }
  const ordered = [...points].sort((a, b) => a.value! - b.value!);
  const description = CHART_TEXTS[lang].describeLines({
    lines: labels,
    from: m.periods[0]?.label ?? '',
    to: m.periods[m.periods.length - 1]?.label ?? '',
    unit: m.index ? '' : m.unit.label || m.metricLabel,
    min: ordered[0]?.display ?? '–',
    max: ordered[ordered.length - 1]?.display ?? '–',
  });
  return {
    ...frame(ctx, description),
    // The whole chart, axes and names included, fits the column: never drawn wider and scaled down.
    width,
    autosize: { type: 'fit-x', contains: 'padding' },
    height: HEIGHT,
    // Fitting the width, Vega counts the names' overflow at the ends; the padding covers what a
    // narrower plot moves them by (half a period), which one layout pass does not see.
    padding: { top: 24, right: 24, bottom: 4, left: 4 },
    // What follows the periods, the values and the width: parameters, so that other lines share the shape.
    params: [
      { name: 'xDomain', value: xDomain },
      { name: 'xs', value: xs },
      { name: 'yDomain', value: [lo, hi] },
      { name: 'labelAngle', value: width < 520 ? -45 : 0 },
      { name: 'nameLimit', value: right - 10 },
      // Texts inside an expression are a parameter, never literals spliced into it.
      ...(m.years ? [] : [{ name: 'periodLabels', value: m.periods.map((p) => p.label) }]),
    ],
    layer: layers,
  } as TopLevelSpec;
}
