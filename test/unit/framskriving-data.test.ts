import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectionSteps, type ProjectionComponent } from '../../src/data/projection';

type Coord = Record<string, string>;
type CellNote = { cell: Coord; note: string };
type Dataset = {
  id: string[];
  size: number[];
  value: (number | null)[];
  status: Record<string, string>;
  dimension: Record<string, { category: { index: string[]; child?: Record<string, string[]> } }>;
  extension: {
    hi: {
      statusCodes: Record<string, unknown>;
      cellNotes: CellNote[];
      projection: {
        basePeriod: string;
        firstProjectedPeriod: string;
        steps: { measure: string; to: string; components: ProjectionComponent[]; remainder?: unknown }[];
      };
      aggregation: Record<string, { sumOf?: string[] }>;
    };
  };
};

const load = (name: string): Dataset =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../data-contracts/datasets/${name}`, import.meta.url)), 'utf8'),
  ) as Dataset;

const ds = load('framskriving-dogn-poliklinikk.json');

function flatIndex(d: Dataset, c: Coord): number {
  let i = 0;
  d.id.forEach((dim, k) => {
    const pos = d.dimension[dim]!.category.index.indexOf(c[dim]!);
    if (pos < 0) throw new Error(`${dim}=${c[dim]} not in dataset`);
    i = i * d.size[k]! + pos;
  });
  return i;
}
const cell = (d: Dataset, c: Coord) => d.value[flatIndex(d, c)] ?? null;
const sameCell = (a: Coord, b: Coord) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
const hasNote = (d: Dataset, c: Coord, re?: RegExp) =>
  d.extension.hi.cellNotes.some((n) => sameCell(n.cell, c) && (!re || re.test(n.note)));

/** Runs projectionSteps for one region × tjeneste row of a projection step. */
function runRow(region: string, tjeneste: string, measure: string) {
  const step = ds.extension.hi.projection.steps.find((s) => s.measure === measure)!;
  const base = cell(ds, { region, tjeneste, tid: ds.extension.hi.projection.basePeriod, maal: measure });
  const printed = cell(ds, { region, tjeneste, tid: step.to, maal: measure });
  const components = step.components.map((c) => ({
    ...c,
    value: cell(ds, { region, tjeneste, tid: step.to, maal: c.metric }),
  }));
  return { step, base, printed, result: base === null ? null : projectionSteps(base, components, printed) };
}

describe('projectionSteps (pure arithmetic)', () => {
  it('adds levels, changes, skips subsets and reports the mismatch', () => {
    const r = projectionSteps(
      100,
      [
        { metric: 'a', type: 'level', value: 110 },
        { metric: 'b', type: 'change', value: 5 },
        { metric: 'c', type: 'subset', value: 20 },
        { metric: 'd', type: 'change', value: null },
      ],
      116,
    );
    expect(r.steps.map((s) => [s.start, s.end, s.change])).toEqual([[100, 110, 10], [110, 115, 5], [115, 115, 0]]);
    expect(r.steps[2]!.missing).toBe(true);
    expect(r.subsets).toEqual([{ metric: 'c', value: 20 }]);
    expect(r.computedResult).toBe(115);
    expect(r.mismatch).toBe(1);
    expect(projectionSteps(100, [{ metric: 'b', type: 'change', value: 5 }], 105.4).mismatch).toBeNull();
    expect(projectionSteps(100, [], null).mismatch).toBeNull();
  });
});

describe('framskriving-dogn-poliklinikk.json: printed rows', () => {
  it('national liggedøgn: 1 646 582 → 1 726 387, +123 644, −86 116 → 1 763 914', () => {
    const { base, printed, result } = runRow('0', 'alle', 'liggedogn');
    expect(base).toBe(1646582);
    expect(printed).toBe(1763914);
    expect(result!.steps.map((s) => [s.metric, s.start, s.end, s.change])).toEqual([
      ['liggedogn-demografi', 1646582, 1726387, 79805],
      ['liggedogn-kvalitet', 1726387, 1850031, 123644],
      ['liggedogn-omstilling', 1850031, 1763915, -86116],
    ]);
    expect(result!.computedResult).toBe(1763915);
    // 1 763 915 computed vs 1 763 914 printed: off by one (rounding in the report), so flagged.
    expect(result!.mismatch).toBe(-1);
    expect(hasNote(ds, { region: '0', tjeneste: 'alle', tid: '2040', maal: 'liggedogn' }, /rapporten trykker 1 763 914/)).toBe(true);
  });

  it('Helse Nord TSB døgn: 28 269 → 29 096', () => {
    const { base, printed, result } = runRow('helse-nord', 'tsb', 'liggedogn');
    expect(base).toBe(28269);
    expect(printed).toBe(29096);
    expect(result!.steps.map((s) => s.end)).toEqual([27568, 27568 + 2762, 27568 + 2762 - 1235]);
    expect(result!.computedResult).toBe(29095);
    expect(result!.mismatch).toBe(1);
  });

  it('every row whose printed liggedøgn 2040 differs from its parts is flagged and has a cellNote, and vice versa', () => {
    const regions = ds.dimension.region!.category.index;
    const tjenester = ds.dimension.tjeneste!.category.index;
    let rows = 0;
    const flagged = new Set<string>();
    for (const region of regions) for (const tjeneste of tjenester) {
      const { result, printed } = runRow(region, tjeneste, 'liggedogn');
      if (!result || printed === null) continue;
      if (cell(ds, { region, tjeneste, tid: '2040', maal: 'liggedogn-demografi' }) === null) continue;
      rows++;
      const c = { region, tjeneste, tid: '2040', maal: 'liggedogn' };
      const noted = hasNote(ds, c, /^Demografi 2040 \+/);
      expect(noted, `${region}/${tjeneste}`).toBe(result.mismatch !== null);
      if (result.mismatch !== null) flagged.add(`${region}|${tjeneste}`);
    }
    expect(rows).toBeGreaterThan(90);
    // Vice versa: every projection note belongs to a flagged row.
    for (const n of ds.extension.hi.cellNotes.filter((n) => /^Demografi 2040 \+/.test(n.note))) {
      expect(flagged.has(`${n.cell.region}|${n.cell.tjeneste}`), JSON.stringify(n.cell)).toBe(true);
    }
  });

  it('konsultasjoner: the unprinted remainder is declared, "herav digitale" is never added', () => {
    const { step, result } = runRow('0', 'bup', 'konsultasjoner');
    expect(step.remainder).toBeDefined();
    expect(result!.subsets).toEqual([{ metric: 'konsultasjoner-digitale', value: 229595 }]);
    expect(result!.steps.map((s) => s.end)).toEqual([990739, 920615]);
    expect(result!.mismatch).toBe(1023728 - 920615);
  });

  it('components sit in the projected period only; the 2021 component cells are "."', () => {
    const proj = ds.extension.hi.projection;
    expect(proj.basePeriod).toBe('2021');
    expect(proj.firstProjectedPeriod).toBe('2040');
    for (const s of proj.steps) for (const c of s.components) {
      const i = flatIndex(ds, { region: '0', tjeneste: 'bup', tid: '2021', maal: c.metric });
      expect(ds.value[i]).toBeNull();
      expect(ds.status[String(i)]).toBe('.');
    }
  });
});

describe('hierarchy: national = RHF + Private, RHF = its units', () => {
  // Kap. 9 prints national figures only for a few rows (9.6 FACT, 9.7 totals), hence fewer checks there.
  for (const [name, minChecked] of [['framskriving-dogn-poliklinikk.json', 150], ['framskriving-arsverk.json', 5]] as const) {
    it(`${name}: every parent differs from the sum of its children only where a cellNote says so`, () => {
      const d = load(name);
      const child = d.dimension.region!.category.child!;
      const others = d.id.filter((x) => x !== 'region');
      const combos: Coord[] = [{}];
      for (const dim of others) {
        const next: Coord[] = [];
        for (const c of combos) for (const v of d.dimension[dim]!.category.index) next.push({ ...c, [dim]: v });
        combos.splice(0, combos.length, ...next);
      }
      let checked = 0;
      for (const [parent, kids] of Object.entries(child)) {
        for (const rest of combos) {
          if (/prosent|per-1000|pasienter/.test(rest.maal!)) continue;
          const p = cell(d, { ...rest, region: parent });
          if (p === null) continue;
          const vals = kids.map((k) => {
            const i = flatIndex(d, { ...rest, region: k });
            return { v: d.value[i] ?? null, s: d.status[String(i)] };
          });
          // Only complete comparisons: a child that is "not printed" ("..") makes the sum unknown.
          if (vals.some((x) => x.v === null && x.s !== '.')) continue;
          if (vals.every((x) => x.v === null)) continue;
          const sum = vals.reduce((a, x) => a + (x.v ?? 0), 0);
          checked++;
          const c = { ...rest, region: parent };
          if (Math.abs(sum - p) > 0.5) expect(hasNote(d, c), `${name} ${JSON.stringify(c)}: ${sum} vs ${p}`).toBe(true);
        }
      }
      expect(checked).toBeGreaterThanOrEqual(minChecked);
    });
  }

  it('national = the four RHF + Private, as the report says', () => {
    expect(ds.extension.hi.aggregation['0']!.sumOf).toEqual(['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord', 'private']);
    expect(ds.dimension.region!.category.child!['0']).toEqual(ds.extension.hi.aggregation['0']!.sumOf);
    // TSB døgn 2021: 32 153 + 28 269 + 355 462 + 90 437 + 55 222 = 561 543
    const parts = ['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord', 'private'].map(
      (region) => cell(ds, { region, tjeneste: 'tsb', tid: '2021', maal: 'liggedogn' })!,
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(cell(ds, { region: '0', tjeneste: 'tsb', tid: '2021', maal: 'liggedogn' }));
    // Known printed differences carry notes.
    expect(hasNote(ds, { region: '0', tjeneste: 'bup', tid: '2021', maal: 'liggedogn' }, /92 712; rapporten trykker 92 741/)).toBe(true);
    expect(hasNote(ds, { region: 'private', tjeneste: 'tsb', tid: '2021', maal: 'liggedogn' }, /55 117; rapporten trykker 55 222/)).toBe(true);
  });

  it('a purchased-capacity row sits under its RHF; Private-block rows do not', () => {
    const child = ds.dimension.region!.category.child!;
    expect(child['helse-sor-ost']).toContain('privat-helse-sor-ost');
    expect(child['helse-vest']).toContain('privat-helse-vest');
    expect(child['helse-nord']).not.toContain('privat-helse-nord');
    expect(child.private).toEqual(expect.arrayContaining(['privat-helse-nord', 'privat-helse-midt-norge']));
  });
});

describe('profile basics for the three files', () => {
  for (const name of ['framskriving-dogn-poliklinikk.json', 'framskriving-arsverk.json', 'framskriving-observert.json']) {
    it(`${name}: dense value, every null has an explained status`, () => {
      const d = load(name);
      expect(d.value.length).toBe(d.size.reduce((a, b) => a * b, 1));
      d.value.forEach((v, i) => {
        const s = d.status[String(i)];
        if (v === null) expect(d.extension.hi.statusCodes[s!], `cell ${i}`).toBeDefined();
        else expect(s).toBeUndefined();
      });
    });
  }
});
