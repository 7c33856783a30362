// Compiles every chart shape the build knows (src/chart/shapes/, written by `npm run shapes`) to
// the parsed spec Vega's view runs: Vega-Lite's compile and Vega's parse, done here once instead of
// on every page. Writes src/chart/compiled/ (not committed): a JSON file per shape and the index
// the chart runtime looks shapes up in. A shape not here is compiled on the page, as before.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';

const SHAPES = 'src/chart/shapes';
const OUT = 'src/chart/compiled';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
/** Vega-Lite's warnings (a legend it leaves out, a facet's scales) are about shapes the browser tests draw and check. */
const QUIET = { level: () => QUIET, error: (e) => { throw new Error(String(e)); }, warn: () => QUIET, info: () => QUIET, debug: () => QUIET };
const ids = [];
for (const file of readdirSync(SHAPES).filter((f) => f.endsWith('.json')).sort()) {
  const id = file.slice(0, -'.json'.length);
  const shape = JSON.parse(readFileSync(`${SHAPES}/${file}`, 'utf8'));
  // As compiler.ts does on a page: expressions as syntax trees, for Vega's CSP-safe interpreter.
  const parsed = parse(compile(shape, { logger: QUIET }).spec, undefined, { ast: true });
  writeFileSync(`${OUT}/shape-${id}.json`, JSON.stringify(parsed));
  ids.push(id);
}
writeFileSync(
  `${OUT}/index.ts`,
  `// Written by scripts/compile-shapes.mjs from ${SHAPES}/: do not edit.\n` +
    `export const COMPILED: Record<string, () => Promise<{ default: unknown }>> = {\n` +
    ids.map((id) => `  '${id}': () => import('./shape-${id}.json', { with: { type: 'json' } }),\n`).join('') +
    `};\n`,
);
console.log(`Compiled ${ids.length} chart shapes into ${OUT}/`);
