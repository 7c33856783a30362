// Curated membership: kommune -> helsefellesskap (IS-3047 Vedleggstabell 2, plus 2024 numbers).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(root, 'data-contracts', p), 'utf8'));

const hfs = read('codelists/helsefellesskap.json');
const groups = read('codelists/grupper-is3047.json');
const rhf = read('codelists/rhf.json');
const fylker2020 = read('codelists/fylker-2020.json');
const fylker2024 = read('codelists/fylker-2024.json');
const dataset = read('datasets/pasientrate-2019.json');

const hfsIds: string[] = hfs.category.index.filter((id: string) => hfs.extension.hi.level[id] === 'helsefellesskap');
const child: Record<string, string[]> = hfs.category.child;

/** kommune number -> helsefellesskap ids it is listed under */
const memberOf = new Map<string, string[]>();
for (const h of hfsIds) for (const k of child[h]) memberOf.set(k, [...(memberOf.get(k) ?? []), h]);

describe('helsefellesskap.json', () => {
  it('has the 19 helsefellesskap in the report order', () => {
    expect(hfsIds).toEqual([
      'hfs-ostfold', 'hfs-akershus', 'hfs-oslo', 'hfs-innlandet', 'hfs-vestre-viken', 'hfs-vestfold',
      'hfs-telemark', 'hfs-sorlandet', 'hfs-stavanger', 'hfs-fonna', 'hfs-bergen', 'hfs-forde',
      'hfs-more-og-romsdal', 'hfs-st-olavs', 'hfs-nord-trondelag', 'hfs-helgeland', 'hfs-nordland',
      'hfs-unn', 'hfs-finnmark',
    ]);
    expect(Object.keys(child).sort()).toEqual([...hfsIds].sort());
  });

  it('keeps the report labels, with the mojibake fixed', () => {
    expect(hfs.category.label['hfs-unn']).toBe('UNN-området');
    expect(hfs.category.label['hfs-akershus']).toBe('Akershus univ.sh.');
    expect(hfs.category.label['hfs-st-olavs']).toBe('St.Olavs-området');
    expect(hfs.category.label['1870']).toBe('Sortland - Suortá');
    expect(JSON.stringify(hfs.category.label)).not.toContain('Ã');
  });

  it('puts every kommune in exactly one helsefellesskap', () => {
    const kommuner = hfs.category.index.filter((id: string) => hfs.extension.hi.level[id] === 'kommune');
    for (const k of kommuner) expect(memberOf.get(k), k).toHaveLength(1);
    for (const k of memberOf.keys()) expect(kommuner).toContain(k);
    // 356 kommuner of 2020 + 115 numbers new on 1 January 2024
    expect(memberOf.size).toBe(471);
  });

  it('gives Tromsø both numbers, 5401 (2020–2023) and 5501 (2024–), in hfs-unn', () => {
    expect(memberOf.get('5401')).toEqual(['hfs-unn']);
    expect(memberOf.get('5501')).toEqual(['hfs-unn']);
    expect(hfs.category.label['5501']).toBe('Tromsø');
    expect(hfs.extension.hi.validity['5401']).toMatchObject({ from: '2020', to: '2023', replacedBy: '5501' });
    expect(hfs.extension.hi.validity['5501']).toMatchObject({ from: '2024', replaces: '5401' });
  });

  it('keeps membership across the 2024 renumbering (validity pairs share a helsefellesskap)', () => {
    const validity: Record<string, { replacedBy?: string | string[] }> = hfs.extension.hi.validity;
    for (const [old, v] of Object.entries(validity)) {
      if (!v.replacedBy) continue;
      for (const n of ([] as string[]).concat(v.replacedBy)) expect(memberOf.get(n), `${old}->${n}`).toEqual(memberOf.get(old));
    }
    expect(memberOf.get('3001')).toEqual(['hfs-ostfold']);
    expect(memberOf.get('3101')).toEqual(['hfs-ostfold']);
    expect(memberOf.get('1508')).toEqual(['hfs-more-og-romsdal']);
    expect(memberOf.get('1580')).toEqual(['hfs-more-og-romsdal']);
  });

  it('does not follow county borders (curated, not derived from the number)', () => {
    expect(memberOf.get('3401')).toEqual(['hfs-akershus']); // Kongsvinger, fylke 34 Innlandet
    expect(memberOf.get('3054')).toEqual(['hfs-innlandet']); // Lunner, fylke 30 Viken
    expect(memberOf.get('1806')).toEqual(['hfs-unn']); // Narvik, fylke 18 Nordland
    expect(memberOf.get('0301')).toEqual(['hfs-oslo']);
  });

  it('maps every helsefellesskap to an RHF that lists it', () => {
    const map: Record<string, string> = hfs.extension.hi.rhf;
    expect(Object.keys(map).sort()).toEqual([...hfsIds].sort());
    for (const [h, r] of Object.entries(map)) expect(rhf.category.child[r]).toContain(h);
    expect(map['hfs-unn']).toBe('helse-nord');
  });
});

