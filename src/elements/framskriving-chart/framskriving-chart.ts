import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { chartCode } from '../../base/chart-controller.js';
import { HfElement } from '../../base/hf-element.js';
import type { Loaded, ViewModel } from '../../base/view-model.js';
import { LINES_WITH_LEGEND_HEIGHT, waterfallHeight } from '../../chart/layout.js';
import { normaliseKommune, parentOf, pickKommune, toCodeList } from '../../data/codelist.js';
import { looseId, pickOption } from '../../data/options.js';
import type { Cube } from '../../data/types.js';
import type { Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';
import { buildProjectionModel, projectionSummary, projectionTable } from './model.js';

/** The spec builder, in the page's chart code. */
const chartSpec = chartCode(() => import('./spec.js'));

/**
 * Capacity projections: observed values up to the base year and the projection after it (`trend`),
 * or the steps that make up the projection (`steps`), for Norway, an RHF, an HF or the HF area a
 * kommune belongs to, one or several services.
 *
 * @summary Projected liggedøgn, konsultasjoner and årsverk, and the steps that make them.
 */
export class FramskrivingChart extends HfElement {
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

  /** The observed and projected values over the years, or the steps from the base year to the projected one. */
  @property({ reflect: true }) variant: 'trend' | 'steps' = 'trend';

  protected override readerState(): string[] {
    // The trend or steps toggle.
    return [...super.readerState(), 'variant'];
  }

  protected defaultSrc(): string {
    const arsverk = /^(fag)?[aå]rsverk/i.test(this.measure ?? '');
    return assetUrl(arsverk ? 'datasets/framskriving-arsverk.json' : 'datasets/framskriving-dogn-poliklinikk.json');
  }

  protected override files(): Record<string, string> {
    return normaliseKommune(this.kommune)
      ? { helsefellesskap: assetUrl('codelists/helsefellesskap.json'), helseregioner: assetUrl('codelists/helseregioner.json') }
      : {};
  }

  /** The unit shown: `hf`, else the kommune's HF area, else `region`, else the national unit. */
  private selectedGeo(cube: Cube, { files }: Loaded): string {
    const ids = cube.geo.categories.map((k) => k.id);
    // Any unit of the file is taken; an error lists the units of the level the option names first.
    const levelFirst = (level: string) => [...ids].sort((a, b) => Number(cube.geo.level[b] === level) - Number(cube.geo.level[a] === level));
    const hf = pickOption('hf', this.hf, levelFirst('hf'), undefined, looseId);
    if (hf) return hf;
    const helsefellesskap = toCodeList(files.helsefellesskap);
    const helseregioner = toCodeList(files.helseregioner);
    const kommune = pickKommune(this.kommune, helsefellesskap);
    if (kommune && helsefellesskap && helseregioner) {
      const area = parentOf(helsefellesskap, kommune);
      const hfByArea = (helseregioner.hi.helsefellesskap ?? {}) as Record<string, string>;
      const hfOfArea = Object.keys(hfByArea).find((id) => hfByArea[id] === area);
      if (hfOfArea && ids.includes(hfOfArea)) return hfOfArea;
    }
    return pickOption('region', this.region, levelFirst('rhf'), undefined, looseId) ?? cube.reference ?? ids[0]!;
  }

  protected buildView(loaded: Loaded, lang: Lang): ViewModel {
    const { cube } = loaded;
    const model = buildProjectionModel(cube, { lang, geo: this.selectedGeo(cube, loaded), measure: this.measure, services: this.tjeneste, variant: this.variant });
    const summary = projectionSummary(model, lang);
    const services = model.series.map((s) => s.label).filter(Boolean).join(', ');
    return {
      title: `${model.measureLabel}: ${model.geoLabel}`,
      subtitle: [services, model.unit.label, TEXTS[lang].baseYear(model.basePeriod)].filter(Boolean).join(' · '),
      summary,
      table: projectionTable(cube, model, lang),
      notes: model.notes,
      chartHeight: model.variant === 'steps' ? waterfallHeight(model.series.length, Math.ceil(model.steps.length / Math.max(1, model.series.length))) : LINES_WITH_LEGEND_HEIGHT,
      chart: async (theme, width) => (await chartSpec()).chart(model, { theme: await theme, width, lang }),
      fileName: `${this.localName}-${model.geo}-${model.measure}-${model.variant}`,
    };
  }

  /** Switch between the trend and the steps with one button. */
  protected override renderControls(_view: ViewModel, lang: Lang): unknown {
    const t = TEXTS[lang];
    return html`<div class="group" role="group" aria-label=${t.variantLabel}>
      <button type="button" aria-pressed=${this.variant?.trim() !== 'steps'} @click=${() => (this.variant = 'trend')}>${t.variantTrend}</button>
      <button type="button" aria-pressed=${this.variant?.trim() === 'steps'} @click=${() => (this.variant = 'steps')}>${t.variantSteps}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'framskriving-chart': FramskrivingChart;
  }
}
