/**
 * The one JSON-stat 2.0 reader: our profile, and SSB's and FHI's `json-stat2` responses as they
 * really come. Pure and DOM-free; it never generates code at run time, so it runs under a strict CSP.
 */
import type {
  CellNote,
  Category,
  Cube,
  Dimension,
  Problem,
  Role,
  Row,
  StatusCode,
  StatusKind,
  Unit,
} from './types.js';
import { isObject, isString, plain, type Json } from './json.js';
import { wholeOf } from './totals.js';

export const PROFILE_ID = 'hf-indikatorer/1.0';

/** The rules that say an input is no JSON-stat dataset at all (so it may be another kind of file), not a broken one. */
export const NOT_A_DATASET = new Set(['not-object', 'not-jsonstat', 'not-dataset']);

/** Thrown with every problem found; `problems[0]` is the one an element shows first. */
export class JsonStatError extends Error {
  /** `warnings`: what the reader would have let pass, found before it stopped (for the validator). */
  constructor(
    readonly problems: Problem[],
    readonly warnings: Problem[] = [],
  ) {
    super(problems.map((p) => `${p.path}: ${p.rule}`).join('; '));
    this.name = 'JsonStatError';
  }
}

/** SSB's standard symbols; our profile uses the same, so SSB files need no translation. */
export const STANDARD_STATUS: Record<string, { kind: StatusKind; label: string }> = {
  '.': { kind: 'not-applicable', label: 'Ikke mulig å oppgi tall' },
  '..': { kind: 'missing', label: 'Tallgrunnlag mangler' },
  ':': { kind: 'suppressed', label: 'Vises ikke av personvernhensyn' },
  '…': { kind: 'not-yet-available', label: 'Oppgave mangler foreløpig' },
  '...': { kind: 'not-yet-available', label: 'Oppgave mangler foreløpig' },
  '-': { kind: 'zero', label: 'Null' },
  '*': { kind: 'provisional', label: 'Foreløpig tall' },
};

const STATUS_KINDS = new Set<StatusKind>([
  'suppressed',
  'missing',
  'not-applicable',
  'not-yet-available',
  'zero',
  'provisional',
  'previous-period',
  'other',
]);

/**
 * Dimension ids that name a role, for files that declare none (or not every one): SSB's
 * (`Region`, `KOKkommuneregion0000`, `Tid`, `ContentsCode`), FHI's, Eurostat's (`geo`, `time`,
 * `unit`), SCB's and others'. Tried in this order, before the categories are looked at.
 */
const ROLE_BY_ID: Array<[RegExp, Role]> = [
  [/^ref_area$/i, 'geo'],
  [/^time_period$/i, 'time'],
  [/^(geo|region|område|omrade|fylke|fylker|kommune|kommuner|bydel|helsefellesskap|rhf|hf|land|country|area|municipality|county|alue|kunta|maakunta)$/i, 'geo'],
  [/^(kok)?(region|kommune|fylke|bydel|kommuneregion|fylkesregion|bydelsregion)\d*$/i, 'geo'],
  [/^(tid|aar|år|time|year|years|periode|period|vuosi|ar|år|tidpunkt)$/i, 'time'],
  [/^(contentscode|measure_type|maal|mål|måltall|metric|statistikkvariabel|unit|indicator|indikator|measure|tiedot)$/i, 'metric'],
];

/** A whole word, also next to letters such as å and ä (`\b` in JavaScript knows only ASCII letters). */
const word = (words: string) => new RegExp(`(?<![\\p{L}\\d])(${words})(?![\\p{L}\\d])`, 'iu');
const GEO_WORD = word('region|regions|county|counties|country|countries|municipality|municipalities|district|kommune|kommuner|fylke|fylker|län|kommun|geo');
const TIME_WORD = word('time|tid|year|years|år|periode|period|quarter|month|kvartal|måned|vuosi');

/** Category ids shaped as periods: `2023`, `2023M01`, `2023K1`, `2023Q1`, `2023H1`, `2023-01`, `2019_2021`, `2019-2021`. */
const PERIOD_ID = /^(1[89]|20)\d{2}([MKQHT]\d{1,2}|-\d{2}|-Q\d|[_-](1[89]|20)\d{2})?$/;
/** Category ids shaped as Norwegian geography: the country `0`, kommuner `0301`, bydeler `030101`, SSB's `K-0301` and `F-03` (two digits alone are too often something else). */
const GEO_ID = /^(0|\d{4}|\d{6}|[KFB]-\d{2,6})$/;

