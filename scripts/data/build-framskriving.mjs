#!/usr/bin/env node
// Builds the JSON-stat datasets for the 2022 revision of the national projection model
// for psykisk helsevern (PHV) and TSB (base year 2021, projection year 2040).
//
//   node scripts/data/build-framskriving.mjs <path/to/seed001-data.json> [outDir]
//
// Input: the record file that lists every number printed in the report (one record per
// number, with the table, row, column and seed line in `source`). Output (default
// data-contracts/datasets/ of this repo):
//   framskriving-dogn-poliklinikk.json  liggedøgn and konsultasjoner 2021 → 2040 (§ 8, Vedlegg 12)
//   framskriving-arsverk.json           fagårsverk 2021 / 2025 / 2040 (kap. 9)
//   framskriving-observert.json         observed series 2018–2021 (Tabell 1, 2, 23)
//
// Numbers are copied as printed. Where a printed total is not the sum of its printed parts
// (beyond rounding, |diff| > 0.5), the number is kept and a cellNotes entry is written.
// The output is deterministic: no clocks, no machine paths; key order is fixed.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The report has no printed date; 20 October 2022 is the delivery date its assignment letter sets.
const UPDATED = '2022-10-20';
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

const inputPath = process.argv[2];
if (!inputPath) {
  console.error('usage: node scripts/data/build-framskriving.mjs <seed001-data.json> [outDir]');
  process.exit(2);
}
const outDir = process.argv[3] ? resolve(process.argv[3]) : join(repo, 'data-contracts', 'datasets');
const records = JSON.parse(readFileSync(inputPath, 'utf8'));
const codelist = JSON.parse(
  readFileSync(join(repo, 'data-contracts', 'codelists', 'helseregioner.json'), 'utf8'),
);

// ---------------------------------------------------------------------------------------
// Publication. The extracted text has no title page; the title below is the report's own
// description of itself (mandate and model name), not an invented book title.
const PUBLICATION_TITLE =
  'Revidert framskrivningsmodell for psykisk helsevern og tverrfaglig spesialisert rusbehandling (TSB), ' +
  'utgangsår 2021 – rapport fra nasjonalt utredningsoppdrag (revidert oppdragsdokument 23.06.2022)';
const PUBLISHER = 'Helse Sør-Øst RHF (leder av oppdraget), med Helse Vest, Helse Midt-Norge og Helse Nord';
const SOURCE = `«${PUBLICATION_TITLE}». ${PUBLISHER}, 2022.`;
const publication = (tables) => ({
  title: PUBLICATION_TITLE,
  publisher: PUBLISHER,
  year: 2022,
  tables,
  note: 'Tittelsiden mangler i teksten vi har; tittelen er rapportens egen beskrivelse av oppdraget og modellen.',
});

const STATUS_CODES = {
  '.': { label: 'Ikke relevant (finnes ikke for denne enheten/tjenesten, eller rapporten trykker «-»)', kind: 'not-applicable' },
  '..': { label: 'Tall mangler (ikke trykt i rapporten)', kind: 'missing' },
};

// ---------------------------------------------------------------------------------------
// Helpers

const nb = (n) => {
  const s = Math.abs(n).toFixed(Number.isInteger(n) ? 0 : 1).replace('.', ',');
  const [int, dec] = s.split(',');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (n < 0 ? '-' : '') + grouped + (dec ? ',' + dec : '');
};

// Region name → id, via the code list's aliases (plus the national rows).
const aliasToId = new Map();
for (const [id, names] of Object.entries(codelist.extension.hi.aliases)) {
  for (const n of names) aliasToId.set(n, id);
}
for (const n of ['Norge', 'Totalsum', 'Totalt']) aliasToId.set(n, '0');
const regionId = (name) => {
  const id = aliasToId.get(name);
  if (!id) throw new Error(`unknown region name: ${name}`);
  return id;
};
const regionLabel = (id) => (id === '0' ? 'Norge' : codelist.category.label[id]);

const SERVICE = { phbu: 'bup', tsb: 'tsb', vop: 'vop', 'vop-dps': 'vop-dps', 'vop-sykehus': 'vop-sykehus',
  avtalespesialister: 'avtalespesialister', alle: 'alle', fact: 'fact', innleie: 'innleie', 'phv-tsb': 'alle' };

const rowOf = (r) => (r.source.match(/row '([^']*)'/) || [])[1];

/** A dense JSON-stat cube under construction. */
class Cube {
  constructor(dims) {
    this.dims = dims; // [{ id, index: [...] }]
    this.cells = new Map();
    this.origin = new Map();
  }
  key(c) {
    return this.dims.map((d) => {
      const v = c[d.id];
      if (!d.index.includes(v)) throw new Error(`${d.id}: unknown category ${v}`);
      return v;
    }).join('|');
  }
  set(c, value, origin) {
    const k = this.key(c);
    if (this.cells.has(k) && this.cells.get(k) !== value) {
      throw new Error(`conflict at ${k}: ${this.cells.get(k)} (${this.origin.get(k)}) vs ${value} (${origin})`);
    }
    this.cells.set(k, value);
    this.origin.set(k, origin);
  }
  get(c) {
    const k = this.key(c);
    return this.cells.has(k) ? this.cells.get(k) : undefined;
  }
  has(c) {
    return this.cells.has(this.key(c));
  }
  *coords() {
    const rec = function* (dims, i, acc) {
      if (i === dims.length) { yield { ...acc }; return; }
      for (const v of dims[i].index) { acc[dims[i].id] = v; yield* rec(dims, i + 1, acc); }
    };
    yield* rec(this.dims, 0, {});
  }
  /** value[] and status{} in row-major order; statusOf(coord) decides the code of empty cells. */
  serialise(statusOf) {
    const value = [];
    const status = {};
    let i = 0;
    for (const c of this.coords()) {
      const v = this.get(c);
      if (v === undefined || v === null) {
        value.push(null);
        status[String(i)] = statusOf(c, v === null);
      } else value.push(v);
      i++;
    }
    return { value, status };
  }
}

