// Writes the benchmark pages into bench/pages/ (generated, not committed). Every page carries
// the same small inline script that records the marks in window.__bench (see marksScript).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAGS } from '../scripts/elements.mjs';

/** Every element of ours on a page: the registry's tags. */
const OURS = TAGS.join(',');

/** The charts of each page, as element kind and attributes; ours and baseline draw the same list. */
const RATE_KOMMUNER = ['5401', '3005', '4601', '1103', '5001', '1804', '3024', '3401'];
const ARSVERK_KOMMUNER = ['5401', '4601', '1103', '5001', '1804', '3005'];
const PROJECTIONS = [
  { variant: 'trend', region: 'helse-nord' },
  { variant: 'steps', region: 'helse-vest' },
  { variant: 'trend', region: 'helse-sor-ost' },
  { variant: 'steps', region: 'helse-midt-norge' },
  { variant: 'trend', region: 'helse-vest' },
  { variant: 'steps', region: 'helse-nord' },
];

const rate = (kommune) => ({ kind: 'rate', tag: 'hf-pasientrate', attrs: { kommune } });
const projection = ({ variant, region }) => ({ kind: 'projection', tag: 'framskriving-chart', attrs: { region, ...(variant === 'steps' ? { variant } : {}) } });
const arsverk = (kommune) => ({ kind: 'arsverk', tag: 'arsverk-tabell', attrs: { kommune, view: 'chart' } });

/** 20 of mixed kinds, interleaved so every kind appears near the top and the bottom. */
function twenty() {
  const lists = [RATE_KOMMUNER.map(rate), PROJECTIONS.map(projection), ARSVERK_KOMMUNER.map(arsverk)];
  const out = [];
  for (let i = 0; out.length < 20; i++) for (const l of lists) if (l[i]) out.push(l[i]);
  return out;
}

export const SETS = {
  1: [rate('5401')],
  3: [rate('5401'), projection(PROJECTIONS[0]), arsverk('5401')],
  20: twenty(),
};

const attrs = (a) => Object.entries(a).map(([k, v]) => ` ${k}="${v}"`).join('');
const dataAttrs = (a) => Object.entries(a).map(([k, v]) => ` data-${k}="${v}"`).join('');

/**
 * The marks. `firstNumber`: first animation frame in which a number is in the DOM (ours: a
 * non-empty [part=summary] in a shadow root; baseline: a chart's SVG with text).
 * `visibleDrawn`: every chart that starts inside the first screenful is drawn (both sides alike).
 * `allDrawn`: the page is done until the reader scrolls. Ours: every element shows its numbers
 * and every chart the library draws without scrolling (those within half a screen of the
 * viewport, DRAW_MARGIN in src/chart/scheduler.ts) is drawn; charts further down are drawn when
 * scrolled near. Baseline: every vegaEmbed promise has resolved (set by bench/baseline.js).
 */
function marksScript(kind, expected) {
  const check =
    kind === 'ours'
      ? `for (const el of document.querySelectorAll(OURS)) {
          const s = el.shadowRoot && el.shadowRoot.querySelector('[part=summary]');
          if (s && s.textContent.trim()) return true;
        }
        return false;`
      : `for (const t of document.querySelectorAll('.bl-chart svg text')) if (t.textContent.trim()) return true;
        return false;`;
  return `<script>
(function () {
  var OURS = '${OURS}';
  var b = (window.__bench = { kind: '${kind}', expected: ${expected}, firstNumber: null, visibleDrawn: null, allDrawn: null, renders: 0, renderTimes: [], errors: [] });
  function visible() { ${check} }
  (function poll() {
    if (visible()) b.firstNumber = performance.now();
    else requestAnimationFrame(poll);
  })();
  function within(el, margin) { var r = el.getBoundingClientRect(); return r.top < innerHeight * (1 + margin) && r.bottom > -innerHeight * margin; }
  function drawnIn(el) { var root = el.shadowRoot || el; return !!root.querySelector('svg.marks, table'); }
  function numbersIn(el) { var s = el.shadowRoot && el.shadowRoot.querySelector('[part=summary]'); return !!(s && s.textContent.trim()); }
  (function pollDrawn() {
    var els = [].slice.call(document.querySelectorAll('${kind === 'ours' ? OURS : '.bl-chart'}'));
    var t = performance.now();
    if (b.visibleDrawn === null) {
      var shown = els.filter(function (el) { return within(el, 0); });
      if (shown.length && shown.every(drawnIn)) b.visibleDrawn = t;
    }
    ${
      kind === 'ours'
        ? `if (b.allDrawn === null && els.length === b.expected && els.every(numbersIn) && els.filter(function (el) { return within(el, 0.5); }).every(drawnIn)) b.allDrawn = t;`
        : ''
    }
    if (b.expected && (b.visibleDrawn === null || b.allDrawn === null)) requestAnimationFrame(pollDrawn);
  })();
  ${
    kind === 'ours'
      ? `// A WeakSet, so the marks never keep a removed element alive (the heap figures).
  var seen = new WeakSet();
  var drawn = 0;
  document.addEventListener('hf-render', function (e) {
    var t = performance.now();
    b.renders++;
    b.renderTimes.push(t);
    if (!seen.has(e.target)) {
      seen.add(e.target);
      if (++drawn === b.expected) b.everyChart = t;
    }
  });
  document.addEventListener('hf-error', function (e) { b.errors.push(String(e.detail && e.detail.message)); });`
      : ''
  }
  window.addEventListener('error', function (e) { b.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { b.errors.push(String(e.reason)); });
})();
</script>`;
}

function page(title, head, body) {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>body { font-family: system-ui, sans-serif; max-width: 900px; margin: 1rem auto; padding: 0 1rem; } .item { margin-block: 2rem; } .bl-chart { width: 100%; }</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function oursPage(n, charts) {
  return page(
    `ours-${n}`,
    `${marksScript('ours', charts.length)}\n<script type="module" src="/dist/hf-indikatorer.js"></script>`,
    charts.map((c) => `<div class="item"><${c.tag}${attrs(c.attrs)}></${c.tag}></div>`).join('\n'),
  );
}

const UMD = ['/node_modules/vega/build/vega.min.js', '/node_modules/vega-lite/build/vega-lite.min.js', '/node_modules/vega-embed/build/vega-embed.min.js'];

function baselinePage(n, charts) {
  return page(
    `baseline-${n}`,
    `${marksScript('baseline', charts.length)}\n${UMD.map((s) => `<script src="${s}"></script>`).join('\n')}`,
    `${charts.map((c) => `<div class="item"><div class="bl-chart" data-kind="${c.kind}"${dataAttrs(c.attrs)}></div></div>`).join('\n')}
<script src="/bench/baseline.js"></script>`,
  );
}

/** Writes all pages; returns their names → paths below the server root. */
export function writePages(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = {
    empty: page('empty', marksScript('ours', 0), '<p>Empty page: the heap reference.</p>'),
    'arsverk-372': page('arsverk-372', `${marksScript('ours', 1)}\n<script type="module" src="/dist/hf-indikatorer.js"></script>`, '<arsverk-tabell></arsverk-tabell>'),
  };
  for (const [n, charts] of Object.entries(SETS)) {
    files[`ours-${n}`] = oursPage(n, charts);
    files[`baseline-${n}`] = baselinePage(n, charts);
  }
  const out = {};
  for (const [name, html] of Object.entries(files)) {
    writeFileSync(join(dir, `${name}.html`), html);
    out[name] = `/bench/pages/${name}.html`;
  }
  return out;
}
