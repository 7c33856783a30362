#!/usr/bin/env node
// hf-indikatorer validate [--lang nb|nn|en] file.json […]: reads each file with the same reader
// as the elements and prints every error and warning with its JSON path. Exits 1 when a file
// has errors (an element would refuse it), 2 on wrong usage.
// hf-indikatorer convert data.csv [options]: writes a profile file from a CSV with one row per
// cell, and checks it with the same reader. Exits 1 when it cannot, 2 on wrong usage.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: hf-indikatorer validate [--lang nb|nn|en] file.json [more.json …]
       hf-indikatorer convert data.csv [--meta meta.json] [-o out.json] [--title …] [--unit …]
              [--measure …] [--decimals n] [--source …] [--updated YYYY-MM-DD] [--definition …]
              [--license …] [--language nb] [--value column] [--time column] [--geo column]
              [--geo-id column] [--lang nb|nn|en]

Reads each file as <hf-pasientrate> and the other elements do, and prints every error (no element
shows the file) and warning (a rule of the hf-indikatorer profile the file breaks, which readers
of a chart never see; or "no geography": elements that compare areas, such as <hf-pasientrate>,
refuse the file), each with its JSON path. Exits with 1 when a file has errors.

convert writes a JSON-stat file of the hf-indikatorer profile from a CSV with one row per cell
(";", "," or tab; decimal comma or point; SSB's symbols ":", "..", ".", "...", "-" in the value
column). Title, unit and the rest come from the options or from a header file (--meta, else
data.meta.json beside data.csv, with the options' names as keys). The file is read as the elements
read it, and then written to -o, else beside the CSV as data.json.`;

/** Read without an error, yet no element has anything to show. */
const NOTHING_TO_SHOW = new Set(['no-values']);

const TEXTS = {
  nb: { error: 'feil', warning: 'advarsel', notJson: 'ikke lesbar JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensjoner, ${n} celler`, codeList: (n) => `kodeliste, ${n} koder`, missing: 'Finner ikke filen' },
  nn: { error: 'feil', warning: 'åtvaring', notJson: 'ikkje lesbar JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensjonar, ${n} celler`, codeList: (n) => `kodeliste, ${n} kodar`, missing: 'Finn ikkje fila' },
  en: { error: 'error', warning: 'warning', notJson: 'not readable JSON', read: (v, d, n) => `JSON-stat ${v}, ${d} dimensions, ${n} cells`, codeList: (n) => `code list, ${n} codes`, missing: 'File not found' },
};

