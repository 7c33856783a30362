/**
 * Horizontal bars, one per row, against labelled reference lines (the national value, the unit
 * drilled into). The highlighted row is set apart by outline, weight and a marker as well as by
 * colour. Pure: the same input always gives the same spec.
 */
import type { TopLevelSpec } from 'vega-lite';
import { MESSAGES } from '../format/messages.js';
import { formatNumber } from '../format/number.js';
import { slot } from './spec-shape.js';
import { CHART_TEXTS } from './texts.js';
import { NARROW, rowStep } from './layout.js';
import { frame, type ChartContext } from './theme.js';

export interface Bar {
  label: string;
  value: number | null;
  /** The value as written, or the status symbol. */
  display: string;
  /** Why the value is missing, in words. */
  missing?: string;
  highlight: boolean;
}

export interface ReferenceLine {
  /** Written beside the line, e.g. "Landet: 162". */
  label: string;
  value: number;
  kind: 'national' | 'parent';
}

export interface BarsInput {
  bars: Bar[];
  references: ReferenceLine[];
  /** Title of the value axis. */
  axisTitle: string;
  /** Title of the value in tooltips. */
  valueTitle: string;
  decimals: number;
  /** The unit's symbol on the axis labels, before or after the number. */
  symbol?: { text: string; position: 'start' | 'end' };
  /** The unit said after a value ("per 10 000 innbyggere"); empty when the written value says it ("28,3 %"). */
  unitWords: string;
  /** The period every bar is of, said with each. */
  period?: string;
  /** What each bar is said against ("68 over landet"): the reference's value and its name inside a sentence (the country's by default). */
  compareTo?: { value: number; name?: string };
}

const MARKER = '◀';
/** The parameter naming the highlighted rows: a parameter, not a literal list, so charts of other kommuner share this spec's shape. */
const HIGHLIGHTED = 'highlighted';
/** The longest a name beside its bar may be, and above it in a narrow column. */
const LABEL_LIMIT = 'labelLimit';
const NAME_LIMIT = 'nameLimit';
/** The unit's symbol on the axis labels ("%"). */
const UNIT_SYMBOL = 'unitSymbol';
/** A reference line in the right 40 % of the plot. */
const RIGHT_PART = "scale('x', datum.value) > width * 0.6";

