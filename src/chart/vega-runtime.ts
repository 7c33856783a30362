/**
 * The only module that talks to Vega's view. It is loaded lazily (see `chart-controller.ts`),
 * once per page, however many elements there are. It holds only the Vega parts a drawn chart
 * needs: the view, the renderers and the transforms the build's shapes run (no vega-embed).
 * Vega-Lite's compiler and Vega's parser are not here: a chart's shape comes compiled from the
 * build (`compiled/`), else from `compiler.ts`, loaded then. Strict-CSP settings throughout: expressions go through Vega's interpreter, no
 * `<style>` is injected, tooltips are ours.
 */
import type { TopLevelSpec } from 'vega-lite';
import { extend, Error as LOG_ERROR } from 'vega-util';
import { transforms } from 'vega-dataflow';
import { View } from 'vega-view';
import { expressionInterpreter } from 'vega-interpreter';
import * as operators from './compiled/transforms.js';
import { exportSpec } from './export-spec.js';
import { parsedShape, split } from './shapes.js';
import { fillSlots } from './spec-shape.js';
import { keyboardThrough, type KeyWords } from './keyboard.js';
import { tooltipInto, type TooltipHandler } from './tooltip.js';

// Only the operators the build's shapes run (a shape compiled on the page brings the rest).
extend(transforms, operators);

export interface DrawnChart {
  finalize(): void;
}

async function view(spec: TopLevelSpec, options: Record<string, unknown>): Promise<View> {
  const { key, shape, datasets, signals, texts, locale, description } = split(spec);
  // Each view gets its own copy of the parsed shape, with this chart's texts and colours in it.
  const runtime = fillSlots(await parsedShape(key, shape), texts);
  const v = new View(runtime, { expr: expressionInterpreter, logLevel: LOG_ERROR, ...(locale ? { locale: { number: locale } } : {}), ...options } as ConstructorParameters<typeof View>[1]);
  for (const [name, values] of datasets) v.data(name, values);
  for (const [name, value] of signals) v.signal(name, value);
  if (description !== undefined) v.description(description);
  return v;
}

/** Draws `spec` into `container`, its tooltips into `tip` (placed within `host`); `keys` is what the keyboard's way through it says. */
export async function drawChart(container: HTMLElement, spec: TopLevelSpec, tip: HTMLElement, host: Element, keys: KeyWords): Promise<DrawnChart> {
  // Vega's SVG renderer keeps its last styled element in a module variable, and through it the
  // view, its container and its event handlers. So the view gets a box of its own, detached on
  // finalize, and a tooltip that forgets our handler then: a stale view never holds our element.
  const box = document.createElement('div');
  container.replaceChildren(box);
  const v = await view(spec, { renderer: 'svg', container: box, hover: false });
  let handler: TooltipHandler | undefined = tooltipInto(tip, host);
  v.tooltip(((...args: Parameters<TooltipHandler>) => handler?.(...args)) as Parameters<View['tooltip']>[0]);
  await v.runAsync();
  inOwnWords(box, keys.chart);
  const unkey = keyboardThrough(container, v, () => handler, keys);
  return {
    finalize: () => {
      unkey();
      handler?.close();
      v.finalize();
      handler = undefined;
      box.remove();
    },
  };
}

/**
 * Vega names its parts in English ("visualization", "rect mark container", "Title text 'BUP'"):
 * the chart is named in the element's language instead, its containers go unnamed, and the
 * headings of small multiples are left to the figures, each of which says its group.
 */
function inOwnWords(box: HTMLElement, chart: string): void {
  box.querySelector('svg')?.setAttribute('aria-roledescription', chart);
  for (const g of box.querySelectorAll('[aria-roledescription$="container"]')) g.removeAttribute('aria-roledescription');
  for (const title of box.querySelectorAll('.role-title-text')) title.setAttribute('aria-hidden', 'true');
}

/** Renders a chart off-screen, with its title and source, to an SVG string or a PNG data URL. */
export async function renderImage(
  spec: TopLevelSpec,
  type: 'svg' | 'png',
  text: { title: string; subtitle: string; source: string },
): Promise<string> {
  const v = await view(exportSpec(spec, text.title, text.subtitle, text.source), { renderer: 'none' });
  try {
    await v.runAsync();
    return type === 'svg' ? await v.toSVG() : await v.toImageURL('png', 2);
  } finally {
    v.finalize();
  }
}

/** A chart as a page draws it (its shape compiled by the build where it can be), to an SVG string: for tests and tools. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const v = await view(spec, { renderer: 'none' });
  try {
    await v.runAsync();
    return await v.toSVG();
  } finally {
    v.finalize();
  }
}
