import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonStat } from '../../src/data/jsonstat.js';
import { segments } from '../../src/chart/year-line.js';
import { arsverkSummary, buildArsverkModel, filterRows, sortRows } from '../../src/elements/arsverk-tabell/model.js';
import { collator } from '../../src/format/number.js';

const cube = readJsonStat(JSON.parse(readFileSync('data-contracts/datasets/arsverk-2023.json', 'utf8')));
const model = (kommune?: string, fylke?: string, measure?: string) =>
  buildArsverkModel(cube, { lang: 'nb', gruppe: 'alle', kommune, fylke, measure, sizeGroupOf: (id) => (id === '4601' ? 'str-50000-og-over' : undefined) });

describe('Norwegian sort order', () => {
  it('puts æ, ø, å after z: Ålesund after Øygarden, Aremark before Ørland', () => {
    const names = ['Ørland', 'Ålesund', 'Aremark', 'Øygarden', 'Zeta', 'Ærø'];
    expect([...names].sort(collator.compare)).toEqual(['Aremark', 'Zeta', 'Ærø', 'Ørland', 'Øygarden', 'Ålesund']);
  });

  it('sorts the 372 rows by name that way, and by value with missing values last both ways', () => {
    const m = model();
    const byName = sortRows(m.rows, 'name', 'ascending').map((r) => r.name);
    expect(byName.indexOf('Øygarden')).toBeLessThan(byName.indexOf('Ålesund'));
    expect(byName.indexOf('Aremark')).toBeLessThan(byName.indexOf('Ørland'));
    for (const dir of ['ascending', 'descending'] as const) {
      const sorted = sortRows(m.rows, 'per10000', dir);
      const firstMissing = sorted.findIndex((r) => r.per10000.value === null);
      expect(firstMissing).toBeGreaterThan(0);
      expect(sorted.slice(firstMissing).every((r) => r.per10000.value === null)).toBe(true);
    }
  });
});

describe('the årsverk model', () => {
  it('has 372 rows below the comparison rows', () => {
    expect(model().rows).toHaveLength(372);
    expect(model().comparison.map((r) => r.name)).toEqual(['Norge']);
  });

  it('pins Bergen with Vestland, its size group and Norge, and says so in one sentence', () => {
    const m = model('4601');
    expect(m.comparison.map((r) => [r.name, r.arsverk.text.replace(/\u00a0/g, ' '), r.per10000.text])).toEqual([
      ['Bergen', '1 075', '37'],
      ['Vestland', '2 408', '37'],
      ['Kommuner med 50 000 innbyggere og mer', expect.any(String), expect.any(String)],
      ['Norge', '17 436', '32'],
    ]);
    expect(arsverkSummary(m, 'nb')).toBe('Bergen: 37 årsverk per 10 000 innbyggere. Vestland: 37, landet: 32.');
    expect(arsverkSummary(model('4601', undefined, 'arsverk'), 'nb').replace(/\u00a0/g, ' ')).toBe('Bergen: 1 075 årsverk. Vestland: 2 408, landet: 17 436.');
  });

  it('shares the rows between elements that pin other kommuner, but writes them in each language', () => {
    const bergen = model('4601');
    const tromso = model('5401');
    expect(tromso.rows).toHaveLength(372);
    expect(tromso.rows.every((r, i) => r === bergen.rows[i])).toBe(true);
    expect(tromso.pinned?.name).toBe('Tromsø');
    const en = buildArsverkModel(cube, { lang: 'en', gruppe: 'alle', kommune: '4601', sizeGroupOf: () => undefined });
    expect(en.comparison.map((r) => r.arsverk.text)).toEqual(['1,075', '2,408', '17,436']);
    expect(en.rows[0]).not.toBe(bergen.rows[0]);
  });

  it('filters by name or number', () => {
    const m = model();
    expect(filterRows(m.rows, 'Bergen').map((r) => r.id)).toEqual(['4601']);
    expect(filterRows(m.rows, '4601').map((r) => r.name)).toEqual(['Bergen']);
    expect(filterRows(m.rows, '46').length).toBeGreaterThan(40);
  });

  it('shows a carried-over 2022 figure with its status, and a blank rate as missing, never 0', () => {
    const m = model();
    const carried = m.rows.find((r) => r.arsverk.status === 'f')!;
    expect(carried.arsverk.note).toContain('2022');
    const etat = m.rows.find((r) => r.id === '0301-etat-helseetaten')!;
    expect(etat.per10000).toMatchObject({ value: null, text: '.' });
  });
});

describe('the national series', () => {
  it('joins only neighbouring years and never crosses the 2014/2015 break', () => {
    const years = [2007, 2011, 2012, 2013, 2015, 2016];
    const pts = years.map((year) => ({ year, value: 1 }));
    const segs = segments(pts, [{ between: ['2014', '2015'], note: '' }], years).map((p) => p.segment);
    expect(segs).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
