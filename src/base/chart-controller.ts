/**
 * An element's chart: its room is kept from the first render and its drawing is queued with the
 * page's scheduler (near the viewport first, after the numbers are painted). The code that draws
 * (`chart-drawing.ts` and the Vega runtime, fetched side by side) starts loading when the first
 * element that will show a chart comes near the viewport; drawing waits for the numbers.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { chartWidth } from '../chart/layout.js';
import { isNear, perFrame, scheduleChart, watchViewport } from '../chart/scheduler.js';
import type { ChartDrawing } from './chart-drawing.js';
import { CHART_COLOURS } from './tokens.js';
import type { TopLevelSpec } from 'vega-lite';
import type { BuildChart } from './view-model.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
/** A chart's height before it is drawn: a number, or one that follows the width. */
type Reserve = number | ((width: number) => number) | undefined;

/**
 * The page's chart code, each module imported once. The browser settles every `import()` in a
 * task of its own, so one per draw would let the page repaint between charts; the elements' spec
 * modules ({@link chartCode}) start loading with the drawing, and the queue then draws chart after
 * chart without waiting.
 */
const chartModules = new Set<() => Promise<unknown>>();
let drawingModule: Promise<typeof import('./chart-drawing.js')> | undefined;

function loadChartCode(): Promise<typeof import('./chart-drawing.js')> {
  drawingModule ??= import('./chart-drawing.js').catch((e: unknown) => {
    drawingModule = undefined; // the next chart tries again
    throw e;
  });
  return Promise.all([drawingModule, ...[...chartModules].map((load) => load())]).then(([drawing]) => drawing);
}

/** An element's chart module (its spec builder), imported once per page, beside the drawing code. */
export function chartCode<M>(load: () => Promise<M>): () => Promise<M> {
  let module: Promise<M> | undefined;
  const once = () =>
    (module ??= load().catch((e: unknown) => {
      module = undefined;
      throw e;
    }));
  chartModules.add(once);
  return once;
}

export class ChartController implements ReactiveController {
  /** The chart could not be drawn: the element shows the table instead and says why. */
  failed = false;
  readonly #host: Host;
  readonly #on: { drawn(): void; failed(): void };
  #drawing?: Promise<ChartDrawing>;

  constructor(host: Host, on: { drawn(): void; failed(): void }) {
    this.#host = host;
    this.#on = on;
    host.addController(this);
  }

  hostConnected(): void {
    // An element that will draw a chart starts fetching the chart code when it first comes near
    // the viewport, beside its data, so the chart need not wait for it after the numbers.
    watchViewport(this.#host, true, () => {
      if ((this.#host as { view?: string }).view !== 'table') loadChartCode().catch(() => undefined);
    });
  }

  hostDisconnected(): void {
    watchViewport(this.#host, false);
    this.#drawing?.then((d) => d.finalize()).catch(() => undefined);
  }

  /**
   * The charts shown since the last frame, placed together just before the next: reading a
   * chart's width lays the page out, and on a page of many elements each one reading after the
   * one before it had written (its reserved height) laid the page out once per element.
   */
  static readonly #shown = perFrame<ChartController, { build: BuildChart; reserve: Reserve }>((shown) => ChartController.#placeShown(shown));

  /** After an update that shows the chart: keep its room and queue the drawing, before the next frame. */
  show(build: BuildChart, reserve: Reserve): void {
    ChartController.#shown.add(this, { build, reserve });
  }

  static #placeShown(shown: Array<[ChartController, { build: BuildChart; reserve: Reserve }]>): void {
    // Every width first, then every write: the page is laid out once.
    const measured = shown.map(([chart, what]) => {
      const box = chart.#host.isConnected ? chart.#host.renderRoot.querySelector<HTMLElement>('.chart') : null;
      return { chart, what, box, width: box ? chartWidth(box, chart.#host) : 0 };
    });
    for (const { chart, what, box, width } of measured) if (box) chart.#place(box, width, what.build, what.reserve);
  }

  #place(box: HTMLElement, width: number, build: BuildChart, reserve: Reserve): void {
    // Reserve the chart's height until it is drawn, so nothing below it jumps.
    const height = typeof reserve === 'function' ? reserve(width) : reserve;
    if (!box.firstChild && typeof height === 'number') box.style.minHeight = `${height}px`;
    // Near the viewport, the spec is built and its shape requested as soon as the chart code is
    // here, not when the chart's turn to be drawn comes: the drawing waits for the paint and the
    // charts before it, the network need not.
    const early = isNear(this.#host) ? this.#build(build, width) : undefined;
    scheduleChart(this.#host, () => this.#draw(build, early));
  }

  /** The tooltip box and the colour probes the chart reads its colours from; rendered in every state. */
  helpers(): TemplateResult {
    return html`<div class="tooltip" hidden></div>${CHART_COLOURS.map((name) => html`<span class="probe p-${name}"></span>`)}`;
  }

  /** The spec of the chart `width` pixels wide, in the element's colours; its shape is requested as soon as it is built. */
  #build(build: BuildChart, width: number): { width: number; spec: Promise<TopLevelSpec> } {
    const code = loadChartCode();
    const drawing = (this.#drawing ??= code.then((m) => new m.ChartDrawing(this.#host, { drawn: this.#on.drawn, failed: () => this.#fail() })));
    // The element's spec builder is fetched beside the chart code, which reads the colours.
    const spec = build(drawing.then((d) => d.theme()), width);
    Promise.all([code, spec]).then(([m, s]) => m.requestShape(s), () => undefined);
    return { width, spec };
  }

  async #draw(build: BuildChart, early?: { width: number; spec: Promise<TopLevelSpec> }): Promise<void> {
    const box = this.#host.renderRoot.querySelector<HTMLElement>('.chart');
    if (!box) return;
    const width = chartWidth(box, this.#host);
    const { spec } = early?.width === width ? early : this.#build(build, width);
    try {
      await (await this.#drawing!).draw(box, width, spec);
    } catch {
      this.#drawing = undefined; // the chart code did not arrive: new numbers try again
      this.#fail();
    }
  }

  #fail(): void {
    this.failed = true;
    this.#on.failed();
    this.#host.requestUpdate();
  }
}
