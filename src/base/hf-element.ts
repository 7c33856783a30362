/**
 * What every hf-indikatorer element shares: loading and its states, language, the table view,
 * the summary, the source line and details panel, downloads, theming, the lazily loaded chart
 * and the events. An element only turns a cube into a {@link ViewModel}.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { TopLevelSpec } from 'vega-lite';
import { fetchJson, holdJson, LoadError, releaseJson, toCube, DEFAULT_TIMEOUT_MS } from '../data/load.js';
import type { Cube } from '../data/types.js';
import { MESSAGES, type Messages } from '../format/messages.js';
import { formatDate, toLang, type Lang } from '../format/number.js';
import { loadChartRuntime } from './chart-runtime.js';
import type { DrawnChart } from '../chart/vega-runtime.js';
import type { ChartTheme } from '../chart/theme.js';
import { baseStyles } from './styles.js';
import { usedStatusCodes, type TableModel, type ViewModel } from './view-model.js';

export type View = 'chart' | 'table';

/** Ends a text with a full stop unless it already has one. */
const sentence = (s: string) => (s && !/[.!?]$/.test(s) ? `${s}.` : s);

/** Detail of `hf-error`. */
export interface HfErrorDetail {
  message: string;
  code: string;
  src: string | undefined;
}

/** The loaded inputs of an element: the cube, the raw JSON (for download) and any code lists. */
export interface Loaded {
  cube: Cube;
  json: unknown;
  extras: Record<string, unknown>;
}

/** Elements on the page, re-rendered when a `lang` attribute above them changes. */
const connected = new Set<HfElement>();
let langObserver: MutationObserver | undefined;

function watchLang(el: HfElement, on: boolean): void {
  if (on) connected.add(el);
  else connected.delete(el);
  if (connected.size && !langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => connected.forEach((e) => e.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!connected.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** The reasons for broken rules, fetched the first time a file breaks one. */
let ruleMessages: Promise<typeof import('../format/rule-messages.js')> | undefined;
let ruleMessage: typeof import('../format/rule-messages.js').ruleMessage | undefined;
function loadRuleMessages(): Promise<unknown> {
  ruleMessages ??= import('../format/rule-messages.js').then((m) => ((ruleMessage = m.ruleMessage), m));
  return ruleMessages;
}

/**
 * Charts are drawn only for elements within half a screen of the viewport (one
 * IntersectionObserver for the page): a long page on a slow phone spends nothing on charts
 * nobody has scrolled to, and an element in a hidden tab is drawn when shown, at its real width.
 * The numbers, the summary and the table never wait for this.
 */
const DRAW_MARGIN = '50% 0px';
const nearViewport = new Set<Element>();
let viewportObserver: IntersectionObserver | undefined;
function observeViewport(el: HfElement, on: boolean): void {
  if (!on) {
    nearViewport.delete(el);
    viewportObserver?.unobserve(el);
    return;
  }
  if (typeof IntersectionObserver === 'undefined') {
    nearViewport.add(el);
    return;
  }
  viewportObserver ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) nearViewport.add(e.target);
        else nearViewport.delete(e.target);
      }
      void drainChartQueue();
    },
    { rootMargin: DRAW_MARGIN },
  );
  viewportObserver.observe(el);
}

/**
 * The page's chart queue. Charts are drawn one at a time, after the numbers have been painted,
 * the one nearest the viewport first; a chart further away waits until it is scrolled near.
 */
const chartQueue = new Map<HfElement, () => Promise<void>>();
let drawing = false;
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function queueChart(el: HfElement, draw: () => Promise<void>): void {
  chartQueue.set(el, draw);
  void drainChartQueue();
}

/** The queued element near the viewport that is closest to it (one in view comes first). */
function nextChart(): HfElement | undefined {
  let best: HfElement | undefined;
  let bestDistance = Infinity;
  for (const el of chartQueue.keys()) {
    if (!nearViewport.has(el)) continue;
    const r = el.getBoundingClientRect();
    const distance = r.bottom < 0 ? -r.bottom : Math.max(0, r.top - innerHeight);
    if (distance < bestDistance) [best, bestDistance] = [el, distance];
  }
  return best;
}

