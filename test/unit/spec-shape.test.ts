import { describe, expect, it, vi } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { buildRateModel } from '../../src/elements/hf-pasientrate/model.js';
import { chart } from '../../src/elements/hf-pasientrate/spec.js';
import { splitSpec } from '../../src/chart/spec-shape.js';
import { ctx, readCube } from './helpers.js';

const cube = readCube('data-contracts/datasets/pasientrate-2019.json');
const spec = (highlight: string) => chart(buildRateModel(cube, { lang: 'nb', highlight }), ctx('nb'));
const text = { title: 'Pasientrate', subtitle: '', source: 'Kilde: IS-3047' };

describe('splitting a spec into shape and data', () => {
  it('gives charts of other kommuner the same shape, and keeps what differs apart', () => {
    const unn = splitSpec(spec('hfs-unn'));
    const bergen = splitSpec(spec('hfs-bergen'));
    expect(unn.key).toBe(bergen.key);
    expect(unn.key).not.toContain('UNN-området');
    expect(unn.description).toBe('Liggende stolpediagram med 19 stolper. Verdiaksen, per 10 000 innbyggere, starter på 0; stolpene går fra 122 til 230.');
    expect(unn.signals).toContainEqual(['highlighted', ['UNN-området']]);
    const rows = unn.datasets[0]![1] as Array<{ label: string; highlight: boolean }>;
    expect(rows.find((r) => r.highlight)?.label).toBe('UNN-området');
  });

  it('names one source per array, so layers that shared rows still share them', () => {
    const { shape, datasets } = splitSpec(spec('hfs-unn'));
    const layers = (shape as unknown as { layer: Array<{ data?: { name: string } }> }).layer;
    expect(datasets.map(([name]) => name)).toEqual(['values_0', 'values_1']);
    expect(layers.map((l) => l.data?.name)).toEqual([undefined, undefined, 'values_1', 'values_1']);
  });

  it('gives another shape when the chart itself differs', () => {
    const narrow = chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb', 320));
    expect(splitSpec(narrow).key).not.toBe(splitSpec(spec('hfs-unn')).key);
    // Texts, colours and the locale are not the shape: English and Norwegian charts share it.
    expect(splitSpec(chart(buildRateModel(cube, { lang: 'en' }), ctx('en'))).key).toBe(splitSpec(chart(buildRateModel(cube, { lang: 'nb' }), ctx('nb'))).key);
  });
});

describe('drawing charts that share a shape', () => {
  async function freshSvg(s: TopLevelSpec): Promise<string> {
    vi.resetModules();
    const { renderImage } = await import('../../src/chart/vega-runtime.js');
    return renderImage(s, 'svg', text);
  }

  it('draws each chart from its own data, exactly as a chart drawn alone', async () => {
    const alone = await freshSvg(spec('hfs-bergen'));
    vi.resetModules();
    const { renderImage } = await import('../../src/chart/vega-runtime.js');
    await renderImage(spec('hfs-unn'), 'svg', text);
    const after = await renderImage(spec('hfs-bergen'), 'svg', text);
    const again = await renderImage(spec('hfs-unn'), 'svg', text);
    expect(after === alone).toBe(true);
    expect(after).toContain('178 ◀ valgt');
    // The bold axis label follows the chart's own highlighted unit, not the first chart's.
    const bold = (svg: string) => [...svg.matchAll(/font-weight="bold"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(bold(after)).toContain('Helse Bergen-område…');
    expect(bold(after)).not.toContain('UNN-området');
    expect(bold(again)).toContain('UNN-området');
    expect(bold(again)).toContain('149 ◀ valgt');
  });
});

describe('the compile cache', () => {
  it('compiles a shape once however many charts of it are drawn, and again for another shape', async () => {
    vi.resetModules();
    const vegaLite = await import('vega-lite');
    const compile = vi.fn(vegaLite.compile);
    vi.doMock('vega-lite', () => ({ ...vegaLite, compile }));
    try {
      const { renderImage } = await import('../../src/chart/vega-runtime.js');
      for (const hfs of ['hfs-unn', 'hfs-bergen', 'hfs-oslo']) await renderImage(spec(hfs), 'svg', text);
      expect(compile).toHaveBeenCalledTimes(1);
      await renderImage(chart(buildRateModel(cube, { lang: 'en' }), ctx('en', 320)), 'svg', text);
      expect(compile).toHaveBeenCalledTimes(2);
    } finally {
      vi.doUnmock('vega-lite');
    }
  });
});
