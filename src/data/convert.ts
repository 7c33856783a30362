/**
 * From a CSV with one row per cell, as producers export it from Excel, SSB or Kommunehelsa, to a
 * JSON-stat 2.0 file of the hf-indikatorer profile (`hf-indikatorer convert`). Pure: text in,
 * JSON out; the command reads the files and checks the result with the elements' own reader.
 *
 * - Separator `;`, `,` or tab, found in the header line; quotes as in RFC 4180 (d3-dsv).
 * - Numbers with a decimal comma or point, and spaces between thousands ("1 646 582").
 * - SSB's status symbols in the value column: `:` hidden, `..` missing, `.` not applicable,
 *   `...` not yet available (each `null` with its status), `-` nil (0 with its status).
 * - Columns: the value (by name, else the last), the period, the area (its names, and its
 *   numbers where a column has them; else numbers from the bundled code lists when every name
 *   is in one); every other column becomes a dimension of its own.
 */
import { dsvFormat } from 'd3-dsv';
import type { CodeList } from './codelist.js';

export interface ConvertOptions {
  /** The dataset's title. */
  title: string;
  /** The unit of the values, e.g. "per 10 000 innbyggere". */
  unit: string;
  /** What the values are (the measure's name); the title by default. */
  measure?: string;
  /** Decimals to show; by default as many as the values have. */
  decimals?: number;
  /** Who publishes the figures, and where. */
  source: string;
  /** When they were published: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  updated: string;
  definition?: string;
  license?: string;
  /** The language of the labels (BCP 47), `nb` by default. */
  language?: string;
  /** Column names, where the names alone do not tell. */
  columns?: { value?: string; time?: string; geo?: string; geoId?: string };
  /** Code lists by name (e.g. `fylker-2020`), to give areas named only by name their numbers. */
  codeLists?: Record<string, CodeList>;
}