/** A value from a file as a message names it: text as it is, anything else as JSON (never by calling its `toString`, which a file can replace). */
function shown(v: unknown): string {
  if (isString(v)) return v;
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** Normalises the geo code variants of SSB (`K-0301`, `F-03`, `030101a`) to plain codes. */
export function normaliseGeoId(id: string): string {
  const m = /^[KFB]-(\d+)$/.exec(id);
  if (m) return m[1]!;
  if (/^\d{6}[a-z]$/.test(id)) return id.slice(0, 6);
  return id;
}

/** FHI periods `2020_2020` -> `2020`; ranges keep their id. */
export function normaliseTimeId(id: string): string {
  const m = /^(\d{4})_(\d{4})$/.exec(id);
  return m && m[1] === m[2] ? m[1]! : id;
}

function timeLabel(id: string, label: string | undefined): string {
  if (label && label !== id) return label;
  const m = /^(\d{4})_(\d{4})$/.exec(id);
  return m ? `${m[1]}–${m[2]}` : plain(id);
}

/** The level a geo code has by its shape, for files without `extension.hi.level`. */
function levelOfCode(id: string): string | undefined {
  if (id === '0') return 'land';
  if (/^\d{2}$/.test(id)) return 'fylke';
  if (/^\d{4}$/.test(id)) return 'kommune';
  if (/^\d{6}$/.test(id)) return 'bydel';
  return undefined;
}

/**
 * What a file may hold, so that no file can freeze a page: cells (every cell becomes a row) and
 * categories of one dimension. The largest file of our own has 4 032 cells, the largest of the
 * real files in the tests 37 440. Reading 200 000 cells takes about 0.2 s in Node on a laptop;
 * 1 000 000 took 2.3 s and 330 MB, too long for a page's main thread.
 */
export const LIMITS = { cells: 200_000, categories: 100_000, dimensions: 50, cellNotes: 10_000 } as const;

/** Problems kept of each rule; the rest are counted in one problem, `more`. */
const KEPT_PER_RULE = 20;

class Collector {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  readonly #count = new Map<Problem[], Map<string, number>>();
  constructor(readonly strict: boolean) {}
  error(path: string, rule: string, params: Record<string, string | number> = {}): void {
    this.#add(this.errors, { path, rule, params });
  }
  warning(path: string, rule: string, params: Record<string, string | number> = {}): void {
    this.#add(this.warnings, { path, rule, params });
  }
  /** A profile rule: an error in our files, a warning in foreign ones. */
  profileRule(path: string, rule: string, params: Record<string, string | number> = {}): void {
    this.#add(this.strict ? this.errors : this.warnings, { path, rule, params });
  }
  #add(list: Problem[], p: Problem): void {
    const counts = this.#count.get(list) ?? new Map<string, number>();
    this.#count.set(list, counts);
    const n = (counts.get(p.rule) ?? 0) + 1;
    counts.set(p.rule, n);
    // Paths and values come from the file: no bidirectional control reaches an error message.
    if (n <= KEPT_PER_RULE) list.push({ rule: p.rule, path: plain(p.path), params: Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? plain(v) : v])) });
  }
  /** The errors and warnings, each rule's uncounted rest said in one problem ("and 999 980 more"). */
  done(): { errors: Problem[]; warnings: Problem[] } {
    const withRest = (list: Problem[]) => {
      const rest = [...(this.#count.get(list) ?? [])].filter(([, n]) => n > KEPT_PER_RULE);
      return [...list, ...rest.map(([rule, n]) => ({ path: '$', rule: 'more', params: { rule, count: n - KEPT_PER_RULE } }))];
    };
    return { errors: withRest(this.errors), warnings: withRest(this.warnings) };
  }
  fail(): never {
    const { errors, warnings } = this.done();
    throw new JsonStatError(errors, warnings);
  }
}

function categoryIds(cat: Json, path: string, c: Collector): string[] | undefined {
  const { index, label } = cat;
  if (Array.isArray(index)) {
    if (!index.every(isString)) {
      c.error(`${path}.index`, 'index-type');
      return undefined;
    }
    if (new Set(index).size !== index.length) c.error(`${path}.index`, 'index-duplicate');
    return index as string[];
  }
  if (isObject(index)) {
    const entries = Object.entries(index);
    const ids: string[] = [];
    for (const [id, pos] of entries) {
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= entries.length || ids[pos] !== undefined) {
        c.error(`${path}.index`, 'index-positions', { id });
        return undefined;
      }
      ids[pos] = id;
    }
    return ids;
  }
  if (index === undefined && isObject(label) && Object.keys(label).length === 1) return Object.keys(label);
  c.error(`${path}.index`, 'index-missing');
  return undefined;
}

function readUnit(raw: unknown, path: string, c: Collector, fallbackDecimals: number | undefined): Unit | undefined {
  if (!isObject(raw)) {
    c.error(path, 'unit-type');
    return undefined;
  }
  const decimals = raw.decimals;
  if (decimals === undefined) c.profileRule(`${path}.decimals`, 'unit-decimals');
  else if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    c.error(`${path}.decimals`, 'unit-decimals-type');
  }
  const label = plain(isString(raw.label) ? raw.label : isString(raw.base) ? raw.base : '');
  if (!label) c.profileRule(`${path}.label`, 'unit-label');
  const unit: Unit = { label };
  const d = typeof decimals === 'number' ? decimals : fallbackDecimals;
  if (d !== undefined) unit.decimals = d;
  if (isString(raw.symbol)) unit.symbol = plain(raw.symbol);
  if (raw.position === 'start' || raw.position === 'end') unit.position = raw.position;
  return unit;
}

