// Builds the browser-ready ESM bundle: one entry that registers the elements, and the chart
// runtime (Vega) as a separate chunk loaded on first use. Chunks stay beside the entry in dist/
// so `src/assets.ts` resolves the shipped datasets the same way from source and from dist.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { TAGS, defineModule } from './scripts/elements.mjs';

/** Vega-Lite's imports from `vega` go to a small shim instead of the whole package. */
const vegaShim = {
  name: 'vega-shim',
  resolveId(source, importer) {
    if (source === 'vega' && importer && /vega-lite/.test(importer)) return fileURLToPath(new URL('./src/chart/vega-shim.ts', import.meta.url));
    return null;
  },
};

/**
 * Vega's packages as their ES modules, one per part (each package ships them beside its one-file
 * build): the chart chunk then holds only the parts a compiled shape runs (see
 * `src/chart/compiled/transforms.ts`), and what only Vega's parser uses travels with it in the
 * compiler's chunk. Vega's view takes its expression functions from the module that defines them,
 * and vega-expression comes without its parser, but where expressions are parsed: a package's
 * index would bring the parser along.
 */
export const vegaModules = {
  name: 'vega-modules',
  resolveId(source, importer) {
    const module = (path) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));
    if (source === 'vega-functions' && importer?.endsWith(`${sep}vega-view${sep}src${sep}runtime.js`)) return module('vega-functions/src/codegen.js');
    if (source === 'vega-expression' && /[\\/]vega-(functions|selections)[\\/]/.test(importer ?? '') && !importer.endsWith(`${sep}parser.js`)) return EXPRESSION_RUNTIME;
    if (source === './src/schemes.js' && importer?.endsWith(`${sep}vega-scale${sep}index.js`)) return SCHEMES;
    if (source === PALETTES) return PALETTES;
    // vega-lite is modules already; vega-loader and vega-canvas have builds of their own for browsers.
    if (!/^vega-[a-z-]+$/.test(source) || ['vega-lite', 'vega-loader', 'vega-canvas'].includes(source)) return null;
    return existsSync(module(`${source}/index.js`)) ? module(`${source}/index.js`) : null;
  },
  load(id) {
    const scale = (name) => JSON.stringify(fileURLToPath(new URL(`./node_modules/vega-scale/src/${name}.js`, import.meta.url)));
    if (id === SCHEMES) return `const schemes = {}; export function scheme(name, value) { name = name && name.toLowerCase(); if (arguments.length > 1) { schemes[name] = value; return this; } return schemes[name]; }`;
    if (id === PALETTES) {
      return `import { scheme } from 'vega-scale'; import { scheme as vegas } from ${scale('schemes')}; import { continuous, discrete } from ${scale('palettes')};
for (const name of [...Object.keys(discrete), ...Object.keys(continuous)]) if (scheme(name) === undefined) scheme(name, vegas(name));`;
    }
    if (id !== EXPRESSION_RUNTIME) return null;
    const file = (name) => JSON.stringify(fileURLToPath(new URL(`./node_modules/vega-expression/src/${name}.js`, import.meta.url)));
    return `export * from ${file('ast')}; export { default as ASTNode } from ${file('ast')}; export { default as codegenExpression } from ${file('codegen')}; export { default as functions } from ${file('functions')}; export { default as constants } from ${file('constants')};`;
  },
};
/** vega-expression without its parser, for the expression functions the view runs. */
const EXPRESSION_RUNTIME = '\0vega-expression-runtime';
/**
 * Vega's named colour schemes: vega-scale makes some fifty colour interpolators when it loads
 * (about 25 ms at 4x CPU, and 10 KB gzip with d3-scale-chromatic), and no compiled shape uses one
 * (scripts/compile-shapes.mjs refuses a shape that does). The chart runtime gets an empty
 * registry; the compiler, which may compile a shape that names one, fills it when it loads.
 * test/unit/schemes-bundle.test.ts builds with this plugin and `vegaModules`, and runs the result.
 */
const SCHEMES = '\0vega-scale-schemes';
const PALETTES = '\0vega-scale-palettes';
export const schemesWithCompiler = {
  name: 'schemes-with-compiler',
  transform(code, id) {
    // On the first line, which is a comment: the rest keeps its place, so the source map holds (map: null).
    return id.endsWith(`${sep}src${sep}chart${sep}compiler.ts`) ? { code: `import '${PALETTES}';${code}`, map: null } : null;
  },
};

