/**
 * The small base every hf-indikatorer element extends: the shared attributes, the states
 * (loading, error, ready) and the skeleton of the ready view. Loading, language and the chart are
 * controllers; the parts of the view are templates. An element turns what was loaded into a
 * {@link ViewModel} and may add controls of its own.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load.js';
import { pickOption } from '../data/options.js';
import { MESSAGES, type Messages } from '../format/messages.js';
import type { Lang } from '../format/number.js';
import { waitsForTurn } from '../chart/scheduler.js';
import { ChartController } from './chart-controller.js';
import { DataController } from './data-controller.js';
import { DownloadController } from './download-controller.js';
import { describeError, loadRuleMessages, type ShownError } from './error-message.js';
import { emit, type HfErrorCode, type HfRenderDetail } from './events.js';
import { LanguageController } from './language.js';
import { UrlStateController, whenPrinting } from './page-state.js';
import { SchemeController } from './scheme.js';
import { baseStyles } from './styles.js';
import * as parts from './templates.js';
import { ownUnit, type Loaded, type ViewModel } from './view-model.js';

type View = 'chart' | 'table';
const VIEWS: readonly View[] = ['chart', 'table'];

/**
 * @fires hf-load - The file was read and is valid. `detail: { src, label }`
 * @fires hf-render - The chart or table was drawn. `detail: { view }`
 * @fires hf-error - Loading, reading, an option, drawing or a download failed. `detail: { message, code, src }`
 * @csspart figure - The whole view.
 * @csspart title - The dataset title.
 * @csspart subtitle - Unit and period, and the category each further dimension is fixed to.
 * @csspart choices - The selects for the measure, the period and each further dimension.
 * @csspart summary - The generated one-sentence summary.
 * @csspart toolbar - View toggle, the element's own controls and the download buttons.
 * @csspart chart - The chart container.
 * @csspart chart-table - The chart's own figures as a table that opens, where the chart shows something other than the table view.
 * @csspart table - The table container.
 * @csspart notes - Notes the file carries for the figures shown.
 * @csspart source - The source line with the updated date.
 * @csspart details - The details panel (definition, notes, symbols).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @cssprop --hf-font-family - Font (default `--ds-font-family`, then inherited).
 * @cssprop --hf-color-text - Text colour (default `--ds-color-neutral-text-default`, else the page's text colour).
 * @cssprop --hf-color-text-subtle - Secondary text (default `--ds-color-neutral-text-subtle`).
 * @cssprop --hf-color-background - Background (default `--ds-color-neutral-background-default`, else transparent).
 * @cssprop --hf-color-surface - Reference rows and pressed buttons (default `--ds-color-neutral-surface-tinted`).
 * @cssprop --hf-color-border - Borders and table rules (default `--ds-color-neutral-border-subtle`).
 * @cssprop --hf-color-bar - Bars (default `--ds-color-accent-base-default`).
 * @cssprop --hf-color-highlight - The highlighted unit (default `--ds-color-warning-base-default`).
 * @cssprop --hf-color-reference - The national reference line (default `--ds-color-neutral-text-default`).
 * @cssprop --hf-color-grid - Grid lines (default `--ds-color-neutral-border-subtle`).
 * @cssprop --hf-color-accent - Buttons and links (default `--ds-color-accent-text-default`).
 * @cssprop --hf-color-danger - Error text (default `--ds-color-danger-text-default`).
 * @cssprop --hf-color-focus - Focus ring (default `--ds-color-focus-outer`).
 * @cssprop --hf-color-tooltip-text - Tooltip text.
 * @cssprop --hf-border-radius - Corner radius (default `--ds-border-radius-md`).
 * @cssprop --hf-min-height - Height reserved while loading (default 20rem).
 * @cssprop --hf-color-series-1 - First compared series (services); also -2 … -5.
 */
