/**
 * Files an attacker or an unlucky producer could serve: real and example JSON-stat files with a
 * few values replaced or keys renamed (built-in names, size bombs, bidi controls, wrong types),
 * and arbitrary JSON. Shared by the unit test (a few thousand, fixed seed) and `npm run fuzz`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

const read = (path: string) => readFileSync(path, 'utf8');
export const BASE_FILES: string[] = [
  read('data-contracts/examples/valid.json'),
  read('data-contracts/datasets/pasientrate-2019.json'),
  ...readdirSync('test/fixtures/real')
    .filter((f) => /^(ssb-07221|eurostat-demo|jsonstat-org-(oecd|canada|order|hierarchy|oecd-canada)\.|dst-|scb-dodsorsak)/.test(f))
    .map((f) => read(`test/fixtures/real/${f}`)),
];

/** Values chosen to break readers: built-in names, huge and negative sizes, wrong types, hostile text. */
const NASTY: unknown[] = [
  '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '', ' ', '.', ':', '..', 'x'.repeat(500),
  '\u202Eevil', 1e9, 1e15, -1, 0, 1.5, NaN, Infinity, null, true, [], {}, [[]], [null], ['__proto__'],
  JSON.parse('{"__proto__":{"polluted":1}}'), { toString: 1 }, { constructor: 'x' }, { valueOf: [] },
  [10000, 10000], [1e5, 1e5, 1e5], { geo: ['__proto__'] }, { toString: ['a'] },
];

const valueArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

type Mutation = { at: number; value: unknown; renameTo?: string; dimension?: boolean };
const NAMES = ['__proto__', 'toString', 'constructor', 'id', 'size', 'value', 'role', 'geo', 'time'];
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  value: valueArb,
  renameTo: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
  // Rename a dimension everywhere it is named (id, dimension, role), or a category (index, label).
  dimension: fc.boolean(),
});

/** Renames dimension number `at` of a 2.0 dataset to `name` in `id`, `dimension` and `role`; or one of its categories. */
function renameDimension(doc: Record<string, unknown>, at: number, name: string): boolean {
  const ids = doc.id;
  const dims = doc.dimension as Record<string, { category?: { index?: unknown; label?: Record<string, unknown> } }> | undefined;
  if (!Array.isArray(ids) || !ids.length || typeof dims !== 'object' || dims === null) return false;
  const old = ids[at % ids.length];
  if (typeof old !== 'string') return false;
  const dim = dims[old];
  if (at % 2 && dim?.category && Array.isArray(dim.category.index) && dim.category.index.length) {
    const cats = dim.category.index as unknown[];
    cats[at % cats.length] = name;
    return true;
  }
  ids[at % ids.length] = name;
  Object.defineProperty(dims, name, { value: dim, enumerable: true, writable: true, configurable: true });
  if (name !== old) delete dims[old];
  const role = doc.role as Record<string, unknown> | undefined;
  if (role && typeof role === 'object') for (const r of Object.values(role)) if (Array.isArray(r)) r.forEach((d, i) => d === old && (r[i] = name));
  return true;
}

/** Every place in a document a mutation can land: [the object or array, its key]. */
function places(doc: unknown): Array<[Record<string, unknown>, string]> {
  const out: Array<[Record<string, unknown>, string]> = [];
  const walk = (node: unknown, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 8) return;
    for (const key of Object.keys(node)) {
      out.push([node as Record<string, unknown>, key]);
      walk((node as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(doc, 0);
  return out;
}

function mutate(base: string, mutations: Mutation[]): unknown {
  const doc = JSON.parse(base) as unknown;
  for (const m of mutations) {
    if (m.dimension && m.renameTo && typeof doc === 'object' && doc && renameDimension(doc as Record<string, unknown>, m.at, m.renameTo)) continue;
    const all = places(doc);
    if (!all.length) break;
    const [parent, key] = all[m.at % all.length]!;
    if (m.renameTo && !Array.isArray(parent)) {
      const v = parent[key];
      delete parent[key];
      Object.defineProperty(parent, m.renameTo, { value: v, enumerable: true, writable: true, configurable: true });
      // A copy each time: one shared value placed inside itself would make a cycle no JSON file has.
    } else parent[key] = m.value === undefined ? undefined : JSON.parse(JSON.stringify(m.value) ?? 'null');
  }
  return doc;
}

/** A mutated real file (mostly), or any JSON value. */
export const hostileFile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.nat({ max: BASE_FILES.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([i, ms]) => mutate(BASE_FILES[i]!, ms)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

type Shown = {
  label: string; source?: string; href?: string; updated?: string; definition?: string; notes: string[];
  cellNotes: Array<{ note: string }>; statusCodes: Record<string, { code: string; label: string }>; rows: Array<{ status?: string }>;
  dimensions: Array<{ label: string; categories: Array<{ label: string; notes: string[] }>; unit: Record<string, { label: string; symbol?: string }> }>;
};
/** Every text of a cube that a view shows or exports (ids are matched, not shown). */
function shownText(c: Shown): string[] {
  return [
    c.label, c.source ?? '', c.href ?? '', c.updated ?? '', c.definition ?? '', ...c.notes, ...c.cellNotes.map((n) => n.note),
    ...Object.values(c.statusCodes).flatMap((s) => [s.code, s.label]), ...c.rows.map((r) => r.status ?? ''),
    ...c.dimensions.flatMap((d) => [d.label, ...d.categories.flatMap((k) => [k.label, ...k.notes]), ...Object.values(d.unit).flatMap((u) => [u.label, u.symbol ?? ''])]),
  ];
}

/** What a file must never do to the reader: the properties, checked on one input; returns what broke, if anything. */
export function broken(read: (input: unknown) => { rows: Array<{ geo: unknown; time: unknown; metric: unknown; coords: Record<string, unknown> }>; dimensions: Array<{ categories: unknown[] }>; hi: object }, isReported: (e: unknown) => boolean, input: unknown): string | undefined {
  let cube;
  try {
    cube = read(input);
  } catch (e) {
    return isReported(e) ? undefined : `crash: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  } finally {
    if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length) return 'prototype polluted';
  }
  if (shownText(cube as unknown as Shown).some((t) => BIDI.test(t))) return 'a bidirectional control in text the reader gives';
  const cells = cube.dimensions.reduce((n, d) => n * d.categories.length, 1);
  if (cube.rows.length !== cells) return `accepted ${cube.rows.length} rows for ${cells} cells`;
  for (const r of cube.rows) {
    if (typeof r.geo !== 'string' || typeof r.time !== 'string' || typeof r.metric !== 'string') return 'a row field is not text';
    for (const v of Object.values(r.coords)) if (typeof v !== 'string') return 'a coordinate is not text';
  }
  return undefined;
}

/** `base` with dimension number `at` renamed to `name` wherever the dataset names it (`id`, `dimension`, `role`), for comparing a built-in name with a neutral one. */
export function withDimensionNamed(base: string, at: number, name: string): { doc: unknown; old: string } | undefined {
  const doc = JSON.parse(base) as Record<string, unknown>;
  const ids = doc.id;
  if (!Array.isArray(ids) || !ids.length) return undefined;
  const old = ids[at % ids.length];
  if (typeof old !== 'string') return undefined;
  renameDimension(doc, (at % ids.length) * 2, name); // an even index renames the dimension itself
  return { doc, old };
}

