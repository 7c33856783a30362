import { readCube } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { segments } from '../../src/chart/year-line.js';
import { arsverkSummary, arsverkTable, buildArsverkModel, comparisonChart, filterRows, seriesChart, sortRows } from '../../src/elements/arsverk-tabell/model.js';
import { collator } from '../../src/format/number.js';

const cube = readCube('data-contracts/datasets/arsverk-2023.json');
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

describe('the table and the charts', () => {
  it('writes the table as shown: comparison rows first, then the rows given, with notes for status symbols', () => {
    const m = model('4601');
    const table = arsverkTable(m, sortRows(m.rows, 'per10000', 'descending').slice(0, 2), 'nb', 'Årsverk 2023');
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'code', 'arsverk', 'per10000']);
    expect(table.rows.map((r) => [r.kind, r.cells[0]!.text])).toEqual([
      ['reference', 'Bergen'],
      ['reference', 'Vestland'],
      ['reference', 'Kommuner med 50 000 innbyggere og mer'],
      ['reference', 'Norge'],
      ['row', table.rows[4]!.cells[0]!.text],
      ['row', table.rows[5]!.cells[0]!.text],
    ]);
    expect(table.rows[0]!.highlight).toBe(true);
    expect(table.rows[0]!.cells[3]).toMatchObject({ text: '37', value: 37, numeric: true });
  });

  it('draws the pinned kommune, its fylke and size group as bars against the national rate', () => {
    const bars = comparisonChart(model('4601'), 'nb');
    expect(bars.bars.map((b) => [b.label, b.value, b.highlight])).toEqual([
      ['Bergen', 37, true],
      ['Vestland', 37, false],
      ['Kommuner med 50 000 innbyggere og mer', expect.any(Number), false],
    ]);
    expect(bars.references).toEqual([{ label: 'Landet: 32', value: 32, kind: 'national' }]);
    expect(bars.axisTitle).toBe('per 10 000 innbyggere');
  });

  it('draws the national series since 2007 with its break, in årsverk where the rates are printed for one year only', () => {
    const serie = readCube('data-contracts/datasets/arsverk-serie.json');
    const line = seriesChart(serie, model(), 'nb');
    expect(line.points[0]).toEqual({ year: 2007, value: 12029 });
    expect(line.points.at(-1)).toEqual({ year: 2023, value: 17436 });
    expect(line.periods).toEqual([2007, 2011, 2012, 2013, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(line.breaks.map((b) => b.between)).toEqual([['2014', '2015']]);
    expect(line.unit).toBe('årsverk');
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