function readDimension(id: string, raw: unknown, size: number | undefined, c: Collector, isGeo: boolean, isTime: boolean): Dimension | undefined {
  const path = `$.dimension.${id}`;
  if (!isObject(raw)) {
    c.error(path, 'dimension-type', { id });
    return undefined;
  }
  if (!isObject(raw.category)) {
    c.error(`${path}.category`, 'category-missing', { id });
    return undefined;
  }
  const cat = raw.category;
  const rawIds = categoryIds(cat, `${path}.category`, c);
  if (!rawIds) return undefined;
  if (size !== undefined && rawIds.length !== size) {
    c.error(`${path}.category.index`, 'index-count', { id, count: rawIds.length, size });
  }
  const labels = isObject(cat.label) ? cat.label : {};
  const known = new Set(rawIds);
  for (const key of Object.keys(labels)) {
    if (!known.has(key)) c.error(`${path}.category.label.${key}`, 'label-unknown', { id, category: key });
  }
  const notes = isObject(cat.note) ? cat.note : {};
  const normalise = isGeo ? normaliseGeoId : isTime ? normaliseTimeId : (s: string) => s;
  const categories: Category[] = rawIds.map((rawId) => {
    const label = isString(labels[rawId]) ? plain(labels[rawId] as string) : undefined;
    const note = notes[rawId];
    return {
      id: normalise(rawId),
      label: isTime ? timeLabel(rawId, label) : label ?? plain(rawId),
      notes: (Array.isArray(note) ? note.filter(isString) : isString(note) ? [note] : []).map(plain),
    };
  });
  distinguish(categories);
  const ids = new Set(categories.map((k) => k.id));

  const child: Record<string, string[]> = Object.create(null);
  if (cat.child !== undefined) {
    if (!isObject(cat.child)) c.error(`${path}.category.child`, 'child-type');
    else {
      for (const [parent, kids] of Object.entries(cat.child)) {
        const p = normalise(parent);
        if (!ids.has(p)) c.error(`${path}.category.child.${parent}`, 'child-unknown', { id, category: parent });
        if (!Array.isArray(kids) || !kids.every(isString)) {
          c.error(`${path}.category.child.${parent}`, 'child-type');
          continue;
        }
        child[p] = kids.map(normalise);
        for (const k of child[p]!) {
          if (!ids.has(k)) c.error(`${path}.category.child.${parent}`, 'child-unknown', { id, category: k });
        }
      }
      if (hasCycle(child)) c.error(`${path}.category.child`, 'child-cycle', { id });
    }
  }

  const ext = isObject(raw.extension) && isObject(raw.extension.hi) ? raw.extension.hi : {};
  const level: Record<string, string> = Object.create(null);
  if (isObject(ext.level)) {
    for (const [k, v] of Object.entries(ext.level)) {
      if (!ids.has(normalise(k))) c.error(`${path}.extension.hi.level.${k}`, 'level-unknown', { id, category: k });
      else if (isString(v)) level[normalise(k)] = v;
    }
  }
  if (isGeo) {
    for (const k of categories) {
      if (!level[k.id]) {
        const guess = levelOfCode(k.id);
        if (guess) level[k.id] = guess;
      }
    }
  }

  const unit: Record<string, Unit> = Object.create(null);
  if (cat.unit !== undefined) {
    if (!isObject(cat.unit)) c.error(`${path}.category.unit`, 'unit-type');
    else {
      for (const [k, u] of Object.entries(cat.unit)) {
        if (!ids.has(k)) {
          c.error(`${path}.category.unit.${k}`, 'unit-unknown', { id, category: k });
          continue;
        }
        const read = readUnit(u, `$.dimension.${id}.category.unit.${k}`, c, undefined);
        if (read) unit[k] = read;
      }
    }
  }
  return {
    id,
    label: plain(isString(raw.label) ? raw.label : id),
    categories,
    child,
    level,
    unit,
  };
}

/** Whether `child` links loop, walked without recursion (a chain of 100 000 categories would overflow the stack). */
function hasCycle(child: Record<string, string[]>): boolean {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  for (const start of Object.keys(child)) {
    if (state.has(start)) continue;
    const stack: Array<[node: string, next: number]> = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = child[top[0]] ?? [];
      if (top[1] < kids.length) {
        const kid = kids[top[1]++]!;
        const s = state.get(kid);
        if (s === 1) return true;
        if (s === undefined) {
          state.set(kid, 1);
          stack.push([kid, 0]);
        }
      } else {
        state.set(top[0], 2);
        stack.pop();
      }
    }
  }
  return false;
}

/**
 * The values, as numbers or null. A number written as a string is read as the number; any other
 * string (SSB's `"."`, `".."`) is a missing value with that string as its status, unless the cell
 * has one.
 */
function readValues(raw: unknown, total: number, status: Array<string | undefined>, c: Collector): Array<number | null> {
  const values: Array<number | null> = new Array(total).fill(null);
  const take = (v: unknown, path: string, i: number) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' && Number.isFinite(v)) values[i] = v;
    else if (isString(v) && v.trim() !== '' && Number.isFinite(Number(v))) {
      c.profileRule(path, 'value-string', { value: v });
      values[i] = Number(v);
    } else if (isString(v) && v.trim() === '') {
      c.profileRule(path, 'value-type', { index: i });
    } else if (isString(v) && !c.strict) {
      c.warning(path, 'value-symbol', { value: v });
      status[i] ??= plain(v.trim()) || undefined;
    } else c.error(path, 'value-type', { index: i });
  };
  if (Array.isArray(raw)) {
    if (raw.length !== total) {
      c.error('$.value', 'value-length', { length: raw.length, expected: total });
      return values;
    }
    raw.forEach((v, i) => take(v, `$.value[${i}]`, i));
  } else if (isObject(raw)) {
    c.profileRule('$.value', 'value-sparse');
    for (const [k, v] of Object.entries(raw)) {
      const i = Number(k);
      if (!Number.isInteger(i) || i < 0 || i >= total) c.error(`$.value.${k}`, 'value-key', { key: k, expected: total });
      else take(v, `$.value.${k}`, i);
    }
  } else {
    c.error('$.value', 'value-missing');
  }
  return values;
}

/** Status codes as the file writes them, without bidirectional controls (they are shown in cells and exported). */
function readStatus(raw: unknown, total: number, c: Collector): Array<string | undefined> {
  const out = readStatusRaw(raw, total, c);
  for (let i = 0; i < out.length; i++) if (out[i] !== undefined) out[i] = plain(out[i]!) || undefined;
  return out;
}

