import { html, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { chartCode } from '../../base/chart-controller.js';
import { HfElement } from '../../base/hf-element.js';
import { tableTemplate } from '../../base/templates.js';
import type { Loaded, TableRow, ViewModel } from '../../base/view-model.js';
import { barsHeight, LINE_HEIGHT } from '../../chart/layout.js';
import { kommuneIn, normaliseKommune, toCodeList } from '../../data/codelist.js';
import { toCubeOrNothing } from '../../data/load.js';
import type { Messages } from '../../format/messages.js';
import type { Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';
import { arsverkSummary, arsverkTable, buildArsverkModel, comparisonChart, filterRows, seriesChart, seriesSummary, seriesTable, sortRows, type ArsverkModel, type SortDir, type SortKey } from './model.js';
import { tableStyles } from './styles.js';

/** The spec builder, in the page's chart code. */
const chartSpec = chartCode(() => import('./spec.js'));

/** Room kept beside a control brought into view: its focus ring (3 px, 2 px from it). */
const FOCUS_RING = 6;

/**
 * Brings a control focused in the table's sticky header into view, clear of the sticky
 * first column: the browser does not scroll its box sideways for a control in a sticky cell, and
 * a keyboard user's sort button was left out of sight at 320 px.
 */
function revealFocused(e: FocusEvent): void {
  const wrap = e.currentTarget as HTMLElement;
  const control = e.target as HTMLElement;
  const cell = control.closest('th, td');
  if (control === wrap || !cell) return;
  const box = wrap.getBoundingClientRect();
  const at = control.getBoundingClientRect();
  const first = (cell as HTMLTableCellElement).cellIndex > 0 ? (wrap.querySelector('thead th')?.getBoundingClientRect().right ?? box.left) : box.left;
  const right = box.left + wrap.clientLeft + wrap.clientWidth;
  // Its start first, where a control is wider than the room beside the sticky column.
  if (at.left - FOCUS_RING < first) wrap.scrollLeft += at.left - FOCUS_RING - first;
  else if (at.right + FOCUS_RING > right) wrap.scrollLeft += Math.min(at.right + FOCUS_RING - right, at.left - FOCUS_RING - first);
}

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

  /** 4-digit kommune number (2023 or 2024 numbering): its row is pinned on top with its fylke, size group and Norway. */
  @property() kommune?: string;

  /** 2-digit fylke number (2020–2023): only that county's rows. */
  @property() fylke?: string;

  /** The number the summary, the bars and the chart use: per 10 000 inhabitants, or årsverk. */
  @property() measure: 'per10000' | 'arsverk' = 'per10000';

  /** The age group: all, adults, or children and young people. */
  @property() gruppe: 'alle' | 'voksne' | 'barn-og-unge' = 'alle';

  /** Time id; the latest by default. */
  @property() period?: string;

  /** URL of the national series for the chart view (default: the bundled series since 2007). */
  @property({ attribute: 'serie-src' }) serieSrc?: string;

  /** Table or chart; the table by default. */
  @property({ reflect: true }) override view: 'chart' | 'table' = 'table';

  @state() private sortKey?: SortKey;
  @state() private sortDir: SortDir = 'ascending';
  @state() private filter = '';

  private model?: ArsverkModel;

  protected override readerState(): string[] {
    // The sort and the search box.
    return [...super.readerState(), 'sortKey', 'sortDir', 'filter'];
  }

  protected defaultSrc(): string {
    return assetUrl('datasets/arsverk-2023.json');
  }

  /** The code list for a kommune; without one, the national series the chart shows. */
  protected override files(): Record<string, string> {
    return normaliseKommune(this.kommune)
      ? { kommuner: assetUrl('codelists/kommuner-2023.json') }
      : { serie: this.serieSrc ?? assetUrl('datasets/arsverk-serie.json') };
  }

  protected buildView({ cube, files }: Loaded, lang: Lang): ViewModel {
    const kommuner = toCodeList(files.kommuner);
    const sizeGroups: Record<string, string[]> = {
      // A code list is a further file: a group that is not a list of numbers is left out, not a crash.
      ...Object.fromEntries(
        Object.entries((kommuner?.hi.groupings as { storrelsesgruppe?: unknown } | undefined)?.storrelsesgruppe ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string')),
      ),
      ...Object.fromEntries(Object.entries(cube.geo.child).filter(([p]) => cube.geo.level[p] === 'storrelsesgruppe')),
    };
    const model = buildArsverkModel(cube, {
      lang,
      measure: this.measure,
      gruppe: this.gruppe,
      period: this.period,
      fylke: this.fylke,
      kommune: kommuneIn(this.kommune, new Set(cube.geo.categories.map((k) => k.id)), kommuner).inFile,
      sizeGroupOf: (id) => Object.keys(sizeGroups).find((group) => sizeGroups[group]!.includes(id)),
    });
    this.model = model;
    // Without a kommune the chart is the national series: its own summary and table, the chart's equivalent.
    const serie = model.pinned ? undefined : toCubeOrNothing(files.serie);
    const line = serie && seriesChart(serie, model, lang);
    const chartsSeries = this.view === 'chart' && serie && line;
    const summary = (chartsSeries && seriesSummary(line, serie.label, lang)) || arsverkSummary(model, lang);
    const rows = filterRows(model.rows, this.filter);
    return {
      title: cube.label,
      subtitle: [model.units[model.measure], model.period].join(', '),
      summary,
      table: arsverkTable(model, this.sortKey ? sortRows(rows, this.sortKey, this.sortDir) : rows, lang, TEXTS[lang].tableCaption(cube.label, model.period)),
      chartHeight: model.pinned ? barsHeight(model.comparison.length) : LINE_HEIGHT,
      // The chart's own figures: the national series, or the kommune against its fylke, size group and the country.
      chartTable: line && serie ? seriesTable(serie, lang, serie.label) : arsverkTable(model, [], lang, TEXTS[lang].comparisonCaption(model.pinned?.name ?? '', model.period)),
      chart: async (theme, width) => {
        // Without a kommune, the national series; the kommune's comparison when it is pinned or the series is missing.
        const input = line ? { line } : { bars: comparisonChart(model, lang) };
        return (await chartSpec()).chart(input, { theme: await theme, width, lang });
      },
      fileName: `${this.localName}-${this.fylke ?? 'alle'}-${model.period}`,
    };
  }

  private sortBy(key: SortKey, label: string, lang: Lang): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      // Names and numbers read best A–Z; amounts read best highest first.
      this.sortDir = key === 'name' || key === 'code' ? 'ascending' : 'descending';
    }
    this.announce(TEXTS[lang].sorted(label, this.sortDir === 'ascending'));
  }

  /** The filter box, then the table: sortable columns and a small bar against the national rate in each row. */
  protected override renderTable(view: ViewModel, t: Messages, lang: Lang): unknown {
    const m = this.model!;
    const own = TEXTS[lang];
    const byId = new Map([...m.comparison, ...m.rows].map((r) => [r.id, r]));
    const national = m.norge?.per10000.value ?? null;
    // A loop, not Math.max(...values): a spread of every row overflows the stack in a large file.
    let max = national ?? 0;
    for (const r of byId.values()) max = Math.max(max, r.per10000.value ?? 0);
    max ||= 1;
    const bar = (row: TableRow) => {
      const v = byId.get(row.id)?.per10000.value;
      if (v == null) return '';
      return svg`<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class=${row.highlight ? 'fill highlight' : 'fill'} x="0" y="2" height="8" width=${(100 * v) / max}></rect>
        ${national === null ? '' : svg`<line class="national" x1=${(100 * national) / max} x2=${(100 * national) / max} y1="0" y2="12"></line>`}
      </svg>`;
    };
    const shown = view.table.rows.length - m.comparison.length;
    return html`<div class="filter" part="filter">
        <label for="filter">${own.filterLabel}</label>
        <input id="filter" type="search" autocomplete="off" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        <span role="status" class="count">${own.filterStatus(shown, m.rows.length)}</span>
      </div>
      ${tableTemplate(view.table, t, {
        sort: { key: this.sortKey, dir: this.sortDir, by: (key) => this.sortBy(key as SortKey, view.table.columns.find((c) => c.key === key)?.label ?? key, lang) },
        extra: { label: own.againstNational, cell: bar },
        primary: m.measure,
        scroll: true,
        focusin: revealFocused,
        referenceLabel: own.comparison,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'arsverk-tabell': ArsverkTabell;
  }
}
