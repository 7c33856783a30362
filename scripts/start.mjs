// npm start: says where the demo will be, builds (a first build takes a minute or two on a small
// machine), then serves the demo on the bundled data and prints its URL again.
import { execFileSync } from 'node:child_process';

const port = Number(process.env.PORT ?? 8080);
console.log(`hf-indikatorer: building, then serving the demo at http://localhost:${port}/demo/ (PORT=… npm start for another port)`);
try {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
} catch (e) {
  process.exit(typeof e.status === 'number' ? e.status : 1);
}
const { serveDemo } = await import('./serve.mjs');
await serveDemo(port);
