import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeList } from '../../src/data/codelist.js';
import { ConvertError, convertCsv, type ConvertOptions } from '../../src/data/convert.js';
import { readJsonStat } from '../../src/data/jsonstat.js';

const EXAMPLE = 'data-contracts/examples/csv/arsverk-fylker-2023';
const codeLists = Object.fromEntries(
  readdirSync('data-contracts/codelists').map((f) => [f.replace(/\.json$/, ''), readCodeList(JSON.parse(readFileSync(`data-contracts/codelists/${f}`, 'utf8')))]),
);
const meta = JSON.parse(readFileSync(`${EXAMPLE}.meta.json`, 'utf8')) as ConvertOptions;
const options: ConvertOptions = { title: 'Tittel', unit: 'per 10 000 innbyggere', source: 'Kilde', updated: '2024' };
const value = (cube: ReturnType<typeof readJsonStat>, geo: string, extra: Record<string, string> = {}) =>
  cube.rows.find((r) => r.geo === geo && Object.entries(extra).every(([k, v]) => r.coords[k] === v));

describe('hf-indikatorer convert: a CSV with one row per cell to a profile file', () => {
  it("the worked example: 11 fylker of Tabell 4.4 and the country, one hidden, as Excel in Norway saves them; the committed output is the converter's", () => {
    const { dataset, chosen } = convertCsv(readFileSync(`${EXAMPLE}.csv`, 'utf8'), { ...meta, codeLists });
    expect(dataset).toEqual(JSON.parse(readFileSync(`${EXAMPLE}.json`, 'utf8')));
    expect(chosen).toMatchObject({ value: 'Årsverk per 10 000 innbyggere', time: 'År', geo: 'Fylke', geoIds: 'fylker-2020', delimiter: ';' });
    const cube = readJsonStat(dataset);
    expect(cube.warnings).toEqual([]);
    expect(cube.reference).toBe('0');
    // Names get the code list's numbers: Oslo the fylke (03), not the kommune (0301).
    expect(cube.geo.categories.map((c) => c.id)).toEqual(['0', '03', '34', '30', '38', '42', '11', '46', '15', '50', '18', '54']);
    expect(value(cube, '03')?.value).toBe(28);
    expect(value(cube, '0')?.value).toBe(32);
    expect(value(cube, '30')).toMatchObject({ value: null, status: ':' });
    expect(cube.statusCodes[':']?.kind).toBe('suppressed');
    // In the file's language.
    expect(cube.statusCodes[':']?.label).toBe('Skjult av personvernhensyn');
    const english = readJsonStat(convertCsv(readFileSync(`${EXAMPLE}.csv`, 'utf8'), { ...meta, language: 'en', codeLists }).dataset);
    expect(english.statusCodes[':']?.label).toBe('Hidden to protect privacy');
    expect(cube.metric.unit.verdi).toMatchObject({ label: 'per 10 000 innbyggere', decimals: 0 });
  });

  it('reads what producers export: commas with quoted decimal commas, tabs, spaces between thousands, nil as 0, area numbers in a column, further dimensions', () => {
    const comma = 'Kommunenummer,Kommune,Kjønn,År,Verdi\n0301,Oslo,Menn,2022,"28,5"\n0301,Oslo,Kvinner,2022,"1 646 582"\n1804,Bodø,Menn,2022,-\n1804,Bodø,Kvinner,2022,..\n';
    const { dataset, chosen } = convertCsv(comma, options);
    expect(chosen).toMatchObject({ delimiter: ',', geoIds: 'Kommunenummer', dimensions: ['Kjønn'] });
    const cube = readJsonStat(dataset);
    expect(value(cube, '0301', { kjonn: 'menn' })?.value).toBe(28.5);
    expect(value(cube, '0301', { kjonn: 'kvinner' })?.value).toBe(1646582);
    expect(value(cube, '1804', { kjonn: 'menn' })).toMatchObject({ value: 0, status: '-' });
    expect(value(cube, '1804', { kjonn: 'kvinner' })).toMatchObject({ value: null, status: '..' });
    expect(cube.metric.unit.verdi?.decimals).toBe(1);
    const tab = convertCsv('region\tår\tandel\nBodø\t2021\t12.5\nBodø\t2022\t13.25\n', { ...options, columns: { value: 'andel' } });
    expect(tab.chosen.delimiter).toBe('\t');
    expect(readJsonStat(tab.dataset).rows.map((r) => r.value)).toEqual([12.5, 13.25]);
  });

  it('refuses what it cannot read, naming the line', () => {
    const fails = (csv: string, opts: Partial<ConvertOptions> = {}) => {
      try {
        convertCsv(csv, { ...options, ...opts });
      } catch (e) {
        return e instanceof ConvertError ? { code: e.code, ...e.params } : e;
      }
      return 'converted';
    };
    expect(fails('Fylke;År;Verdi\nOslo;2023;28\nAgder;2023;mange\n')).toMatchObject({ code: 'not-a-number', line: 3, value: 'mange' });
    expect(fails('Fylke;År;Verdi\nOslo;2023;28\nOslo;2023;29\n')).toMatchObject({ code: 'duplicate', line: 3, first: 2 });
    expect(fails('Fylke;Verdi\nOslo;28\n')).toMatchObject({ code: 'no-column', what: 'time' });
    expect(fails('Fylke;År;Verdi\nOslo;2023\n')).toMatchObject({ code: 'row-length', line: 2 });
    expect(fails('Fylke;År;Verdi\n')).toMatchObject({ code: 'empty' });
    expect(fails('Fylke;År;Verdi\nOslo;2023;28\n', { unit: '' })).toMatchObject({ code: 'options', missing: 'unit' });
    // A name the code list lacks, where it has the others: said, never made-up ids for some areas.
    expect(fails('Kommune;År;Verdi\nBodø;2023;12,5\nFantasiby;2023;9\nTromsø;2023;11\n', { codeLists })).toMatchObject({ code: 'unknown-area', names: 'Fantasiby', line: 3 });
    // A column of free text taken for a dimension leaves cells without a row.
    expect(fails('Fylke;År;Merknad;Verdi\nOslo;2023;"a; b";28\nAgder;2023;x;41\n')).toMatchObject({ code: 'incomplete', missing: 2, example: 'Oslo, x, 2023', dimensions: 'Merknad' });
  });

  it('the command writes the file beside the CSV with its header file, checks it with the reader, and says why it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-convert-'));
    copyFileSync(`${EXAMPLE}.csv`, join(dir, 'fylker.csv'));
    copyFileSync(`${EXAMPLE}.meta.json`, join(dir, 'fylker.meta.json'));
    const said = execFileSync('node', ['bin/hf-indikatorer.mjs', 'convert', join(dir, 'fylker.csv')], { encoding: 'utf8' });
    expect(said).toContain('(nummer fra fylker-2020)');
    expect(said).toContain('✓');
    expect(JSON.parse(readFileSync(join(dir, 'fylker.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(`${EXAMPLE}.json`, 'utf8')));
    writeFileSync(join(dir, 'bad.csv'), 'Fylke;År;Verdi\nOslo;2023;28\nAgder;2023;mange\n');
    const bad = spawnSync('node', ['bin/hf-indikatorer.mjs', 'convert', join(dir, 'bad.csv'), '--title', 'T', '--unit', 'U', '--source', 'S', '--updated', '2024', '--lang', 'en'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('Line 3: "mange" in Verdi is neither a number nor a status symbol');
    // Nothing is written for a file the reader refuses.
    expect(readdirSync(dir).filter((f) => f.startsWith('bad'))).toEqual(['bad.csv']);
  });
});
