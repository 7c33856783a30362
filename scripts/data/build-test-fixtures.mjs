// Writes the SSB- and FHI-shaped test fixtures from the bundled årsverk dataset (real numbers:
// SINTEF IS-24/8, årsverk per 10 000 innbyggere per fylke, 2023), shaped the way SSB's PxWebApi
// and FHI's statistics API really send json-stat2.
import { readFileSync, writeFileSync } from 'node:fs';

const d = JSON.parse(readFileSync('data-contracts/datasets/arsverk-2023.json', 'utf8'));
const geo = d.dimension.region.category;
const level = d.dimension.region.extension.hi.level;
const metrics = d.dimension.maal.category.index;
const at = (g, m) => d.value[geo.index.indexOf(g) * d.size[1] * d.size[2] + metrics.indexOf(m)];
const ids = ['0', ...geo.index.filter((g) => level[g] === 'fylke')];

// SSB PxWebApi v1: index as object, no role.geo, codes as SSB writes them, extension.px.
const ssb = {
  version: '2.0',
  class: 'dataset',
  label: 'Årsverk i psykisk helse- og rusarbeid per 10 000 innbyggere, etter region og år',
  source: 'SINTEF (IS-24/8), i SSB-form',
  updated: '2023-11-26T06:00:00Z',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [ids.length, 1, 1],
  dimension: {
    Region: {
      label: 'region',
      category: {
        index: Object.fromEntries(ids.map((g, i) => [g === '0' ? '0' : `F-${g}`, i])),
        label: Object.fromEntries(ids.map((g) => [g === '0' ? '0' : `F-${g}`, geo.label[g]])),
      },
    },
    ContentsCode: {
      label: 'statistikkvariabel',
      category: { index: { Arsverk10000: 0 }, label: { Arsverk10000: 'Årsverk per 10 000 innbyggere' }, unit: { Arsverk10000: { base: 'per 10 000 innbyggere', decimals: 0 } } },
    },
    Tid: { label: 'år', category: { index: { 2023: 0 }, label: { 2023: '2023' } } },
  },
  value: ids.map((g) => at(g, 'per10000-alle')),
  status: {},
  role: { time: ['Tid'], metric: ['ContentsCode'] },
  extension: { px: { infofile: 'None', tableid: '00000', decimals: 0 } },
};
// A suppressed cell the way SSB sends it: null plus ':' in the sparse status object.
ssb.value[ids.indexOf('54')] = null;
ssb.status[String(ids.indexOf('54'))] = ':';

// FHI Statistikk Open API: role null, status "", periods 2023_2023, constant sex and age.
const fhi = {
  class: 'dataset',
  version: '2.0',
  href: null,
  label: 'Årsverk i psykisk helse- og rusarbeid',
  updated: '2023-11-26T11:44:58.7706326+00:00',
  source: null,
  id: ['GEO', 'AAR', 'KJONN', 'ALDER', 'MEASURE_TYPE'],
  size: [ids.length, 1, 1, 1, 1],
  role: null,
  dimension: {
    GEO: { label: 'Geografi', category: { index: ids, label: Object.fromEntries(ids.map((g) => [g, geo.label[g]])) } },
    AAR: { label: 'År', category: { index: ['2023_2023'], label: { '2023_2023': '2023' } } },
    KJONN: { label: 'Kjønn', category: { index: ['0'], label: { 0: 'Kjønn samlet' } } },
    ALDER: { label: 'Alder', category: { index: ['0_120'], label: { '0_120': 'Alle aldre' } } },
    MEASURE_TYPE: { label: 'Måltall', category: { index: ['ARSVERK'], label: { ARSVERK: 'årsverk' } } },
  },
  value: ids.map((g) => at(g, 'arsverk-alle')),
  status: '',
};

writeFileSync('test/fixtures/ssb-fylker.json', JSON.stringify(ssb, null, 1) + '\n');
writeFileSync('test/fixtures/fhi-fylker.json', JSON.stringify(fhi, null, 1) + '\n');
console.log('Wrote test/fixtures/ssb-fylker.json and fhi-fylker.json');