function readStatusRaw(raw: unknown, total: number, c: Collector): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(total).fill(undefined);
  if (raw === undefined || raw === null || raw === '') return out;
  if (isString(raw)) return out.fill(raw);
  if (Array.isArray(raw)) {
    if (raw.length === 1 && total !== 1) return out.fill(isString(raw[0]) && raw[0] !== '' ? raw[0] : undefined);
    if (raw.length !== total) {
      c.error('$.status', 'status-length', { length: raw.length, expected: total });
      return out;
    }
    raw.forEach((s, i) => {
      if (isString(s) && s !== '') out[i] = s;
      else if (s !== null && s !== '') c.error(`$.status[${i}]`, 'status-type');
    });
    return out;
  }
  if (isObject(raw)) {
    for (const [k, s] of Object.entries(raw)) {
      const i = Number(k);
      if (!Number.isInteger(i) || i < 0 || i >= total) c.error(`$.status.${k}`, 'status-key', { key: k, expected: total });
      else if (isString(s) && s !== '') out[i] = s;
      else if (s !== null && s !== '') c.error(`$.status.${k}`, 'status-type');
    }
    return out;
  }
  c.error('$.status', 'status-type');
  return out;
}

/** Eurostat's flags, by what they mean for a reader; its own labels come with the file. */
const EUROSTAT_KINDS: Record<string, StatusKind> = { c: 'suppressed', z: 'not-applicable', ':': 'missing', p: 'provisional' };

/** The kind of a code a publisher explains itself: by its flags (Eurostat combines them, `|C`, `ep`), else `other`, never SSB's meaning of the same symbol. */
function publisherKind(code: string): StatusKind {
  const flags = code.toLowerCase().split(/[|,\s]+/).filter(Boolean).flatMap((f) => (f === ':' ? [f] : [...f]));
  for (const flag of Object.keys(EUROSTAT_KINDS)) if (flags.includes(flag)) return EUROSTAT_KINDS[flag]!;
  return 'other';
}

/**
 * The meaning of every status code: SSB's standard symbols, then the file's own explanations
 * (our `extension.hi.statusCodes`; Eurostat's `extension.status.label`). A code nobody explains
 * is shown as it is: an error in our profile, a warning in other publishers' files.
 */
function readStatusCodes(root: Json, hi: Json, used: Set<string>, c: Collector): Record<string, StatusCode> {
  const out: Record<string, StatusCode> = Object.create(null);
  for (const [code, std] of Object.entries(STANDARD_STATUS)) out[code] = { code, ...std };
  const publisher = isObject(root.extension) && isObject(root.extension.status) && isObject(root.extension.status.label) ? root.extension.status.label : {};
  for (const [code, label] of Object.entries(publisher)) {
    if (isString(label)) out[plain(code)] = { code: plain(code), label: plain(label), kind: publisherKind(code) };
  }
  if (hi.statusCodes !== undefined && !isObject(hi.statusCodes)) c.error('$.extension.hi.statusCodes', 'status-codes-type');
  const declared = isObject(hi.statusCodes) ? hi.statusCodes : {};
  for (const [code, def] of Object.entries(declared)) {
    const path = `$.extension.hi.statusCodes.${code}`;
    if (!isObject(def) || !isString(def.label) || !isString(def.kind)) {
      c.error(path, 'status-code-shape', { code });
      continue;
    }
    if (!STATUS_KINDS.has(def.kind as StatusKind)) c.error(`${path}.kind`, 'status-code-kind', { code, kind: def.kind });
    out[code] = { code, label: plain(def.label), kind: (STATUS_KINDS.has(def.kind as StatusKind) ? def.kind : 'other') as StatusKind };
  }
  for (const code of used) {
    if (c.strict && !Object.hasOwn(declared, code)) c.error(Object.hasOwn(out, code) ? '$.extension.hi.statusCodes' : '$.status', 'status-unexplained', { code });
    else if (!Object.hasOwn(out, code)) {
      c.warning('$.status', 'status-unexplained', { code });
      out[code] = { code, label: code, kind: 'other' }; // `code` is plain already: it came from readStatus
    }
  }
  return out;
}

/** The category ids of a raw dimension, without judging them (that comes later, with paths). */
function rawCategoryIds(raw: unknown): string[] {
  const cat = isObject(raw) && isObject(raw.category) ? raw.category : {};
  if (Array.isArray(cat.index)) return cat.index.filter(isString);
  if (isObject(cat.index)) return Object.keys(cat.index);
  return isObject(cat.label) ? Object.keys(cat.label) : [];
}

/**
 * Roles a file leaves out, inferred (see `data-contracts/README.md`, "Files from other
 * publishers"): by the dimension's id first, then by a word for time or geography in its id or
 * label, then time as the dimension whose every category is a period, then geography as the one
 * whose categories are mostly Norwegian area codes.
 */
function inferRoles(roles: Partial<Record<Role, string>>, ids: string[], dims: Json): void {
  const free = () => ids.filter((id) => !Object.values(roles).includes(id));
  for (const role of ['geo', 'time', 'metric'] as const) {
    if (roles[role]) continue;
    const byId = ROLE_BY_ID.filter(([, r]) => r === role).map(([re]) => free().find((id) => re.test(id))).find(Boolean);
    if (byId) roles[role] = byId;
  }
  // CSO's "County and Region", SCB's "region": a geographic word in the id or the label.
  const named = (word: RegExp) => free().find((id) => word.test(id) || (isObject(dims[id]) && isString(dims[id].label) && word.test(dims[id].label)));
  roles.time ??= named(TIME_WORD);
  roles.geo ??= named(GEO_WORD);
  if (!roles.time) {
    roles.time = free().find((id) => {
      const cats = rawCategoryIds(dims[id]);
      return cats.length > 0 && cats.every((k) => PERIOD_ID.test(k));
    });
  }
  if (!roles.geo) {
    roles.geo = free().find((id) => {
      const cats = rawCategoryIds(dims[id]);
      // Years are four digits, as kommune numbers are: a dimension of periods (a birth cohort) is not geography.
      return cats.length > 1 && !cats.every((k) => PERIOD_ID.test(k)) && cats.filter((k) => GEO_ID.test(k)).length >= cats.length / 2;
    });
  }
  for (const role of ['geo', 'time', 'metric'] as const) if (!roles[role]) delete roles[role];
}

