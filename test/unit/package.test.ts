// What the published package gives a developer: built types a consumer's code compiles against,
// and a custom-elements.json that tells editors the truth. Needs `npm run build` (npm test builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAGS } from '../../src/elements/registry.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

beforeAll(() => {
  if (!existsSync('dist/types/index.d.ts') || !existsSync('custom-elements.json')) throw new Error('No build: run `npm run build` first (npm test does).');
});

/** Compiles a consumer's file against the built types, as an app that installed the package would; returns the errors. */
function compile(file: string, replace?: [string, string]): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    types: [],
    jsx: ts.JsxEmit.ReactJSX,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile;
  host.readFile = (name) => {
    const text = read(name);
    return replace && text !== undefined && name.endsWith(file) ? text.replace(...replace) : text;
  };
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('the built types', () => {
  it('a consumer listening to the three events and reading `detail` compiles', () => {
    expect(compile('test/consumer/consumer.ts')).toEqual([]);
  });

  it('and the same consumer reading a field `detail` does not have fails to', () => {
    const errors = compile('test/consumer/consumer.ts', ['e.detail.label.toUpperCase()', 'e.detail.labels.toUpperCase()']);
    expect(errors.join(' ')).toMatch(/Property 'labels' does not exist/);
  });
});

describe('React 19', () => {
  it('a TSX component with all four tags, their attributes and typed events compiles with `hf-indikatorer/react`', () => {
    expect(compile('test/consumer/app.tsx')).toEqual([]);
  });

  it('and a wrong attribute value or an event field that does not exist fails to', () => {
    expect(compile('test/consumer/app.tsx', ['view="table"', 'view="tabell"']).join(' ')).toMatch(/"tabell"/);
    expect(compile('test/consumer/app.tsx', ['e.detail.view', 'e.detail.views']).join(' ')).toMatch(/Property 'views' does not exist/);
  });
});

describe('the tarball', () => {
  it('`npm pack` builds first (prepack) and packs every file `exports`, `bin` and `customElements` name', () => {
    expect(pkg.scripts.prepack).toContain('scripts/build.mjs');
    // The build is there already (npm test builds first): pack without running it again.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files = new Set((JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path));
    const targets = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(targets));
    const named = [...targets(pkg.exports), ...Object.values(pkg.bin as Record<string, string>), pkg.customElements as string].map((t) => t.replace(/^\.\//, ''));
    for (const target of named) {
      if (target.includes('*')) {
        const prefix = target.slice(0, target.indexOf('*'));
        expect([...files].some((f) => f.startsWith(prefix)), target).toBe(true);
      } else expect(files.has(target), target).toBe(true);
    }
    // What the elements fetch travels with them.
    expect(files.has('dist/data-contracts/datasets/arsverk-serie.json')).toBe(true);
    expect(files.has('dist/read-worker.js')).toBe(true);
  });
});

describe('in Node (server rendering, a test runner without a DOM)', () => {
  it('every entry of the package imports without throwing; an element is defined with Lit\'s server build', () => {
    const entries = Object.keys(pkg.exports as Record<string, unknown>).filter((k) => k.endsWith('.js') || k === '.').map((k) => `hf-indikatorer${k.slice(1)}`);
    expect(entries).toContain('hf-indikatorer/hf-utvikling.js');
    // A child process: Node resolves the package by its own name and `exports` (the `node` condition), as an app's server would.
    const script = `for (const m of ${JSON.stringify(entries)}) await import(m);
      console.log(typeof document, [...${JSON.stringify(TAGS)}].every((t) => customElements.get(t)));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('undefined true');
  });
});

describe('the bundle', () => {
  it('ships a source map beside every module, so errors in a page point at our sources', () => {
    const modules = readdirSync('dist').filter((f) => f.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(5);
    for (const f of modules) expect(existsSync(`dist/${f}.map`), f).toBe(true);
  });

  it("leaves Vega's named colour schemes out of the chart code, for the compiler's chunk to bring (rollup.config.mjs)", () => {
    const chunk = (name: string) => readFileSync(`dist/${readdirSync('dist').find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))}`, 'utf8');
    // One of Vega's palettes, as vega-scale writes it.
    const tableau10 = /tableau10:\s*'([0-9a-f]+)'/.exec(readFileSync('node_modules/vega-scale/src/palettes.js', 'utf8'))![1]!;
    expect(chunk('charts')).not.toContain(tableau10);
    expect(chunk('compiler')).toContain(tableau10); // that it fills the runtime's registry: schemes-bundle.test.ts
  });
});

describe('custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m: { declarations?: object[] }) => m.declarations ?? []) as Array<{
    name: string;
    tagName?: string;
    events?: Array<{ name: string }>;
    attributes?: Array<{ name: string; type?: { text: string } }>;
    cssParts?: Array<{ name: string }>;
  }>;
  const element = (tag: string) => declarations.find((d) => d.tagName === tag)!;

  it('names every module by a path the package ships', () => {
    for (const mod of manifest.modules as Array<{ path: string }>) {
      expect(existsSync(mod.path), mod.path).toBe(true);
      expect(pkg.files.some((f: string) => mod.path.startsWith(`${f}/`)), mod.path).toBe(true);
    }
  });

  it('has every element with exactly the three events', () => {
    for (const tag of TAGS) expect(element(tag)?.events?.map((e) => e.name).sort(), tag).toEqual(['hf-error', 'hf-load', 'hf-render']);
  });

  it('gives attribute types as the values they take, not as names of types', () => {
    for (const tag of TAGS) {
      for (const a of element(tag).attributes ?? []) expect(a.type?.text, `${tag} ${a.name}`).toMatch(/^(string|number|boolean|undefined|'[^']*'|\s|\|)+$/);
    }
    expect(element('hf-pasientrate').attributes!.find((a) => a.name === 'sort')!.type!.text).toBe("'file' | 'value' | 'name'");
  });

  it('gives defaults as values: the time-out in milliseconds, the view each element starts in', () => {
    const attribute = (tag: string, name: string) => (element(tag).attributes as Array<{ name: string; default?: string }>).find((a) => a.name === name)!;
    for (const tag of TAGS) expect(attribute(tag, 'timeout').default, tag).toBe('15000');
    expect(attribute('hf-pasientrate', 'view').default).toBe("'chart'");
    expect(attribute('arsverk-tabell', 'view').default).toBe("'table'");
  });

  it('documents every part the templates have', () => {
    const parts = (path: string) => [...readFileSync(path, 'utf8').matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]!);
    const shared = ['src/base/hf-element.ts', 'src/base/templates.ts'].flatMap(parts);
    for (const tag of TAGS) {
      const documented = element(tag).cssParts!.map((p) => p.name);
      for (const part of [...shared, ...parts(`src/elements/${tag}/${tag}.ts`)]) expect(documented, `${tag} part ${part}`).toContain(part);
    }
  });
});
