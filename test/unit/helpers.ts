/** What the unit tests of spec builders share: a fixed theme and the chart context. */
import type { ChartContext, ChartTheme } from '../../src/chart/theme.js';
import type { Lang } from '../../src/format/number.js';

export const theme: ChartTheme = {
  text: '#111',
  muted: '#555',
  bar: '#1e5a96',
  highlight: '#a84b14',
  reference: '#000',
  grid: '#eee',
  background: 'transparent',
  font: 'sans-serif',
  series: ['#1e5a96', '#a84b14', '#2b7a3d'],
};

/** The context a chart is built in: this theme, `lang` and a width. */
export const ctx = (lang: Lang = 'nb', width = 640): ChartContext => ({ theme, lang, width });
