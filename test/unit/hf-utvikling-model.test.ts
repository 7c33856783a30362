import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { LoadError } from '../../src/data/errors.js';
import { readJsonStat } from '../../src/data/jsonstat.js';
import { buildTrendModel, trendSummary, trendTable, type TrendOptions } from '../../src/elements/hf-utvikling/model.js';
import { chart } from '../../src/elements/hf-utvikling/spec.js';
import { ctx, readCube } from './helpers.js';

const serie = readCube('data-contracts/datasets/arsverk-serie.json');
const tabell41 = readCube('data-contracts/datasets/arsverk-malgruppe-2016-2022.json');
const model = (cube = tabell41, opts: Partial<TrendOptions> = {}) => buildTrendModel(cube, { lang: 'nb', ...opts });
/** Numbers are written with no-break spaces; the expectations with plain ones. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const summary = (m: ReturnType<typeof model>, lang: 'nb' | 'en' = 'nb') => plain(trendSummary(m, lang));
const values = (m: ReturnType<typeof model>, line: string) => m.lines.find((l) => l.label === line)!.points.map((p) => p.value);

/** A kommune, its fylke and the country over four years, as an SSB table gives them (K-/F- codes aside). */
const regions = readJsonStat({
  version: '2.0', class: 'dataset', label: 'Andel', source: 'Test', updated: '2024-01-01',
  id: ['Region', 'Tid'], size: [4, 4], role: { geo: ['Region'], time: ['Tid'] },
  dimension: {
    Region: { label: 'region', category: { index: ['0', '18', '1804', '1833'], label: { '0': 'Hele landet', '18': 'Nordland', '1804': 'Bodø', '1833': 'Rana' } } },
    Tid: { label: 'år', category: { index: ['2020', '2021', '2022', '2023'] } },
  },
  value: [50, 52, 54, 56, 48, 49, 51, 55, 40, 45, 50, 60, 30, 31, null, 33],
  status: { '14': '..' },
});

describe('the trend model', () => {
  it('reads Tabell 4.1 as printed: totalt 13 936 in 2016 and 17 074 in 2022, one line per målgruppe with `series`', () => {
    const m = model(tabell41, { series: 'malgruppe' });
    expect(m.lines.map((l) => l.label)).toEqual(['Voksne', 'Barn og unge', 'Totalt']);
    expect(m.lines.find((l) => l.followed)!.label).toBe('Totalt');
    expect(values(m, 'Totalt')).toEqual([13936, 14633, 15894, 16399, 16569, 16792, 17074]);
    expect(values(m, 'Voksne')[0]).toBe(11063);
    expect(values(m, 'Barn og unge')[6]).toBe(3783);
    expect(summary(m)).toMatch(/^Totalt: 17 074 årsverk i 2022, opp 3 138 \(\+22,5 %\) fra 2016\. Voksne: 13 291 årsverk i 2022, opp 2 228 \(\+20,1 %\) fra 2016\./);
    expect(summary(model(tabell41, { series: 'malgruppe', lang: 'en' }), 'en')).toMatch(/^Totalt: 17,074 årsverk in 2022, up 3,138 \(\+22\.5%\) from 2016\./);
  });

  it('without `series`, the further dimension is a slice, its total by default, and the summary names it', () => {
    const m = model();
    expect(m.lines).toHaveLength(1);
    expect(m.slice.map((c) => [c.id, c.value])).toEqual([['malgruppe', 'totalt']]);
    expect(summary(m)).toBe('Landet: 17 074 årsverk i 2022, opp 3 138 (+22,5 %) fra 2016. Utvalg: Målgruppe: Totalt.');
    expect(values(model(tabell41, { filter: 'Målgruppe=Voksne' }), 'Landet')[6]).toBe(13291);
  });

  it('as an index, each line is 100 in the base period', () => {
    const m = model(tabell41, { series: 'malgruppe', index: '2016' });
    expect(m.unit.label).toBe('indeks, 2016 = 100');
    expect(m.lines.every((l) => l.points[0]!.value === 100)).toBe(true);
    expect(m.lines.find((l) => l.label === 'Totalt')!.points[6]!.display).toBe('122,5');
    expect(summary(m)).toMatch(/^Indeks, 2016 = 100\. Totalt: 122,5 i 2022, opp 22,5 fra 2016\./);
  });

  it('`from` and `to` narrow the periods; a target is kept in the unit', () => {
    const m = model(tabell41, { from: '2019', to: '2021', target: '16 000' });
    expect(m.periods.map((p) => p.id)).toEqual(['2019', '2020', '2021']);
    expect(m.target!.value).toBe(16000);
    expect(plain(m.target!.display)).toBe('16 000 årsverk');
    expect(summary(m)).toContain('Mål: 16 000 årsverk.');
  });

  it('says which option value is wrong, and what the file has', () => {
    const wrong = (opts: Partial<TrendOptions>) => {
      try {
        model(tabell41, opts);
      } catch (e) {
        return e instanceof LoadError ? [e.code, e.params.name, e.params.value, e.params.accepted ?? e.params.format] : e;
      }
      return 'accepted';
    };
    expect(wrong({ series: 'kjønn' })).toEqual(['unknown-option', 'series', 'kjønn', 'malgruppe']);
    expect(wrong({ index: '2015' })).toEqual(['unknown-option', 'index', '2015', '2016, 2017, 2018, 2019, 2020, 2021, 2022']);
    expect(wrong({ from: '2020', to: '2018' })).toEqual(['unknown-option', 'to', '2018', '2020, 2021, 2022']);
    expect(wrong({ target: 'seksti' })).toEqual(['unknown-option', 'target', 'seksti', 'number']);
    expect(wrong({ geo: 'Bergen' })).toEqual(['unknown-option', 'geo', 'Bergen', '0']);
  });

  it('the national series since 2007 opens on the total, with its 2014/2015 break in the summary', () => {
    const m = model(serie, { measure: 'arsverk-alle' });
    expect(m.breaks.map((b) => b.between)).toEqual([['2014', '2015']]);
    const total = m.lines[0]!.points;
    expect(total.find((p) => p.period === '2007')!.value).toBe(12029);
    expect(total.find((p) => p.period === '2013')).toMatchObject({ value: null, display: '..' });
    expect(summary(m)).toMatch(/fra 2007\. Tallene før og etter bruddet i serien 2014–2015 kan ikke sammenlignes direkte\.$/);
  });

  it('follows a kommune against its fylke and the country, in that order, the kommune set apart', () => {
    const m = model(regions, { kommune: { asked: '1804', inFile: '1804' } });
    expect(m.lines.map((l) => [l.label, l.followed])).toEqual([['Bodø', true], ['Nordland', false], ['Landet', false]]);
    expect(summary(m)).toBe(
      'Bodø: 60 i 2023, opp 20 (+50,0 %) fra 2020. Nordland: 55 i 2023, opp 7 (+14,6 %) fra 2020. Landet: 56 i 2023, opp 6 (+12,0 %) fra 2020.',
    );
    // A kommune the file lacks: the country, and a note that says so.
    const missing = model(regions, { kommune: { asked: '5501' } });
    expect(missing.lines.map((l) => l.label)).toEqual(['Landet']);
    expect(missing.notes).toEqual(['Filen har ikke tall for kommune 5501; viser Hele landet.']);
  });

  it('the table has a row per period and a column per line, a missing value as its symbol', () => {
    const m = model(regions, { geo: 'Rana' });
    const table = trendTable(regions, m, 'nb', 'Andel');
    expect(table.columns.map((c) => c.label)).toEqual(['Periode', 'Rana', 'Nordland', 'Landet']);
    expect(table.rows.map((r) => r.cells.map((c) => plain(c.text)))).toEqual([
      ['2020', '30', '48', '50'],
      ['2021', '31', '49', '52'],
      ['2022', '..', '51', '54'],
      ['2023', '33', '55', '56'],
    ]);
  });
});

