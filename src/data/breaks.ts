/** Breaks in a time series (`extension.hi.seriesBreaks`): the numbers before and after one do not compare. Pure. */
import type { Cube } from './types.js';

export interface SeriesBreak {
  between: [string, string];
  note: string;
}

/** The file's breaks, as the reader checked them. */
export function seriesBreaks(cube: Cube): SeriesBreak[] {
  return (Array.isArray(cube.hi.seriesBreaks) ? cube.hi.seriesBreaks : []) as SeriesBreak[];
}

/** The first break a change from period `first` to period `last` spans; `order` places a period on the axis. */
export function breakSpanned(breaks: SeriesBreak[], first: string, last: string, order: (period: string) => number = Number): SeriesBreak | undefined {
  return breaks.find((b) => order(first) <= order(b.between[0]) && order(b.between[1]) <= order(last));
}
