#!/usr/bin/env node
// Builds data-contracts/datasets/pasientrate-2019.json (IS-3047 Vedleggstabell 1)
// from the transcription of the report.
//
// Usage: node scripts/data/build-pasientrate.mjs <path to seed000-data.json> [output path]
//
// The input is a JSON array of records; the records of Vedleggstabell 1 have
// unit "per_10000_inhabitants" and a source that starts with "Vedleggstabell 1".
// The output is deterministic: same input, same bytes.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/data/build-pasientrate.mjs <seed000-data.json> [output.json]');
  process.exit(2);
}
const output = process.argv[3] ?? resolve(root, 'data-contracts/datasets/pasientrate-2019.json');

// Vedleggstabell 1 label -> helsefellesskap id (data-contracts/codelists/helsefellesskap.json)
const HFS = {
  'Østfold': 'hfs-ostfold',
  'Akershus univ.sh.': 'hfs-akershus',
  'Oslo': 'hfs-oslo',
  'Innlandet': 'hfs-innlandet',
  'Vestre Viken': 'hfs-vestre-viken',
  'Vestfold': 'hfs-vestfold',
  'Telemark': 'hfs-telemark',
  'Sørlandet': 'hfs-sorlandet',
  'Helse Stavanger-området': 'hfs-stavanger',
  'Helse Fonna-området': 'hfs-fonna',
  'Helse Bergen-området': 'hfs-bergen',
  'Helse Førde': 'hfs-forde',
  'Møre og Romsdal': 'hfs-more-og-romsdal',
  'St.Olavs-området': 'hfs-st-olavs',
  'Nord-Trøndelag': 'hfs-nord-trondelag',
  'Helgeland': 'hfs-helgeland',
  'Nordland-området': 'hfs-nordland',
  'UNN-området': 'hfs-unn',
  'Finnmark': 'hfs-finnmark',
};

// Vedleggstabell 1 label -> group id (data-contracts/codelists/grupper-is3047.json)
const GROUPS = {
  'Aremark og Marker': 'grp-aremark-marker',
  'Oslo - bydeler Lovisenberg': 'grp-oslo-lovisenberg',
  'Oslo - bydeler Diakonhjemmet': 'grp-oslo-diakonhjemmet',
  'Oslo - bydeler OUS': 'grp-oslo-ous',
  'Oslo - bydeler Akershus univ.sh.': 'grp-oslo-akershus',
  'Andre kommuner Innlandet': 'grp-innlandet-andre',
  'Andre kommuner Vestre Viken': 'grp-vestre-viken-andre',
  'Andre kommuner Telemark': 'grp-telemark-andre',
  'Andre kommuner Sørlandet': 'grp-sorlandet-andre',
  'Andre kommuner Stavanger': 'grp-stavanger-andre',
  'Andre kommuner Fonna': 'grp-fonna-andre',
  'Andre kommuner Helse Bergen': 'grp-bergen-andre',
  'Andre kommuner Førde': 'grp-forde-andre',
  'Selbu og Tydal': 'grp-selbu-tydal',
  'Andre kommuner N-Trøndelag': 'grp-nord-trondelag-andre',
  'Andre kommuner Helgeland': 'grp-helgeland-andre',
  'Andre kommuner Nordland': 'grp-nordland-andre',
  'Andre kommuner UNN': 'grp-unn-andre',
  'Andre kommuner Finnmark': 'grp-finnmark-andre',
};

