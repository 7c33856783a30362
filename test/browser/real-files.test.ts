/**
 * `<hf-pasientrate>` on files other publishers serve (test/fixtures/real/): every file the reader
 * takes with a geography is drawn; every other one gives the error the validator gives.
 */
import { expect } from '@open-wc/testing';
import type { HfPasientrate } from '../../src/elements/hf-pasientrate/hf-pasientrate.js';
import { cleanup, focusedIn, mount, press, shadow, tabTo, text, until } from './helpers.js';

const REAL = new URL('../fixtures/real/', import.meta.url).href;
type Expected = { read: 'drawn' | 'no-geo' | 'refused' | 'not-json'; rule?: string; empty?: boolean };
const settled = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;

describe('<hf-pasientrate> on real files from statistics offices', () => {
  afterEach(cleanup);

  it('draws every file with a geography, and refuses the others with the reader’s reason', async () => {
    const expected = (await (await fetch(`${REAL}expected.json`)).json()) as Record<string, Expected>;
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(expected)) {
      const { el, events } = mount(`<hf-pasientrate view="table" src="${REAL}${file}"></hf-pasientrate>`);
      await until(settled(events), `${file} settled`);
      const error = events.error[0] as CustomEvent<{ code: string; message: string }> | undefined;
      const got = error ? (error.detail.code === 'invalid' && /geografisk/.test(error.detail.message) ? 'no-geo' : error.detail.code) : 'drawn';
      // Read, but with no number to draw (0 cells; a sample of a hierarchy): the validator's error too.
      const wanted = want.empty ? 'empty' : { drawn: 'drawn', 'no-geo': 'no-geo', refused: want.rule === 'not-jsonstat' ? 'not-jsonstat' : 'invalid', 'not-json': 'not-json' }[want.read];
      if (got !== wanted) wrong.push(`${file}: ${got}, expected ${wanted} (${error?.detail.message ?? ''})`);
      if (got === 'drawn' && !shadow(el).querySelector('tbody tr')) wrong.push(`${file}: no rows`);
      cleanup();
    }
    expect(wrong).to.deep.equal([]);
  });

  it('shows each invalid example of the data contract with the validator’s message and path', async () => {
    const dir = new URL('../../data-contracts/examples/invalid/', import.meta.url).href;
    const expected = (await (await fetch(`${dir}expected.json`)).json()) as Record<string, { rule: string; path: string; message: string }>;
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(expected)) {
      const { el, events } = mount(`<hf-pasientrate src="${dir}${file}"></hf-pasientrate>`);
      await until(settled(events), `${file} settled`);
      const message = (events.error[0] as CustomEvent<{ message: string }> | undefined)?.detail.message ?? '';
      // not-jsonstat and not-dataset have headlines of their own; every other rule is named with its path.
      const shown = text(el, '[role=alert]');
      const ownHeadline = want.rule === 'not-jsonstat' || want.rule === 'not-dataset';
      if (ownHeadline ? message !== 'Datafilen er ikke et JSON-stat-datasett.' : !message.includes(want.message)) wrong.push(`${file}: ${message}`);
      else if (!ownHeadline && !shown.includes(want.path)) wrong.push(`${file}: path ${want.path} not shown`);
      cleanup();
    }
    expect(wrong).to.deep.equal([]);
  });

  it('an SSB json-stat2 file without role.geo: "Hele landet" is the reference line, not a bar, and the summary names it', async () => {
    const { el, events } = mount(`<hf-pasientrate src="${REAL}ssb-07221-boligpris-json-stat2.json"></hf-pasientrate>`);
    await until(() => events.render.length, 'hf-render');
    expect(events.error).to.have.length(0);
    const svgText = [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent);
    expect(svgText).to.include('Hele landet: 132,2');
    expect(svgText).not.to.include('Hele landet');
    expect(shadow(el).querySelectorAll('.chart .mark-rule.role-mark line').length).to.equal(1);
    expect(text(el, '[part=summary]')).to.contain('Hele landet: 132,2.');
    expect(text(el, '[part=subtitle]')).to.equal('indeks, 2023K4 · boligtype: Eneboliger');
  });

  it('names the category each further dimension is fixed to, and a keyboard user chooses another', async () => {
    const { el, events } = mount<HfPasientrate>(`<hf-pasientrate view="table" src="${REAL}scb-pxwebapi2-TAB6471-folkmangd-manad.json"></hf-pasientrate>`);
    await until(() => events.render.length, 'hf-render');
    expect(text(el, '[part=subtitle]')).to.equal('antal, 2026M04 · ålder: 0-9 år · kön: totalt, samtliga män och kvinnor');
    expect(text(el, '[part=summary]')).to.contain('Utvalg: ålder: 0-9 år · kön: totalt, samtliga män och kvinnor.');
    expect(text(el, 'caption')).to.contain('ålder: 0-9 år');
    const before = text(el, 'tbody');
    const select = await tabTo(el, (f) => f.localName === 'select' && f.closest('label')!.textContent!.includes('kön'));
    await press('ArrowDown');
    await until(() => text(el, '[part=subtitle]').includes('kön: män'), 'the slice chosen');
    expect(focusedIn(el)).to.equal(select);
    expect(text(el, 'tbody')).not.to.equal(before);
    expect(el.filter).to.equal('Alder=0-9;Kon=1');
    const group = shadow(el).querySelector('[part=choices]')!;
    expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'Utvalg']);
    // Another file: the reader's choices of the old one are let go, so it is not refused for them.
    const before2 = events.render.length;
    el.src = `${REAL}ssb-07221-boligpris-json-stat2.json`;
    await until(() => events.render.length > before2 || events.error.length, 'the new file drawn');
    expect(events.error).to.have.length(0);
    expect(el.filter).to.equal(undefined);
  });

  it('takes the slice from the filter attribute, by label or id, and says which value it does not know', async () => {
    const { el, events } = mount<HfPasientrate>(`<hf-pasientrate view="table" filter="ålder = 20-29 år; Kon=kvinnor" src="${REAL}scb-pxwebapi2-TAB6471-folkmangd-manad.json"></hf-pasientrate>`);
    await until(() => events.render.length, 'hf-render');
    expect(text(el, '[part=subtitle]')).to.equal('antal, 2026M04 · ålder: 20-29 år · kön: kvinnor');
    el.setAttribute('filter', 'Kon=barn');
    await until(() => events.error.length, 'hf-error');
    expect(events.error[0]!.detail.code).to.equal('unknown-option');
    expect(events.error[0]!.detail.message).to.equal('«barn» er ikke en gyldig verdi for filter Kon. Gyldige verdier: TotSa, 1, 2.');
  });

  it('in a narrow column, a table wider than it scrolls in its own box: nothing of it, hidden notes included, reaches beside the column', async () => {
    // The column at the right edge of the window, as a sidebar: anything that escapes it makes the page scroll sideways.
    const column = document.createElement('div');
    column.style.cssText = `width: 160px; margin-left: ${document.documentElement.clientWidth - 180}px`;
    document.body.append(column);
    const { el, events } = mount(`<hf-pasientrate view="table" src="${REAL}eurostat-demo-gind.json"></hf-pasientrate>`, column);
    await until(() => events.render.length, 'hf-render');
    expect(shadow(el).querySelector(".table-wrap")!.scrollWidth).to.be.greaterThan(160);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
    column.remove();
    expect([...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Navn', 'Verdi']);
  });

  it('writes values with the unit’s symbol, and a reference chosen with the reference attribute', async () => {
    const { el, events } = mount(`<hf-pasientrate view="table" reference="no" src="${REAL}eurostat-demo-gind.json"></hf-pasientrate>`);
    await until(() => events.render.length, 'hf-render');
    expect(text(el, '[part=summary]')).to.contain('Norway: 5 550 203.');
    expect(text(el, 'tbody tr')).to.equal('Norway 5 550 203');
    const gsp = mount(`<hf-pasientrate view="table" src="${REAL}jsonstat-org-us-gsp.json"></hf-pasientrate>`);
    await until(() => gsp.events.render.length, 'hf-render');
    // The symbol goes before the number, and the unit's word stays: it says more than the symbol.
    expect(text(gsp.el, '[part=summary]')).to.equal('California har høyest verdi: $2 080 600 million. Vermont har lavest: $26 400.');
  });
});
