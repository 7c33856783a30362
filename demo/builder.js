// The embed builder (builder.html): find a kommune or area, pick an element and its options from
// what the element accepts (custom-elements.json) and what its file has (read with the elements'
// own reader), see it live, copy the code. Its state is in the page's address, so a link brings
// it back. No inline script or style: it runs under the strict CSP.
import { formatFilter, numbersOf, parseFilter, readCodeList, readJsonStat } from '../dist/data.js';

const TEXTS = {
  nb: {
    title: 'Lag en innbygging – hf-indikatorer',
    heading: 'Lag en innbygging',
    intro: 'Finn kommunen eller området ditt, velg hva som skal vises, og kopier koden inn på siden din.',
    language: 'Språk',
    area: 'Kommune eller område',
    areaHint: 'Navn eller nummer, for eksempel Bodø, 1804 eller Guovdageaidnu.',
    matches: (n) => (n === 0 ? 'Ingen treff.' : n === 1 ? 'Ett treff. Pil ned for å velge.' : `${n} treff. Pil ned for å velge.`),
    chosen: (label) => `Valgt: ${label}.`,
    noArea: 'Ingen kommune valgt: elementet viser hele landet.',
    notFor: (label, tag) => `${label} kan ikke vises av <${tag}>; velg en kommune, eller et annet element.`,
    element: 'Hva skal vises',
    options: 'Valg',
    byDefault: (v) => (v ? `Standard (${v})` : 'Standard'),
    src: 'Egen datafil (valgfritt)',
    srcHint: 'Adressen til en JSON-stat-fil. Uten den vises tallene som følger med.',
    code: 'Koden',
    codeHint: 'Lim inn begge delene der elementet skal stå. Skriptlinjen trengs bare én gang per side. Ligger siden på et annet nettsted enn skriptet, må serveren til skriptet sende Access-Control-Allow-Origin (som en CDN gjør).',
    notInFile: (label) => `Filen har ikke tall for ${label}: elementet viser det filen har, og sier det.`,
    copy: 'Kopier koden',
    copied: 'Koden er kopiert.',
    copyFailed: 'Kunne ikke kopiere. Merk koden og kopier den selv.',
    link: 'Lenke til disse valgene',
    preview: 'Forhåndsvisning',
    previewHint: 'Koden over, slik den blir på siden din.',
    fallback: 'Tallene som JSON',
    kinds: { kommune: 'kommune', fylke: 'fylke', helsefellesskap: 'helsefellesskap' },
    before2024: 'før 2024',
    until2024: 'til 2024',
    pageLanguage: 'Sidens språk',
    attributes: {
      lang: 'Språk i elementet', view: 'Visning', sort: 'Rekkefølge', measure: 'Mål', period: 'Periode', reference: 'Referanselinje',
      variant: 'Diagramtype', tjeneste: 'Tjenester', gruppe: 'Målgruppe', series: 'En linje per', index: 'Indeks med basisperiode',
      from: 'Fra periode', to: 'Til periode', target: 'Mål (et tall)', 'heading-level': 'Overskriftsnivå',
      'url-state': 'Leserens valg i adressen (et navn, for eksempel rate)',
    },
    values: {
      chart: 'Diagram', table: 'Tabell', file: 'Filens rekkefølge', value: 'Høyest først', name: 'Alfabetisk', trend: 'Utvikling', steps: 'Ledd for ledd',
      per10000: 'Per 10 000 innbyggere', arsverk: 'Årsverk', alle: 'Alle', voksne: 'Voksne', 'barn-og-unge': 'Barn og unge', nb: 'Bokmål', nn: 'Nynorsk', en: 'English',
    },
    elements: {
      'hf-pasientrate': 'Pasientrate per område, mot landet',
      'framskriving-chart': 'Framskriving til 2040',
      'arsverk-tabell': 'Årsverk per kommune, tabell og sammenlikning',
      'hf-utvikling': 'En indikator over tid',
    },
  },
};
TEXTS.nn = {
  ...TEXTS.nb,
  title: 'Lag ei innbygging – hf-indikatorer',
  heading: 'Lag ei innbygging',
  intro: 'Finn kommunen eller området ditt, vel kva som skal visast, og kopier koden inn på sida di.',
  areaHint: 'Namn eller nummer, til dømes Bodø, 1804 eller Guovdageaidnu.',
  matches: (n) => (n === 0 ? 'Ingen treff.' : n === 1 ? 'Eitt treff. Pil ned for å velje.' : `${n} treff. Pil ned for å velje.`),
  noArea: 'Inga kommune vald: elementet viser heile landet.',
  notFor: (label, tag) => `${label} kan ikkje visast av <${tag}>; vel ei kommune, eller eit anna element.`,
  chosen: (label) => `Vald: ${label}.`,
  element: 'Kva skal visast',
  options: 'Val',
  src: 'Eiga datafil (valfritt)',
  srcHint: 'Adressa til ei JSON-stat-fil. Utan henne blir tala som følgjer med viste.',
  codeHint: 'Lim inn begge delane der elementet skal stå. Skriptlinja trengst berre éin gong per side. Ligg sida på ein annan nettstad enn skriptet, må tenaren til skriptet sende Access-Control-Allow-Origin (slik ein CDN gjer).',
  notInFile: (label) => `Fila har ikkje tal for ${label}: elementet viser det fila har, og seier det.`,
  copied: 'Koden er kopiert.',
  copyFailed: 'Kunne ikkje kopiere. Merk koden og kopier han sjølv.',
  link: 'Lenkje til desse vala',
  preview: 'Førehandsvising',
  previewHint: 'Koden over, slik han blir på sida di.',
  fallback: 'Tala som JSON',
  pageLanguage: 'Språket på sida',
  attributes: {
    ...TEXTS.nb.attributes,
    view: 'Vising',
    sort: 'Rekkjefølgje',
    series: 'Ei linje per',
    from: 'Frå periode',
    target: 'Mål (eit tal)',
    'url-state': 'Vala til lesaren i adressa (eit namn, til dømes rate)',
  },
  values: { ...TEXTS.nb.values, file: 'Rekkjefølgja i fila', value: 'Høgast først', trend: 'Utvikling' },
  elements: {
    'hf-pasientrate': 'Pasientrate per område, mot landet',
    'framskriving-chart': 'Framskriving til 2040',
    'arsverk-tabell': 'Årsverk per kommune, tabell og samanlikning',
    'hf-utvikling': 'Ein indikator over tid',
  },
};
TEXTS.en = {
  ...TEXTS.nb,
  title: 'Make an embed – hf-indikatorer',
  heading: 'Make an embed',
  intro: 'Find your municipality or area, choose what to show, and copy the code into your page.',
  language: 'Language',
  area: 'Municipality or area',
  areaHint: 'A name or number, e.g. Bodø, 1804 or Guovdageaidnu.',
  matches: (n) => (n === 0 ? 'No match.' : n === 1 ? 'One match. Arrow down to choose.' : `${n} matches. Arrow down to choose.`),
  chosen: (label) => `Chosen: ${label}.`,
  noArea: 'No municipality chosen: the element shows all of Norway.',
  notFor: (label, tag) => `<${tag}> cannot show ${label}; choose a municipality, or another element.`,
  element: 'What to show',
  options: 'Options',
  byDefault: (v) => (v ? `Default (${v})` : 'Default'),
  src: 'Your own data file (optional)',
  srcHint: 'The address of a JSON-stat file. Without it, the bundled figures are shown.',
  code: 'The code',
  codeHint: 'Paste both parts where the element goes. The script line is needed once per page. If your page is on another site than the script, the script’s server must send Access-Control-Allow-Origin (as a CDN does).',
  notInFile: (label) => `The file has no figures for ${label}: the element shows what the file has, and says so.`,
  copy: 'Copy the code',
  copied: 'The code is copied.',
  copyFailed: 'Could not copy. Select the code and copy it yourself.',
  link: 'Link to these choices',
  preview: 'Preview',
  previewHint: 'The code above, as it will be on your page.',
  fallback: 'The figures as JSON',
  kinds: { kommune: 'municipality', fylke: 'county', helsefellesskap: 'health community' },
  before2024: 'before 2024',
  until2024: 'until 2024',
  pageLanguage: "The page's language",
  attributes: {
    lang: "The element's language", view: 'View', sort: 'Order', measure: 'Measure', period: 'Period', reference: 'Reference line',
    variant: 'Chart type', tjeneste: 'Services', gruppe: 'Target group', series: 'One line per', index: 'Index with base period',
    from: 'From period', to: 'To period', target: 'Target (a number)', 'heading-level': 'Heading level',
    'url-state': "The reader's choices in the address (a name, e.g. rate)",
  },
  values: {
    chart: 'Chart', table: 'Table', file: "The file's order", value: 'Highest first', name: 'Alphabetical', trend: 'Trend', steps: 'Step by step',
    per10000: 'Per 10,000 inhabitants', arsverk: 'Person-years', alle: 'All', voksne: 'Adults', 'barn-og-unge': 'Children and young people', nb: 'Bokmål', nn: 'Nynorsk', en: 'English',
  },
  elements: {
    'hf-pasientrate': 'Patient rate per area, against Norway',
    'framskriving-chart': 'Projection to 2040',
    'arsverk-tabell': 'Person-years per municipality, table and comparison',
    'hf-utvikling': 'An indicator over time',
  },
};

