/**
 * A chart drawn from a shape (compiled by the build, its expressions written as functions, or on the
 * page) with its slots, parameters, width and locale filled in is the very chart its plain Vega-Lite
 * spec draws: the same SVG, byte for byte, for every chart kind, at a narrow and a wide width and in
 * nb, nn and en.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { View } from 'vega-view';
import { expressionInterpreter } from 'vega-interpreter';
import { readJsonStat } from '../../src/data/jsonstat.js';
import { chartOffScreen, COMPILED_ON_PAGE, tooltipsOf } from '../../src/chart/vega-runtime.js';
import { writtenExpressions } from '../../src/chart/expressions.js';
import { compileShape } from '../../src/chart/compiler.js';
import { plainSpec, shapeId, splitSpec } from '../../src/chart/spec-shape.js';
import { slottedTheme, type ChartContext } from '../../src/chart/theme.js';
import type { Lang } from '../../src/format/number.js';
import { buildRateModel } from '../../src/elements/hf-pasientrate/model.js';
import { chart as rateChart } from '../../src/elements/hf-pasientrate/spec.js';
import { buildProjectionModel } from '../../src/elements/framskriving-chart/model.js';
import { chart as projectionChart } from '../../src/elements/framskriving-chart/spec.js';
import { buildArsverkModel, comparisonChart, seriesChart } from '../../src/elements/arsverk-tabell/model.js';
import { chart as arsverkChart } from '../../src/elements/arsverk-tabell/spec.js';
import { buildTrendModel } from '../../src/elements/hf-utvikling/model.js';
import { chart as trendChart } from '../../src/elements/hf-utvikling/spec.js';
import { theme, readCube } from './helpers.js';
import { shapeModule, writeExpressions } from '../../scripts/shape-module.mjs';

/**
 * The build's shapes, as the build writes them, for every chart here: each spec's shape is compiled
 * and written as the build does (scripts/shape-module.mjs) before it is drawn, so every chart below
 * runs written expressions, not only those whose shape the demo happens to have.
 */
const built = vi.hoisted(() => new Map<string, () => Promise<unknown>>());
vi.mock('../../src/chart/compiled/index.js', () => ({ COMPILED: new Proxy({}, { get: (_, id: string) => built.get(id) }) }));
const written: string[] = [];
function build(spec: TopLevelSpec): void {
  const { key, shape } = splitSpec(spec);
  const id = shapeId(key);
  if (built.has(id)) return;
  const source = shapeModule(compileShape(shape).runtime, id) as string;
  written.push(source);
  // The module's text, run as the bundle would run it.
  const url = `data:text/javascript;base64,${Buffer.from(source.replace(/^\/\/.*\n/, '')).toString('base64')}`;
  built.set(id, () => import(/* @vite-ignore */ url));
}

const rates = readCube('data-contracts/datasets/pasientrate-2019.json');
const projections = readCube('data-contracts/datasets/framskriving-dogn-poliklinikk.json');
const arsverk = readCube('data-contracts/datasets/arsverk-2023.json');
const serie = readCube('data-contracts/datasets/arsverk-serie.json');
const tabell41 = readCube('data-contracts/datasets/arsverk-malgruppe-2016-2022.json');
const ssb = readCube('test/fixtures/real/ssb-07221-boligpris-json-stat2.json');
/** Hostile texts where a spec puts them inside an expression: period labels, a unit's symbol. */
const HOSTILE = 'a "quote" \\ and \\" and </text>';
const hostile = readJsonStat({
  version: '2.0', class: 'dataset', label: 'Test', source: 'Test', updated: '2024-01-01',
  id: ['region', 'tid', 'mål'], size: [2, 3, 1], role: { geo: ['region'], time: ['tid'], metric: ['mål'] },
  dimension: {
    region: { category: { index: ['0', '18'], label: { '0': 'Hele landet', '18': 'Nordland' } } },
    tid: { category: { index: ['p1', 'p2', 'p3'], label: { p1: `${HOSTILE} 1`, p2: `${HOSTILE} 2`, p3: `${HOSTILE} 3` } } },
    mål: { category: { index: ['andel'], label: { andel: 'Andel' }, unit: { andel: { label: 'prosent', symbol: HOSTILE, position: 'end', decimals: 1 } } } },
  },
  value: [50, 52, 54, 48, 49, 51],
});

/** The plain spec drawn the way every chart was drawn before shapes: compiled and parsed as it is. */
async function plainChart(spec: TopLevelSpec): Promise<{ svg: string; tooltips: unknown[] }> {
  const v = new View(compileShape(plainSpec(spec)).runtime, { expr: expressionInterpreter, renderer: 'none' } as ConstructorParameters<typeof View>[1]);
  try {
    await v.runAsync();
    return { svg: await v.toSVG(), tooltips: tooltipsOf(v) };
  } finally {
    v.finalize();
  }
}

