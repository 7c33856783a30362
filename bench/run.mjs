// npm run bench: builds the library, serves the repo root gzip-compressed on a free localhost
// port, generates the pages (bench/pages/), drives Chromium over them and prints one table of
// medians [min–max] for ours and the plain vega-embed baseline, then the budgets (reported,
// never asserted). Writes the same figures to bench/results.json. See bench/README.md.
//
//   node bench/run.mjs [--runs N] [--quick] [--only bytes,time,throttled,heap,sort] [--no-build]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './server.mjs';
import { writePages } from './pages.mjs';
import { launchBrowser, measureEmptyHeap, measureLoad, measureSort, CPU_RATE, TALL_VIEWPORT } from './measure.mjs';
import { fmtStat, fmtValue, KB, ratio, summarize, table } from './stats.mjs';
import { measureSizes } from '../scripts/sizes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GROUPS = ['bytes', 'time', 'throttled', 'heap', 'sort'];
const DEADLINE_MS = 40 * 60_000; // the whole run, whatever happens

function parseArgs(argv) {
  const opts = { runs: 5, only: new Set(GROUPS), build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') opts.runs = 1;
    else if (a.startsWith('--runs')) {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs takes a whole number ≥ 1');
    } else if (a.startsWith('--only')) {
      const names = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = names.filter((n) => !GROUPS.includes(n));
      if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')}; choose from ${GROUPS.join(', ')}`);
      opts.only = new Set(names);
    } else if (a === '--no-build') opts.build = false;
    else if (a === '--help' || a === '-h') {
      console.log('node bench/run.mjs [--runs N (default 5)] [--quick (1 run)] [--only ' + GROUPS.join(',') + '] [--no-build]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const log = (...a) => console.error('[bench]', ...a);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (opts.build) {
    log('building (node scripts/build.mjs) …');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 5 * 60_000 });
  }
  const pages = writePages(resolve(ROOT, 'bench/pages'));
  let server;
  let browser;
  const watchdog = setTimeout(() => {
    console.error(`[bench] gave up: the run took longer than ${DEADLINE_MS / 60_000} minutes`);
    Promise.allSettled([browser?.close(), server?.close()]).finally(() => process.exit(1));
  }, DEADLINE_MS);
  watchdog.unref();
  const onSignal = (sig) => {
    console.error(`[bench] ${sig}: stopping`);
    Promise.allSettled([browser?.close(), server?.close()]).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await startBenchServer(ROOT);
    browser = await launchBrowser();
    const url = (name) => server.origin + pages[name];
    log(`serving ${ROOT} at ${server.origin}; Chromium ${browser.version()}; ${opts.runs} run(s); ${[...opts.only].join(', ')}`);

    const only = opts.only;
    const unthrottledNs = [...new Set([...(only.has('bytes') ? [1, 3, 20] : []), ...(only.has('time') ? [1, 20] : [])])].sort((a, b) => a - b);
    // In a window tall enough for all 20, every chart is drawn at once: the time to draw them
    // all, and the heap with all of them drawn.
    const tall = only.has('time') || only.has('heap');
    const throttledNs = only.has('throttled') ? [1, 20] : [];

    // Retries a load once: a single time-out on a noisy machine is not a broken benchmark.
    const attempt = async (what, fn) => {
      try {
        return await fn();
      } catch (e) {
        log(`${what}: ${e.message.split('\n')[0]}; retrying once`);
        return fn();
      }
    };

    // Warm-up (not recorded): compresses every file once and lets the OS cache them.
    log('warm-up …');
    for (const name of ['ours-20', 'baseline-20', 'arsverk-372']) await attempt(`warm-up ${name}`, () => measureLoad(browser, url(name)));

    const raw = {}; // raw[key] = array of per-run results
    const push = (key, v) => (raw[key] ??= []).push(v);
    for (let run = 0; run < opts.runs; run++) {
      const t0 = Date.now();
      // Alternate who goes first, so drift on a shared machine hits both sides alike.
      const sides = run % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const n of unthrottledNs) {
        for (const side of sides) {
          const name = `${side}-${n}`;
          push(name, await attempt(name, () => measureLoad(browser, url(name), { timeoutMs: 90_000 })));
        }
      }
      if (tall) {
        for (const side of sides) {
          const name = `${side}-20`;
          push(`${name}-tall`, await attempt(`${name} tall`, () => measureLoad(browser, url(name), { heap: only.has('heap'), viewport: TALL_VIEWPORT, timeoutMs: 90_000 })));
        }
      }
      if (only.has('heap')) push('empty', await attempt('empty', () => measureEmptyHeap(browser, url('empty'))));
      for (const n of throttledNs) {
        for (const side of sides) {
          const name = `${side}-${n}`;
          push(`${name}-throttled`, await attempt(`${name} throttled`, () => measureLoad(browser, url(name), { throttled: true, timeoutMs: 240_000 })));
        }
      }
      if (only.has('sort')) push('arsverk-372', await attempt('arsverk-372', () => measureSort(browser, url('arsverk-372'), { sorts: 6 })));
      log(`run ${run + 1}/${opts.runs} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }

    const results = buildFigures(raw, only);
    const machine = {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: +(os.totalmem() / 1024 ** 3).toFixed(1),
      loadavgAtEnd: os.loadavg().map((x) => +x.toFixed(2)),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: browser.version(),
      date: new Date().toISOString(),
    };
    const budgets = checkBudgets(results, only);
    printReport(results, budgets, machine, opts);
    const out = {
      machine,
      options: { runs: opts.runs, only: [...only], throttling: { network: 'Fast 4G: 165 ms, 9 Mbit/s down, 1.5 Mbit/s up', cpuRate: CPU_RATE } },
      units: { bytes: 'bytes (Network.loadingFinished encodedDataLength, gzip on the wire, headers included)', time: 'ms since navigation start', heap: 'bytes (Runtime.getHeapUsage usedSize)' },
      figures: results.figures.map(({ label, id, unit, ours, baseline }) => ({ id, label, unit, ours, baseline, ratio: ratio(ours, baseline) })),
      budgets,
      details: results.details,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
    log(`wrote bench/results.json; took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
}

function buildFigures(raw, only) {
  const figures = [];
  const stat = (key, field) => (raw[key] ? summarize(raw[key].map((r) => r[field])) : null);
  const add = (id, label, unit, ours, baseline) => {
    if (ours || baseline) figures.push({ id, label, unit, ours, baseline });
  };
  if (only.has('bytes')) {
    for (const n of [1, 3, 20]) add(`bytes-first-${n}`, `${n} el.: bytes before first number`, 'KB', stat(`ours-${n}`, 'bytesBeforeFirst'), stat(`baseline-${n}`, 'bytesBeforeFirst'));
    add('js-bytes-first-1', '1 el.: JS bytes before first number', 'KB', stat('ours-1', 'jsBytesBeforeFirst'), stat('baseline-1', 'jsBytesBeforeFirst'));
    for (const n of [1, 3, 20]) add(`bytes-total-${n}`, `${n} el.: bytes in total, all drawn`, 'KB', stat(`ours-${n}`, 'bytesTotal'), stat(`baseline-${n}`, 'bytesTotal'));
  }
  if (only.has('time')) {
    for (const n of [1, 20]) {
      add(`time-first-${n}`, `${n} el.: first number visible`, 'ms', stat(`ours-${n}`, 'firstNumber'), stat(`baseline-${n}`, 'firstNumber'));
      add(`time-visible-${n}`, `${n} el.: charts on first screen drawn`, 'ms', stat(`ours-${n}`, 'visibleDrawn'), stat(`baseline-${n}`, 'visibleDrawn'));
      add(`time-drawn-${n}`, `${n} el.: all drawn`, 'ms', stat(`ours-${n}`, 'allDrawn'), stat(`baseline-${n}`, 'allDrawn'));
    }
    add('time-every-20', '20 el., all in view: every chart drawn', 'ms', stat('ours-20-tall', 'everyChart'), stat('baseline-20-tall', 'everyChart'));
  }
  if (only.has('throttled')) {
    for (const n of [1, 20]) {
      add(`time-first-${n}-throttled`, `${n} el., Fast 4G + 4x CPU: first number`, 'ms', stat(`ours-${n}-throttled`, 'firstNumber'), stat(`baseline-${n}-throttled`, 'firstNumber'));
      add(`time-visible-${n}-throttled`, `${n} el., Fast 4G + 4x CPU: first screen drawn`, 'ms', stat(`ours-${n}-throttled`, 'visibleDrawn'), stat(`baseline-${n}-throttled`, 'visibleDrawn'));
      add(`time-drawn-${n}-throttled`, `${n} el., Fast 4G + 4x CPU: all drawn`, 'ms', stat(`ours-${n}-throttled`, 'allDrawn'), stat(`baseline-${n}-throttled`, 'allDrawn'));
    }
  }
  if (only.has('heap')) {
    const empty = stat('empty', 'heapEmpty');
    add('heap-empty', 'JS heap: empty page, no library (same page both)', 'MB', empty, empty);
    add('heap-drawn-20', 'JS heap: 20 el. drawn (all in view)', 'MB', stat('ours-20-tall', 'heapDrawn'), stat('baseline-20-tall', 'heapDrawn'));
    add('heap-ref', 'JS heap: 20 el. removed (library loaded, no charts)', 'MB', stat('ours-20-tall', 'heapRemoved'), stat('baseline-20-tall', 'heapRemoved'));
    add('heap-removed-20', 'JS heap: 20 el. drawn again and removed', 'MB', stat('ours-20-tall', 'heapRemovedAgain'), stat('baseline-20-tall', 'heapRemovedAgain'));
  }
  if (only.has('sort') && raw['arsverk-372']) {
    const runs = raw['arsverk-372'];
    const perRun = (field) => summarize(runs.map((r) => summarize(r.samples.map((s) => s[field])).median));
    add('arsverk-first-render', `<arsverk-tabell> ${runs[0].rows} rows: first render`, 'ms', summarize(runs.map((r) => r.firstRender)), null);
    add('arsverk-sort-script', '<arsverk-tabell> re-sort at 4x CPU: scripting', 'ms', perRun('script'), null);
    add('arsverk-sort-frame', '<arsverk-tabell> re-sort at 4x CPU: to next frame', 'ms', perRun('frame'), null);
  }
  // Per page, what was downloaded (from the last run) and a check that text went out gzipped.
  const details = {};
  for (const [key, runs] of Object.entries(raw)) {
    const last = runs[runs.length - 1];
    details[key] = {
      files: last.files,
      requestsTotal: last.requestsTotal,
      requestsBeforeFirst: last.requestsBeforeFirst,
      notGzipped: last.notGzipped,
      unmatchedTimingEntries: last.unmatched,
      hfRenderEvents: last.renders,
      ...(last.rows ? { rows: last.rows, sortSamples: runs.map((r) => r.samples) } : {}),
    };
  }
  return { figures, details, raw };
}

/** The budgets of issue 18: one chart, the first screen and every chart of twenty, the first load of each element's page, the chart code, a re-sort. */
function checkBudgets({ figures }, only) {
  const f = (id) => figures.find((x) => x.id === id);
  const out = [];
  const budget = (name, holds, text) => out.push({ name, result: holds === null ? 'not measured' : holds ? 'holds' : 'falls short', text });
  const kb = (b) => `${fmtValue(b, 'KB')} KB`;
  const ms = (v) => `${fmtValue(v, 'ms')} ms`;
  /** A time against `factor` × the baseline's, from the same run. */
  const against = (name, id, factor, group) => {
    const x = f(id);
    budget(
      `${name} ≤ ${factor.toFixed(1)} × baseline`,
      x ? x.ours.median <= factor * x.baseline.median : null,
      x ? `${ms(x.ours.median)} vs ${ms(x.baseline.median)} (ratio ${ratio(x.ours, x.baseline).toFixed(2)})` : `needs --only ${group}`,
    );
  };
  against('1 element, unthrottled: its chart drawn', 'time-drawn-1', 0.8, 'time');
  against('1 element, Fast 4G + 4x CPU: its chart drawn', 'time-drawn-1-throttled', 0.8, 'throttled');
  // "Drawn" is the page done until the reader scrolls: ours draws a chart when it comes within
  // half a screen of the viewport, the baseline draws all 20 at once.
  against('20 elements, unthrottled: charts of the first screen', 'time-visible-20', 1.0, 'time');
  against('20 elements, Fast 4G + 4x CPU: charts of the first screen', 'time-visible-20-throttled', 1.0, 'throttled');
  against('20 elements, unthrottled: all drawn', 'time-drawn-20', 0.5, 'time');
  against('20 elements, Fast 4G + 4x CPU: all drawn', 'time-drawn-20-throttled', 0.5, 'throttled');

  // Bytes from the build itself (`npm run size`): every element's page, and the chart code.
  const sizes = measureSizes(resolve(ROOT, 'dist'), resolve(ROOT, 'data-contracts'));
  for (const [tag, bytes] of Object.entries(sizes.firstLoad)) budget(`Page with <${tag}>: the entry and what it needs before the first number ≤ 25 KB gzip`, bytes <= 25 * KB, kb(bytes));
  const chartCode = sizes.chartCode + sizes.largestShape;
  budget('Chart code ≤ 130 KB gzip (the chart chunk and the largest compiled shape)', chartCode <= 130 * KB, `${kb(chartCode)} (${kb(sizes.chartCode)} + ${kb(sizes.largestShape)})`);

  const sort = f('arsverk-sort-script')?.ours;
  budget('<arsverk-tabell> re-sort ≤ 16 ms scripting at 4x CPU', sort ? sort.median <= 16 : null, sort ? `${ms(sort.median)} [${ms(sort.min)}–${ms(sort.max)}] (to next frame: ${ms(f('arsverk-sort-frame').ours.median)})` : 'needs --only sort');
  return out;
}

function printReport({ figures }, budgets, machine, opts) {
  const rows = figures.map(({ label, unit, ours, baseline }) => {
    const r = ratio(ours, baseline);
    return [label, fmtStat(ours, unit), fmtStat(baseline, unit), r === null || ours === baseline ? '–' : r.toFixed(2)];
  });
  console.log(`\nhf-indikatorer benchmark — median [min–max] of ${opts.runs} run(s); KB = 1024 bytes on the wire (gzip), times from navigation start`);
  console.log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.date}\n`);
  console.log(table(['figure', 'ours', 'baseline', 'ours/baseline'], rows));
  console.log('\nBudgets (reported, not asserted):');
  for (const b of budgets) console.log(`- ${b.result.padEnd(12)} ${b.name}: ${b.text}`);
  console.log('');
}

main().catch((e) => {
  console.error('[bench] failed:', e?.stack ?? e);
  process.exitCode = 1;
});
