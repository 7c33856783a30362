import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { until } from './helpers.js';

/** The mark the chart runtime sets for a shape it had to compile on the page (src/chart/vega-runtime.ts). */
const COMPILED_ON_PAGE = 'hf-shape-compiled-on-page';
const TAGS = 'hf-pasientrate, framskriving-chart, arsverk-tabell, hf-utvikling';

/**
 * Every element of the demo page (its tags, in nb, nn and en as the page has them) in a 320 px and
 * a 1000 px column draws its chart from a shape the build compiled: none is compiled on the page.
 * If this fails after a spec builder changed, run `npm run shapes`.
 */
describe('chart shapes compiled by the build', () => {
  for (const width of [320, 1000]) {
    it(`draws every chart of the demo page at ${width} px without compiling one`, async function () {
      this.timeout(120000);
      const demo = new URL('../../demo/index.html', import.meta.url);
      const page = new DOMParser().parseFromString(await (await fetch(demo)).text(), 'text/html');
      const column = document.createElement('div');
      column.style.width = `${width}px`;
      document.body.append(column);
      for (const el of page.querySelectorAll(TAGS)) {
        const src = el.getAttribute('src');
        if (src) el.setAttribute('src', new URL(src, demo).href);
        // The language the demo gives it, from its own attribute or its section's.
        el.setAttribute('lang', el.closest('[lang]')?.getAttribute('lang') ?? 'nb');
        column.append(document.importNode(el, true));
      }
      const before = performance.getEntriesByName(COMPILED_ON_PAGE).length;
      const settled = (el: Element) => el.shadowRoot?.querySelector('.chart svg, table, [part=error]');
      // Charts are drawn as they are scrolled near: scroll to each in turn, as a reader would.
      for (const el of column.querySelectorAll(TAGS)) {
        el.scrollIntoView();
        await until(() => settled(el), `${el.outerHTML.slice(0, 100)} drawn`, 20000);
      }
      expect([...column.querySelectorAll(TAGS)].filter((el) => el.shadowRoot!.querySelector('.chart svg')).length).to.be.greaterThan(10);
      const compiled = performance.getEntriesByName(COMPILED_ON_PAGE).slice(before).map((e) => (e as PerformanceMark).detail.id);
      expect(compiled, 'shapes compiled on the page: run npm run shapes').to.deep.equal([]);
      column.remove();
    });
  }
});
