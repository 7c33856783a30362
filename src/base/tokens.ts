/**
 * Every colour of the elements, in one place: the custom property a page sets, the
 * Designsystemet token it falls back to, and the defaults for a light and a dark page. The
 * styles, the chart theme and the downloaded images all read them from here.
 */
export interface ColourToken {
  /** The documented `--hf-*` property. */
  prop: string;
  /** The Designsystemet token used when the page does not set `prop`. */
  ds?: string;
  light: string;
  dark: string;
  /** The default on a page, where it is not the light/dark pair (the pair stays for images). */
  page?: string;
  /** The system colour in forced-colours mode (Windows contrast themes), where the reader's colours replace every other. */
  forced?: string;
}

export const COLOURS = {
  // The page's own text colour (inherited): whatever the page is, its text is readable on it.
  text: { prop: '--hf-color-text', ds: '--ds-color-neutral-text-default', light: '#1c1c1c', dark: '#ececec', page: 'currentColor', forced: 'CanvasText' },
  muted: { prop: '--hf-color-text-subtle', ds: '--ds-color-neutral-text-subtle', light: '#525252', dark: '#b8b8b8', forced: 'CanvasText' },
  bg: { prop: '--hf-color-background', ds: '--ds-color-neutral-background-default', light: 'transparent', dark: 'transparent', forced: 'Canvas' },
  surface: { prop: '--hf-color-surface', ds: '--ds-color-neutral-surface-tinted', light: '#f3f5f7', dark: '#23272b' },
  border: { prop: '--hf-color-border', ds: '--ds-color-neutral-border-subtle', light: '#c4c8cc', dark: '#50555a' },
  bar: { prop: '--hf-color-bar', ds: '--ds-color-accent-base-default', light: '#1e5a96', dark: '#7fb2e6', forced: 'CanvasText' },
  highlight: { prop: '--hf-color-highlight', ds: '--ds-color-warning-base-default', light: '#a84b14', dark: '#f2a36b', forced: 'Highlight' },
  reference: { prop: '--hf-color-reference', ds: '--ds-color-neutral-text-default', light: '#1c1c1c', dark: '#ececec', page: 'currentColor', forced: 'CanvasText' },
  grid: { prop: '--hf-color-grid', ds: '--ds-color-neutral-border-subtle', light: '#e1e4e7', dark: '#3a3f44', forced: 'GrayText' },
  accent: { prop: '--hf-color-accent', ds: '--ds-color-accent-text-default', light: '#1e5a96', dark: '#9cc6f0' },
  danger: { prop: '--hf-color-danger', ds: '--ds-color-danger-text-default', light: '#a51d1d', dark: '#ff9c9c' },
  focus: { prop: '--hf-color-focus', ds: '--ds-color-focus-outer', light: '#1e5a96', dark: '#9cc6f0' },
  tooltip: { prop: '--hf-color-tooltip-text', light: '#ffffff', dark: '#111111' },
  s1: { prop: '--hf-color-series-1', light: '#1e5a96', dark: '#7fb2e6', forced: 'CanvasText' },
  s2: { prop: '--hf-color-series-2', light: '#a84b14', dark: '#f2a36b', forced: 'CanvasText' },
  s3: { prop: '--hf-color-series-3', light: '#2b7a3d', dark: '#7dcc8e', forced: 'CanvasText' },
  s4: { prop: '--hf-color-series-4', light: '#6b3fa0', dark: '#c3a3f0', forced: 'CanvasText' },
  s5: { prop: '--hf-color-series-5', light: '#7a5d00', dark: '#e6c25c', forced: 'CanvasText' },
} satisfies Record<string, ColourToken>;

export type ColourName = keyof typeof COLOURS;

/** The colours a chart is drawn with; read from the element's resolved CSS. */
export const CHART_COLOURS = ['text', 'muted', 'bar', 'highlight', 'reference', 'grid', 'bg', 's1', 's2', 's3', 's4', 's5'] as const satisfies readonly ColourName[];

/**
 * `var(--hf-…, var(--ds-…, light-dark(…)))`: the page's value, else Designsystemet's, else ours,
 * light or dark as the element's `color-scheme` says (set from the page's text, see `scheme.ts`).
 */
export function colourValue({ prop, ds, light, dark, page }: ColourToken): string {
  const own = page ?? (light === dark ? light : `light-dark(${light}, ${dark})`);
  return `var(${prop}, ${ds ? `var(${ds}, ${own})` : own})`;
}
