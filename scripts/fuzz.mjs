// npm run fuzz [-- runs [seed]]: the reader's fuzz test with 100 000 hostile files (or `runs`),
// printing how many were slow; the unit tests run 3 000 with a fixed seed.
import { execFileSync } from 'node:child_process';

const [runs = '100000', seed = String(Date.now() % 1e9)] = process.argv.slice(2);
console.log(`seed ${seed}`);
try {
  execFileSync('npx', ['vitest', 'run', 'test/unit/fuzz.test.ts', '--silent=false', '--reporter=dot'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  });
} catch (e) {
  process.exitCode = e.status ?? 1;
}
