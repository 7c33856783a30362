import { css } from 'lit';

/** The long sortable table: scrolls inside its box with the header and the first column in view. */
export const tableStyles = css`
  :host {
    --_solid: var(--hf-color-background, var(--ds-color-neutral-background-default, Canvas));
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .filter input {
    font: inherit;
    color: var(--_text);
    background: var(--_solid);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    min-height: 2rem;
    width: min(100%, 16rem);
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .table-wrap.scroll {
    max-height: var(--hf-table-max-height, 70vh);
    overflow: auto;
    border: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_solid);
    vertical-align: bottom;
  }
  tbody th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_solid);
    min-width: 8rem;
  }
  thead th:first-child {
    left: 0;
    z-index: 3;
  }
  tbody.reference th[scope='row'],
  tbody.reference td {
    background: var(--_surface);
  }
  tbody.reference tr:last-child th,
  tbody.reference tr:last-child td {
    border-bottom: 2px solid var(--_text);
  }
  th button.sort {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    display: inline-flex;
    gap: 0.25rem;
    align-items: baseline;
    padding: 0.125rem 0;
  }
  th button.sort:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  th[aria-sort='ascending'] button.sort,
  th[aria-sort='descending'] button.sort {
    color: var(--_text);
  }
  .arrow {
    font-size: 0.75em;
  }
  td.primary {
    font-weight: 600;
  }
  .col-code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .extra {
    min-width: 6rem;
    width: 20%;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: 0.75rem;
  }
  svg.bar .fill {
    fill: var(--_bar);
  }
  svg.bar .fill.highlight {
    fill: var(--_highlight);
  }
  svg.bar .national {
    stroke: var(--_reference);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
`;