describe('the trend spec', () => {
  type Layer = { data?: { values: Array<Record<string, unknown>> }; mark?: { type: string }; layer?: Layer[]; encoding?: Record<string, unknown> };
  const layersOf = (spec: unknown): Layer[] => (spec as { layer: Layer[] }).layer.flatMap((l) => (l.layer ? l.layer.map((x) => ({ ...x, data: l.data })) : [l]));

  it('compiles; lines break at the 2014/2015 break and at years without a number', () => {
    const spec = chart(model(serie, { measure: 'arsverk-alle' }), ctx('nb'));
    expect(() => compile(spec as never)).not.toThrow();
    const line = layersOf(spec).find((l) => l.mark?.type === 'line')!;
    const segmentOf = (year: number) => line.data!.values.find((v) => v.x === year)!.segment;
    expect(segmentOf(2007)).toBe(segmentOf(2012));
    expect(segmentOf(2015)).not.toBe(segmentOf(2012));
    // 2017 has no total: 2016 and 2018 are not joined.
    expect(segmentOf(2018)).not.toBe(segmentOf(2016));
  });

  it('names few lines at their ends with their last values, spread apart, and labels the followed first value', () => {
    const spec = chart(model(regions, { kommune: { asked: '1804', inFile: '1804' } }), ctx('nb'));
    const texts = layersOf(spec).filter((l) => l.mark?.type === 'text');
    const ends = texts.flatMap((l) => l.data!.values.filter((v) => 'labelY' in v)).sort((a, b) => Number(b.followed) - Number(a.followed));
    expect(ends.map((v) => v.text)).toEqual(['Bodø: 60', 'Nordland: 55', 'Landet: 56']);
    const ys = ends.map((v) => v.labelY as number).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    expect(texts.some((l) => l.data!.values.length === 1 && l.data!.values[0]!.display === '40')).toBe(true);
  });

  it('draws a target as a labelled rule', () => {
    const spec = chart(model(tabell41, { target: '16000' }), ctx('nb'));
    const rule = layersOf(spec).find((l) => l.mark?.type === 'rule' && l.data?.values[0]?.label)!;
    expect(rule.data!.values[0]!.value).toBe(16000);
    expect(plain(rule.data!.values[0]!.label as string)).toBe('Mål: 16 000 årsverk');
  });
});

describe('decimals the file does not give', () => {
  // Eurostat's demo_gind (2024) gives no decimals: neither for its population counts nor for the
  // share of the EU's population (one decimal), so the file's count of decimals is one.
  const gind = readCube('test/fixtures/real/eurostat-demo-gind.json');
  const displays = (opts: Partial<TrendOptions>) => model(gind, { lang: 'en', geo: 'DE', ...opts }).lines.map((l) => l.points.at(-1)!.display);
  it('are counted over the numbers shown: a count is written without the decimal the shares need', () => {
    expect(displays({ filter: 'indic_de=JAN' })).toEqual(['83,445,000', '449,206,579']);
  });
  it('a share keeps its decimal', () => {
    expect(displays({ filter: 'indic_de=POPSHARE_EU27_2020' })).toEqual(['18.6', '100.0']);
  });
});