const TAGS = ['hf-pasientrate', 'framskriving-chart', 'arsverk-tabell', 'hf-utvikling'];
/** The attribute each element takes for an area of each kind. */
const AREA_ATTRIBUTE = {
  'hf-pasientrate': { kommune: 'kommune', helsefellesskap: 'helsefellesskap' },
  'framskriving-chart': { kommune: 'kommune' },
  'arsverk-tabell': { kommune: 'kommune', fylke: 'fylke' },
  'hf-utvikling': { kommune: 'kommune', fylke: 'geo' },
};
/** Attributes the builder sets itself, or that an editor needs no choice for. */
const NOT_OFFERED = new Set(['src', 'timeout', 'kommune', 'helsefellesskap', 'fylke', 'geo', 'region', 'hf', 'serie-src', 'filter']);
const LIBRARY = new URL('../dist/hf-indikatorer.js', import.meta.url).href;

const $ = (id) => document.getElementById(id);
const ui = ['nb', 'nn', 'en'].includes(new URLSearchParams(location.search).get('ui')) ? new URLSearchParams(location.search).get('ui') : 'nb';
const t = TEXTS[ui];

/** What the builder holds; all of it is in the page's address. */
const state = { tag: 'hf-pasientrate', area: undefined, options: {}, src: '' };
/** Choices read from the element's file, by attribute (its measures, periods, units, services, dimensions); filled once the preview has loaded it. */
let fromFile = {};
let fileLabel = '';
let fileSrc = '';
let manifest = [];
let areas = [];

