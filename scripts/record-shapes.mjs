// npm run shapes: finds every chart shape the elements draw on the demo page and the benchmark's
// pages (each element, at 320, 700 and 1000 px, in nb, nn and en, drilled down where it can be)
// and writes them to src/chart/shapes/, which the build compiles (scripts/compile-shapes.mjs).
// Run it after changing a spec builder: the browser test "every chart of the demo page comes
// compiled by the build" fails until then. It builds, then drives Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { startServer } from './serve.mjs';
import { TAGS } from './elements.mjs';

const SHAPES = 'src/chart/shapes';
const WIDTHS = [320, 700, 1000];
const LANGS = ['nb', 'nn', 'en'];
/** The performance mark the chart runtime sets for a shape it compiled on the page (src/chart/vega-runtime.ts). */
const MARK = 'hf-shape-compiled-on-page';

// Start from none, so that a shape no builder draws any more is dropped.
rmSync(SHAPES, { recursive: true, force: true });
mkdirSync(SHAPES, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const demo = readFileSync('demo/index.html', 'utf8');
const tagPattern = new RegExp(`<(${TAGS.join('|')})\\b[^>]*>`, 'g');
const elements = [
  ...[...demo.matchAll(tagPattern)].map((m) => m[0]).filter((tag) => !/finnes-ikke/.test(tag)),
  // The benchmark's pages (bench/pages.mjs).
  '<hf-pasientrate kommune="5401">',
  '<framskriving-chart region="helse-vest" variant="steps">',
  '<arsverk-tabell kommune="5401" view="chart">',
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
      const tab = await browser.newPage({ viewport: { width: width + 40, height: 40_000 } });
      await tab.goto(`http://127.0.0.1:${server.address().port}/demo/shapes.html?lang=${lang}&width=${width}`);
      // Every element drawn (or failed), then each drill-down opened and drawn.
      const settled = () => tab.waitForFunction((tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('.chart svg, table, [role=alert]')), TAGS.join(','), { timeout: 60_000 });
      await settled();
      // Each drill-down drawn: an hf-render for every button pressed.
      await tab.evaluate(() => document.addEventListener('hf-render', () => (window.rendered = (window.rendered ?? 0) + 1)));
      const drills = await tab.locator('hf-pasientrate button.drill').all();
      for (const button of drills) await button.click();
      await tab.waitForFunction((n) => (window.rendered ?? 0) >= n, drills.length, { timeout: 60_000 });
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
