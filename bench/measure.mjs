// One measured page load: a fresh browser context, the cache disabled over CDP, optional
// "Fast 4G" network and 4x CPU throttling, the marks the page records (window.__bench), the
// bytes of every response (Network.loadingFinished encodedDataLength), and optionally the JS
// heap after drawing and after removing everything.
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { TAGS } from '../scripts/elements.mjs';

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

/**
 * "Fast 4G": 165 ms latency, 9 Mbit/s down, 1.5 Mbit/s up (decimal megabits, in bytes per
 * second; DevTools' own preset takes a further 10 % off both), and the CPU 4x slower.
 */
export const FAST_4G = { offline: false, latency: 165, downloadThroughput: 9_000_000 / 8, uploadThroughput: 1_500_000 / 8 };
export const CPU_RATE = 4;

const VIEWPORT = { width: 1000, height: 800 };
/** Tall enough that all 20 elements of a page are in view, so every chart is drawn at once. */
export const TALL_VIEWPORT = { width: 1000, height: 20000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launchBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: 60_000 });
}

/** Rejects after `ms` with a message naming what was waited for. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** A fresh context and page with a CDP session recording every request. */
async function openPage(browser, { throttled, viewport = VIEWPORT }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    // A redirect reuses the requestId; keep the final URL.
    const r = requests.get(e.requestId) ?? { id: e.requestId };
    r.url = e.request.url;
    r.type = e.type;
    requests.set(e.requestId, r);
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.type = e.type;
      r.mimeType = e.response.mimeType;
      r.status = e.response.status;
      r.encoding = e.response.headers['Content-Encoding'] ?? e.response.headers['content-encoding'];
    }
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.bytes = e.encodedDataLength;
      r.finished = e.timestamp;
    }
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = e.errorText;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', FAST_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  }
  return { context, page, cdp, requests };
}

