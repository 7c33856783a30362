// npm run validate -- file.json [...]: the package's `hf-indikatorer validate`, which reads files
// with the built reader (dist/data.js); builds it first in a clone that has not been built.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/data.js', import.meta.url))) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
try {
  execFileSync('node', ['bin/hf-indikatorer.mjs', 'validate', ...process.argv.slice(2)], { stdio: 'inherit' });
} catch (e) {
  process.exitCode = e.status ?? 1;
}
