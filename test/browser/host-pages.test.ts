import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { luminance } from '../../src/base/scheme.js';
import { mount, until, shadow, cleanup } from './helpers.js';

const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a)!, luminance(b)!];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A host page: a wrapper painted and styled as the page is, the element inside it. */
function page(style: Partial<CSSStyleDeclaration>): HTMLElement {
  const wrap = document.createElement('div');
  Object.assign(wrap.style, style);
  document.body.appendChild(wrap);
  return wrap;
}

/** The lowest contrast against `background` of the text a reader reads, and of the bars. */
function lowest(el: Element, background: string): { text: number; textAt: string; marks: number } {
  const root = shadow(el);
  const texts = [...root.querySelectorAll<HTMLElement>('[part=title], [part=subtitle], [part=summary], [part=source], th, td, button, summary, .chart svg text')];
  let text = Infinity;
  let textAt = '';
  for (const t of texts) {
    if (!t.textContent?.trim() || !t.getClientRects().length) continue;
    const style = getComputedStyle(t);
    const colour = t instanceof SVGElement ? style.fill : style.color;
    const c = contrast(colour, background);
    if (c < text) [text, textAt] = [c, `${t.localName} "${t.textContent.trim().slice(0, 30)}" ${colour}`];
  }
  const bars = [...root.querySelectorAll('.chart .mark-rect.role-mark path')].map((p) => contrast(getComputedStyle(p).fill, background));
  return { text, textAt, marks: Math.min(...bars) };
}

