/**
 * The parts of an element's view, as functions of plain data, so elements compose them and never
 * repeat them: loading and error states, the toolbar, the table, notes, the source line and the
 * details panel. Text goes into templates as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Cube } from '../data/types.js';
import type { Messages } from '../format/messages.js';
import { formatDate, type Lang } from '../format/number.js';
import type { ShownError } from './error-message.js';
import { ownUnit, usedStatusCodes, type Choice, type TableCell, type TableModel, type TableRow } from './view-model.js';

/** Ends a text with a full stop unless it already has one. */
const sentence = (s: string) => (s && !/[.!?]$/.test(s) ? `${s}.` : s);

export function loadingTemplate(t: Messages): TemplateResult {
  return html`<div class="state loading" role="status" aria-busy="true" part="loading">${t.loading}</div>`;
}

/** The error state; the file's address is shown where the fault is the file's, not an attribute's. */
export function errorTemplate(error: ShownError, src: string | undefined): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <p><strong>${error.message}</strong></p>
    ${error.path ? html`<p class="detail"><code>${error.path}</code></p>` : nothing}
    ${src && error.code !== 'unknown-option' ? html`<p class="detail">${src}</p>` : nothing}
  </div>`;
}

/** A failure that leaves the numbers in place (a chart, a download), said where it happened. */
export function alertTemplate(message: string | undefined): TemplateResult | typeof nothing {
  return message ? html`<p role="alert" class="error">${message}</p>` : nothing;
}

export interface Toolbar {
  /** The view shown; undefined when there is no chart to switch to. */
  view?: 'chart' | 'table';
  setView(view: 'chart' | 'table'): void;
  /** The element's own controls (a drill-down, a variant switch). */
  controls: unknown;
  formats: string[];
  download(format: string): void;
}

export function toolbarTemplate(bar: Toolbar, t: Messages): TemplateResult {
  const toggle = (view: 'chart' | 'table', label: string) =>
    html`<button type="button" aria-pressed=${bar.view === view} @click=${() => bar.setView(view)}>${label}</button>`;
  return html`<div class="toolbar" part="toolbar">
    ${bar.view
      ? html`<div class="group" role="group" aria-label=${t.viewLabel}>${toggle('chart', t.viewChart)} ${toggle('table', t.viewTable)}</div>`
      : nothing}
    ${bar.controls}
    <div class="group" role="group" aria-label=${t.download}>
      <span class="group-label" aria-hidden="true">${t.download}:</span>
      ${bar.formats.map((f) => html`<button type="button" aria-label=${t.downloadAs(f)} @click=${() => bar.download(f)}>${f}</button>`)}
    </div>
  </div>`;
}

/** A labelled select per choice, its chosen option selected, in a group named for screen readers. */
export function choicesTemplate(choices: Choice[] | undefined, choose: ((id: string, value: string) => void) | undefined, t: Messages): TemplateResult | typeof nothing {
  if (!choices?.length || !choose) return nothing;
  return html`<div class="choices" part="choices" role="group" aria-label=${t.choicesLabel}>
    ${choices.map(
      (c) => html`<label class="choice"
        ><span class="choice-label">${c.label}</span>
        <select @change=${(e: Event) => choose(c.id, (e.target as HTMLSelectElement).value)}>
          ${c.options.map((o) => html`<option value=${o.id} .selected=${o.id === c.value}>${o.label}</option>`)}
        </select></label
      >`,
    )}
  </div>`;
}

export interface TableOptions {
  /** Header buttons that sort by a column; `aria-sort` follows. */
  sort?: { key: string | undefined; dir: 'ascending' | 'descending'; by(key: string): void };
  /** A column of the view's own after the model's (e.g. a small bar), not part of the CSV. */
  extra?: { label: string; cell(row: TableRow): unknown };
  /** The column set in bold. */
  primary?: string;
  /** The table scrolls in its own box with the header and the first column in view. */
  scroll?: boolean;
  /** Called when a control in the table's box takes the focus (the box is `currentTarget`). */
  focusin?: (e: FocusEvent) => void;
  /** The name of the group of reference rows. */
  referenceLabel?: string;
}

/** The most rows a table shows; the download holds them all. */
const TABLE_ROWS = 2000;

/** A word this long (a name from a file) may break anywhere; shorter words keep the column their width. */
const LONG_WORD = /\S{40}/;

const cellText = (c: TableCell) => {
  const text = LONG_WORD.test(c.text) ? html`<span class="long">${c.text}</span>` : c.text;
  return c.note ? html`<span title=${c.note}>${text}</span><span class="visually-hidden"> (${c.note})</span>` : text;
};

/** A real table with caption and header cells; reference rows kept apart at the top. */
export function tableTemplate(table: TableModel, t: Messages, opts: TableOptions = {}): TemplateResult {
  const { sort, extra } = opts;
  const columnClass = (i: number) => {
    const c = table.columns[i]!;
    return [c.numeric ? 'num' : '', `col-${c.key}`, c.key === opts.primary ? 'primary' : ''].filter(Boolean).join(' ');
  };
  const header = (c: TableModel['columns'][number], i: number) => {
    if (!sort) return html`<th scope="col" class=${columnClass(i)}>${c.label}</th>`;
    const sorted = sort.key === c.key;
    return html`<th scope="col" class=${columnClass(i)} aria-sort=${sorted ? sort.dir : 'none'}>
      <button type="button" class="sort" @click=${() => sort.by(c.key)}>
        ${c.label}<span class="arrow" aria-hidden="true">${sorted ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  const row = (r: TableRow) => html`<tr class=${r.highlight ? 'highlight' : ''}>
    <th scope="row">${cellText(r.cells[0]!)}${r.highlight ? html` <span class="tag">(${t.selected})</span>` : nothing}</th>
    ${r.cells.slice(1).map((c, i) => html`<td class=${columnClass(i + 1)}>${cellText(c)}</td>`)}
    ${extra ? html`<td class="extra">${extra.cell(r)}</td>` : nothing}
  </tr>`;
  const refs = table.rows.filter((r) => r.kind === 'reference');
  const all = table.rows.filter((r) => r.kind !== 'reference');
  // A page draws a few thousand rows quickly, not a hundred thousand: the rest are in the CSV.
  const rows = all.length > TABLE_ROWS ? all.slice(0, TABLE_ROWS) : all;
  // The region's name says whose table it is (the unit set apart), so two on a page are told apart.
  const own = ownUnit(table);
  return html`<div class="table-wrap ${opts.scroll ? 'scroll' : ''}" part="table" role="region" aria-labelledby=${own ? 'caption table-own' : 'caption'} tabindex="0" @focusin=${opts.focusin ?? nothing}>
    ${own ? html`<span id="table-own" hidden>${own}</span>` : nothing}
    <table>
      <caption id="caption">${table.caption}</caption>
      <thead>
        <tr>${table.columns.map(header)}${extra ? html`<th scope="col" class="extra">${extra.label}</th>` : nothing}</tr>
      </thead>
      ${refs.length ? html`<tbody class="reference" aria-label=${opts.referenceLabel ?? nothing}>${refs.map(row)}</tbody>` : nothing}
      <tbody>${rows.map(row)}</tbody>
    </table>
    ${rows.length < all.length ? html`<p class="note">${t.moreRows(all.length - rows.length)}</p>` : nothing}
  </div>`;
}