/** A name as typed: lower case, no accents, the old "aa" for å (Bodø, bodo and BODO alike; Ålesund and Aalesund; Guovdageaidnu with or without á). */
const norm = (s) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/aa/g, 'a');
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// ---- the areas: every kommune by its 2024 name and number, its older ones and Sámi names; fylker; helsefellesskap

async function loadAreas() {
  const read = async (name) => readCodeList(await (await fetch(new URL(`../data-contracts/codelists/${name}.json`, import.meta.url))).json());
  const [now, before, hfs] = await Promise.all([read('fylker-2024'), read('fylker-2020'), read('helsefellesskap')]);
  const out = [];
  const covered = new Set();
  const parentIn = (list, id) => Object.keys(list.child).find((p) => list.child[p].includes(id));
  for (const [list, old] of [[now, false], [before, true]]) {
    for (const id of list.ids) {
      if (list.level[id] === 'kommune') {
        if (covered.has(id)) continue;
        const numbers = numbersOf(hfs, id).filter((n) => n !== id);
        const names = new Set([id, ...numbers].flatMap((n) => [now.labels[n], before.labels[n], hfs.labels[n]]).filter(Boolean));
        [id, ...numbers].forEach((n) => covered.add(n));
        const county = list.labels[parentIn(list, id)] ?? '';
        const older = numbers.filter((n) => !now.ids.includes(n));
        const label = `${list.labels[id]} (${id}${older.length ? `, ${t.before2024}: ${older.join(', ')}` : ''})${county ? `, ${county}` : ''}`;
        out.push({ kind: 'kommune', id, name: list.labels[id], now: norm(list.labels[id]), label, keys: [...names].map(norm), numbers: [id, ...numbers] });
      } else if (list.level[id] === 'fylke' && !(old && now.ids.includes(id) && now.labels[id] === list.labels[id])) {
        const label = `${list.labels[id]} (${t.kinds.fylke} ${id}${old && !now.ids.includes(id) ? `, ${t.until2024}` : ''})`;
        out.push({ kind: 'fylke', id, name: list.labels[id], now: norm(list.labels[id]), label, keys: [norm(list.labels[id])], numbers: [id] });
      }
    }
  }
  for (const id of hfs.ids.filter((i) => hfs.level[i] === 'helsefellesskap')) {
    out.push({ kind: 'helsefellesskap', id, name: hfs.labels[id], now: norm(hfs.labels[id]), label: `${hfs.labels[id]} (${t.kinds.helsefellesskap})`, keys: [norm(hfs.labels[id])], numbers: [] });
  }
  return out;
}

