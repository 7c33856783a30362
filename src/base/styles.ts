import { css } from 'lit';

/**
 * Shared styles. Every colour and font is a documented `--hf-*` custom property that falls back
 * to Designsystemet's `--ds-*` token and then to a default that follows the page's
 * `color-scheme` (light or dark) through `light-dark()`.
 */
export const baseStyles = css`
  :host {
    --_font: var(--hf-font-family, var(--ds-font-family, inherit));
    --_text: var(--hf-color-text, var(--ds-color-neutral-text-default, light-dark(#1c1c1c, #ececec)));
    --_muted: var(--hf-color-text-subtle, var(--ds-color-neutral-text-subtle, light-dark(#525252, #b8b8b8)));
    --_bg: var(--hf-color-background, var(--ds-color-neutral-background-default, transparent));
    --_surface: var(--hf-color-surface, var(--ds-color-neutral-surface-tinted, light-dark(#f3f5f7, #23272b)));
    --_border: var(--hf-color-border, var(--ds-color-neutral-border-subtle, light-dark(#c4c8cc, #50555a)));
    --_bar: var(--hf-color-bar, var(--ds-color-accent-base-default, light-dark(#1e5a96, #7fb2e6)));
    --_highlight: var(--hf-color-highlight, var(--ds-color-warning-base-default, light-dark(#a84b14, #f2a36b)));
    --_reference: var(--hf-color-reference, var(--ds-color-neutral-text-default, light-dark(#1c1c1c, #ececec)));
    --_grid: var(--hf-color-grid, var(--ds-color-neutral-border-subtle, light-dark(#e1e4e7, #3a3f44)));
    --_accent: var(--hf-color-accent, var(--ds-color-accent-text-default, light-dark(#1e5a96, #9cc6f0)));
    --_danger: var(--hf-color-danger, var(--ds-color-danger-text-default, light-dark(#a51d1d, #ff9c9c)));
    --_focus: var(--hf-color-focus, var(--ds-color-focus-outer, light-dark(#1e5a96, #9cc6f0)));
    --_s1: var(--hf-color-series-1, light-dark(#1e5a96, #7fb2e6));
    --_s2: var(--hf-color-series-2, light-dark(#a84b14, #f2a36b));
    --_s3: var(--hf-color-series-3, light-dark(#2b7a3d, #7dcc8e));
    --_s4: var(--hf-color-series-4, light-dark(#6b3fa0, #c3a3f0));
    --_s5: var(--hf-color-series-5, light-dark(#7a5d00, #e6c25c));
    --_radius: var(--hf-border-radius, var(--ds-border-radius-md, 4px));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.45;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .figure {
    margin: 0;
    position: relative;
  }
  .title {
    font-size: 1.125em;
    font-weight: 600;
    margin: 0 0 0.125rem;
  }
  .subtitle,
  .source {
    color: var(--_muted);
    margin: 0;
    font-size: 0.875em;
  }
  .summary {
    margin: 0.5rem 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }
  .group-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.25rem 0.625rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
    font-weight: 600;
  }
  button:hover {
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart {
    width: 100%;
    min-height: 4rem;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  /* A chart not scrolled to yet is not drawn; on paper its reserved room would be a blank gap. */
  @media print {
    .chart:empty {
      min-height: 0 !important;
    }
  }
  .state {
    min-height: var(--hf-min-height, 20rem);
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0.25rem 0;
  }
  .error {
    color: var(--_danger);
    border-style: solid;
    border-color: currentColor;
  }
  .error .detail {
    color: var(--_text);
    font-size: 0.875em;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
    border-bottom-color: var(--_text);
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  tbody.reference th,
  tbody.reference td {
    background: var(--_surface);
    font-weight: 600;
  }
  tr.highlight th,
  tr.highlight td {
    font-weight: 700;
  }
  tr.highlight th {
    box-shadow: inset 4px 0 0 var(--_highlight);
  }
  .tag {
    font-weight: normal;
    color: var(--_muted);
  }
  .notes {
    font-size: 0.875em;
    margin: 0.5rem 0;
  }
  .notes-title {
    font-weight: 600;
    margin: 0;
  }
  .notes ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  details {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  dl {
    margin: 0.25rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem 0;
  }
  .tooltip {
    position: absolute;
    z-index: 10;
    pointer-events: none;
    background: var(--_text);
    color: var(--hf-color-tooltip-text, light-dark(#ffffff, #111111));
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    font-size: 0.8125em;
    max-width: 18rem;
  }
  .tooltip .tip-row {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
  }
  .tooltip .tip-key {
    opacity: 0.85;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .probe {
    display: none;
  }
  .p-text { color: var(--_text); }
  .p-muted { color: var(--_muted); }
  .p-bar { color: var(--_bar); }
  .p-highlight { color: var(--_highlight); }
  .p-reference { color: var(--_reference); }
  .p-grid { color: var(--_grid); }
  .p-bg { color: var(--_bg); }
  .p-s1 { color: var(--_s1); }
  .p-s2 { color: var(--_s2); }
  .p-s3 { color: var(--_s3); }
  .p-s4 { color: var(--_s4); }
  .p-s5 { color: var(--_s5); }
`;