/**
 * Checks parent = Σ children along one dimension for every cell of the cube.
 * Children with status "." count as absent; a child that is "not printed" but has children
 * of its own is replaced by them; otherwise the check is skipped. Returns cellNotes.
 */
function sumChecks(cube, dimId, child, statusOf, labelOf) {
  const notes = [];
  for (const c of cube.coords()) {
    const parent = cube.get(c);
    const kids = child[c[dimId]];
    if (typeof parent !== 'number' || !kids) continue;
    const parts = [];
    let ok = true;
    const collect = (ids) => {
      for (const id of ids) {
        const cc = { ...c, [dimId]: id };
        const v = cube.get(cc);
        if (typeof v === 'number') parts.push([id, v]);
        else if (statusOf(cc, v === null) === '.') continue;
        else if (child[id]) collect(child[id]);
        else ok = false;
      }
    };
    collect(kids);
    if (!ok || parts.length === 0) continue;
    const sum = Math.round(parts.reduce((a, [, v]) => a + v, 0) * 10) / 10;
    if (Math.abs(sum - parent) > 0.5) {
      notes.push({
        cell: { ...c },
        note: `Summen av delene (${parts.map(([id]) => labelOf(id)).join(', ')}) er ${nb(sum)}; rapporten trykker ${nb(parent)}.`,
      });
    }
  }
  return notes;
}

function unit(label, decimals = 0) {
  return { decimals, label };
}

function writeDataset(name, ds) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, name), JSON.stringify(ds, null, 2) + '\n');
  const n = ds.value.length;
  const filled = ds.value.filter((v) => v !== null).length;
  console.log(`${name}: ${n} cells, ${filled} with values, ${ds.extension.hi.cellNotes.length} cellNotes`);
}

// =======================================================================================
// 1. framskriving-dogn-poliklinikk.json – § 8.1, § 8.2 and Vedlegg 12.1 / 12.2