/**
 * The areas a query finds, best first: the area's name today as typed, then an older or other name
 * as typed (old Ålesund 1507 is part of Haram today too: Ålesund itself comes first), then names
 * that begin so, then any part; numbers by their start.
 */
function search(query) {
  const q = norm(query.trim());
  if (!q) return [];
  const rank = (a) => {
    if (/^\d+$/.test(q)) return a.numbers[0] === q ? 0 : a.numbers.includes(q) ? 1 : a.numbers.some((n) => n.startsWith(q)) ? 2 : 9;
    if (a.now === q) return 0;
    if (a.keys.includes(q)) return 1;
    if (a.now.startsWith(q)) return 2;
    if (a.keys.some((k) => k.startsWith(q))) return 3;
    if (a.keys.some((k) => k.split(/[\s-]+/).some((w) => w.startsWith(q)))) return 4;
    return a.keys.some((k) => k.includes(q)) ? 5 : 9;
  };
  const order = { kommune: 0, fylke: 1, helsefellesskap: 2 };
  return areas
    .map((a) => [rank(a), a])
    .filter(([r]) => r < 9)
    .sort(([r1, a], [r2, b]) => r1 - r2 || order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'nb'))
    .slice(0, 8)
    .map(([, a]) => a);
}

// ---- the area combobox (ARIA 1.2: input with a listbox, the active option by aria-activedescendant)

function setupCombobox() {
  const input = $('area');
  const list = $('area-options');
  let found = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => {
      li.setAttribute('aria-selected', String(k === i));
      li.classList.toggle('active', k === i);
    });
    if (i >= 0) input.setAttribute('aria-activedescendant', `area-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (area) => {
    state.area = area;
    input.value = area.name;
    close();
    $('area-status').textContent = t.chosen(area.label);
    update();
  };
  input.addEventListener('input', () => {
    found = search(input.value);
    list.replaceChildren(
      ...found.map((a, i) => {
        const li = document.createElement('li');
        li.id = `area-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = a.label;
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keeps the focus in the input
        li.addEventListener('click', () => choose(a));
        return li;
      }),
    );
    list.hidden = !found.length;
    input.setAttribute('aria-expanded', String(!!found.length));
    highlight(-1);
    $('area-status').textContent = input.value.trim() ? t.matches(found.length) : '';
    if (!input.value.trim() && state.area) {
      state.area = undefined;
      update();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!found.length) return;
      e.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(e.key === 'ArrowDown' ? (active + 1) % found.length : (active - 1 + found.length) % found.length);
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never submits the form
      if (!list.hidden && (found[active] ?? (found.length === 1 ? found[0] : undefined))) choose(found[active] ?? found[0]);
    } else if (e.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', close);
}

// ---- the element and its options

function elementsControl() {
  $('elements').replaceChildren(
    ...TAGS.map((tag) => {
      const label = document.createElement('label');
      label.className = 'choice';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'element';
      radio.value = tag;
      radio.checked = state.tag === tag;
      radio.addEventListener('change', () => {
        state.tag = tag;
        state.options = {};
        fromFile = {};
        update();
      });
      const name = document.createElement('code');
      name.textContent = `<${tag}>`;
      label.append(radio, ' ', t.elements[tag], ' ', name);
      return label;
    }),
  );
}

