// Spot checks of IS-3047 Vedleggstabell 1 (numbers as printed in the report).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ds = JSON.parse(readFileSync(join(root, 'data-contracts/datasets/pasientrate-2019.json'), 'utf8'));
const region = ds.dimension.region;
const index: string[] = region.category.index;
const level: Record<string, string> = region.extension.hi.level;
// tid and maal have one category each, so the flat index is the region position.
const value = (id: string) => {
  const i = index.indexOf(id);
  if (i < 0) throw new Error(`no region ${id}`);
  return ds.value[i];
};

describe('pasientrate-2019.json', () => {
  it('has the printed values', () => {
    expect(value('0')).toBe(162);
    expect(value('hfs-ostfold')).toBe(122);
    expect(value('hfs-finnmark')).toBe(230);
    expect(value('hfs-unn')).toBe(149);
    expect(value('4611')).toBe(54); // Etne, lowest row
    expect(value('5437')).toBe(390); // Karasjok, highest row
    expect(value('grp-aremark-marker')).toBe(91);
    expect(value('grp-oslo-akershus')).toBe(191);
  });

  it('has 317 geo categories: Norge, 19 helsefellesskap and 297 rows below them', () => {
    expect(index).toHaveLength(317);
    expect(ds.size).toEqual([317, 1, 1]);
    expect(ds.value).toHaveLength(317);
    expect(index.filter((id) => level[id] === 'helsefellesskap')).toHaveLength(19);
    const below = Object.values<string[]>(region.category.child).flat();
    expect(below).toHaveLength(297);
    expect(new Set(below).size).toBe(297);
    expect(below.filter((id) => level[id] === 'kommune')).toHaveLength(278);
    expect(below.filter((id) => level[id] === 'gruppe')).toHaveLength(19);
  });

  it('is in the report order: Norge, then each helsefellesskap followed by its rows', () => {
    const expected = ['0'];
    for (const [h, rows] of Object.entries<string[]>(region.category.child)) expected.push(h, ...rows);
    expect(index).toEqual(expected);
    expect(index.slice(0, 4)).toEqual(['0', 'hfs-ostfold', '3001', '3002']);
  });

  it('has the rows 54 (min) and 390 (max) below helsefellesskap level', () => {
    const below = Object.values<string[]>(region.category.child).flat().map(value);
    expect(Math.min(...below)).toBe(54);
    expect(Math.max(...below)).toBe(390);
  });

  it('declares units, reference and geography', () => {
    expect(ds.role).toEqual({ geo: ['region'], time: ['tid'], metric: ['maal'] });
    expect(ds.dimension.maal.category.unit.rate).toEqual({ label: 'per 10 000 innbyggere', decimals: 0 });
    expect(ds.dimension.tid.category.index).toEqual(['2019']);
    expect(ds.extension.hi.reference).toBe('0');
    expect(ds.extension.hi.geography).toEqual({ version: '2020', codelist: 'helsefellesskap' });
    expect(ds.updated).toBe('2022-09-01');
    expect(ds.extension.hi.license).toBe('NLOD-2.0');
  });

  it('keeps printed labels, with a note where the report misspells', () => {
    expect(region.category.label['1108']).toBe('Sandenes');
    expect(region.category.note['1108'][0]).toContain('Sandnes');
    expect(region.category.label['hfs-st-olavs']).toBe('St.Olavs-området');
    expect(region.category.label['grp-oslo-akershus']).toBe('Oslo - bydeler Akershus univ.sh.');
  });
});
