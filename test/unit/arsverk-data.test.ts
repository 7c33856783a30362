// Checks the bundled årsverk datasets (SINTEF, «Kommunalt psykisk helse- og rusarbeid 2023»,
// IS-24/8) against the numbers printed in the report.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (rel: string): any => JSON.parse(readFileSync(join(root, rel), 'utf8'));

const ds = load('data-contracts/datasets/arsverk-2023.json');
const serie = load('data-contracts/datasets/arsverk-serie.json');
const tiltak = load('data-contracts/datasets/arsverk-fordeling-tiltak-2023.json');
const utdanning = load('data-contracts/datasets/arsverk-fordeling-utdanning-2023.json');
const kommuner = load('data-contracts/codelists/kommuner-2023.json');

const ids = (d: any, dim: string): string[] => {
  const index = d.dimension[dim].category.index;
  return Array.isArray(index)
    ? index
    : Object.keys(index).sort((a, b) => index[a] - index[b]);
};
const statusOf = (d: any, i: number): string | undefined =>
  Array.isArray(d.status) ? d.status[i] ?? undefined : d.status?.[String(i)];

/** Flat index of a cell given {dimId: categoryId}. */
function flat(d: any, cell: Record<string, string>): number {
  let i = 0;
  d.id.forEach((dim: string, k: number) => {
    const pos = ids(d, dim).indexOf(cell[dim]);
    if (pos < 0) throw new Error(`${dim}=${cell[dim]} finnes ikke`);
    i = i * d.size[k] + pos;
  });
  return i;
}
const get = (d: any, cell: Record<string, string>) => d.value[flat(d, cell)];
const status = (d: any, cell: Record<string, string>) => statusOf(d, flat(d, cell));

const regions = ids(ds, 'region');
const level: Record<string, string> = ds.dimension.region.extension.hi.level;
const cell2023 = (region: string, maal: string) => ({ region, tid: '2023', maal });
const RATES = ['per10000-voksne', 'per10000-barn-og-unge', 'per10000-alle'];

const CARRIED_2022 = ['1856', '3011', '3424', '4219', '4223', '4626', '5006', '5020', '5028', '5034', '5052', '5413'];

describe('arsverk-2023: shape', () => {
  it('is a dense JSON-stat cube with one geo, time and metric dimension', () => {
    expect(ds.version).toBe('2.0');
    expect(ds.class).toBe('dataset');
    expect(ds.value.length).toBe(ds.size.reduce((a: number, b: number) => a * b, 1));
    expect(ds.role).toEqual({ geo: ['region'], time: ['tid'], metric: ['maal'] });
    expect(ids(ds, 'tid')).toEqual(['2023']);
    expect(ds.extension.hi.reference).toBe('0');
    expect(ds.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ds.source).toContain('Kommunalt psykisk helse- og rusarbeid 2023');
  });

  it('has a level for every region and the expected counts', () => {
    for (const r of regions) expect(level[r], r).toBeDefined();
    const count: Record<string, number> = {};
    for (const r of regions) count[level[r]] = (count[level[r]] ?? 0) + 1;
    expect(count).toEqual({
      land: 1,
      fylke: 11,
      storrelsesgruppe: 7,
      hf: 21,
      rhf: 4,
      gruppe: 1,
      kommune: 355,
      bydel: 15,
      annet: 2,
    });
  });

  it('has all 372 Vedlegg B rows (355 kommuner, 15 bydeler, 2 etater)', () => {
    const vb = regions.filter((r) => ['kommune', 'bydel', 'annet'].includes(level[r]));
    expect(vb).toHaveLength(372);
    expect(vb.filter((r) => /^\d{4}$/.test(r))).toHaveLength(355);
    const bydeler = vb.filter((r) => level[r] === 'bydel');
    expect(bydeler).toEqual(Array.from({ length: 15 }, (_, i) => `0301${String(i + 1).padStart(2, '0')}`));
    expect(ds.dimension.region.category.label['030103']).toBe('Sagene');
    expect(ds.dimension.region.category.label['030115']).toBe('Søndre Nordstrand');
    expect(vb.filter((r) => level[r] === 'annet').every((r) => r.startsWith('0301-etat-'))).toBe(true);
  });

  it('ties each fylke to its kommune rows and Oslo to its bydeler and etater', () => {
    const child = ds.dimension.region.category.child;
    expect(child['03']).toHaveLength(17);
    expect(child['46']).toContain('4601');
    const kids = Object.entries(child)
      .filter(([p]) => p !== '0')
      .flatMap(([, k]) => k as string[]);
    expect(new Set(kids).size).toBe(372);
  });

  it('explains every status code it uses', () => {
    const used = new Set(Object.values(ds.status ?? {}));
    for (const code of used) expect(ds.extension.hi.statusCodes[code as string], String(code)).toBeDefined();
    expect(ds.extension.hi.statusCodes.f).toEqual({
      label: 'Tall fra 2022: kommunen svarte ikke for 2023',
      kind: 'previous-period',
    });
  });

  it('gives every metric a unit with decimals', () => {
    for (const m of ids(ds, 'maal')) {
      const u = ds.dimension.maal.category.unit[m];
      expect(Number.isInteger(u.decimals), m).toBe(true);
      expect(u.label.length, m).toBeGreaterThan(0);
    }
  });

  it('quotes the report’s caution against comparing single municipalities', () => {
    expect(ds.note.some((n: string) => n.includes('ikke egnet til å sammenlikne nivå på årsverkene mellom enkeltkommuner'))).toBe(true);
  });
});

