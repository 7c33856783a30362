/**
 * The texts only a drawn chart needs, in nb, nn and en: how a chart describes itself to a screen
 * reader, what its figures are said against, and what the keyboard's way through it says. They
 * load with the chart code, never before the first number.
 */
import type { Lang } from '../format/number.js';

const nb = {
  /** The chart as a control: what it is and which keys move in it. */
  chartKeys: 'Diagram. Piltastene går gjennom tallene, Home og End til første og siste.',
  /** What a chart is called, for the drawing's role. */
  chartWord: 'diagram',
  /** Where a figure is among all, said after it by keyboard. */
  figureOf: (i: number, n: number) => `${i} av ${n}`,
  /** A figure against a reference ("68 over landet"); `ref` as written inside a sentence. */
  compared: { above: (d: string, ref: string) => `${d} over ${ref}`, below: (d: string, ref: string) => `${d} under ${ref}`, same: (ref: string) => `som ${ref}` },
  /** The country inside a sentence. */
  nationalInText: 'landet',
  /** The chart as a screen reader is told it: its kind, its axes and their ranges. */
  describeBars: (p: { count: number; unit: string; min: string; max: string }) =>
    `Liggende stolpediagram med ${p.count} ${p.count === 1 ? 'stolpe' : 'stolper'}. Verdiaksen${p.unit ? `, ${p.unit},` : ''} starter på 0; stolpene går fra ${p.min} til ${p.max}.`,
  describeLines: (p: { lines: string[]; from: string; to: string; unit: string; min: string; max: string }) =>
    `Linjediagram med ${p.lines.length === 1 ? 'én linje' : `${p.lines.length} linjer`}: ${p.lines.join(', ')}. Tidsaksen går fra ${p.from} til ${p.to}. Verdiene${p.unit ? ` (${p.unit})` : ''} går fra ${p.min} til ${p.max}.`,
  describeWaterfall: (p: { groups: string[]; from: string; to: string; steps: number }) =>
    `Fossefallsdiagram${p.groups.length > 1 ? `, ett for hver av ${p.groups.join(', ')}` : ''}: fra ${p.from} gjennom ${p.steps} ${p.steps === 1 ? 'endring' : 'endringer'} til ${p.to}.`,
};

type ChartTexts = typeof nb;

const nn: ChartTexts = {
  ...nb,
  chartKeys: 'Diagram. Piltastane går gjennom tala, Home og End til første og siste.',
  describeBars: (p) =>
    `Liggjande stolpediagram med ${p.count} ${p.count === 1 ? 'stolpe' : 'stolpar'}. Verdiaksen${p.unit ? `, ${p.unit},` : ''} startar på 0; stolpane går frå ${p.min} til ${p.max}.`,
  describeLines: (p) =>
    `Linjediagram med ${p.lines.length === 1 ? 'éi linje' : `${p.lines.length} linjer`}: ${p.lines.join(', ')}. Tidsaksen går frå ${p.from} til ${p.to}. Verdiane${p.unit ? ` (${p.unit})` : ''} går frå ${p.min} til ${p.max}.`,
  describeWaterfall: (p) =>
    `Fossefallsdiagram${p.groups.length > 1 ? `, eitt for kvar av ${p.groups.join(', ')}` : ''}: frå ${p.from} gjennom ${p.steps} ${p.steps === 1 ? 'endring' : 'endringar'} til ${p.to}.`,
};

const en: ChartTexts = {
  chartKeys: 'Chart. The arrow keys move through the figures, Home and End to the first and last.',
  chartWord: 'chart',
  figureOf: (i, n) => `${i} of ${n}`,
  compared: { above: (d, ref) => `${d} above ${ref}`, below: (d, ref) => `${d} below ${ref}`, same: (ref) => `same as ${ref}` },
  nationalInText: 'Norway',
  describeBars: (p) =>
    `Horizontal bar chart with ${p.count} ${p.count === 1 ? 'bar' : 'bars'}. The value axis${p.unit ? `, ${p.unit},` : ''} starts at 0; the bars range from ${p.min} to ${p.max}.`,
  describeLines: (p) =>
    `Line chart with ${p.lines.length === 1 ? 'one line' : `${p.lines.length} lines`}: ${p.lines.join(', ')}. The time axis runs from ${p.from} to ${p.to}. The values${p.unit ? ` (${p.unit})` : ''} range from ${p.min} to ${p.max}.`,
  describeWaterfall: (p) =>
    `Waterfall chart${p.groups.length > 1 ? `, one for each of ${p.groups.join(', ')}` : ''}: from ${p.from} through ${p.steps} ${p.steps === 1 ? 'change' : 'changes'} to ${p.to}.`,
};

export const CHART_TEXTS: Record<Lang, ChartTexts> = { nb, nn, en };