describe('rhf.json and fylker', () => {
  it('has 4 RHF covering the 19 helsefellesskap once', () => {
    expect(Object.keys(rhf.category.child)).toEqual(['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord']);
    const all = Object.values<string[]>(rhf.category.child).flat();
    expect(all.sort()).toEqual([...hfsIds].sort());
  });

  it('has 11 fylker in 2020 and 15 in 2024, each kommune in the fylke of its first two digits', () => {
    for (const [list, n, k] of [[fylker2020, 11, 356], [fylker2024, 15, 357]] as const) {
      const ch: Record<string, string[]> = list.category.child;
      expect(Object.keys(ch)).toHaveLength(n);
      const ks = Object.entries(ch).flatMap(([f, kids]) => kids.map((x) => [f, x]));
      expect(ks).toHaveLength(k);
      for (const [f, x] of ks) expect(x.slice(0, 2)).toBe(f);
    }
    expect(fylker2024.category.child['55']).toContain('5501');
    expect(fylker2020.category.child['54']).toContain('5401');
  });

  it('covers every kommune number of the helsefellesskap list in one of the fylke lists', () => {
    const known = new Set([...Object.values<string[]>(fylker2020.category.child).flat(), ...Object.values<string[]>(fylker2024.category.child).flat()]);
    for (const k of memberOf.keys()) expect(known.has(k), k).toBe(true);
  });
});

describe('grupper-is3047.json', () => {
  const gch: Record<string, string[]> = groups.category.child;
  const ghfs: Record<string, string> = groups.extension.hi.helsefellesskap;

  it('has the 19 group rows of Vedleggstabell 1', () => {
    expect(Object.keys(gch)).toHaveLength(19);
    expect(Object.keys(ghfs).sort()).toEqual(Object.keys(gch).sort());
  });

  it('has members that belong to the same helsefellesskap as the group', () => {
    for (const [g, members] of Object.entries(gch)) {
      expect(members.length, g).toBeGreaterThan(0);
      for (const m of members) {
        const kommune = m.length === 6 ? m.slice(0, 4) : m; // bydel 0301xx -> kommune 0301
        expect(memberOf.get(kommune), `${g}: ${m}`).toEqual([ghfs[g]]);
      }
    }
  });

  it('has the Oslo bydel groups with 6-digit bydel codes', () => {
    expect(gch['grp-oslo-lovisenberg']).toEqual(['030101', '030102', '030104']);
    expect(gch['grp-oslo-akershus']).toEqual(['030110', '030111', '030112']);
    expect(ghfs['grp-oslo-akershus']).toBe('hfs-oslo');
    const all = ['grp-oslo-lovisenberg', 'grp-oslo-diakonhjemmet', 'grp-oslo-ous', 'grp-oslo-akershus'].flatMap((g) => gch[g]);
    expect(new Set(all).size).toBe(18);
  });
});

describe('pasientrate-2019.json against the code lists', () => {
  const region = dataset.dimension.region;
  const level: Record<string, string> = region.extension.hi.level;
  const dchild: Record<string, string[]> = region.category.child;

  it('uses the helsefellesskap ids of the code list', () => {
    const ids = region.category.index.filter((id: string) => level[id] === 'helsefellesskap');
    expect(ids).toEqual(hfsIds);
    for (const id of ids) expect(region.category.label[id]).toBe(hfs.category.label[id]);
  });

  it('lists every kommune row under the helsefellesskap it belongs to in the code list', () => {
    let n = 0;
    for (const [h, rows] of Object.entries(dchild)) {
      for (const r of rows) {
        if (level[r] === 'kommune') {
          n++;
          expect(memberOf.get(r), r).toEqual([h]);
        } else {
          expect(level[r]).toBe('gruppe');
          expect(ghfsOf(r), r).toBe(h);
        }
      }
    }
    expect(n).toBe(278);
  });

  function ghfsOf(g: string): string | undefined {
    return groups.extension.hi.helsefellesskap[g];
  }

  it('covers each helsefellesskap completely: kommune rows plus group members = Vedleggstabell 2', () => {
    for (const h of hfsIds) {
      const rows = dchild[h];
      const covered = rows.flatMap((r) => (level[r] === 'kommune' ? [r] : groups.category.child[r].map((m: string) => (m.length === 6 ? m.slice(0, 4) : m))));
      const v2 = child[h].filter((k) => !(hfs.extension.hi.validity[k]?.from === '2024'));
      expect([...new Set(covered)].sort(), h).toEqual([...v2].sort());
    }
  });
});
