/**
 * Real JSON-stat files from statistics offices (test/fixtures/real/README.md says where each came
 * from), read cell by cell against the reference reader jsonstat-toolkit; the broken ones are
 * refused with the rule and path that say why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { JsonStatError, readJsonStat } from '../../src/data/jsonstat.js';

const JSONstat = createRequire(import.meta.url)('jsonstat-toolkit') as (input: unknown) => {
  Dataset(i: number): { n: number; value: unknown[] | null; status: unknown[] | null } | null;
};

const dir = 'test/fixtures/real';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const text = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');

/** Refused, and why: not JSON, not JSON-stat, or breaking a rule of JSON-stat itself. */
const REFUSED: Record<string, { rule: string; path: string } | 'not-json'> = {
  'broken-eurostat-api-error-413-extraction-too-big.json': { rule: 'not-jsonstat', path: '$' },
  'broken-html-as-json-cso-NQQ25.json': 'not-json',
  'broken-istat-no-data.json': 'not-json',
  'broken-ons-QS104EW-id-size-mismatch-1x.json': { rule: 'size-length', path: '$.size' },
  // Eurostat's old web service wrote status as { value: […] }, which JSON-stat has no place for.
  'eurostat-wsV1-nama-gdp-c-geo-IT-FR.json': { rule: 'status-key', path: '$.status.value' },
  // A metadata answer: sizes for 2 006 784 cells and no values.
  'scb-pxwebapi2-TAB6471-metadata.json': { rule: 'value-length', path: '$.value' },
};

describe('real files from statistics offices', () => {
  it('are at least 25, from SSB, SCB, Eurostat, Statistics Finland and Denmark, CSO, ONS and json-stat.org', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const prefix of ['ssb-', 'scb-', 'eurostat-', 'statfin-', 'dst-', 'cso-', 'ons-', 'jsonstat-org-']) {
      expect(files.some((f) => f.startsWith(prefix)), prefix).toBe(true);
    }
  });

  for (const file of files) {
    const refused = REFUSED[file];
    it(`${file}: ${refused ? 'refused with its rule and path' : 'every value and status as jsonstat-toolkit reads them'}`, () => {
      if (refused === 'not-json') {
        expect(() => JSON.parse(text(file))).toThrow();
        return;
      }
      if (refused) {
        let error: unknown;
        try {
          readJsonStat(JSON.parse(text(file)));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(JsonStatError);
        expect((error as JsonStatError).problems[0]).toMatchObject(refused);
        return;
      }
      const cube = readJsonStat(JSON.parse(text(file)));
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
    for (const file of files.filter((f) => f.endsWith('-1x.json') && !REFUSED[f])) {
      const cube = readJsonStat(JSON.parse(text(file)));
      expect(cube.version, file).toBe('1.x');
      expect(cube.warnings.some((w) => w.rule === 'version-1'), file).toBe(true);
    }
  });

  it('finds the geography, time and measure of files that do not say', () => {
    const roles = (f: string) => {
      const c = readJsonStat(JSON.parse(text(f)));
      return [c.geo.id, c.time.id, c.metric.id];
    };
    expect(roles('ssb-07221-boligpris-json-stat2.json')[0]).toBe('Region');
    expect(roles('eurostat-demo-gind.json').slice(0, 2)).toEqual(['geo', 'time']);
    expect(roles('cso-CIA01-1x.json')).toEqual(['County and Region', 'Year', 'Statistic']);
    expect(roles('scb-dodsorsak-norrbotten-1x.json')).toEqual(['Region', 'Tid', 'ContentsCode']);
  });

  it('finds the reference unit where the file has one, and explains Eurostat status codes', () => {
    const eurostat = readJsonStat(JSON.parse(text('eurostat-demo-gind.json')));
    expect(eurostat.reference).toBe('EU27_2020');
    const used = new Set(eurostat.rows.map((r) => r.status).filter(Boolean));
    for (const code of used) expect(eurostat.statusCodes[code!]!.label).not.toBe(code);
    // SSB's "TOTAL", labelled "Hele landet".
    expect(readJsonStat(JSON.parse(text('ssb-07221-boligpris-json-stat2.json'))).reference).toBe('TOTAL');
  });
});
