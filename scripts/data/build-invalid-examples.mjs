// Writes data-contracts/examples/invalid/: one file per rule of the profile, each a small copy of a
// valid dataset (real IS-3047 numbers) with exactly that rule broken, plus expected.json with the
// rule, the JSON path and the Norwegian message the reader must give.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const valid = () => ({
  version: '2.0',
  class: 'dataset',
  label: 'Pasienter med alvorlige psykiske lidelser per 10 000 innbyggere, 2019',
  source: 'Helsedirektoratet: Styringsinformasjon til helsefellesskapene, del III (IS-3047), 2022, Vedleggstabell 1',
  updated: '2022-09-01',
  id: ['region', 'tid', 'maal'],
  size: [3, 1, 1],
  role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
  dimension: {
    region: {
      label: 'Region',
      category: {
        index: ['0', 'hfs-unn', 'hfs-finnmark'],
        label: { 0: 'Norge', 'hfs-unn': 'UNN-området', 'hfs-finnmark': 'Finnmark' },
      },
      extension: { hi: { level: { 0: 'land', 'hfs-unn': 'helsefellesskap', 'hfs-finnmark': 'helsefellesskap' } } },
    },
    tid: { label: 'År', category: { index: ['2019'] } },
    maal: {
      label: 'Mål',
      category: {
        index: ['rate'],
        label: { rate: 'Pasienter per 10 000 innbyggere' },
        unit: { rate: { label: 'per 10 000 innbyggere', decimals: 0 } },
      },
    },
  },
  value: [162, 149, 230],
  extension: { hi: { profile: 'hf-indikatorer/1.0', reference: '0', license: 'NLOD-2.0' } },
});

const cases = [
  ['value-length', (d) => (d.value = [162, 149]), '$.value', 'value har 2 tall, men dimensjonene gir 3 celler.'],
  ['value-type', (d) => (d.value[2] = 'mange'), '$.value[2]', 'Verdien i celle 2 er verken et tall eller null.'],
  ['dimension-missing', (d) => delete d.dimension.tid, '$.dimension', 'Dimensjonen «tid» står i id, men mangler i dimension.'],
  ['dimension-extra', (d) => (d.dimension.kjonn = { category: { index: ['0'] } }), '$.dimension.kjonn', 'Dimensjonen «kjonn» står i dimension, men ikke i id.'],
  ['size-length', (d) => (d.size = [3, 1]), '$.size', 'id har 3 dimensjoner, men size har 2 tall.'],
  ['index-count', (d) => (d.size = [4, 1, 1]), '$.dimension.region.category.index', 'Dimensjonen «region» har 3 kategorier, men size sier 4.'],
  ['role-unknown-dimension', (d) => (d.role.geo = ['område']), '$.role.geo', 'Rollen geo viser til dimensjonen «område», som ikke finnes.'],
  ['role-count', (d) => (d.role.time = ['tid', 'maal']), '$.role.time', 'Rollen time må peke på nøyaktig én dimensjon, ikke 2.'],
  ['unit-missing', (d) => delete d.dimension.maal.category.unit, '$.dimension.maal.category.unit', 'Målet «rate» mangler enhet (unit med label og decimals).'],
  ['unit-decimals', (d) => delete d.dimension.maal.category.unit.rate.decimals, '$.dimension.maal.category.unit.rate.decimals', 'Enheten mangler decimals (antall desimaler).'],
  ['status-unexplained', (d) => ((d.value[1] = null), (d.status = { 1: 'x' })), '$.status', 'Statuskoden «x» er brukt, men ikke forklart i extension.hi.statusCodes.'],
  ['null-without-status', (d) => (d.value[1] = null), '$.value[1]', 'Celle 1 mangler tall, men har ingen statuskode som sier hvorfor.'],
  ['field-required', (d) => delete d.source, '$.source', 'Feltet «source» mangler.'],
  ['updated-format', (d) => (d.updated = 'i fjor'), '$.updated', 'Datoen «i fjor» i updated er ikke en ISO 8601-dato.'],
  ['version', (d) => (d.version = '1.0'), '$.version', 'Versjonen er «1.0», men må være «2.0».'],
  ['child-unknown', (d) => (d.dimension.region.category.child = { 'hfs-unn': ['5401'] }), '$.dimension.region.category.child.hfs-unn', 'Hierarkiet i «region» viser til den ukjente kategorien «5401».'],
  ['child-cycle', (d) => (d.dimension.region.category.child = { 'hfs-unn': ['hfs-finnmark'], 'hfs-finnmark': ['hfs-unn'] }), '$.dimension.region.category.child', 'Hierarkiet i «region» går i ring.'],
  ['label-unknown', (d) => (d.dimension.region.category.label['hfs-oslo'] = 'Oslo'), '$.dimension.region.category.label.hfs-oslo', 'Etiketten for «hfs-oslo» i «region» hører ikke til noen kategori.'],
  ['reference-unknown', (d) => (d.extension.hi.reference = 'norge'), '$.extension.hi.reference', 'Referanseenheten «norge» finnes ikke i den geografiske dimensjonen.'],
  ['projection-period', (d) => (d.extension.hi.projection = { basePeriod: '2021', steps: [] }), '$.extension.hi.projection.basePeriod', 'Framskrivingen viser til perioden «2021», som ikke finnes i tidsdimensjonen.'],
  ['projection-metric', (d) => (d.extension.hi.projection = { basePeriod: '2019', steps: [{ measure: 'rate', to: '2019', components: [{ metric: 'rate-demografi', type: 'level' }] }] }), '$.extension.hi.projection.steps[0].components[0].metric', 'Framskrivingen viser til målet «rate-demografi», som ikke finnes i måldimensjonen.'],
  ['projection-component-type', (d) => (d.extension.hi.projection = { basePeriod: '2019', steps: [{ measure: 'rate', to: '2019', components: [{ metric: 'rate', type: 'prosent' }] }] }), '$.extension.hi.projection.steps[0].components[0].type', 'Leddtypen «prosent» finnes ikke (bare level, change og subset).'],
  ['projection-metric', (d) => (d.extension.hi.projection = { basePeriod: '2019', steps: [], intervals: { rate: { lower: 'rate-lav', upper: 'rate', level: 0.95 } } }), '$.extension.hi.projection.intervals.rate.lower', 'Framskrivingen viser til målet «rate-lav», som ikke finnes i måldimensjonen.'],
  ['not-jsonstat', (d) => delete d.size, '$', 'Filen mangler id, size eller dimension, så den er ikke JSON-stat.'],
  ['not-dataset', (d) => (d.class = 'collection'), '$.class', 'Filen er av klassen «collection», ikke et datasett.'],
];

const dir = 'data-contracts/examples/invalid';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const expected = {};
cases.forEach(([rule, breakIt, path, message], i) => {
  const d = valid();
  breakIt(d);
  const file = `${String(i + 1).padStart(2, '0')}-${rule}.json`;
  writeFileSync(`${dir}/${file}`, JSON.stringify(d, null, 2) + '\n');
  expected[file] = { rule, path, message };
});
writeFileSync(`${dir}/expected.json`, JSON.stringify(expected, null, 2) + '\n');
writeFileSync('data-contracts/examples/valid.json', JSON.stringify(valid(), null, 2) + '\n');
console.log(`Wrote ${cases.length} invalid examples to ${dir}`);
