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
import { isObject, isString, type Json } from './json.js';

export const PROFILE_ID = 'hf-indikatorer/1.0';

/** Thrown with every problem found; `problems[0]` is the one an element shows first. */
export class JsonStatError extends Error {
  constructor(readonly problems: Problem[]) {
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

/** Dimension ids SSB and FHI use, for files that carry no `role`. */
const ROLE_BY_ID: Array<[RegExp, Role]> = [
  [/^(geo|region|område|omrade|fylke|kommune|bydel|helsefellesskap|rhf|hf)$/i, 'geo'],
  [/^(tid|aar|år|time|year|periode|period)$/i, 'time'],
  [/^(contentscode|measure_type|maal|mål|måltall|metric|statistikkvariabel)$/i, 'metric'],
];


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
  return m ? `${m[1]}–${m[2]}` : id;
}

/** The level a geo code has by its shape, for files without `extension.hi.level`. */
function levelOfCode(id: string): string | undefined {
  if (id === '0') return 'land';
  if (/^\d{2}$/.test(id)) return 'fylke';
  if (/^\d{4}$/.test(id)) return 'kommune';
  if (/^\d{6}$/.test(id)) return 'bydel';
  return undefined;
}

class Collector {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  constructor(readonly strict: boolean) {}
  error(path: string, rule: string, params: Record<string, string | number> = {}): void {
    this.errors.push({ path, rule, params });
  }
  /** A profile rule: an error in our files, a warning in foreign ones. */
  profileRule(path: string, rule: string, params: Record<string, string | number> = {}): void {
    (this.strict ? this.errors : this.warnings).push({ path, rule, params });
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
  if (decimals === undefined) c.error(`${path}.decimals`, 'unit-decimals');
  else if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    c.error(`${path}.decimals`, 'unit-decimals-type');
  }
  const label = isString(raw.label) ? raw.label : isString(raw.base) ? raw.base : '';
  if (!label) c.profileRule(`${path}.label`, 'unit-label');
  const unit: Unit = { label };
  const d = typeof decimals === 'number' ? decimals : fallbackDecimals;
  if (d !== undefined) unit.decimals = d;
  if (isString(raw.symbol)) unit.symbol = raw.symbol;
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
  for (const key of Object.keys(labels)) {
    if (!rawIds.includes(key)) c.error(`${path}.category.label.${key}`, 'label-unknown', { id, category: key });
  }
  const notes = isObject(cat.note) ? cat.note : {};
  const normalise = isGeo ? normaliseGeoId : isTime ? normaliseTimeId : (s: string) => s;
  const categories: Category[] = rawIds.map((rawId) => {
    const label = isString(labels[rawId]) ? (labels[rawId] as string) : undefined;
    const note = notes[rawId];
    return {
      id: normalise(rawId),
      label: isTime ? timeLabel(rawId, label) : label ?? rawId,
      notes: Array.isArray(note) ? note.filter(isString) : isString(note) ? [note] : [],
    };
  });
  const ids = new Set(categories.map((k) => k.id));

  const child: Record<string, string[]> = {};
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
  const level: Record<string, string> = {};
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

  const unit: Record<string, Unit> = {};
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
    label: isString(raw.label) ? raw.label : id,
    categories,
    child,
    level,
    unit,
  };
}

function hasCycle(child: Record<string, string[]>): boolean {
  const state = new Map<string, 1 | 2>();
  const visit = (n: string): boolean => {
    const s = state.get(n);
    if (s === 1) return true;
    if (s === 2) return false;
    state.set(n, 1);
    for (const k of child[n] ?? []) if (visit(k)) return true;
    state.set(n, 2);
    return false;
  };
  return Object.keys(child).some(visit);
}

