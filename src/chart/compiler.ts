/**
 * Vega-Lite's compiler and Vega's parser: what turns a chart's shape into the spec Vega's view
 * runs. The build runs it for every shape it has seen (`scripts/compile-shapes.mjs`); a page loads
 * it only for a shape the build has not seen, or for an image to download. In the browser bundle it
 * also brings Vega's named colour schemes, left out of the chart runtime (see rollup.config.mjs).
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';
import type { Runtime } from 'vega';
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';

// The chart runtime registers only the operators of the shapes the build compiled; a shape
// compiled here may need any of the standard ones (no geo, force, hierarchy, voronoi, word-cloud
// or crossfilter).
extend(transforms, tx, vtx, encode);

/** The parsed spec of `shape`, its expressions as syntax trees for Vega's CSP-safe interpreter. */
export function compileShape(shape: TopLevelSpec): Runtime {
  return parse(compile(shape).spec, undefined, { ast: true });
}