/** The attributes of the chosen element an editor chooses, from custom-elements.json: literal unions as they are. */
function attributesOf(tag) {
  const declared = manifest.find((d) => d.tagName === tag)?.attributes ?? [];
  const offered = declared.filter((a) => !NOT_OFFERED.has(a.name)).map((a) => {
    const literals = [...(a.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
    return { name: a.name, literals, byDefault: (a.default ?? '').replace(/'/g, ''), description: a.description ?? '' };
  });
  return [{ name: 'lang', literals: ['nb', 'nn', 'en'], byDefault: '', description: '' }, ...offered];
}

/** The options' controls, made again only when the element or its file's choices change; a control that had the focus keeps it. */
let controlsFor = '';
function optionsControl() {
  const key = JSON.stringify([state.tag, fromFile]);
  if (key === controlsFor) return;
  controlsFor = key;
  const box = $('options');
  const focused = box.contains(document.activeElement) ? document.activeElement.id : undefined;
  box.replaceChildren();
  for (const a of attributesOf(state.tag)) {
    const id = `opt-${a.name}`;
    const wrap = document.createElement('div');
    wrap.className = 'option';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = t.attributes[a.name] ?? a.description ?? a.name;
    const choices = a.literals.length ? a.literals.map((v) => [v, t.values[v] ?? v]) : (fromFile[a.name] ?? []);
    let control;
    if (choices.length) {
      control = document.createElement('select');
      const first = new Option(a.name === 'lang' ? t.pageLanguage : t.byDefault(t.values[a.byDefault] ?? a.byDefault), '');
      control.append(first, ...choices.map(([v, text]) => new Option(text === v ? v : `${text} (${v})`, v)));
    } else {
      control = document.createElement('input');
      control.type = 'text';
    }
    control.id = id;
    control.value = state.options[a.name] ?? '';
    // A value from the address that the file does not have stays, so the element can say so.
    if (control.value !== (state.options[a.name] ?? '')) control.append(new Option(state.options[a.name], state.options[a.name], true, true));
    control.addEventListener('change', () => {
      if (control.value) state.options[a.name] = control.value;
      else delete state.options[a.name];
      update();
    });
    wrap.append(label, control);
    box.append(wrap);
  }
  // The slice: one select per further dimension of the file (age, sex …), written as `filter`.
  const takesFilter = (manifest.find((d) => d.tagName === state.tag)?.attributes ?? []).some((a) => a.name === 'filter');
  for (const dim of takesFilter ? fromFile.slice ?? [] : []) {
    const id = `opt-filter-${dim.id}`;
    const wrap = document.createElement('div');
    wrap.className = 'option';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = dim.label;
    const control = document.createElement('select');
    control.id = id;
    control.append(new Option(t.byDefault(''), ''), ...dim.categories.map(([v, text]) => new Option(text, v)));
    const chosen = new Map(parseFilter(state.options.filter));
    control.value = chosen.get(dim.id) ?? '';
    control.addEventListener('change', () => {
      const now = new Map(parseFilter(state.options.filter));
      if (control.value) now.set(dim.id, control.value);
      else now.delete(dim.id);
      const filter = formatFilter([...now].map(([dimension, category]) => ({ dimension, category })));
      if (filter) state.options.filter = filter;
      else delete state.options.filter;
      update();
    });
    wrap.append(label, control);
    box.append(wrap);
  }
  if (focused) $(focused)?.focus();
}

// ---- the code, the address and the preview

function areaAttribute() {
  if (!state.area) return undefined;
  const name = AREA_ATTRIBUTE[state.tag][state.area.kind];
  return name ? [name, state.area.id] : undefined;
}

/** The element's tag with its attributes, and inside it what shows where the script never runs. */
function tagMarkup() {
  const attrs = [];
  const area = areaAttribute();
  if (area) attrs.push(area);
  for (const a of attributesOf(state.tag)) if (state.options[a.name]) attrs.push([a.name, state.options[a.name]]);
  if (state.options.filter) attrs.push(['filter', state.options.filter]);
  if (state.src) attrs.push(['src', state.src]);
  const open = `<${state.tag}${attrs.map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}>`;
  // In the element's language where it is chosen; the page's (the builder's) otherwise.
  const fallback = fileLabel ? `\n  <p>${escape(fileLabel)}: <a href="${escape(fileSrc)}">${escape(TEXTS[state.options.lang ?? ui].fallback)}</a>.</p>\n` : '';
  return `${open}${fallback}</${state.tag}>`;
}

function snippet() {
  return `<script type="module" src="${LIBRARY}"></script>\n${tagMarkup()}`;
}

function address() {
  const params = new URLSearchParams();
  if (ui !== 'nb') params.set('ui', ui);
  params.set('element', state.tag);
  if (state.area) params.set(state.area.kind, state.area.id);
  for (const [k, v] of Object.entries(state.options)) params.set(k, v);
  if (state.src) params.set('src', state.src);
  return `${location.pathname}?${params}`;
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  if (TAGS.includes(params.get('element'))) state.tag = params.get('element');
  for (const kind of ['kommune', 'fylke', 'helsefellesskap']) {
    const id = params.get(kind);
    const area = id && areas.find((a) => a.kind === kind && (a.id === id || a.numbers.includes(id)));
    if (area) state.area = area;
  }
  for (const name of [...attributesOf(state.tag).map((a) => a.name), 'filter']) if (params.get(name)) state.options[name] = params.get(name);
  state.src = params.get('src') ?? '';
}

let shown = '';
function update() {
  const tags = [...document.querySelectorAll('input[name=element]')];
  tags.forEach((r) => (r.checked = r.value === state.tag));
  optionsControl();
  // <hf-pasientrate> and <framskriving-chart> show a kommune's area; the others the kommune itself, if their file has it.
  const missing = state.area && fromFile.geo && AREA_ATTRIBUTE[state.tag][state.area.kind] && ['arsverk-tabell', 'hf-utvikling'].includes(state.tag) && !state.area.numbers.some((n) => fromFile.geo.includes(n));
  $('area-chosen').textContent = !state.area ? t.noArea : !areaAttribute() ? t.notFor(state.area.label, state.tag) : missing ? `${t.chosen(state.area.label)} ${t.notInFile(state.area.name)}` : t.chosen(state.area.label);
  $('snippet').textContent = snippet();
  const link = address();
  history.replaceState(null, '', link);
  $('link').href = link;
  // The preview runs the very code shown (the script line is on this page already).
  const markup = tagMarkup();
  if (markup !== shown) {
    shown = markup;
    $('preview').innerHTML = markup;
  }
}

/** Reads the file the preview loaded, for the choices it offers (only the element's own reader runs on it). */
async function readChoices(src) {
  if (src === fileSrc) return;
  fileSrc = src;
  try {
    const cube = readJsonStat(await (await fetch(src)).json());
    const categories = (d) => d.categories.map((c) => [c.id, c.label]);
    const further = cube.dimensions.filter((d) => !d.role && d.categories.length > 1);
    fromFile = {
      measure: categories(cube.metric),
      period: categories(cube.time),
      from: categories(cube.time),
      to: categories(cube.time),
      index: categories(cube.time),
      reference: categories(cube.geo),
      tjeneste: cube.byId.tjeneste ? categories(cube.byId.tjeneste) : [],
      series: further.map((d) => [d.id, d.label]),
      slice: further.filter((d) => d.id !== 'tjeneste').map((d) => ({ id: d.id, label: d.label, categories: categories(d) })),
      geo: cube.geo.categories.map((c) => c.id),
    };
    // A projection's components are steps of its measures, not measures of their own.
    const components = new Set((cube.hi.projection?.steps ?? []).flatMap((step) => (step.components ?? []).map((c) => c.metric)));
    fromFile.measure = fromFile.measure.filter(([id]) => !components.has(id));
    fileLabel = cube.label;
  } catch {
    fromFile = {};
    fileLabel = '';
  }
  update();
}

function translate() {
  document.documentElement.lang = ui;
  document.title = t.title;
  for (const [id, key] of Object.entries({
    heading: 'heading', intro: 'intro', 'area-label': 'area', 'area-hint': 'areaHint', 'element-label': 'element', 'options-label': 'options',
    'src-label': 'src', 'src-hint': 'srcHint', 'code-heading': 'code', 'code-hint': 'codeHint', copy: 'copy', link: 'link',
    'preview-heading': 'preview', 'preview-hint': 'previewHint', 'ui-label': 'language',
  })) $(id).textContent = t[key];
  for (const a of document.querySelectorAll('[data-ui]')) {
    if (a.dataset.ui === ui) a.setAttribute('aria-current', 'page');
    a.href = `?ui=${a.dataset.ui}`;
  }
}

async function copy() {
  const text = snippet();
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = t.copied;
  } catch {
    // No clipboard (a page without https): the code is selected for the editor to copy.
    getSelection().selectAllChildren($('snippet'));
    $('copied').textContent = t.copyFailed;
  }
}

translate();
[manifest, areas] = await Promise.all([
  fetch(new URL('../custom-elements.json', import.meta.url))
    .then((r) => r.json())
    .then((m) => m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName)),
  loadAreas(),
]);
readAddress();
if (state.area) $('area').value = state.area.name;
$('src').value = state.src;
$('src').addEventListener('change', () => {
  state.src = $('src').value.trim();
  update();
});
$('copy').addEventListener('click', copy);
$('preview').addEventListener('hf-load', (e) => readChoices(e.detail.src));
setupCombobox();
elementsControl();
update();
document.body.dataset.ready = 'true';
