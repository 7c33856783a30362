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
    add('arsverk-sort-script', '<arsverk-tabell> re-sort: scripting', 'ms', perRun('script'), null);
    add('arsverk-sort-frame', '<arsverk-tabell> re-sort: to next frame', 'ms', perRun('frame'), null);
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

function checkBudgets({ figures }, only) {
  const f = (id) => figures.find((x) => x.id === id);
  const out = [];
  const budget = (name, holds, text) => out.push({ name, result: holds === null ? 'not measured' : holds ? 'holds' : 'falls short', text });
  const kb = (b) => `${fmtValue(b, 'KB')} KB`;
  const ms = (v) => `${fmtValue(v, 'ms')} ms`;

  const js = f('js-bytes-first-1')?.ours;
  budget('Entry module + what it needs before a number (ours-1, JS only) ≤ 25 KB gzip', js ? js.median <= 25 * KB : null, js ? `${kb(js.median)} (files: see details["ours-1"])` : 'needs --only bytes');

  const t3 = f('bytes-total-3');
  budget('All three elements: total bytes ≤ baseline', t3 ? t3.ours.median <= t3.baseline.median : null, t3 ? `${kb(t3.ours.median)} vs baseline ${kb(t3.baseline.median)} (ratio ${ratio(t3.ours, t3.baseline).toFixed(2)})` : 'needs --only bytes');

  // "Drawn" is the page done until the reader scrolls: ours draws a chart when it comes within
  // half a screen of the viewport (as the issue suggests), the baseline draws all 20 at once.
  // The first screen and, in a window where all 20 are in view, every chart are printed too.
  const every = f('time-every-20');
  for (const [id, label] of [
    ['time-drawn-20', 'unthrottled'],
    ['time-drawn-20-throttled', 'Fast 4G + 4x CPU'],
  ]) {
    const x = f(id);
    const first = f(id.replace('drawn', 'visible'));
    budget(
      `20 elements, ${label}: time until all are drawn ≤ 0.5 × baseline`,
      x ? x.ours.median <= 0.5 * x.baseline.median : null,
      x
        ? `${ms(x.ours.median)} vs 0.5 × ${ms(x.baseline.median)} = ${ms(0.5 * x.baseline.median)} (ratio ${ratio(x.ours, x.baseline).toFixed(2)}); first screen ${ms(first.ours.median)} vs ${ms(first.baseline.median)} (ratio ${ratio(first.ours, first.baseline).toFixed(2)})` +
          (every && !id.endsWith('throttled') ? `; all 20 in view, every chart: ${ms(every.ours.median)} vs ${ms(every.baseline.median)} (ratio ${ratio(every.ours, every.baseline).toFixed(2)})` : '')
        : `needs --only ${id.endsWith('throttled') ? 'throttled' : 'time'}`,
    );
  }

  // A leak shows as heap that grows each time charts are drawn and removed: compare the page
  // after a second round of 20 with the same page after the first (library and chart code
  // loaded, no charts: the empty page a reader returns to).
  const ref = f('heap-ref');
  const removed = f('heap-removed-20');
  if (ref && removed) {
    const pct = (v, r) => `${(100 * (v / r - 1)).toFixed(0)} %`;
    budget(
      'Heap after drawing and removing 20 elements again within 10 % of the empty page (library and chart code loaded)',
      removed.ours.median <= 1.1 * ref.ours.median,
      `${fmtValue(removed.ours.median, 'MB')} MB vs ${fmtValue(ref.ours.median, 'MB')} MB (${pct(removed.ours.median, ref.ours.median)}); baseline ${fmtValue(removed.baseline.median, 'MB')} MB vs ${fmtValue(ref.baseline.median, 'MB')} MB (${pct(removed.baseline.median, ref.baseline.median)}); a page without any library: ${fmtValue(f('heap-empty').ours.median, 'MB')} MB`,
    );
  } else budget('Heap after removing 20 elements within 10 % of the library-loaded page', null, 'needs --only heap');

  const sort = f('arsverk-sort-script')?.ours;
  budget('<arsverk-tabell> re-sort ≤ 16 ms scripting', sort ? sort.median <= 16 : null, sort ? `${ms(sort.median)} [${ms(sort.min)}–${ms(sort.max)}] (to next frame: ${ms(f('arsverk-sort-frame').ours.median)})` : 'needs --only sort');
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
