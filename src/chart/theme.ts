/** Colours and fonts a chart is drawn with, read from the element's resolved CSS custom properties. */
import type { Config } from 'vega-lite';
import { vegaLocale, type Lang } from '../format/number.js';

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
