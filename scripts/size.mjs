// npm run size: gzipped bytes of the entry with everything it imports statically (what a page
// loads before a number can show), and of the code loaded later (chart runtime, spec builders,
// error texts).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TAGS } from './elements.mjs';

const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
if (!files.includes('hf-indikatorer.js')) {
  console.error('No dist/: run npm run build first.');
  process.exit(1);
}
const code = (f) => readFileSync(`dist/${f}`, 'utf8');
const gzip = (f) => gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length;
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
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (set) => [...set].reduce((a, f) => a + gzip(f), 0);

console.log('file'.padEnd(34), 'minified'.padStart(10), 'gzip'.padStart(10));
for (const f of files) console.log(f.padEnd(34), kb(code(f).length).padStart(10), kb(gzip(f)).padStart(10));

// What a page with one kind of element loads before its number shows: the entry, that element's
// module and everything they import statically. The chart runtime and spec builders come after.
console.log('\nbefore the first number (gzip):');
const entry = closure('hf-indikatorer.js');
let all = new Set(entry);
for (const tag of TAGS) {
  const needed = new Set([...entry, ...closure(`${tag}.js`)]);
  all = new Set([...all, ...needed]);
  console.log(`  page with <${tag}>:`.padEnd(40), `${sum(needed)} bytes (${kb(sum(needed))})`);
}
console.log(`  page with all ${TAGS.length}:`.padEnd(40), `${sum(all)} bytes (${kb(sum(all))})`);
// The shipped datasets and code lists are chunks too (src/assets.ts): data, loaded by the element that shows it.
const shipped = new Set(['datasets', 'codelists'].flatMap((d) => readdirSync(`data-contracts/${d}`)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
const data = files.filter((f) => shipped.has(f.replace(/-[\w-]{8}\.js$/, '')));
const lazy = files.filter((f) => !all.has(f) && f !== 'data.js' && !data.includes(f));
console.log('loaded later (chart runtime, specs, downloads, error texts):'.padEnd(40), `${sum(new Set(lazy))} bytes (${kb(sum(new Set(lazy)))})`);
console.log('shipped data, each file loaded by the element that shows it:'.padEnd(40), `${sum(new Set(data))} bytes (${kb(sum(new Set(data)))}) in ${data.length} files`);
