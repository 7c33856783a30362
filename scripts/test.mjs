// npm test: type check, build (the CSP and bundle tests load dist/), unit tests, browser tests, and
// the packed package built into an app with Vite and with esbuild (scripts/bundlers.mjs).
import { execFileSync } from 'node:child_process';

const steps = [
  ['node', ['scripts/compile-shapes.mjs']],
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['node', ['scripts/build.mjs']],
  ['npx', ['vitest', 'run']],
  ['node', ['scripts/ensure-chromium.mjs']],
  ['npx', ['web-test-runner']],
  ['node', ['scripts/bundlers.mjs']],
];
for (const [cmd, args] of steps) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch (e) {
    process.exit(typeof e.status === 'number' && e.status !== 0 ? e.status : 1);
  }
}
