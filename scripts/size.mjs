// npm run size: gzipped bytes of the entry with everything it imports statically (what a page
// loads before a number can show), and of the code loaded later (chart runtime, spec builders,
// error texts). The figures come from `sizes.mjs`, which the benchmark's budgets use too.
import { measureSizes } from './sizes.mjs';

let s;
try {
  s = measureSizes();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file'.padEnd(34), 'minified'.padStart(10), 'gzip'.padStart(10));
for (const f of s.files) console.log(f.file.padEnd(34), kb(f.minified).padStart(10), kb(f.gzip).padStart(10));
console.log('\nbefore the first number (gzip):');
for (const [tag, bytes] of Object.entries(s.firstLoad)) console.log(`  page with <${tag}>:`.padEnd(40), `${bytes} bytes (${kb(bytes)})`);
console.log(`  page with all ${Object.keys(s.firstLoad).length}:`.padEnd(40), `${s.firstLoadAll} bytes (${kb(s.firstLoadAll)})`);
console.log('chart code (the charts chunk, with the first chart):'.padEnd(40), `${s.chartCode} bytes (${kb(s.chartCode)})`);
console.log('  with the largest compiled chart shape:'.padEnd(40), `${s.chartCode + s.largestShape} bytes (${kb(s.chartCode + s.largestShape)})`);
console.log('compiler (only for a shape the build has not seen, or an image):'.padEnd(40), `${s.compiler} bytes (${kb(s.compiler)})`);
console.log('loaded later (chart runtime, specs, downloads, error texts):'.padEnd(40), `${s.lazy} bytes (${kb(s.lazy)})`);
console.log('shipped data, each file loaded by the element that shows it:'.padEnd(40), `${s.data} bytes (${kb(s.data)}) in ${s.dataFiles} files`);
