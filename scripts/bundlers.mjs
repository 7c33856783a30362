// npm run test:bundlers (and the last step of npm test): the package as an app's developer gets
// it. Packs the tarball, unpacks it into a tiny app, builds the app with Vite and with esbuild, and
// checks in Chromium that all four elements draw their bundled data (the kommune highlight
// included) with no failed request and no error on the page. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite, createServer as viteDevServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// Inside the repository, so the app finds the package's dependencies (lit, vega) up the tree, as an installed app would find them beside it.
const WORK = join(ROOT, '.bundler-apps');

const PAGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>app</title><script type="module" src="./main.js"></script></head>
<body>
  <hf-pasientrate kommune="5501"></hf-pasientrate>
  <framskriving-chart kommune="5501"></framskriving-chart>
  <arsverk-tabell kommune="4601"></arsverk-tabell>
  <hf-utvikling></hf-utvikling>
</body>
</html>
`;
const MAIN = `import 'hf-indikatorer';\n`;

/** What a reader must see in each element, in its summary. */
const EXPECTED = {
  'hf-pasientrate': 'UNN-området: 149',
  'framskriving-chart': 'Universitetssykehuset Nord-Norge',
  'arsverk-tabell': 'Bergen',
  'hf-utvikling': '17 436 årsverk i 2023',
};

function app(name) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  execFileSync('tar', ['-xzf', join(WORK, 'package.tgz'), '-C', join(dir, 'node_modules')]);
  cpSync(join(dir, 'node_modules/package'), join(dir, 'node_modules/hf-indikatorer'), { recursive: true });
  rmSync(join(dir, 'node_modules/package'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'main.js'), MAIN);
  return dir;
}

const builds = {
  async vite(dir) {
    await vite({ root: dir, logLevel: 'warn', build: { outDir: 'out', emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
    return join(dir, 'out');
  },
  async esbuild(dir) {
    const out = join(dir, 'out');
    await esbuild({ entryPoints: [join(dir, 'main.js')], bundle: true, splitting: true, format: 'esm', outdir: out, logLevel: 'warning', absWorkingDir: dir });
    writeFileSync(join(out, 'index.html'), PAGE);
    return out;
  },
};

/** Vite's dev server, as a developer runs it: the dependencies pre-bundled, the app's modules served one by one. */
async function viteDev(browser, dir) {
  const server = await viteDevServer({ root: dir, logLevel: 'warn', server: { port: 0, host: '127.0.0.1' }, optimizeDeps: { force: true } });
  await server.listen();
  try {
    return await check(browser, 'vite (dev server)', server.resolvedUrls.local[0].replace(/\/$/, ''));
  } finally {
    await server.close();
  }
}

/** `root`: a folder to serve, or the origin of a server already running. */
async function check(browser, name, root) {
  const server = root.startsWith('http') ? undefined : await startServer({ root, port: 0 });
  const origin = server ? `http://127.0.0.1:${server.address().port}` : root;
  const page = await browser.newPage({ viewport: { width: 1000, height: 4000 } });
  const failures = [];
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => failures.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()}: ${r.url()}`));
  try {
    await page.goto(`${origin}/index.html`);
    const seen = await page.waitForFunction(
      (tags) => {
        const out = {};
        for (const tag of tags) {
          const root = document.querySelector(tag)?.shadowRoot;
          const summary = root?.querySelector('[part=summary]')?.textContent ?? '';
          const drawn = root?.querySelector('.chart svg, table');
          const error = root?.querySelector('[role=alert]')?.textContent;
          if (error) out[tag] = `error: ${error.trim()}`;
          else if (!drawn || !summary) return false;
          else out[tag] = summary.replace(/\s+/g, ' ');
        }
        return out;
      },
      Object.keys(EXPECTED),
      { timeout: 30000 },
    );
    const summaries = await seen.jsonValue();
    for (const [tag, want] of Object.entries(EXPECTED)) if (!summaries[tag].includes(want)) failures.push(`${tag}: "${summaries[tag]}" lacks "${want}"`);
  } catch (e) {
    failures.push(`not drawn: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
    server?.close();
  }
  console.log(failures.length ? `✗ ${name}\n  ${failures.join('\n  ')}` : `✓ ${name}: all four elements drew their bundled data, no failed request`);
  return failures.length === 0;
}

mkdirSync(WORK, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], { cwd: ROOT, encoding: 'utf8' }))[0];
cpSync(join(WORK, packed.filename), join(WORK, 'package.tgz'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
let ok = true;
for (const [name, build] of Object.entries(builds)) {
  let out;
  try {
    out = await build(app(name));
  } catch (e) {
    console.log(`✗ ${name}: the build failed: ${e.message}`);
    ok = false;
    continue;
  }
  ok = (await check(browser, name, out)) && ok;
}
ok = (await viteDev(browser, app('vite-dev'))) && ok;
await browser.close();
process.exit(ok ? 0 : 1);
