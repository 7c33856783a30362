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
import { expressionInterpreter } from 'vega-interpreter';

extend(transforms, tx, vtx, encode);

export type TooltipHandler = (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;

export interface DrawnChart {
  finalize(): void;
}

function view(spec: TopLevelSpec, options: Record<string, unknown>): View {
  const runtime = parse(compile(spec).spec, undefined, { ast: true });
  return new View(runtime, { expr: expressionInterpreter, logLevel: LOG_ERROR, ...options } as ConstructorParameters<typeof View>[1]);
}

export async function drawChart(container: HTMLElement, spec: TopLevelSpec, tooltip: TooltipHandler): Promise<DrawnChart> {
  const v = view(spec, { renderer: 'svg', container, hover: false });
  v.tooltip(tooltip as Parameters<View['tooltip']>[0]);
  await v.runAsync();
  return { finalize: () => v.finalize() };
}

/** Renders a spec off-screen to an SVG string or a PNG data URL, for downloads. */
export async function renderImage(spec: TopLevelSpec, type: 'svg' | 'png'): Promise<string> {
  const v = view(spec, { renderer: 'none' });
  try {
    await v.runAsync();
    return type === 'svg' ? await v.toSVG() : await v.toImageURL('png', 2);
  } finally {
    v.finalize();
  }
}