const charts: Array<[string, (ctx: ChartContext) => TopLevelSpec]> = [
  ['hf-pasientrate', (c) => rateChart(buildRateModel(rates, { lang: c.lang, highlight: 'hfs-unn' }), c)],
  ['hf-pasientrate drilled down', (c) => rateChart(buildRateModel(rates, { lang: c.lang, highlight: '5401', drill: 'hfs-unn' }), c)],
  ['framskriving-chart trend', (c) => projectionChart(buildProjectionModel(projections, { lang: c.lang, geo: 'helse-nord', variant: 'trend' }), c)],
  ['framskriving-chart steps, three services', (c) => projectionChart(buildProjectionModel(projections, { lang: c.lang, geo: '0', variant: 'steps' }), c)],
  ['arsverk-tabell bars', (c) => arsverkChart({ bars: comparisonChart(buildArsverkModel(arsverk, { lang: c.lang, gruppe: 'alle', kommune: '1804', sizeGroupOf: () => undefined }), c.lang) }, c)],
  ['arsverk-tabell series', (c) => arsverkChart({ line: seriesChart(serie, buildArsverkModel(arsverk, { lang: c.lang, gruppe: 'alle', sizeGroupOf: () => undefined }), c.lang) }, c)],
  ['hf-utvikling', (c) => trendChart(buildTrendModel(tabell41, { lang: c.lang }), c)],
  ['hf-utvikling, SSB 07221', (c) => trendChart(buildTrendModel(ssb, { lang: c.lang }), c)],
  ['hf-utvikling, periods named with quotes and backslashes', (c) => trendChart(buildTrendModel(hostile, { lang: c.lang }), c)],
  ['hf-pasientrate, a unit symbol with quotes and backslashes', (c) => rateChart(buildRateModel(hostile, { lang: c.lang, highlight: '18' }), c)],
];

describe('a chart drawn from its shape', () => {
  for (const [name, draw] of charts) {
    it(`${name}: the same SVG and tooltips as its plain spec, at 320 and 1000 px, in nb, nn and en`, async () => {
      for (const lang of ['nb', 'nn', 'en'] as Lang[]) {
        for (const width of [320, 1000]) {
          const spec = draw({ theme: slottedTheme(theme), lang, width });
          build(spec);
          const { svg, tooltips } = await chartOffScreen(spec);
          const plain = await plainChart(spec);
          expect(svg.length).toBeGreaterThan(1000);
          expect(svg).not.toMatch(/[\uE000\uE001]/);
          expect(svg === plain.svg, `${lang} ${width}`).toBe(true);
          // Tooltips are not in the SVG; their titles are the slots written as object keys.
          expect(tooltips.length).toBeGreaterThan(0);
          expect(JSON.stringify(tooltips)).not.toMatch(/[\uE000\uE001]/);
          expect(tooltips).toEqual(plain.tooltips);
          // Drawn from the written module: nothing compiled on the page, no slot's text in a function.
          expect(performance.getEntriesByName(COMPILED_ON_PAGE)).toHaveLength(0);
          if (name.includes('quotes')) expect(svg).toContain('a &quot;quote&quot; \\ and \\&quot; and &lt;/text&gt;');
        }
      }
    });
  }

  it('writes no text of a chart into the functions of its shape', () => {
    expect(written.length).toBeGreaterThan(10);
    for (const source of written) {
      const functions = source.slice(source.indexOf('export function expressions'));
      expect(functions).toContain('S[');
      expect(functions).not.toMatch(/[\uE000\uE001]/);
      for (const text of ['Hele landet', 'quote', 'Nordland', 'prosent']) expect(source).not.toContain(text);
    }
  });

  it('stops the build on a slot that is not a whole string of an expression', () => {
    const slot = (n: number) => `\uE000${n}\uE001`;
    const written = (code: string, value: string) => () => writeExpressions({ update: { code, ast: { type: 'Literal', value } } }, 'test');
    expect(written(`"${slot(0)}"`, slot(0))).not.toThrow();
    expect(written(`'x"${slot(0)}"y'`, `x"${slot(0)}"y`)).toThrow(/not a whole string/);
    expect(written(`'${slot(0)}'`, slot(0))).toThrow(/not a whole string/);
    expect(written('"\\ue0000\\ue001"', slot(0))).toThrow(/not a whole string/);
  });

  it('calls each written expression with what Vega gives it, its functions as this', () => {
    const functions = { twice: (x: number) => 2 * x };
    const seen: unknown[][] = [];
    const expr = writtenExpressions([
      function (this: unknown, ...args: unknown[]) {
        seen.push([this === functions, ...args]);
        return (this as typeof functions).twice(1);
      },
    ]);
    const ctx = { functions };
    const params = { p: 1 };
    const event = { item: { datum: { d: 1 } } };
    expect(expr.operator(ctx, { code: 0 })(params)).toBe(2);
    expr.parameter(ctx, { code: 0 })('datum', params);
    expr.event(ctx, { code: 0 })(event);
    expr.handler(ctx, { code: 0 })(params, event);
    expr.encode(ctx, { code: 0 })('item', params);
    expect(seen).toEqual([
      [true, undefined, params],
      [true, 'datum', params],
      [true, undefined, undefined, event],
      [true, event.item.datum, params, event],
      [true, 'item', params],
    ]);
    expect(() => expr.operator(ctx, { code: 1 })).toThrow(/no expression 1/);
  });

  it('shares one shape between languages, widths of one kind, colours and areas', () => {
    const key = (lang: Lang, width: number, highlight: string, bar: string) => splitSpec(rateChart(buildRateModel(rates, { lang, highlight }), { theme: slottedTheme({ ...theme, bar }), lang, width })).key;
    expect(new Set([key('nb', 640, 'hfs-unn', '#123456'), key('en', 1000, 'hfs-bergen', '#fedcba'), key('nn', 500, 'hfs-unn', 'red')]).size).toBe(1);
    // In a narrow column the names stand above the bars: another shape.
    expect(key('nb', 320, 'hfs-unn', 'red')).not.toBe(key('nb', 640, 'hfs-unn', 'red'));
  });
});
