/**
 * The Vega-Lite spec of `<hf-pasientrate>`: horizontal bars per unit, the national rate as a
 * labelled reference line, the highlighted unit set apart by outline, weight and a marker as
 * well as by colour. Pure: the same model always gives the same spec.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, type ChartTheme } from '../../chart/theme.js';
import { MESSAGES } from '../../format/messages.js';
import type { Lang } from '../../format/number.js';
import type { RateModel } from './model.js';

const MARKER = '◀';
const HIGHLIGHTED = 'highlighted';

export function rateSpec(m: RateModel, theme: ChartTheme, lang: Lang, description: string, width = 640): TopLevelSpec {
  const t = MESSAGES[lang];
  const decimals = m.unit.decimals ?? 0;
  const values = m.bars.map((b, order) => ({
    label: b.label,
    value: b.value,
    display: b.value === null ? `${b.display} (${t.noValue})` : b.display,
    // Text after the bar; the highlighted one also carries a marker, so colour is not the only cue.
    end: b.highlight ? `${b.display} ${MARKER} ${t.selected}` : b.display,
    highlight: b.highlight,
    order,
  }));
  const refs = [
    ...(m.reference && m.reference.value !== null ? [{ label: `${t.nationalShort}: ${m.reference.display}`, value: m.reference.value, kind: 'national' }] : []),
    ...(m.parent && m.parent.value !== null ? [{ label: `${m.parent.label}: ${m.parent.display}`, value: m.parent.value, kind: 'parent' }] : []),
  ];
  const highlightTest = 'datum.highlight';
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: { field: 'order', order: 'ascending' as const },
    axis: {
      title: null,
      // Long names get less room on a narrow screen, so the bars keep theirs.
      labelLimit: Math.max(90, Math.min(240, Math.round(width * 0.3))),
      labelPadding: 6,
      labelFontWeight: {
        // A parameter, not a literal list, so charts of other kommuner share this spec's shape.
        condition: { test: `indexof(${HIGHLIGHTED}, datum.value) >= 0`, value: 'bold' },
        value: 'normal',
      },
    },
  };
  const tooltip = [
    { field: 'label', type: 'nominal' as const, title: t.name },
    { field: 'display', type: 'nominal' as const, title: m.unit.label || t.value },
  ];
  const layers: unknown[] = [
    {
      mark: { type: 'bar', height: { band: 0.72 } },
      encoding: {
        y,
        x: {
          field: 'value',
          type: 'quantitative',
          title: m.unit.label || m.metricLabel,
          axis: { format: `,.${decimals}f`, grid: true, tickCount: 6 },
          scale: { zero: true },
          // One bar per row: nothing to stack, and a stack would blur the row order's sort.
          stack: null,
        },
        fill: { condition: { test: highlightTest, value: theme.highlight }, value: theme.bar },
        stroke: { condition: { test: highlightTest, value: theme.text }, value: null },
        strokeWidth: { condition: { test: highlightTest, value: 2 }, value: 0 },
        tooltip,
        description: { field: 'end' },
      },
    },
    {
      // Vega-Lite has no fontWeight channel: an expression on the mark sets it per bar.
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontWeight: { expr: `${highlightTest} ? 'bold' : 'normal'` } },
      encoding: {
        y,
        x: { field: 'value', type: 'quantitative' },
        text: { field: 'end' },
        color: { value: theme.text },
      },
    },
  ];
  if (refs.length) {
    layers.push(
      {
        data: { values: refs },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { value: theme.reference },
          strokeDash: { field: 'kind', type: 'nominal', scale: { domain: ['national', 'parent'], range: [[6, 4], [2, 2]] }, legend: null },
          tooltip: [{ field: 'label', type: 'nominal', title: t.national }],
        },
      },
      {
        data: { values: refs },
        // The parent's label sits a line below the national one (no dy channel: an expression).
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, fontWeight: 'bold', dy: { expr: "datum.kind === 'parent' ? 14 : 0" } },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          y: { value: -4 },
          text: { field: 'label' },
          color: { value: theme.reference },
        },
      },
    );
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width,
    height: { step: 22 },
    padding: { top: refs.length > 1 ? 30 : 18, right: 80, bottom: 4, left: 4 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    params: [{ name: HIGHLIGHTED, value: values.filter((v) => v.highlight).map((v) => v.label) }],
    layer: layers,
    config: chartConfig(theme, lang),
  } as TopLevelSpec;
}
