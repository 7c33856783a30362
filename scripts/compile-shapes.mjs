// Compiles every chart shape the build knows (src/chart/shapes/, written by `npm run shapes`) to
// the parsed spec Vega's view runs: Vega-Lite's compile and Vega's parse, done here once instead of
// on every page. Writes src/chart/compiled/ (not committed): a module per shape and the index the
// chart runtime looks shapes up in. A shape not here is compiled on the page, as before.
// Each module holds the parsed spec with its expressions written out as functions
// (scripts/shape-module.mjs).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
import * as dataflow from 'vega-transforms';
import * as view from 'vega-view-transforms';
import * as encode from 'vega-encode';
import { shapeModule } from './shape-module.mjs';

const SHAPES = 'src/chart/shapes';
const OUT = 'src/chart/compiled';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
/** Vega-Lite's warnings (a legend it leaves out, a facet's scales) are about shapes the browser tests draw and check. */
const QUIET = { level: () => QUIET, error: (e) => { throw new Error(String(e)); }, warn: () => QUIET, info: () => QUIET, debug: () => QUIET };
const ids = [];
/** The Vega operators the shapes run: the chart runtime registers only these (compiler.ts, the rest). */
const operators = { 'vega-transforms': dataflow, 'vega-view-transforms': view, 'vega-encode': encode };
const used = new Set();
for (const file of readdirSync(SHAPES).filter((f) => f.endsWith('.json')).sort()) {
  const id = file.slice(0, -'.json'.length);
  const shape = JSON.parse(readFileSync(`${SHAPES}/${file}`, 'utf8'));
  // As compiler.ts does on a page: expressions as syntax trees, for Vega's CSP-safe interpreter.
  const parsed = parse(compile(shape, { logger: QUIET }).spec, undefined, { ast: true });
  const text = JSON.stringify(parsed);
  // The chart runtime leaves Vega's named colour schemes out (rollup.config.mjs): colours are the theme's.
  if (text.includes('"scheme"')) throw new Error(`${SHAPES}/${file} names a colour scheme; give its colours (the theme's) instead`);
  for (const [, type] of text.matchAll(/"type":"(\w+)"/g)) used.add(type);
  writeFileSync(`${OUT}/shape-${id}.ts`, shapeModule(parsed, `${SHAPES}/${file}`));
  ids.push(id);
}
writeFileSync(
  `${OUT}/index.ts`,
  `// Written by scripts/compile-shapes.mjs from ${SHAPES}/: do not edit.\n` +
    `import type { BuiltShape } from '../expressions.js';\n` +
    `export const COMPILED: Record<string, () => Promise<BuiltShape>> = {\n` +
    ids.map((id) => `  '${id}': () => import('./shape-${id}.js') as Promise<BuiltShape>,\n`).join('') +
    `};\n`,
);
// Each operator from its own module (the packages' index re-exports them all), so that the chart
// chunk holds only these and the rest travel with the compiler (compiler.ts).
const modules = Object.keys(operators).flatMap((pkg) => {
  // The package's folder, wherever npm put it (its export is build/<pkg>.js).
  const root = relative(OUT, fileURLToPath(new URL('..', import.meta.resolve(pkg))));
  return [...readFileSync(`${OUT}/${root}/index.js`, 'utf8').matchAll(/export\s*\{\s*default as (\w+)\s*\}\s*from\s*'\.\/([^']+)'/g)]
    .filter(([, name]) => used.has(name))
    .map(([, name, file]) => `export { default as ${name} } from '${root}/${file}';\n`);
});
writeFileSync(
  `${OUT}/transforms.ts`,
  `// @ts-nocheck: Vega's modules have no types.\n// Written by scripts/compile-shapes.mjs: the Vega operators the compiled shapes run.\n${modules.join('')}export {};\n`,
);
console.log(`Compiled ${ids.length} chart shapes into ${OUT}/`);
