/**
 * The drawing of an element's chart, loaded when its first chart is drawn, together with the Vega
 * runtime it imports: in the colours the element's CSS resolves to, at the element's width (again
 * when that changes); a removed element finalizes its view.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartWidth } from '../chart/layout.js';
import type { KeyWords } from '../chart/keyboard.js';
import { CHART_TEXTS } from '../chart/texts.js';
import { slottedTheme, type ChartTheme } from '../chart/theme.js';
import { drawChart, type DrawnChart } from '../chart/vega-runtime.js';
import { langOf } from './language.js';
import { CHART_COLOURS, COLOURS } from './tokens.js';

export { renderImage, requestShape } from '../chart/vega-runtime.js';

type Host = HTMLElement & { readonly renderRoot: ParentNode; requestUpdate(): void };

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

/** A redraw for a smaller change of width than this would not be seen. */
const RESIZE_STEP = 8;

export class ChartDrawing {
  readonly #host: Host;
  readonly #on: { drawn(): void; failed(): void };
  #drawn?: DrawnChart;
  /** The container and spec last drawn, so an update that changes neither draws nothing. */
  #drawnIn?: Element;
  #drawnSpec?: string;
  #drawnWidth = 0;
  /** Counts the drawings started; an older one that finishes late is thrown away. */
  #generation = 0;
  readonly #resize: ResizeObserver;

  constructor(host: Host, on: { drawn(): void; failed(): void }) {
    this.#host = host;
    this.#on = on;
    this.#resize = new ResizeObserver(() => {
      const box = this.#box();
      if (this.#drawnWidth && box && Math.abs(chartWidth(box, host) - this.#drawnWidth) >= RESIZE_STEP) host.requestUpdate();
    });
  }

  /** The colours of this element's chart. */
  theme(): ChartTheme {
    return readTheme(this.#host);
  }

  /** What the keyboard's way through the chart says, in the element's language. */
  #keys(): KeyWords {
    const t = CHART_TEXTS[langOf(this.#host)];
    return { label: t.chartKeys, position: t.figureOf, chart: t.chartWord };
  }

  #box(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.chart');
  }

  /** The element was removed: let the view go, and with it everything it holds. */
  finalize(): void {
    this.#resize.disconnect();
    this.#generation++;
    this.#drawn?.finalize();
    this.#drawn = this.#drawnIn = this.#drawnSpec = undefined;
  }

  /** Draws `building` into the chart box `box`, `width` pixels wide, unless that very chart is there already. */
  async draw(box: HTMLElement, width: number, building: Promise<TopLevelSpec>): Promise<void> {
    let spec;
    try {
      spec = await building;
    } catch {
      return this.#on.failed();
    }
    const key = JSON.stringify(spec);
    if (box !== this.#box() || !this.#host.isConnected || (box === this.#drawnIn && key === this.#drawnSpec)) return;
    this.#drawnIn = box;
    this.#drawnSpec = key;
    const generation = ++this.#generation;
    try {
      this.#drawn?.finalize();
      this.#drawn = undefined;
      const drawn = await drawChart(box, spec, this.#host.renderRoot.querySelector<HTMLElement>('.tooltip')!, this.#host, this.#keys());
      if (generation !== this.#generation) return drawn.finalize();
      this.#drawn = drawn;
      this.#drawnWidth = width;
      this.#resize.observe(this.#host);
      box.style.minHeight = '';
      this.#on.drawn();
    } catch {
      if (generation === this.#generation) {
        this.#drawnSpec = undefined;
        this.#on.failed();
      }
    }
  }
}