function readValues(raw: unknown, total: number, c: Collector): Array<number | null> {
  const values: Array<number | null> = new Array(total).fill(null);
  const take = (v: unknown, path: string, i: number) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' && Number.isFinite(v)) values[i] = v;
    else if (isString(v) && v.trim() !== '' && Number.isFinite(Number(v))) {
      c.profileRule(path, 'value-string');
      values[i] = Number(v);
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

function readStatus(raw: unknown, total: number, c: Collector): Array<string | undefined> {
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

function readStatusCodes(hi: Json, used: Set<string>, c: Collector): Record<string, StatusCode> {
  const out: Record<string, StatusCode> = {};
  for (const [code, std] of Object.entries(STANDARD_STATUS)) out[code] = { code, ...std };
  if (hi.statusCodes !== undefined && !isObject(hi.statusCodes)) c.error('$.extension.hi.statusCodes', 'status-codes-type');
  const declared = isObject(hi.statusCodes) ? hi.statusCodes : {};
  for (const [code, def] of Object.entries(declared)) {
    const path = `$.extension.hi.statusCodes.${code}`;
    if (!isObject(def) || !isString(def.label) || !isString(def.kind)) {
      c.error(path, 'status-code-shape', { code });
      continue;
    }
    if (!STATUS_KINDS.has(def.kind as StatusKind)) c.error(`${path}.kind`, 'status-code-kind', { code, kind: def.kind });
    out[code] = { code, label: def.label, kind: (STATUS_KINDS.has(def.kind as StatusKind) ? def.kind : 'other') as StatusKind };
  }
  for (const code of used) {
    if (!(code in declared) && !(code in STANDARD_STATUS)) c.error('$.status', 'status-unexplained', { code });
    else if (c.strict && !(code in declared)) c.error('$.extension.hi.statusCodes', 'status-unexplained', { code });
  }
  return out;
}

function readRoles(root: Json, ids: string[], c: Collector): Partial<Record<Role, string>> {
  const roles: Partial<Record<Role, string>> = {};
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
      for (const d of dims) if (!ids.includes(d)) c.error(`$.role.${role}`, 'role-unknown-dimension', { role, id: d });
      if (dims.length !== 1) c.profileRule(`$.role.${role}`, 'role-count', { role, count: dims.length });
      const first = dims.find((d) => ids.includes(d));
      if (first) roles[role] = first;
    }
  }
  for (const role of ['geo', 'time', 'metric'] as const) {
    if (roles[role]) continue;
    const guess = ids.find((id) => ROLE_BY_ID.some(([re, r]) => r === role && re.test(id)) && !Object.values(roles).includes(id));
    if (guess) roles[role] = guess;
    else if (c.strict && isObject(raw)) c.error('$.role', 'role-required', { role });
  }
  return roles;
}

/** A constant dimension for files without time or metric (e.g. a single-measure SSB table). */
function syntheticDimension(id: string, role: Role, label: string): Dimension {
  return { id, label, role, categories: [{ id, label, notes: [] }], child: {}, level: {}, unit: {} };
}

/**
 * Reads any JSON-stat 2.0 dataset into typed rows.
 * Throws {@link JsonStatError} listing every rule the input breaks.
 */
export function readJsonStat(input: unknown): Cube {
  if (!isObject(input)) throw new JsonStatError([{ path: '$', rule: 'not-object', params: {} }]);
  const hiExt = isObject(input.extension) && isObject(input.extension.hi) ? input.extension.hi : undefined;
  const strict = !!hiExt;
  const c = new Collector(strict);
  const hi = hiExt ?? {};

  if (input.class !== undefined && input.class !== 'dataset') {
    throw new JsonStatError([{ path: '$.class', rule: 'not-dataset', params: { class: String(input.class) } }]);
  }
  if (!Array.isArray(input.id) || !isObject(input.dimension) || !Array.isArray(input.size)) {
    throw new JsonStatError([{ path: '$', rule: 'not-jsonstat', params: {} }]);
  }
  if (input.version !== '2.0') c.profileRule('$.version', 'version', { version: String(input.version) });
  if (strict && hi.profile !== PROFILE_ID) c.error('$.extension.hi.profile', 'profile-id', { expected: PROFILE_ID });

  for (const field of ['label', 'source', 'updated'] as const) {
    const v = input[field];
    if (v === undefined || v === null || v === '') c.profileRule(`$.${field}`, 'field-required', { field });
    else if (!isString(v)) c.error(`$.${field}`, 'field-type', { field });
  }
  if (isString(input.updated) && Number.isNaN(Date.parse(input.updated.replace(/(\.\d{3})\d+/, '$1')))) {
    c.error('$.updated', 'updated-format', { value: input.updated });
  }

  const ids = input.id as unknown[];
  const sizes = input.size as unknown[];
  if (!ids.every(isString)) c.error('$.id', 'id-type');
  if (new Set(ids).size !== ids.length) c.error('$.id', 'id-duplicate');
  if (!sizes.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 0)) c.error('$.size', 'size-type');
  if (ids.length !== sizes.length) c.error('$.size', 'size-length', { ids: ids.length, sizes: sizes.length });
  const dimIds = ids.filter(isString);
  for (const id of dimIds) if (!(id in input.dimension)) c.error(`$.dimension`, 'dimension-missing', { id });
  for (const key of Object.keys(input.dimension)) {
    if (!dimIds.includes(key)) c.error(`$.dimension.${key}`, 'dimension-extra', { id: key });
  }
  if (c.errors.length) throw new JsonStatError(c.errors);

  const roles = readRoles(input, dimIds, c);
  const dimensions: Dimension[] = [];
  dimIds.forEach((id, i) => {
    const d = readDimension(id, (input.dimension as Json)[id], sizes[i] as number, c, roles.geo === id, roles.time === id);
    if (d) dimensions.push(d);
  });
  if (c.errors.length) throw new JsonStatError(c.errors);

  const byId: Record<string, Dimension> = Object.fromEntries(dimensions.map((d) => [d.id, d]));
  for (const role of ['geo', 'time', 'metric'] as const) {
    const id = roles[role];
    if (id) byId[id]!.role = role;
  }
  if (!roles.geo) throw new JsonStatError([...c.errors, { path: '$.role', rule: 'no-geo', params: {} }]);
  const geo = byId[roles.geo]!;
  const time = roles.time ? byId[roles.time]! : syntheticDimension('_time', 'time', '');
  const metric = roles.metric ? byId[roles.metric]! : syntheticDimension('_metric', 'metric', isString(input.label) ? input.label : '');

  const pxDecimals = isObject(input.extension) && isObject(input.extension.px) && typeof input.extension.px.decimals === 'number'
    ? input.extension.px.decimals
    : undefined;
  for (const k of metric.categories) {
    if (!metric.unit[k.id]) {
      c.profileRule(`$.dimension.${metric.id}.category.unit`, 'unit-missing', { category: k.id });
      metric.unit[k.id] = pxDecimals === undefined ? { label: '' } : { label: '', decimals: pxDecimals };
    }
  }

  const total = (sizes as number[]).reduce((a, b) => a * b, 1);
  const values = readValues(input.value, total, c);
  const status = readStatus(input.status, total, c);
  const used = new Set(status.filter((s): s is string => !!s));
  const statusCodes = readStatusCodes(hi, used, c);
  if (strict) {
    values.forEach((v, i) => {
      if (v === null && !status[i]) c.error(`$.value[${i}]`, 'null-without-status', { index: i });
    });
  }

  checkProjection(hi, time, metric, c);
  const reference = readReference(hi, geo, c);
  const cellNotes = readCellNotes(hi, byId, c);
  if (c.errors.length) throw new JsonStatError(c.errors);

  const rows = buildRows(dimensions, values, status, { geo: geo.id, time: time.id, metric: metric.id });
  const cube: Cube = {
    label: isString(input.label) ? input.label : '',
    notes: Array.isArray(input.note) ? input.note.filter(isString) : [],
    dimensions,
    byId,
    geo,
    time,
    metric,
    rows,
    statusCodes,
    cellNotes,
    hi,
    profile: strict,
    warnings: c.warnings,
  };
  if (isString(input.source)) cube.source = input.source;
  if (isString(input.updated)) cube.updated = input.updated;
  if (isString(input.href)) cube.href = input.href;
  if (reference) cube.reference = reference;
  if (isString(hi.definition)) cube.definition = hi.definition;
  return cube;
}