function readRoles(root: Json, ids: string[], c: Collector): Partial<Record<Role, string>> {
  const roles: Partial<Record<Role, string>> = {};
  const known = new Set(ids);
  const raw = root.role;
  if (raw === undefined || raw === null) {
    c.profileRule('$.role', 'role-missing');
  } else if (!isObject(raw)) {
    c.error('$.role', 'role-type');
  } else {
    for (const [role, dims] of Object.entries(raw)) {
      if (role !== 'geo' && role !== 'time' && role !== 'metric') {
        c.error(`$.role.${role}`, 'role-name', { role });
        continue;
      }
      if (dims === null) continue;
      if (!Array.isArray(dims) || !dims.every(isString)) {
        c.error(`$.role.${role}`, 'role-type');
        continue;
      }
      for (const d of dims) if (!known.has(d)) c.error(`$.role.${role}`, 'role-unknown-dimension', { role, id: d });
      if (dims.length !== 1) c.profileRule(`$.role.${role}`, 'role-count', { role, count: dims.length });
      const first = dims.find((d) => known.has(d));
      if (first) roles[role] = first;
    }
  }
  inferRoles(roles, ids, root.dimension as Json);
  for (const role of ['geo', 'time', 'metric'] as const) {
    if (!roles[role] && c.strict && isObject(raw)) c.error('$.role', 'role-required', { role });
  }
  return roles;
}

/** A constant dimension for files without geography, time or metric (e.g. a single-measure SSB table); not in `byId`. */
function syntheticDimension(id: string, role: Role, label: string): Dimension {
  return { id, label, role, categories: [{ id, label, notes: [] }], child: {}, level: {}, unit: {} };
}

/** A JSON-stat 1.x dataset keeps `id`, `size` and `role` inside `dimension`. */
const isDataset1 = (v: unknown): v is Json => isObject(v) && isObject(v.dimension) && Array.isArray(v.dimension.id) && Array.isArray(v.dimension.size);

interface Found {
  input: Json;
  version: string;
  converted?: Problem;
  /** Where the dataset sits in the file (`$.dataset`, `$.link.item[0]`), so every path names the file's own place. */
  at: string;
}

/**
 * The dataset a file holds, as JSON-stat 2.0: a 2.0 dataset as it is; the first dataset of a 2.0
 * collection that embeds its datasets; a 1.x dataset or the first dataset of a 1.x bundle,
 * converted, with a warning that says so. Anything else is not JSON-stat.
 */
function toDataset(file: Json): Found {
  if (Array.isArray(file.id) && isObject(file.dimension) && Array.isArray(file.size) && (file.class === undefined || file.class === 'dataset')) {
    return { input: file, version: isString(file.version) ? file.version : '2.0', at: '$' };
  }
  if (file.class === 'collection') {
    const items = isObject(file.link) && Array.isArray(file.link.item) ? file.link.item : [];
    const embedded = items.findIndex((d) => isObject(d) && d.class === 'dataset' && Array.isArray(d.id));
    if (embedded < 0) throw new JsonStatError([{ path: '$.class', rule: 'not-dataset', params: { class: 'collection' } }]);
    return { input: items[embedded] as Json, version: '2.0', at: `$.link.item[${embedded}]` };
  }
  if (file.class !== undefined && file.class !== 'dataset' && file.class !== 'bundle') {
    throw new JsonStatError([{ path: '$.class', rule: 'not-dataset', params: { class: shown(file.class) } }]);
  }
  const name = isDataset1(file) ? undefined : Object.keys(file).find((k) => isDataset1(file[k]));
  const old = name === undefined ? file : (file[name] as Json);
  if (!isDataset1(old)) throw new JsonStatError([{ path: '$', rule: 'not-jsonstat', params: {} }]);
  const { id, size, role, ...dimension } = old.dimension as Json;
  // Some 1.x services (CSO's) write the sizes as text.
  const sizes = Array.isArray(size) ? size.map((n) => (isString(n) && /^\d+$/.test(n) ? Number(n) : n)) : size;
  const count = name === undefined ? 1 : Object.keys(file).filter((k) => isDataset1(file[k])).length;
  return {
    input: { ...old, version: '2.0', class: 'dataset', id, size: sizes, ...(role === undefined ? {} : { role }), dimension },
    version: '1.x',
    converted: { path: '$', rule: 'version-1', params: { count } },
    at: name === undefined ? '$' : `$.${name}`,
  };
}

/**
 * Reads any JSON-stat 2.0 dataset into typed rows.
 * Throws {@link JsonStatError} listing every rule the input breaks.
 */
