/**
 * The only module that imports Vega. It is loaded lazily (see `runtime.ts`), once per page,
 * however many elements there are. Strict-CSP settings throughout: expressions go through
 * Vega's interpreter (`ast: true`), no `<style>` is injected, tooltips are ours.
 */
import embed, { vega, vegaLite } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';

export type TooltipHandler = (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;

export interface DrawnChart {
  finalize(): void;
}

export async function drawChart(container: HTMLElement, spec: TopLevelSpec, tooltip: TooltipHandler): Promise<DrawnChart> {
  const result = await embed(container, spec, {
    mode: 'vega-lite',
    renderer: 'svg',
    actions: false,
    ast: true,
    expr: expressionInterpreter,
    defaultStyle: false,
    tooltip,
    logLevel: vega.Error,
  });
  return { finalize: () => result.finalize() };
}

/** Renders a spec off-screen to an SVG string or a PNG data URL, for downloads. */
export async function renderImage(spec: TopLevelSpec, type: 'svg' | 'png'): Promise<string> {
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
    logLevel: vega.Error,
  } as ConstructorParameters<typeof vega.View>[1]);
  try {
    await view.runAsync();
    return type === 'svg' ? await view.toSVG() : await view.toImageURL('png', 2);
  } finally {
    view.finalize();
  }
}
