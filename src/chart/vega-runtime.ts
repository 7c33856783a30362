/**
 * The only module that talks to Vega's view. It is loaded lazily (see `chart-controller.ts`),
 * once per page, however many elements there are. It holds only the Vega parts a drawn chart
 * needs: the view, the renderers and the transforms the build's shapes run (no vega-embed).
 * Vega-Lite's compiler and Vega's parser are not here: a chart's shape comes compiled from the
 * build (`compiled/`), else from `compiler.ts`, loaded then. Strict-CSP settings throughout:
 * a built shape's expressions are functions the build wrote (`expressions.ts`), a shape compiled
 * on the page goes through Vega's interpreter, no `<style>` is injected, tooltips are ours.
 */
import type { TopLevelSpec } from 'vega-lite';
import { extend, Error as LOG_ERROR } from 'vega-util';
import { transforms } from 'vega-dataflow';
import { View } from 'vega-view';
import { COMPILED } from './compiled/index.js';
import { builtShape, type Shape } from './expressions.js';
import * as operators from './compiled/transforms.js';
import { exportSpec } from './export-spec.js';
import { fillSlots, shapeId, splitSpec } from './spec-shape.js';
import { keyboardThrough, type KeyWords } from './keyboard.js';
import { tooltipInto, type TooltipHandler } from './tooltip.js';

// Only the operators the build's shapes run (a shape compiled on the page brings the rest).
extend(transforms, operators);

export interface DrawnChart {
  finalize(): void;
}

/**
 * Parsed specs by shape (see `splitSpec`), each loaded (or compiled) once per page: a page mostly
 * repeats a few shapes with other data. Kept small; a page rarely has more.
 */
const parsed = new Map<string, Promise<Shape>>();
const MAX_SHAPES = 32;

/** The name of the performance mark set when a shape is compiled on the page instead of by the build; its detail is the shape. */
export const COMPILED_ON_PAGE = 'hf-shape-compiled-on-page';

function parsedShape(key: string, shape: TopLevelSpec): Promise<Shape> {
  const known = parsed.get(key);
  if (known) return known;
  const id = shapeId(key);
  const built = COMPILED[id];
  const loading = built
    ? built().then(builtShape)
    : import('./compiler.js').then(({ compileShape }) => {
        performance.mark(COMPILED_ON_PAGE, { detail: { id, shape } });
        return compileShape(shape);
      });
  loading.catch(() => parsed.delete(key));
  if (parsed.size >= MAX_SHAPES) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, loading);
  return loading;
}

/** A spec's parts, split once though it is both requested early ({@link requestShape}) and drawn. */
const splits = new WeakMap<TopLevelSpec, ReturnType<typeof splitSpec>>();
function split(spec: TopLevelSpec): ReturnType<typeof splitSpec> {
  let parts = splits.get(spec);
  if (!parts) splits.set(spec, (parts = splitSpec(spec)));
  return parts;
}

/** Starts loading the shape `spec` is drawn from, so that it is here when its turn to be drawn comes. */
export function requestShape(spec: TopLevelSpec): void {
  const { key, shape } = split(spec);
  parsedShape(key, shape).catch(() => undefined);
}

async function view(spec: TopLevelSpec, options: Record<string, unknown>): Promise<View> {
  const { key, shape, datasets, signals, texts, locale, description } = split(spec);
  // Each view gets its own copy of the parsed shape, with this chart's texts and colours in it.
  const { runtime, expr } = await parsedShape(key, shape);
  const v = new View(fillSlots(runtime, texts), { expr: expr(texts), logLevel: LOG_ERROR, ...(locale ? { locale: { number: locale } } : {}), ...options } as ConstructorParameters<typeof View>[1]);
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

/** Runs `spec` off-screen and gives what `out` makes of its view. */
async function offScreen<T>(spec: TopLevelSpec, out: (v: View) => Promise<T>): Promise<T> {
  const v = await view(spec, { renderer: 'none' });
  try {
    await v.runAsync();
    return await out(v);
  } finally {
    v.finalize();
  }
}

/** Renders a chart off-screen, with its title and source, to an SVG string or a PNG data URL. */
export function renderImage(spec: TopLevelSpec, type: 'svg' | 'png', text: { title: string; subtitle: string; source: string }): Promise<string> {
  return offScreen(exportSpec(spec, text.title, text.subtitle, text.source), (v) => (type === 'svg' ? v.toSVG() : v.toImageURL('png', 2)));
}

type SceneNode = { items?: SceneNode[]; tooltip?: unknown };

/** The tooltip of every item of a view's scene, in the scene's order. */
export function tooltipsOf(v: View): unknown[] {
  const out: unknown[] = [];
  const walk = (node: SceneNode) => {
    if (node.tooltip !== undefined) out.push(node.tooltip);
    for (const item of node.items ?? []) walk(item);
  };
  walk((v.scenegraph() as unknown as { root: SceneNode }).root);
  return out;
}

/** A chart as a page draws it (its shape compiled by the build where it can be): its SVG and its tooltips, for tests and tools. */
export function chartOffScreen(spec: TopLevelSpec): Promise<{ svg: string; tooltips: unknown[] }> {
  return offScreen(spec, async (v) => ({ svg: await v.toSVG(), tooltips: tooltipsOf(v) }));
}
