// npm run shapes: finds every chart shape the elements draw on the demo page, the benchmark's
// pages and a projection of every unit (each element at the widths below, in nb, nn and en,
// drilled down where it can be)
// and writes them to src/chart/shapes/, which the build compiles (scripts/compile-shapes.mjs).
// Run it after changing a spec builder: the browser test "every chart of the demo page comes
// compiled by the build" fails until then. It builds, then drives Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { startServer } from './serve.mjs';
import { SETS } from '../bench/pages.mjs';
import { TAGS } from './elements.mjs';

const SHAPES = 'src/chart/shapes';
// Either side of each width at which a spec builder draws another shape (src/chart/layout.ts: narrow
// bars below 420 px, a vertical legend below 480, one more small multiple per 320 px).
const WIDTHS = [320, 450, 700, 1000, 1300];
const LANGS = ['nb', 'nn', 'en'];
/** The performance mark the chart runtime sets for a shape it compiled on the page (src/chart/vega-runtime.ts). */
const MARK = 'hf-shape-compiled-on-page';

// Start from none, so that a shape no builder draws any more is dropped.
rmSync(SHAPES, { recursive: true, force: true });
mkdirSync(SHAPES, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const demo = readFileSync('demo/index.html', 'utf8');
const tagPattern = new RegExp(`<(${TAGS.join('|')})\\b[^>]*>`, 'g');
// The benchmark's pages, and a projection of every unit (a unit's number of services changes its
// chart's shape), beside the demo's tags.
const attributes = (attrs) => Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
const units = JSON.parse(readFileSync('data-contracts/codelists/helseregioner.json', 'utf8')).category.index;
const elements = [
  ...new Set([
    ...[...demo.matchAll(tagPattern)].map((m) => m[0]).filter((tag) => !/finnes-ikke/.test(tag)),
    ...Object.values(SETS).flat().map(({ tag, attrs }) => `<${tag}${attributes(attrs)}>`),
    ...units.flatMap((unit) => ['trend', 'steps'].map((variant) => `<framskriving-chart hf="${unit}" variant="${variant}">`)),
  ]),
];
const page = (lang, width) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="margin:0">
${elements.map((tag) => `<div style="width:${width}px">${tag.replace(/>$/, ` lang="${lang}">`)}</div>`).join('\n')}
<script type="module" src="../dist/hf-indikatorer.js"></script>`;

const server = await startServer({
  port: 0,
  handler(req, res, url) {
    if (url.pathname !== '/demo/shapes.html') return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('lang'), Number(url.searchParams.get('width'))));
    return true;
  },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const shapes = new Map();
try {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const tab = await browser.newPage({ viewport: { width: width + 40, height: 2000 } });
      // Which elements have drawn (or failed): charts are drawn near the viewport only.
      await tab.addInitScript(() => {
        window.done = new WeakSet();
        for (const type of ['hf-render', 'hf-error']) document.addEventListener(type, (e) => window.done.add(e.target));
        window.rendered = 0;
        document.addEventListener('hf-render', () => window.rendered++);
      });
      await tab.goto(`http://127.0.0.1:${server.address().port}/demo/shapes.html?lang=${lang}&width=${width}`);
      for (const el of await tab.locator(TAGS.join(',')).all()) {
        await el.scrollIntoViewIfNeeded();
        await tab.waitForFunction((node) => window.done.has(node), await el.elementHandle(), { timeout: 60_000 });
      }
      // Each drill-down drawn: an hf-render for every button pressed.
      const before = await tab.evaluate(() => window.rendered);
      const drills = await tab.locator('hf-pasientrate button.drill').all();
      for (const button of drills) await button.click();
      await tab.waitForFunction((n) => window.rendered >= n, before + drills.length, { timeout: 60_000 });
      for (const { id, shape } of await tab.evaluate((mark) => performance.getEntriesByName(mark).map((e) => e.detail), MARK)) shapes.set(id, shape);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const [id, shape] of shapes) writeFileSync(`${SHAPES}/${id}.json`, `${JSON.stringify(shape)}\n`);
console.log(`Recorded ${shapes.size} chart shapes in ${SHAPES}/ (${readdirSync(SHAPES).length} files)`);
execFileSync(process.execPath, ['scripts/compile-shapes.mjs'], { stdio: 'inherit' });
