import { expect } from '@open-wc/testing';
import { mount, until, shadow, text, cleanup } from './helpers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;
const drawn = (el: Element) => !!el.shadowRoot?.querySelector('.chart svg');
const summary = (el: Element) => el.shadowRoot?.querySelector('[part=summary]')?.textContent?.trim();

describe('charts are drawn when scrolled near', () => {
  beforeEach(() => window.scrollTo(0, 0));
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });

  it('an element far below shows its numbers without being scrolled to and draws its chart only when scrolled near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.appendChild(spacer);
    const { el, events } = mount('<hf-pasientrate kommune="5401"></hf-pasientrate>');
    await until(() => summary(el), 'summary');
    expect(text(el, '[part=summary]')).to.equal('UNN-området: 149 per 10 000 innbyggere. Landet: 162.');
    // Its room is kept in the frame that paints the numbers (charts shown in a frame are measured
    // together just before it is painted), so nothing below jumps when it is drawn.
    await new Promise((r) => requestAnimationFrame(r));
    expect(shadow(el).querySelector<HTMLElement>('.chart')!.getBoundingClientRect().height).to.be.greaterThan(200);
    await new Promise((r) => setTimeout(r, 600));
    expect(drawn(el)).to.equal(false);
    expect(events.render).to.have.length(0);
    el.scrollIntoView();
    await until(() => drawn(el), 'chart after scrolling');
    expect(events.render).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('the numbers in view are shown before those far below, which come without scrolling', async () => {
    // A file that answers after 300 ms, as over a slow network: the page has been laid out by then.
    const realFetch = window.fetch;
    window.fetch = () => new Promise((resolve) => setTimeout(() => resolve(realFetch(`${FIXTURES}ssb-fylker.json`)), 300));
    try {
      const src = `${FIXTURES}ssb-fylker.json?far-below`;
      const { root } = mount(`<hf-pasientrate view="table" src="${src}"></hf-pasientrate><div style="height: 4000px"></div><hf-pasientrate view="table" src="${src}"></hf-pasientrate>`);
      const [inView, below] = [...root.querySelectorAll('hf-pasientrate')];
      const order: Element[] = [];
      let belowWhenInViewShown: string | undefined = 'not yet';
      root.addEventListener('hf-render', (e) => {
        order.push(e.target as Element);
        if (e.target === inView) setTimeout(() => (belowWhenInViewShown = summary(below!)));
      });
      // Both read one file, so both are ready at once: the one far below waits for an idle moment.
      await until(() => belowWhenInViewShown !== 'not yet', 'the numbers in view');
      expect(belowWhenInViewShown, 'the numbers far below, in the task after those in view').to.equal(undefined);
      await until(() => summary(below!), 'the numbers far below, not scrolled to');
      expect(order).to.deep.equal([inView, below]);
      expect(window.scrollY).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('the chart in view is drawn before one just outside it', async () => {
    // Fixed heights, so the layout is known before anything has loaded.
    const { root } = mount(
      '<hf-pasientrate kommune="4601" style="display: block; height: 300px; overflow: hidden"></hf-pasientrate><div style="height: 100px"></div><hf-pasientrate kommune="5401" style="display: block; height: 900px"></hf-pasientrate>',
    );
    const order: string[] = [];
    root.addEventListener('hf-render', (e) => order.push((e.target as Element).getAttribute('kommune')!));
    // The lower one fills the viewport; the upper one ends 100 px above it, within reach.
    root.lastElementChild!.scrollIntoView();
    await until(() => order.length === 2, 'both charts', 20000);
    expect(order).to.deep.equal(['5401', '4601']);
    window.scrollTo(0, 0);
  });
});