/** In the bundle, shipped data is the minified copy in `dist/data-contracts/` (see scripts/build.mjs). */
const distAssets = (folder) => ({
  name: 'dist-assets',
  transform(code, id) {
    if (!id.endsWith('/src/assets.ts')) return null;
    // Within one line: the source map still holds (map: null).
    return { code: code.replace("const FOLDER = '../data-contracts/';", `const FOLDER = '${folder}';`), map: null };
  },
});

/**
 * Flattens the request chain: a dynamic import asks at once for the chunks its target imports
 * (`<link rel=modulepreload>`), instead of after the target has arrived and been read (one round
 * trip less on a slow network). One small helper per chunk that imports dynamically. It hints only
 * while it runs as the file this build wrote (`own`): an app's bundler renames and merges our
 * chunks, and a hint for a file that is not there would be a failed request.
 */
const PRELOAD = 'hfPreload';
const preloadDependencies = {
  name: 'preload-dependencies',
  intro(chunk) {
    if (!chunk.dynamicImports.length || TAGS.includes(chunk.name)) return '';
    return `const ${PRELOAD}=(d,b,own)=>{if(!new URL(b).pathname.endsWith('/'+own))return;for(const f of d){const h=new URL(f,b).href;if(!document.querySelector('link[href="'+h+'"]')){const l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.append(l)}}};`;
  },
  renderDynamicImport({ chunk, getTargetChunkImports }) {
    // An element's spec builder is small and loads beside the chart runtime: no preload needed.
    if (TAGS.includes(chunk.name)) return null;
    const deps = (getTargetChunkImports() ?? []).filter((i) => i.type === 'internal' && i.fileName !== chunk.fileName).map((i) => `./${i.fileName}`); // dist/ is flat
    if (!deps.length) return null;
    return { left: `(${PRELOAD}(${JSON.stringify(deps)},import.meta.url,${JSON.stringify(chunk.fileName)}),import(`, right: '))' };
  },
};

const browser = {
  input: {
    'hf-indikatorer': 'src/index.ts',
    ...Object.fromEntries(TAGS.map((tag) => [tag, defineModule(tag)])),
  },
  // Let the entry export what the lazy chunks need from it, instead of a facade that costs a request.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    manualChunks: (id) => {
      // The base every element shares, with what it imports, and what every element uses beside
      // it (asset URLs, chart sizes, code lists): one chunk under a name that says so.
      if (/\/src\/(base\/hf-element|chart\/layout|data\/codelist|assets)\.ts$/.test(id)) return 'hf-element';
      // Everything a chart needs once it is drawn: the drawing, the shared chart blocks, every
      // element's spec builder (small; each imports nothing at run time from its own folder, which
      // a test checks, or that would come along) and the Vega runtime. One request, as before.
      if (/\/src\/(base\/chart-drawing|chart\/(bars|year-line|waterfall|theme)|elements\/[^/]+\/spec)\.ts$/.test(id)) return 'charts';
      return undefined;
    },
  },
  plugins: [
    vegaShim,
    vegaModules,
    schemesWithCompiler,
    distAssets('./data-contracts/'),
    preloadDependencies,
    // The shipped datasets and code lists (see src/assets.ts) become chunks any bundler can follow.
    json({ compact: true, namedExports: false }),
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, sourceMap: true, outDir: 'dist' }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ],
  onwarn(warning, warn) {
    // Vega's d3 dependencies have harmless circular imports.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};

/**
 * The data layer for tools (`hf-indikatorer/data.js`, the `hf-indikatorer validate` command) and
 * the worker that reads large files (`read-worker.js`, found beside the elements' chunks): built on
 * their own, sharing no chunk with the elements, so they run where there is no DOM.
 */
const data = {
  input: { data: 'src/tools.ts', 'read-worker': 'src/data/read-worker.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'reader-[hash].js', sourcemap: true },
  plugins: [
    // d3-dsv (the converter's CSV parser) inside, so the command needs nothing installed beside it.
    resolve(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, sourceMap: true, outDir: 'dist' }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ],
};

/**
 * The elements for Node (server rendering, tests, a framework's server pass), which `exports`
 * names under the `node` condition: Lit, Vega and their kin stay imports, so Node loads Lit's
 * server build, which needs no DOM; importing an element there defines it and throws nothing.
 */
const node = {
  input: Object.fromEntries(TAGS.map((tag) => [tag, defineModule(tag)])),
  external: (id) => /^(lit|@lit\/|vega)/.test(id),
  output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  plugins: [
    distAssets('../data-contracts/'),
    json({ compact: true, namedExports: false }),
    resolve(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, sourceMap: false, outDir: 'dist/node' }),
  ],
  onwarn: browser.onwarn,
};

export default [browser, data, node];
