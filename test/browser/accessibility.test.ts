import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse } from '@web/test-runner-commands';
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

  it('the title is a heading of the level the page asks for; what a key press changed is said politely, and the control keeps the focus', async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
    await until(rendered(events), 'render');
    const heading = () => shadow(el).querySelector('[role=heading]')!;
    expect(heading().getAttribute('aria-level')).to.equal('2');
    expect(heading().textContent).to.contain('Pasienter med alvorlige psykiske lidelser');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(heading().getAttribute('aria-level')).to.equal('3');
    const status = () => shadow(el).querySelector('[role=status][aria-live=polite]')!.textContent!.trim();
    expect(status()).to.equal('');

    const drill = await tabTo(el, (b) => b.classList.contains('drill'));
    await press('Enter');
    await until(() => status() === 'Viser 18 kommuner i UNN-området.', 'the drill-down said');
    expect(focusedIn(el)).to.equal(drill);
    await press('Enter');
    await until(() => status() === 'Viser alle områdene igjen.', 'the way back said');
    expect(focusedIn(el)).to.equal(drill);

    const table = await tabTo(el, (b) => b.textContent === 'Tabell');
    await press('Enter');
    await until(() => status() === 'Viser tabellen.', 'the view switch said');
    expect(focusedIn(el)).to.equal(table);

    el.setAttribute('heading-level', '7');
    await until(() => events.error.length, 'the wrong level');
    expect(events.error[0]!.detail.message).to.contain('«7» er ikke en gyldig verdi for heading-level');
  });

  it('a sort by keyboard is said, and two tables on a page are regions with names of their own', async () => {
    const first = mount('<arsverk-tabell kommune="4601"></arsverk-tabell>');
    const second = mount('<arsverk-tabell kommune="1804"></arsverk-tabell>');
    await until(() => rendered(first.events)() && rendered(second.events)(), 'render');
    const header = await tabTo(first.el, (b) => b.localName === 'button' && !!b.closest('th') && b.textContent!.includes('årsverk'));
    await press('Enter');
    const status = shadow(first.el).querySelector('[role=status][aria-live=polite]')!;
    await until(() => status.textContent!.trim() === 'Sortert etter årsverk, synkende.', 'the sort said');
    expect(focusedIn(first.el)).to.equal(header);
    const names = [first.el, second.el].map((el) => {
      const region = shadow(el).querySelector('[role=region]')!;
      return region.getAttribute('aria-labelledby')!.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' ');
    });
    expect(names[0]).to.contain('Bergen');
    expect(names[1]).to.contain('Bodø');
    // The elements themselves (figures) are named by their title and their kommune.
    const figures = await executeServerCommand<Array<{ role: string; name: string }>, undefined>('ax-tree');
    const figureNames = figures.filter((n) => n.role === 'figure').map((n) => n.name);
    expect(figureNames).to.have.length(2);
    expect(figureNames[0]).to.match(/Bergen$/);
    expect(figureNames[1]).to.match(/Bodø$/);
    document.body.setAttribute('lang', 'nb');
    expect(await axeViolations(document.body)).to.deep.equal([]);
  });

  for (const [markup, first, last] of [
    ['<hf-pasientrate></hf-pasientrate>', /^Østfold, 2019: 122 per 10 000 innbyggere, 40 under landet\. 1 av 19\.$/, /^Finnmark, 2019: 230 per 10 000 innbyggere, 68 over landet\. 19 av 19\.$/],
    ['<hf-utvikling lang="en"></hf-utvikling>', /^Norway, 2007: 12,029 årsverk\. 1 of 11\.$/, /^Norway, 2023: 17,436 årsverk\. 11 of 11\.$/],
    ['<framskriving-chart variant="steps"></framskriving-chart>', /Liggedøgn 2021/, /Liggedøgn 2040/],
  ] as const) {
    it(`every figure of ${markup} is reached by keyboard, said, ringed and tipped; Escape closes the tip`, async () => {
      const { el, events } = mount(markup);
      await until(rendered(events), 'render');
      const chart = await tabTo(el, (f) => f.classList.contains('chart'));
      expect(chart.getAttribute('role')).to.equal('application');
      const said = () => chart.querySelector('[aria-live=polite]')!.textContent!.replace(/\u00a0/g, ' ');
      await press('ArrowDown');
      await until(() => first.test(said()), `the first figure said (${said()})`);
      const ring = chart.querySelector<HTMLElement>('.focus-ring')!;
      expect(ring.hidden).to.equal(false);
      // The ring stands out from the page (its text colour), whatever the mark's colour.
      const ringColour = getComputedStyle(ring).borderTopColor;
      expect(ringColour).to.equal(getComputedStyle(el).color);
      expect([...chart.querySelectorAll('path')].map((p) => getComputedStyle(p).fill)).not.to.include(ringColour);
      const tip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
      expect(tip.hidden).to.equal(false);
      await press('End');
      await until(() => last.test(said()), `the last figure said (${said()})`);
      await press('Escape');
      expect(tip.hidden).to.equal(true);
      expect(focusedIn(el)).to.equal(chart);
    });
  }

  // Every chart type in every language: bars, lines (one and several), a waterfall in small multiples.
  const charts = [
    '<hf-pasientrate kommune="5501"></hf-pasientrate>',
    '<arsverk-tabell kommune="1804" view="chart"></arsverk-tabell>',
    '<arsverk-tabell view="chart"></arsverk-tabell>',
    '<hf-utvikling kommune="5501"></hf-utvikling>',
    '<framskriving-chart tjeneste="bup vop"></framskriving-chart>',
    '<framskriving-chart variant="steps" tjeneste="bup vop tsb"></framskriving-chart>',
  ];
  const positions = { nb: / \d+ av \d+\.$/, nn: / \d+ av \d+\.$/, en: / \d+ of \d+\.$/ };
  for (const lang of ['nb', 'nn', 'en'] as const) {
    for (const markup of charts) {
      it(`${lang}: every figure of ${markup} is heard by keyboard, as the accessibility tree names it; axe clean in chart and table`, async () => {
        const { el, events } = mount(markup.replace(/^<([a-z-]+)/, `<$1 lang="${lang}"`));
        await until(rendered(events), 'render');
        const chart = await tabTo(el, (f) => f.classList.contains('chart'));
        const named = [...chart.querySelectorAll('.mark-rect path[aria-label], .mark-symbol path[aria-label]')].map((p) => p.getAttribute('aria-label')!);
        expect(named.length, 'figures named').to.be.at.least(3);
        const said = () => chart.querySelector('[aria-live=polite]')!.textContent!;
        const heard: string[] = [];
        await press('Home');
        for (let i = 0; i < named.length; i++) {
          if (i) await press('ArrowRight');
          await until(() => said() && said() !== heard[heard.length - 1], `figure ${i + 1} said`);
          heard.push(said());
        }
        // Each figure once, in the element's language, as the tree names it, with its place among all.
        expect(heard.map((h) => h.replace(positions[lang], '').replace(/\.$/, '')).sort()).to.deep.equal([...named].sort());
        for (const h of heard) {
          expect(h).to.match(positions[lang]);
          expect(h).not.to.match(/undefined|NaN|\bnull\b|datum|: \.|[a-z]+_[a-z]+:/);
        }
        // A line, a small multiple, is walked whole before the next (the name before the first comma).
        const whose = heard.map((h) => h.split(',')[0]);
        expect(whose.filter((w, i) => i && w !== whose[i - 1]).length).to.equal(new Set(whose).size - 1);
        expect(focusedIn(el)).to.equal(chart);
        // Nothing of Vega's English in the tree ("visualization", "rect mark container", "Title text …").
        const tree = (await executeServerCommand<Array<{ role: string; name: string }>, undefined>('ax-tree')).map((n) => n.name).join(' | ');
        expect(tree).not.to.match(/container|Title text|visualization|[XY]-axis|titled|value: |label: /i);
        document.body.setAttribute('lang', lang);
        expect(await axeViolations(el), 'chart').to.deep.equal([]);
        el.setAttribute('view', 'table');
        await until(() => shadow(el).querySelector('table'), 'the table');
        expect(await axeViolations(el), 'table').to.deep.equal([]);
      });
    }
  }

  it("Chromium's accessibility tree of a chart: its summary, each bar by name and value in the element's language, no axis in English, no raw field names", async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
    await until(rendered(events), 'render');
    const nodes = await executeServerCommand<Array<{ role: string; name: string }>, undefined>('ax-tree');
    const all = nodes.map((n) => n.name).join(' | ').replace(/\u00a0/g, ' ');
    expect(all).to.contain('UNN-området: 149 per 10 000 innbyggere. Landet: 162.');
    expect(all).to.contain('Finnmark, 2019: 230 per 10 000 innbyggere, 68 over landet');
    expect(all).to.contain('UNN-området, 2019: 149 per 10 000 innbyggere, 13 under landet, valgt');
    expect(all).to.contain('Liggende stolpediagram med 19 stolper. Verdiaksen, per 10 000 innbyggere, starter på 0; stolpene går fra 122 til 230.');
    expect(all).not.to.match(/axis|titled|value: |label: |end: |kind: |at: /i);
    expect(el).to.exist;
  });

  for (const [markup, heard] of [
    ['<hf-utvikling></hf-utvikling>', 'Landet, 2023: 17 436'],
    ['<framskriving-chart></framskriving-chart>', '2040: 1 763 914'],
    ['<framskriving-chart variant="steps"></framskriving-chart>', 'Demografi'],
    ['<arsverk-tabell view="chart"></arsverk-tabell>', '2023: 17 436 årsverk'],
  ] as const) {
    it(`the accessibility tree of ${markup}: each figure by its name, no raw field names, no axis in English`, async () => {
      const { events } = mount(markup);
      await until(rendered(events), 'render');
      const nodes = await executeServerCommand<Array<{ role: string; name: string }>, undefined>('ax-tree');
      const all = nodes.map((n) => n.name).join(' | ').replace(/\u00a0/g, ' ');
      expect(all).to.contain(heard);
      expect(all).not.to.match(/axis|titled|value: |label: |display: |year: |segment: |x: |spoken: /i);
    });
  }

  it('several lines by keyboard: Left and Right along a line, Up and Down between lines at the same period', async () => {
    const src = new URL('../../data-contracts/datasets/arsverk-malgruppe-2016-2022.json', import.meta.url).href;
    const { el, events } = mount(`<hf-utvikling src="${src}" series="malgruppe"></hf-utvikling>`);
    await until(rendered(events), 'render');
    const chart = await tabTo(el, (f) => f.classList.contains('chart'));
    const said = () => chart.querySelector('[aria-live=polite]')!.textContent!.replace(/\u00a0/g, ' ');
    await press('ArrowRight');
    await until(() => said().startsWith('Voksne, 2016: 11 063 årsverk'), `Voksne 2016 (${said()})`);
    await press('ArrowRight');
    await until(() => said().startsWith('Voksne, 2017:'), `Voksne 2017 (${said()})`);
    await press('ArrowDown');
    await until(() => said().startsWith('Barn og unge, 2017: 3 099 årsverk'), `Barn og unge 2017 (${said()})`);
    await press('ArrowDown');
    await until(() => said().startsWith('Totalt, 2017: 14 633 årsverk'), `Totalt 2017 (${said()})`);
    await press('ArrowUp');
    await until(() => said().startsWith('Barn og unge, 2017:'), `back to Barn og unge (${said()})`);
  });

  it("the file's texts are marked in the file's language, the element's own in its language", async () => {
    const english = mount('<hf-pasientrate lang="en"></hf-pasientrate>');
    const greenland = mount(`<hf-utvikling src="${new URL('../fixtures/real/statgl-education-16-25-json-stat2.json', import.meta.url).href}"></hf-utvikling>`);
    await until(() => rendered(english.events)() && rendered(greenland.events)(), 'render');
    const lang = (el: Element, selector: string) => shadow(el).querySelector(selector)!.closest('[lang]')!.getAttribute('lang');
    // A Bokmål file on an English element: its title and source are Norwegian, the rest English.
    expect(lang(english.el, '[part=title]')).to.equal('nb');
    expect(lang(english.el, '[part=source] span')).to.equal('nb');
    expect(lang(english.el, '[part=summary]')).to.equal('en');
    expect(lang(english.el, '.chart')).to.equal('en');
    // Statistics Greenland's English file (extension.px.language) on a Bokmål element.
    expect(lang(greenland.el, '[part=title]')).to.equal('en');
    expect(lang(greenland.el, '[part=summary]')).to.equal('nb');
    document.body.setAttribute('lang', 'nb');
    expect(await axeViolations(document.body)).to.deep.equal([]);
  });

  it('in forced colours (a Windows contrast theme): the system colours, every line drawn, the highlighted bar apart, the focus ring seen', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const src = new URL('../../data-contracts/datasets/arsverk-malgruppe-2016-2022.json', import.meta.url).href;
      const rate = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
      const lines = mount(`<hf-utvikling src="${src}" series="malgruppe"></hf-utvikling>`);
      await until(() => rendered(rate.events)() && rendered(lines.events)(), 'render');
      const canvas = getComputedStyle(document.body).backgroundColor;
      const fills = [...shadow(rate.el).querySelectorAll('.chart .mark-rect.role-mark path')].map((p) => getComputedStyle(p).fill);
      const highlighted = fills.filter((f) => f !== fills[0]);
      expect(highlighted, 'one bar set apart').to.have.length(1);
      expect(fills[0]).not.to.equal(canvas);
      // Every line in a colour of its own or the text's, none left without a stroke.
      const strokes = [...shadow(lines.el).querySelectorAll('.chart .mark-line path')].map((p) => getComputedStyle(p).stroke);
      expect(strokes.length).to.be.at.least(3);
      for (const stroke of strokes) expect(stroke).not.to.equal('none');
      const chart = await tabTo(rate.el, (f) => f.classList.contains('chart'));
      await press('ArrowDown');
      const ring = chart.querySelector<HTMLElement>('.focus-ring')!;
      await until(() => !ring.hidden, 'the ring');
      const style = getComputedStyle(ring);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).not.to.equal(canvas);
      document.body.setAttribute('lang', 'nb');
      expect(await axeViolations(document.body)).to.deep.equal([]);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('a tooltip opened by the pointer stays while the pointer moves onto it, goes when it leaves, and Escape closes it (WCAG 1.4.13)', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'render');
    const tip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    const bar = shadow(el).querySelectorAll('.chart .mark-rect path')[2]!.getBoundingClientRect();
    const at = (x: number, y: number) => sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await at(bar.left + 20, bar.top + bar.height / 2);
    await until(() => !tip.hidden, 'the tip on hover');
    expect(tip.textContent).to.contain('Oslo');
    // Onto the tip itself, across the gap between pointer and tip.
    const box = tip.getBoundingClientRect();
    await at(box.left + box.width / 2, box.top + box.height / 2);
    await new Promise((r) => setTimeout(r, 700));
    expect(tip.hidden, 'stays while hovered').to.equal(false);
    await at(5, 5);
    await until(() => tip.hidden, 'gone when the pointer leaves');
    await at(bar.left + 20, bar.top + bar.height / 2);
    await until(() => !tip.hidden, 'the tip again');
    await press('Escape');
    await until(() => tip.hidden, 'closed by Escape');
    await at(0, 0);
  });

  it('small multiples by keyboard: Up and Down to the same step of the next service', async () => {
    const { el, events } = mount('<framskriving-chart variant="steps" tjeneste="bup vop tsb"></framskriving-chart>');
    await until(rendered(events), 'render');
    const chart = await tabTo(el, (f) => f.classList.contains('chart'));
    const said = () => chart.querySelector('[aria-live=polite]')!.textContent!.replace(/\u00a0/g, ' ');
    await press('Home');
    await press('ArrowRight');
    await until(() => said().startsWith('BUP, Demografi:'), `BUP Demografi (${said()})`);
    await press('ArrowDown');
    await until(() => said().startsWith('VOP, Demografi:'), `VOP Demografi (${said()})`);
    await press('ArrowDown');
    await until(() => said().startsWith('TSB, Demografi:'), `TSB Demografi (${said()})`);
    await press('ArrowUp');
    await until(() => said().startsWith('VOP, Demografi:'), `back to VOP (${said()})`);
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
