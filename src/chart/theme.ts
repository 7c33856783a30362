/** Colours and fonts a chart is drawn with, read from the element's resolved CSS custom properties. */
import type { Config } from 'vega-lite';
import type { Lang } from '../format/number.js';

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

/** What every spec builder gets besides its model: `chart(model, context)`. */
export interface ChartContext {
  theme: ChartTheme;
  lang: Lang;
  /** Width of the chart's box in pixels. */
  width: number;
  /** The chart's accessible description: the element's summary sentence. */
  description: string;
}

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Shared Vega-Lite config: per-chart locale (never vega-embed's global setters) and the theme. */
export function chartConfig(theme: ChartTheme, lang: Lang): Config {
  return {
    locale: { number: vegaLocale(lang) },
    background: 'transparent',
    font: theme.font,
    view: { stroke: null },
    axis: {
      labelColor: theme.text,
      titleColor: theme.text,
      domainColor: theme.muted,
      tickColor: theme.muted,
      gridColor: theme.grid,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 'normal',
    },
    legend: { labelColor: theme.text, titleColor: theme.text, labelFontSize: 12, titleFontSize: 12 },
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
