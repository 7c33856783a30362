import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { loadChartRuntime } from '../../base/chart-runtime.js';
import { HfElement, type Loaded } from '../../base/hf-element.js';
import type { TableModel, ViewModel } from '../../base/view-model.js';
import { normaliseKommune, readCodeList, type CodeList } from '../../data/codelist.js';
import { toCube } from '../../data/load.js';
import type { Cube } from '../../data/types.js';
import { MESSAGES, type Messages } from '../../format/messages.js';
import type { Lang } from '../../format/number.js';
import type { RateModel } from '../hf-pasientrate/model.js';
import {
  arsverkSummary,
  buildArsverkModel,
  filterRows,
  sortRows,
  type ArsverkModel,
  type Gruppe,
  type Measure,
  type SortDir,
  type SortKey,
  type UnitRow,
} from './model.js';
import type { SeriesBreak } from './spec.js';
import { tableStyles } from './styles.js';

/**
 * Municipal person-years in mental-health and substance-abuse work: a sortable, filterable table
 * of every kommune and bydel, absolute and per 10 000 inhabitants, with the chosen kommune pinned
 * on top beside its fylke, its size group and Norway.
 *
 * @summary Årsverk per kommune, sortable and comparable.
 * @csspart filter - The filter box and its label.
 * @cssprop --hf-table-max-height - Height of the scrolling table (default 70vh); the header stays in view.
 */
export class ArsverkTabell extends HfElement {
  static override styles = [...HfElement.styles, tableStyles];

  protected readonly tag = 'arsverk-tabell';

  /** 4-digit kommune number (2023 or 2024 numbering): its row is pinned on top with its fylke, size group and Norway. */
  @property() kommune?: string;

  /** 2-digit fylke number (2020–2023): only that county's rows. */
  @property() fylke?: string;

  /** `per10000` (default) or `arsverk`: the number the summary, the bars and the chart use. */
  @property() measure: Measure = 'per10000';

  /** `alle` (default), `voksne` or `barn-og-unge`. */
  @property() gruppe: Gruppe = 'alle';

  /** Time id; the latest by default. */
  @property() period?: string;

  /** URL of the national series for the chart view (default: the bundled series since 2007). */
  @property({ attribute: 'serie-src' }) serieSrc?: string;

  @state() private sortKey?: SortKey;
  @state() private sortDir: SortDir = 'ascending';
  @state() private filter = '';

  private model?: ArsverkModel;

  constructor() {
    super();
    this.view = 'table';
  }

  protected defaultSrc(): string {
    return assetUrl('datasets/arsverk-2023.json');
  }

  protected override extraSources(): Record<string, string> {
    const sources: Record<string, string> = {};
    if (normaliseKommune(this.kommune)) sources.kommuner = assetUrl('codelists/kommuner-2023.json');
    if (this.view === 'chart' && !this.kommune) sources.serie = this.serieSrc ?? assetUrl('datasets/arsverk-serie.json');
    return sources;
  }

  /** The row id of the kommune in the file: the number itself, or its 2023 number if it changed in 2024. */
  private kommuneRow(cube: Cube, list: CodeList | undefined): string | undefined {
    const wanted = normaliseKommune(this.kommune);
    if (!wanted) return undefined;
    const ids = new Set(cube.geo.categories.map((k) => k.id));
    if (ids.has(wanted)) return wanted;
    const validity = (list?.hi.validity ?? {}) as Record<string, { replacedBy?: string | string[] }>;
    return Object.entries(validity).find(([old, v]) => ids.has(old) && [v.replacedBy].flat().includes(wanted))?.[0];
  }

