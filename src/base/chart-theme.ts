/**
 * The colours a chart is drawn in, read from the element's CSS: in the small chart chunk with the
 * spec builders (not with the Vega runtime), so that a chart's spec, and with it its shape, can be
 * asked for before the runtime is read.
 */
import { slottedTheme, type ChartTheme } from '../chart/theme.js';
import { CHART_COLOURS, COLOURS } from './tokens.js';

/**
 * The colours the element's CSS resolves to, read from its colour probes (see
 * `ChartController.helpers`), with `over` in their place; for charts and images. As a spec builder
 * gets them: slots, so that charts in other colours share their shape.
 */
export function readTheme(host: HTMLElement & { readonly renderRoot: ParentNode }, over: Partial<ChartTheme> = {}): ChartTheme {
  const read = (name: (typeof CHART_COLOURS)[number]) => {
    const probe = host.renderRoot.querySelector(`.p-${name}`);
    return (probe && getComputedStyle(probe).color) || COLOURS[name].light;
  };
  return slottedTheme({
    text: read('text'),
    muted: read('muted'),
    bar: read('bar'),
    highlight: read('highlight'),
    reference: read('reference'),
    grid: read('grid'),
    background: read('bg'),
    font: getComputedStyle(host).fontFamily || 'sans-serif',
    series: (['s1', 's2', 's3', 's4', 's5'] as const).map(read),
    ...over,
  });
}