/** Why a CSV cannot be converted: a code and what it concerns, for a message in the reader's language. */
export class ConvertError extends Error {
  constructor(
    readonly code: 'empty' | 'no-column' | 'row-length' | 'not-a-number' | 'duplicate' | 'options' | 'unknown-area' | 'incomplete',
    readonly params: Record<string, string | number>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}

export interface Converted {
  dataset: Record<string, unknown>;
  /** What the converter chose where the file did not say, to tell the producer. */
  chosen: { value: string; time: string; geo: string; geoIds: string; dimensions: string[]; delimiter: string };
}

/** SSB's symbols, each with its kind, its value and its meaning in the file's language. */
const STATUS: Record<string, { kind: string; value: number | null; label: Record<'nb' | 'nn' | 'en', string> }> = {
  ':': { kind: 'suppressed', value: null, label: { nb: 'Skjult av personvernhensyn', nn: 'Skjult av omsyn til personvern', en: 'Hidden to protect privacy' } },
  '..': { kind: 'missing', value: null, label: { nb: 'Tall mangler', nn: 'Tal manglar', en: 'Not available' } },
  '.': { kind: 'not-applicable', value: null, label: { nb: 'Ikke aktuelt', nn: 'Ikkje aktuelt', en: 'Not applicable' } },
  '...': { kind: 'not-yet-available', value: null, label: { nb: 'Tall kommer senere', nn: 'Tal kjem seinare', en: 'Not yet available' } },
  '-': { kind: 'zero', value: 0, label: { nb: 'Null', nn: 'Null', en: 'Nil' } },
};

const NAMES = {
  value: /^(verdi|verdier|value|tall|antall|andel|rate|sats)$/i,
  time: /^(år|aar|year|tid|time|periode|period|årstall|kvartal|måned)$/i,
  geo: /^(region|geografi|geo|område|omrade|fylke|kommune|bydel|helseregion|rhf|hf|helseforetak|helsefellesskap|sted|enhet|land|område\/region)$/i,
  geoId: /(nummer|nr\.?|kode|code|id)$/i,
};
const NATIONAL = /^(norge|noreg|landet|hele landet|heile landet|norway|alle)$/i;

/** A name as an id: lower case, letters and digits joined by `-` ("Møre og Romsdal" → "more-og-romsdal"). */
function slug(s: string): string {
  const ascii = s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** The separator the header line uses most, outside quotes. */
function delimiterOf(header: string): string {
  const outside = header.replace(/"[^"]*"/g, '');
  return [';', '\t', ','].map((d) => [d, outside.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
}

/** A written number ("1 646 582", "28,5", "1.234,5", "-3") as a number; undefined when it is none. */
function numberOf(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (t.includes(',') && t.includes('.')) t = t.replace(/\./g, '').replace(',', '.');
  else if (t.includes(',')) t = t.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/** Decimals written in a number's text. */
const decimalsIn = (text: string) => /[.,](\d+)\s*$/.exec(text.trim())?.[1]?.length ?? 0;

/** Converts `csv` (one row per cell) to a profile file; throws a {@link ConvertError}. */
export function convertCsv(csv: string, options: ConvertOptions): Converted {
  // What the profile asks of every file, asked for before anything is read.
  const missing = (['title', 'unit', 'source', 'updated'] as const).find((k) => !options[k]?.trim());
  if (missing) throw new ConvertError('options', { missing });
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(firstLine);
  const rows = dsvFormat(delimiter).parseRows(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length < 2) throw new ConvertError('empty', {});
  const header = rows[0]!.map((h) => h.trim());
  const column = (given: string | undefined, pattern: RegExp, what: string, fallback?: number) => {
    const i = given ? header.findIndex((h) => h.toLowerCase() === given.toLowerCase()) : header.findIndex((h) => pattern.test(h));
    if (i >= 0) return i;
    if (fallback !== undefined && !given) return fallback;
    throw new ConvertError('no-column', { what, given: given ?? '', columns: header.join(', ') });
  };
  const valueAt = column(options.columns?.value, NAMES.value, 'value', header.length - 1);
  const timeAt = column(options.columns?.time, NAMES.time, 'time');
  const geoAt = column(options.columns?.geo, NAMES.geo, 'geo');
  const idGiven = options.columns?.geoId;
  const geoIdAt = idGiven ? column(idGiven, NAMES.geoId, 'geoId') : header.findIndex((h, i) => i !== geoAt && i !== timeAt && i !== valueAt && NAMES.geoId.test(h));
  const extraAt = header.map((_, i) => i).filter((i) => ![valueAt, timeAt, geoAt, geoIdAt].includes(i));

  // The cells, each with its line in the file (the header is line 1).
  const cells = rows.slice(1).map((r, n) => {
    if (r.length !== header.length) throw new ConvertError('row-length', { line: n + 2, fields: r.length, expected: header.length });
    return { line: n + 2, cells: r.map((c) => c.trim()) };
  });

  // Areas: ids from their column, else from a code list that has every name, else from the names.
  const geoNames = [...new Set(cells.map((c) => c.cells[geoAt]!))];
  const idOfName = new Map<string, string>();
  let level: Record<string, string> | undefined;
  let geography: Record<string, string> | undefined;
  let geoIds = idGiven ?? (geoIdAt >= 0 ? header[geoIdAt]! : '');
  if (geoIdAt >= 0) for (const c of cells) idOfName.set(c.cells[geoAt]!, c.cells[geoIdAt]!);
  else {
    const named = geoNames.filter((g) => !NATIONAL.test(g));
    const candidates = (list: CodeList) => {
      const byLabel = new Map<string, string[]>();
      for (const id of list.ids) {
        const label = list.labels[id]?.toLowerCase();
        if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
      }
      return byLabel;
    };
    // The code list that has the most of the names; one that has most but not all is a misspelt or
    // unknown name, said, never numbers for some areas and made-up ids for the others.
    const fit = Object.entries(options.codeLists ?? {})
      .map(([name, list]) => {
        const byLabel = candidates(list);
        return { name, list, byLabel, known: named.filter((g) => byLabel.has(g.toLowerCase())).length };
      })
      .sort((x, y) => y.known - x.known)[0];
    if (fit?.known && fit.known < named.length && fit.known >= named.length / 2) {
      const unknown = named.filter((g) => !fit.byLabel.has(g.toLowerCase()));
      throw new ConvertError('unknown-area', { names: unknown.join(', '), list: fit.name, line: cells.find((c) => unknown.includes(c.cells[geoAt]!))!.line });
    }
    if (fit?.known && fit.known === named.length) {
      const { name, list, byLabel } = fit;
      // A name on two levels (Oslo: fylke 03 and kommune 0301) takes the level the other names have.
      const levels = new Map<string, number>();
      for (const g of named) {
        const ids = byLabel.get(g.toLowerCase())!;
        if (ids.length === 1) levels.set(list.level[ids[0]!] ?? '', (levels.get(list.level[ids[0]!] ?? '') ?? 0) + 1);
      }
      const usual = [...levels].sort((a, b) => b[1] - a[1])[0]?.[0];
      level = {};
      for (const g of named) {
        const ids = byLabel.get(g.toLowerCase())!;
        const id = ids.find((i) => list.level[i] === usual) ?? ids[0]!;
        idOfName.set(g, id);
        if (list.level[id]) level[id] = list.level[id]!;
      }
      geography = { codelist: name, ...(typeof list.hi.version === 'string' ? { version: list.hi.version } : {}) };
      geoIds = name;
    } else for (const g of named) idOfName.set(g, slug(g));
    for (const g of geoNames.filter((n) => NATIONAL.test(n))) {
      idOfName.set(g, '0');
      if (level) level['0'] = 'land';
    }
  }

  // Every dimension in the order of the file's first rows; the period in time order.
  const categories = (at: number, id: (label: string) => string) => {
    const out = new Map<string, string>();
    for (const c of cells) if (!out.has(id(c.cells[at]!))) out.set(id(c.cells[at]!), c.cells[at]!);
    return out;
  };
  const geo = categories(geoAt, (g) => idOfName.get(g) ?? slug(g));
  const time = new Map([...categories(timeAt, (t) => t)].sort(([a], [b]) => a.localeCompare(b, 'nb', { numeric: true })));
  const extras = extraAt.map((at) => ({ at, id: slug(header[at]!), label: header[at]!, categories: categories(at, slug) }));
  const dims = [
    { id: slug(header[geoAt]!) || 'region', label: header[geoAt]!, categories: geo, key: (c: string[]) => idOfName.get(c[geoAt]!) ?? slug(c[geoAt]!) },
    ...extras.map((e) => ({ id: e.id, label: e.label, categories: e.categories, key: (c: string[]) => slug(c[e.at]!) })),
    { id: slug(header[timeAt]!) || 'tid', label: header[timeAt]!, categories: time, key: (c: string[]) => c[timeAt]! },
  ];
  const size = dims.map((d) => d.categories.size);
  const positions = dims.map((d) => new Map([...d.categories.keys()].map((k, i) => [k, i])));
  const total = size.reduce((a, b) => a * b, 1);
  const value: Array<number | null> = new Array(total).fill(null);
  const status: Record<string, string> = {};
  const seen = new Map<number, number>();
  let decimals = 0;
  for (const { line, cells: c } of cells) {
    const index = dims.reduce((acc, d, k) => acc * size[k]! + positions[k]!.get(d.key(c))!, 0);
    if (seen.has(index)) throw new ConvertError('duplicate', { line, first: seen.get(index)! });
    seen.set(index, line);
    const raw = c[valueAt]!;
    const symbol = STATUS[raw];
    if (symbol) {
      value[index] = symbol.value;
      status[String(index)] = raw;
      continue;
    }
    const n = numberOf(raw);
    if (n === undefined) throw new ConvertError('not-a-number', { line, value: raw, column: header[valueAt]! });
    value[index] = n;
    decimals = Math.max(decimals, decimalsIn(raw));
  }

  // Every combination needs a row: a missing one is a cell without number or symbol, which no
  // reader can show; often a column of free text taken for a dimension.
  if (seen.size < total) {
    const index = value.findIndex((_, i) => !seen.has(i));
    let rest = index;
    const where = dims
      .map((d, k) => {
        const stride = size.slice(k + 1).reduce((a, b) => a * b, 1);
        const at = Math.floor(rest / stride);
        rest %= stride;
        return [...d.categories.values()][at]!;
      })
      .join(', ');
    throw new ConvertError('incomplete', { missing: total - seen.size, example: where, dimensions: extras.map((e) => e.label).join(', ') });
  }
  const lang = options.language === 'en' || options.language === 'nn' ? options.language : 'nb';
  const used = [...new Set(Object.values(status))];
  const hi: Record<string, unknown> = {
    profile: 'hf-indikatorer/1.0',
    ...(geo.has('0') ? { reference: '0' } : {}),
    ...(options.definition ? { definition: options.definition } : {}),
    ...(used.length ? { statusCodes: Object.fromEntries(used.map((s) => [s, { label: STATUS[s]!.label[lang], kind: STATUS[s]!.kind }])) } : {}),
    ...(geography ? { geography } : {}),
    ...(options.license ? { license: options.license } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
  const dimension: Record<string, unknown> = {};
  for (const d of dims) {
    dimension[d.id] = {
      label: d.label,
      category: { index: [...d.categories.keys()], label: Object.fromEntries(d.categories) },
      ...(d === dims[0] && level && Object.keys(level).length ? { extension: { hi: { level } } } : {}),
    };
  }
  dimension.maal = {
    label: 'Mål',
    category: { index: ['verdi'], label: { verdi: options.measure ?? options.title }, unit: { verdi: { label: options.unit, decimals: options.decimals ?? decimals } } },
  };
  const ids = [...dims.map((d) => d.id), 'maal'];
  return {
    dataset: {
      version: '2.0',
      class: 'dataset',
      label: options.title,
      source: options.source,
      updated: options.updated,
      id: ids,
      size: [...size, 1],
      role: { geo: [dims[0]!.id], time: [dims[dims.length - 1]!.id], metric: ['maal'] },
      dimension,
      value,
      ...(used.length ? { status } : {}),
      extension: { hi },
    },
    chosen: { value: header[valueAt]!, time: header[timeAt]!, geo: header[geoAt]!, geoIds, dimensions: extras.map((e) => e.label), delimiter },
  };
}
