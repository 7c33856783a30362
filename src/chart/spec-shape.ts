/**
 * Splits a Vega-Lite spec into its shape and what varies between charts of that shape: the
 * inline data, the values of plain parameters and the description. Charts of one shape (the
 * same element and options, another kommune or region) then share one compiled and parsed spec,
 * which is most of what drawing a chart costs. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { isObject } from '../data/json.js';

export interface SpecParts {
  /** The spec with data sources named instead of inlined, parameter values and description left out. */
  shape: TopLevelSpec;
  /** A string equal for two specs exactly when their shapes are equal. */
  key: string;
  /** Rows of each named data source. */
  datasets: Array<[name: string, values: unknown[]]>;
  /** Values of the top-level parameters, set as Vega signals. */
  signals: Array<[name: string, value: unknown]>;
  description?: string;
}


export function splitSpec(spec: TopLevelSpec): SpecParts {
  const names = new Map<unknown[], string>();
  const datasets: SpecParts['datasets'] = [];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'data' && isObject(v) && Array.isArray(v.values)) {
        // One name per array: layers that share their rows share a source, as they did inline.
        let name = names.get(v.values);
        if (!name) {
          name = `values_${names.size}`;
          names.set(v.values, name);
          datasets.push([name, v.values]);
        }
        const { values: _values, ...rest } = v;
        out[k] = { ...rest, name };
      } else out[k] = walk(v);
    }
    return out;
  };
  const { description, params, ...rest } = spec as unknown as Record<string, unknown> & { description?: string; params?: Array<Record<string, unknown>> };
  const signals: SpecParts['signals'] = [];
  const shapeParams = params?.map((p) => {
    // Only plain variables: a selection or a bound input keeps its value in the shape.
    if (p.select || p.bind || !('value' in p)) return p;
    signals.push([String(p.name), p.value]);
    return { ...p, value: null };
  });
  const shape = walk(shapeParams ? { ...rest, params: shapeParams } : rest) as TopLevelSpec;
  return { shape, key: JSON.stringify(shape), datasets, signals, ...(description !== undefined ? { description } : {}) };
}
