import { expect } from '@open-wc/testing';
import type { HfPasientrate } from '../../src/elements/hf-pasientrate/hf-pasientrate.js';
import { mount, until, shadow, text, tableRows, cleanup, tabTo, press, focusedIn, download } from './helpers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;
const bars = (el: Element) => shadow(el).querySelectorAll('.chart .mark-rect.role-mark path');
const rendered = (events: { render: unknown[]; error: unknown[] }) => () => events.render.length || events.error.length;

describe('<hf-pasientrate> on the bundled IS-3047 data', () => {
  afterEach(cleanup);

  it('draws 19 bars and the labelled national reference line', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    expect(events.error).to.have.length(0);
    expect(events.load).to.have.length(1);
    expect(bars(el).length).to.equal(19);
    expect(shadow(el).querySelectorAll('.chart .mark-rule.role-mark line').length).to.equal(1);
    const svgText = [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent);
    expect(svgText).to.include('Landet: 162');
    expect(svgText).to.include('Finnmark');
    expect(svgText).to.include('230');
    expect(text(el, '[part=summary]')).to.equal('Finnmark har høyest verdi: 230 per 10 000 innbyggere. Østfold har lavest: 122. Landet: 162.');
    expect(text(el, '[part=source]')).to.match(/^Kilde: Helsedirektoratet.*IS-3047.*Oppdatert 1\. september 2022\.$/);
  });

  it('draws every bar from zero, its length in proportion to its rate, in the file order top down', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const boxes = [...bars(el)].map((p) => (p as SVGGraphicsElement).getBoundingClientRect());
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).to.equal(1);
    // Each bar is described by its name, period, value and against the country: Finnmark has the highest rate (230), Østfold the lowest (122).
    const box = (value: string) => boxes[[...bars(el)].findIndex((p) => p.getAttribute('aria-label')?.replace(/\u00a0/g, ' ') === value)]!;
    const finnmark = box('Finnmark, 2019: 230 per 10 000 innbyggere, 68 over landet');
    const ostfold = box('Østfold, 2019: 122 per 10 000 innbyggere, 40 under landet');
    expect(finnmark.width / ostfold.width).to.be.closeTo(230 / 122, 0.02);
    expect(ostfold.top).to.be.lessThan(finnmark.top);
  });

  it('shows the same numbers in a real table with caption and header cells', async () => {
    const { el, events } = mount('<hf-pasientrate view="table"></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('2019');
    expect(table.querySelectorAll('thead th[scope=col]').length).to.equal(2);
    expect(table.querySelectorAll('tbody th[scope=row]').length).to.equal(20);
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Norge', '162']);
    expect(rows).to.deep.include(['Finnmark', '230']);
    expect(rows).to.deep.include(['Akershus univ.sh.', '142']);
  });

  for (const kommune of ['5401', '5501']) {
    it(`kommune="${kommune}" (Tromsø) highlights UNN-området`, async () => {
      const { el, events } = mount(`<hf-pasientrate kommune="${kommune}"></hf-pasientrate>`);
      await until(rendered(events), 'hf-render');
      expect(text(el, '[part=summary]')).to.equal('UNN-området: 149 per 10 000 innbyggere. Landet: 162.');
      const svgText = [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent);
      expect(svgText).to.include('149 ◀ valgt');
      // More than colour: the highlighted bar has an outline, the others none.
      const outlined = [...bars(el)].filter((p) => Number(p.getAttribute('stroke-width')) > 0);
      expect(outlined).to.have.length(1);
      el.view = 'table';
      await until(() => shadow(el).querySelector('tr.highlight'), 'highlighted row');
      expect(shadow(el).querySelector('tr.highlight th')!.textContent).to.contain('UNN-området');
    });
  }

  it('two charts of one shape each keep their own highlight and bold label, each described as a chart (the summary said once, in its paragraph)', async () => {
    const { root } = mount('<hf-pasientrate kommune="5401"></hf-pasientrate><hf-pasientrate kommune="4601"></hf-pasientrate>');
    const [tromso, bergen] = [...root.children] as HTMLElement[];
    await until(() => tromso!.shadowRoot?.querySelector('svg.marks') && bergen!.shadowRoot?.querySelector('svg.marks'), 'both charts');
    const look = (el: Element) => ({
      selected: [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent).filter((t) => t!.includes('◀')),
      bold: [...shadow(el).querySelectorAll('.chart .role-axis-label text')].filter((t) => t.getAttribute('font-weight') === 'bold').map((t) => t.textContent),
      label: shadow(el).querySelector('.chart [role=graphics-document]')?.getAttribute('aria-label'),
    });
    const described = 'Liggende stolpediagram med 19 stolper. Verdiaksen, per 10 000 innbyggere, starter på 0; stolpene går fra 122 til 230.';
    expect(look(tromso!)).to.deep.equal({ selected: ['149 ◀ valgt'], bold: ['UNN-området'], label: described });
    expect(look(bergen!).selected).to.deep.equal(['178 ◀ valgt']);
    expect(look(bergen!).bold).to.have.length(1);
    expect(look(bergen!).bold[0]).to.match(/^Helse Bergen/);
    expect(look(bergen!).label).to.equal(described);
  });

  it('drills down to the kommuner of the highlighted helsefellesskap and back, by keyboard', async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501" view="table"></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const drill = await tabTo(el, (b) => b.classList.contains('drill'));
    expect(drill.textContent).to.equal('Vis kommunene i UNN-området');
    await press('Enter');
    await until(() => text(el, 'caption').startsWith('Kommuner i UNN-området'), 'drill-down table');
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Norge', '162']);
    expect(rows[1]).to.deep.equal(['UNN-området', '149']);
    expect(rows.map((r) => r[0])).to.include('Tromsø');
    expect(shadow(el).querySelector('tr.highlight th')!.textContent).to.contain('Tromsø');
    expect(text(el, '[part=summary]')).to.match(/^UNN-området: 149 per 10 000 innbyggere\. \d+ rader: høyest/);
    // The same button now leads back, and keeps the focus.
    expect(focusedIn(el)?.textContent).to.equal('Tilbake til alle');
    await press(' ');
    await until(() => tableRows(el).length === 20, 'back to all');
  });

  it('downloads the table as CSV for Excel in Norway, and the chart as SVG with title and source', async () => {
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const downloads = await download(el, 'CSV', 'SVG');
    // Both load their code on the first click, so they may finish in either order.
    const csv = downloads.find((d) => d.name.endsWith('.csv'))!;
    const svgFile = downloads.find((d) => d.name.endsWith('.svg'))!;
    const bytes = new Uint8Array(await csv.bytes);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).to.equal('Navn;per 10 000 innbyggere');
    expect(lines[1]).to.equal('Norge;162');
    expect(lines).to.include('UNN-området;149');
    const svg = new TextDecoder().decode(await svgFile.bytes);
    expect(svg).to.contain('<svg');
    expect(svg).to.contain('Pasienter med alvorlige psykiske lidelser');
    expect(svg).to.contain('Kilde: Helsedirektoratet');
  });

  it('a download that fails says so inside the element and fires hf-error, and throws nothing into the page', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const create = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('blocked');
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Last ned som CSV"]')!.click();
      await until(() => events.error.length, 'hf-error');
    } finally {
      URL.createObjectURL = create;
    }
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(events.error[0]!.detail).to.include({ code: 'download', message: 'Klarte ikke å lage CSV-filen. Prøv igjen.' });
    expect(text(el, '[role=alert]')).to.equal('Klarte ikke å lage CSV-filen. Prøv igjen.');
    expect(rejections).to.deep.equal([]);
    // The chart and the numbers are untouched.
    expect(bars(el).length).to.equal(19);
  });

  it('finalizes its chart when removed, and a removed element fires nothing more', async () => {
    const { el, events, root } = mount<HfPasientrate>('<hf-pasientrate></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const chart = shadow(el).querySelector('.chart')!;
    expect(chart.querySelector('svg')).to.not.equal(null);
    root.remove();
    // Finalizing the view detaches what it drew.
    await until(() => !chart.querySelector('svg'), 'the view finalized');
    // A removed element loads nothing, even when an attribute that needs another file changes.
    el.kommune = '5501';
    el.src = `${FIXTURES}ssb-fylker.json`;
    await new Promise((r) => setTimeout(r, 300));
    expect(events.load).to.have.length(1);
    expect(events.render).to.have.length(1);
    expect(events.error).to.have.length(0);
  });

  it('removed while its file loads and put back, loads again and draws, with no error', async () => {
    const { el, events, root } = mount('<hf-pasientrate view="table"></hf-pasientrate>');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=loading]')).to.not.equal(null);
    root.remove();
    await new Promise((r) => setTimeout(r, 50));
    document.body.appendChild(root);
    await until(rendered(events), 'hf-render');
    expect(events.error.map((e) => e.detail)).to.deep.equal([]);
    expect(tableRows(el)).to.have.length(20);
  });

  it('sorts by value, keeping ties in file order', async () => {
    const { el, events } = mount('<hf-pasientrate view="table" sort="value"></hf-pasientrate>');
    await until(rendered(events), 'hf-render');
    const names = tableRows(el).slice(1).map((r) => r[0]);
    expect(names[0]).to.equal('Finnmark');
    expect(names[names.length - 1]).to.equal('Østfold');
    expect(names.indexOf('Akershus univ.sh.')).to.be.lessThan(names.indexOf('Nordland-området'));
  });

  it('takes lang="en" from an ancestor and switches every string', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    document.body.appendChild(wrap);
    const { el, events } = mount('<hf-pasientrate kommune="5501"></hf-pasientrate>', wrap);
    await until(rendered(events), 'hf-render');
    expect(text(el, '[part=summary]')).to.equal('UNN-området: 149 per 10 000 innbyggere. Norway: 162.');
    expect(text(el, '[part=source]')).to.match(/^Source: .*Updated 1 September 2022\.$/);
    const buttons = [...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons).to.include.members(['Chart', 'Table', 'Show the municipalities in UNN-området', 'Download as CSV']);
    expect(text(el, 'details summary')).to.equal('About the figures');
    const svgText = [...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent);
    expect(svgText).to.include('Norway: 162');
    // Changing the ancestor's language re-renders in that language.
    wrap.lang = 'nn';
    await until(() => text(el, 'details summary') === 'Om tala', 'nynorsk');
  });

  it('reads an SSB-shaped file of fylker and draws fylker, with a suppressed cell shown as ":" and not 0', async () => {
    const { el, events } = mount(`<hf-pasientrate view="table" src="${FIXTURES}ssb-fylker.json"></hf-pasientrate>`);
    await until(rendered(events), 'hf-render');
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Norge', '32']);
    expect(rows).to.have.length(12);
    expect(rows).to.deep.include(['Vestland', '37']);
    expect(rows).to.deep.include(['Troms og Finnmark', ':']);
    const cell = [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Troms og Finnmark'))!;
    expect(cell.querySelector('.visually-hidden')!.textContent).to.contain('personvern');
  });

  it('reads an FHI-shaped file (role null, status "", periods 2023_2023)', async () => {
    const { el, events } = mount(`<hf-pasientrate view="table" src="${FIXTURES}fhi-fylker.json"></hf-pasientrate>`);
    await until(rendered(events), 'hf-render');
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Norge', '17 436']);
    expect(rows).to.deep.include(['Vestland', '2 408']);
    expect(text(el, 'caption')).to.contain('2023');
  });
});

