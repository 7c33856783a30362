// The layout docs/contributing.md promises: no import cycle in src/, each layer imports only the
// layers below it, and every element is known to the one registry, the build, the package and the docs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../rollup.config.mjs';
import { TAGS as SCRIPT_TAGS } from '../../scripts/elements.mjs';
import { ELEMENTS, TAGS } from '../../src/elements/registry.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

/** Every module of src/ each module of src/ imports, statically, as a type or dynamically (the operators the build lists come from node_modules/). */
const graph = new Map(
  files('src').map((file) => {
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
    return [file, specifiers.map((s) => normalize(join(dirname(file), s.replace(/\.js$/, '.ts')))).filter((f) => f.startsWith('src/'))] as const;
  }),
);

const layer = (file: string) => relative('src', file).split('/')[0]!;
/** The element folder a file is in, if any. */
const elementOf = (file: string) => /^src\/elements\/([^/]+)\//.exec(file)?.[1];

describe('the layout of src/', () => {
  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') return void cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
      state.set(file, 'visiting');
      for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports only downwards: elements -> base -> chart, format -> data; no element imports another', () => {
    const allowed: Record<string, string[]> = {
      data: ['data'],
      format: ['format', 'data'],
      chart: ['chart', 'format', 'data'],
      base: ['base', 'chart', 'format', 'data'],
      elements: ['elements', 'base', 'chart', 'format', 'data', 'assets.ts'],
      'index.ts': ['elements', 'base'],
      // The shipped files themselves (JSON modules), and the loader they are given to.
      'assets.ts': ['data', '..'],
      'tools.ts': ['data', 'format'],
      // Types for React's JSX, from the elements' classes and the events.
      'react.ts': ['elements', 'base'],
    };
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (!allowed[layer(file)]!.includes(layer(dep))) wrong.push(`${file} -> ${dep}`);
        const own = elementOf(file);
        const other = elementOf(dep);
        if (own && other && own !== other) wrong.push(`${file} -> ${dep}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the chart code', () => {
  it("an element's spec builder imports nothing at run time from its own folder (it would be bundled into the chart code, and the chart code before the first number)", () => {
    for (const tag of TAGS) {
      const code = readFileSync(`src/elements/${tag}/spec.ts`, 'utf8');
      const own = [...code.matchAll(/^import\s+(?!type\b)[^;]*from\s+'\.\/[^']+'/gm)].map((m) => m[0]);
      expect(own, tag).toEqual([]);
    }
  });

  it('every element imports its spec builder once per page, through chartCode (an import() per draw lets the page repaint between charts)', () => {
    for (const tag of TAGS) {
      const code = readFileSync(`src/elements/${tag}/${tag}.ts`, 'utf8');
      const imports = [...code.matchAll(/(chartCode\(\(\) => )?import\('\.\/spec\.js'\)/g)];
      expect(imports.length, tag).toBe(1);
      expect(imports[0]![1], tag).toBeDefined();
    }
  });
});

describe('the registry of elements', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('is the list the build, the size report and the bench read, one folder per tag', () => {
    expect(SCRIPT_TAGS).toEqual(TAGS);
    // The tags users were promised never change; new elements take the hf- prefix.
    expect(TAGS.slice(0, 3)).toEqual(['hf-pasientrate', 'framskriving-chart', 'arsverk-tabell']);
    for (const tag of TAGS.slice(3)) expect(tag).toMatch(/^hf-/);
    const folders = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...TAGS].sort());
    const input = (config as unknown as Array<{ input: Record<string, string> }>)[0]!.input;
    for (const tag of TAGS) expect(input[tag]).toBe(`src/elements/${tag}/define.ts`);
    expect(Object.keys(ELEMENTS)).toEqual(TAGS);
  });

  it('is what package.json exports and marks as having side effects', () => {
    for (const tag of TAGS) {
      expect(pkg.exports[`./${tag}.js`]).toEqual({ types: `./dist/types/elements/${tag}/define.d.ts`, node: `./dist/node/${tag}.js`, default: `./dist/${tag}.js` });
      expect(pkg.sideEffects).toContain(`./dist/${tag}.js`);
      expect(pkg.sideEffects).toContain(`./dist/node/${tag}.js`);
    }
    const elementExports = Object.keys(pkg.exports).filter((k) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(k));
    expect(elementExports.sort()).toEqual(TAGS.map((t) => `./${t}.js`).sort());
  });

  it('has a section in the README for every element', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const tag of TAGS) expect(readme).toContain(`## Reference: \`<${tag}>\``);
  });
});