async function heapUsed(cdp, collections = 1) {
  for (let i = 0; i < collections; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Which finished requests had ended by page time `t` (ms since navigation): each CDP request
 * is paired, by URL and in order of finishing, with the page's Resource Timing entries, whose
 * responseEnd is on the same clock as the marks.
 */
function endedBy(requests, timing, t) {
  const byUrl = new Map();
  for (const e of timing) {
    if (!byUrl.has(e.name)) byUrl.set(e.name, []);
    byUrl.get(e.name).push(e.responseEnd);
  }
  for (const ends of byUrl.values()) ends.sort((a, b) => a - b);
  const finished = [...requests.values()].filter((r) => r.bytes !== undefined).sort((a, b) => a.finished - b.finished);
  const used = new Map();
  const out = [];
  let unmatched = 0;
  for (const r of finished) {
    const ends = byUrl.get(r.url) ?? [];
    const i = used.get(r.url) ?? 0;
    used.set(r.url, i + 1);
    if (i >= ends.length) {
      unmatched++;
      continue;
    }
    if (ends[i] <= t) out.push(r);
  }
  return { requests: out, unmatched };
}

const sum = (rs) => rs.reduce((a, r) => a + (r.bytes ?? 0), 0);
const isJs = (r) => r.type === 'Script' || /javascript/.test(r.mimeType ?? '');

/**
 * Loads `url` and waits until the page is drawn (window.__bench.allDrawn, see bench/pages.mjs). With `heap`, also
 * measures the JS heap after drawing and after `document.body.innerHTML = ''`.
 */
export async function measureLoad(browser, url, { throttled = false, heap = false, viewport = VIEWPORT, timeoutMs = 60_000 } = {}) {
  const { context, page, cdp, requests } = await openPage(browser, { throttled, viewport });
  try {
    await withTimeout(page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }), timeoutMs, `navigation to ${url}`);
    await page.waitForFunction(() => window.__bench && (window.__bench.allDrawn !== null || window.__bench.errors.length > 0), null, { timeout: timeoutMs, polling: 100 });
    const marks = await page.evaluate(() => window.__bench);
    if (marks.errors.length) throw new Error(`page reported errors: ${marks.errors.join(' | ').slice(0, 500)}`);
    if (marks.firstNumber === null) {
      // Drawn but no frame has run since the number appeared: give it a frame.
      await page.waitForFunction(() => window.__bench.firstNumber !== null, null, { timeout: 10_000, polling: 50 });
      marks.firstNumber = await page.evaluate(() => window.__bench.firstNumber);
    }
    // Let the last loadingFinished events arrive.
    await sleep(300);
    const timing = await page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map((e) => ({ name: e.name, responseEnd: e.responseEnd })));
    const all = [...requests.values()];
    const failed = all.filter((r) => r.failed || (r.status && r.status >= 400));
    if (failed.length) throw new Error(`failed requests: ${failed.map((r) => `${r.url} ${r.failed ?? r.status}`).join(', ')}`);
    const finished = all.filter((r) => r.bytes !== undefined);
    const before = endedBy(requests, timing, marks.firstNumber);
    const result = {
      firstNumber: marks.firstNumber,
      visibleDrawn: marks.visibleDrawn ?? marks.allDrawn,
      allDrawn: marks.allDrawn,
      // Ours: the hf-render that completes the set (every chart drawn); baseline: all drawn.
      everyChart: marks.kind === 'ours' ? (marks.everyChart ?? null) : marks.allDrawn,
      renders: marks.renders,
      bytesTotal: sum(finished),
      jsBytesTotal: sum(finished.filter(isJs)),
      bytesBeforeFirst: sum(before.requests),
      jsBytesBeforeFirst: sum(before.requests.filter(isJs)),
      requestsTotal: finished.length,
      requestsBeforeFirst: before.requests.length,
      unmatched: before.unmatched,
      notGzipped: finished.filter((r) => !r.encoding && /text|javascript|json/.test(r.mimeType ?? '')).map((r) => r.url),
      files: finished.map((r) => ({ url: new URL(r.url).pathname, type: r.type, bytes: r.bytes })),
    };
    if (heap) {
      if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      result.heapDrawn = await heapUsed(cdp, 1);
      // Remove every chart; keep bare copies to put back. What the heap holds then is the page with
      // the library and its chart code loaded and no charts: the reference for the second round.
      await page.evaluate((selector) => {
        window.__copies = [...document.querySelectorAll(selector)].map((el) => el.cloneNode(false));
        document.body.innerHTML = '';
      }, `${TAGS.join(',')},.bl-chart`);
      const settle = async () => {
        await sleep(1000);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      };
      await settle();
      result.heapRemoved = await heapUsed(cdp, 2);
      // Second round: the same charts drawn again and removed again. A leak shows as growth.
      await page.evaluate(async () => {
        const copies = window.__copies;
        window.__copies = undefined;
        const ours = copies[0] && copies[0].localName !== 'div';
        let drawn = 0;
        const all = new Promise((resolve) => {
          if (!ours) return resolve(undefined);
          document.addEventListener('hf-render', function count() {
            if (++drawn === copies.length) {
              document.removeEventListener('hf-render', count);
              resolve(undefined);
            }
          });
        });
        for (const el of copies) {
          const item = document.createElement('div');
          item.className = 'item';
          item.append(el);
          document.body.append(item);
        }
        if (!ours) await window.__drawAll();
        await all;
        document.body.innerHTML = '';
      });
      await settle();
      result.heapRemovedAgain = await heapUsed(cdp, 2);
    }
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** The JS heap of the empty page: the reference for "after removal". */
export async function measureEmptyHeap(browser, url, { timeoutMs = 30_000 } = {}) {
  const { context, page, cdp } = await openPage(browser, { throttled: false });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await sleep(1000);
    return { heapEmpty: await heapUsed(cdp, 2) };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * `<arsverk-tabell>` with all rows: time to first render (navigation → hf-render), then `sorts`
 * re-sorts at 4× CPU alternating between the 4th and the 3rd column's sort button. Each sort: script =
 * click → `updateComplete`; frame = click → the task after the next animation frame (style,
 * layout and paint of the frame that shows the new order have run).
 */
export async function measureSort(browser, url, { sorts = 6, timeoutMs = 60_000 } = {}) {
  const { context, page, cdp } = await openPage(browser, { throttled: false });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => window.__bench && (window.__bench.allDrawn !== null || window.__bench.errors.length > 0), null, { timeout: timeoutMs, polling: 100 });
    const marks = await page.evaluate(() => window.__bench);
    if (marks.errors.length) throw new Error(`page reported errors: ${marks.errors.join(' | ').slice(0, 500)}`);
    await sleep(500);
    // The sorts at 4× CPU, as on a slow phone (the budget's condition); the page loaded at full speed.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const out = await withTimeout(
      page.evaluate(async (n) => {
        const el = document.querySelector('arsverk-tabell');
        const root = el.shadowRoot;
        const bodyRows = () => root.querySelectorAll('tbody:not(.reference) tr');
        const rows = bodyRows().length;
        const nextFrame = () =>
          new Promise((r) =>
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => r();
              ch.port2.postMessage(0);
            }),
          );
        const samples = [];
        for (let i = 0; i < n; i++) {
          await new Promise((r) => setTimeout(r, 200));
          await nextFrame();
          const col = i % 2 === 0 ? 3 : 2;
          const button = root.querySelectorAll('thead th button')[col];
          const firstBefore = bodyRows()[0]?.querySelector('th')?.textContent.trim();
          const t0 = performance.now();
          button.click();
          await el.updateComplete;
          const t1 = performance.now();
          await nextFrame();
          const t2 = performance.now();
          const th = root.querySelectorAll('thead th')[col];
          samples.push({ column: col + 1, script: t1 - t0, frame: t2 - t0, sorted: th.getAttribute('aria-sort'), firstBefore, firstAfter: bodyRows()[0]?.querySelector('th')?.textContent.trim() });
        }
        return { rows, samples };
      }, sorts),
      timeoutMs,
      're-sorts',
    );
    const bad = out.samples.filter((s) => s.sorted !== 'descending' && s.sorted !== 'ascending');
    if (bad.length) throw new Error(`a sort did not take effect: ${JSON.stringify(bad[0])}`);
    return { firstRender: marks.allDrawn, ...out };
  } finally {
    await context.close().catch(() => {});
  }
}
