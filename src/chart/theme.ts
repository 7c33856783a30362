/** What every chart shares: the theme (colours and fonts read from the element's CSS), the context a spec is built in, the config, the top-level frame and the year markers. */
import type { Config } from 'vega-lite';
import type { Lang } from '../format/number.js';
import { slot } from './spec-shape.js';

export interface ChartTheme {
  text: string;
  muted: string;
  bar: string;
  highlight: string;
  reference: string;
  grid: string;
  background: string;
  font: string;
  /** Colours of compared series (services, regions), each also told apart by shape. */
  series: string[];
}

/** The theme with each value a slot (see `spec-shape.ts`): charts in other colours share their shape. */
export function slottedTheme(theme: ChartTheme): ChartTheme {
  const { series, ...one } = theme;
  return { ...(Object.fromEntries(Object.entries(one).map(([k, v]) => [k, slot(v)])) as Omit<ChartTheme, 'series'>), series: series.map(slot) };
}

/** The fill of a hollow point: the page's background, white where the page shows through. */
export const hollow = (theme: ChartTheme): string => theme.background.replace('transparent', '#ffffff');

/** What every spec builder gets besides its model: `chart(model, context)`. Its theme's values are slots. */
export interface ChartContext {
  theme: ChartTheme;
  lang: Lang;
  /** Width of the chart's box in pixels. */
  width: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * What every chart's top level has: the schema, the shared config and its accessible description:
 * the kind of chart, its axes and their ranges, in the element's language (a `describe…` message).
 * The summary is the element's paragraph, said once.
 */
export function frame({ theme, lang }: ChartContext, description: string): { $schema: string; description: string; config: Config } {
  return { $schema: SCHEMA, description, config: chartConfig(theme, lang) };
}

export interface YearMarker {
  year: number;
  /** Written at the top of the line. */
  label: string;
  /** Shown as the line's tooltip. */
  note?: string;
}

/**
 * Vertical lines at given years, each labelled at the top in bold: a base year, a break in a
 * series. `dash` and `colour` set the line apart from the data; `noteTitle` titles the tooltip.
 */
export function yearMarkers(markers: YearMarker[], line: { dash: number[]; colour: string; width?: number; noteTitle?: string }, text: string): object {
  const x = { field: 'year', type: 'quantitative' };
  return {
    data: { values: markers },
    layer: [
      {
        mark: { type: 'rule', strokeDash: line.dash, color: line.colour, ...(line.width ? { strokeWidth: line.width } : {}), aria: false },
        encoding: { x, ...(line.noteTitle ? { tooltip: [{ field: 'note', title: slot(line.noteTitle) }] } : {}) },
      },
      { mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 2, fontWeight: 'bold', color: text, aria: false }, encoding: { x, y: { value: 0 }, text: { field: 'label' } } },
    ],
  };
}

/** Shared Vega-Lite config: per-chart locale (never vega-embed's global setters) and the theme. */
function chartConfig(theme: ChartTheme, lang: Lang): Config {
  return {
    locale: { number: vegaLocale(lang) },
    background: 'transparent',
    font: theme.font,
    view: { stroke: null },
    axis: {
      // Vega describes axes in English ("X-axis titled …"): hidden from screen readers, which get
      // the summary and each figure by keyboard (see chart/keyboard.ts).
      aria: false,
      labelColor: theme.text,
      titleColor: theme.text,
      domainColor: theme.muted,
      tickColor: theme.muted,
      gridColor: theme.grid,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 'normal',
    },
    legend: { aria: false, labelColor: theme.text, titleColor: theme.text, labelFontSize: 12, titleFontSize: 12 },
    title: { color: theme.text, subtitleColor: theme.muted, anchor: 'start', fontSize: 15 },
    text: { color: theme.text, fontSize: 12 },
  } as Config;
}

/** The d3-format locale Vega uses (`config.locale.number`) for the same language. */
export function vegaLocale(lang: Lang): { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; minus: string; percent: string } {
  return lang === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '-', percent: '%' }
    : { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], minus: '-', percent: '\u00a0%' };
}
