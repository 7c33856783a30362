/**
 * Real JSON-stat files from statistics offices (test/fixtures/real/README.md says where each came
 * from), read cell by cell against the reference reader jsonstat-toolkit; the broken ones are
 * refused with the rule and path that say why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { JsonStatError, readJsonStat } from '../../src/data/jsonstat.js';
import { chooseSlice } from '../../src/data/options.js';

const JSONstat = createRequire(import.meta.url)('jsonstat-toolkit') as (input: unknown) => {
  Dataset(i: number): { n: number; value: unknown[] | null; status: unknown[] | null } | null;
};

const dir = 'test/fixtures/real';
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
const text = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');

/**
 * What each file gives (shared with the browser test): read with its geography, time and
 * reference ("drawn"); read without geography ("no-geo": `<hf-pasientrate>` refuses it); refused
 * with a rule of JSON-stat itself; or not JSON.
 */
type Expected =
  | { read: 'drawn'; geo: string; time: string; reference: string | null; empty?: boolean }
  | { read: 'no-geo'; time: string; empty?: boolean }
  | { read: 'refused'; rule: string; path: string }
  | { read: 'not-json' };
const EXPECTED = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<string, Expected>;

describe('real files from statistics offices', () => {
  it('are at least 25, from SSB, SCB, Eurostat, Statistics Finland and Denmark, CSO, ONS and json-stat.org', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const prefix of ['ssb-', 'scb-', 'eurostat-', 'statfin-', 'dst-', 'cso-', 'ons-', 'jsonstat-org-']) {
      expect(files.some((f) => f.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('each has its expectation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...files].sort());
  });

  for (const file of files) {
    const want = EXPECTED[file]!;
    it(`${file}: ${want.read === 'drawn' || want.read === 'no-geo' ? 'every value and status as jsonstat-toolkit reads them' : 'refused with its rule and path'}`, () => {
      if (want.read === 'not-json') {
        expect(() => JSON.parse(text(file))).toThrow();
        return;
      }
      if (want.read === 'refused') {
        let error: unknown;
        try {
          readJsonStat(JSON.parse(text(file)));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(JsonStatError);
        expect((error as JsonStatError).problems[0]).toMatchObject({ rule: want.rule, path: want.path });
        return;
      }
      const cube = readJsonStat(JSON.parse(text(file)));
      expect(cube.time.id).toBe(want.time);
      if (want.read === 'drawn') {
        expect(cube.geo.id).toBe(want.geo);
        expect(cube.reference ?? null).toBe(want.reference);
      } else expect(cube.warnings.map((w) => w.rule)).toContain('no-geo');
      // The toolkit writes into what it reads: it gets a parse of its own.
      const reference = JSONstat(JSON.parse(text(file))).Dataset(0)!;
      expect(cube.rows.length).toBe(reference.n);
      let differences = 0;
      for (const row of cube.rows) {
        const cell = { value: reference.value?.[row.index], status: reference.status?.[row.index] };
        const value = typeof cell.value === 'string' && Number.isFinite(Number(cell.value)) && cell.value.trim() !== '' ? Number(cell.value) : cell.value;
        // A word in value (SSB's ".") is read as a missing value with the word as its status.
        const expected = typeof value === 'string' ? { value: null, status: cell.status ?? value.trim() } : { value: value ?? null, status: cell.status ?? undefined };
        if (row.value !== expected.value || row.status !== expected.status) differences++;
      }
      expect(differences).toBe(0);
    });
  }

  it('1.x bundles are read and say so', () => {
    for (const file of files.filter((f) => f.endsWith('-1x.json') && EXPECTED[f]!.read !== 'refused')) {
      const cube = readJsonStat(JSON.parse(text(file)));
      expect(cube.version, file).toBe('1.x');
      expect(cube.warnings.some((w) => w.rule === 'version-1'), file).toBe(true);
    }
  });

  it('finds the measure of files that do not say (geography and time: expected.json)', () => {
    const metric = (f: string) => readJsonStat(JSON.parse(text(f))).metric.id;
    expect(metric('cso-CIA01-1x.json')).toBe('Statistic');
    expect(metric('scb-dodsorsak-norrbotten-1x.json')).toBe('ContentsCode');
    expect(metric('eurostat-sts-inpr-m-ie-confidential-status-only.json')).toBe('unit');
  });

  it('explains Eurostat status codes with Eurostat\'s labels', () => {
    const eurostat = readJsonStat(JSON.parse(text('eurostat-demo-gind.json')));
    const used = new Set(eurostat.rows.map((r) => r.status).filter(Boolean));
    for (const code of used) expect(eurostat.statusCodes[code!]!.label).not.toBe(code);
  });
});

describe('what the reader infers and explains', () => {
  const dataset = (dimension: Record<string, { label?: string; ids: string[] }>, extra: Record<string, unknown> = {}) => {
    const ids = Object.keys(dimension);
    const size = ids.map((id) => dimension[id]!.ids.length);
    return {
      version: '2.0',
      class: 'dataset',
      id: ids,
      size,
      dimension: Object.fromEntries(ids.map((id) => [id, { label: dimension[id]!.label ?? id, category: { index: dimension[id]!.ids } }])),
      value: new Array(size.reduce((a, b) => a * b, 1)).fill(1),
      ...extra,
    };
  };

  it('SDMX names: REF_AREA is the geography and TIME_PERIOD the time, whatever else is called a country or a period', () => {
    const cube = readJsonStat(
      dataset({ WSTATUS: { label: 'Full-time or part-time', ids: ['FT', 'PT'] }, C_BIRTH: { label: 'Country of birth', ids: ['NAT', 'FOR'] }, REF_AREA: { ids: ['NO', 'SE'] }, TIME_PERIOD: { ids: ['2022', '2023'] } }),
    );
    expect([cube.geo.id, cube.time.id]).toEqual(['REF_AREA', 'TIME_PERIOD']);
  });

  it('a birth cohort of years beside Tid is not taken for geography; "år" is a word for time', () => {
    const cube = readJsonStat(dataset({ Kohort: { label: 'fødselskull', ids: ['1950', '1960', '1970'] }, Tid: { ids: ['2023'] } }));
    expect(cube.time.id).toBe('Tid');
    expect(cube.byId[cube.geo.id]).toBeUndefined();
    expect(readJsonStat(dataset({ Fylke: { ids: ['03', '11'] }, T1: { label: 'år for telling', ids: ['x'] } })).time.id).toBe('T1');
  });

  it('a total is found by its label before an id 0 that is a category of its own', () => {
    const wsl = readJsonStat(JSON.parse(text('wsl-lfi-nfi4b-volume-vorrat.json')));
    const { choices } = chooseSlice(wsl, undefined);
    expect(choices.find((c) => c.dimension.id === 'BHDKL')!.category).toBe('999999');
  });

  it('Eurostat flags: combined ones (|C) are confidential, its ":" is "not available", never SSB\'s meaning', () => {
    const ie = readJsonStat(JSON.parse(text('eurostat-sts-inpr-m-ie-confidential-status-only.json')));
    expect(ie.statusCodes['|C']).toMatchObject({ kind: 'suppressed' });
    const colon = readJsonStat(dataset({ geo: { ids: ['NO', 'SE'] } }, { status: { '1': ':' }, value: [1, null], extension: { status: { label: { ':': 'not available' } } } }));
    expect(colon.statusCodes[':']).toMatchObject({ kind: 'missing', label: 'not available' });
  });

  it('paths name the place in the file: inside a 1.x bundle, and id, size and role inside its dimension', () => {
    const bundle = { mine: { label: 'x', dimension: { id: ['geo', 't'], size: [2, 1], geo: { category: { index: ['0', '03'] } }, t: { category: { index: ['2020'] } } }, value: [1, 2, 3] } };
    expect(() => readJsonStat(bundle)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ rule: 'value-length', path: '$.mine.value' })] }));
  });
});