function readReference(hi: Json, geo: Dimension, c: Collector): string | undefined {
  const ids = new Set(geo.categories.map((k) => k.id));
  if (hi.reference !== undefined) {
    if (!isString(hi.reference) || !ids.has(hi.reference)) {
      c.error('$.extension.hi.reference', 'reference-unknown', { id: String(hi.reference) });
      return undefined;
    }
    return hi.reference;
  }
  return geo.categories.find((k) => geo.level[k.id] === 'land')?.id;
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
    if (!isString(v) || !periods.has(v)) c.error(at, 'projection-period', { value: String(v) });
  };
  const measure = (v: unknown, at: string) => {
    if (!isString(v) || !metrics.has(v)) c.error(at, 'projection-metric', { value: String(v) });
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
        c.error(`${cat}.type`, 'projection-component-type', { value: String(comp.type) });
      }
    });
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
  const out: CellNote[] = [];
  hi.cellNotes.forEach((n, i) => {
    const path = `$.extension.hi.cellNotes[${i}]`;
    if (!isObject(n) || !isObject(n.cell) || !isString(n.note)) {
      c.error(path, 'cell-notes-type');
      return;
    }
    const cell: Record<string, string> = {};
    for (const [dim, cat] of Object.entries(n.cell)) {
      const d = byId[dim];
      if (!d || !isString(cat) || !d.categories.some((k) => k.id === cat)) {
        c.error(`${path}.cell.${dim}`, 'cell-note-unknown', { dimension: dim, category: String(cat) });
        return;
      }
      cell[dim] = cat;
    }
    out.push({ cell, note: n.note });
  });
  return out;
}

function buildRows(
  dimensions: Dimension[],
  values: Array<number | null>,
  status: Array<string | undefined>,
  roles: Record<Role, string>,
): Row[] {
  const sizes = dimensions.map((d) => d.categories.length);
  const rows: Row[] = [];
  const pos = new Array<number>(sizes.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    const coords: Record<string, string> = {};
    dimensions.forEach((d, j) => (coords[d.id] = d.categories[pos[j]!]!.id));
    const row: Row = {
      index: i,
      geo: coords[roles.geo]!,
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
