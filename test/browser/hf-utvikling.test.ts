import { expect } from '@open-wc/testing';
import { column, mount, until, shadow, text, tableRows, cleanup, axeViolations, tabTo, press, focusedIn } from './helpers.js';

const SSB_09220 = new URL('../fixtures/real/ssb-09220-barnehager-1x.json', import.meta.url).href;
const DEMO_GIND = new URL('../fixtures/real/eurostat-demo-gind.json', import.meta.url).href;
const TABELL_41 = new URL('../../data-contracts/datasets/arsverk-malgruppe-2016-2022.json', import.meta.url).href;
const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;
/** Numbers are written with no-break spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const svgTexts = (el: Element) => [...shadow(el).querySelectorAll('.chart svg text')].map((t) => plain(t.textContent));
const lines = (el: Element) => shadow(el).querySelectorAll('.chart .mark-line.role-mark path');

/** A kommune, its fylke and the country over four years, in SSB's shape. */
const REGIONS = {
  version: '2.0', class: 'dataset', label: 'Andel med fastlege', source: 'Test', updated: '2024-01-01',
  id: ['Region', 'ContentsCode', 'Tid'], size: [4, 1, 4], role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
  dimension: {
    Region: { label: 'region', category: { index: ['0', '18', '1804', '1833'], label: { '0': 'Hele landet', '18': 'Nordland', '1804': 'Bodø', '1833': 'Rana' } } },
    ContentsCode: { label: 'statistikkvariabel', category: { index: ['Andel'], label: { Andel: 'Andel' }, unit: { Andel: { label: 'prosent', decimals: 0 } } } },
    Tid: { label: 'år', category: { index: ['2020', '2021', '2022', '2023'] } },
  },
  value: [50, 52, 54, 56, 48, 49, 51, 55, 40, 45, 50, 60, 30, 31, null, 33],
  status: { '14': '..' },
};

