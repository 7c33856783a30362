#!/usr/bin/env node
// hf-indikatorer validate [--lang nb|nn|en] file.json […]: reads each file with the same reader
// as the elements and prints every error and warning with its JSON path. Exits 1 when a file
// has errors (an element would refuse it), 2 on wrong usage.
import { readFileSync } from 'node:fs';

const USAGE = `Usage: hf-indikatorer validate [--lang nb|nn|en] file.json [more.json …]

Reads each file as <hf-pasientrate> and the other elements do, and prints every error (no element
shows the file) and warning (a rule of the hf-indikatorer profile the file breaks, which readers
of a chart never see; or "no geography": elements that compare areas, such as <hf-pasientrate>,
refuse the file), each with its JSON path. Exits with 1 when a file has errors.`;

/** Read without an error, yet no element has anything to show. */
const NOTHING_TO_SHOW = new Set(['no-values']);

const TEXTS = {
  nb: { error: 'feil', warning: 'advarsel', notJson: 'ikke lesbar JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensjoner, ${n} celler`, codeList: (n) => `kodeliste, ${n} koder`, missing: 'Finner ikke filen' },
  nn: { error: 'feil', warning: 'åtvaring', notJson: 'ikkje lesbar JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensjonar, ${n} celler`, codeList: (n) => `kodeliste, ${n} kodar`, missing: 'Finn ikkje fila' },
  en: { error: 'error', warning: 'warning', notJson: 'not readable JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensions, ${n} cells`, codeList: (n) => `code list, ${n} codes`, missing: 'File not found' },
};

async function validate(args) {
  let lang = 'nb';
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') lang = args[++i];
    else if (args[i].startsWith('--lang=')) lang = args[i].slice(7);
    else files.push(args[i]);
  }
  if (!TEXTS[lang] || !files.length) {
    console.error(USAGE);
    return 2;
  }
  const t = TEXTS[lang];
  const { readJsonStat, readCodeList, JsonStatError, ruleMessage } = await import('../dist/data.js');
  const say = (kind, p) => console.log(`  ${kind === 'error' ? t.error : t.warning} ${p.path}: ${ruleMessage(lang, p.rule, p.params)}`);
  let failed = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      console.log(`✗ ${file}: ${t.missing}`);
      failed++;
      continue;
    }
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      console.log(`✗ ${file}: ${t.notJson} (${e.message})`);
      failed++;
      continue;
    }
    if (doc?.class === 'dimension') {
      try {
        const list = readCodeList(doc);
        console.log(`✓ ${file}: ${t.codeList(list.ids.length)}`);
      } catch (e) {
        console.log(`✗ ${file}: ${e.message}`);
        failed++;
      }
      continue;
    }
    try {
      const cube = readJsonStat(doc);
      const errors = cube.warnings.filter((p) => NOTHING_TO_SHOW.has(p.rule));
      if (errors.length) failed++;
      console.log(`${errors.length ? '✗' : '✓'} ${file}: ${t.read(cube.version, cube.dimensions.length, cube.rows.length)}`);
      errors.forEach((p) => say('error', p));
      cube.warnings.filter((p) => !NOTHING_TO_SHOW.has(p.rule)).forEach((p) => say('warning', p));
    } catch (e) {
      failed++;
      console.log(`✗ ${file}`);
      if (e instanceof JsonStatError) {
        e.problems.forEach((p) => say('error', p));
        e.warnings.forEach((p) => say('warning', p));
      } else console.log(`  ${t.error} $: ${e?.message ?? e}`); // a bug of the reader: said, and the other files are still read
    }
  }
  return failed ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') process.exitCode = await validate(rest);
else {
  console.error(USAGE);
  process.exitCode = command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
