import { describe, expect, it } from 'vitest';
import { readJsonStat } from '../../src/data/jsonstat.js';
import { buildRateModel, rateSummary, rateTable, topUnits } from '../../src/elements/hf-pasientrate/model.js';
import { chart } from '../../src/elements/hf-pasientrate/spec.js';
import { ctx, theme, readCube } from './helpers.js';
import { compile } from 'vega-lite';

const cube = readCube('data-contracts/datasets/pasientrate-2019.json');
type Layer = { data?: { values: Array<Record<string, unknown>> }; mark: { type: string }; encoding: Record<string, any> };
const layers = (spec: unknown) => (spec as { layer: Layer[] }).layer;
const barValues = (spec: unknown) => (spec as { data: { values: Array<Record<string, unknown>> } }).data.values;

describe('the rate model', () => {
  it('draws the 19 helsefellesskap, not the kommuner below them', () => {
    expect(topUnits(cube)).toHaveLength(19);
    const m = buildRateModel(cube, { lang: 'nb' });
    expect(m.bars.map((b) => b.label)[0]).toBe('Østfold');
    expect(m.bars.map((b) => b.label)[18]).toBe('Finnmark');
    expect(m.reference).toMatchObject({ label: 'Norge', value: 162, display: '162' });
    expect(m.periodLabel).toBe('2019');
  });

  it('drills down to a helsefellesskap: its rows against its own and the national rate', () => {
    const m = buildRateModel(cube, { lang: 'nb', drill: 'hfs-unn', highlight: '5401' });
    expect(m.parent).toMatchObject({ value: 149 });
    expect(m.bars.map((b) => b.id)).toContain('5401');
    expect(m.bars.find((b) => b.id === '5401')!.highlight).toBe(true);
    expect(rateTable(cube, m, 'nb', cube.label).rows.slice(0, 2).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Norge', '162'],
      ['UNN-området', '149'],
    ]);
  });

  it('summarises the highlighted unit or the extremes', () => {
    expect(rateSummary(buildRateModel(cube, { lang: 'nb', highlight: 'hfs-unn' }), 'nb')).toBe('UNN-området: 149 per 10 000 innbyggere. Landet: 162.');
    expect(rateSummary(buildRateModel(cube, { lang: 'en' }), 'en')).toBe(
      'Finnmark has the highest value: 230 per 10 000 innbyggere. Østfold has the lowest: 122. Norway: 162.',
    );
  });
});

describe('the bar spec in a narrow column', () => {
  it('puts each name whole above its bar instead of beside it, cut short', () => {
    const spec = chart(buildRateModel(cube, { lang: 'nb', highlight: 'hfs-unn' }), ctx('nb', 300)) as unknown as { layer: Layer[]; height: { step: number } };
    expect(spec.layer[0]!.encoding.y.axis.labels).toBe(false);
    const names = spec.layer.find((l) => l.mark.type === 'text' && l.encoding.text?.field === 'label')!;
    expect(names.encoding.x).toEqual({ value: 0 });
    expect(spec.height.step).toBeGreaterThan(30);
    expect(() => compile(spec as never)).not.toThrow();
    // Wide, the names are the axis's, as before.
    const wide = chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb', 640)) as unknown as { layer: Layer[] };
    expect(wide.layer[0]!.encoding.y.axis.labels).toBeUndefined();
  });
});