describe('arsverk-2023: printed numbers', () => {
  it('Norge: 17 436 årsverk and 32 per 10 000', () => {
    expect(get(ds, cell2023('0', 'arsverk-alle'))).toBe(17436);
    expect(get(ds, cell2023('0', 'per10000-alle'))).toBe(32);
    expect(get(ds, cell2023('0', 'arsverk-voksne'))).toBe(13445);
    expect(get(ds, cell2023('0', 'arsverk-barn-og-unge'))).toBe(3991);
    expect(get(ds, cell2023('0', 'per10000-voksne'))).toBe(31);
    expect(get(ds, cell2023('0', 'per10000-barn-og-unge'))).toBe(36);
    expect(get(ds, cell2023('0', 'befolkning-alle'))).toBe(5488984);
  });

  it('Bergen 4601: 1 075 årsverk and 37 per 10 000', () => {
    expect(get(ds, cell2023('4601', 'arsverk-alle'))).toBe(1075);
    expect(get(ds, cell2023('4601', 'per10000-alle'))).toBe(37);
  });

  // Årsverk and rates are printed as integers. A printed rate r = round(10 000·A/P), where the
  // printed årsverk a differs from the unrounded A by at most 0,5. So
  // |10 000·a/P − r| ≤ 0,5 (rounding of the rate) + 0,5·10 000/P (rounding of årsverk).
  const tolerance = (pop: number) => 0.5 + (0.5 * 10000) / pop;
  const pairs: [string, string, string][] = [
    ['per10000-voksne', 'arsverk-voksne', 'befolkning-voksne'],
    ['per10000-barn-og-unge', 'arsverk-barn-og-unge', 'befolkning-barn-og-unge'],
    ['per10000-alle', 'arsverk-alle', 'befolkning-alle'],
  ];
  for (const lvl of ['land', 'fylke', 'storrelsesgruppe']) {
    it(`recomputes the printed rates for level ${lvl} within rounding`, () => {
      for (const r of regions.filter((x) => level[x] === lvl)) {
        for (const [rate, a, p] of pairs) {
          const pop = get(ds, cell2023(r, p));
          const computed = (get(ds, cell2023(r, a)) / pop) * 10000;
          expect(Math.abs(computed - get(ds, cell2023(r, rate))), `${r} ${rate}`).toBeLessThanOrEqual(tolerance(pop));
        }
      }
    });
  }

  it('never stores 0 where the report has a blank rate (the two Oslo etater)', () => {
    for (const r of regions.filter((x) => level[x] === 'annet')) {
      for (const m of RATES) {
        expect(get(ds, cell2023(r, m)), `${r} ${m}`).toBeNull();
        expect(status(ds, cell2023(r, m)), `${r} ${m}`).toBe('.');
      }
    }
  });

  it('pairs every null with a status', () => {
    ds.value.forEach((v: number | null, i: number) => {
      if (v === null) expect(statusOf(ds, i), `celle ${i}`).toBeDefined();
    });
  });

  it('marks the 12 non-responders carrying 2022 figures with status f, keeping the numbers', () => {
    const fRegions = new Set<string>();
    for (const r of regions) {
      for (const m of ['arsverk-voksne', 'arsverk-barn-og-unge', 'arsverk-alle', ...RATES]) {
        if (status(ds, cell2023(r, m)) === 'f') fRegions.add(r);
      }
    }
    expect([...fRegions].sort()).toEqual(CARRIED_2022);
    for (const r of CARRIED_2022) {
      for (const m of ['arsverk-voksne', 'arsverk-barn-og-unge', 'arsverk-alle', ...RATES]) {
        expect(status(ds, cell2023(r, m)), `${r} ${m}`).toBe('f');
        expect(typeof get(ds, cell2023(r, m)), `${r} ${m}`).toBe('number');
      }
    }
    expect(get(ds, cell2023('1856', 'arsverk-alle'))).toBe(1); // Røst
    expect(get(ds, cell2023('1856', 'per10000-barn-og-unge'))).toBe(70);
  });
});

