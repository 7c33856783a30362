import { describe, expect, it } from 'vitest';
import { plainSpec } from '../../src/chart/spec-shape.js';
import { buildProjectionModel, projectionSummary } from '../../src/elements/framskriving-chart/model.js';
import { chart, trendSpec } from '../../src/elements/framskriving-chart/spec.js';
import { ctx, readCube } from './helpers.js';

const cube = readCube('data-contracts/datasets/framskriving-dogn-poliklinikk.json');
type Layer = { data?: { values: Array<Record<string, unknown>> }; mark?: { type: string }; encoding: Record<string, any>; layer?: Layer[] };
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the projection model and specs', () => {
  it('summarises the change in numbers and percent, and puts it in the tooltip of projected points', () => {
    const m = buildProjectionModel(cube, { lang: 'nb', geo: '0', variant: 'trend' });
    expect(nb(projectionSummary(m, 'nb'))).toBe('Norge, Alle tjenesteområder. Liggedøgn: 1 646 582 i 2021, 1 763 914 i 2040 (+7,1 %).');
    const layers = (trendSpec(m, ctx()) as unknown as { layer: Layer[] }).layer;
    const points = layers.find((l) => l.mark?.type === 'point')!;
    expect(points.data!.values.map((v) => nb(String(v.change)))).toEqual(['', '+117 332 (+7,1 %)']);
    expect(points.encoding.tooltip.map((t: { field: string }) => t.field)).toContain('change');
  });

  it('draws observed solid and projected dashed, joined at the base year, with no interpolation', () => {
    const m = buildProjectionModel(cube, { lang: 'nb', geo: '0', variant: 'trend' });
    const line = (trendSpec(m, ctx()) as unknown as { layer: Layer[] }).layer.find((l) => l.mark?.type === 'line')!;
    expect(line.mark).toMatchObject({ interpolate: 'linear' });
    expect(line.data!.values.map((v) => `${v.year}:${v.kind}`)).toEqual(['2021:Faktisk', '2021:Framskrevet', '2040:Framskrevet']);
    expect(line.encoding.strokeDash.scale.range).toEqual([[1, 0], [7, 5]]);
  });

  it('draws an uncertainty band when the file has interval categories', () => {
    const m = buildProjectionModel(cube, { lang: 'nb', geo: '0', variant: 'trend' });
    const withBand = { ...m, series: m.series.map((s) => ({ ...s, points: s.points.map((p) => (p.projected ? { ...p, lower: p.value * 0.95, upper: p.value * 1.05 } : p)) })) };
    const layers = (trendSpec(withBand, ctx()) as unknown as { layer: Layer[] }).layer;
    const band = layers.find((l) => l.mark?.type === 'area')!;
    expect(band.encoding.y.field).toBe('lower');
    expect(band.encoding.y2.field).toBe('upper');
    expect(layers.find((l) => l.mark?.type === 'area' && l !== band)).toBeUndefined();
  });

  it('steps: base, each component with its signed change, the projected value; several services as small multiples', () => {
    const m = buildProjectionModel(cube, { lang: 'nb', geo: '0', variant: 'steps' });
    expect(m.steps.map((s) => [s.label, nb(s.text)])).toEqual([
      ['Liggedøgn 2021', '1 646 582'],
      ['Demografi', '+79 805'],
      ['Kvalitet', '+123 644'],
      ['Omstilling', '-86 116'],
      ['Liggedøgn 2040', '1 763 914'],
    ]);
    const multi = buildProjectionModel(cube, { lang: 'nb', geo: '0', variant: 'steps', services: 'bup tsb' });
    const spec = plainSpec(chart(multi, ctx())) as unknown as { facet: { field: string; sort: string[] } };
    expect(spec.facet).toMatchObject({ field: 'group', sort: ['BUP', 'TSB'] });
  });

  it('selects Helse Nord TSB: 28 269 to 29 096', () => {
    const m = buildProjectionModel(cube, { lang: 'en', geo: 'helse-nord', services: 'tsb', variant: 'trend' });
    expect(projectionSummary(m, 'en')).toBe('Helse Nord RHF, TSB. Liggedøgn: 28,269 in 2021, 29,096 in 2040 (+2.9%).');
  });
});
