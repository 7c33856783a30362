// A consumer's code, compiled against the built types by test/unit/package.test.ts (not by the
// project's own type check): the package as an app imports it.
import 'hf-indikatorer';
import { defineAll, type HfErrorDetail } from 'hf-indikatorer';
import { HfPasientrate } from 'hf-indikatorer/hf-pasientrate.js';
import { readJsonStat } from 'hf-indikatorer/data.js';

await defineAll();
const rate = document.querySelector('hf-pasientrate')!;
rate.kommune = '5501';
rate.addEventListener('hf-error', (e) => {
  const message: string = e.detail.message;
  const code: HfErrorDetail['code'] = e.detail.code;
  console.warn(message, code, e.detail.src);
});
rate.addEventListener('hf-load', (e) => console.log(e.detail.label.toUpperCase(), e.detail.src));
rate.addEventListener('hf-render', (e) => console.log(e.detail.view === 'chart'));

const table = document.createElement('arsverk-tabell');
table.measure = 'arsverk';
table.addEventListener('hf-error', (e) => console.warn(e.detail.message));
document.querySelector('framskriving-chart')?.addEventListener('hf-render', (e) => e.detail.view);

const own = new HfPasientrate();
own.data = readJsonStat({});