{
  const rhfs = ['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord'];
  const clChild = codelist.category.child;
  const regionIndex = ['0'];
  for (const r of rhfs) regionIndex.push(r, ...clChild[r]);
  regionIndex.push('private', ...clChild.private);
  const regionChild = { 0: [...rhfs, 'private'] };
  for (const r of [...rhfs, 'private']) regionChild[r] = clChild[r];

  const tjenester = ['alle', 'bup', 'vop', 'vop-dps', 'vop-sykehus', 'tsb', 'avtalespesialister'];
  const tjenesteLabel = {
    alle: 'Alle tjenesteområder (Totalsum)',
    bup: 'BUP (psykisk helsevern for barn og unge)',
    vop: 'VOP (psykisk helsevern for voksne)',
    'vop-dps': 'VOP DPS (døgn)',
    'vop-sykehus': 'VOP sykehus (døgn)',
    tsb: 'TSB (tverrfaglig spesialisert rusbehandling)',
    avtalespesialister: 'Avtalespesialister',
  };
  const tjenesteChild = { alle: ['bup', 'vop', 'tsb', 'avtalespesialister'], vop: ['vop-dps', 'vop-sykehus'] };
  const maal = [
    'liggedogn', 'liggedogn-demografi', 'liggedogn-kvalitet', 'liggedogn-omstilling',
    'konsultasjoner', 'konsultasjoner-behandlingsgap', 'konsultasjoner-demografi', 'konsultasjoner-digitale',
  ];
  const maalLabel = {
    liggedogn: 'Liggedøgn (2021: faktisk; 2040: etter kvalitet og omstilling)',
    'liggedogn-demografi': 'Liggedøgn, Demografi 2040 (framskrevet med befolkningsendring alene)',
    'liggedogn-kvalitet': 'Økning i liggedøgn grunnet kvalitet',
    'liggedogn-omstilling': 'Omstilling til FACT og poliklinikk (liggedøgn)',
    konsultasjoner: 'Polikliniske konsultasjoner (2021: antall; 2040: aktivitet inkludert kvalitet/generell vekst)',
    'konsultasjoner-behandlingsgap': 'Konsultasjoner, justert behandlingsgap (2021-nivå justert for redusert tilbud)',
    'konsultasjoner-demografi': 'Konsultasjoner, Demografi 2040 (framskrevet med befolkningsendring alene)',
    'konsultasjoner-digitale': 'Herav digitale tjenester (konsultasjoner 2040)',
  };
  const tid = ['2021', '2040'];
  const cube = new Cube([
    { id: 'region', index: regionIndex },
    { id: 'tjeneste', index: tjenester },
    { id: 'tid', index: tid },
    { id: 'maal', index: maal },
  ]);

  const colMap = {
    'Liggedøgn 2021': ['liggedogn', '2021'],
    'Liggedøgn 2040 etter kvalitet og omstilling': ['liggedogn', '2040'],
    'Økning i liggedøgn grunnet kvalitet': ['liggedogn-kvalitet', '2040'],
    'Omstilling til FACT og poliklinikk': ['liggedogn-omstilling', '2040'],
    'Antall 2021': ['konsultasjoner', '2021'],
    'Justert behandlingsgap': ['konsultasjoner-behandlingsgap', '2040'],
    'Aktivitet 2040 inkludert kvalitet/generell vekst': ['konsultasjoner', '2040'],
    'Herav digitale tjenester': ['konsultasjoner-digitale', '2040'],
  };
  const printedDash = [];
  const present = new Set(); // `${region}|${tjeneste}|${family}` rows printed in some table
  for (const r of records) {
    const s = r.source;
    const isAppendix = s.startsWith('Vedlegg 12.');
    const isNational = s.startsWith('Kap. 8.1 Døgnbehandling, tabell liggedøgn') || s.startsWith('Kap. 8.2 Poliklinikk, tabell');
    if (!isAppendix && !isNational) continue;
    if (r.label_no === 'Endring 2021 - 2040') continue; // printed whole-% change; derivable, not stored
    let m;
    if (r.label_no === 'Demografi 2040') {
      m = [r.unit === 'bed-days' ? 'liggedogn-demografi' : 'konsultasjoner-demografi', '2040'];
    } else m = colMap[r.label_no];
    if (!m) throw new Error(`unmapped column ${r.label_no} in ${s}`);
    const region = regionId(r.geo);
    // The national Totalsum rows of kap. 8 carry no service: they are all services together.
    const tjeneste = r.service_id == null && rowOf(r) === 'Totalsum' ? 'alle' : SERVICE[r.service_id];
    const coord = { region, tjeneste, tid: m[1], maal: m[0] };
    present.add(`${region}|${tjeneste}|${m[0].split('-')[0]}`);
    if (r.value === null) printedDash.push(coord);
    cube.set(coord, r.value, r.id);
  }

  const family = (m) => m.split('-')[0];
  const statusOf = (c, printedNull) => {
    if (printedNull) return '.'; // printed "-"
    const f = family(c.maal);
    if (c.maal !== f && c.tid === '2021') return '.'; // components live in 2040
    if (f === 'liggedogn' && c.tjeneste === 'avtalespesialister') return '.';
    if (f === 'konsultasjoner' && (c.tjeneste === 'vop-dps' || c.tjeneste === 'vop-sykehus')) return '.';
    if (c.region !== '0' && (c.tjeneste === 'alle' || (c.tjeneste === 'vop' && f === 'liggedogn'))) return '..';
    if (c.region !== '0' && c.tjeneste === 'avtalespesialister') return '..';
    if (!present.has(`${c.region}|${c.tjeneste}|${f}`)) return '.'; // no row for the unit in that table
    return '..';
  };

  const cellNotes = [];
  for (const c of printedDash) {
    cellNotes.push({ cell: c, note: 'Rapporten trykker «-» i denne cellen; delene går opp når den regnes som 0.' });
  }
  // Row arithmetic: Demografi 2040 + kvalitet + omstilling = liggedøgn 2040.
  let rowMismatches = 0;
  for (const region of regionIndex) for (const tjeneste of tjenester) {
    const g = (maal) => cube.get({ region, tjeneste, tid: '2040', maal });
    const printed = g('liggedogn');
    const d = g('liggedogn-demografi');
    if (typeof printed !== 'number' || typeof d !== 'number') continue;
    const sum = d + (g('liggedogn-kvalitet') ?? 0) + (g('liggedogn-omstilling') ?? 0);
    if (Math.abs(sum - printed) > 0.5) {
      rowMismatches++;
      cellNotes.push({
        cell: { region, tjeneste, tid: '2040', maal: 'liggedogn' },
        note: `Demografi 2040 + økning grunnet kvalitet + omstilling er ${nb(sum)}; rapporten trykker ${nb(printed)}.`,
      });
    }
  }
  const labelRegion = (id) => regionLabel(id);
  cellNotes.push(...sumChecks(cube, 'region', regionChild, statusOf, labelRegion));
  cellNotes.push(...sumChecks(cube, 'tjeneste', tjenesteChild, statusOf, (id) => tjenesteLabel[id]));
  // "herav" must not exceed its total.
  for (const c of cube.coords()) {
    if (c.maal !== 'konsultasjoner-digitale') continue;
    const v = cube.get(c);
    const tot = cube.get({ ...c, maal: 'konsultasjoner' });
    if (typeof v === 'number' && typeof tot === 'number' && v > tot) throw new Error(`herav > total at ${JSON.stringify(c)}`);
  }

  const { value, status } = cube.serialise(statusOf);
  const level = { 0: 'land' };
  for (const id of regionIndex.slice(1)) level[id] = codelist.extension.hi.level[id];

  const ds = {
    version: '2.0',
    class: 'dataset',
    label: 'Framskrevet aktivitet i psykisk helsevern og TSB 2021–2040: liggedøgn og polikliniske konsultasjoner per region og helseforetak (revidert modell)',
    source: SOURCE,
    updated: UPDATED,
    note: [
      'Utgangsår 2021 (pandemiår), framskrivingsår 2040. Ingen tall for årene imellom; ikke interpoler.',
      'Hierarkiet er uregelmessig: RHF-summene omfatter HF, private ideelle sykehus (Lovisenberg, Diakonhjemmet) og kjøpt privat kapasitet for Helse Sør-Øst og Helse Vest («Privat Helse Sør-Øst RHF», «Privat Helse Vest RHF»). Kjøpt privat kapasitet for Helse Midt-Norge og Helse Nord og enkelte private institusjoner står i blokken «Private», utenfor RHF-summene. Norge = de fire RHF + Private. Summer aldri HF-rader og RHF-rader sammen.',
      'VOP døgn er delt i VOP DPS og VOP sykehus; VOP døgn totalt er bare trykt nasjonalt (kap. 8.1). Poliklinikk for VOP er ikke delt.',
      'Liggedøgn 2040 = Demografi 2040 + økning grunnet kvalitet + omstilling til FACT og poliklinikk (komponentene står i 2040-cellen).',
      'Konsultasjoner: Justert behandlingsgap og Demografi 2040 er trykt som nivåer; Demografi 2040 ser ut til å være regnet fra faktisk 2021, ikke fra det justerte nivået. Resten opp til Aktivitet 2040 (kvalitet/generell vekst, glidning fra døgn, FACT, digitale tjenester) er ikke trykt som egen kolonne. «Herav digitale tjenester» er en del av Aktivitet 2040 og legges ikke til.',
      'Fritt behandlingsvalg (FBV) i TSB døgn er holdt utenfor grunnlaget.',
      'Avtalespesialister er bare trykt nasjonalt her (kap. 8.2). Tall per RHF (annet grunnlag) står i framskriving-arsverk.json.',
    ],
    id: ['region', 'tjeneste', 'tid', 'maal'],
    size: [regionIndex.length, tjenester.length, tid.length, maal.length],
    role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
    dimension: {
      region: {
        label: 'Region / helseforetak',
        category: {
          index: regionIndex,
          label: Object.fromEntries(regionIndex.map((id) => [id, regionLabel(id)])),
          child: regionChild,
        },
        extension: { hi: { level } },
      },
      tjeneste: {
        label: 'Tjenesteområde',
        category: { index: tjenester, label: tjenesteLabel, child: tjenesteChild },
      },
      tid: {
        label: 'År',
        category: { index: tid, label: { 2021: '2021', 2040: '2040' } },
      },
      maal: {
        label: 'Mål',
        category: {
          index: maal,
          label: maalLabel,
          unit: Object.fromEntries(maal.map((m) => [m, unit(m.startsWith('liggedogn') ? 'liggedøgn' : 'konsultasjoner')])),
        },
      },
    },
    value,
    status,
    extension: {
      hi: {
        profile: 'hf-indikatorer/1.0',
        reference: '0',
        definition:
          'Liggedøgn (døgnbehandling) og polikliniske konsultasjoner i psykisk helsevern for barn og unge (BUP), voksne (VOP) og TSB i 2021, og framskrevet til 2040 med revidert nasjonal framskrivningsmodell: demografi, kvalitetsøkning og omstilling til FACT og poliklinikk.',
        statusCodes: STATUS_CODES,
        geography: { codelist: 'helseregioner' },
        publication: publication([
          'Kap. 8.1 (liggedøgn per tjenesteområde, nasjonalt)',
          'Kap. 8.2 (polikliniske konsultasjoner per tjenesteområde, nasjonalt)',
          'Vedlegg 12.1 (døgnbehandling per region og helseforetak: TSB, BUP, VOP DPS, VOP sykehus)',
          'Vedlegg 12.2 (poliklinikk per region og helseforetak: TSB, BUP, VOP)',
        ]),
        aggregation: {
          0: { sumOf: [...rhfs, 'private'], note: 'Norge = de fire RHF + Private. Totalsum-radene i rapporten; der summen av delene avviker, se cellNotes.' },
          'helse-sor-ost': { sumOf: clChild['helse-sor-ost'], note: 'Inkluderer Lovisenberg, Diakonhjemmet og kjøpt privat kapasitet (Privat Helse Sør-Øst RHF).' },
          'helse-vest': { sumOf: clChild['helse-vest'], note: 'Inkluderer kjøpt privat kapasitet (Privat Helse Vest RHF).' },
          'helse-midt-norge': { sumOf: clChild['helse-midt-norge'], note: 'Kjøpt privat kapasitet for Helse Midt-Norge står i blokken Private, ikke her.' },
          'helse-nord': { sumOf: clChild['helse-nord'], note: 'Kjøpt privat kapasitet for Helse Nord står i blokken Private, ikke her.' },
          private: { sumOf: clChild.private, note: 'Private tilbydere utenfor RHF-summene; hvilke rader som finnes varierer med tabellen.' },
          tjeneste: { alle: { sumOf: tjenesteChild.alle }, vop: { sumOf: tjenesteChild.vop, note: 'Bare for liggedøgn.' } },
          note: 'Enheter uten rad i en tabell har status «.» og teller ikke med i summen.',
        },
        cellNotes,
        projection: {
          basePeriod: '2021',
          firstProjectedPeriod: '2040',
          steps: [
            {
              measure: 'liggedogn',
              to: '2040',
              components: [
                { metric: 'liggedogn-demografi', type: 'level', label: 'Demografi' },
                { metric: 'liggedogn-kvalitet', type: 'change', label: 'Kvalitet' },
                { metric: 'liggedogn-omstilling', type: 'change', label: 'Omstilling' },
              ],
            },
            {
              measure: 'konsultasjoner',
              to: '2040',
              components: [
                { metric: 'konsultasjoner-behandlingsgap', type: 'level', label: 'Behandlingsgap' },
                { metric: 'konsultasjoner-demografi', type: 'level', label: 'Demografi' },
                { metric: 'konsultasjoner-digitale', type: 'subset', label: 'Herav digitale' },
              ],
              remainder: {
                shortLabel: 'Kvalitet og vekst',
                label: 'Kvalitet/generell vekst, glidning fra døgn, FACT og digitale tjenester (ikke trykt som egen kolonne)',
                note: 'Forskjellen mellom Demografi 2040 og Aktivitet 2040 er et eget, utrykt ledd i modellen, ikke en feil. Demografi 2040 er trolig regnet fra faktisk 2021, ikke fra justert behandlingsgap.',
              },
            },
          ],
        },
      },
    },
  };
  console.log(`dogn-poliklinikk: ${rowMismatches} rows where the liggedøgn components miss the printed 2040 value`);
  writeDataset('framskriving-dogn-poliklinikk.json', ds);
}

