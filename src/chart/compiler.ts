/**
 * Vega-Lite's compiler and Vega's parser: what turns a chart's shape into the spec Vega's view
 * runs. The build runs it for every shape it has seen (`scripts/compile-shapes.mjs`); a page loads
 * it only for a shape the build has not seen, or for an image to download.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';
import type { Runtime } from 'vega';

/** The parsed spec of `shape`, its expressions as syntax trees for Vega's CSP-safe interpreter. */
export function compileShape(shape: TopLevelSpec): Runtime {
  return parse(compile(shape).spec, undefined, { ast: true });
}
