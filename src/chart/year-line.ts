/**
 * A value over the years as one line with labelled points, with series breaks marked and no line
 * drawn across a break or across years the file has without a number. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SeriesBreak } from '../data/breaks.js';
import { MESSAGES } from '../format/messages.js';
import { formatNumber } from '../format/number.js';
import { slot } from './spec-shape.js';
import { CHART_TEXTS } from './texts.js';
import { frame, yearMarkers, type ChartContext } from './theme.js';

export interface YearPoint {
  year: number;
  value: number;
}


export interface YearLineInput {
  /** What the line is of ("Landet"), said with each point. */
  name: string;
  points: YearPoint[];
  /** Every year the file has, with or without a number; a line never bridges a year without one. */
  periods: number[];
  breaks: SeriesBreak[];
  unit: string;
  decimals: number;
}

/** Splits points into segments at breaks and at missing years, so lines join only neighbours. */
export function segments(points: YearPoint[], breaks: SeriesBreak[], years: number[]): Array<YearPoint & { segment: number }> {
  const breakAfter = breaks.map((b) => Number(b.between[0]));
  let segment = 0;
  return points.map((p, i) => {
    const prev = points[i - 1];
    if (prev) {
      const gap = years.indexOf(p.year) - years.indexOf(prev.year) !== 1;
      const broken = breakAfter.some((y) => prev.year <= y && p.year > y);
      if (gap || broken) segment++;
    }
    return { ...p, segment };
  });
}

export function yearLineSpec(input: YearLineInput, ctx: ChartContext): TopLevelSpec {
  const { theme, lang, width } = ctx;
  const t = MESSAGES[lang];
  const { unit, decimals } = input;
  const years = input.points.map((p) => p.year);
  const values = segments(input.points, input.breaks, input.periods).map((p) => ({ ...p, display: formatNumber(p.value, lang, decimals), spoken: `${input.name ? `${input.name}, ` : ''}${p.year}: ${formatNumber(p.value, lang, decimals)} ${unit}`.trim() }));
  const ordered = input.points.map((p) => p.value).sort((a, b) => a - b);
  const description = CHART_TEXTS[lang].describeLines({ lines: [input.name || unit], from: String(years[0] ?? ''), to: String(years[years.length - 1] ?? ''), unit, min: formatNumber(ordered[0] ?? 0, lang, decimals), max: formatNumber(ordered[ordered.length - 1] ?? 0, lang, decimals) });
  const x = {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: { expr: 'xDomain' }, nice: false, zero: false },
    axis: { values: { expr: 'years' }, format: 'd', labelAngle: { expr: 'labelAngle' }, grid: false },
  };
  const y = { field: 'value', type: 'quantitative', title: slot(unit), axis: { format: slot(`,.${decimals}f`) }, scale: { zero: true } };
  const breakMarks = input.breaks.map((b) => ({ year: (Number(b.between[0]) + Number(b.between[1])) / 2, label: t.seriesBreak, note: b.note }));
  return {
    ...frame(ctx, description),
    // The whole chart, axes and labels included, fits the box: never drawn wider and scaled down.
    width,
    autosize: { type: 'fit-x', contains: 'padding' },
    height: 280,
    padding: { top: 24, right: 16, bottom: 4, left: 4 },
    // What follows the years and the width: parameters, so that every series shares the shape.
    params: [
      { name: 'xDomain', value: [years[0]! - 0.5, years[years.length - 1]! + 0.5] },
      { name: 'years', value: years },
      { name: 'labelAngle', value: width < 520 ? -45 : 0 },
    ],
    layer: [
      yearMarkers(breakMarks, { dash: [4, 3], colour: theme.highlight, width: 2, noteTitle: t.seriesBreak }, theme.text),
      { data: { values }, mark: { type: 'line', color: theme.bar, strokeWidth: 2.5, interpolate: 'linear', aria: false }, encoding: { x, y, detail: { field: 'segment' } } },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 60, color: theme.bar },
        encoding: { x, y, description: { field: 'spoken' }, tooltip: [{ field: 'year', title: slot(t.period) }, { field: 'display', title: slot(unit) }] },
      },
      { data: { values }, mark: { type: 'text', dy: -10, fontSize: 11, color: theme.text, aria: false }, encoding: { x, y, text: { field: 'display' } } },
    ],
  } as TopLevelSpec;
}
