/**
 * Vega-Lite's compiler and Vega's parser: what turns a chart's shape into the spec Vega's view
 * runs. The build runs it for every shape it has seen (`scripts/compile-shapes.mjs`); a page loads
 * it only for a shape the build has not seen, or for an image to download. In the browser bundle it
 * also brings Vega's named colour schemes, left out of the chart runtime (see rollup.config.mjs).
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega-parser';
import { expressionInterpreter } from 'vega-interpreter';
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';
import type { Shape } from './expressions.js';

// The chart runtime registers only the operators of the shapes the build compiled; a shape
// compiled here may need any of the standard ones (no geo, force, hierarchy, voronoi, word-cloud
// or crossfilter).
extend(transforms, tx, vtx, encode);

/** `shape` parsed, its expressions as syntax trees for Vega's CSP-safe interpreter (a built shape has them written as functions). */
export function compileShape(shape: TopLevelSpec): Shape {
  return { runtime: parse(compile(shape).spec, undefined, { ast: true }), expr: () => expressionInterpreter };
}
