import { css, unsafeCSS } from 'lit';
import { CHART_COLOURS, COLOURS, colourValue } from './tokens.js';

/**
 * Shared styles. Every colour and font is a documented `--hf-*` custom property that falls back
 * to Designsystemet's `--ds-*` token and then to a default that follows the page's
 * `color-scheme` (light or dark) through `light-dark()` (see `tokens.ts`).
 */
const tokenProperties = unsafeCSS(Object.entries(COLOURS).map(([name, token]) => `--_${name}: ${colourValue(token)};`).join('\n'));
/** In forced-colours mode the chart's colours are the reader's system colours; shapes, dashes and outlines still tell marks apart. */
const forcedProperties = unsafeCSS(
  Object.entries(COLOURS)
    .flatMap(([name, token]) => ('forced' in token ? [`--_${name}: ${token.forced};`] : []))
    .join('\n'),
);
/** Hidden spans whose computed colour is the chart's colour of that name (see `ChartController`). */
const probeRules = unsafeCSS(CHART_COLOURS.map((name) => `.p-${name} { color: var(--_${name}); }`).join('\n'));

export const baseStyles = css`
  :host {
    ${tokenProperties}
    --_font: var(--hf-font-family, var(--ds-font-family, inherit));
    --_radius: var(--hf-border-radius, var(--ds-border-radius-md, 4px));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.45;
    /* A page's own typography (spaced capitals, a CMS's letter-spacing) is not the element's:
       a reader's text-spacing settings still apply, set on the element with !important. */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    container-type: inline-size;
    /* A label of one endless word (from a file) wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set from the page's text colour (see scheme.ts): the defaults of light-dark() follow it. */
  :host(:state(dark)) {
    color-scheme: dark;
  }
  :host(:state(light)) {
    color-scheme: light;
  }
  :host(:state(contrary)) {
    --_text: ${unsafeCSS(colourValue({ ...COLOURS.text, page: undefined }))};
    --_reference: ${unsafeCSS(colourValue({ ...COLOURS.reference, page: undefined }))};
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
  .table-wrap .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0.5rem 0;
  }
  .choice {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125rem;
    max-width: 100%;
  }
  .choice-label,
  .group-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Controls share their box; a select reads as a value (text colour), a button as an action. */
  select,
  button {
    font: inherit;
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2rem;
  }
  select {
    color: var(--_text);
    background: var(--_bg);
    max-width: 100%;
    padding: 0.25rem 0.5rem;
  }
  button {
    color: var(--_accent);
    background: transparent;
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
    /* The ring round the figure the keyboard is on is placed within the chart. */
    position: relative;
  }
  .chart:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* In the text's colour, which stands out from the page by construction, 2 px clear of the mark:
     a ring in the focus colour vanished against a bar of the same colour. */
  .focus-ring {
    position: absolute;
    box-sizing: border-box;
    border: 3px solid var(--_text);
    border-radius: 4px;
    pointer-events: none;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  /* Vega places each label by its width measured without spacing: spaced text would run out of its room. */
  .chart svg text {
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* A chart not scrolled to yet is not drawn; on paper its reserved room would be a blank gap. */
  @media print {
    .chart:empty {
      min-height: 0 !important;
    }
    /* Buttons do nothing on paper. */
    [part='toolbar'] {
      display: none;
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
    /* The box of its visually hidden notes, so they stay inside the scroll box, not beside the page. */
    position: relative;
  }
  table {
    /* In its own scroll box: columns keep the width their words need. */
    overflow-wrap: normal;
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.9375em;
  }
  .long {
    overflow-wrap: anywhere;
  }
  caption {
    overflow-wrap: anywhere;
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
    /* The text colour as a colour of its own: here \`currentColor\` would be the tip's own light text. */
    background: ${unsafeCSS(colourValue({ ...COLOURS.text, page: undefined }))};
    color: var(--_tooltip);
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
  ${probeRules}
  @media (forced-colors: active) {
    :host {
      ${forcedProperties}
    }
    /* The probes and the drawing keep the system colours chosen above, not one forced colour for all. */
    .probe,
    .chart svg {
      forced-color-adjust: none;
    }
  }
`;
