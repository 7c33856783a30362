/**
 * Splits a Vega-Lite spec into its shape and what varies between charts of that shape, so that
 * charts of one shape share one compiled spec, compiled at build time where the build has seen the
 * shape (see `scripts/compile-shapes.mjs`). What varies:
 * - the inline data, as named data sources;
 * - the values of plain parameters (numbers that follow the data or the width), as Vega signals;
 * - texts and colours marked with {@link slot}: a title, a colour, a name in a domain, a format
 *   (a text an expression uses is a parameter). In the shape each different text is a numbered
 *   placeholder that survives Vega-Lite's compile and Vega's parse as a literal, and is put back
 *   into the parsed spec ({@link fillSlots});
 * - the width (a signal of the view), the number locale (an option of the view) and the description.
 * Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { isObject } from '../data/json.js';

/** Opens and closes a slot: characters of Unicode's private use area, which no text of ours has. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;

/** Marks a text or colour that varies between charts of one shape (a title, a theme colour). */
export function slot(text: string): string {
  return OPEN + text.replace(/[\uE000\uE001]/g, '') + CLOSE;
}

/** A spec with its slots' marks taken out: what the chart says, as plain Vega-Lite. */
export function plainSpec<T>(spec: T): T {
  return JSON.parse(JSON.stringify(spec).replace(/[\uE000\uE001]/g, '')) as T;
}

export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus?: string;
  percent?: string;
}

export interface SpecParts {
  /** The spec with data sources named, parameter values, slots' texts, width, locale and description left out. */
  shape: TopLevelSpec;
  /** A string equal for two specs exactly when their shapes are equal. */
  key: string;
  /** Rows of each named data source. */
  datasets: Array<[name: string, values: unknown[]]>;
  /** Values of the top-level parameters and the widths, set as Vega signals. */
  signals: Array<[name: string, value: unknown]>;
  /** The texts of the slots, by number. */
  texts: string[];
  locale?: NumberLocale;
  description?: string;
}

/** The width every shape is compiled at; the view is given its own (a signal). */
const SHAPE_WIDTH = 400;

export function splitSpec(spec: TopLevelSpec): SpecParts {
  const names = new Map<unknown[], string>();
  const datasets: SpecParts['datasets'] = [];
  const texts: string[] = [];
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.includes(OPEN)
        ? node.replace(MARKED, (_, text: string) => {
            // Equal texts share a placeholder: Vega-Lite merges equal titles of layers, as it would the texts.
            let n = texts.indexOf(text);
            if (n < 0) n = texts.push(text) - 1;
            return OPEN + n + CLOSE;
          })
        : node;
    }
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
  const { description, params, config, width, spec: inner, ...rest } = spec as unknown as Record<string, unknown> & {
    description?: string;
    params?: Array<Record<string, unknown>>;
    config?: Record<string, unknown> & { locale?: { number?: NumberLocale } };
    width?: unknown;
    spec?: Record<string, unknown>;
  };
  const signals: SpecParts['signals'] = [];
  const shapeParams = params?.map((p) => {
    // Only plain variables: a selection or a bound input keeps its value in the shape.
    if (p.select || p.bind || !('value' in p)) return p;
    signals.push([String(p.name), p.value]);
    return { ...p, value: null };
  });
  // The width is Vega's signal `width`, or `child_width` for each of small multiples.
  const top: Record<string, unknown> = { ...rest };
  if (typeof width === 'number') {
    signals.push(['width', width]);
    top.width = SHAPE_WIDTH;
  } else if (width !== undefined) top.width = width;
  if (inner) {
    const { width: cell, ...innerRest } = inner;
    if (typeof cell === 'number') signals.push(['child_width', cell]);
    top.spec = typeof cell === 'number' ? { ...innerRest, width: SHAPE_WIDTH } : inner;
  }
  const { locale, ...shapeConfig } = config ?? {};
  if (config) top.config = shapeConfig;
  if (shapeParams) top.params = shapeParams;
  const shape = walk(top) as TopLevelSpec;
  return {
    shape,
    key: JSON.stringify(shape),
    datasets,
    signals,
    texts,
    ...(locale?.number ? { locale: locale.number } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * Whether a node of a parsed shape must be copied for each view: it holds a slot, or rows (`values`)
 * a view may change. Known once per node; the rest of the parsed shape is shared by its views.
 */
const perView = new WeakMap<object, boolean>();
function copiedPerView(node: object): boolean {
  let copied = perView.get(node);
  if (copied === undefined) {
    copied = Object.entries(node).some(([k, v]) => (typeof v === 'string' ? v.includes(OPEN) : isObject(v) || Array.isArray(v) ? k === 'values' || copiedPerView(v) : false));
    perView.set(node, copied);
  }
  return copied;
}

/**
 * A parsed (runtime) spec of a shape with its slots' texts put back: new objects where a slot or
 * rows are, the rest shared, so that the shape's parsed spec stays as it is for its next chart.
 */
export function fillSlots<T>(parsed: T, texts: readonly string[]): T {
  const fill = (node: unknown, whole: boolean): unknown => {
    if (typeof node === 'string') return node.includes(OPEN) ? node.replace(MARKED, (_, n: string) => texts[Number(n)] ?? '') : node;
    if (!isObject(node) && !Array.isArray(node)) return node;
    if (!whole && !copiedPerView(node)) return node;
    if (Array.isArray(node)) return node.map((n) => fill(n, whole));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = fill(v, whole || k === 'values');
    return out;
  };
  return fill(parsed, false) as T;
}

/** A short, stable name for a shape's key (a 53-bit string hash, base 36): its compiled file's name. */
export function shapeId(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