describe('<hf-pasientrate> on bad input', () => {
  afterEach(cleanup);

  const cases: Array<[string, string, string, RegExp]> = [
    ['a 404', 'finnes-ikke.json', 'not-found', /^Fant ikke datafilen \(404\)\./],
    ['a malformed file', 'malformed.json', 'not-json', /^Datafilen er ikke gyldig JSON\./],
    ['a JSON file that is not JSON-stat', 'not-jsonstat.json', 'not-jsonstat', /^Datafilen er ikke et JSON-stat-datasett\./],
  ];
  for (const [what, file, code, message] of cases) {
    it(`${what} gives a translated error and hf-error, and the next element still renders`, async () => {
      const root = document.createElement('div');
      root.innerHTML = `<hf-pasientrate src="${FIXTURES}${file}"></hf-pasientrate><hf-pasientrate kommune="5501"></hf-pasientrate>`;
      const errors: CustomEvent[] = [];
      const renders: Event[] = [];
      root.addEventListener('hf-error', (e) => errors.push(e as CustomEvent));
      root.addEventListener('hf-render', (e) => renders.push(e));
      document.body.appendChild(root);
      const [bad, good] = [...root.querySelectorAll('hf-pasientrate')] as HfPasientrate[];
      await until(() => errors.length && renders.length, 'error and render');
      const alert = shadow(bad!).querySelector('[role=alert]')!;
      expect(alert.textContent!.trim()).to.match(message);
      expect(errors).to.have.length(1);
      expect(errors[0]!.target).to.equal(bad);
      expect(errors[0]!.detail.code).to.equal(code);
      expect(errors[0]!.detail.message).to.match(message);
      expect(errors[0]!.detail.src).to.contain(file);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      expect(bars(good!).length).to.equal(19);
    });
  }

  it('a file that never answers gives a time-out error inside the element', async () => {
    const realFetch = window.fetch;
    // A server that never answers, but lets go when the request is aborted.
    window.fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    try {
      const { el, events } = mount(`<hf-pasientrate timeout="1000" src="${FIXTURES}slow.json"></hf-pasientrate>`);
      await until(() => events.error.length, 'hf-error', 5000);
      expect(events.error[0]!.detail.code).to.equal('timeout');
      expect(text(el, '[role=alert]')).to.contain('Datafilen svarte ikke innen 1 sekund.');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('two elements sharing a slow file each wait as long as their own timeout, and one spelling of the file is fetched once', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    // The file answers after 1.5 s.
    window.fetch = (url, init) => {
      asked.push(String(url));
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => resolve(realFetch(`${FIXTURES}ssb-fylker.json`)), 1500);
        init?.signal?.addEventListener('abort', () => (clearTimeout(t), reject(init.signal!.reason)));
      });
    };
    try {
      const quick = mount(`<hf-pasientrate timeout="300" view="table" src="${FIXTURES}slow.json?b=2&a=1"></hf-pasientrate>`);
      const patient = mount(`<hf-pasientrate timeout="30000" view="table" src="${FIXTURES}./slow.json?a=1&b=2"></hf-pasientrate>`);
      await until(() => quick.events.error.length, 'the quick one gives up', 5000);
      expect(text(quick.el, '[role=alert]')).to.contain('Datafilen svarte ikke innen 0,3 sekunder.');
      await until(() => patient.events.render.length || patient.events.error.length, 'the patient one draws', 5000);
      expect(patient.events.error).to.have.length(0);
      expect(asked).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a size bomb (10 000 × 10 000 cells in a 300-byte file) is refused with the figure, and the element beside it draws', async () => {
    const root = document.createElement('div');
    const errors: CustomEvent[] = [];
    root.addEventListener('hf-error', (e) => errors.push(e as CustomEvent));
    root.innerHTML = `<hf-pasientrate src="${FIXTURES}size-bomb.json"></hf-pasientrate><hf-pasientrate></hf-pasientrate>`;
    document.body.append(root);
    const [bomb, good] = [...root.querySelectorAll('hf-pasientrate')];
    await until(() => errors.length && bars(good!).length, 'the bomb refused and the neighbour drawn');
    expect(errors).to.have.length(1);
    expect(errors[0]!.target).to.equal(bomb);
    expect(errors[0]!.detail.message).to.equal('Datafilen bryter regelen: Filen har 100\u00a0000\u00a0000 celler; komponentene leser høyst 200\u00a0000.');
    expect(bars(good!).length).to.equal(19);
  });

  it('more areas than a chart can show: the table (its first 2 000 rows, the rest in the CSV), and a note that says why', async () => {
    const n = 2500;
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    el.data = {
      version: '2.0', class: 'dataset', label: 'Mange', id: ['g', 't'], size: [n, 1], role: { geo: ['g'], time: ['t'] },
      dimension: { g: { category: { index: Array.from({ length: n }, (_, i) => `a${i}`) } }, t: { category: { index: ['2020'] } } },
      value: Array.from({ length: n }, (_, i) => i),
    };
    await until(() => events.render.length, 'hf-render');
    expect(shadow(el).querySelector('.chart')).to.equal(null);
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(2000);
    expect(text(el, '.table-wrap .note')).to.equal('500 rader til er med i CSV-filen (Last ned: CSV).');
    expect(text(el, '[part=notes]')).to.contain('Filen har 2500 områder, for mange til et diagram som kan leses; tabellen viser tallene.');
  });

  it('a label of one endless word wraps inside the element, and a right-to-left override cannot turn the summary around', async () => {
    const { el, events } = mount('<hf-pasientrate></hf-pasientrate>');
    const word = 'x'.repeat(10000);
    el.data = {
      version: '2.0', class: 'dataset', label: word, id: ['g', 't'], size: [2, 1], role: { geo: ['g'], time: ['t'] },
      dimension: { g: { category: { index: ['0', '18'], label: { '0': 'Landet', '18': '\u202ENordland' } } }, t: { category: { index: ['2020'] } } },
      value: [162, 149],
    };
    await until(() => events.render.length, 'hf-render');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    // The override is gone: the sentence and its numbers read as written.
    expect(text(el, '[part=summary]')).to.equal('Nordland har høyest verdi: 149. Nordland har lavest: 149. Landet: 162.');
    // In the table too: a name of one endless word breaks, and the numbers stay in the element's width.
    el.data = { ...(el.data as object), dimension: { g: { category: { index: ['0', '18'], label: { '0': 'Landet', '18': word } } }, t: { category: { index: ['2020'] } } } };
    el.view = 'table';
    await until(() => shadow(el).querySelector('table'), 'the table');
    const width = el.getBoundingClientRect().width;
    const numbers = [...shadow(el).querySelectorAll('td.num')].map((td) => td.getBoundingClientRect().right - el.getBoundingClientRect().left);
    expect(numbers.length).to.equal(2);
    for (const right of numbers) expect(right).to.be.at.most(width);
  });

  it('a broken file mended on the server is fetched again by the next element that shows it', async () => {
    const realFetch = window.fetch;
    let mended = false;
    window.fetch = (_url, init) => realFetch(`${FIXTURES}${mended ? 'ssb-fylker.json' : 'not-jsonstat.json'}`, init);
    try {
      const first = mount(`<hf-pasientrate view="table" src="${FIXTURES}mended.json"></hf-pasientrate>`);
      await until(() => first.events.error.length, 'the broken file refused');
      cleanup();
      mended = true;
      const second = mount(`<hf-pasientrate view="table" src="${FIXTURES}mended.json"></hf-pasientrate>`);
      await until(() => second.events.render.length || second.events.error.length, 'the mended file');
      expect(second.events.error).to.have.length(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  describe('a large file is read in a worker, off the main thread, and shown the same', () => {
    const n = 60000; // about 450 KB: over the size read on the main thread
    const file = (value: unknown[]) =>
      JSON.stringify({
        version: '2.0', class: 'dataset', label: 'Stor', id: ['g', 't'], size: [n / 10, 10], role: { geo: ['g'], time: ['t'] },
        dimension: { g: { category: { index: Array.from({ length: n / 10 }, (_, i) => `område-${i}`) } }, t: { category: { index: Array.from({ length: 10 }, (_, i) => String(2010 + i)) } } },
        value, status: { '29': ':' },
      });
    const values = Array.from({ length: n }, (_, i) => (i === 29 ? null : i / 4));
    // With its length the body is moved to the worker as it streams in; without, the page reads the bytes and sends them.
    for (const [how, headers] of [['streamed', (body: string) => ({ 'Content-Length': String(new TextEncoder().encode(body).length) })], ['sent as bytes', () => ({})]] as const) {
      it(`${how}: drawn with its statuses, its JSON downloaded as it came, a refused one names its rule`, async () => {
        const realPost = Worker.prototype.postMessage;
        const realFetch = window.fetch;
        const click = HTMLAnchorElement.prototype.click;
        const sent: unknown[] = [];
        const downloads: string[] = [];
        Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer: Transferable[]) {
          sent.push(message);
          realPost.call(this, message, { transfer });
        } as Worker['postMessage'];
        const big = file(values);
        const broken = file(values.slice(1));
        window.fetch = async (url) => {
          const body = String(url).includes('broken') ? broken : big;
          return new Response(body, { headers: { 'Content-Type': 'application/json', ...headers(body) } });
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          downloads.push(this.href);
        };
        try {
          const { el, events } = mount(`<hf-pasientrate view="table" src="${FIXTURES}big-${how.length}.json"></hf-pasientrate>`);
          await until(() => events.render.length || events.error.length, 'the large file');
          expect(events.error).to.have.length(0);
          expect(sent).to.have.length(1);
          const rows = tableRows(el);
          expect(rows[0]).to.deep.equal(['område-0', '2,25']);
          expect(rows[2]).to.deep.equal(['område-2', ':']);
          shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Last ned som JSON"]')!.click();
          await until(() => downloads.length, 'the JSON download');
          expect(await (await fetch(downloads[0]!)).text()).to.equal(big);

          const refused = mount(`<hf-pasientrate src="${FIXTURES}broken-${how.length}.json"></hf-pasientrate>`);
          await until(() => refused.events.error.length, 'the refused file');
          expect(refused.events.error[0]!.detail.code).to.equal('invalid');
          expect(text(refused.el, '[role=alert]')).to.contain('value har 59 999 tall, men dimensjonene gir 60 000 celler');
          expect(sent).to.have.length(2);
        } finally {
          Worker.prototype.postMessage = realPost;
          window.fetch = realFetch;
          HTMLAnchorElement.prototype.click = click;
        }
      });
    }
  });

  it('says which rule a wrong-shaped file breaks, in English too', async () => {
    const { el, events } = mount('<hf-pasientrate lang="en"></hf-pasientrate>');
    el.data = { version: '2.0', class: 'dataset', id: ['g', 't'], size: [2, 1], role: { geo: ['g'], time: ['t'] },
      dimension: { g: { category: { index: ['0', '03'] } }, t: { category: { index: ['2020'] } } }, value: [1, 2, 3] };
    await until(() => events.error.length, 'hf-error');
    expect(events.error[0]!.detail.code).to.equal('invalid');
    expect(text(el, '[role=alert]')).to.contain('The data file breaks a rule: value has 3 numbers but the dimensions make 2 cells.');
    expect(text(el, '[role=alert]')).to.contain('$.value');
  });

  it('shows hostile text in labels as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { el, events } = mount('<hf-pasientrate view="table"></hf-pasientrate>');
    el.data = {
      version: '2.0', class: 'dataset', label: hostile, source: hostile, updated: '2024-01-01',
      id: ['g', 't', 'm'], size: [2, 1, 1], role: { geo: ['g'], time: ['t'], metric: ['m'] },
      dimension: {
        g: { category: { index: ['0', '03'], label: { 0: 'Norge', '03': hostile } } },
        t: { category: { index: ['2020'] } },
        m: { category: { index: ['r'], unit: { r: { label: hostile, decimals: 0 } } } },
      },
      value: [10, 20],
    };
    await until(rendered(events), 'hf-render');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(tableRows(el)).to.deep.include([hostile, '20']);
    el.view = 'chart';
    await until(() => events.render.some((e) => (e as CustomEvent).detail.view === 'chart'), 'chart render');
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect([...shadow(el).querySelectorAll('.chart svg text')].map((t) => t.textContent)).to.include(hostile);
  });

  it('changing src twice quickly ends with the last file drawn', async () => {
    const { el, events } = mount('<hf-pasientrate view="table"></hf-pasientrate>');
    el.src = `${FIXTURES}ssb-fylker.json`;
    await el.updateComplete;
    el.src = `${FIXTURES}fhi-fylker.json`;
    await el.updateComplete;
    el.src = `${FIXTURES}ssb-fylker.json?last`;
    await until(() => tableRows(el).some((r) => r[0] === 'Vestland'), 'last file');
    await new Promise((r) => setTimeout(r, 300));
    expect(tableRows(el)).to.deep.include(['Vestland', '37']);
    expect(events.error).to.have.length(0);
  });
});
