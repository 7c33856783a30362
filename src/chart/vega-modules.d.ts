// The Vega sub-packages ship no type declarations; these name just what vega-runtime.ts uses.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
declare module 'vega-parser' {
  import type { Runtime, Spec } from 'vega';
  export function parse(spec: Spec, config?: unknown, options?: { ast?: boolean }): Runtime;
}
declare module 'vega-view' {
  export { View } from 'vega';
}
