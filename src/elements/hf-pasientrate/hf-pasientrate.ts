import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assetUrl } from '../../assets.js';
import { chartCode } from '../../base/chart-controller.js';
import { HfElement } from '../../base/hf-element.js';
import type { Choice, Loaded, ViewModel } from '../../base/view-model.js';
import { barsHeight } from '../../chart/layout.js';
import { fylkeOf, kommuneIn, normaliseKommune, parentOf, toCodeList, type CodeList } from '../../data/codelist.js';
import { noGeography } from '../../data/errors.js';
import { categoryLabel } from '../../data/jsonstat.js';
import { formatFilter, looseId, pickOption } from '../../data/options.js';
import type { Cube } from '../../data/types.js';
import type { Lang } from '../../format/number.js';
import { TEXTS } from './messages.js';
import { buildRateModel, rateSummary, rateTable, sliceText, topUnits } from './model.js';

/** The spec builder, in the page's chart code. */
const chartSpec = chartCode(() => import('./spec.js'));

/** The most bars drawn as a chart: 19 helsefellesskap, 356 kommuner of one year. */
const MAX_BARS = 400;

/**
 * A rate per unit (helsefellesskap, fylke, …) as horizontal bars against the national rate,
 * with the user's own area highlighted and a drill-down to its kommuner.
 *
 * @summary Patient rate per helsefellesskap against the national rate.
 */
export class HfPasientrate extends HfElement {
  /** A 4-digit kommune number; highlights the kommune, or the helsefellesskap it belongs to. */
  @property() kommune?: string;

  /** A geo id of the file (e.g. `hfs-unn`, from the helsefellesskap code list); highlights it. */
  @property() helsefellesskap?: string;

  /** Metric id, where the file has several; the first by default. */
  @property() measure?: string;

  /** Time id; the latest period with numbers by default. */
  @property() period?: string;

  /**
   * The category of each further dimension (age, sex, …), as `dimension=category` pairs separated
   * by `;`, by id or label: `filter="Alder=0-9 år;Kjønn=Begge kjønn"`. Left out, each dimension's
   * hierarchy root, else its total, else its first category with numbers. The selects above the
   * chart change it.
   */
  @property() filter?: string;

  /** The geo id drawn as the reference line; by default the country or total the file has (`0`, `EU27_2020`, "Hele landet"). */
  @property() reference?: string;

  /** The order of the bars: the file's, highest value first, or by name. */
  @property() sort: 'file' | 'value' | 'name' = 'file';

  /** The unit drilled into, if any. */
  @state() private drill?: string;

  /** The highlighted unit, when the file has rows below it. */
  private drillTarget?: { id: string; label: string; count: number };

  /** The page's own `measure`, `period` and `filter`, kept when the reader first chooses another; a new file starts from them again. */
  #authored?: Pick<HfPasientrate, 'measure' | 'period' | 'filter'>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('src') || changed.has('data')) && this.#authored) {
      Object.assign(this, this.#authored);
      this.#authored = undefined;
    }
  }

  /** The reader picked `value` in the select of `id`: the measure, the period or a further dimension. */
  #choose(id: string, value: string, slice: Choice[]): void {
    this.#authored ??= { measure: this.measure, period: this.period, filter: this.filter };
    if (id === 'period') this.period = value;
    else if (id === 'measure') this.measure = value;
    else this.filter = formatFilter(slice.map((c) => ({ dimension: c.id, category: c.id === id ? value : c.value })));
  }

  protected override readerState(): string[] {
    // The drill-down and the selects.
    return [...super.readerState(), 'drill', 'measure', 'period', 'filter'];
  }

  protected defaultSrc(): string {
    return assetUrl('datasets/pasientrate-2019.json');
  }

  protected override files(): Record<string, string> {
    return normaliseKommune(this.kommune) ? { helsefellesskap: assetUrl('codelists/helsefellesskap.json') } : {};
  }

  /** The geo id to highlight: `helsefellesskap`, else the kommune itself if the file draws it as a bar, else its helsefellesskap, else its fylke. */
  private highlight(cube: Cube, list: CodeList | undefined): { unit?: string; kommune?: string } {
    const ids = new Set(cube.geo.categories.map((k) => k.id));
    // Any unit of the file is taken; an error lists the bars first.
    // The list only when asked: a file can have 100 000 units.
    const area = this.helsefellesskap ? pickOption('helsefellesskap', this.helsefellesskap, [...new Set([...topUnits(cube), ...ids])], undefined, looseId) : undefined;
    const { kommune, inFile } = kommuneIn(this.kommune, ids, list);
    const parent = kommune && list ? parentOf(list, kommune) : undefined;
    const drawn = inFile && !Object.values(cube.geo.child).flat().includes(inFile);
    const unit = area ?? (drawn ? inFile : parent && ids.has(parent) ? parent : kommune ? fylkeOf(cube, inFile ?? kommune) : undefined);
    return { ...(unit ? { unit } : {}), ...(inFile ? { kommune: inFile } : {}) };
  }

  protected buildView({ cube, files }: Loaded, lang: Lang): ViewModel {
    // Read without geography (a national series, say), a file has no areas to compare.
    if (!cube.byId[cube.geo.id]) throw noGeography();
    const { unit, kommune } = this.highlight(cube, toCodeList(files.helsefellesskap));
    this.drillTarget = unit && cube.geo.child[unit]?.length ? { id: unit, label: categoryLabel(cube.geo, unit), count: cube.geo.child[unit].length } : undefined;
    const drill = this.drill && this.drill === unit ? this.drill : undefined;
    const model = buildRateModel(cube, {
      lang,
      measure: this.measure,
      period: this.period,
      highlight: drill ? kommune : unit,
      drill,
      sort: this.sort,
      filter: this.filter,
      reference: this.reference,
    });
    const summary = rateSummary(model, lang);
    const slice = sliceText(model);
    return {
      title: cube.label,
      subtitle: [[model.unit.label, model.periodLabel].filter(Boolean).join(', '), slice].filter(Boolean).join(' · '),
      summary,
      table: rateTable(cube, model, lang, [cube.label, slice].filter(Boolean).join(' · ')),
      choices: [model.measures, model.periods, ...model.slice].filter((c): c is Choice => !!c),
      choose: (id, value) => this.#choose(id, value, model.slice),
      // More bars than anyone can read (and a page can draw quickly): the table, and a note that says why.
      ...(model.bars.length > MAX_BARS
        ? { notes: [TEXTS[lang].tooManyBars(model.bars.length)] }
        : {
            chartHeight: barsHeight(model.bars.length),
            chart: async (theme, width) => (await chartSpec()).chart(model, { theme: await theme, width, lang }),
          }),
      fileName: `${this.localName}-${model.drill ?? 'alle'}-${model.period}`,
    };
  }

  /** One button away from the highlighted unit's kommuner, and back: the same button, so it keeps the focus. */
  protected override renderControls(_view: ViewModel, lang: Lang): unknown {
    const target = this.drillTarget;
    if (!target) return nothing;
    const t = TEXTS[lang];
    const inside = this.drill === target.id;
    const toggle = () => {
      this.drill = inside ? undefined : target.id;
      this.announce(inside ? t.showingAll : t.showingKommuner(target.count, target.label));
    };
    return html`<button type="button" class="drill" @click=${toggle}>${inside ? t.backToAll : t.showKommuner(target.label)}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-pasientrate': HfPasientrate;
  }
}
