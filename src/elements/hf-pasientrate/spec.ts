/** The chart of `<hf-pasientrate>`: a bar per unit against the national rate (and, drilled down, the unit's own). Pure. */
import type { TopLevelSpec } from 'vega-lite';
import { barsSpec, type ReferenceLine } from '../../chart/bars.js';
import type { ChartContext } from '../../chart/theme.js';
import { MESSAGES } from '../../format/messages.js';
import { unitWords, withSymbol } from '../../format/number.js';
import type { RateModel } from './model.js';

export function chart(m: RateModel, ctx: ChartContext): TopLevelSpec {
  const t = MESSAGES[ctx.lang];
  const references: ReferenceLine[] = [];
  if (m.reference?.value != null) references.push({ label: `${m.referenceName ?? t.national}: ${m.reference.display}`, value: m.reference.value, kind: 'national' });
  if (m.parent?.value != null) references.push({ label: `${m.parent.label}: ${m.parent.display}`, value: m.parent.value, kind: 'parent' });
  return barsSpec(
    {
      bars: m.bars,
      references,
      axisTitle: m.unit.label || m.metricLabel,
      valueTitle: m.unit.label || t.value,
      decimals: m.unit.decimals ?? 0,
      unitWords: unitWords(m.unit),
      period: m.periodLabel,
      // Each bar against the unit drilled into, else against the reference ("68 over landet").
      ...(m.parent?.value != null
        ? { compareTo: { value: m.parent.value, name: m.parent.label } }
        : m.reference?.value != null
          ? { compareTo: { value: m.reference.value, ...(m.referenceName === t.national ? {} : { name: m.reference.label }) } }
          : {}),
      ...(m.unit.symbol ? { symbol: { text: withSymbol('', ctx.lang, m.unit), position: m.unit.position ?? 'end' } } : {}),
    },
    ctx,
  );
}
