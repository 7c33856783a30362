import { expect } from '@open-wc/testing';
import { mount, until, shadow, text, tableRows, cleanup, tabTo, press } from './helpers.js';

const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;

describe("the reader's choices in the page's address, and printing", () => {
  const start = location.href;
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', start);
  });

  it('with url-state, a drill-down and the table view go into the address, and an element of a new page starts from them', async () => {
    history.replaceState({ router: 'kept' }, '', `${location.pathname}?page=2#top`);
    const { el, events } = mount('<hf-pasientrate kommune="5501" url-state="rate"></hf-pasientrate>');
    await until(rendered(events), 'render');
    await tabTo(el, (b) => b.classList.contains('drill'));
    await press('Enter');
    await tabTo(el, (b) => b.textContent === 'Tabell');
    await press('Enter');
    await until(() => new URLSearchParams(location.search).get('rate.view') === 'table', 'the view in the address');
    const params = new URLSearchParams(location.search);
    expect(params.get('rate.drill')).to.equal('hfs-unn');
    // The page's own address and history state are kept.
    expect(params.get('page')).to.equal('2');
    expect(location.hash).to.equal('#top');
    expect(history.state).to.deep.equal({ router: 'kept' });

    // A link to this address: the element starts where the reader left it.
    const link = location.href;
    cleanup();
    history.replaceState(null, '', link);
    const again = mount('<hf-pasientrate kommune="5501" url-state="rate"></hf-pasientrate>');
    await until(rendered(again.events), 'render again');
    expect(text(again.el, 'caption')).to.match(/^Kommuner i UNN-området/);
    expect(tableRows(again.el).map((r) => r[0])).to.include('Tromsø');
    // Back to what the page wrote: the parameters go.
    await tabTo(again.el, (b) => b.textContent === 'Diagram');
    await press('Enter');
    await until(() => !new URLSearchParams(location.search).has('rate.view'), 'the view out of the address');
  });

  it('without url-state, the address is never touched', async () => {
    const before = location.href;
    const { el, events } = mount('<arsverk-tabell kommune="4601"></arsverk-tabell>');
    await until(rendered(events), 'render');
    await tabTo(el, (b) => b.localName === 'button' && !!b.closest('th') && b.textContent!.includes('årsverk'));
    await press('Enter');
    await until(() => shadow(el).querySelector('[aria-sort=descending]'), 'sorted');
    expect(location.href).to.equal(before);
  });

  it('a sort and a search in <arsverk-tabell url-state> come back from the address', async () => {
    const { el, events } = mount('<arsverk-tabell id="tabell" url-state></arsverk-tabell>');
    await until(rendered(events), 'render');
    await tabTo(el, (b) => b.localName === 'button' && !!b.closest('th') && b.textContent!.includes('årsverk'));
    await press('Enter');
    await until(() => new URLSearchParams(location.search).get('tabell.sortDir') === 'descending', 'the sort in the address');
    expect(new URLSearchParams(location.search).get('tabell.sortKey')).to.equal('arsverk');
    const link = location.href;
    cleanup();
    history.replaceState(null, '', link);
    const again = mount('<arsverk-tabell id="tabell" url-state></arsverk-tabell>');
    await until(rendered(again.events), 'render again');
    expect(shadow(again.el).querySelector('[aria-sort=descending]')!.textContent).to.contain('årsverk');
  });

  it('printing: a chart not drawn yet prints as its table in its place; a drawn one stays; after printing, back as it was', async () => {
    const near = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer);
    // Far down the page: not drawn until the reader comes near.
    const far = mount('<hf-utvikling></hf-utvikling>');
    const series = mount('<arsverk-tabell view="chart"></arsverk-tabell>');
    await until(() => rendered(near.events)() && far.events.load.length && series.events.load.length, 'all loaded');
    await until(() => shadow(near.el).querySelector('.chart svg'), 'the near chart drawn');
    expect(shadow(far.el).querySelector('.chart svg')).to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    await far.el.updateComplete;
    expect(shadow(far.el).querySelector('.print-table table')).to.exist;
    expect(tableRows(far.el)[0]![0]).to.equal('2007');
    // With the chart's own figures (the national series), those open in its place.
    expect(shadow(series.el).querySelector<HTMLDetailsElement>('details[part=chart-table]')!.open).to.equal(true);
    expect(shadow(near.el).querySelector('.print-table')).to.equal(null);
    expect(shadow(near.el).querySelector('.chart svg')).to.exist;
    dispatchEvent(new Event('afterprint'));
    await far.el.updateComplete;
    expect(shadow(far.el).querySelector('.print-table')).to.equal(null);
  });
});