/** The converter's reasons, by its error code, and what it says it chose. */
const CONVERT = {
  nb: {
    options: (p) => `Mangler --${p.missing} (eller "${p.missing}" i header-filen).`,
    empty: () => 'Filen har ingen rader under overskriftene.',
    'no-column': (p) => (p.given ? `Finner ikke kolonnen «${p.given}». Kolonnene er: ${p.columns}.` : `Finner ingen kolonne for ${WHAT.nb[p.what]}. Kolonnene er: ${p.columns}. Bruk --${p.what === 'geoId' ? 'geo-id' : p.what} kolonnenavn.`),
    'row-length': (p) => `Linje ${p.line} har ${p.fields} felt; overskriften har ${p.expected}.`,
    'not-a-number': (p) => `Linje ${p.line}: «${p.value}» i ${p.column} er verken et tall eller et statustegn (: .. . ... -).`,
    duplicate: (p) => `Linje ${p.line} gjelder samme celle som linje ${p.first}.`,
    'unknown-area': (p) => `Linje ${p.line}: ${p.names} finnes ikke i kodelisten ${p.list}, som har de andre områdene. Er navnet skrevet riktig? Ellers: gi numrene i en egen kolonne (--geo-id).`,
    incomplete: (p) => `${p.missing} celler mangler en rad, for eksempel ${p.example}. Skriv .. der et tall mangler.${p.dimensions ? ` Er ${p.dimensions} en kolonne med fritekst og ikke en inndeling, fjern den.` : ''}`,
    chosen: (c) => `Verdier fra «${c.value}», perioder fra «${c.time}», områder fra «${c.geo}»${c.geoIds ? ` (nummer fra ${c.geoIds})` : ''}${c.dimensions.length ? `, andre dimensjoner: ${c.dimensions.join(', ')}` : ''}.`,
    written: (f) => `Skrev ${f}`,
  },
  nn: {
    options: (p) => `Manglar --${p.missing} (eller "${p.missing}" i header-fila).`,
    empty: () => 'Fila har ingen rader under overskriftene.',
    'no-column': (p) => (p.given ? `Finn ikkje kolonnen «${p.given}». Kolonnane er: ${p.columns}.` : `Finn ingen kolonne for ${WHAT.nn[p.what]}. Kolonnane er: ${p.columns}. Bruk --${p.what === 'geoId' ? 'geo-id' : p.what} kolonnenamn.`),
    'row-length': (p) => `Linje ${p.line} har ${p.fields} felt; overskrifta har ${p.expected}.`,
    'not-a-number': (p) => `Linje ${p.line}: «${p.value}» i ${p.column} er verken eit tal eller eit statusteikn (: .. . ... -).`,
    duplicate: (p) => `Linje ${p.line} gjeld same celle som linje ${p.first}.`,
    'unknown-area': (p) => `Linje ${p.line}: ${p.names} finst ikkje i kodelista ${p.list}, som har dei andre områda. Er namnet skrive rett? Elles: gi nummera i ein eigen kolonne (--geo-id).`,
    incomplete: (p) => `${p.missing} celler manglar ei rad, til dømes ${p.example}. Skriv .. der eit tal manglar.${p.dimensions ? ` Er ${p.dimensions} ein kolonne med fritekst og ikkje ei inndeling, fjern han.` : ''}`,
    chosen: (c) => `Verdiar frå «${c.value}», periodar frå «${c.time}», område frå «${c.geo}»${c.geoIds ? ` (nummer frå ${c.geoIds})` : ''}${c.dimensions.length ? `, andre dimensjonar: ${c.dimensions.join(', ')}` : ''}.`,
    written: (f) => `Skreiv ${f}`,
  },
  en: {
    options: (p) => `--${p.missing} is missing (or "${p.missing}" in the header file).`,
    empty: () => 'The file has no rows under its header.',
    'no-column': (p) => (p.given ? `There is no column "${p.given}". The columns are: ${p.columns}.` : `No column for ${WHAT.en[p.what]}. The columns are: ${p.columns}. Use --${p.what === 'geoId' ? 'geo-id' : p.what} column-name.`),
    'row-length': (p) => `Line ${p.line} has ${p.fields} fields; the header has ${p.expected}.`,
    'not-a-number': (p) => `Line ${p.line}: "${p.value}" in ${p.column} is neither a number nor a status symbol (: .. . ... -).`,
    duplicate: (p) => `Line ${p.line} is the same cell as line ${p.first}.`,
    'unknown-area': (p) => `Line ${p.line}: ${p.names} is not in the code list ${p.list}, which has the other areas. Is it spelt right? Otherwise give the numbers in a column of their own (--geo-id).`,
    incomplete: (p) => `${p.missing} cells have no row, e.g. ${p.example}. Write .. where a figure is missing.${p.dimensions ? ` If ${p.dimensions} is a column of free text rather than a breakdown, remove it.` : ''}`,
    chosen: (c) => `Values from "${c.value}", periods from "${c.time}", areas from "${c.geo}"${c.geoIds ? ` (numbers from ${c.geoIds})` : ''}${c.dimensions.length ? `, other dimensions: ${c.dimensions.join(', ')}` : ''}.`,
    written: (f) => `Wrote ${f}`,
  },
};
const WHAT = {
  nb: { value: 'verdiene', time: 'periodene (år)', geo: 'områdene', geoId: 'områdenumrene' },
  nn: { value: 'verdiane', time: 'periodane (år)', geo: 'områda', geoId: 'områdenummera' },
  en: { value: 'the values', time: 'the periods (years)', geo: 'the areas', geoId: 'the area numbers' },
};

