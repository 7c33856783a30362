import { expect } from '@open-wc/testing';
import { mount, until, shadow, axeViolations, cleanup, tabTo, press, focusedIn } from './helpers.js';

const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  afterEach(cleanup);

  it('chart view with a highlighted unit has no violations', async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
    await until(rendered(events), 'render');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('table view has no violations', async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501" view="table"></hf-pasientrate>');
    await until(rendered(events), 'render');
    shadow(el).querySelector('details')!.open = true;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('what the editor writes inside the tag shows until the element is ready, and is then replaced, also for screen readers', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<hf-fallback-probe><p>Tallene hos <a href="https://www.helsedirektoratet.no/">Helsedirektoratet</a>.</p></hf-fallback-probe>';
    document.body.appendChild(root);
    // A tag whose script never ran: its content is an ordinary paragraph and link.
    expect(root.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
    const { el, events } = mount('<hf-pasientrate><p>Tallene hos <a href="https://www.helsedirektoratet.no/">Helsedirektoratet</a>.</p></hf-pasientrate>');
    await until(rendered(events), 'render');
    const fallback = el.querySelector('p')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('error state has no violations', async () => {
    const { el, events } = mount('<hf-pasientrate src="does-not-exist.json"></hf-pasientrate>');
    await until(() => events.error.length, 'error');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('dark page (color-scheme: dark) has no violations', async () => {
    const wrap = document.createElement('div');
    wrap.style.colorScheme = 'dark';
    wrap.style.background = '#181a1c';
    document.body.appendChild(wrap);
    const { el, events } = mount('<hf-pasientrate kommune="5501" view="table"></hf-pasientrate>', wrap);
    await until(rendered(events), 'render');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the view toggle and downloads are buttons with names, reached and pressed by keyboard, and the view state is announced', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'render');
    const buttons = [...shadow(el).querySelectorAll('button')];
    for (const b of buttons) expect(b.getAttribute('aria-label') ?? b.textContent!.trim()).to.not.equal('');
    const chartBtn = buttons.find((b) => b.textContent === 'Diagram')!;
    const tableBtn = buttons.find((b) => b.textContent === 'Tabell')!;
    expect(chartBtn.getAttribute('aria-pressed')).to.equal('true');
    await tabTo(el, (b) => b === tableBtn);
    await press('Enter');
    await until(() => shadow(el).querySelector('table'), 'table');
    expect(focusedIn(el)).to.equal(tableBtn);
    expect(tableBtn.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('view')).to.equal('table');
  });

  it('the loading state reserves height and is marked busy', async () => {
    const realFetch = window.fetch;
    // A file still on its way: the element stays in its loading state.
    window.fetch = () => new Promise(() => undefined);
    try {
      const { el } = mount('<hf-pasientrate src="pending.json"></hf-pasientrate>');
      await el.updateComplete;
      const loading = shadow(el).querySelector('[role=status][aria-busy=true]')!;
      expect(loading.textContent).to.contain('Laster tall');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    } finally {
      window.fetch = realFetch;
    }
  });
});