export function notesTemplate(notes: string[] | undefined, t: Messages): TemplateResult | typeof nothing {
  if (!notes?.length) return nothing;
  return html`<div class="notes" part="notes"><p class="notes-title">${t.notesOnFigures}</p><ul>${notes.map((n) => html`<li>${n}</li>`)}</ul></div>`;
}

/** The language to mark on the file's own texts: the file's, where it is not the element's. */
export function fileLang(cube: Cube, lang: Lang): string | undefined {
  return cube.language === lang ? undefined : cube.language;
}

export function sourceTemplate(cube: Cube, t: Messages, lang: Lang): TemplateResult {
  return html`<p class="source" part="source">
    ${t.source} <span lang=${ifDefined(fileLang(cube, lang))}>${sentence(cube.source ?? '')}</span>${cube.updated ? html` ${t.updated(formatDate(cube.updated, lang))}` : nothing}
  </p>`;
}

/** The definition, the file's notes and the meaning of every status symbol it uses. */
export function detailsTemplate(cube: Cube, t: Messages, lang: Lang): TemplateResult {
  const codes = usedStatusCodes(cube);
  const own = ifDefined(fileLang(cube, lang));
  return html`<details part="details">
    <summary>${t.details}</summary>
    <dl>
      ${cube.definition ? html`<dt>${t.definition}</dt><dd lang=${own}>${cube.definition}</dd>` : nothing}
      ${cube.notes.length ? html`<dt>${t.notes}</dt><dd lang=${own}><ul>${cube.notes.map((n) => html`<li>${n}</li>`)}</ul></dd>` : nothing}
      ${codes.length
        ? html`<dt>${t.statusLegend}</dt><dd><ul>${codes.map((c) => html`<li><strong>${c.code}</strong> ${c.label}</li>`)}</ul></dd>`
        : nothing}
    </dl>
  </details>`;
}
