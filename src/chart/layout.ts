/**
 * The sizes of the chart kinds, apart from their spec builders so that an element can keep a
 * chart's room, and know its width, before the chart code has arrived.
 */

/** Below this width a bar's name stands above it, whole, instead of beside it, cut short. */
export const NARROW = 420;

/** Pixels per bar row: a line for the bar, or in a narrow column a line for the name above it too. */
export const rowStep = (width: number): number => (width < NARROW ? 38 : 22);

/** A bar chart of `rows` rows, with its axis and reference labels, at the width it is drawn. */
export const barsHeight =
  (rows: number) =>
  (width: number): number =>
    rows * rowStep(width) + 70;

/** Pixels per step of a waterfall: one row each, its name on the left, its change after the bar. */
export const WATERFALL_STEP = 28;

/** Small multiples side by side: as many of at least 320 px as the width holds. */
export const waterfallColumns = (groups: number, width: number): number => (groups > 1 ? Math.max(1, Math.min(groups, Math.floor(width / 320))) : 1);

/** A waterfall of `groups` small multiples of `steps` steps each, at the width it is drawn: rows of cells, each with its heading and axis. */
export const waterfallHeight =
  (groups: number, steps: number) =>
  (width: number): number =>
    Math.ceil(groups / waterfallColumns(groups, width)) * (steps * WATERFALL_STEP + (groups > 1 ? 80 : 50)) + 20;

/** A line over the years. */
export const LINE_HEIGHT = 340;

/** Lines over the years with a legend below them. */
export const LINES_WITH_LEGEND_HEIGHT = 380;

/** The width a chart is drawn to: its box's, else the element's, in whole pixels. */
export const chartWidth = (box: HTMLElement, host: HTMLElement): number => Math.round(box.clientWidth || host.clientWidth || 640);