describe('<hf-utvikling>', () => {
  afterEach(cleanup);

  it('draws the national årsverk since 2007 as a line broken at 2014/2015, the break marked and noted, the total by default', async () => {
    const { el, events } = mount('<hf-utvikling></hf-utvikling>');
    await until(rendered(events), 'hf-render');
    expect(events.error).to.have.length(0);
    expect(plain(text(el, '[part=summary]'))).to.equal(
      'Landet: 17 436 årsverk i 2023, opp 5 407 (+44,9 %) fra 2007. Tallene før og etter bruddet i serien 2014–2015 kan ikke sammenlignes direkte.',
    );
    // Segments: 2007–2012, 2015–2016, 2018–2023 (no total is printed for 2013 and 2017).
    expect(lines(el).length).to.equal(3);
    const texts = svgTexts(el);
    expect(texts).to.include('Brudd i serien');
    expect(texts).to.include('Landet: 17 436');
    expect(texts).to.include('12 029');
    expect(text(el, '[part=notes]')).to.contain('Brudd i serien mellom 2014 og 2015');
  });

  it('Tabell 4.1 as three lines named at their ends, the total set apart; its table has totalt 13 936 in 2016 and 17 074 in 2022', async () => {
    const { el, events } = mount(`<hf-utvikling src="${TABELL_41}" series="malgruppe"></hf-utvikling>`);
    await until(rendered(events), 'hf-render');
    expect(lines(el).length).to.equal(3);
    const widths = [...lines(el)].map((p) => Number(getComputedStyle(p).strokeWidth.replace('px', '')));
    expect(Math.max(...widths)).to.be.greaterThan(Math.min(...widths));
    expect(svgTexts(el)).to.include.members(['Totalt: 17 074', 'Voksne: 13 291', 'Barn og unge: 3 783']);
    expect(shadow(el).querySelector('.chart .role-legend')).to.equal(null);
    expect(plain(text(el, '[part=summary]'))).to.match(/^Totalt: 17 074 årsverk i 2022, opp 3 138 \(\+22,5 %\) fra 2016\./);
    expect(await axeViolations(el)).to.deep.equal([]);

    // The table by keyboard: periods as rows, a column per line.
    const toggle = await tabTo(el, (f) => f.textContent?.trim() === 'Tabell');
    toggle.focus();
    await press('Enter');
    await until(() => shadow(el).querySelector('table'), 'the table');
    expect(focusedIn(el)?.textContent?.trim()).to.equal('Tabell');
    const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Periode', 'Voksne', 'Barn og unge', 'Totalt']);
    const rows = tableRows(el).map((r) => r.map(plain));
    expect(rows[0]).to.deep.equal(['2016', '11 063', '2 873', '13 936']);
    expect(rows[6]).to.deep.equal(['2022', '13 291', '3 783', '17 074']);
    shadow(el).querySelector('details')!.open = true;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('as an index, in English: every line starts at 100', async () => {
    const { el, events } = mount(`<hf-utvikling lang="en" src="${TABELL_41}" series="malgruppe" index="2016" view="table"></hf-utvikling>`);
    await until(rendered(events), 'hf-render');
    expect(plain(text(el, '[part=summary]'))).to.match(/^Index, 2016 = 100\. Totalt: 122\.5 in 2022, up 22\.5 from 2016\./);
    expect(tableRows(el)[0]).to.deep.equal(['2016', '100.0', '100.0', '100.0']);
    expect(tableRows(el)[6]).to.deep.equal(['2022', '120.1', '131.7', '122.5']);
    expect(text(el, '[part=subtitle]')).to.contain('index, 2016 = 100');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it("Eurostat's demo_gind, one year: the year said once, a population count without the decimal of the file's shares", async () => {
    const { el, events } = mount(`<hf-utvikling lang="en" src="${DEMO_GIND}"></hf-utvikling>`);
    await until(rendered(events), 'hf-render');
    expect(text(el, '[part=subtitle]')).to.match(/^2024 · /);
    expect(plain(text(el, '[part=summary]'))).to.contain('449,206,579 in 2024');
  });

  it("in a 280 and a 300 px column every text of the chart is inside it: one year of Eurostat, SSB's 09220, seven years of Tabell 4.1", async () => {
    for (const width of [280, 300]) {
      for (const src of [DEMO_GIND, SSB_09220, TABELL_41]) {
        const box = column(width);
        const { el, events } = mount(`<hf-utvikling src="${src}"></hf-utvikling>`, box);
        await until(() => shadow(el).querySelector('.chart svg.marks') || events.error.length, 'chart drawn');
        expect(events.error.map((e) => e.detail.message)).to.deep.equal([]);
        const svg = shadow(el).querySelector('.chart svg')!.getBoundingClientRect();
        const texts = [...shadow(el).querySelectorAll('.chart svg text')].filter((t) => t.textContent!.trim());
        expect(texts.length).to.be.greaterThan(3);
        const outside = texts.filter((t) => {
          const at = t.getBoundingClientRect();
          return at.left < svg.left - 0.5 || at.right > svg.right + 0.5;
        });
        expect(outside.map((t) => t.textContent), `${width} px, ${src}`).to.deep.equal([]);
        box.remove();
      }
    }
  });

  it('follows a kommune against its fylke and the country; a target is a labelled line', async () => {
    const { el, events } = mount('<hf-utvikling kommune="1804" target="55"></hf-utvikling>');
    el.data = REGIONS;
    await until(rendered(events), 'hf-render');
    expect(events.error).to.have.length(0);
    expect(plain(text(el, '[part=summary]'))).to.equal(
      'Bodø: 60 prosent i 2023, opp 20 prosentpoeng fra 2020. Nordland: 55 prosent i 2023, opp 7 prosentpoeng fra 2020. Landet: 56 prosent i 2023, opp 6 prosentpoeng fra 2020. Mål: 55 prosent.',
    );
    expect(svgTexts(el)).to.include.members(['Bodø: 60', 'Nordland: 55', 'Landet: 56', 'Mål: 55 prosent']);
    expect(lines(el).length).to.equal(3);
  });

  it("SSB's table 09220 as it came (JSON-stat 1.x): Halden (0101, a number from before 2020) against Østfold and the country", async () => {
    const { el, events } = mount(`<hf-utvikling src="${SSB_09220}" kommune="0101"></hf-utvikling>`);
    await until(rendered(events), 'hf-render');
    expect(events.error).to.have.length(0);
    expect(plain(text(el, '[part=summary]'))).to.equal(
      'Halden: 6 barnehager i 1989, det samme som i 1987. Østfold: 95 barnehager i 1989, opp 12 (+14,5 %) fra 1987. Landet: 2 495 barnehager i 1989, opp 300 (+13,7 %) fra 1987. Utvalg: eierskap: Kommune.',
    );
    expect(svgTexts(el)).to.include.members(['Halden: 6', 'Østfold: 95', 'Landet: 2 495']);
    // The reader picks another ownership with the select, by keyboard.
    const select = await tabTo(el, (f) => f.localName === 'select');
    select.focus();
    await press('ArrowDown');
    await until(() => text(el, '[part=summary]').includes('Fylkeskommune/stat'), 'the other ownership');
    el.view = 'table';
    await until(() => shadow(el).querySelector('table'), 'the table');
    expect(tableRows(el).map((r) => r.map(plain))[0]![0]).to.equal('1987');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a wrong option says what the file has, inside the element', async () => {
    const { el, events } = mount(`<hf-utvikling src="${TABELL_41}" series="kjønn"></hf-utvikling>`);
    await until(() => events.error.length, 'hf-error');
    expect(events.error[0]!.detail.code).to.equal('unknown-option');
    expect(text(el, '[role=alert]')).to.contain('«kjønn» er ikke en gyldig verdi for series. Gyldige verdier: malgruppe.');
  });
});