export function readJsonStat(file: unknown): Cube {
  if (!isObject(file)) throw new JsonStatError([{ path: '$', rule: 'not-object', params: {} }]);
  const found = toDataset(file);
  // Paths are found inside the dataset as 2.0 has it: each is given back as the file has it.
  const inFile = (p: Problem): Problem => {
    const path = found.converted ? p.path.replace(/^\$\.(id|size|role)(?=$|[.[])/, '$$.dimension.$1') : p.path;
    return { ...p, path: found.at + path.slice(1) };
  };
  try {
    const cube = readDataset(found);
    cube.warnings = cube.warnings.map(inFile);
    return cube;
  } catch (e) {
    if (e instanceof JsonStatError) throw new JsonStatError(e.problems.map(inFile), e.warnings.map(inFile));
    throw e;
  }
}

function readDataset({ input, version, converted }: Found): Cube {
  const hiExt = isObject(input.extension) && isObject(input.extension.hi) ? input.extension.hi : undefined;
  const strict = !!hiExt;
  const c = new Collector(strict);
  const hi = hiExt ?? {};

  if (!Array.isArray(input.id) || !isObject(input.dimension) || !Array.isArray(input.size)) {
    throw new JsonStatError([{ path: '$', rule: 'not-jsonstat', params: {} }]);
  }
  if (converted) c.warning(converted.path, converted.rule, converted.params);
  else if (input.version === undefined) c.profileRule('$.version', 'version-missing');
  else if (input.version !== '2.0') c.profileRule('$.version', 'version', { version: shown(input.version) });
  if (strict && hi.profile !== PROFILE_ID) c.error('$.extension.hi.profile', 'profile-id', { expected: PROFILE_ID });

  for (const field of ['label', 'source', 'updated'] as const) {
    const v = input[field];
    if (v === undefined || v === null || v === '') c.profileRule(`$.${field}`, 'field-required', { field });
    else if (!isString(v)) c.error(`$.${field}`, 'field-type', { field });
  }
  if (isString(input.updated) && Number.isNaN(Date.parse(input.updated.replace(/(\.\d{3})\d+/, '$1')))) {
    c.profileRule('$.updated', 'updated-format', { value: input.updated });
  }

  const ids = input.id as unknown[];
  const sizes = input.size as unknown[];
  if (!ids.every(isString)) c.error('$.id', 'id-type');
  if (new Set(ids).size !== ids.length) c.error('$.id', 'id-duplicate');
  if (!sizes.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 0)) c.error('$.size', 'size-type');
  if (ids.length !== sizes.length) c.error('$.size', 'size-length', { ids: ids.length, sizes: sizes.length });
  const dimIds = ids.filter(isString);
  for (const id of dimIds) if (!Object.hasOwn(input.dimension, id)) c.error(`$.dimension`, 'dimension-missing', { id });
  const declared = new Set(dimIds);
  for (const key of Object.keys(input.dimension)) {
    if (!declared.has(key)) c.profileRule(`$.dimension.${key}`, 'dimension-extra', { id: key });
  }
  if (c.errors.length) c.fail();
  // Before anything is allocated: the cell count is known from the sizes.
  const total = (sizes as number[]).reduce((a, b) => a * b, 1);
  const largest = (sizes as number[]).reduce((a, b) => Math.max(a, b), 0);
  if (ids.length > LIMITS.dimensions) c.error('$.id', 'too-many-dimensions', { dimensions: ids.length, limit: LIMITS.dimensions });
  else if (total > LIMITS.cells) c.error('$.size', 'too-large', { cells: total, limit: LIMITS.cells });
  else if (largest > LIMITS.categories) c.error('$.size', 'too-many-categories', { categories: largest, limit: LIMITS.categories });
  if (c.errors.length) c.fail();

  const roles = readRoles(input, dimIds, c);
  const dimensions: Dimension[] = [];
  dimIds.forEach((id, i) => {
    const d = readDimension(id, (input.dimension as Json)[id], sizes[i] as number, c, roles.geo === id, roles.time === id);
    if (d) dimensions.push(d);
  });
  if (c.errors.length) c.fail();

  const byId: Record<string, Dimension> = Object.assign(Object.create(null), Object.fromEntries(dimensions.map((d) => [d.id, d])));
  for (const role of ['geo', 'time', 'metric'] as const) {
    const id = roles[role];
    if (id) byId[id]!.role = role;
  }
  // Without geography the file is still read (a national series, say); elements that compare areas refuse it.
  if (!roles.geo) c.warning('$.role', 'no-geo');
  const geo = roles.geo ? byId[roles.geo]! : syntheticDimension('_geo', 'geo', isString(input.label) ? plain(input.label) : '');
  const time = roles.time ? byId[roles.time]! : syntheticDimension('_time', 'time', '');
  const metric = roles.metric ? byId[roles.metric]! : syntheticDimension('_metric', 'metric', isString(input.label) ? plain(input.label) : '');

  const pxDecimals = isObject(input.extension) && isObject(input.extension.px) && typeof input.extension.px.decimals === 'number'
    ? input.extension.px.decimals
    : undefined;
  for (const k of metric.categories) {
    if (!metric.unit[k.id]) {
      c.profileRule(`$.dimension.${metric.id}.category.unit`, 'unit-missing', { category: k.id });
      // Eurostat's metric is its `unit` dimension: the category's label is the unit.
      metric.unit[k.id] = { label: /^unit$/i.test(metric.id) ? k.label : '' };
    }
    const unit = metric.unit[k.id]!;
    if (unit.decimals === undefined && pxDecimals !== undefined) unit.decimals = pxDecimals;
  }

  const status = readStatus(input.status, total, c);
  const values = readValues(input.value, total, status, c);
  const used = new Set(status.filter((s): s is string => !!s));
  const statusCodes = readStatusCodes(input, hi, used, c);
  if (strict) {
    values.forEach((v, i) => {
      if (v === null && !status[i]) c.error(`$.value[${i}]`, 'null-without-status', { index: i });
    });
  }

  checkProjection(hi, time, metric, c);
  checkSeriesBreaks(hi, c);
  const reference = readReference(hi, geo, c);
  const cellNotes = readCellNotes(hi, byId, c);
  if (c.errors.length) c.fail();

  const rows = buildRows(dimensions, values, status, { geo: geo.id, time: time.id, metric: metric.id });
  decimalsFromData(metric, rows);
  if (!rows.some((r) => r.value !== null || r.status)) c.warning('$.value', 'no-values');
  const cube: Cube = {
    label: isString(input.label) ? plain(input.label) : '',
    notes: Array.isArray(input.note) ? input.note.filter(isString).map(plain) : [],
    dimensions,
    byId,
    geo,
    time,
    metric,
    rows,
    statusCodes,
    cellNotes,
    hi: plainDeep(hi) as Json,
    language: languageOf(input),
    profile: strict,
    version,
    warnings: c.done().warnings,
  };
  if (isString(input.source)) cube.source = plain(input.source);
  if (isString(input.updated)) cube.updated = plain(input.updated);
  if (isString(input.href)) cube.href = plain(input.href);
  if (reference) cube.reference = reference;
  if (isString(hi.definition)) cube.definition = plain(hi.definition);
  return cube;
}