  protected buildView({ cube, extras }: Loaded, lang: Lang): ViewModel {
    const t = MESSAGES[lang];
    let list: CodeList | undefined;
    try {
      list = extras.kommuner ? readCodeList(extras.kommuner) : undefined;
    } catch {
      list = undefined;
    }
    const groups: Record<string, string[]> = {
      ...((list?.hi.groupings as Record<string, Record<string, string[]>> | undefined)?.storrelsesgruppe ?? {}),
      ...Object.fromEntries(Object.entries(cube.geo.child).filter(([p]) => cube.geo.level[p] === 'storrelsesgruppe')),
    };
    const measure: Measure = this.measure === 'arsverk' ? 'arsverk' : 'per10000';
    const kommune = this.kommuneRow(cube, list);
    const model = buildArsverkModel(cube, {
      lang,
      gruppe: (['voksne', 'barn-og-unge', 'alle'] as const).find((g) => g === this.gruppe) ?? 'alle',
      period: this.period,
      fylke: this.fylke,
      kommune,
      sizeGroupOf: (id) => Object.entries(groups).find(([, members]) => members.includes(id))?.[0],
    });
    this.model = model;
    const summary = arsverkSummary(model, measure, lang);
    const unitLabel = measure === 'arsverk' ? model.units.arsverk : model.units.per10000;
    return {
      title: cube.label,
      subtitle: [unitLabel, model.period].join(', '),
      summary,
      table: this.tableModel(model, t, t.tableCaption(cube.label, model.period)),
      chartHeight: model.pinned ? model.comparison.length * 22 + 70 : 340,
      chart: async (theme, width) => {
        const { rateSpec, seriesSpec } = await loadChartRuntime();
        if (model.pinned) return rateSpec(comparisonBars(model, measure), theme, lang, summary, width);
        const serie = extras.serie ? toCube(extras.serie) : undefined; // read once per file, like every file
        if (!serie) return rateSpec(comparisonBars(model, measure), theme, lang, summary, width);
        const pointsOf = (metric: string) =>
          serie.rows.filter((r) => r.metric === metric && r.geo === serie.reference && r.value !== null).map((r) => ({ year: Number(r.time), value: r.value! }));
        // The rates are printed for the last year only; the series then shows årsverk.
        let metric = model.metricIds[measure];
        if (pointsOf(metric).length < 2) metric = model.metricIds.arsverk;
        const points = pointsOf(metric);
        const unit = serie.metric.unit[metric];
        const periods = serie.time.categories.map((k) => Number(k.id));
        return seriesSpec(points, periods, (serie.hi.seriesBreaks ?? []) as SeriesBreak[], unit?.label ?? '', unit?.decimals ?? 0, theme, lang, summary, width);
      },
      fileName: `${this.tag}-${this.fylke ?? 'alle'}-${model.period}`,
    };
  }

  /** The rows as shown (sorted and filtered), comparison rows first: the caption and the CSV download. */
  private tableModel(m: ArsverkModel, t: Messages, caption: string): TableModel {
    const cells = (r: UnitRow) => [
      { text: r.name },
      { text: r.code },
      { text: r.arsverk.text, value: r.arsverk.value, decimals: m.decimals.arsverk },
      { text: r.per10000.text, value: r.per10000.value, decimals: m.decimals.per10000 },
    ];
    return {
      caption,
      columns: [
        { key: 'name', label: t.kommuneColumn },
        { key: 'code', label: t.codeColumn },
        { key: 'arsverk', label: m.units.arsverk, numeric: true },
        { key: 'per10000', label: m.units.per10000, numeric: true },
      ],
      rows: [...m.comparison.map((r) => ({ id: r.id, cells: cells(r), kind: 'reference' as const })), ...this.visibleRows(m).map((r) => ({ id: r.id, cells: cells(r) }))],
    };
  }

