import { expect } from '@open-wc/testing';
import type { ArsverkTabell } from '../../src/elements/arsverk-tabell/arsverk-tabell.js';
import { column, mount, until, shadow, text, axeViolations, cleanup, tabTo, press, focusedIn, download } from './helpers.js';

const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;
const nb = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('tbody:not(.reference) tr')];
const refRows = (el: Element) => [...shadow(el).querySelectorAll('tbody.reference tr')].map((tr) => cells(tr));
const cells = (tr: Element) =>
  [...tr.children].map((c) => {
    const clone = c.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden, .tag').forEach((n) => n.remove());
    return nb(clone.textContent!);
  });
const names = (el: Element) => bodyRows(el).map((tr) => cells(tr)[0]);

describe('<arsverk-tabell> on the bundled SINTEF IS-24/8 data', () => {
  afterEach(cleanup);

  it('renders all 372 rows in a real table, with Norge apart on top', async () => {
    const { el, events } = mount('<arsverk-tabell></arsverk-tabell>');
    await until(rendered(events), 'render');
    expect(events.error).to.have.length(0);
    expect(bodyRows(el)).to.have.length(372);
    expect(shadow(el).querySelector('caption')!.textContent).to.contain('2023');
    expect(refRows(el)).to.deep.equal([['Norge', '', '17 436', '32', '']]);
    expect(nb(text(el, '[part=summary]'))).to.equal('372 kommuner og bydeler, 2023. Landet: 32 årsverk per 10 000 innbyggere.');
    expect(shadow(el).querySelectorAll('tbody:not(.reference) svg.bar').length).to.be.greaterThan(360);
    // Each bar as long as its rate: Eigersund's 58 against Sokndal's 14, with Norge's 32 marked.
    const bar = (name: string) => bodyRows(el).find((tr) => cells(tr)[0] === name)!.querySelector('svg.bar')!;
    const width = (name: string) => bar(name).querySelector('rect')!.getBBox().width;
    expect(width('Eigersund') / width('Sokndal')).to.be.closeTo(58 / 14, 0.5);
    expect(Number(bar('Sokndal').querySelector('line')!.getAttribute('x1')) / width('Sokndal')).to.be.closeTo(32 / 14, 0.3);
  });

  it('sorts by keyboard, keeping aria-sort true, Norwegian order and missing values last', async () => {
    const { el, events } = mount<ArsverkTabell>('<arsverk-tabell></arsverk-tabell>');
    await until(rendered(events), 'render');
    const headers = () => [...shadow(el).querySelectorAll('thead th')];
    const button = (i: number) => headers()[i]!.querySelector('button')!;
    expect(headers().map((h) => h.getAttribute('aria-sort'))).to.deep.equal(['none', 'none', 'none', 'none', null]);
    // Keyboard: Tab to the first column's sort button and press Enter.
    await tabTo(el, (b) => b === button(0));
    await press('Enter');
    await el.updateComplete;
    expect(headers()[0]!.getAttribute('aria-sort')).to.equal('ascending');
    const az = names(el);
    expect(az[0]).to.equal('Alna');
    expect(az.indexOf('Alna')).to.be.lessThan(az.indexOf('Alstahaug'));
    expect(az.indexOf('Aremark')).to.be.lessThan(az.indexOf('Ørland'));
    expect(az.indexOf('Øygarden')).to.be.lessThan(az.indexOf('Ålesund'));
    expect(az.at(-1)).to.equal('Åsnes');
    await tabTo(el, (b) => b === button(3));
    await press('Enter');
    await el.updateComplete;
    expect(headers().map((h) => h.getAttribute('aria-sort'))).to.deep.equal(['none', 'none', 'none', 'descending', null]);
    const rates = bodyRows(el).map((tr) => cells(tr)[3]!);
    const numbers = rates.filter((r) => /^\d/.test(r)).map((r) => Number(r.replace(/ /g, '')));
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => b - a));
    expect(/^\d/.test(rates.at(-1)!)).to.equal(false); // missing values last
    // Space on the same button, which keeps the focus, turns the order round.
    expect(focusedIn(el)).to.equal(button(3));
    await press(' ');
    await el.updateComplete;
    expect(headers()[3]!.getAttribute('aria-sort')).to.equal('ascending');
    const up = bodyRows(el).map((tr) => cells(tr)[3]!);
    expect(/^\d/.test(up.at(-1)!)).to.equal(false); // still last when ascending
  });

  it('the filter finds "Bergen" and "4601" and says how many rows it shows', async () => {
    const { el, events } = mount('<arsverk-tabell></arsverk-tabell>');
    await until(rendered(events), 'render');
    const input = shadow(el).querySelector<HTMLInputElement>('input[type=search]')!;
    expect(shadow(el).querySelector(`label[for=${input.id}]`)!.textContent).to.contain('Finn kommune');
    for (const q of ['Bergen', 'bergen', '4601']) {
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await until(() => names(el).length === 1, `filter ${q}`);
      expect(names(el)).to.deep.equal(['Bergen']);
      expect(text(el, '.count[role=status]')).to.equal('Viser 1 av 372 rader.');
    }
  });

  it('kommune="4601" pins Bergen (1 075 årsverk; 37 per 10 000) with Vestland, its size group and Norge', async () => {
    const { el, events } = mount('<arsverk-tabell kommune="4601"></arsverk-tabell>');
    await until(rendered(events), 'render');
    const refs = refRows(el);
    expect(refs[0]).to.deep.equal(['Bergen', '4601', '1 075', '37', '']);
    expect(refs[1]![0]).to.equal('Vestland');
    expect(refs[2]![0]).to.equal('Kommuner med 50 000 innbyggere og mer');
    expect(refs[3]!.slice(0, 4)).to.deep.equal(['Norge', '', '17 436', '32']);
    expect(shadow(el).querySelector('tbody.reference tr.highlight th')!.textContent).to.contain('Bergen');
    expect(nb(text(el, '[part=summary]'))).to.match(/^Bergen: 37 årsverk per 10 000 innbyggere\. Vestland: \d+, landet: 32\.$/);
  });

  it('a 2024 kommune number finds the 2023 row (5501 -> Tromsø 5401)', async () => {
    const { el, events } = mount('<arsverk-tabell kommune="5501"></arsverk-tabell>');
    await until(rendered(events), 'render');
    expect(refRows(el)[0]![0]).to.equal('Tromsø');
    expect(refRows(el)[1]![0]).to.equal('Troms og Finnmark');
  });

  it('fylke="46" shows only Vestland\'s rows, with the fylke and Norge as comparison', async () => {
    const { el, events } = mount('<arsverk-tabell fylke="46"></arsverk-tabell>');
    await until(rendered(events), 'render');
    expect(bodyRows(el)).to.have.length(43);
    expect(refRows(el).map((r) => r[0])).to.deep.equal(['Vestland', 'Norge']);
  });

  it('chart view: Bergen against Vestland, its size group and Norge; without a kommune, the national series with its break', async () => {
    const { el, events } = mount('<arsverk-tabell kommune="4601" view="chart"></arsverk-tabell>');
    await until(rendered(events), 'render');
    const texts = [...shadow(el).querySelectorAll('.chart svg text')].map((t) => nb(t.textContent!));
    expect(texts).to.include.members(['Bergen', 'Vestland', 'Landet: 32', '37 ◀ valgt']);
    cleanup();
    const second = mount('<arsverk-tabell view="chart"></arsverk-tabell>');
    await until(rendered(second.events), 'render');
    const serie = [...shadow(second.el).querySelectorAll('.chart svg text')].map((t) => nb(t.textContent!));
    expect(serie).to.include.members(['Brudd i serien', '2007', '2023', '12 029', '17 436']);
    expect(second.events.error).to.have.length(0);
  });

  it("the national series has its equivalent: a summary of the trend and its break, the chart's figures as a table, and their CSV", async () => {
    const { el, events } = mount('<arsverk-tabell view="chart"></arsverk-tabell>');
    await until(rendered(events), 'render');
    expect(nb(text(el, '[part=summary]'))).to.equal(
      'Årsverk i kommunalt psykisk helse- og rusarbeid, hele landet, 2007–2023: 17 436 årsverk i 2023, opp 5 407 (+44,9 %) fra 2007. Tallene før og etter bruddet i serien 2014–2015 kan ikke sammenlignes direkte.',
    );
    const figures = shadow(el).querySelector<HTMLDetailsElement>('details[part=chart-table]')!;
    expect(figures.querySelector('summary')!.textContent).to.equal('Tallene i diagrammet');
    const visible = (c: Element) => {
      const copy = c.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return nb(copy.textContent!);
    };
    const rows = [...figures.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(visible));
    expect(rows[0]).to.deep.equal(['2007', '9 069', '2 961', '12 029']);
    expect(rows[rows.length - 1]![0]).to.equal('2023');
    expect(rows[rows.length - 1]![3]).to.equal('17 436');
    const [csvFile] = await download(el, 'CSV');
    const csv = new TextDecoder().decode(await csvFile!.bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).to.match(/^År;Årsverk, tjenester for voksne;/);
    expect(csv[1]).to.equal('2007;9069;2961;12029');
    // The table view is still the kommuner's.
    el.view = 'table';
    await until(() => bodyRows(el).length === 372, 'the kommune table');
    expect(shadow(el).querySelector('details[part=chart-table]')).to.equal(null);
  });

  it("with a kommune, the chart's figures are the kommune against its fylke, size group and the country: as a table and as the chart view's CSV", async () => {
    const { el, events } = mount('<arsverk-tabell kommune="1804" view="chart"></arsverk-tabell>');
    await until(rendered(events), 'render');
    const figures = shadow(el).querySelector<HTMLDetailsElement>('details[part=chart-table]')!;
    expect(nb(figures.querySelector('caption')!.textContent!)).to.match(/^Bodø sammenliknet med fylket, kommunegruppen og landet, 2023/);
    const names = [...figures.querySelectorAll('tbody th')].map((th) => nb(th.textContent!).replace(/\s*\(valgt\)/, '').trim());
    const bars = [...shadow(el).querySelectorAll('.chart .mark-rect path[aria-label]')].map((p) => p.getAttribute('aria-label')!.split(',')[0]!);
    // Every bar drawn is a row, and the country drawn as the line.
    for (const bar of bars) expect(names).to.include(bar);
    expect(names.length).to.equal(bars.length + 1);
    const [csvFile] = await download(el, 'CSV');
    const csv = new TextDecoder().decode(await csvFile!.bytes).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.length).to.equal(names.length + 1);
  });

  it('switches to the chart by keyboard without loading again: no second hf-load, focus kept on the button', async () => {
    const { el, events } = mount('<arsverk-tabell></arsverk-tabell>');
    await until(rendered(events), 'render');
    const chartButton = await tabTo(el, (b) => b.textContent === 'Diagram');
    await press('Enter');
    await until(() => shadow(el).querySelector('.chart svg'), 'the national series drawn');
    expect(shadow(el).querySelector('[part=loading]')).to.equal(null);
    expect(events.load).to.have.length(1);
    expect(events.error).to.have.length(0);
    expect(focusedIn(el)).to.equal(chartButton);
    expect(chartButton.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows the report\'s caution against ranking single municipalities in the details panel', async () => {
    const { el, events } = mount('<arsverk-tabell></arsverk-tabell>');
    await until(rendered(events), 'render');
    expect(text(el, 'details')).to.contain('ikke egnet til å sammenlikne nivå på årsverkene mellom enkeltkommuner');
  });

  it('has no axe violations in table and chart views', async () => {
    for (const markup of ['<arsverk-tabell kommune="4601" fylke="46"></arsverk-tabell>', '<arsverk-tabell kommune="4601" view="chart"></arsverk-tabell>']) {
      const { el, events } = mount(markup);
      await until(rendered(events), 'render');
      expect(await axeViolations(el), markup).to.deep.equal([]);
      cleanup();
    }
  });

  it('is usable at 320 px: the table scrolls sideways inside its box, the page does not', async () => {
    const { el, events } = mount('<arsverk-tabell kommune="4601"></arsverk-tabell>', column(320));
    await until(rendered(events), 'render');
    const wrap = shadow(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(getComputedStyle(shadow(el).querySelector('tbody th[scope=row]')!).position).to.equal('sticky');
    expect(getComputedStyle(shadow(el).querySelector('thead th')!).position).to.equal('sticky');
  });

  it('at 320 px a sort button reached by Tab is scrolled into view, clear of the sticky first column', async () => {
    const { el, events } = mount('<arsverk-tabell view="table"></arsverk-tabell>', column(320));
    await until(rendered(events), 'render');
    const wrap = shadow(el).querySelector<HTMLElement>('.table-wrap.scroll')!;
    // The last column's sort button, which the browser leaves out of sight, is scrolled into view
    // clear of the sticky first column; Shift+Tab back to the first column's (sticky, in view).
    const inView = (button: Element) => {
      const at = button.getBoundingClientRect();
      const room = wrap.getBoundingClientRect();
      const sticky = shadow(el).querySelector('thead th')!.getBoundingClientRect();
      const first = button.closest('th') === shadow(el).querySelector('thead th');
      return at.left >= (first ? room.left : sticky.right) && at.right <= room.left + wrap.clientLeft + wrap.clientWidth;
    };
    const last = await tabTo(el, (f) => f.matches('button.sort') && /per 10 000/.test(f.textContent ?? ''));
    await until(() => inView(last), 'the focused sort button in view');
    expect(wrap.scrollLeft).to.be.greaterThan(0);
    await press('Shift+Tab');
    await press('Shift+Tab');
    await press('Shift+Tab');
    expect(focusedIn(el)?.textContent).to.match(/Kommune/);
    await until(() => inView(focusedIn(el)!), 'the first sort button in view');
    // The second column's, beside the sticky first, is clear of it too.
    await press('Tab');
    expect(focusedIn(el)?.textContent).to.match(/Nummer/);
    await until(() => inView(focusedIn(el)!), 'the second sort button in view');
  });
});