// Notes on single rows. Texts from IS-3047 (Vedleggstabell 2 and the text after it).
const V2 = 'IS-3047, Vedleggstabell 2';
const ROW_NOTES = {
  '1108': ['Rapporten skriver «Sandenes». Kommunen heter Sandnes (kommunenummer 1108). Etiketten gjengir rapporten.'],
  '3802': [`Holmestrand samarbeider med både Vestfold og Vestre Viken etter sammenslåing av Sande og Holmestrand. I statistikken inngår Holmestrand i Vestfold helsefellesskap (${V2}).`],
  '1577': [`Etter kommunesammenslåing flytter Hornindal (Volda fra 2020) fra Helse Førde (Helse Vest) til Helse Møre og Romsdal (${V2}).`],
  '5025': [`Samarbeider også med Innlandet. I statistikken inngår Røros i St. Olavs helsefellesskap (${V2}).`],
  '5026': [`Samarbeider også med Innlandet. I statistikken inngår Holtålen i St. Olavs helsefellesskap (${V2}).`],
  '5055': [`Samarbeider også med Møre og Romsdal (Kristiansund) (${V2}).`],
  '5058': [`Leksvik og Roan (Åfjord) flytter fra Helse Nord-Trøndelag til St. Olavs hospital fra 2020 (${V2}).`],
  '5034': [`Samarbeider også med St. Olavs. I statistikken inngår Meråker i Nord-Trøndelag helsefellesskap (${V2}).`],
  '5035': [`Samarbeider også med St. Olavs. I statistikken inngår Stjørdal i Nord-Trøndelag helsefellesskap (${V2}).`],
  'grp-aremark-marker': ['To kommuner som er rapportert samlet: 3012 Aremark og 3013 Marker.'],
  'grp-selbu-tydal': [
    'To kommuner som er rapportert samlet: 5032 Selbu og 5033 Tydal.',
    `Selbu og Tydal samarbeider også med Nord-Trøndelag. I statistikken inngår de i St. Olavs helsefellesskap (${V2}).`,
  ],
  'grp-oslo-lovisenberg': ['Bydel 1, 2 og 4 i Oslo («Bydeler Lovisenberg» i Vedleggstabell 2).'],
  'grp-oslo-diakonhjemmet': ['Bydel 5, 6 og 7 i Oslo («Bydeler Diakonhjemmet» i Vedleggstabell 2).'],
  'grp-oslo-ous': ['Bydel 3, 8, 9, 13, 14, 15, 16, 17 og 99 i Oslo («Bydeler OUS» i Vedleggstabell 2).'],
  'grp-oslo-akershus': ['Bydel 10, 11 og 12 i Oslo. Bydelene hører til sykehusområdet til Akershus universitetssykehus, men telles i Oslo helsefellesskap, ikke i «Akershus univ.sh.».'],
};
const RESIDUAL_NOTE =
  'Restgruppe: kommunene i helsefellesskapet som ikke har egen rad. Rapporten sier ikke hvilke kommuner som inngår; medlemmene i grupper-is3047.json er utledet fra Vedleggstabell 2.';
const HELGELAND_BINDAL = `Bindal inngår i denne gruppen og samarbeider også med Nord-Trøndelag (${V2}).`;

const records = JSON.parse(readFileSync(input, 'utf8'));
const rows = records.filter(
  (r) => r.unit === 'per_10000_inhabitants' && String(r.source ?? '').startsWith('Vedleggstabell 1'),
);
if (rows.length !== 317) throw new Error(`expected 317 rows of Vedleggstabell 1, got ${rows.length}`);

const index = [];
const label = {};
const child = {};
const level = {};
const note = {};
const values = [];
let parent = null;

for (const r of rows) {
  if (typeof r.value !== 'number' || String(r.value) !== r.value_text) {
    throw new Error(`value of ${r.id} (${r.geo}) is not the printed number`);
  }
  let id;
  let lev;
  switch (r.geo_level) {
    case 'land':
      id = '0';
      lev = 'land';
      break;
    case 'helsefellesskap':
      id = HFS[r.geo];
      lev = 'helsefellesskap';
      parent = id;
      child[id] = [];
      break;
    case 'kommune':
      id = r.kommunenr;
      lev = 'kommune';
      if (!/^\d{4}$/.test(id)) throw new Error(`bad kommunenummer ${id}`);
      break;
    case 'kommune_group':
    case 'bydel_group':
      id = GROUPS[r.geo];
      lev = 'gruppe';
      break;
    default:
      throw new Error(`unknown geo_level ${r.geo_level}`);
  }
  if (!id) throw new Error(`no id for ${r.geo}`);
  if (id in label) throw new Error(`duplicate id ${id}`);
  if (r.geo_level === 'kommune' || r.geo_level.endsWith('_group')) {
    if (r.helsefellesskap && HFS[r.helsefellesskap] !== parent) throw new Error(`${r.geo} is out of order`);
    child[parent].push(id);
  }
  index.push(id);
  label[id] = r.geo;
  level[id] = lev;
  const n = [...(ROW_NOTES[id] ?? [])];
  if (r.geo.startsWith('Andre kommuner')) n.push(RESIDUAL_NOTE);
  if (id === 'grp-helgeland-andre') n.push(HELGELAND_BINDAL);
  if (n.length) note[id] = n;
  values.push(r.value);
}
if (Object.keys(child).length !== 19) throw new Error('expected 19 helsefellesskap');

