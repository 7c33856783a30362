/** The colours an element's CSS resolves to, read from its colour probes (see `ChartController.helpers`), for charts and images. */
import type { ChartTheme } from '../chart/theme.js';
import { CHART_COLOURS, COLOURS } from './tokens.js';

export function readTheme(host: HTMLElement & { readonly renderRoot: ParentNode }): ChartTheme {
  const read = (name: (typeof CHART_COLOURS)[number]) => {
    const probe = host.renderRoot.querySelector(`.p-${name}`);
    return (probe && getComputedStyle(probe).color) || COLOURS[name].light;
  };
  return {
    text: read('text'),
    muted: read('muted'),
    bar: read('bar'),
    highlight: read('highlight'),
    reference: read('reference'),
    grid: read('grid'),
    background: read('bg'),
    font: getComputedStyle(host).fontFamily || 'sans-serif',
    series: (['s1', 's2', 's3', 's4', 's5'] as const).map(read),
  };
}
