// The gzipped sizes of a build, as `npm run size` prints them and `npm run bench` holds them to
// their budgets: per element, the entry with everything it imports statically (what a page loads
// before a number can show); the chart code (loaded when the first chart is drawn); the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TAGS } from './elements.mjs';

export function measureSizes(dist = 'dist', contracts = 'data-contracts') {
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  if (!files.includes('hf-indikatorer.js')) throw new Error('No dist/: run npm run build first.');
  const code = (f) => readFileSync(join(dist, f), 'utf8');
  const gzip = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  // Static imports (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`.
  const staticImports = (f) => [...code(f).matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      staticImports(f).forEach(visit);
    };
    visit(start);
    return seen;
  };
  const sum = (set) => [...set].reduce((a, f) => a + gzip(f), 0);
  const entry = closure('hf-indikatorer.js');
  let all = new Set(entry);
  const firstLoad = {};
  for (const tag of TAGS) {
    const needed = new Set([...entry, ...closure(`${tag}.js`)]);
    all = new Set([...all, ...needed]);
    firstLoad[tag] = sum(needed);
  }
  // The shipped datasets and code lists are chunks too (src/assets.ts): data, loaded by the element that shows it.
  const shipped = new Set(['datasets', 'codelists'].flatMap((d) => readdirSync(join(contracts, d))).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
  const data = files.filter((f) => shipped.has(f.replace(/-[\w-]{8}\.js$/, '')));
  const lazy = files.filter((f) => !all.has(f) && f !== 'data.js' && !data.includes(f));
  return {
    files: files.map((f) => ({ file: f, minified: code(f).length, gzip: gzip(f) })),
    firstLoad,
    firstLoadAll: sum(all),
    chartCode: sum(new Set(files.filter((f) => /^charts-/.test(f)))),
    // A chart's compiled shape (src/chart/shapes/), loaded beside the chart code: the largest.
    largestShape: Math.max(0, ...files.filter((f) => /^shape-/.test(f)).map(gzip)),
    compiler: sum(new Set(files.filter((f) => /^compiler-/.test(f)))),
    lazy: sum(new Set(lazy)),
    data: sum(new Set(data)),
    dataFiles: data.length,
  };
}
