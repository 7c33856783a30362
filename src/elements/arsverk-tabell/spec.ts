/**
 * The chart view of `<arsverk-tabell>` when no kommune is chosen: the national series since 2007,
 * with the series break marked and no line drawn across it or across years the file lacks.
 * (With a kommune chosen, the element reuses the bar spec of `<hf-pasientrate>`.) Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, type ChartTheme } from '../../chart/theme.js';
import { MESSAGES } from '../../format/messages.js';
import { formatNumber, type Lang } from '../../format/number.js';

export interface SeriesPoint {
  year: number;
  value: number;
}

export interface SeriesBreak {
  between: [string, string];
  note: string;
}

/** Splits points into segments at breaks and at missing years, so lines join only neighbours. */
export function segments(points: SeriesPoint[], breaks: SeriesBreak[], years: number[]): Array<SeriesPoint & { segment: number }> {
  const breakAfter = new Set(breaks.map((b) => Number(b.between[0])));
  let segment = 0;
  return points.map((p, i) => {
    const prev = points[i - 1];
    if (prev) {
      const gap = years.indexOf(p.year) - years.indexOf(prev.year) !== 1;
      const broken = [...breakAfter].some((y) => prev.year <= y && p.year > y);
      if (gap || broken) segment++;
    }
    return { ...p, segment };
  });
}

/** `periods`: every year the file has, with or without a number; a line never bridges a year without one. */
export function seriesSpec(points: SeriesPoint[], periods: number[], breaks: SeriesBreak[], unit: string, decimals: number, theme: ChartTheme, lang: Lang, description: string, width = 640): TopLevelSpec {
  const t = MESSAGES[lang];
  const years = points.map((p) => p.year);
  const values = segments(points, breaks, periods).map((p) => ({ ...p, display: formatNumber(p.value, lang, decimals) }));
  const x = {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: [years[0]! - 0.5, years[years.length - 1]! + 0.5], nice: false, zero: false },
    axis: { values: years, format: 'd', labelAngle: width < 520 ? -45 : 0, grid: false },
  };
  const y = { field: 'value', type: 'quantitative', title: unit, axis: { format: `,.${decimals}f` }, scale: { zero: true } };
  const breakMarks = breaks.map((b) => ({ year: (Number(b.between[0]) + Number(b.between[1])) / 2, label: t.seriesBreak, note: b.note }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: Math.max(260, width - 40),
    height: 280,
    padding: { top: 24, right: 16, bottom: 4, left: 4 },
    layer: [
      {
        data: { values: breakMarks },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 3], color: theme.highlight, strokeWidth: 2 }, encoding: { x: { field: 'year', type: 'quantitative' }, tooltip: [{ field: 'note', title: t.seriesBreak }] } },
          { mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, fontWeight: 'bold', color: theme.text }, encoding: { x: { field: 'year', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label' } } },
        ],
      },
      {
        data: { values },
        mark: { type: 'line', color: theme.bar, strokeWidth: 2.5, interpolate: 'linear' },
        encoding: { x, y, detail: { field: 'segment' } },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 60, color: theme.bar },
        encoding: { x, y, tooltip: [{ field: 'year', title: t.period }, { field: 'display', title: unit }] },
      },
      {
        data: { values },
        mark: { type: 'text', dy: -10, fontSize: 10, color: theme.text },
        encoding: { x, y, text: { field: 'display' } },
      },
    ],
    config: chartConfig(theme, lang),
  } as TopLevelSpec;
}
