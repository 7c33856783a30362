// npm run size: gzipped bytes of the entry module and of the lazily loaded chart runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
if (!files.length) {
  console.error('No dist/: run npm run build first.');
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = files.map((f) => {
  const buf = readFileSync(`dist/${f}`);
  return { file: f, role: f === 'hf-indikatorer.js' ? 'entry (registers the elements)' : f.startsWith('vega-runtime') ? 'chart runtime (lazy)' : 'shared chunk', min: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
console.log('file'.padEnd(34), 'loaded as'.padEnd(32), 'minified'.padStart(10), 'gzip'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(34), r.role.padEnd(32), kb(r.min).padStart(10), kb(r.gzip).padStart(10));
const entry = rows.find((r) => r.file === 'hf-indikatorer.js');
const lazy = rows.filter((r) => r !== entry).reduce((a, r) => a + r.gzip, 0);
console.log(`\nentry: ${entry.gzip} bytes gzip; lazily loaded chart code: ${lazy} bytes gzip`);
