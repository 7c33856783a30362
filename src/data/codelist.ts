/**
 * Our published code lists (JSON-stat `class: "dimension"` files) and the lookups made in them:
 * which helsefellesskap, RHF or HF a kommune belongs to, and which numbers one kommune has had.
 * Membership of a helsefellesskap, RHF or HF is curated in the list, never guessed from number
 * prefixes; a kommune's fylke is the first two digits of its number, as SSB's standard has it. Pure.
 */
import { isObject, plain, type Json } from './json.js';
import type { Cube } from './types.js';
import { unknownOption } from './options.js';

export interface CodeList {
  label: string;
  ids: string[];
  labels: Record<string, string>;
  child: Record<string, string[]>;
  level: Record<string, string>;
  hi: Json;
}

/** Own entries of an object whose values are text (or lists of text), in a prototype-free record, without bidirectional controls. */
function texts(raw: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (isObject(raw)) for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = plain(v);
  return out;
}
function lists(raw: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null);
  if (isObject(raw)) for (const [k, v] of Object.entries(raw)) if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  return out;
}

export function readCodeList(input: unknown): CodeList {
  if (!isObject(input) || input.class !== 'dimension' || !isObject(input.category)) {
    throw new Error('Not a JSON-stat code list (class "dimension")');
  }
  const cat = input.category;
  const ids = Array.isArray(cat.index)
    ? cat.index.filter((x): x is string => typeof x === 'string')
    : isObject(cat.index)
      ? Object.entries(cat.index).sort((a, b) => Number(a[1]) - Number(b[1])).map(([k]) => k)
      : Object.keys(isObject(cat.label) ? cat.label : {});
  const hi = isObject(input.extension) && isObject(input.extension.hi) ? input.extension.hi : {};
  return {
    label: typeof input.label === 'string' ? plain(input.label) : '',
    ids,
    labels: texts(cat.label),
    child: lists(cat.child),
    level: texts(hi.level),
    hi,
  };
}

const read = new WeakMap<object, CodeList | null>();

/**
 * A fetched code list, read once per file; undefined when it is missing or broken. What a list
 * gives (a highlight, a comparison row) is extra: losing it must never cost the view.
 */
export function toCodeList(input: unknown): CodeList | undefined {
  if (!isObject(input)) return undefined;
  if (!read.has(input)) {
    try {
      read.set(input, readCodeList(input));
    } catch {
      read.set(input, null);
    }
  }
  return read.get(input) ?? undefined;
}

/** The parent whose `child` list holds `code` (e.g. the helsefellesskap of kommune 5501). */
export function parentOf(list: CodeList, code: string, level?: string): string | undefined {
  for (const [parent, kids] of Object.entries(list.child)) {
    if (kids.includes(code) && (!level || list.level[parent] === level || !list.level[parent])) return parent;
  }
  return undefined;
}

/** Accepts `301`, `0301`, ` 5501 ` and returns the 4-digit kommune number, or undefined. */
export function normaliseKommune(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!/^\d{3,4}$/.test(v)) return undefined;
  return v.padStart(4, '0');
}

type Validity = Record<string, { replacedBy?: unknown; replaces?: unknown }>;
const asList = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Every number a kommune has had by the list's `validity`, itself first: later numbers (Tromsø
 * 5401 → 5501; Ålesund 1507 → 1508 and 1580) and earlier ones (5501 → 5401; 1580 → 1507).
 */
export function numbersOf(list: CodeList | undefined, kommune: string): string[] {
  const validity = (isObject(list?.hi.validity) ? list!.hi.validity : {}) as Validity;
  const own = Object.hasOwn(validity, kommune) && isObject(validity[kommune]) ? validity[kommune] : undefined;
  const earlier = Object.entries(validity).filter(([, v]) => isObject(v) && asList(v.replacedBy).includes(kommune)).map(([old]) => old);
  return [...new Set([kommune, ...asList(own?.replacedBy), ...asList(own?.replaces), ...earlier])];
}

/** The id under which a file has the kommune: its own number, or another it had (see {@link numbersOf}). */
export function findKommune(kommune: string, ids: ReadonlySet<string>, lists: ReadonlyArray<CodeList | undefined>): string | undefined {
  if (ids.has(kommune)) return kommune;
  for (const list of lists) {
    const found = numbersOf(list, kommune).find((n) => ids.has(n));
    if (found) return found;
  }
  return undefined;
}

/** The `kommune` attribute checked as {@link pickKommune} does, and the id under which the file has that kommune, if it has it. */
export function kommuneIn(value: string | null | undefined, ids: ReadonlySet<string>, list: CodeList | undefined): { kommune?: string; inFile?: string } {
  const kommune = pickKommune(value, list);
  const inFile = kommune && findKommune(kommune, ids, [list]);
  return { ...(kommune ? { kommune } : {}), ...(inFile ? { inFile } : {}) };
}

/**
 * The `kommune` attribute as a 4-digit number; undefined when left out. Anything that is not a
 * kommune number, or a number `list` (when there is one) does not know, is an `unknown-option`.
 */
export function pickKommune(value: string | null | undefined, list?: CodeList): string | undefined {
  if (!value?.trim()) return undefined;
  const kommune = normaliseKommune(value);
  if (!kommune) throw unknownOption('kommune', value.trim(), { format: 'kommune' });
  if (list && !numbersOf(list, kommune).some((n) => list.ids.includes(n))) throw unknownOption('kommune', kommune, { format: 'kommune' });
  return kommune;
}

/** The fylke of a unit in a file: its parent in the file's hierarchy, else the county whose number starts a kommune number. */
export function fylkeOf(cube: Cube, unit: string): string | undefined {
  const parents = Object.keys(cube.geo.child).filter((p) => cube.geo.child[p]!.includes(unit) && p !== cube.reference);
  const county = parents.find((p) => cube.geo.level[p] === 'fylke') ?? parents[0];
  if (county) return county;
  const byNumber = /^\d{4}$/.test(unit) ? unit.slice(0, 2) : undefined;
  return byNumber && cube.geo.categories.some((k) => k.id === byNumber) ? byNumber : undefined;
}