/** The reference unit: the profile's `reference`, else the country by its level or code (`0`), else the whole the file names (see `totals.ts`). */
/** A file's language from what publishers write; a value that is no language tag is passed over. */
function languageOf(input: Json): string {
  const ext = isObject(input.extension) ? input.extension : {};
  const tags = [isObject(ext.hi) && ext.hi.language, isObject(ext.px) && ext.px.language, input.language];
  const tag = tags.find((t): t is string => isString(t) && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(t));
  return tag ? tag.toLowerCase() : 'nb';
}

function readReference(hi: Json, geo: Dimension, c: Collector): string | undefined {
  const ids = new Set(geo.categories.map((k) => k.id));
  if (hi.reference !== undefined) {
    if (!isString(hi.reference) || !ids.has(hi.reference)) {
      c.error('$.extension.hi.reference', 'reference-unknown', { id: shown(hi.reference) });
      return undefined;
    }
    return hi.reference;
  }
  return geo.categories.find((k) => geo.level[k.id] === 'land')?.id ?? wholeOf(geo.categories);
}

/** `extension.hi.seriesBreaks`: a list of `{ between: [period, period], note? }` (the periods may be years the file lacks, as 2014 in the årsverk series). */
function checkSeriesBreaks(hi: Json, c: Collector): void {
  const breaks = hi.seriesBreaks;
  if (breaks === undefined) return;
  const ok = (b: unknown) => isObject(b) && Array.isArray(b.between) && b.between.length === 2 && b.between.every(isString) && (b.note === undefined || isString(b.note));
  if (!Array.isArray(breaks)) c.error('$.extension.hi.seriesBreaks', 'series-breaks-type');
  else breaks.forEach((b, i) => ok(b) || c.error(`$.extension.hi.seriesBreaks[${i}]`, 'series-breaks-type'));
}

/** `hi`'s text without bidirectional controls, copied: elements read their settings (labels of steps, notes of breaks) from it. */
function plainDeep(v: unknown): unknown {
  if (isString(v)) return plain(v);
  if (Array.isArray(v)) return v.map(plainDeep);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainDeep(x)]));
  return v;
}

/** `extension.hi.projection` may only name periods and measures the file has. */
function checkProjection(hi: Json, time: Dimension, metric: Dimension, c: Collector): void {
  const p = hi.projection;
  if (p === undefined) return;
  const path = '$.extension.hi.projection';
  if (!isObject(p)) {
    c.error(path, 'projection-type');
    return;
  }
  const periods = new Set(time.categories.map((k) => k.id));
  const metrics = new Set(metric.categories.map((k) => k.id));
  const period = (v: unknown, at: string) => {
    if (!isString(v) || !periods.has(v)) c.error(at, 'projection-period', { value: shown(v) });
  };
  const measure = (v: unknown, at: string) => {
    if (!isString(v) || !metrics.has(v)) c.error(at, 'projection-metric', { value: shown(v) });
  };
  period(p.basePeriod, `${path}.basePeriod`);
  if (p.firstProjectedPeriod !== undefined) period(p.firstProjectedPeriod, `${path}.firstProjectedPeriod`);
  if (p.steps !== undefined && !Array.isArray(p.steps)) c.error(`${path}.steps`, 'projection-type');
  (Array.isArray(p.steps) ? p.steps : []).forEach((step: unknown, i: number) => {
    const at = `${path}.steps[${i}]`;
    if (!isObject(step) || !Array.isArray(step.components)) {
      c.error(at, 'projection-type');
      return;
    }
    measure(step.measure, `${at}.measure`);
    period(step.to, `${at}.to`);
    step.components.forEach((comp: unknown, j: number) => {
      const cat = `${at}.components[${j}]`;
      if (!isObject(comp)) return c.error(cat, 'projection-type');
      measure(comp.metric, `${cat}.metric`);
      if (comp.type !== 'level' && comp.type !== 'change' && comp.type !== 'subset') {
        c.error(`${cat}.type`, 'projection-component-type', { value: shown(comp.type) });
      }
      if (comp.label !== undefined && !isString(comp.label)) c.error(`${cat}.label`, 'projection-type');
    });
    const rest = step.remainder;
    if (rest !== undefined && (!isObject(rest) || (['label', 'shortLabel', 'note'] as const).some((k) => rest[k] !== undefined && !isString(rest[k])))) {
      c.error(`${at}.remainder`, 'projection-type');
    }
  });
  if (isObject(p.intervals)) {
    for (const [m, iv] of Object.entries(p.intervals)) {
      const at = `${path}.intervals.${m}`;
      measure(m, at);
      if (!isObject(iv)) c.error(at, 'projection-type');
      else {
        measure(iv.lower, `${at}.lower`);
        measure(iv.upper, `${at}.upper`);
      }
    }
  }
}

