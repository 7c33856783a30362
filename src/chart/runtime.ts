/** Loads the Vega runtime once per page, on first use, so numbers and tables never wait for it. */
type Runtime = typeof import('./vega-runtime.js');

let runtime: Promise<Runtime> | undefined;

export function loadChartRuntime(): Promise<Runtime> {
  runtime ??= import('./vega-runtime.js').catch((e: unknown) => {
    runtime = undefined; // let a later element try again
    throw e;
  });
  return runtime;
}