  private visibleRows(m: ArsverkModel): UnitRow[] {
    const filtered = filterRows(m.rows, this.filter);
    return this.sortKey ? sortRows(filtered, this.sortKey, this.sortDir) : filtered;
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      // Names and numbers read best A–Z; amounts read best highest first.
      this.sortDir = key === 'name' || key === 'code' ? 'ascending' : 'descending';
    }
  }

  protected override renderTable(table: TableModel, t: Messages): TemplateResult {
    const m = this.model!;
    const rows = this.visibleRows(m);
    const measure: Measure = this.measure === 'arsverk' ? 'arsverk' : 'per10000';
    const national = m.norge?.per10000.value ?? null;
    const max = Math.max(national ?? 0, ...m.rows.map((r) => r.per10000.value ?? 0), ...m.comparison.map((r) => r.per10000.value ?? 0)) || 1;
    const header = (key: SortKey, label: string, numeric = false) => {
      const sorted = this.sortKey === key;
      return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sorted ? this.sortDir : 'none'}>
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>
          ${label}<span class="arrow" aria-hidden="true">${sorted ? (this.sortDir === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>`;
    };
    const number = (c: UnitRow['arsverk'], primary: boolean) =>
      html`<td class=${primary ? 'num primary' : 'num'}>${c.note
        ? html`<span title=${c.note}>${c.text}</span><span class="visually-hidden"> (${c.note})</span>`
        : c.text}</td>`;
    const bar = (r: UnitRow) => {
      const v = r.per10000.value;
      return html`<td class="bar-cell">${v === null
        ? nothing
        : svg`<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class=${r.id === m.pinned?.id ? 'fill highlight' : 'fill'} x="0" y="2" height="8" width=${(100 * v) / max}></rect>
            ${national === null ? nothing : svg`<line class="national" x1=${(100 * national) / max} x2=${(100 * national) / max} y1="0" y2="12"></line>`}
          </svg>`}</td>`;
    };
    const row = (r: UnitRow, kind: 'row' | 'reference') => html`<tr class=${r.id === m.pinned?.id ? 'highlight' : kind}>
      <th scope="row">${r.name}${r.id === m.pinned?.id ? html` <span class="tag">(${t.selected})</span>` : nothing}</th>
      <td class="code">${r.code}</td>
      ${number(r.arsverk, measure === 'arsverk')} ${number(r.per10000, measure === 'per10000')} ${bar(r)}
    </tr>`;
    return html`<div class="filter" part="filter">
        <label for="filter">${t.filterLabel}</label>
        <input id="filter" type="search" autocomplete="off" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        <span role="status" class="count">${t.filterStatus(rows.length, m.rows.length)}</span>
      </div>
      <div class="table-wrap scroll" part="table" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <caption id="caption">${table.caption}</caption>
          <thead>
            <tr>
              ${header('name', t.kommuneColumn)} ${header('code', t.codeColumn)} ${header('arsverk', m.units.arsverk, true)}
              ${header('per10000', m.units.per10000, true)}
              <th scope="col" class="bar-cell">${t.againstNational}</th>
            </tr>
          </thead>
          <tbody class="reference" aria-label=${t.comparison}>${m.comparison.map((r) => row(r, 'reference'))}</tbody>
          <tbody>${rows.map((r) => row(r, 'row'))}</tbody>
        </table>
      </div>`;
  }
}

/** The chosen kommune, its fylke and size group as bars, Norway as the reference line. */
function comparisonBars(m: ArsverkModel, measure: Measure): RateModel {
  const toBar = (r: UnitRow) => ({
    id: r.id,
    label: r.name,
    value: r[measure].value,
    display: r[measure].text,
    highlight: r.id === m.pinned?.id,
    hasChildren: false,
    ...(r[measure].status ? { status: r[measure].status } : {}),
  });
  const rows = m.comparison.filter((r) => r !== m.norge);
  return {
    metric: m.metricIds[measure],
    metricLabel: '',
    period: m.period,
    periodLabel: m.period,
    unit: { label: m.units[measure], decimals: m.decimals[measure] },
    bars: rows.map(toBar),
    ...(m.norge ? { reference: toBar(m.norge) } : {}),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'arsverk-tabell': ArsverkTabell;
  }
}
