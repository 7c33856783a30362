/**
 * Waterfall arithmetic for projections described in `extension.hi.projection`
 * (see data-contracts/README.md, section 8).
 *
 * Pure: no DOM, no dependencies. A projection goes from a base value (the base
 * period) through a list of printed components to a printed result:
 *
 * - `level`  – the component is printed as a running total (e.g. "Demografi 2040").
 *              The step goes from the current total to that level.
 * - `change` – the component is printed as a signed change (e.g. "+123 644",
 *              "-86 116"). The step adds it to the current total.
 * - `subset` – a "herav" figure (e.g. "herav digitale tjenester"). It is shown
 *              but never added; it is returned in `subsets`, not in `steps`.
 *
 * A component whose value is `null` (a missing or "-" cell) adds nothing; its
 * step is marked `missing` so a chart can show the gap instead of a zero bar.
 */

export type ProjectionComponentType = 'level' | 'change' | 'subset';

export type ProjectionComponent = {
  metric: string;
  type: ProjectionComponentType;
};

export type ProjectionComponentValue = ProjectionComponent & {
  value: number | null;
};

export type ProjectionStep = {
  metric: string;
  type: 'level' | 'change';
  /** Running total before the step. */
  start: number;
  /** Running total after the step. */
  end: number;
  /** end - start (0 when the component is missing). */
  change: number;
  /** True when the component value is null. */
  missing: boolean;
};

export type ProjectionResult = {
  steps: ProjectionStep[];
  subsets: { metric: string; value: number | null }[];
  /** Base plus all additive steps. */
  computedResult: number;
  printedResult: number | null;
  /**
   * printedResult - computedResult when they differ by more than `tolerance`
   * (default 0.5, i.e. more than rounding of a whole number); otherwise null.
   * Null also when there is no printed result.
   */
  mismatch: number | null;
};

export function projectionSteps(
  base: number,
  components: readonly ProjectionComponentValue[],
  printedResult: number | null,
  tolerance = 0.5,
): ProjectionResult {
  const steps: ProjectionStep[] = [];
  const subsets: { metric: string; value: number | null }[] = [];
  let total = base;

  for (const c of components) {
    if (c.type === 'subset') {
      subsets.push({ metric: c.metric, value: c.value });
      continue;
    }
    const start = total;
    if (c.value === null) {
      steps.push({ metric: c.metric, type: c.type, start, end: start, change: 0, missing: true });
      continue;
    }
    const end = c.type === 'level' ? c.value : start + c.value;
    steps.push({ metric: c.metric, type: c.type, start, end, change: end - start, missing: false });
    total = end;
  }

  let mismatch: number | null = null;
  if (printedResult !== null) {
    const diff = printedResult - total;
    if (Math.abs(diff) > tolerance) mismatch = diff;
  }
  return { steps, subsets, computedResult: total, printedResult, mismatch };
}