const dataset = {
  version: '2.0',
  class: 'dataset',
  label: 'Pasienter med alvorlige psykiske lidelser per 10 000 innbyggere, etter helsefellesskap og kommune, 2019',
  source: 'Helsedirektoratet: Styringsinformasjon til helsefellesskapene, del III (IS-3047), 2022, Vedleggstabell 1',
  updated: '2022-09-01',
  note: [
    'Antall pasienter 18 år og eldre med en alvorlig psykisk lidelse per 10 000 innbyggere. Data fra Norsk pasientregister (NPR) 2019.',
    'Ratene er ujusterte: rapporten omtaler ingen standardisering for alder eller kjønn. Forskjeller mellom områder må leses i lys av alderssammensetningen i befolkningen.',
    'Tallene gjelder bare pasienter som hadde kontakt med psykisk helsevern i spesialisthelsetjenesten i 2019. Pasienter som bare følges opp av fastlege eller kommunen, er ikke med.',
    'Data fra 2019 er fordelt etter kommuneinndelingen fra 2020. Hver kommune inngår i nøyaktig ett helsefellesskap, også når kommunen samarbeider med flere.',
    'Små kommuner er slått sammen til en restgruppe «Andre kommuner …» per helsefellesskap, og to kommunepar er rapportert samlet. Oslo er delt i fire grupper av bydeler etter sykehusområde.',
  ],
  id: ['region', 'tid', 'maal'],
  size: [index.length, 1, 1],
  role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
  dimension: {
    region: {
      label: 'Region',
      category: { index, label, child, note },
      extension: { hi: { level } },
    },
    tid: {
      label: 'År',
      category: { index: ['2019'], label: { 2019: '2019' } },
    },
    maal: {
      label: 'Mål',
      category: {
        index: ['rate'],
        label: { rate: 'Pasienter med alvorlige psykiske lidelser per 10 000 innbyggere' },
        unit: { rate: { label: 'per 10 000 innbyggere', decimals: 0 } },
      },
    },
  },
  value: values,
  extension: {
    hi: {
      profile: 'hf-indikatorer/1.0',
      reference: '0',
      definition:
        'Antall personer 18 år og eldre som i 2019 fikk behandling i psykisk helsevern for voksne eller for barn og unge for en alvorlig psykisk lidelse, per 10 000 innbyggere 18 år og eldre. ' +
        'Pasienten må ha hatt minst én poliklinisk kontakt, dagbehandling eller innleggelse der en av diagnosene er registrert som hovedtilstand eller annen tilstand: ' +
        'schizofreni (F20 schizofreni, F25 schizoaffektive lidelser), bipolar lidelse (F30 manisk episode, F31 bipolar affektiv lidelse), ' +
        'depresjon (F32 depressiv episode, F33 tilbakevendende depressiv lidelse) eller personlighetsforstyrrelser (F60–F69 unntatt F64). ' +
        'En pasient med flere av diagnosene telles én gang. Pasienten telles i helsefellesskapet og kommunen der hen bor.',
      statusCodes: {
        ':': { label: 'Skjult av personvernhensyn', kind: 'suppressed' },
        '..': { label: 'Tall mangler', kind: 'missing' },
        '.': { label: 'Ikke aktuelt', kind: 'not-applicable' },
      },
      geography: { version: '2020', codelist: 'helsefellesskap' },
      license: 'NLOD-2.0',
      publication: {
        title: 'Styringsinformasjon til helsefellesskapene, del III: pasienter med alvorlige psykiske lidelser',
        publisher: 'Helsedirektoratet',
        id: 'IS-3047',
        year: 2022,
        tables: ['Vedleggstabell 1'],
        url: 'https://www.helsedirektoratet.no/tema/helsefellesskap/styringsinformasjon',
      },
    },
  },
};

writeFileSync(output, JSON.stringify(dataset, null, 2) + '\n');
console.log(`wrote ${index.length} regions`);
