/**
 * The reader under fuzzing: mutated real files and arbitrary JSON either read, with one row per
 * cell and text in every row field, or refused with a JsonStatError; never a crash, never a
 * polluted prototype. A fixed seed and 3 000 runs here; `npm run fuzz` runs 100 000 and times them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonStatError, readJsonStat } from '../../src/data/jsonstat.js';
import { BASE_FILES, broken, hostileFile, withDimensionNamed } from '../fuzz/mutations.js';

const isReported = (e: unknown) => e instanceof JsonStatError && e.problems.length > 0;

/** `input` as a file of our profile, complete but for what a test breaks. */
function withProfile(input: unknown): unknown {
  const doc = input as { extension?: { hi?: object } };
  return { label: 'x', source: 'x', updated: '2024-01-01', ...doc, extension: { ...doc.extension, hi: { profile: 'hf-indikatorer/1.0', ...doc.extension?.hi } } };
}

describe('the reader under fuzzing', () => {
  it('reads or reports every hostile file: no crash, no wrong rows, no polluted prototype', () => {
    // `npm run fuzz` sets FUZZ_RUNS and FUZZ_SEED, and reads the times printed below (never asserted: machines are noisy).
    const runs = Number(process.env.FUZZ_RUNS ?? 3000);
    const times: number[] = [];
    fc.assert(
      fc.property(hostileFile, (input) => {
        const start = performance.now();
        const problem = broken(readJsonStat, isReported, input);
        times.push(performance.now() - start);
        if (problem) throw new Error(problem);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261130), numRuns: runs },
    );
    if (process.env.FUZZ_RUNS) {
      times.sort((a, b) => a - b);
      const over = (ms: number) => times.filter((t) => t > ms).length;
      console.log(`fuzz: ${times.length} inputs, 0 crashes, 0 wrong rows, 0 polluted prototypes; median ${times[times.length >> 1]!.toFixed(2)} ms, slowest ${times[times.length - 1]!.toFixed(0)} ms, ${over(100)} over 100 ms, ${over(1000)} over 1 s`);
    }
  });

  it('a dimension called __proto__, constructor or toString reads as one called anything else', () => {
    const outcome = (doc: unknown, name: string) => {
      try {
        const cube = readJsonStat(doc);
        const dim = cube.dimensions.find((d) => d.id === name);
        return { rows: cube.rows.map((r) => [r.value, r.status ?? null, r.coords[name] ?? null]), roles: [cube.geo, cube.time, cube.metric].map((d) => (d.id === name ? 'renamed' : d.id)), categories: dim?.categories.map((k) => k.id) };
      } catch (e) {
        return { rules: (e as JsonStatError).problems.map((p) => p.rule) };
      }
    };
    fc.assert(
      fc.property(fc.nat({ max: BASE_FILES.length - 1 }), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'), (b, at, name) => {
        const nasty = withDimensionNamed(BASE_FILES[b]!, at, name);
        const neutral = withDimensionNamed(BASE_FILES[b]!, at, 'plain_name');
        if (!nasty || !neutral) return;
        const [x, y] = [outcome(nasty.doc, name), outcome(neutral.doc, 'plain_name')];
        expect(JSON.stringify(x)).toBe(JSON.stringify(y));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });

  it('named regressions: built-in names, size bombs and bidi controls', () => {
    const base = { version: '2.0', class: 'dataset', id: ['g', 't'], size: [2, 1], role: { geo: ['g'], time: ['t'] }, value: [1, 2] };
    const dims = (g: string[]) => ({ g: { category: { index: g } }, t: { category: { index: ['2020'] } } });
    const code = (input: unknown) => {
      try {
        readJsonStat(input);
        return 'read';
      } catch (e) {
        expect(e).toBeInstanceOf(JsonStatError);
        return (e as JsonStatError).problems[0]!.rule;
      }
    };
    expect(code({ ...base, class: { toString: 1 }, dimension: dims(['0', '03']) })).toBe('not-dataset');
    const valid = JSON.parse(readFileSync('data-contracts/examples/valid.json', 'utf8'));
    valid.extension.hi.cellNotes = [{ cell: { constructor: 'x' }, note: 'n' }];
    expect(code(valid)).toBe('cell-note-unknown');
    const proto = readJsonStat({ ...base, dimension: { g: { category: { index: ['__proto__', 'toString'] } }, t: { category: { index: ['2020'] } } } });
    expect(proto.rows.map((r) => r.geo)).toEqual(['__proto__', 'toString']);
    expect(code({ ...base, size: [10000, 10000], dimension: dims(['0', '03']) })).toBe('too-large');
    expect(code({ ...base, id: ['a', 'b', 'c', 'd', 'e'], size: [100, 100, 100, 100, 100], value: [], dimension: {} })).toBe('dimension-missing');
    const chain = Array.from({ length: 20000 }, (_, i) => `c${i}`);
    const child = Object.fromEntries(chain.slice(0, -1).map((id, i) => [id, [chain[i + 1]!]]));
    expect(code({ ...base, size: [20000, 1], value: new Array(20000).fill(1), dimension: { g: { category: { index: chain, child } }, t: { category: { index: ['2020'] } } } })).toBe('read');
    const many = Array.from({ length: 200 }, (_, i) => `d${i}`);
    expect(code({ ...base, id: ['g', ...many], size: [2, ...many.map(() => 1)], dimension: { g: { category: { index: ['0', '03'] } }, ...Object.fromEntries(many.map((d) => [d, { category: { index: ['x'] } }])) } })).toBe('too-many-dimensions');
    const noted = JSON.parse(readFileSync('data-contracts/examples/valid.json', 'utf8'));
    noted.extension.hi.cellNotes = Array.from({ length: 20001 }, () => ({ cell: { region: '0' }, note: 'n' }));
    expect(code(noted)).toBe('too-many-notes');
    const rtl = readJsonStat({ ...base, label: '\u202Eevil 149', dimension: { g: { category: { index: ['0', '03'], label: { '03': '\u2067Oslo\u2069' } } }, t: { category: { index: ['2020'] } } } });
    expect([rtl.label, rtl.geo.categories[1]!.label]).toEqual(['evil 149', 'Oslo']);
  });

  it('counts the problems of one rule beyond twenty instead of listing a million', () => {
    const nulls = withProfile({
      version: '2.0', class: 'dataset', id: ['g', 't', 'm'], size: [50000, 1, 1], role: { geo: ['g'], time: ['t'], metric: ['m'] }, value: new Array(50000).fill(null),
      dimension: { g: { category: { index: Array.from({ length: 50000 }, (_, i) => String(i)) } }, t: { category: { index: ['2020'] } }, m: { category: { index: ['r'], unit: { r: { label: 'x', decimals: 0 } } } } },
    });
    let error: JsonStatError | undefined;
    try {
      readJsonStat(nulls);
    } catch (e) {
      error = e as JsonStatError;
    }
    const rules = error!.problems.map((p) => p.rule);
    expect(rules.filter((r) => r === 'null-without-status')).toHaveLength(20);
    expect(error!.problems.find((p) => p.rule === 'more' && p.params.rule === 'null-without-status')!.params.count).toBe(49980);
  });
});
