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
import { exportSpec } from './export-spec.js';

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
  // Vega's SVG renderer keeps its last styled element in a module variable, and through it the
  // view, its container and its event handlers. So the view gets a box of its own, detached on
  // finalize, and a tooltip that forgets our handler then: a stale view never holds our element.
  const box = document.createElement('div');
  container.replaceChildren(box);
  const v = view(spec, { renderer: 'svg', container: box, hover: false });
  let handler: TooltipHandler | undefined = tooltip;
  v.tooltip(((...args: Parameters<TooltipHandler>) => handler?.(...args)) as Parameters<View['tooltip']>[0]);
  await v.runAsync();
  return {
    finalize: () => {
      v.finalize();
      handler = undefined;
      box.remove();
    },
  };
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
