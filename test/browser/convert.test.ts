import { expect } from '@open-wc/testing';
import { mount, until, shadow, text, tableRows, cleanup } from './helpers.js';

/** The output of the converter's worked example (data-contracts/README.md), as a page serves it. */
const SRC = new URL('../../data-contracts/examples/csv/arsverk-fylker-2023.json', import.meta.url).href;
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe("the converter's worked example on a page", () => {
  afterEach(cleanup);

  it('draws the 11 fylker against the country, Nordland set apart for Bodø, Viken hidden and said so', async () => {
    const { el, events } = mount(`<hf-pasientrate src="${SRC}" kommune="1804"></hf-pasientrate>`);
    await until(() => events.render.length || events.error.length, 'render');
    expect(events.error).to.have.length(0);
    expect(nb(text(el, '[part=summary]'))).to.equal('Nordland: 30 per 10 000 innbyggere. Landet: 32.');
    const bars = [...shadow(el).querySelectorAll('.chart .mark-rect path[aria-label]')].map((p) => nb(p.getAttribute('aria-label')!));
    expect(bars).to.have.length(11);
    expect(bars).to.include('Nordland, 2023: 30 per 10 000 innbyggere, 2 under landet, valgt');
    expect(bars).to.include('Viken, 2023: : (tallet vises ikke av personvernhensyn)');
    el.setAttribute('view', 'table');
    await until(() => tableRows(el).length, 'the table');
    expect(tableRows(el)).to.deep.include(['Agder', '41']);
    expect(tableRows(el).find((r) => r[0] === 'Viken')![1]).to.equal(':');
  });
});
