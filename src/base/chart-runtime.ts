/** Loads the chart runtime and spec builders once per page, on first use, so numbers and tables never wait for them. */
type Runtime = typeof import('../chart/charts.js');

let runtime: Promise<Runtime> | undefined;

export function loadChartRuntime(): Promise<Runtime> {
  runtime ??= import('../chart/charts.js').catch((e: unknown) => {
    runtime = undefined; // let a later element try again
    throw e;
  });
  return runtime;
}