/** The options `convert` takes, by their name on the command line and in the header file. */
const OPTIONS = ['title', 'unit', 'measure', 'decimals', 'source', 'updated', 'definition', 'license', 'language'];
const COLUMNS = { value: 'value', time: 'time', geo: 'geo', 'geo-id': 'geoId' };

async function convert(args) {
  let lang = 'nb';
  let csvFile;
  let out;
  let meta;
  const given = {};
  const columns = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
    const next = () => inline ?? args[++i];
    const name = flag.replace(/^--/, '');
    if (flag === '--lang') lang = next();
    else if (flag === '-o' || flag === '--out') out = next();
    else if (flag === '--meta') meta = next();
    else if (flag.startsWith('--') && OPTIONS.includes(name)) given[name] = next();
    else if (flag.startsWith('--') && name in COLUMNS) columns[COLUMNS[name]] = next();
    else if (!flag.startsWith('-') && !csvFile) csvFile = flag;
    else csvFile = undefined;
  }
  if (!CONVERT[lang] || !csvFile) {
    console.error(USAGE);
    return 2;
  }
  const t = { ...TEXTS[lang], ...CONVERT[lang] };
  if (!existsSync(csvFile)) {
    console.log(`✗ ${csvFile}: ${t.missing}`);
    return 1;
  }
  const base = join(dirname(csvFile), basename(csvFile).replace(/\.[^.]+$/, ''));
  meta ??= existsSync(`${base}.meta.json`) ? `${base}.meta.json` : undefined;
  const header = meta ? JSON.parse(readFileSync(meta, 'utf8')) : {};
  const options = { ...header, ...given, columns: { ...header.columns, ...columns } };
  if (options.decimals !== undefined) options.decimals = Number(options.decimals);
  const { convertCsv, ConvertError, readCodeList, readJsonStat, JsonStatError, ruleMessage } = await import('../dist/data.js');
  // The bundled code lists give areas named only by name their numbers.
  const lists = join(dirname(fileURLToPath(import.meta.url)), '../data-contracts/codelists');
  options.codeLists = Object.fromEntries(readdirSync(lists).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), readCodeList(JSON.parse(readFileSync(join(lists, f), 'utf8')))]));
  let converted;
  try {
    converted = convertCsv(readFileSync(csvFile, 'utf8'), options);
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    console.log(`✗ ${csvFile}: ${t[e.code](e.params)}`);
    return 1;
  }
  console.log(t.chosen(converted.chosen));
  const target = out ?? `${base}.json`;
  // Read as the elements read it before anything is written: a file no element shows is never left behind.
  let cube;
  try {
    cube = readJsonStat(converted.dataset);
  } catch (e) {
    if (!(e instanceof JsonStatError)) throw e;
    console.log(`✗ ${csvFile}`);
    e.problems.forEach((p) => console.log(`  ${t.error} ${p.path}: ${ruleMessage(lang, p.rule, p.params)}`));
    return 1;
  }
  writeFileSync(target, `${JSON.stringify(converted.dataset, null, 2)}\n`);
  console.log(t.written(target));
  console.log(`✓ ${target}: ${t.read(cube.version, cube.dimensions.length, cube.rows.length)}`);
  cube.warnings.forEach((p) => console.log(`  ${t.warning} ${p.path}: ${ruleMessage(lang, p.rule, p.params)}`));
  return 0;
}

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
else if (command === 'convert') process.exitCode = await convert(rest);
else {
  console.error(USAGE);
  process.exitCode = command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
