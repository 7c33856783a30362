import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until, press } from './helpers.js';

type Builder = Window & { cspViolations: unknown[]; axe?: { run(el: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };

/** Opens demo/builder.html (served with the strict CSP) at `query` in a frame of this page, ready to use. */
async function openBuilder(query = ''): Promise<{ frame: HTMLIFrameElement; win: Builder; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = new URL(`../../demo/builder.html${query}`, import.meta.url).href;
  document.body.append(frame);
  await until(() => frame.contentDocument?.body?.dataset.ready === 'true', 'the builder', 20000);
  return { frame, win: frame.contentWindow as Builder, doc: frame.contentDocument! };
}

/** The page's violations of WCAG 2.1 AA, by axe loaded into the page itself (allowed by its CSP: same origin). */
async function axeIn(win: Builder, doc: Document): Promise<string[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    doc.head.append(script);
    await until(() => win.axe, 'axe in the builder');
  }
  const { violations } = await win.axe!.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

/** Whether the preview's element has drawn its chart; charts are drawn as they come near the view, so the preview is kept in it. */
function drawn(doc: Document, tag: string): boolean {
  doc.getElementById('preview')!.scrollIntoView();
  return !!doc.querySelector(`#preview ${tag}`)?.shadowRoot?.querySelector('.chart svg');
}

describe('the embed builder (demo/builder.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('typing "Bodø", choosing <hf-pasientrate> in a table, copying the code and pasting it into a page on another origin shows Nordland-området highlighted in a table', async () => {
    const { win, doc } = await openBuilder();
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) } });
    doc.getElementById('area')!.focus();
    await sendKeys({ type: 'Bodø' });
    await until(() => doc.getElementById('area-status')!.textContent!.includes('treff'), 'the matches said');
    const options = [...doc.querySelectorAll('[role=option]')].map((o) => o.textContent);
    expect(options[0]).to.equal('Bodø (1804), Nordland');
    await press('ArrowDown');
    expect(doc.getElementById('area')!.getAttribute('aria-activedescendant')).to.equal('area-option-0');
    await press('Enter');
    await until(() => doc.getElementById('area-chosen')!.textContent === 'Valgt: Bodø (1804), Nordland.', 'Bodø chosen');
    // <hf-pasientrate> is the first element; its view by keyboard, as the select offers it.
    (doc.querySelector('input[value="hf-pasientrate"]') as HTMLInputElement).focus();
    await press('Space');
    doc.getElementById('opt-view')!.focus();
    await sendKeys({ type: 'Tab' });
    await until(() => (doc.getElementById('opt-view') as HTMLSelectElement).value === 'table', 'the table view chosen');
    await until(() => doc.getElementById('snippet')!.textContent!.includes('view="table"'), 'the code');
    doc.getElementById('copy')!.focus();
    await press('Enter');
    await until(() => copied, 'the code copied');
    expect(doc.getElementById('copied')!.textContent).to.equal('Koden er kopiert.');
    expect(copied).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/hf-indikatorer\.js"><\/script>\n<hf-pasientrate kommune="1804" view="table">/);
    // The address keeps the choices.
    expect(win.location.search).to.equal('?element=hf-pasientrate&kommune=1804&view=table');

    // A fresh page on another origin (localhost and 127.0.0.1 are two).
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const paste = document.createElement('iframe');
    const seen = new Promise<{ view?: string; highlighted?: string; error?: string }>((resolve) => {
      addEventListener('message', function on(e) {
        if (e.source !== paste.contentWindow) return;
        removeEventListener('message', on);
        resolve(e.data);
      });
    });
    paste.src = `${location.protocol}//${other}:${location.port}/test/browser/paste.html#${encodeURIComponent(copied)}`;
    document.body.append(paste);
    const what = await Promise.race([seen, new Promise<never>((_, no) => setTimeout(() => no(new Error('the pasted code drew nothing')), 15000))]);
    expect(what).to.deep.include({ view: 'table', highlighted: 'Nordland-området (valgt)' });
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('a link brings the choices back; every choice is one the element takes; the page works under the strict CSP', async () => {
    const { win, doc } = await openBuilder('?element=framskriving-chart&kommune=5501&variant=steps');
    expect((doc.querySelector('input[value="framskriving-chart"]') as HTMLInputElement).checked).to.equal(true);
    expect((doc.getElementById('area') as HTMLInputElement).value).to.equal('Tromsø');
    expect((doc.getElementById('opt-variant') as HTMLSelectElement).value).to.equal('steps');
    expect([...(doc.getElementById('opt-variant') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['', 'trend', 'steps']);
    await until(() => drawn(doc, 'framskriving-chart'), 'the preview drawn');
    // The file's own services, read from it, once the preview has it.
    await until(() => doc.getElementById('opt-tjeneste')?.localName === 'select', "the file's services");
    expect([...(doc.getElementById('opt-tjeneste') as HTMLSelectElement).options].map((o) => o.value)).to.include.members(['bup', 'vop', 'tsb']);
    // Measures only: the projection's components are its steps, not measures of their own.
    expect([...(doc.getElementById('opt-measure') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['', 'liggedogn', 'konsultasjoner']);
    expect(doc.getElementById('snippet')!.textContent).to.contain('<framskriving-chart kommune="5501" variant="steps">');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it("offers the slice of the editor's own file (SSB 07221): a select per further dimension, written as filter", async () => {
    const src = new URL('../fixtures/real/ssb-07221-boligpris-json-stat2.json', import.meta.url).href;
    const { doc } = await openBuilder(`?element=hf-pasientrate&src=${encodeURIComponent(src)}`);
    await until(() => doc.getElementById('opt-filter-Boligtype'), 'the select of Boligtype');
    const select = doc.getElementById('opt-filter-Boligtype') as HTMLSelectElement;
    expect(doc.querySelector('label[for=opt-filter-Boligtype]')!.textContent).to.equal('boligtype');
    const smahus = [...select.options].find((o) => o.text === 'Småhus')!.value;
    select.focus();
    await sendKeys({ type: 'Små' });
    await until(() => doc.getElementById('snippet')!.textContent!.includes(`filter="Boligtype=${smahus}"`), 'the filter in the code');
    expect(doc.getElementById('snippet')!.textContent).to.contain(`src="${src}"`);
    await until(() => drawn(doc, 'hf-pasientrate'), 'the preview drawn');
    expect(doc.querySelector('#preview hf-pasientrate')!.shadowRoot!.querySelector('[part=subtitle]')!.textContent).to.contain('Småhus');
  });

  for (const ui of ['nb', 'en'] as const) {
    it(`has no WCAG 2.1 AA violations in ${ui}, with the matches open and with an area chosen`, async () => {
      const { win, doc } = await openBuilder(`?ui=${ui}`);
      expect(doc.documentElement.lang).to.equal(ui);
      doc.getElementById('area')!.focus();
      await sendKeys({ type: 'Trom' });
      await until(() => doc.querySelectorAll('[role=option]').length, 'the matches');
      expect([...doc.querySelectorAll('[role=option]')].map((o) => o.textContent)).to.include(ui === 'nb' ? 'Tromsø (5501, før 2024: 5401), Troms' : 'Tromsø (5501, before 2024: 5401), Troms');
      expect(await axeIn(win, doc)).to.deep.equal([]);
      await press('ArrowDown');
      await press('Enter');
      await until(() => drawn(doc, 'hf-pasientrate'), 'the preview drawn');
      expect(await axeIn(win, doc)).to.deep.equal([]);
    });
  }

  it('says when the element\'s file has no figures for the kommune chosen', async () => {
    const { doc } = await openBuilder('?element=hf-utvikling&kommune=5501');
    await until(() => doc.getElementById('area-chosen')!.textContent!.includes('Filen har ikke tall for Tromsø'), 'the warning');
  });

  it('finds a kommune by its Sámi name, its older name and its number', async () => {
    const { doc } = await openBuilder();
    const input = doc.getElementById('area') as HTMLInputElement;
    const first = async (text: string) => {
      input.focus();
      input.select();
      await sendKeys({ type: text });
      await until(() => doc.querySelectorAll('[role=option]').length, `matches for ${text}`);
      return doc.querySelector('[role=option]')!.textContent;
    };
    expect(await first('Guovdageaidnu')).to.equal('Guovdageaidnu - Kautokeino (5612, før 2024: 5430), Finnmark');
    expect(await first('Kautokeino')).to.equal('Guovdageaidnu - Kautokeino (5612, før 2024: 5430), Finnmark');
    expect(await first('5430')).to.equal('Guovdageaidnu - Kautokeino (5612, før 2024: 5430), Finnmark');
    expect(await first('unn')).to.equal('UNN-området (helsefellesskap)');
    // Ålesund today before Haram, which took part of old Ålesund; the old spelling too.
    expect(await first('Ålesund')).to.match(/^Ålesund \(1508/);
    expect(await first('Aalesund')).to.match(/^Ålesund \(1508/);
  });
});