export abstract class HfElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of a JSON-stat 2.0 file. Left out, the element shows its bundled dataset. */
  @property() src?: string;

  /** A JSON-stat 2.0 object to show instead of fetching `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Chart or table. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /** Milliseconds to wait for the file before showing a time-out error. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /** The level of the element's heading (its title), to fit the page's outline: 1–6; 2 by default, under the page's own title. */
  @property({ attribute: 'heading-level' }) headingLevel: '1' | '2' | '3' | '4' | '5' | '6' = '2';

  /**
   * Keep what the reader changes (view, drill-down, chosen measure, period and slice, sort) in the
   * page's address, so a link brings it back: `url-state` names the parameters (`url-state="rate"`
   * gives `?rate.view=table`); present without a value, the element's id or tag names them. Off
   * unless set: the element never touches the page's address uninvited.
   */
  @property({ attribute: 'url-state' }) urlState?: string;

  /** What the last action of the reader changed, said by the polite live region (a view switched, a drill-down, a sort). */
  #announcement = '';

  /** Says `message` to screen readers, politely, after the reader's own action; the element's controls keep the focus. */
  protected announce(message: string): void {
    this.#announcement = message;
    this.requestUpdate();
  }

  /** The properties a reader changes, kept in the page's address with `url-state`; an element adds its own. */
  protected readerState(): string[] {
    return ['view'];
  }

  /** URL of the bundled dataset shown when `src` is left out. */
  protected abstract defaultSrc(): string;

  /** Turns what was loaded into everything the base draws. May throw a `LoadError` (e.g. an unknown option). */
  protected abstract buildView(loaded: Loaded, lang: Lang): ViewModel;

  /** Further files (code lists, a series) the element needs now, by name; fetched alongside the file. */
  protected files(): Record<string, string> {
    return {};
  }

  /** Controls of the element's own, placed in the toolbar (e.g. a drill-down button). */
  protected renderControls(_view: ViewModel, _lang: Lang): unknown {
    return nothing;
  }

  /** The table view; an element may pass options (sorting, an extra column). */
  protected renderTable(view: ViewModel, t: Messages, _lang: Lang): unknown {
    return parts.tableTemplate(view.table, t);
  }

  readonly #language = new LanguageController(this);

  constructor() {
    super();
    // Each registers itself with the element.
    new SchemeController(this);
    new UrlStateController(this, () => this.readerState());
  }

  /** The page is printing and this chart is not drawn yet: its figures print as a table in its place. */
  #printTable = false;
  #stopPrinting?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopPrinting = whenPrinting((on) => {
      this.#turn ||= on; // a page printed shows every element's figures
      this.#printTable = on && !this.renderRoot.querySelector('.chart svg');
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopPrinting?.();
  }
  readonly #loader = new DataController(
    this,
    () => ({ src: this.effectiveSrc, data: this.data, files: this.files(), timeout: this.timeout ?? DEFAULT_TIMEOUT_MS }),
    (loaded, src) => {
      this.#chart.failed = false; // new numbers: their chart is drawn afresh
      emit(this, 'hf-load', { src, label: loaded.cube.label });
    },
  );
  readonly #chart = new ChartController(this, {
    drawn: () => this.#rendered('chart'),
    failed: () => this.#report('render'),
  });
  readonly #downloads = new DownloadController(this, (format) => this.#report('download', { format }));

  /** What the last render showed: the view, or an error. */
  #shown?: { view: ViewModel; loaded: Loaded; drawn: View } | { described: ShownError };
  /** The error last reported, so the same error shown again by a later update is not reported twice. */
  #reportedError?: string;
  #renderedKey?: string;

  /** The URL actually fetched: `src`, or the bundled dataset. */
  get effectiveSrc(): string | undefined {
    if (this.data !== undefined) return undefined;
    return this.src?.trim() || this.defaultSrc();
  }

  override render(): TemplateResult {
    const lang = this.#language.lang;
    const t = MESSAGES[lang];
    this.#shown = undefined;
    const loading = () => {
      this.#reportedError = undefined; // a new load reports its own failure, even the same again
      return parts.loadingTemplate(t);
    };
    const body = this.#loader.render({
      initial: loading,
      pending: loading,
      complete: (loaded) => (this.#hasTurn() ? this.#renderReady(loaded, lang, t) : loading()),
      error: (e) => this.#renderError(e, lang),
    });
    return html`${body}${this.#chart.helpers()}`;
  }

  /** Whether the element may show its figures: the first time, one far from the viewport waits for its turn. */
  #turn = false;
  #hasTurn(): boolean {
    this.#turn ||= !waitsForTurn(this, () => {
      this.#turn = true;
      // Now, not in a microtask: the idle moment's time left then says whether another fits.
      this.requestUpdate();
      this.performUpdate();
    });
    return this.#turn;
  }

  #renderError(error: unknown, lang: Lang): TemplateResult {
    const described = describeError(error, lang);
    this.#shown = { described };
    return parts.errorTemplate(described, this.effectiveSrc);
  }

  #renderReady(loaded: Loaded, lang: Lang, t: Messages): TemplateResult {
    let v: ViewModel;
    let asked: View;
    let level: string;
    try {
      asked = pickOption('view', this.view, VIEWS, 'chart');
      level = pickOption('heading-level', String(this.headingLevel ?? ''), ['1', '2', '3', '4', '5', '6'], '2');
      v = this.buildView(loaded, lang);
    } catch (e) {
      return this.#renderError(e, lang);
    }
    const view = v.chart && !this.#chart.failed ? asked : 'table';
    this.#shown = { view: v, loaded, drawn: view };
    const toolbar = {
      ...(v.chart ? { view } : {}),
      setView: (next: View) => {
        this.view = next;
        this.announce(next === 'table' ? t.showingTable : t.showingChart);
      },
      controls: this.renderControls(v, lang),
      formats: v.chart ? ['CSV', 'PNG', 'SVG', 'JSON'] : ['CSV', 'JSON'],
      // In the chart view, the CSV is the chart's own figures where it has them.
      download: (format: string) => this.#downloads.start(format, view === 'chart' && v.chartTable ? { ...v, table: v.chartTable } : v, loaded, lang),
    };
    // Named by its title and the unit set apart in it, so two elements of one file are told apart.
    const own = ownUnit(v.table);
    // The element's own texts in its language; the title (the file's labels) in the file's.
    return html`<figure class="figure" part="figure" aria-labelledby=${own ? 'title figure-own' : 'title'} lang=${lang}>
      ${own ? html`<span id="figure-own" hidden>${own}</span>` : nothing}
      <figcaption>
        <p class="title" id="title" part="title" role="heading" aria-level=${level} lang=${ifDefined(parts.fileLang(loaded.cube, lang))}>${v.title}</p>
        ${v.subtitle ? html`<p class="subtitle" part="subtitle">${v.subtitle}</p>` : nothing}
      </figcaption>
      <p class="summary" part="summary" id="summary">${v.summary}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p>
      ${parts.choicesTemplate(v.choices, v.choose, t)} ${parts.toolbarTemplate(toolbar, t)}
      ${parts.alertTemplate(this.#chart.failed ? t.errors.render!({}) : undefined)}
      ${parts.alertTemplate(this.#downloads.failed && t.errors.download!({ format: this.#downloads.failed }))}
      ${v.chart ? html`<div class="chart" part="chart" ?hidden=${view !== 'chart'}></div>` : nothing}
      ${view === 'chart' && v.chartTable
        ? html`<details class="chart-table" part="chart-table" ?open=${this.#printTable}><summary>${t.chartFigures}</summary>${parts.tableTemplate(v.chartTable, t)}</details>`
        : view === 'chart' && this.#printTable
          ? html`<div class="print-table">${parts.tableTemplate(v.table, t)}</div>`
          : nothing}
      ${view === 'table' ? this.renderTable(v, t, lang) : nothing}
      ${parts.notesTemplate(v.notes, t)} ${parts.sourceTemplate(loaded.cube, t, lang)} ${parts.detailsTemplate(loaded.cube, t, lang)}
    </figure>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A removed element draws nothing and reports nothing; it starts again when put back.
    if (!this.isConnected || !this.#shown) return;
    if ('described' in this.#shown) {
      const { described } = this.#shown;
      const key = `${described.key}|${this.effectiveSrc}`;
      this.#renderedKey = undefined;
      // An invalid file is reported once its reason can be written out (or cannot be fetched).
      if (!described.complete) void loadRuleMessages().finally(() => this.requestUpdate()).catch(() => undefined);
      else if (key !== this.#reportedError) {
        this.#reportedError = key;
        emit(this, 'hf-error', { message: described.message, code: described.code, src: this.effectiveSrc });
      }
      return;
    }
    this.#reportedError = undefined;
    const { view: v, drawn } = this.#shown;
    if (drawn === 'chart') this.#chart.show(v.chart!, v.chartHeight);
    else this.#rendered('table');
  }

  /** Fires `hf-render` once per view drawn, not on every update. */
  #rendered(view: HfRenderDetail['view']): void {
    const v = this.#shown && 'view' in this.#shown ? this.#shown.view : undefined;
    const key = view === 'chart' ? undefined : `${v?.table.rows.length}|${v?.summary}`;
    if (key && this.#renderedKey === key) return;
    this.#renderedKey = key;
    emit(this, 'hf-render', { view });
  }

  /** Says in the element's language what failed, while the numbers stay. */
  #report(code: Extract<HfErrorCode, 'render' | 'download'>, params: Record<string, string> = {}): void {
    emit(this, 'hf-error', { message: MESSAGES[this.#language.lang].errors[code]!(params), code, src: this.effectiveSrc });
  }
}
