/**
 * Option picking, with one policy for every option attribute of every element: left out, the
 * default; a value the element accepts, that value; anything else an `unknown-option` error that
 * names the accepted values. Pure.
 */
import { LoadError } from './errors.js';
import type { Cube, Dimension, Row } from './types.js';

/** How many accepted values an error lists before it ends the list with "…". */
const LISTED = 12;

/** The error for a value an option does not take; `format` names a kind of value instead of a list. */
export function unknownOption(name: string, value: string, accepted: readonly string[] | { format: string }): LoadError {
  const list: Record<string, string> =
    'format' in accepted ? { format: accepted.format } : { accepted: accepted.length > LISTED ? `${accepted.slice(0, LISTED).join(', ')}, …` : accepted.join(', ') };
  return new LoadError('unknown-option', { name, value, ...list });
}

/** Ids compare without case, diacritics or spaces: `liggedøgn` finds `liggedogn`, `Helse Nord` finds `helse-nord`. */
export function looseId(s: string): string {
  return s.toLowerCase().trim().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/\s+/g, '-');
}

/** `value` as one of `accepted` (compared through `fold`), `fallback` when left out. */
export function pickOption<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fallback: T, fold?: (s: string) => string): T;
export function pickOption<T extends string>(name: string, value: string | null | undefined, accepted: readonly T[], fallback?: undefined, fold?: (s: string) => string): T | undefined;
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
 * The dimensions without a role that a view does not show (sex, age, …), each fixed to its
 * first category, which SSB and FHI use for the total; `shown` are those the view draws itself.
 */
export function fixedSlice(cube: Cube, shown: readonly Dimension[] = []): (row: Row) => boolean {
  const fixed = cube.dimensions.filter((d) => !d.role && !shown.includes(d)).map((d) => [d.id, d.categories[0]!.id] as const);
  return (row) => fixed.every(([d, k]) => row.coords[d] === k);
}
