// The browser bundle's chart runtime has no named colour schemes; the compiler's chunk brings them
// (rollup.config.mjs). Built here with the bundle's own plugins and run: a runtime alone knows no
// scheme, and one whose compiler has loaded knows Vega's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { schemesWithCompiler, vegaModules } from '../../rollup.config.mjs';

const RUNTIME = '\0test-runtime';
const out = mkdtempSync(join(tmpdir(), 'schemes-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("Vega's named colour schemes in the browser bundle", () => {
  it('are not in the chart runtime, and are there once the compiler has loaded', async () => {
    const bundle = await rollup({
      input: { runtime: RUNTIME, compiler: 'src/chart/compiler.ts' },
      plugins: [
        // A runtime entry that reads vega-scale's registry, as the chart chunk's scales do.
        { name: 'test-runtime', resolveId: (id: string) => (id === RUNTIME ? id : null), load: (id: string) => (id === RUNTIME ? "export { scheme } from 'vega-scale';" : null) },
        vegaModules,
        schemesWithCompiler,
        resolve({ browser: true }),
        typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, outDir: out }),
      ],
      onwarn: () => undefined,
    });
    await bundle.write({ dir: out, format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' });
    await bundle.close();
    const { scheme } = await import(pathToFileURL(join(out, 'runtime.mjs')).href);
    expect(scheme('tableau10')).toBeUndefined();
    expect(scheme('blues')).toBeUndefined();
    await import(pathToFileURL(join(out, 'compiler.mjs')).href);
    expect(scheme('tableau10')).toHaveLength(10);
    expect(scheme('tableau10')[0]).toBe('#4c78a8');
    expect(typeof scheme('blues')).toBe('function');
  }, 120_000);
});
