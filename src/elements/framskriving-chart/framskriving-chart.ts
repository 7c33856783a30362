import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { loadChartRuntime } from '../../base/chart-runtime.js';
import { HfElement, type Loaded } from '../../base/hf-element.js';
import type { ViewModel } from '../../base/view-model.js';
import { normaliseKommune, parentOf, readCodeList } from '../../data/codelist.js';
import { LoadError } from '../../data/load.js';
import type { Cube } from '../../data/types.js';
import { MESSAGES, type Messages } from '../../format/messages.js';
import type { Lang } from '../../format/number.js';
import { buildProjectionModel, findId, projectionSummary, projectionTable, type Variant } from './model.js';

/**
 * Capacity projections: observed values up to the base year and the projection after it (`trend`),
 * or the steps that make up the projection (`steps`), for Norway, an RHF, an HF or the HF area a
 * kommune belongs to, one or several services.
 *
 * @summary Projected liggedøgn, konsultasjoner and årsverk, and the steps that make them.
 */
export class FramskrivingChart extends HfElement {
  protected readonly tag = 'framskriving-chart';

  /** RHF id: `helse-sor-ost`, `helse-vest`, `helse-midt-norge`, `helse-nord`. */
  @property() region?: string;

  /** HF id from `data-contracts/codelists/helseregioner.json`, e.g. `unn`. */
  @property() hf?: string;

  /** 4-digit kommune number: selects the HF area the kommune belongs to. */
  @property() kommune?: string;

  /** `bup`, `vop`, `tsb`, `avtalespesialister`, `alle`; several separated by spaces to compare. */
  @property() tjeneste?: string;

  /** Metric id of the file: `liggedogn` (default), `konsultasjoner`, `fagarsverk`. */
  @property() measure?: string;

  /** `trend` (default) or `steps`. */
  @property({ reflect: true }) variant: Variant = 'trend';

  protected defaultSrc(): string {
    const arsverk = /^(fag)?[aå]rsverk/i.test(this.measure ?? '');
    return assetUrl(arsverk ? 'datasets/framskriving-arsverk.json' : 'datasets/framskriving-dogn-poliklinikk.json');
  }

  protected override extraSources(): Record<string, string> {
    return normaliseKommune(this.kommune)
      ? { helsefellesskap: assetUrl('codelists/helsefellesskap.json'), helseregioner: assetUrl('codelists/helseregioner.json') }
      : {};
  }

  /** The unit shown: `hf`, else the kommune's HF area, else `region`, else the national unit. */
  private selectedGeo(cube: Cube, extras: Record<string, unknown>): string {
    const ids = cube.geo.categories.map((k) => k.id);
    const pick = (name: string, value: string | undefined) => {
      if (!value) return undefined;
      const id = findId(ids, value);
      if (!id) throw new LoadError('unknown-option', { name, value });
      return id;
    };
    const hf = pick('hf', this.hf);
    if (hf) return hf;
    const kommune = normaliseKommune(this.kommune);
    if (kommune && extras.helsefellesskap && extras.helseregioner) {
      const hfs = parentOf(readCodeList(extras.helsefellesskap), kommune);
      const map = (readCodeList(extras.helseregioner).hi.helsefellesskap ?? {}) as Record<string, string>;
      const area = Object.entries(map).find(([, h]) => h === hfs)?.[0];
      if (area && ids.includes(area)) return area;
    }
    return pick('region', this.region) ?? cube.reference ?? ids[0]!;
  }

  protected buildView({ cube, extras }: Loaded, lang: Lang): ViewModel {
    const variant: Variant = this.variant === 'steps' ? 'steps' : 'trend';
    const model = buildProjectionModel(cube, {
      lang,
      geo: this.selectedGeo(cube, extras),
      measure: this.measure,
      services: this.tjeneste?.split(/[\s,]+/).filter(Boolean),
      variant,
    });
    const summary = projectionSummary(model, lang);
    const useSteps = variant === 'steps' && model.steps.length > 0;
    const services = model.series.map((s) => s.label).filter(Boolean).join(', ');
    return {
      title: `${model.measureLabel}: ${model.geoLabel}`,
      subtitle: [services, model.unit.label, `${MESSAGES[lang].baseYear(model.basePeriod)}`].filter(Boolean).join(' · '),
      summary,
      table: projectionTable(cube, model, lang, useSteps ? 'steps' : 'trend'),
      notes: model.notes,
      chartHeight: useSteps && model.series.length > 1 ? 620 : 380,
      chart: async (theme, width) => {
        const { stepsSpec, trendSpec } = await loadChartRuntime();
        return useSteps ? stepsSpec(model, theme, lang, summary, width) : trendSpec(model, theme, lang, summary, width);
      },
      fileName: `${this.tag}-${model.geo}-${model.measure}-${useSteps ? 'steps' : 'trend'}`,
    };
  }

  /** Switch between the trend and the steps with one button. */
  protected override renderControls(_view: ViewModel, t: Messages): TemplateResult | typeof nothing {
    return html`<div class="group" role="group" aria-label=${t.variantLabel}>
      <button type="button" aria-pressed=${this.variant !== 'steps'} @click=${() => (this.variant = 'trend')}>${t.variantTrend}</button>
      <button type="button" aria-pressed=${this.variant === 'steps'} @click=${() => (this.variant = 'steps')}>${t.variantSteps}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'framskriving-chart': FramskrivingChart;
  }
}
