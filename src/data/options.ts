/**
 * Option picking, with one policy for every option attribute of every element: left out, the
 * default; a value the element accepts, that value; anything else an `unknown-option` error that
 * names the accepted values. Pure.
 */
import { LoadError } from './errors.js';
import { totalOf } from './totals.js';
import type { Cube, Dimension, Row } from './types.js';

/** How many accepted values an error lists before it ends the list with "…". */
const LISTED = 12;

/** The error for a value an option does not take; `format` names a kind of value instead of a list. */
export function unknownOption(name: string, value: string, accepted: readonly string[] | { format: string }): LoadError {
  const list: Record<string, string> =
    'format' in accepted ? { format: accepted.format } : { accepted: accepted.length > LISTED ? `${accepted.slice(0, LISTED).join(', ')}, …` : accepted.join(', ') };
  return new LoadError('unknown-option', { name, value, ...list });
}

/** Ids compare without case, diacritics or spaces: `liggedøgn` finds `liggedogn`, `Helse Nord` finds `helse-nord`, `Ika` finds `Ikä`. */
export function looseId(s: string): string {
  return s
    .toLowerCase()
    .trim()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, '-');
}

/** `value` as one of `accepted` (compared through `fold`), `fallback` when left out. */
export function pickOption<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fallback: T, fold?: (s: string) => string): T;
export function pickOption<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fallback?: T, fold?: (s: string) => string): T | undefined;
export function pickOption<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fallback?: T, fold: (s: string) => string = (s) => s): T | undefined {
  const wanted = value?.trim();
  if (!wanted) return fallback;
  const found = accepted.find((a) => fold(a) === fold(wanted));
  if (found === undefined) throw unknownOption(name, wanted, accepted);
  return found;
}

/** Several values separated by spaces or commas (`tjeneste="bup vop"`), each picked as above. */
export function pickOptions<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fold?: (s: string) => string): T[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean).map((v) => pickOption(name, v, accepted, undefined, fold)!);
}

const ids = (d: Dimension) => d.categories.map((k) => k.id);

/** A metric of the file; the first by default. */
export function pickMeasure(cube: Cube, wanted: string | undefined, fallback = ids(cube.metric)[0]!): string {
  return pickOption('measure', wanted, ids(cube.metric), fallback, looseId);
}

/** A period of the file; by default the latest that has numbers (time runs in order by the spec). */
export function pickPeriod(cube: Cube, wanted: string | undefined): string {
  const periods = ids(cube.time);
  const withData = new Set(cube.rows.filter((r) => r.value !== null).map((r) => r.time));
  const latest = [...periods].reverse().find((id) => withData.has(id)) ?? periods[periods.length - 1]!;
  return pickOption('period', wanted, periods, latest);
}

/**
 * The category a dimension is fixed to by default: the root of its hierarchy, else the one named
 * as a total, else the first; of those, the first that has numbers (`withData`), so a sparse file
 * (Eurostat's) does not open on an empty slice.
 */
function defaultCategory(d: Dimension, withData?: ReadonlySet<string>): string {
  const children = new Set(Object.values(d.child).flat());
  const root = Object.keys(d.child).find((id) => !children.has(id));
  const total = totalOf(d.categories);
  const candidates = [root, total, ...d.categories.map((k) => k.id)].filter((id): id is string => id !== undefined);
  return candidates.find((id) => !withData || withData.has(id)) ?? candidates[0]!;
}

/** One dimension beyond geography, time and metric, fixed to one of its categories. */
export interface SliceChoice {
  dimension: Dimension;
  category: string;
}

export interface Slice {
  /** Every dimension the view fixes, in the file's order: what a subtitle names and a control changes. */
  choices: SliceChoice[];
  inSlice(row: Row): boolean;
}

/**
 * The `filter` attribute, `"Alder=0-9;Kjønn=2"`: pairs separated by `;`, each a dimension and a
 * category, by id or label (without regard to case, diacritics or spaces). A `;`, `=` or `\\` in
 * a name is written with a backslash before it.
 */
export function parseFilter(value: string | null | undefined): Array<[dimension: string, category: string]> {
  const unescape = (s: string) => s.trim().replace(/\\(.)/g, '$1');
  return (value ?? '')
    .split(/(?<!\\);/)
    .filter((pair) => pair.trim())
    .map((pair) => {
      const at = pair.search(/(?<!\\)=/);
      if (at < 1) throw unknownOption('filter', pair.trim(), { format: 'filter' });
      return [unescape(pair.slice(0, at)), unescape(pair.slice(at + 1))];
    });
}

/** `filter` written back from choices, for a control that changes one of them. */
export function formatFilter(choices: Array<{ dimension: string; category: string }>): string {
  const escape = (s: string) => s.replace(/[\\;=]/g, '\\$&');
  return choices.map((c) => `${escape(c.dimension)}=${escape(c.category)}`).join(';');
}

const numbered = new WeakMap<Dimension, Set<string>>();

/** The categories of `d` that have a number somewhere in the file: counted once per dimension, not on every render. */
function withNumbers(cube: Cube, d: Dimension): Set<string> {
  let ids = numbered.get(d);
  if (!ids) {
    numbered.set(d, (ids = new Set()));
    for (const row of cube.rows) if (row.value !== null) ids.add(row.coords[d.id]!);
  }
  return ids;
}

/**
 * The slice a view draws: every dimension without a role that the view does not show itself
 * (`shown`) is fixed, to the category `filter` names or else to {@link defaultCategory}. An
 * unknown dimension or category is an `unknown-option` error naming what the file has.
 */
export function chooseSlice(cube: Cube, filter: string | null | undefined, shown: readonly Dimension[] = []): Slice {
  const free = cube.dimensions.filter((d) => !d.role && !shown.includes(d));
  const wanted = new Map<Dimension, string>();
  for (const [name, value] of parseFilter(filter)) {
    const d = free.find((x) => x.id === name || looseId(x.id) === looseId(name) || looseId(x.label) === looseId(name));
    if (!d) throw unknownOption('filter', name, free.map((x) => x.id));
    const k = d.categories.find((x) => x.id === value) ?? d.categories.find((x) => looseId(x.id) === looseId(value) || looseId(x.label) === looseId(value));
    if (!k) throw unknownOption(`filter ${d.id}`, value, d.categories.map((x) => x.id));
    wanted.set(d, k.id);
  }
  const choices = free.map((dimension) => ({ dimension, category: wanted.get(dimension) ?? defaultCategory(dimension, withNumbers(cube, dimension)) }));
  const fixed = choices.map((c) => [c.dimension.id, c.category] as const);
  return { choices, inSlice: (row) => fixed.every(([d, k]) => row.coords[d] === k) };
}
