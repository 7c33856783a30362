/**
 * The parsed shape each chart is drawn from: compiled by the build (`compiled/`), else compiled on
 * the page by `compiler.ts`, loaded then. Small, and apart from the Vega runtime (the chart chunk's
 * weight), so that a chart's shape is asked for as soon as its spec is built, while the runtime is
 * still on its way or being read.
 */
import type { Runtime } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { COMPILED } from './compiled/index.js';
import { shapeId, splitSpec } from './spec-shape.js';

/**
 * Parsed specs by shape (see `splitSpec`): compiling and parsing is most of what a chart costs,
 * and a page mostly repeats a few shapes with other data. Kept small; a page rarely has more.
 */
const parsed = new Map<string, Promise<Runtime>>();
const MAX_SHAPES = 32;

/** The name of the performance mark set when a shape is compiled on the page instead of by the build; its detail is the shape. */
export const COMPILED_ON_PAGE = 'hf-shape-compiled-on-page';

export function parsedShape(key: string, shape: TopLevelSpec): Promise<Runtime> {
  const known = parsed.get(key);
  if (known) return known;
  const id = shapeId(key);
  const built = COMPILED[id];
  const runtime = built
    ? built().then((m) => m.default as Runtime)
    : import('./compiler.js').then(({ compileShape }) => {
        performance.mark(COMPILED_ON_PAGE, { detail: { id, shape } });
        return compileShape(shape);
      });
  runtime.catch(() => parsed.delete(key));
  if (parsed.size >= MAX_SHAPES) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, runtime);
  return runtime;
}

/** A spec's parts, split once though it is both requested early ({@link requestShape}) and drawn. */
const splits = new WeakMap<TopLevelSpec, ReturnType<typeof splitSpec>>();
export function split(spec: TopLevelSpec): ReturnType<typeof splitSpec> {
  let parts = splits.get(spec);
  if (!parts) splits.set(spec, (parts = splitSpec(spec)));
  return parts;
}

/** Starts loading the shape `spec` is drawn from, so that it is here when its turn to be drawn comes. */
export function requestShape(spec: TopLevelSpec): void {
  const { key, shape } = split(spec);
  parsedShape(key, shape).catch(() => undefined);
}