async function drainChartQueue(): Promise<void> {
  if (drawing || !chartQueue.size) return;
  drawing = true;
  try {
    await afterPaint();
    for (let el = nextChart(); el; el = nextChart()) {
      const draw = chartQueue.get(el)!;
      chartQueue.delete(el);
      if (el.isConnected) await draw();
    }
  } finally {
    drawing = false;
  }
}

const THEME_SLOTS = ['text', 'muted', 'bar', 'highlight', 'reference', 'grid', 'bg', 's1', 's2', 's3', 's4', 's5'] as const;

/**
 * The shared base of the hf-indikatorer elements.
 *
 * @fires hf-load - The file was read and is valid. `detail: { src, label }`
 * @fires hf-render - The chart or table was drawn. `detail: { view }`
 * @fires hf-error - Loading, reading or drawing failed. `detail: { message, code, src }`
 * @csspart figure - The whole view.
 * @csspart title - The dataset title.
 * @csspart subtitle - Unit and period.
 * @csspart summary - The generated one-sentence summary.
 * @csspart toolbar - View toggle, drill-down and download buttons.
 * @csspart chart - The chart container.
 * @csspart table - The table container.
 * @csspart source - The source line with the updated date.
 * @csspart details - The details panel (definition, notes, symbols).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @cssprop --hf-font-family - Font (default `--ds-font-family`, then inherited).
 * @cssprop --hf-color-text - Text colour (default `--ds-color-neutral-text-default`).
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

  /** `chart` or `table`. */
  @property({ reflect: true }) view: View = 'chart';

  /** Milliseconds to wait for the file before showing a time-out error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** The tag name, for messages. */
  protected abstract readonly tag: string;

  /** URL of the bundled dataset shown when `src` is left out. */
  protected abstract defaultSrc(): string;

  /** Turns the loaded cube into everything the base draws. May throw a {@link LoadError}. */
  protected abstract buildView(loaded: Loaded, lang: Lang): ViewModel;

  /** Further JSON files (code lists) the element needs now, by name. */
  protected extraSources(): Record<string, string> {
    return {};
  }

  /** Controls of the element's own, placed in the toolbar (e.g. a drill-down button). */
  protected renderControls(_view: ViewModel, _t: Messages): TemplateResult | typeof nothing {
    return nothing;
  }

  private readonly _task = new Task(this, {
    task: async ([src, data, extrasKey], { signal }): Promise<Loaded> => {
      const extraUrls = Object.entries(JSON.parse(extrasKey) as Record<string, string>);
      // Code lists are fetched alongside the file, not after it. A missing one costs the
      // highlight, not the chart.
      const extrasLoading = extraUrls.map(([, url]) =>
        fetchJson(url, signal, this.timeout).catch((e: unknown) => {
          if (signal.aborted) throw e;
          return undefined;
        }),
      );
      // Settled at once, so an early failure of the file leaves no rejection unheard.
      extrasLoading.forEach((p) => p.catch(() => undefined));
      const json = data !== undefined ? data : src ? await fetchJson(src, signal, this.timeout) : undefined;
      if (json === undefined) throw new LoadError('no-src');
      let cube: Cube;
      try {
        cube = toCube(json);
      } catch (e) {
        if (e instanceof LoadError && e.code === 'invalid') await loadRuleMessages();
        throw e;
      }
      const extraValues = await Promise.all(extrasLoading);
      const extras: Record<string, unknown> = Object.fromEntries(extraUrls.map(([name], i) => [name, extraValues[i]]));
      const shown = extraUrls.filter(([name]) => extras[name] !== undefined).map(([, url]) => url);
      this.hold(data === undefined && src ? [src, ...shown] : shown);
      return { cube, json, extras };
    },
    args: () => [this.effectiveSrc, this.data, JSON.stringify(this.extraSources())] as const,
    onComplete: (loaded) => this.emit('hf-load', { src: this.effectiveSrc, label: loaded.cube.label }),
  });

  private _view?: ViewModel;
  private _loaded?: Loaded;
  /** URLs of the files this element shows, held in the page-wide cache. */
  private _held: string[] = [];

  private hold(urls: string[]): void {
    urls.forEach(holdJson);
    this._held.forEach(releaseJson);
    this._held = urls;
  }
  private _chart?: DrawnChart;
  private _chartContainer?: Element;
  private _chartKey?: string;
  private _drawGeneration = 0;
  private _shownError?: { error: unknown; detail: HfErrorDetail };
  private _reportedError?: unknown;
  private _chartFailed = false;
  /** The format of a download that just failed, for the message. */
  private _downloadFailed?: string;

  /** The URL actually fetched: `src`, or the bundled dataset. */
  get effectiveSrc(): string | undefined {
    if (this.data !== undefined) return undefined;
    return this.src?.trim() ? this.src.trim() : this.defaultSrc();
  }

  /** The element's language: its own `lang`, else the nearest ancestor's, else Bokmål. */
  get language(): Lang {
    let node: Node | null = this;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return 'nb';
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private _resizeObserver?: ResizeObserver;
  private _drawnWidth = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, true);
    observeViewport(this, true);
    // Redraw when the element's width changes, since the chart is drawn to its width.
    this._resizeObserver ??= new ResizeObserver(() => {
      const container = this.renderRoot.querySelector<HTMLElement>('.chart');
      if (this._drawnWidth && container && Math.abs(this.chartWidth(container) - this._drawnWidth) >= 8) this.requestUpdate();
    });
    this._resizeObserver.observe(this);
    // Put back after a removal: draw again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    observeViewport(this, false);
    chartQueue.delete(this);
    this._resizeObserver?.disconnect();
    this._task.abort();
    this.hold([]);
    this._drawGeneration++;
    this._chart?.finalize();
    this._chart = undefined;
    this._chartContainer = undefined;
    this._chartKey = undefined;
  }

  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const lang = this.language;
    const t = MESSAGES[lang];
    this._shownError = undefined;
    const body = this._task.render({
      initial: () => this.renderLoading(t),
      pending: () => this.renderLoading(t),
      complete: (loaded) => this.renderLoaded(loaded, lang, t),
      error: (e) => this.renderError(e, lang),
    });
    return html`${body}<div class="tooltip" hidden></div>${THEME_SLOTS.map((s) => html`<span class="probe p-${s}"></span>`)}`;
  }

  private renderLoading(t: Messages): TemplateResult {
    return html`<div class="state loading" role="status" aria-busy="true" part="loading">${t.loading}</div>`;
  }

  private renderError(error: unknown, lang: Lang): TemplateResult {
    const t = MESSAGES[lang];
    // Anything else is a fault of ours, not of the file: say so rather than blame the file.
    const e = error instanceof LoadError ? error : new LoadError('internal');
    if (e.code === 'invalid' && !ruleMessage) void loadRuleMessages().then(() => this.requestUpdate());
    const rule = String(e.params.rule);
    const reason = e.code === 'invalid' ? (ruleMessage?.(lang, rule, e.problems[0]?.params ?? {}) ?? rule) : '';
    const message = (t.errors[e.code] ?? t.errors.invalid!)({ ...e.params, reason });
    const path = e.code === 'invalid' ? e.problems[0]?.path : undefined;
    this._shownError = { error, detail: { message, code: e.code, src: this.effectiveSrc } };
    return html`<div class="state error" role="alert" part="error">
      <p><strong>${message}</strong></p>
      ${path ? html`<p class="detail"><code>${path}</code></p>` : nothing}
      ${this.effectiveSrc ? html`<p class="detail">${this.effectiveSrc}</p>` : nothing}
    </div>`;
  }

  private renderLoaded(loaded: Loaded, lang: Lang, t: Messages): TemplateResult {
    let v: ViewModel;
    try {
      v = this.buildView(loaded, lang);
    } catch (e) {
      return this.renderError(e, lang);
    }
    this._view = v;
    this._loaded = loaded;
    const { cube } = loaded;
    const view = v.chart && !this._chartFailed ? this.view : 'table';
    const formats = v.chart ? ['CSV', 'PNG', 'SVG', 'JSON'] : ['CSV', 'JSON'];
    return html`<figure class="figure" part="figure" aria-labelledby="title">
      <figcaption>
        <p class="title" id="title" part="title">${v.title}</p>
        ${v.subtitle ? html`<p class="subtitle" part="subtitle">${v.subtitle}</p>` : nothing}
      </figcaption>
      <p class="summary" part="summary" id="summary">${v.summary}</p>
      <div class="toolbar" part="toolbar">
        ${v.chart
          ? html`<div class="group" role="group" aria-label=${t.viewLabel}>
              <button type="button" aria-pressed=${view === 'chart'} @click=${() => this.setView('chart')}>${t.viewChart}</button>
              <button type="button" aria-pressed=${view === 'table'} @click=${() => this.setView('table')}>${t.viewTable}</button>
            </div>`
          : nothing}
        ${this.renderControls(v, t)}
        <div class="group" role="group" aria-label=${t.download}>
          <span class="group-label" aria-hidden="true">${t.download}:</span>
          ${formats.map((f) => html`<button type="button" aria-label=${t.downloadAs(f)} @click=${() => this.download(f)}>${f}</button>`)}
        </div>
      </div>
      ${this._chartFailed ? html`<p role="alert" class="error">${t.errors.render!({})}</p>` : nothing}
      ${this._downloadFailed ? html`<p role="alert" class="error">${t.errors.download!({ format: this._downloadFailed })}</p>` : nothing}
      ${v.chart ? html`<div class="chart" part="chart" ?hidden=${view !== 'chart'}></div>` : nothing}
      ${view === 'table' ? this.renderTable(v.table, t) : nothing}
      ${v.notes?.length
        ? html`<div class="notes" part="notes"><p class="notes-title">${t.notesOnFigures}</p><ul>${v.notes.map((n) => html`<li>${n}</li>`)}</ul></div>`
        : nothing}
      <p class="source" part="source">
        ${t.source} ${sentence(cube.source ?? '')}${cube.updated ? html` ${t.updated(formatDate(cube.updated, lang))}` : nothing}
      </p>
      ${this.renderDetails(cube, t)}
    </figure>`;
  }

  /** A real table with caption and header cells; reference rows kept apart at the top. */
  protected renderTable(table: TableModel, t: Messages): TemplateResult {
    const refs = table.rows.filter((r) => r.kind === 'reference');
    const rows = table.rows.filter((r) => r.kind !== 'reference');
    const row = (r: TableModel['rows'][number]) => html`<tr class=${r.highlight ? 'highlight' : ''}>
      <th scope="row">${r.cells[0]!.text}${r.highlight ? html` <span class="tag">(${t.selected})</span>` : nothing}</th>
      ${r.cells.slice(1).map(
        (c) => html`<td class=${c.numeric ? 'num' : ''}>
          ${c.note ? html`<span title=${c.note}>${c.text}</span><span class="visually-hidden"> (${c.note})</span>` : c.text}
        </td>`,
      )}
    </tr>`;
    return html`<div class="table-wrap" part="table" role="region" aria-labelledby="caption" tabindex="0">
      <table>
        <caption id="caption">${table.caption}</caption>
        <thead>
          <tr>${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}</tr>
        </thead>
        ${refs.length ? html`<tbody class="reference">${refs.map(row)}</tbody>` : nothing}
        <tbody>${rows.map(row)}</tbody>
      </table>
    </div>`;
  }

  private renderDetails(cube: Cube, t: Messages): TemplateResult {
    const codes = usedStatusCodes(cube);
    return html`<details part="details">
      <summary>${t.details}</summary>
      <dl>
        ${cube.definition ? html`<dt>${t.definition}</dt><dd>${cube.definition}</dd>` : nothing}
        ${cube.notes.length
          ? html`<dt>${t.notes}</dt><dd><ul>${cube.notes.map((n) => html`<li>${n}</li>`)}</ul></dd>`
          : nothing}
        ${codes.length
          ? html`<dt>${t.statusLegend}</dt><dd><ul>${codes.map((c) => html`<li><strong>${c.code}</strong> ${c.label}</li>`)}</ul></dd>`
          : nothing}
      </dl>
    </details>`;
  }

  protected setView(view: View): void {
    this.view = view;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A removed element draws nothing and reports nothing; it starts again when put back.
    if (!this.isConnected) return;
    const shown = this._shownError;
    // An invalid file is reported once its reason can be written out.
    if (shown && shown.error !== this._reportedError && !(shown.detail.code === 'invalid' && !ruleMessage)) {
      this._reportedError = shown.error;
      this.emit<HfErrorDetail>('hf-error', shown.detail);
    }
    if (shown) return;
    const v = this._view;
    if (!v || this._task.value === undefined) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    // Reserve the chart's height until it is drawn, so nothing below it jumps.
    if (container && !container.firstChild && v.chartHeight) container.style.minHeight = `${v.chartHeight}px`;
    if (this.view === 'chart' && v.chart && !this._chartFailed) {
      const build = v.chart;
      queueChart(this, () => this.drawChart(build));
    } else this.emitRenderOnce('table');
  }

  private _renderedKey?: string;
  private emitRenderOnce(view: string, key = view + JSON.stringify(this._view?.table.rows.length) + this._view?.summary): void {
    if (this._renderedKey === key) return;
    this._renderedKey = key;
    this.emit('hf-render', { view });
  }

  private readTheme(): ChartTheme {
    const read = (slot: string) => {
      const el = this.renderRoot.querySelector(`.p-${slot}`);
      return el ? getComputedStyle(el).color : '';
    };
    return {
      text: read('text') || '#1c1c1c',
      muted: read('muted') || '#525252',
      bar: read('bar') || '#1e5a96',
      highlight: read('highlight') || '#a84b14',
      reference: read('reference') || '#1c1c1c',
      grid: read('grid') || '#e1e4e7',
      background: read('bg') || 'transparent',
      font: getComputedStyle(this).fontFamily || 'sans-serif',
      series: ['s1', 's2', 's3', 's4', 's5'].map(read).filter(Boolean),
    };
  }

  private async drawChart(build: NonNullable<ViewModel['chart']>): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container) return;
    // Start fetching the chart runtime while the spec is built.
    const runtimeLoading = loadChartRuntime();
    runtimeLoading.catch(() => undefined);
    let spec: TopLevelSpec;
    try {
      spec = await build(this.readTheme(), this.chartWidth(container));
    } catch {
      this.chartFailed();
      return;
    }
    if (container !== this.renderRoot.querySelector('.chart')) return;
    const key = JSON.stringify(spec);
    if (container === this._chartContainer && key === this._chartKey) return;
    this._chartContainer = container;
    this._chartKey = key;
    const generation = ++this._drawGeneration;
    try {
      const runtime = await runtimeLoading;
      if (generation !== this._drawGeneration || !this.isConnected) return;
      this._chart?.finalize();
      this._chart = undefined;
      const width = this.chartWidth(container);
      const drawn = await runtime.drawChart(container, spec, this.showTooltip);
      if (generation !== this._drawGeneration) {
        drawn.finalize();
        return;
      }
      this._chart = drawn;
      this._drawnWidth = width;
      container.style.minHeight = '';
      this._renderedKey = undefined;
      this.emitRenderOnce('chart', key);
    } catch {
      if (generation !== this._drawGeneration) return;
      this.chartFailed();
    }
  }

  /** The numbers are still there: fall back to the table and say why. */
  private chartFailed(): void {
    this._chartFailed = true;
    this._chartKey = undefined;
    this.emit<HfErrorDetail>('hf-error', {
      message: MESSAGES[this.language].errors.render!({}),
      code: 'render',
      src: this.effectiveSrc,
    });
    this.requestUpdate();
  }

  private chartWidth(container: HTMLElement): number {
    return Math.round(container.clientWidth || this.clientWidth || 640);
  }

  /** Vega tooltip handler drawing into the shadow root with text nodes only. */
  private readonly showTooltip = (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void => {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    if (value === null || value === undefined || value === '') {
      tip.hidden = true;
      return;
    }
    const entries = typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [['', value]];
    tip.replaceChildren(
      ...entries.map(([k, v]) => {
        const row = document.createElement('div');
        row.className = 'tip-row';
        const key = document.createElement('span');
        key.className = 'tip-key';
        key.textContent = String(k);
        const val = document.createElement('span');
        val.textContent = String(v);
        row.append(key, val);
        return row;
      }),
    );
    const box = this.getBoundingClientRect();
    tip.style.left = `${Math.min(event.clientX - box.left + 12, box.width - 200)}px`;
    tip.style.top = `${event.clientY - box.top + 12}px`;
    tip.hidden = false;
  };

  private async download(format: string): Promise<void> {
    const v = this._view;
    const loaded = this._loaded;
    if (!v || !loaded) return;
    this._downloadFailed = undefined;
    try {
      const { download } = await import('./download.js');
      await download(format, v, loaded, this.language, this.readTheme(), this.renderRoot);
    } catch {
      // Shown in the element and reported, never thrown into the page.
      this._downloadFailed = format;
      this.emit<HfErrorDetail>('hf-error', { message: MESSAGES[this.language].errors.download!({ format }), code: 'download', src: this.effectiveSrc });
    }
    this.requestUpdate();
  }
}
