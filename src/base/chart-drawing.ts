/**
 * The drawing of an element's chart, loaded with the first chart (not before the first number):
 * when the page's scheduler gives it its turn, in the colours the element's CSS resolves to, at
 * the element's width (again when that changes). A removed element finalizes its view.
 */
import { loadChartRuntime } from '../chart/runtime.js';
import { scheduleChart, watchViewport } from '../chart/scheduler.js';
import type { ChartTheme } from '../chart/theme.js';
import type { DrawnChart } from '../chart/vega-runtime.js';
import { CHART_COLOURS, COLOURS } from './tokens.js';
import type { BuildChart } from './view-model.js';

type Host = HTMLElement & { readonly renderRoot: ParentNode; requestUpdate(): void };

/** A redraw for a smaller change of width than this would not be seen. */
const RESIZE_STEP = 8;

/** The colours the element's CSS resolves to, read from its colour probes (see `ChartController.helpers`). */
export function readTheme(host: Omit<Host, 'requestUpdate'>): ChartTheme {
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
  #resize?: ResizeObserver;

  constructor(host: Host, on: { drawn(): void; failed(): void }) {
    this.#host = host;
    this.#on = on;
  }

  #box(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.chart');
  }

  #width(box: HTMLElement): number {
    return Math.round(box.clientWidth || this.#host.clientWidth || 640);
  }

  connect(): void {
    watchViewport(this.#host, true);
    this.#resize ??= new ResizeObserver(() => {
      const box = this.#box();
      if (this.#drawnWidth && box && Math.abs(this.#width(box) - this.#drawnWidth) >= RESIZE_STEP) this.#host.requestUpdate();
    });
    this.#resize.observe(this.#host);
  }

  disconnect(): void {
    watchViewport(this.#host, false);
    this.#resize?.disconnect();
    this.#generation++;
    this.#drawn?.finalize();
    this.#drawn = this.#drawnIn = this.#drawnSpec = undefined;
  }

  /** Queues the drawing; it happens when the element is near the viewport and its turn comes. */
  schedule(build: BuildChart): void {
    scheduleChart(this.#host, () => this.#draw(build));
  }

  async #draw(build: BuildChart): Promise<void> {
    const box = this.#box();
    if (!box) return;
    // Start fetching the chart runtime while the spec is built.
    const runtimeLoading = loadChartRuntime();
    runtimeLoading.catch(() => undefined);
    let spec;
    try {
      spec = await build(readTheme(this.#host), this.#width(box));
    } catch {
      return this.#on.failed();
    }
    const key = JSON.stringify(spec);
    if (box !== this.#box() || (box === this.#drawnIn && key === this.#drawnSpec)) return;
    this.#drawnIn = box;
    this.#drawnSpec = key;
    const generation = ++this.#generation;
    try {
      const runtime = await runtimeLoading;
      if (generation !== this.#generation || !this.#host.isConnected) return;
      this.#drawn?.finalize();
      this.#drawn = undefined;
      const width = this.#width(box);
      const drawn = await runtime.drawChart(box, spec, this.#host.renderRoot.querySelector<HTMLElement>('.tooltip')!, this.#host);
      if (generation !== this.#generation) return drawn.finalize();
      this.#drawn = drawn;
      this.#drawnWidth = width;
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
