/** Loads the chart runtime and spec builders once per page, on first use, so numbers and tables never wait for them. */
type Runtime = typeof import('../chart/charts.js');

/** The chart chunk, relative to this module; the build puts the chunk's file name here. */
const CHART_CODE = '../chart/charts.js';

let runtime: Promise<Runtime> | undefined;
let preloaded = false;

export function loadChartRuntime(): Promise<Runtime> {
  runtime ??= import('../chart/charts.js').catch((e: unknown) => {
    runtime = undefined; // let a later element try again
    throw e;
  });
  return runtime;
}

/**
 * Starts downloading and compiling the chart code without running it, so it is ready when the
 * numbers have been painted and the first chart is drawn. Running it now would delay the numbers.
 * From source (no build, no chunk) it does nothing.
 */
export function preloadChartRuntime(): void {
  if (preloaded || runtime || typeof document === 'undefined' || CHART_CODE.startsWith('../')) return;
  preloaded = true;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // After the files the numbers need, which share the connection on a slow network.
  link.fetchPriority = 'low';
  link.href = new URL(CHART_CODE, import.meta.url).href;
  document.head.append(link);
}