// =======================================================================================
// 2. framskriving-arsverk.json – kap. 9 (9.4, 9.5, 9.6, 9.7 and the 2021 table by omsorgsnivå)

{
  const regionIndex = ['0', 'helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord'];
  const regionChild = { 0: regionIndex.slice(1) };
  const tjenester = ['alle', 'bup', 'vop', 'vop-dps', 'vop-sykehus', 'tsb', 'avtalespesialister', 'fact', 'innleie'];
  const tjenesteLabel = {
    alle: 'Alle tjenesteområder',
    bup: 'BUP',
    vop: 'VOP',
    'vop-dps': 'VOP DPS',
    'vop-sykehus': 'VOP sykehus',
    tsb: 'TSB',
    avtalespesialister: 'Avtalespesialister',
    fact: 'FACT',
    innleie: 'Innleie (omregnet til årsverk, 1 650 timer per årsverk)',
  };
  const tjenesteChild = {
    alle: ['bup', 'vop', 'tsb', 'avtalespesialister', 'fact', 'innleie'],
    vop: ['vop-dps', 'vop-sykehus'],
  };
  const omsorg = ['alle', 'dogn', 'poliklinikk'];
  const omsorgLabel = { alle: 'Alle omsorgsnivå', dogn: 'Døgn', poliklinikk: 'Poliklinikk/dag (FACT)' };
  const tid = ['2021', '2025', '2040'];
  const maal = [
    'fagarsverk', 'fagarsverk-endring', 'fagarsverk-endring-prosent', 'fagarsverk-2021-fordeling',
    'liggedogn-grunnlag', 'konsultasjoner-grunnlag', 'arsverk-per-1000-liggedogn', 'arsverk-per-1000-konsultasjoner',
    'fact-pasienter',
  ];
  const maalLabel = {
    fagarsverk: 'Fagårsverk (2021 faktisk, 2025 og 2040 framskrevet)',
    'fagarsverk-endring': 'Endring i fagårsverk fra 2021 (antall, som trykt)',
    'fagarsverk-endring-prosent': 'Endring i fagårsverk fra 2021 (prosent, som trykt)',
    'fagarsverk-2021-fordeling': 'Fagårsverk 2021 etter tjenesteområde og omsorgsnivå (kap. 9-tabellen, annen avgrensning)',
    'liggedogn-grunnlag': 'Liggedøgn, grunnlag for bemanningsberegningen (HF og private ideelle, uten kjøpt privat kapasitet)',
    'konsultasjoner-grunnlag': 'Poliklinikk/dag-konsultasjoner, grunnlag for bemanningsberegningen',
    'arsverk-per-1000-liggedogn': 'Årsverk per 1000 liggedøgn (2021)',
    'arsverk-per-1000-konsultasjoner': 'Årsverk per 1000 konsultasjoner (2021)',
    'fact-pasienter': 'Antall pasienter i FACT',
  };
  const maalUnit = {
    fagarsverk: unit('årsverk'),
    'fagarsverk-endring': unit('årsverk'),
    'fagarsverk-endring-prosent': { decimals: 1, label: 'prosent', symbol: '%', position: 'end' },
    'fagarsverk-2021-fordeling': unit('årsverk'),
    'liggedogn-grunnlag': unit('liggedøgn'),
    'konsultasjoner-grunnlag': unit('konsultasjoner'),
    'arsverk-per-1000-liggedogn': unit('årsverk per 1000 liggedøgn', 1),
    'arsverk-per-1000-konsultasjoner': unit('årsverk per 1000 konsultasjoner', 1),
    'fact-pasienter': unit('pasienter'),
  };
  const cube = new Cube([
    { id: 'region', index: regionIndex },
    { id: 'tjeneste', index: tjenester },
    { id: 'omsorgsniva', index: omsorg },
    { id: 'tid', index: tid },
    { id: 'maal', index: maal },
  ]);
  const cellNotes = [];
  const set = (region, tjeneste, omsorgsniva, t, m, v, r) =>
    cube.set({ region, tjeneste, omsorgsniva, tid: String(t), maal: m }, v, r.id);

  for (const r of records) {
    const s = r.source;
    if (!/^Kap\. 9(\.[4567]| tabell fagårsverk 2021)/.test(s)) continue; // 9.1, 9.3 and staff groups: not in this cube
    const region = regionId(r.geo);
    const tj = SERVICE[r.service_id];
    if (s.startsWith('Kap. 9.4') || s.startsWith('Kap. 9.5')) {
      const om = s.startsWith('Kap. 9.4') ? 'dogn' : 'poliklinikk';
      const col = (s.match(/col '([^']*)'/) || [])[1];
      if (col === 'Endring') continue; // index 2040/2021 in %, derivable
      if (col.startsWith('Liggedøgn')) set(region, tj, om, r.year, 'liggedogn-grunnlag', r.value, r);
      else if (col.startsWith('Poliklinikk/dag')) set(region, tj, om, r.year, 'konsultasjoner-grunnlag', r.value, r);
      else if (col.startsWith('Årsverk per 1000 liggedøgn')) set(region, tj, om, 2021, 'arsverk-per-1000-liggedogn', r.value, r);
      else if (col.startsWith('Årsverk per 1000 konsultasjon')) set(region, tj, om, 2021, 'arsverk-per-1000-konsultasjoner', r.value, r);
      else if (col.startsWith('Endring 20')) set(region, tj, om, r.year, 'fagarsverk-endring', r.value, r);
      else if (col.startsWith('Årsverk 20')) set(region, tj, om, r.year, 'fagarsverk', r.value, r);
      else throw new Error(`unmapped 9.4/9.5 column ${col}`);
    } else if (s.startsWith('Kap. 9.7 Oppsummert')) {
      const m = r.measure_type === 'absolute change' ? 'fagarsverk-endring'
        : r.measure_type === 'growth' ? 'fagarsverk-endring-prosent' : 'fagarsverk';
      set(region, 'alle', 'alle', r.year, m, r.value, r);
    } else if (s.startsWith('Kap. 9.6')) {
      const row = rowOf(r);
      if (r.unit === 'patients per FTE') continue; // 13,3 pasienter per årsverk: a model parameter
      if (r.unit === 'patients') set('0', 'fact', 'alle', r.year, 'fact-pasienter', r.value, r);
      else if (r.measure_type === 'absolute change') set('0', 'fact', 'alle', r.year, 'fagarsverk-endring', r.value, r);
      else if (row && row.startsWith('Antall årsverk')) set('0', 'fact', 'alle', r.year, 'fagarsverk', r.value, r);
      else set(region, 'fact', 'alle', 2021, 'fagarsverk', r.value, r);
    } else if (s.startsWith('Kap. 9 tabell fagårsverk 2021')) {
      const om = { Døgn: 'dogn', 'Poliklinikk/FACT': 'poliklinikk', Totalsum: 'alle' }[r.omsorgsniva];
      set('0', tj, om, 2021, 'fagarsverk-2021-fordeling', r.value, r);
    }
  }

  const statusOf = (c) => {
    if (['fagarsverk-endring', 'fagarsverk-endring-prosent'].includes(c.maal) && c.tid === '2021') return '.';
    if (['arsverk-per-1000-liggedogn', 'arsverk-per-1000-konsultasjoner', 'fagarsverk-2021-fordeling'].includes(c.maal) && c.tid !== '2021') return '.';
    if (['liggedogn-grunnlag', 'konsultasjoner-grunnlag'].includes(c.maal) && c.tid === '2025') return '.';
    if (c.maal === 'liggedogn-grunnlag' && c.omsorgsniva !== 'dogn') return '.';
    if (c.maal === 'konsultasjoner-grunnlag' && c.omsorgsniva !== 'poliklinikk') return '.';
    if (c.maal === 'fact-pasienter' && c.tjeneste !== 'fact') return '.';
    if (c.tjeneste === 'avtalespesialister' && c.omsorgsniva === 'dogn') return '.';
    if (c.tjeneste === 'innleie' && c.omsorgsniva === 'poliklinikk') return '.';
    if (c.tjeneste === 'fact' && c.omsorgsniva === 'dogn') return '.';
    // FACT is not a row of kap. 9.4/9.5; it only has totals (kap. 9.6) and the 2021 table.
    if (c.tjeneste === 'fact' && c.omsorgsniva === 'poliklinikk' && c.maal !== 'fagarsverk-2021-fordeling') return '.';
    return '..';
  };

  // Printed changes against the printed levels.
  for (const c of cube.coords()) {
    if (c.maal !== 'fagarsverk-endring' || c.tid === '2021') continue;
    const printed = cube.get(c);
    const a = cube.get({ ...c, maal: 'fagarsverk' });
    const b = cube.get({ ...c, maal: 'fagarsverk', tid: '2021' });
    if (typeof printed !== 'number' || typeof a !== 'number' || typeof b !== 'number') continue;
    if (Math.abs(a - b - printed) > 0.5) {
      cellNotes.push({ cell: { ...c }, note: `Årsverk ${c.tid} minus årsverk 2021 er ${nb(a - b)}; rapporten trykker endring ${nb(printed)}.` });
    }
  }
  const checkCube = (dimId, child, labelOf, filter) => {
    for (const n of sumChecks(cube, dimId, child, statusOf, labelOf)) if (filter(n.cell)) cellNotes.push(n);
  };
  const notPct = (cell) => !['fagarsverk-endring-prosent', 'arsverk-per-1000-liggedogn', 'arsverk-per-1000-konsultasjoner', 'fact-pasienter'].includes(cell.maal);
  checkCube('region', regionChild, regionLabel, notPct);
  // Service sums inside the 9.4 / 9.5 blocks (region total row = its service rows).
  checkCube('tjeneste', tjenesteChild, (id) => tjenesteLabel[id],
    (cell) => notPct(cell) && cell.omsorgsniva !== 'alle' && cell.maal !== 'fagarsverk-2021-fordeling');
  // The 2021 table by omsorgsnivå: its rows (BUP, TSB, VOP, VOP DPS, VOP sykehus, FACT) are siblings.
  {
    const rows = ['bup', 'tsb', 'vop', 'vop-dps', 'vop-sykehus', 'fact'];
    const mm = 'fagarsverk-2021-fordeling';
    for (const om of omsorg) {
      const printed = cube.get({ region: '0', tjeneste: 'alle', omsorgsniva: om, tid: '2021', maal: mm });
      const sum = rows.reduce((a, t) => a + (cube.get({ region: '0', tjeneste: t, omsorgsniva: om, tid: '2021', maal: mm }) ?? 0), 0);
      if (Math.abs(sum - printed) > 0.5) {
        cellNotes.push({
          cell: { region: '0', tjeneste: 'alle', omsorgsniva: om, tid: '2021', maal: mm },
          note: `Summen av delene (BUP, TSB, VOP, VOP DPS, VOP sykehus, FACT) er ${nb(sum)}; rapporten trykker ${nb(printed)}.`,
        });
      }
    }
    for (const t of [...rows, 'alle']) {
      const printed = cube.get({ region: '0', tjeneste: t, omsorgsniva: 'alle', tid: '2021', maal: mm });
      const parts = ['dogn', 'poliklinikk'].map((om) => cube.get({ region: '0', tjeneste: t, omsorgsniva: om, tid: '2021', maal: mm }) ?? 0);
      if (Math.abs(parts[0] + parts[1] - printed) > 0.5) {
        cellNotes.push({
          cell: { region: '0', tjeneste: t, omsorgsniva: 'alle', tid: '2021', maal: mm },
          note: `Summen av delene (Døgn, Poliklinikk/FACT) er ${nb(parts[0] + parts[1])}; rapporten trykker ${nb(printed)}.`,
        });
      }
    }
    cellNotes.push({
      cell: { region: '0', tjeneste: 'vop', omsorgsniva: 'alle', tid: '2021', maal: mm },
      note: 'I denne tabellen er VOP en egen rad ved siden av VOP DPS og VOP sykehus (Døgn-cellen er tom); den er ikke summen av dem.',
    });
    cellNotes.push({
      cell: { region: '0', tjeneste: 'fact', omsorgsniva: 'alle', tid: '2021', maal: mm },
      note: 'Kap. 9-tabellen trykker 44 årsverk for FACT; kap. 9.6 har kartlagt 301 brutto årsverk i FACT i 2021 (se fagarsverk).',
    });
  }
  cellNotes.push({
    cell: { region: '0', tjeneste: 'alle', omsorgsniva: 'alle', tid: '2021', maal: 'fagarsverk' },
    note: 'Totalt 20 711 (kap. 9.7, per region). Tabellen per stillingsgruppe og kap. 9-tabellen per omsorgsnivå trykker 20 485 (uten innleie og avtalespesialister).',
  });
  for (const region of regionIndex.slice(1)) {
    cellNotes.push({
      cell: { region, tjeneste: 'alle', omsorgsniva: 'alle', tid: '2021', maal: 'fagarsverk' },
      note: 'Regionsummen i kap. 9.7 er ikke lik summen av døgn (kap. 9.4) og poliklinikk (kap. 9.5); rapporten forklarer ikke forskjellen.',
    });
  }

  const { value, status } = cube.serialise(statusOf);
  const ds = {
    version: '2.0',
    class: 'dataset',
    label: 'Framskrevet behov for fagårsverk i psykisk helsevern og TSB 2021, 2025 og 2040 per helseregion (revidert modell)',
    source: SOURCE,
    updated: UPDATED,
    note: [
      'Fagårsverk = brutto kliniske årsverk (uten administrasjon/ledelse, drift/teknisk og forskning). Innleie er omregnet med 1 650 timer per årsverk. Personell forutsettes økt tilsvarende aktivitetsveksten.',
      'Grunnlaget i kap. 9.4/9.5 er HF og private ideelle sykehus, uten kjøpt privat kapasitet («Privat … RHF»). Liggedøgn og konsultasjoner her er derfor ikke de samme som i framskriving-dogn-poliklinikk.json for samme region og tjeneste.',
      'I kap. 9.4 (døgn) betyr «VOP» VOP sykehus (her vop-sykehus). I kap. 9.5 (poliklinikk) er VOP hele VOP.',
      'Regionsummene for poliklinikk omfatter avtalespesialister bare for Helse Midt-Norge; for Helse Sør-Øst og Helse Vest avviker de trykte 2040-summene mye fra delene (se cellNotes).',
      '2025-verdiene er ikke en rett linje mellom 2021 og 2040 og kan være høyere enn 2040; ikke interpoler.',
      'fagarsverk-2021-fordeling er kap. 9-tabellen over fagårsverk 2021 etter tjenesteområde og omsorgsnivå; den har en annen avgrensning (totalsum 20 485) enn kap. 9.7 (20 711).',
    ],
    id: ['region', 'tjeneste', 'omsorgsniva', 'tid', 'maal'],
    size: [regionIndex.length, tjenester.length, omsorg.length, tid.length, maal.length],
    role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
    dimension: {
      region: {
        label: 'Region',
        category: {
          index: regionIndex,
          label: Object.fromEntries(regionIndex.map((id) => [id, regionLabel(id)])),
          child: regionChild,
        },
        extension: { hi: { level: Object.fromEntries(regionIndex.map((id) => [id, id === '0' ? 'land' : 'rhf'])) } },
      },
      tjeneste: { label: 'Tjenesteområde', category: { index: tjenester, label: tjenesteLabel, child: tjenesteChild } },
      omsorgsniva: { label: 'Omsorgsnivå', category: { index: omsorg, label: omsorgLabel, child: { alle: ['dogn', 'poliklinikk'] } } },
      tid: { label: 'År', category: { index: tid, label: Object.fromEntries(tid.map((t) => [t, t])) } },
      maal: { label: 'Mål', category: { index: maal, label: maalLabel, unit: maalUnit } },
    },
    value,
    status,
    extension: {
      hi: {
        profile: 'hf-indikatorer/1.0',
        reference: '0',
        definition:
          'Fagårsverk (brutto kliniske årsverk inkludert innleie) i psykisk helsevern og TSB i 2021 og framskrevet behov i 2025 og 2040 etter revidert modell, per helseregion, tjenesteområde og omsorgsnivå.',
        statusCodes: STATUS_CODES,
        geography: { codelist: 'helseregioner' },
        publication: publication([
          'Kap. 9 (fagårsverk 2021 per tjenesteområde og omsorgsnivå)',
          'Kap. 9.4 (bemanningsbehov døgn)',
          'Kap. 9.5 (bemanningsbehov poliklinikk)',
          'Kap. 9.6 (FACT)',
          'Kap. 9.7 (oppsummert per region)',
        ]),
        aggregation: {
          0: { sumOf: regionIndex.slice(1), note: 'Norge = de fire RHF (kap. 9.6, 9.7). Ingen Private-blokk i kapittel 9.' },
          note: 'Regionsummene i kap. 9.4/9.5 er summen av tjenesteradene (døgn: BUP, TSB, VOP sykehus, VOP DPS, innleie; poliklinikk: BUP, TSB, VOP, for Helse Midt-Norge også avtalespesialister). Avvik står i cellNotes.',
        },
        cellNotes,
        projection: {
          basePeriod: '2021',
          firstProjectedPeriod: '2025',
          steps: [],
          note: 'Rapporten trykker ingen komponenter for årsverk; 2025 og 2040 er egne framskrivinger.',
        },
      },
    },
  };
  writeDataset('framskriving-arsverk.json', ds);
}

