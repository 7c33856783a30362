/**
 * The only module that talks to Vega. It is loaded lazily (see `runtime.ts`), once per page,
 * however many elements there are. It holds only the Vega parts our charts use: the Vega-Lite
 * compiler, the parser, the view and the standard transforms (no geo, force, hierarchy, voronoi,
 * word-cloud or crossfilter transforms, no vega-embed). Strict-CSP settings throughout:
 * expressions go through Vega's interpreter, no `<style>` is injected, tooltips are ours.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { extend, Error as LOG_ERROR } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';
import { parse } from 'vega-parser';
import { View } from 'vega-view';
import type { Runtime } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { exportSpec } from './export-spec.js';
import { splitSpec } from './spec-shape.js';
import { keyboardThrough, type KeyWords } from './keyboard.js';
import { tooltipInto, type TooltipHandler } from './tooltip.js';

extend(transforms, tx, vtx, encode);

export interface DrawnChart {
  finalize(): void;
}

/**
 * Parsed specs by shape (see `splitSpec`): compiling and parsing is most of what a chart costs,
 * and a page mostly repeats a few shapes with other data. Kept small; a page rarely has more.
 */
const parsed = new Map<string, Runtime>();
const MAX_SHAPES = 32;

function runtimeOf(key: string, shape: TopLevelSpec): Runtime {
  let runtime = parsed.get(key);
  if (!runtime) {
    const vega = compile(shape).spec;
    runtime = parse(vega, undefined, { ast: true });
    // Inline rows left by the compiler would be shared, and changed, by every view of the shape.
    if (vega.data?.some((d) => 'values' in d)) return runtime;
    if (parsed.size >= MAX_SHAPES) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, runtime);
  }
  return runtime;
}

function view(spec: TopLevelSpec, options: Record<string, unknown>): View {
  const { key, shape, datasets, signals, description } = splitSpec(spec);
  const v = new View(runtimeOf(key, shape), { expr: expressionInterpreter, logLevel: LOG_ERROR, ...options } as ConstructorParameters<typeof View>[1]);
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
  const v = view(spec, { renderer: 'svg', container: box, hover: false });
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
  const v = view(exportSpec(spec, text.title, text.subtitle, text.source), { renderer: 'none' });
  try {
    await v.runAsync();
    return type === 'svg' ? await v.toSVG() : await v.toImageURL('png', 2);
  } finally {
    v.finalize();
  }
}
