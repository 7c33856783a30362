import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { loadChartRuntime } from '../../base/chart-runtime.js';
import { HfElement, type Loaded } from '../../base/hf-element.js';
import type { ViewModel } from '../../base/view-model.js';
import { normaliseKommune, parentOf, readCodeList, type CodeList } from '../../data/codelist.js';
import { categoryLabel } from '../../data/jsonstat.js';
import type { Cube } from '../../data/types.js';
import type { Messages } from '../../format/messages.js';
import type { Lang } from '../../format/number.js';
import { buildRateModel, rateSummary, rateTable, type SortOrder } from './model.js';

/**
 * A rate per unit (helsefellesskap, fylke, …) as horizontal bars against the national rate,
 * with the user's own area highlighted and a drill-down to its kommuner.
 *
 * @summary Patient rate per helsefellesskap against the national rate.
 */
export class HfPasientrate extends HfElement {
  protected readonly tag = 'hf-pasientrate';

  /** A 4-digit kommune number; highlights the kommune, or the helsefellesskap it belongs to. */
  @property() kommune?: string;

  /** A helsefellesskap id from the code list (e.g. `hfs-unn`) or any geo id in the file; highlights it. */
  @property() helsefellesskap?: string;

  /** Metric id, where the file has several; the first by default. */
  @property() measure?: string;

  /** Time id; the latest period with numbers by default. */
  @property() period?: string;

  /** `file` (the file's order, default), `value` (highest first) or `name`. */
  @property() sort: SortOrder = 'file';

  /** The unit drilled into, if any. */
  @state() private drill?: string;

  /** The highlighted unit, when the file has rows below it. */
  private drillTarget?: { id: string; label: string };

  protected defaultSrc(): string {
    return assetUrl('datasets/pasientrate-2019.json');
  }

  protected override extraSources(): Record<string, string> {
    return normaliseKommune(this.kommune) ? { helsefellesskap: assetUrl('codelists/helsefellesskap.json') } : {};
  }

  /** The geo id to highlight: the kommune itself if the file has it, else its helsefellesskap. */
  private highlightId(cube: Cube, extras: Record<string, unknown>): { unit?: string; kommune?: string } {
    const ids = new Set(cube.geo.categories.map((k) => k.id));
    if (this.helsefellesskap && ids.has(this.helsefellesskap)) return { unit: this.helsefellesskap };
    const kommune = normaliseKommune(this.kommune);
    if (!kommune) return {};
    let list: CodeList | undefined;
    try {
      list = extras.helsefellesskap ? readCodeList(extras.helsefellesskap) : undefined;
    } catch {
      list = undefined;
    }
    const parent = list ? parentOf(list, kommune) : undefined;
    const inFile = ids.has(kommune) ? kommune : list ? sameKommuneInFile(list, kommune, ids) : undefined;
    // A kommune drawn as a bar of its own is highlighted itself; otherwise its helsefellesskap.
    const topLevel = inFile && !Object.values(cube.geo.child).flat().includes(inFile);
    const result: { unit?: string; kommune?: string } = {};
    if (topLevel) result.unit = inFile;
    else if (parent && ids.has(parent)) result.unit = parent;
    if (inFile) result.kommune = inFile;
    return result;
  }

  protected buildView({ cube, extras }: Loaded, lang: Lang): ViewModel {
    const { unit, kommune } = this.highlightId(cube, extras);
    this.drillTarget = unit && cube.geo.child[unit]?.length ? { id: unit, label: categoryLabel(cube.geo, unit) } : undefined;
    const drill = this.drill && this.drill === unit ? this.drill : undefined;
    const model = buildRateModel(cube, {
      lang,
      measure: this.measure,
      period: this.period,
      highlight: drill ? kommune : unit,
      drill,
      sort: this.sort,
    });
    const summary = rateSummary(model, lang);
    const title = cube.label;
    const subtitle = [model.unit.label, model.periodLabel].filter(Boolean).join(', ');
    return {
      title,
      subtitle,
      summary,
      table: rateTable(cube, model, lang, title),
      chartHeight: model.bars.length * 22 + 70,
      chart: async (theme, width) => (await loadChartRuntime()).rateSpec(model, theme, lang, summary, width),
      fileName: `${this.tag}-${model.drill ?? 'alle'}-${model.period}`,
    };
  }

  /** One button away from the highlighted unit's kommuner, and back. */
  protected override renderControls(_view: ViewModel, t: Messages): TemplateResult | typeof nothing {
    const target = this.drillTarget;
    if (!target) return nothing;
    return this.drill === target.id
      ? html`<button type="button" class="drill" @click=${() => (this.drill = undefined)}>${t.backToAll}</button>`
      : html`<button type="button" class="drill" @click=${() => (this.drill = target.id)}>${t.showKommuner(target.label)}</button>`;
  }
}

/** The same kommune under another number (e.g. Tromsø 5501 in 2024, 5401 in 2020–2023). */
function sameKommuneInFile(list: CodeList, kommune: string, ids: Set<string>): string | undefined {
  const validity = (list.hi.validity ?? {}) as Record<string, { replacedBy?: string }>;
  if (validity[kommune]?.replacedBy && ids.has(validity[kommune]!.replacedBy!)) return validity[kommune]!.replacedBy;
  return Object.entries(validity).find(([old, v]) => v.replacedBy === kommune && ids.has(old))?.[0];
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-pasientrate': HfPasientrate;
  }
}
