/** What the unit tests share: a fixed theme, the chart context, a file read as the elements read it. */
import { readFileSync } from 'node:fs';
import { readJsonStat } from '../../src/data/jsonstat.js';
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

/** A JSON-stat file of the repository (a shipped dataset, a fixture), read as the elements read it. */
export const readCube = (path: string) => readJsonStat(JSON.parse(readFileSync(path, 'utf8')));
