// npm run build: the bundle (rollup), type declarations (tsc), custom-elements.json (cem), and
// minified copies of the datasets and code lists the elements fetch (the readable originals stay
// in data-contracts/ for people who publish and review data).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
console.log('Building dist/ (on a small machine a first build takes a minute or two) …');
rmSync('dist', { recursive: true, force: true });
run('node', ['scripts/compile-shapes.mjs']); // the chart shapes, compiled once here instead of on every page
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']); // custom-elements-manifest.config.mjs
for (const dir of ['datasets', 'codelists']) {
  mkdirSync(`dist/data-contracts/${dir}`, { recursive: true });
  for (const f of readdirSync(`data-contracts/${dir}`).filter((f) => f.endsWith('.json'))) {
    writeFileSync(`dist/data-contracts/${dir}/${f}`, JSON.stringify(JSON.parse(readFileSync(`data-contracts/${dir}/${f}`, 'utf8'))));
  }
}
console.log('Built dist/ and custom-elements.json');