export function barsSpec(input: BarsInput, ctx: ChartContext): TopLevelSpec {
  const { theme, lang, width } = ctx;
  const t = MESSAGES[lang];
  const said = CHART_TEXTS[lang];
  // What a screen reader hears for a bar: its name, period, value with unit, against the reference.
  const spoken = (b: Bar) => {
    const who = `${b.label}${input.period ? `, ${input.period}` : ''}`;
    if (b.value === null) return `${who}: ${b.display} (${b.missing ?? t.noValue})`;
    const ref = input.compareTo;
    const diff = ref ? b.value - ref.value : 0;
    const size = formatNumber(Math.abs(diff), lang, input.decimals);
    const name = ref?.name ?? said.nationalInText;
    // Equal as written: a difference that rounds to nothing is "som landet".
    const same = Number(Math.abs(diff).toFixed(input.decimals)) === 0;
    const against = !ref ? '' : `, ${same ? said.compared.same(name) : (diff > 0 ? said.compared.above : said.compared.below)(size, name)}`;
    return `${who}: ${b.display}${input.unitWords ? ` ${input.unitWords}` : ''}${against}${b.highlight ? `, ${t.selected}` : ''}`;
  };
  const values = input.bars.map((b, order) => ({
    label: b.label,
    value: b.value,
    // A row without a value still gets its text (the status symbol), at the axis.
    at: b.value ?? 0,
    display: b.value === null ? `${b.display} (${b.missing ?? t.noValue})` : b.display,
    // Text after the bar; the highlighted one also carries a marker, so colour is not the only cue.
    end: b.highlight ? `${b.display} ${MARKER} ${t.selected}` : b.display,
    spoken: spoken(b),
    highlight: b.highlight,
    order,
  }));
  const refs = input.references;
  const highlightTest = 'datum.highlight';
  // In a narrow column each name stands whole above its bar; beside it there is no room for it.
  const narrow = width < NARROW;
  const y = {
    field: 'label',
    type: 'nominal' as const,
    sort: { field: 'order', order: 'ascending' as const },
    axis: narrow
      ? { title: null, labels: false, ticks: false }
      : {
          title: null,
          labelLimit: { expr: LABEL_LIMIT },
          labelPadding: 6,
          labelFontWeight: { condition: { test: `indexof(${HIGHLIGHTED}, datum.value) >= 0`, value: 'bold' }, value: 'normal' },
        },
  };
  const weight = { expr: `${highlightTest} ? 'bold' : 'normal'` };
  const layers: unknown[] = [
    {
      mark: { type: 'bar', height: { band: narrow ? 0.45 : 0.72 }, ...(narrow ? { yOffset: 7 } : {}) },
      encoding: {
        y,
        // A row without a value is a bar of no length at the axis: reached by keyboard and said
        // ("Viken: : (Skjult av personvernhensyn)"), where a bar of `null` would not be drawn at all.
        x: {
          field: 'at',
          type: 'quantitative',
          title: slot(input.axisTitle),
          axis: {
            format: slot(`,.${input.decimals}f`),
            grid: true,
            tickCount: 6,
            ...(input.symbol ? { labelExpr: input.symbol.position === 'start' ? `${UNIT_SYMBOL} + datum.label` : `datum.label + ${UNIT_SYMBOL}` } : {}),
          },
          scale: { zero: true },
          // One bar per row: nothing to stack, and a stack would blur the row order's sort.
          stack: null,
        },
        fill: { condition: { test: highlightTest, value: theme.highlight }, value: theme.bar },
        stroke: { condition: { test: highlightTest, value: theme.text }, value: null },
        strokeWidth: { condition: { test: highlightTest, value: 2 }, value: 0 },
        tooltip: [
          { field: 'label', type: 'nominal' as const, title: slot(t.name) },
          { field: 'display', type: 'nominal' as const, title: slot(input.valueTitle) },
        ],
        description: { field: 'spoken' },
      },
    },
    {
      // Vega-Lite has no fontWeight channel: an expression on the mark sets it per bar.
      // The value beside each bar repeats what the bar says: hidden from screen readers.
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, ...(narrow ? { yOffset: 7 } : {}), fontWeight: weight, aria: false },
      encoding: { y, x: { field: 'at', type: 'quantitative' }, text: { field: 'end' }, color: { value: theme.text } },
    },
  ];
  if (narrow) {
    layers.push({
      mark: { type: 'text', align: 'left', baseline: 'middle', yOffset: -8, limit: { expr: NAME_LIMIT }, fontWeight: weight, aria: false },
      encoding: { y, x: { value: 0 }, text: { field: 'label' }, color: { value: theme.text } },
    });
  }
  if (refs.length) {
    layers.push(
      {
        data: { values: refs },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: { value: theme.reference },
          strokeDash: { field: 'kind', type: 'nominal', scale: { domain: ['national', 'parent'], range: [[6, 4], [2, 2]] }, legend: null },
          tooltip: [{ field: 'label', type: 'nominal', title: slot(t.national) }],
          description: { field: 'label' },
        },
      },
      {
        data: { values: refs },
        // The parent's label sits a line below the national one (no dy channel: an expression); a
        // line in the right part of the chart has its label on its left, so the label stays inside.
        mark: {
          type: 'text',
          align: { expr: `${RIGHT_PART} ? 'right' : 'left'` },
          dx: { expr: `${RIGHT_PART} ? -4 : 4` },
          baseline: 'bottom',
          fontWeight: 'bold',
          dy: { expr: "datum.kind === 'parent' ? 14 : 0" },
          aria: false,
        },
        encoding: { x: { field: 'value', type: 'quantitative' }, y: { value: -4 }, text: { field: 'label' }, color: { value: theme.reference } },
      },
    );
  }
  const withValue = input.bars.filter((b) => b.value !== null).sort((a, b) => a.value! - b.value!);
  const description = said.describeBars({ count: input.bars.length, unit: input.axisTitle, min: withValue[0]?.display ?? '–', max: withValue[withValue.length - 1]?.display ?? '–' });
  return {
    ...frame(ctx, description),
    width,
    height: { step: rowStep(width) },
    // The texts after the bars need no padding: fitting the width, Vega counts the marks' own overflow.
    padding: { top: refs.length > 1 ? 30 : 18, right: 8, bottom: 4, left: 4 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    params: [
      { name: HIGHLIGHTED, value: values.filter((v) => v.highlight).map((v) => v.label) },
      // Widths in pixels that follow the column's: parameters, so every width shares the shape.
      { name: LABEL_LIMIT, value: Math.min(240, Math.round(width * 0.3)) },
      { name: NAME_LIMIT, value: Math.max(120, width - 12) },
      // A text inside an expression is a parameter, never a literal spliced into it.
      ...(input.symbol ? [{ name: UNIT_SYMBOL, value: input.symbol.text }] : []),
    ],
    layer: layers,
  } as TopLevelSpec;
}
