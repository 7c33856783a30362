/**
 * Everything that loads with the first chart, in one chunk: the Vega runtime and the spec
 * builders of every element (a new element adds its builder here).
 */
export * from './vega-runtime.js';
export { rateSpec } from '../elements/hf-pasientrate/spec.js';
export { trendSpec, stepsSpec } from '../elements/framskriving-chart/spec.js';
export { seriesSpec } from '../elements/arsverk-tabell/spec.js';