describe('the bar spec', () => {
  it('highlights one unit by fill, outline, bold label and a text marker', () => {
    const m = buildRateModel(cube, { lang: 'nb', highlight: 'hfs-unn' });
    const spec = chart(m, ctx('nb'));
    const values = barValues(spec);
    expect(values.filter((v) => v.highlight)).toEqual([expect.objectContaining({ label: 'UNN-området', value: 149, end: '149 ◀ valgt' })]);
    const bar = layers(spec)[0]!;
    expect(bar.encoding.fill).toEqual({ condition: { test: 'datum.highlight', value: theme.highlight }, value: theme.bar });
    expect(bar.encoding.strokeWidth.condition.value).toBeGreaterThan(0);
    expect(bar.encoding.y.axis.labelFontWeight.condition.test).toBe('indexof(highlighted, datum.value) >= 0');
    expect((spec as { params: unknown[] }).params).toContainEqual({ name: 'highlighted', value: ['UNN-området'] });
  });

  it('keeps the order it is given: file order, or by value with stable ties', () => {
    const byValue = barValues(chart(buildRateModel(cube, { lang: 'nb', sort: 'value' }), ctx('nb')));
    expect(byValue[0]).toMatchObject({ label: 'Finnmark', order: 0 });
    expect(byValue.at(-1)).toMatchObject({ label: 'Østfold' });
    const tie = byValue.filter((v) => v.value === 142).map((v) => v.label);
    expect(tie).toEqual(['Akershus univ.sh.', 'Nordland-området']);
    const byName = barValues(chart(buildRateModel(cube, { lang: 'nb', sort: 'name' }), ctx('nb'))).map((v) => v.label);
    expect(byName.at(-1)).toBe('Østfold'); // æ, ø, å after z
    expect(layers(chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb')))[0]!.encoding.y.sort).toEqual({ field: 'order', order: 'ascending' });
  });

  it('draws the national rate as a labelled reference line, and the parent in a drill-down', () => {
    const spec = chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb'));
    const rule = layers(spec).find((l) => l.mark.type === 'rule')!;
    expect(rule.data!.values).toEqual([{ label: 'Landet: 162', value: 162, kind: 'national' }]);
    const label = layers(spec).find((l) => l.mark.type === 'text' && l.data)!;
    expect(label.encoding.text).toEqual({ field: 'label' });
    const drill = chart(buildRateModel(cube, { lang: 'en', drill: 'hfs-unn' }), ctx('en'));
    expect(layers(drill).find((l) => l.mark.type === 'rule')!.data!.values.map((v) => v.label)).toEqual(['Norway: 162', 'UNN-området: 149']);
  });

  it('compiles to rows in the order given, without Vega-Lite warning about the sort', () => {
    const warnings: string[] = [];
    const logger = { level: () => logger, info: () => logger, debug: () => logger, error: () => logger, warn: (...m: unknown[]) => (warnings.push(m.join(' ')), logger) };
    const vega = compile(chart(buildRateModel(cube, { lang: 'nb', highlight: 'hfs-unn' }), ctx('nb')), { logger } as never).spec;
    expect(vega.scales!.find((s) => s.name === 'y')!.domain).toEqual({ data: 'source_0', field: 'label', sort: { op: 'min', field: 'order' } });
    expect(warnings.filter((w) => /sort/i.test(w))).toEqual([]);
  });

  it('uses the element language for number formats, never a global locale', () => {
    const spec = chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb')) as { config: { locale: { number: { decimal: string } } } };
    expect(spec.config.locale.number.decimal).toBe(',');
    const en = chart(buildRateModel(cube, { lang: 'en' }), ctx('en')) as { config: { locale: { number: { decimal: string } } } };
    expect(en.config.locale.number.decimal).toBe('.');
  });
});

describe('a file from another publisher', () => {
  /** SSB-shaped, no role.geo: Nordland suppressed, a percent unit with its symbol, no decimals given. */
  const foreign = readJsonStat({
    version: '2.0',
    class: 'dataset',
    label: 'Andel',
    id: ['Region', 'Kjonn', 'ContentsCode', 'Tid'],
    size: [3, 2, 1, 1],
    role: { time: ['Tid'], metric: ['ContentsCode'] },
    dimension: {
      Region: { label: 'region', category: { index: ['0', '18', '50'], label: { '0': 'Hele landet', '18': 'Nordland', '50': 'Trøndelag' } } },
      Kjonn: { label: 'kjønn', category: { index: ['1', '0'], label: { '1': 'Menn', '0': 'Begge kjønn' } } },
      ContentsCode: { label: 'statistikkvariabel', category: { index: ['Andel'], label: { Andel: 'Andel' }, unit: { Andel: { label: 'prosent', symbol: '%', position: 'end' } } } },
      Tid: { label: 'år', category: { index: ['2023'] } },
    },
    value: [28.3, 28.25, null, null, 30.1, 29],
    status: { '2': ':', '3': ':' },
  });

  it('writes values with the unit symbol and the decimals the numbers have, fixes sex to its total and names it', () => {
    const m = buildRateModel(foreign, { lang: 'nb', highlight: '50' });
    expect(m.reference?.display).toBe('28,25\u00a0%');
    expect(m.slice.map((c) => [c.label, c.valueLabel])).toEqual([['kjønn', 'Begge kjønn']]);
    expect(rateSummary(m, 'nb')).toBe('Trøndelag: 29,00\u00a0%. Landet: 28,25\u00a0%. Utvalg: kjønn: Begge kjønn.');
  });

  it('says a suppressed highlighted value in words, and marks its row with the symbol', () => {
    const m = buildRateModel(foreign, { lang: 'nb', highlight: '18' });
    expect(rateSummary(m, 'nb')).toBe('Nordland: tallet vises ikke av personvernhensyn. Landet: 28,25\u00a0%. Utvalg: kjønn: Begge kjønn.');
    expect(rateSummary(buildRateModel(foreign, { lang: 'en', highlight: '18' }), 'en')).toContain('Nordland: the number is not shown, for privacy.');
    const row = barValues(chart(m, ctx('nb'))).find((v) => v.label === 'Nordland')!;
    expect(row).toMatchObject({ value: null, at: 0, end: ': ◀ valgt', display: ': (tallet vises ikke av personvernhensyn)' });
  });

  it('takes another category from filter, and another reference from reference', () => {
    const m = buildRateModel(foreign, { lang: 'nb', filter: 'kjønn=Menn', reference: '50' });
    expect(m.slice[0]!.valueLabel).toBe('Menn');
    expect(m.referenceName).toBe('Trøndelag');
    expect(m.bars.map((b) => b.label)).toEqual(['Hele landet', 'Nordland']);
    expect(() => buildRateModel(foreign, { lang: 'nb', filter: 'alder=0-9' })).toThrow(expect.objectContaining({ code: 'unknown-option', params: expect.objectContaining({ name: 'filter', accepted: 'Kjonn' }) }));
  });
});

describe('the table of a file with a unit symbol', () => {
  it('names the symbol in the value column, so the CSV of plain numbers keeps it', () => {
    const gsp = readCube('test/fixtures/real/jsonstat-org-us-gsp.json');
    const m = buildRateModel(gsp, { lang: 'en' });
    expect(rateTable(gsp, m, 'en', gsp.label).columns[1]!.label).toBe('million ($)');
    expect(m.bars.find((b) => b.label === 'California')!.display).toBe('$2,080,600');
  });
});

describe('Eurostat files', () => {
  const read = (f: string) => readCube(`test/fixtures/real/${f}`);

  it('counts decimals over the numbers shown: a population beside rates in one measure is written whole', () => {
    const m = buildRateModel(read('eurostat-demo-gind.json'), { lang: 'nb' });
    expect(m.reference).toMatchObject({ id: 'EU27_2020', display: '449\u00a0206\u00a0579' });
  });

  it('says why when no area has a figure', () => {
    const m = buildRateModel(read('eurostat-sts-inpr-m-ie-confidential-status-only.json'), { lang: 'nb' });
    expect(rateSummary(m, 'nb')).toMatch(/^Ingen av områdene har tall: tallet vises ikke av personvernhensyn\./);
  });
});
