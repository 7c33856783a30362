import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonStatError, readJsonStat } from '../../src/data/jsonstat.js';
import { ruleMessage } from '../../src/format/rule-messages.js';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const value = (cube: ReturnType<typeof readJsonStat>, geo: string, metric?: string) =>
  cube.rows.find((r) => r.geo === geo && (!metric || r.metric === metric))?.value;

describe('readJsonStat on our profile', () => {
  const cube = readJsonStat(json('data-contracts/datasets/pasientrate-2019.json'));

  it('returns typed rows with roles, labels, units and the reference unit', () => {
    expect(cube.profile).toBe(true);
    expect(cube.geo.categories).toHaveLength(317);
    expect(cube.time.categories.map((k) => k.id)).toEqual(['2019']);
    expect(cube.metric.unit[cube.rows[0]!.metric]).toMatchObject({ label: 'per 10 000 innbyggere', decimals: 0 });
    expect(cube.reference).toBe('0');
    expect(value(cube, '0')).toBe(162);
    expect(value(cube, 'hfs-finnmark')).toBe(230);
    expect(value(cube, 'hfs-unn')).toBe(149);
    expect(cube.geo.child['hfs-unn']).toContain('5401');
    expect(cube.warnings).toEqual([]);
  });

  it('reads every bundled dataset without errors or warnings', () => {
    for (const f of readdirSync('data-contracts/datasets').filter((f) => f.endsWith('.json'))) {
      const c = readJsonStat(json(`data-contracts/datasets/${f}`));
      expect(c.profile, f).toBe(true);
      expect(c.warnings, f).toEqual([]);
    }
  });
});

describe('readJsonStat on SSB and FHI responses as they come', () => {
  it('SSB PxWebApi: index as object, no role.geo, F- codes, sparse status, unit.base', () => {
    const c = readJsonStat(json('test/fixtures/ssb-fylker.json'));
    expect(c.profile).toBe(false);
    expect(c.geo.id).toBe('Region');
    expect(c.geo.categories.map((k) => k.id).slice(0, 3)).toEqual(['0', '03', '34']);
    expect(c.geo.level['46']).toBe('fylke');
    expect(c.reference).toBe('0');
    expect(value(c, '46')).toBe(37);
    expect(c.rows.find((r) => r.geo === '54')).toMatchObject({ value: null, status: ':' });
    expect(c.statusCodes[':']!.kind).toBe('suppressed');
    expect(c.metric.unit.Arsverk10000).toEqual({ label: 'per 10 000 innbyggere', decimals: 0 });
    // Warnings, not errors, for what our profile requires and SSB leaves out.
    expect(c.warnings.map((w) => w.rule)).toEqual([]);
  });

  it('FHI: role null, status "", periods 2023_2023, constant sex and age dimensions', () => {
    const c = readJsonStat(json('test/fixtures/fhi-fylker.json'));
    expect(c.geo.id).toBe('GEO');
    expect(c.time.id).toBe('AAR');
    expect(c.metric.id).toBe('MEASURE_TYPE');
    expect(c.time.categories).toEqual([{ id: '2023', label: '2023', notes: [] }]);
    expect(value(c, '0')).toBe(17436);
    expect(c.rows[0]!.coords).toMatchObject({ KJONN: '0', ALDER: '0_120' });
    expect(c.rows.every((r) => r.status === undefined)).toBe(true);
    expect(c.warnings.map((w) => w.rule).sort()).toEqual(['field-required', 'role-missing', 'unit-missing']);
  });

  it('accepts sparse values, array status, and a deprecated one-element status', () => {
    const base = {
      version: '2.0', class: 'dataset', id: ['Region', 'Tid'], size: [2, 2],
      dimension: { Region: { category: { index: ['0', '03'] } }, Tid: { category: { index: ['2020', '2021'] } } },
    };
    const sparse = readJsonStat({ ...base, value: { 0: 1.5, 3: 2 }, status: ['', '..', '..', ''] });
    expect(sparse.rows.map((r) => r.value)).toEqual([1.5, null, null, 2]);
    expect(sparse.rows.map((r) => r.status)).toEqual([undefined, '..', '..', undefined]);
    const one = readJsonStat({ ...base, value: [1, 2, 3, 4], status: ['*'] });
    expect(one.rows.every((r) => r.status === '*')).toBe(true);
  });

  it('infers a missing metric and time, and normalises PxWeb bydel codes', () => {
    const c = readJsonStat({ version: '2.0', class: 'dataset', id: ['Region'], size: [1], dimension: { Region: { category: { index: ['030101a'] } } }, value: [5] });
    expect(c.geo.categories[0]!.id).toBe('030101');
    expect(c.geo.level['030101']).toBe('bydel');
    expect(c.rows[0]).toMatchObject({ geo: '030101', value: 5 });
  });
});

describe('every invalid example gives its rule, path and message', () => {
  const dir = 'data-contracts/examples/invalid';
  const expected = json(`${dir}/expected.json`) as Record<string, { rule: string; path: string; message: string }>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

  it('has at least 12 examples, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      let error: unknown;
      try {
        readJsonStat(json(`${dir}/${file}`));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(JsonStatError);
      const first = (error as JsonStatError).problems[0]!;
      expect(first.rule).toBe(want.rule);
      expect(first.path).toBe(want.path);
      expect(ruleMessage('nb', first.rule, first.params)).toBe(want.message);
      expect(ruleMessage('en', first.rule, first.params)).not.toBe(want.message);
    });
  }

  it('the valid example they are made from reads cleanly', () => {
    expect(readJsonStat(json('data-contracts/examples/valid.json')).rows).toHaveLength(3);
  });
});

describe('labels a reader can tell apart', () => {
  it('two categories of one dimension with the same label each get their id', () => {
    const cube = readJsonStat({
      version: '2.0', class: 'dataset', id: ['Region', 'Tid'], size: [3, 1], role: { geo: ['Region'], time: ['Tid'] },
      dimension: { Region: { category: { index: ['0301', '03', '1804'], label: { '0301': 'Oslo', '03': 'Oslo', '1804': 'Bodø' } } }, Tid: { category: { index: ['2024'] } } },
      value: [1, 2, 3],
    });
    expect(cube.geo.categories.map((k) => k.label)).toEqual(['Oslo (0301)', 'Oslo (03)', 'Bodø']);
  });
});

describe("the language of a file's texts", () => {
  it('is read from what publishers write: PX-Web (SSB, SCB, Statistics Greenland), our profile; Bokmål by default', () => {
    const lang = (file: string) => readJsonStat(json(file)).language;
    expect(lang('test/fixtures/real/ssb-07221-boligpris-json-stat2.json')).toBe('no');
    expect(lang('test/fixtures/real/scb-pxwebapi2-TAB6471-folkmangd-manad.json')).toBe('sv');
    expect(lang('test/fixtures/real/statgl-education-16-25-json-stat2.json')).toBe('en');
    expect(lang('data-contracts/datasets/pasientrate-2019.json')).toBe('nb');
    const file = json('data-contracts/datasets/pasientrate-2019.json') as { extension: { hi: Record<string, unknown> } };
    file.extension.hi.language = 'en';
    expect(readJsonStat(file).language).toBe('en');
    file.extension.hi.language = '<b>en</b>';
    expect(readJsonStat(file).language).toBe('nb');
  });
});
