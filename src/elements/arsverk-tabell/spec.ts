/**
 * The chart view of `<arsverk-tabell>`: with a kommune pinned, the shared bars against the
 * national rate; without one, the shared year line of the national series since 2007. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { barsSpec, type BarsInput } from '../../chart/bars.js';
import type { ChartContext } from '../../chart/theme.js';
import { yearLineSpec, type YearLineInput } from '../../chart/year-line.js';

export function chart(input: { bars: BarsInput } | { line: YearLineInput }, ctx: ChartContext): TopLevelSpec {
  return 'bars' in input ? barsSpec(input.bars, ctx) : yearLineSpec(input.line, ctx);
}