// =======================================================================================
// 3. framskriving-observert.json – observed national series (Tabell 1, 2, 23)

{
  const tjenester = ['alle', 'vop', 'vop-dps', 'vop-sykehus'];
  const tjenesteLabel = {
    alle: 'Psykisk helsevern og TSB (Tabell 1)',
    vop: 'VOP (psykisk helsevern for voksne)',
    'vop-dps': 'VOP DPS-funksjoner',
    'vop-sykehus': 'VOP sykehusfunksjoner',
  };
  const alder = ['alle', '0-17', '18-64', '65+', '18-25', '26-39', '41-49', '50+'];
  const alderLabel = {
    alle: 'Alle aldre',
    '0-17': '0-17 år',
    '18-64': '18-64 år',
    '65+': '65 år og eldre',
    '18-25': '18-25 år',
    '26-39': '26-39 år',
    '41-49': '41-49 år (sic, trolig 40-49 år)',
    '50+': '50 år og eldre',
  };
  const tid = ['2018', '2019', '2020', '2021'];
  const maal = ['individer', 'individer-per-100000', 'liggedogn', 'liggedogn-per-100000'];
  const cube = new Cube([
    { id: 'region', index: ['0'] },
    { id: 'tjeneste', index: tjenester },
    { id: 'alder', index: alder },
    { id: 'tid', index: tid },
    { id: 'maal', index: maal },
  ]);
  const ageMap = {
    '0-17 år': '0-17', '18-64 år': '18-64', '65 år og eldre': '65+',
    '18-25 år': '18-25', '26-39 år': '26-39', '41-49 år': '41-49', '50 år og eldre': '50+',
  };
  for (const r of records) {
    const s = r.source;
    let tj;
    if (s.startsWith('Tabell 1 ')) tj = 'alle';
    else if (s.startsWith('Tabell 2 ')) tj = 'vop';
    else if (s.startsWith('Tabell 23 ')) tj = null;
    else continue;
    const per = /per 100/.test(r.unit) || /per 100/.test(r.measure);
    if (tj) {
      const a = ageMap[r.age_group];
      if (!a) throw new Error(`age group ${r.age_group} in ${s}`);
      cube.set({ region: '0', tjeneste: tj, alder: a, tid: String(r.year), maal: per ? 'individer-per-100000' : 'individer' }, r.value, r.id);
    } else {
      const t = SERVICE[r.service_id]; // vop-dps / vop-sykehus (column group DPS / Sykehus)
      cube.set({ region: '0', tjeneste: t, alder: 'alle', tid: String(r.year), maal: per ? 'liggedogn-per-100000' : 'liggedogn' }, r.value, r.id);
    }
  }
  const statusOf = () => '.';
  const { value, status } = cube.serialise(statusOf);
  const ds = {
    version: '2.0',
    class: 'dataset',
    label: 'Observert utvikling 2018–2021 i psykisk helsevern og TSB: individer etter alder og liggedøgn i VOP etter funksjon, Norge',
    source: SOURCE,
    updated: UPDATED,
    note: [
      'Tabell 1: individer i PHV og TSB etter alder; Tabell 2: individer i VOP etter alder; Tabell 23: liggedøgn i VOP i sykehus- og DPS-funksjoner.',
      'Ratene er per 100 000 innbyggere i aldersgruppen (Tabell 1, 2) og per 100 000 innbyggere over 18 år (Tabell 23).',
      'Tabell 23 bruker en annen klassifisering av DPS/sykehus enn Vedlegg 12: VOP sykehus 2021 er lik (568 953), men VOP DPS er 328 882 her mot 423 345 i Vedlegg 12.',
      'Celler med «.» finnes ikke i tabellene (aldersgruppene i Tabell 1 og 2 er ulike).',
    ],
    id: ['region', 'tjeneste', 'alder', 'tid', 'maal'],
    size: [1, tjenester.length, alder.length, tid.length, maal.length],
    role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
    dimension: {
      region: { label: 'Region', category: { index: ['0'], label: { 0: 'Norge' } }, extension: { hi: { level: { 0: 'land' } } } },
      tjeneste: { label: 'Tjenesteområde', category: { index: tjenester, label: tjenesteLabel } },
      alder: { label: 'Alder', category: { index: alder, label: alderLabel } },
      tid: { label: 'År', category: { index: tid, label: Object.fromEntries(tid.map((t) => [t, t])) } },
      maal: {
        label: 'Mål',
        category: {
          index: maal,
          label: {
            individer: 'Antall individer',
            'individer-per-100000': 'Individer per 100 000 innbyggere i aldersgruppen',
            liggedogn: 'Antall liggedøgn',
            'liggedogn-per-100000': 'Liggedøgn per 100 000 innbyggere over 18 år',
          },
          unit: {
            individer: unit('individer'),
            'individer-per-100000': unit('per 100 000 innbyggere'),
            liggedogn: unit('liggedøgn'),
            'liggedogn-per-100000': unit('liggedøgn per 100 000 innbyggere over 18 år'),
          },
        },
      },
    },
    value,
    status,
    extension: {
      hi: {
        profile: 'hf-indikatorer/1.0',
        reference: '0',
        definition: 'Observerte tall 2018–2021 fra rapporten om revidert framskrivningsmodell: antall individer i spesialisthelsetjenesten (PHV og TSB, og VOP) etter alder, og liggedøgn i VOP etter sykehus- og DPS-funksjon.',
        statusCodes: { '.': STATUS_CODES['.'] },
        publication: publication(['Tabell 1', 'Tabell 2', 'Tabell 23']),
        cellNotes: [],
      },
    },
  };
  writeDataset('framskriving-observert.json', ds);
}
