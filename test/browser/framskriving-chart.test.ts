import { expect } from '@open-wc/testing';
import type { FramskrivingChart } from '../../src/elements/framskriving-chart/framskriving-chart.js';
import { mount, until, shadow, text, tableRows, axeViolations, cleanup } from './helpers.js';

const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;
const svgTexts = (el: Element) => [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent!.replace(/\u00a0/g, ' '));
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('<framskriving-chart> on the bundled projection data', () => {
  afterEach(cleanup);

  it('trend: national liggedøgn, observed solid and projected dashed, with the base-year marker', async () => {
    const { el, events } = mount<FramskrivingChart>('<framskriving-chart></framskriving-chart>');
    await until(rendered(events), 'render');
    expect(events.error.map((e) => e.detail)).to.deep.equal([]);
    expect(nb(text(el, '[part=summary]'))).to.equal('Norge, Alle tjenesteområder. Liggedøgn: 1 646 582 i 2021, 1 763 914 i 2040 (+7,1 %).');
    const texts = svgTexts(el);
    expect(texts).to.include('Utgangsår 2021');
    expect(texts).to.include('1 646 582');
    expect(texts).to.include('1 763 914');
    // Two line pieces: solid (observed) and dashed (projected); only years the file has as points.
    const lines = [...shadow(el).querySelectorAll('.chart .mark-line.role-mark path')];
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).to.include.members(['1,0', '7,5']);
    expect(shadow(el).querySelectorAll('.chart .mark-symbol.role-mark path').length).to.equal(2);
  });

  it('steps: a waterfall 2021 → demografi → kvalitet → omstilling → 2040 with signed changes', async () => {
    const { el, events } = mount('<framskriving-chart variant="steps"></framskriving-chart>');
    await until(rendered(events), 'render');
    const texts = svgTexts(el);
    for (const label of ['1 646 582', '+79 805', '+123 644', '-86 116', '1 763 914']) expect(texts).to.include(label);
    expect(shadow(el).querySelectorAll('.chart .mark-rect.role-mark path').length).to.equal(5);
    el.setAttribute('view', 'table');
    await until(() => shadow(el).querySelector('table'), 'table');
    const rows = tableRows(el).map((r) => r.map(nb));
    expect(rows).to.deep.equal([
      ['Liggedøgn 2021', '', '1 646 582'],
      ['Demografi', '+79 805', '1 726 387'],
      ['Kvalitet', '+123 644', '1 850 031'],
      ['Omstilling', '-86 116', '1 763 915'],
      ['Liggedøgn 2040', '', '1 763 914'],
    ]);
  });

  it('region="helse-nord" tjeneste="tsb" shows Helse Nord\'s numbers, in chart and table', async () => {
    const { el, events } = mount('<framskriving-chart region="helse-nord" tjeneste="tsb"></framskriving-chart>');
    await until(rendered(events), 'render');
    expect(nb(text(el, '[part=summary]'))).to.equal('Helse Nord RHF, TSB. Liggedøgn: 28 269 i 2021, 29 096 i 2040 (+2,9 %).');
    expect(svgTexts(el)).to.include.members(['28 269', '29 096']);
    el.setAttribute('view', 'table');
    await until(() => shadow(el).querySelector('table'), 'table');
    expect(tableRows(el).map((r) => r.map(nb))).to.deep.equal([['TSB', '28 269', '29 096', '+827', '+2,9 %']]);
  });

  it('kommune="5501" (Tromsø) selects UNN, comparing its services by colour and shape', async () => {
    const { el, events } = mount('<framskriving-chart kommune="5501"></framskriving-chart>');
    await until(rendered(events), 'render');
    const summary = nb(text(el, '[part=summary]'));
    expect(summary).to.match(/^Universitetssykehuset Nord-Norge HF\. Liggedøgn: BUP 3 696 i 2021/);
    const shapes = new Set([...shadow(el).querySelectorAll('.chart .mark-symbol.role-mark path')].map((p) => p.getAttribute('d')!.slice(0, 12)));
    expect(shapes.size).to.be.greaterThan(1);
  });

  it('several services as small multiples in the steps view', async () => {
    const { el, events } = mount('<framskriving-chart variant="steps" tjeneste="bup vop tsb"></framskriving-chart>');
    await until(rendered(events), 'render');
    const texts = svgTexts(el);
    expect(texts).to.include.members(['BUP', 'VOP', 'TSB']);
    expect(shadow(el).querySelectorAll('.chart .mark-rect.role-mark path').length).to.equal(15);
  });

  it('shows the note of a row whose printed total differs from the sum of its parts', async () => {
    const { el, events } = mount('<framskriving-chart variant="steps" tjeneste="bup"></framskriving-chart>');
    await until(rendered(events), 'render');
    const notes = text(el, '[part=notes]');
    expect(notes.length).to.be.greaterThan(0);
  });

  it('fagårsverk 2021, 2025 and 2040 as separate points', async () => {
    const { el, events } = mount('<framskriving-chart measure="fagarsverk" view="table"></framskriving-chart>');
    await until(rendered(events), 'render');
    expect(tableRows(el).map((r) => r.map(nb))[0]).to.deep.equal(['Alle tjenesteområder', '20 711', '21 850', '23 877', '+3 166', '+15,3 %']);
  });

  it('an unknown region gives a translated error and hf-error', async () => {
    const { el, events } = mount('<framskriving-chart region="helse-langtvekke" lang="en"></framskriving-chart>');
    await until(() => events.error.length, 'error');
    expect(events.error[0]!.detail.code).to.equal('unknown-option');
    expect(text(el, '[role=alert]')).to.contain('“helse-langtvekke” is not a valid value of region. Valid values: helse-sor-ost, helse-vest, helse-midt-norge, helse-nord, 0,');
  });

  it('has no axe violations in trend, steps and table views', async () => {
    for (const markup of ['<framskriving-chart kommune="5501"></framskriving-chart>', '<framskriving-chart variant="steps" tjeneste="bup vop"></framskriving-chart>', '<framskriving-chart view="table" variant="steps"></framskriving-chart>']) {
      const { el, events } = mount(markup);
      await until(rendered(events), 'render');
      expect(await axeViolations(el), markup).to.deep.equal([]);
      cleanup();
    }
  });
});