function readCellNotes(hi: Json, byId: Record<string, Dimension>, c: Collector): CellNote[] {
  if (hi.cellNotes === undefined) return [];
  if (!Array.isArray(hi.cellNotes)) {
    c.error('$.extension.hi.cellNotes', 'cell-notes-type');
    return [];
  }
  if (hi.cellNotes.length > LIMITS.cellNotes) {
    c.error('$.extension.hi.cellNotes', 'too-many-notes', { notes: hi.cellNotes.length, limit: LIMITS.cellNotes });
    return [];
  }
  const ids = new Map<Dimension, Set<string>>();
  const categoriesOf = (d: Dimension) => ids.get(d) ?? ids.set(d, new Set(d.categories.map((k) => k.id))).get(d)!;
  const out: CellNote[] = [];
  hi.cellNotes.forEach((n, i) => {
    const path = `$.extension.hi.cellNotes[${i}]`;
    if (!isObject(n) || !isObject(n.cell) || !isString(n.note)) {
      c.error(path, 'cell-notes-type');
      return;
    }
    const cell: Record<string, string> = Object.create(null);
    for (const [dim, cat] of Object.entries(n.cell)) {
      const d = byId[dim];
      if (!d || !isString(cat) || !categoriesOf(d).has(cat)) {
        c.error(`${path}.cell.${dim}`, 'cell-note-unknown', { dimension: dim, category: shown(cat) });
        return;
      }
      cell[dim] = cat;
    }
    out.push({ cell, note: plain(n.note) });
  });
  return out;
}

/** Digits after the decimal point of `v`, up to 4 (counted without making text of every number). */
function fractionDigits(v: number): number {
  if (Number.isInteger(v)) return 0;
  for (let d = 1; d < 4; d++) {
    const x = v * 10 ** d;
    if (Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(1, Math.abs(x))) return d;
  }
  return 4;
}

/** The most decimals `values` are written with, at most 4 (gaps left out): what a unit without `decimals` shows, so ticks and labels are neither rounded away nor padded. */
export function decimalsOf(values: Iterable<number | null>): number {
  let most = 0;
  for (const v of values) {
    if (v === null) continue;
    most = Math.max(most, fractionDigits(v));
    if (most === 4) break;
  }
  return most;
}

/**
 * `unit` as a view writes the numbers it shows: decimals the file does not give are counted over
 * those numbers, so a count beside a rate in one measure keeps its own (Eurostat's demo_gind).
 */
export function unitForShown(unit: Unit, shown: Iterable<number | null>): Unit {
  if (!unit.counted) return unit;
  return { ...unit, decimals: decimalsOf(shown) };
}

function* valuesOf(rows: Row[], metric: string): Iterable<number | null> {
  for (const r of rows) if (r.metric === metric) yield r.value;
}

/** Decimals for each unit that gives none, from its values; marked as counted, so a view can count again over the values it shows. */
function decimalsFromData(metric: Dimension, rows: Row[]): void {
  for (const k of metric.categories) {
    const unit = metric.unit[k.id]!;
    if (unit.decimals !== undefined) continue;
    unit.decimals = decimalsOf(valuesOf(rows, k.id));
    unit.counted = true;
  }
}

/** One row per cell; also rebuilds the rows of a cube read in a worker (sent as its values, to copy less). */
export function buildRows(
  dimensions: Dimension[],
  values: ArrayLike<number | null>,
  status: ArrayLike<string | undefined>,
  roles: Record<Role, string>,
): Row[] {
  const sizes = dimensions.map((d) => d.categories.length);
  const ids = dimensions.map((d) => d.id);
  const categories = dimensions.map((d) => d.categories.map((k) => k.id));
  const rows: Row[] = [];
  const pos = new Array<number>(sizes.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    // A plain object (a null-prototype one is a slow dictionary in V8, and there is one per cell);
    // `__proto__` as a dimension id is defined, not assigned, so it stays an own property.
    const coords: Record<string, string> = {};
    for (let j = 0; j < dimensions.length; j++) {
      const id = ids[j]!;
      const category = categories[j]![pos[j]!]!;
      if (id === '__proto__') Object.defineProperty(coords, id, { value: category, enumerable: true, writable: true, configurable: true });
      else coords[id] = category;
    }
    const row: Row = {
      index: i,
      geo: coords[roles.geo] ?? roles.geo,
      time: coords[roles.time] ?? roles.time,
      metric: coords[roles.metric] ?? roles.metric,
      value: values[i]!,
      coords,
    };
    if (status[i]) row.status = status[i]!;
    rows.push(row);
    // Row-major: the last dimension varies fastest.
    for (let j = sizes.length - 1; j >= 0; j--) {
      if (++pos[j]! < sizes[j]!) break;
      pos[j] = 0;
    }
  }
  return rows;
}

/**
 * Two categories of one dimension with the same label would be one bar, one line or two rows no
 * reader can tell apart: each such label gets its id ("Oslo (0301)", "Oslo (03)").
 */
function distinguish(categories: Category[]): void {
  const seen = new Map<string, number>();
  for (const k of categories) seen.set(k.label, (seen.get(k.label) ?? 0) + 1);
  for (const k of categories) if (seen.get(k.label)! > 1 && k.label !== k.id) k.label = `${k.label} (${k.id})`;
}

// Lookups that every element of a page repeats on the same cube: built once per dimension or cube.
const labelIndex = new WeakMap<Dimension, Map<string, string>>();
const noteIndex = new WeakMap<Cube, Array<{ coords: Array<[dimension: string, category: string]>; note: string }>>();

/** Label of a category, falling back to its id. */
export function categoryLabel(dim: Dimension, id: string): string {
  let labels = labelIndex.get(dim);
  if (!labels) labelIndex.set(dim, (labels = new Map(dim.categories.map((k) => [k.id, k.label]))));
  return labels.get(id) ?? id;
}

/** Notes that apply to one cell: every `cellNotes` entry whose coordinates all match. */
export function notesForCell(cube: Cube, coords: Record<string, string>): string[] {
  let notes = noteIndex.get(cube);
  if (!notes) noteIndex.set(cube, (notes = cube.cellNotes.map((n) => ({ coords: Object.entries(n.cell), note: n.note }))));
  const out: string[] = [];
  for (const n of notes) if (n.coords.every(([d, k]) => coords[d] === k)) out.push(n.note);
  return out;
}
