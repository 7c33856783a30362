/**
 * An element's chart: its room is kept from the first render, and the code that draws it
 * (`chart-drawing.ts`, then the Vega runtime) is loaded only when a chart is to be shown, so the
 * numbers never wait for it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartDrawing } from './chart-drawing.js';
import { CHART_COLOURS } from './tokens.js';
import type { BuildChart } from './view-model.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

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
    void this.#drawing?.then((d) => this.#host.isConnected && d.connect());
  }

  hostDisconnected(): void {
    void this.#drawing?.then((d) => !this.#host.isConnected && d.disconnect());
  }

  /** After an update that shows the chart: keep its room and queue the drawing. */
  show(build: BuildChart, height: number | undefined): void {
    const box = this.#host.renderRoot.querySelector<HTMLElement>('.chart');
    // Reserve the chart's height until it is drawn, so nothing below it jumps.
    if (box && !box.firstChild && height) box.style.minHeight = `${height}px`;
    this.#drawing ??= import('./chart-drawing.js').then((m) => {
      const drawing = new m.ChartDrawing(this.#host, { drawn: this.#on.drawn, failed: () => this.#fail() });
      if (this.#host.isConnected) drawing.connect();
      return drawing;
    });
    this.#drawing.then((d) => d.schedule(build)).catch(() => {
      this.#drawing = undefined; // let a later update try again
      this.#fail();
    });
  }

  /** The tooltip box and the colour probes the chart reads its colours from; rendered in every state. */
  helpers(): TemplateResult {
    return html`<div class="tooltip" hidden></div>${CHART_COLOURS.map((name) => html`<span class="probe p-${name}"></span>`)}`;
  }

  #fail(): void {
    this.failed = true;
    this.#on.failed();
    this.#host.requestUpdate();
  }
}
