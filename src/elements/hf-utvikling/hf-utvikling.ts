import { property } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { chartCode } from '../../base/chart-controller.js';
import { HfElement } from '../../base/hf-element.js';
import type { Choice, Loaded, ViewModel } from '../../base/view-model.js';
import { LINE_HEIGHT, LINES_WITH_LEGEND_HEIGHT } from '../../chart/layout.js';
import { kommuneIn, normaliseKommune, toCodeList } from '../../data/codelist.js';
import { formatFilter } from '../../data/options.js';
import type { Lang } from '../../format/number.js';
import { buildTrendModel, sliceText, trendSummary, trendTable } from './model.js';

/** The spec builder, in the page's chart code. */
const chartSpec = chartCode(() => import('./spec.js'));

/**
 * An indicator over time: a line for the unit followed, against its fylke and the country, or a
 * line per category of a dimension (voksne, barn og unge); as the file's numbers or as an index,
 * with series breaks, projected periods and a target marked.
 *
 * @summary An indicator over time, for an area against the county and the country.
 */
export class HfUtvikling extends HfElement {
  /** A geo id or name of the file to follow (e.g. `0301`, `Oslo`); by default the country. */
  @property() geo?: string;

  /** A 4-digit kommune number (2020 or 2024 numbering): followed, against its fylke and the country when the file has them. */
  @property() kommune?: string;

  /** Metric id, where the file has several; the first by default. */
  @property() measure?: string;

  /** A dimension (id or label) whose categories become the lines, e.g. `malgruppe`; the unit followed stays one. */
  @property() series?: string;

  /** A period as the base of an index (= 100), to compare growth: `index="2016"`. */
  @property() index?: string;

  /** The first period shown; the file's first by default. */
  @property() from?: string;

  /** The last period shown; the file's last by default. */
  @property() to?: string;

  /** A target value drawn as a labelled line, in the measure's unit: `target="60"`. */
  @property() target?: string;

  /** The category of each further dimension, as `dimension=category` pairs separated by `;` (see `<hf-pasientrate>`). */
  @property() filter?: string;

  /** Chart or table; the chart by default. */
  @property({ reflect: true }) override view: 'chart' | 'table' = 'chart';

  protected override readerState(): string[] {
    // The selects.
    return [...super.readerState(), 'measure', 'filter'];
  }

  protected defaultSrc(): string {
    return assetUrl('datasets/arsverk-serie.json');
  }

  /** The kommune code list, so a kommune is found by its 2020 or its 2024 number. */
  protected override files(): Record<string, string> {
    return normaliseKommune(this.kommune) ? { kommuner: assetUrl('codelists/kommuner-2023.json') } : {};
  }

  protected buildView({ cube, files }: Loaded, lang: Lang): ViewModel {
    const ids = new Set(cube.geo.categories.map((k) => k.id));
    // A number the file has is taken as it is (an SSB file may use numbers from before 2020); else it is looked up in the code list.
    const asIs = normaliseKommune(this.kommune);
    const kommune = this.kommune?.trim()
      ? { asked: this.kommune.trim(), ...(asIs && ids.has(asIs) ? { inFile: asIs } : kommuneIn(this.kommune, ids, toCodeList(files.kommuner))) }
      : undefined;
    const model = buildTrendModel(cube, {
      lang,
      geo: this.geo,
      ...(kommune ? { kommune } : {}),
      // The bundled series opens on the total, not on its first measure (voksne).
      measure: this.measure ?? (this.src || this.data !== undefined ? undefined : 'arsverk-alle'),
      series: this.series,
      index: this.index,
      from: this.from,
      to: this.to,
      target: this.target,
      filter: this.filter,
    });
    const summary = trendSummary(model, lang);
    const slice = sliceText(model);
    // The periods shown, first to last; one period is said once ("2024", not "2024–2024").
    const span = [...new Set([model.periods[0]?.label, model.periods.at(-1)?.label])].filter(Boolean).join('–');
    const what = [model.series ? model.lines.find((l) => l.followed)?.label : '', model.unit.label, span].filter(Boolean).join(', ');
    return {
      title: cube.label,
      subtitle: [what, slice].filter(Boolean).join(' · '),
      summary,
      table: trendTable(cube, model, lang, [cube.label, model.unit.label, slice].filter(Boolean).join(', ')),
      choices: [model.measures, ...model.slice].filter((c): c is Choice => !!c),
      choose: (id, value) => {
        if (id === 'measure') this.measure = value;
        else this.filter = formatFilter(model.slice.map((c) => ({ dimension: c.id, category: c.id === id ? value : c.value })));
      },
      notes: [...model.breaks.map((b) => b.note), ...model.notes],
      chartHeight: model.lines.length > 5 ? LINES_WITH_LEGEND_HEIGHT : LINE_HEIGHT,
      chart: async (theme, width) => (await chartSpec()).chart(model, { theme: await theme, width, lang }),
      fileName: `${this.localName}-${model.lines.find((l) => l.followed)?.id ?? 'alle'}-${model.periods[0]?.id ?? ''}-${model.periods[model.periods.length - 1]?.id ?? ''}`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-utvikling': HfUtvikling;
  }
}
