/** Wraps a chart spec for PNG/SVG download: title and subtitle on top, the source line below. */
import type { TopLevelSpec } from 'vega-lite';

export function exportSpec(spec: TopLevelSpec, title: string, subtitle: string, source: string, width = 640): TopLevelSpec {
  // Parameters stay at the top, where the chart's expressions find them.
  const { $schema, config, description, params, ...chart } = spec as TopLevelSpec & Record<string, unknown>;
  return {
    $schema,
    config: { ...(config as object), background: '#ffffff' },
    description,
    ...(params ? { params } : {}),
    title: { text: title, subtitle: subtitle || undefined, anchor: 'start' },
    vconcat: [
      { ...chart, width },
      {
        data: { values: [{ text: source }] },
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 11, limit: width },
        encoding: { text: { field: 'text' }, x: { value: 0 }, y: { value: 0 } },
        width,
        height: 14,
      },
    ],
  } as TopLevelSpec;
}