describe('arsverk-serie', () => {
  it('runs 2007–2023 in order with the 2014/2015 break marked', () => {
    const years = ids(serie, 'tid');
    expect(years[0]).toBe('2007');
    expect(years.at(-1)).toBe('2023');
    expect([...years].sort()).toEqual(years);
    expect(serie.extension.hi.seriesBreaks).toEqual([{ between: ['2014', '2015'], note: expect.any(String) }]);
  });

  it('holds the printed national totals', () => {
    const c = (tid: string, maal: string) => get(serie, { region: '0', tid, maal });
    expect(c('2007', 'arsverk-alle')).toBe(12029);
    expect(c('2015', 'arsverk-alle')).toBe(13131);
    expect(c('2022', 'arsverk-alle')).toBe(17074);
    expect(c('2023', 'arsverk-alle')).toBe(17436);
    expect(c('2023', 'per10000-alle')).toBe(32);
    expect(c('2022', 'per10000-alle')).toBeNull();
    expect(status(serie, { region: '0', tid: '2022', maal: 'per10000-alle' })).toBe('..');
  });
});

describe('arsverk-fordeling', () => {
  it('tiltak: printed 2023 values and totals', () => {
    const c = (t: string, m: string) => get(tiltak, { region: '0', tid: '2023', tiltak: t, maal: m });
    expect(c('voksne-bolig-med-fast-personell', 'arsverk-voksne')).toBe(5485);
    expect(c('barn-helsestasjon-skolehelsetjeneste', 'arsverk-barn-og-unge')).toBe(1905);
    expect(c('totalt', 'arsverk-voksne')).toBe(13445);
    expect(c('totalt', 'arsverk-barn-og-unge')).toBe(3991);
    expect(c('voksne-arbeidstiltak', 'arsverk-barn-og-unge')).toBeNull();
    expect(status(tiltak, { region: '0', tid: '2023', tiltak: 'voksne-arbeidstiltak', maal: 'arsverk-barn-og-unge' })).toBe('.');
  });

  it('utdanning: psychologists subtotal and totals', () => {
    const c = (u: string, m: string) => get(utdanning, { region: '0', tid: '2023', utdanning: u, maal: m });
    expect(c('psykologer-samlet', 'arsverk-voksne')).toBe(239);
    expect(c('psykologer-samlet', 'arsverk-barn-og-unge')).toBe(400);
    expect(c('totalt', 'arsverk-voksne')).toBe(13445);
    expect(utdanning.dimension.utdanning.category.child['psykologer-samlet']).toEqual(['psykologer', 'psykologspesialister']);
  });
});

describe('kommuner-2023 code list', () => {
  const lvl: Record<string, string> = kommuner.extension.hi.level;
  const clIndex = kommuner.category.index;
  const clIds: string[] = Array.isArray(clIndex)
    ? clIndex
    : Object.keys(clIndex).sort((a, b) => clIndex[a] - clIndex[b]);
  const kommuneIds = clIds.filter((k) => lvl[k] === 'kommune');

  it('lists the 356 kommuner of 2023 under their 11 fylker', () => {
    expect(kommuneIds).toHaveLength(356);
    const child: Record<string, string[]> = kommuner.category.child;
    expect(Object.keys(child)).toHaveLength(11);
    expect(Object.values(child).flat().sort()).toEqual([...kommuneIds].sort());
    expect(child['46']).toContain('4601');
  });

  it('puts every kommune except Oslo in one size group, with Tabell 4.1’s counts', () => {
    const groups: Record<string, string[]> = kommuner.extension.hi.groupings.storrelsesgruppe;
    expect(Object.fromEntries(Object.entries(groups).map(([g, m]) => [g, m.length]))).toEqual({
      'str-under-2000': 79,
      'str-2000-5000': 95,
      'str-5000-10000': 71,
      'str-10000-20000': 46,
      'str-20000-50000': 45,
      'str-50000-og-over': 19,
    });
    const all = Object.values(groups).flat();
    expect(new Set(all).size).toBe(355);
    expect(all).not.toContain('0301');
  });

  it('gives the 2024 number where it changed', () => {
    const v = kommuner.extension.hi.validity;
    expect(v['5401'].replacedBy).toBe('5501'); // Tromsø
    expect(v['3001'].replacedBy).toBe('3101'); // Halden
    expect(v['3024'].replacedBy).toBe('3201'); // Bærum
    expect(v['1507'].replacedBy).toEqual(['1508', '1580']); // Ålesund → Ålesund + Haram
    expect(v['4601']).toBeUndefined(); // Bergen kept its number
    expect(Object.keys(v)).toHaveLength(114);
  });
});