describe('on host pages that are not ours', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a dark page that declares no color-scheme: text at least 4.5:1 and bars at least 3:1 against it', async () => {
    const wrap = page({ background: 'rgb(18, 20, 23)', color: 'rgb(232, 232, 232)' });
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>', wrap);
    await until(rendered(events), 'render');
    const chart = lowest(el, 'rgb(18, 20, 23)');
    expect(chart.text, chart.textAt).to.be.at.least(4.5);
    expect(chart.marks).to.be.at.least(3);
    const table = mount('<arsverk-tabell kommune="4601"></arsverk-tabell>', wrap);
    await until(rendered(table.events), 'render');
    const rows = lowest(table.el, 'rgb(18, 20, 23)');
    expect(rows.text, rows.textAt).to.be.at.least(4.5);
  });

  it('a white page that declares color-scheme: light dark, read in dark mode: dark text on its white', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrap = page({ colorScheme: 'light dark', background: 'rgb(255, 255, 255)', color: 'rgb(34, 34, 34)' });
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>', wrap);
    await until(rendered(events), 'render');
    const chart = lowest(el, 'rgb(255, 255, 255)');
    expect(chart.text, chart.textAt).to.be.at.least(4.5);
    expect(chart.marks).to.be.at.least(3);
  });

  for (const column of [280, 320]) {
    it(`in a ${column} px column of a page with its own letter-spacing: every chart fits, no label runs out of it, no text under 11 px, no sideways scroll`, async () => {
      await setViewport({ width: 320, height: 900 });
      // A phone: the column is the page.
      document.body.style.margin = '0';
      try {
        const wrap = page({ width: `${column}px`, letterSpacing: '0.12em', wordSpacing: '0.16em', textTransform: 'uppercase' });
        const markup = [
          '<hf-pasientrate kommune="5501"></hf-pasientrate>',
          // SSB's house prices: the national line in the right part of the chart, its label kept inside.
          `<hf-pasientrate src="${new URL('../fixtures/real/ssb-07221-boligpris-json-stat2.json', import.meta.url).href}" filter="Boligtype=Småhus"></hf-pasientrate>`,
          '<framskriving-chart kommune="5501"></framskriving-chart>',
          '<framskriving-chart kommune="5501" variant="steps"></framskriving-chart>',
          '<framskriving-chart variant="steps" tjeneste="bup vop tsb"></framskriving-chart>',
          '<arsverk-tabell kommune="4601" view="chart"></arsverk-tabell>',
          '<arsverk-tabell view="chart"></arsverk-tabell>',
          '<hf-utvikling></hf-utvikling>',
        ];
        for (const m of markup) {
          const { el, events } = mount(m, wrap);
          el.scrollIntoView();
          await until(() => el.shadowRoot?.querySelector('.chart svg') || events.error.length, m);
          await until(() => events.render.length || events.error.length, `${m} drawn`);
          expect(events.error, m).to.have.length(0);
          const svg = shadow(el).querySelector('.chart svg')!;
          const box = svg.getBoundingClientRect();
          // Drawn at its width, not drawn wider and scaled down.
          expect(Number(svg.getAttribute('width')), m).to.be.at.most(column);
          expect(Math.round(box.width), m).to.equal(Number(svg.getAttribute('width')));
          for (const t of svg.querySelectorAll('text')) {
            if (!t.textContent?.trim()) continue;
            const r = t.getBoundingClientRect();
            expect(r.left, `${m}: "${t.textContent}"`).to.be.at.least(box.left - 1);
            expect(r.right, `${m}: "${t.textContent}"`).to.be.at.most(box.right + 1);
            expect(parseFloat(getComputedStyle(t).fontSize), `${m}: "${t.textContent}"`).to.be.at.least(11);
            // Names whole: above the bars in a narrow column, not cut to "UNN-områ…".
            expect(t.textContent, m).not.to.contain('…');
          }
          // The page's spaced capitals stay the page's: the element's own text is as written.
          expect(getComputedStyle(shadow(el).querySelector('[part=summary]')!).textTransform).to.equal('none');
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        document.body.style.margin = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const width of [1024, 320]) {
    it(`with a reader's text spacing (WCAG 1.4.12) at ${width} px: the spacing reaches the element's text, nothing is clipped, no two chart labels overlap`, async () => {
      await setViewport({ width: Math.max(width, 320), height: 900 });
      // What a text-spacing bookmarklet sets: every element of the page, !important.
      const spacing = document.createElement('style');
      spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      document.head.appendChild(spacing);
      try {
        const wrap = page({ width: `${width}px` });
        for (const m of ['<hf-pasientrate></hf-pasientrate>', '<framskriving-chart variant="steps" tjeneste="bup vop tsb"></framskriving-chart>', '<hf-utvikling></hf-utvikling>']) {
          const { el, events } = mount(m, wrap);
          el.scrollIntoView();
          await until(() => events.render.length || events.error.length, `${m} drawn`);
          expect(events.error, m).to.have.length(0);
          const root = shadow(el);
          expect(parseFloat(getComputedStyle(root.querySelector('[part=summary]')!).letterSpacing), m).to.be.greaterThan(1);
          for (const t of root.querySelectorAll<HTMLElement>('[part=title], [part=subtitle], [part=summary], button, [part=source]')) {
            expect(t.scrollWidth, `${m}: ${t.textContent!.trim().slice(0, 40)}`).to.be.at.most(t.clientWidth + 1);
          }
          const svg = root.querySelector('.chart svg')!;
          const box = svg.getBoundingClientRect();
          // Axis labels Vega leaves out for want of room are drawn transparent.
          const labels = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim() && t.getAttribute('opacity') !== '0').map((t) => ({ text: t.textContent!, transform: t.getAttribute('transform') ?? '', r: t.getBoundingClientRect() }));
          for (const [i, a] of labels.entries()) {
            expect(a.r.left, `${m}: "${a.text}" inside`).to.be.at.least(box.left - 1);
            expect(a.r.right, `${m}: "${a.text}" inside`).to.be.at.most(box.right + 1);
            // A turned label's upright box is larger than its letters: compared upright labels only.
            if (/rotate/.test(a.transform)) continue;
            for (const b of labels.slice(i + 1).filter((l) => !/rotate/.test(l.transform))) {
              const overlap = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
              expect(overlap, `${m}: "${a.text}" and "${b.text}" overlap`).to.equal(false);
            }
          }
        }
      } finally {
        spacing.remove();
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('turning the page dark after drawing redraws the chart in the dark colours', async () => {
    const wrap = page({ background: 'rgb(255, 255, 255)', color: 'rgb(34, 34, 34)' });
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>', wrap);
    await until(rendered(events), 'render');
    // The page's theme switch: a class on <html> that repaints the page.
    const style = document.createElement('style');
    style.textContent = 'html.dark-theme div { background: rgb(18, 20, 23) !important; color: rgb(232, 232, 232) !important; }';
    document.head.appendChild(style);
    document.documentElement.classList.add('dark-theme');
    try {
      await until(() => lowest(el, 'rgb(18, 20, 23)').marks >= 3 && lowest(el, 'rgb(18, 20, 23)').text >= 4.5, 'the chart in dark colours');
    } finally {
      document.documentElement.classList.remove('dark-theme');
      style.remove();
    }
  });
});
