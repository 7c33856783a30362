// One policy for every option attribute, and the kommune lookups every element shares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/base/error-message.js';
import { findKommune, numbersOf, pickKommune, toCodeList } from '../../src/data/codelist.js';
import { LoadError } from '../../src/data/errors.js';
import { readJsonStat } from '../../src/data/jsonstat.js';
import { formatFilter, looseId, parseFilter, pickOption, pickOptions, pickPeriod } from '../../src/data/options.js';
import { buildArsverkModel } from '../../src/elements/arsverk-tabell/model.js';
import { buildProjectionModel } from '../../src/elements/framskriving-chart/model.js';
import { buildRateModel } from '../../src/elements/hf-pasientrate/model.js';

const json = (path: string) => JSON.parse(readFileSync(`data-contracts/${path}`, 'utf8'));
const hfs = toCodeList(json('codelists/helsefellesskap.json'))!;
const kommuner = toCodeList(json('codelists/kommuner-2023.json'))!;
const rates = readJsonStat(json('datasets/pasientrate-2019.json'));
const projections = readJsonStat(json('datasets/framskriving-dogn-poliklinikk.json'));
const arsverk = readJsonStat(json('datasets/arsverk-2023.json'));

/** What `fn` throws, as the element's error message would say it. */
function error(fn: () => unknown, lang: 'nb' | 'en' = 'nb'): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LoadError);
    const { code, message } = describeError(e, lang);
    return { code, message };
  }
  throw new Error('no error');
}

describe('picking an option', () => {
  it('gives the default when left out, the value when accepted, and an error naming the accepted values otherwise', () => {
    expect(pickOption('view', undefined, ['chart', 'table'], 'chart')).toBe('chart');
    expect(pickOption('view', ' table ', ['chart', 'table'], 'chart')).toBe('table');
    expect(error(() => pickOption('view', 'tabell', ['chart', 'table'], 'chart'))).toEqual({
      code: 'unknown-option',
      message: '«tabell» er ikke en gyldig verdi for view. Gyldige verdier: chart, table.',
    });
    expect(error(() => pickOption('view', 'tabell', ['chart', 'table']), 'en').message).toBe('“tabell” is not a valid value of view. Valid values: chart, table.');
  });

  it('lists at most twelve accepted values', () => {
    const many = Array.from({ length: 20 }, (_, i) => `v${i}`);
    expect(error(() => pickOption('period', 'x', many)).message).toBe(`«x» er ikke en gyldig verdi for period. Gyldige verdier: ${many.slice(0, 12).join(', ')}, ….`);
  });

  it('compares ids loosely where asked: liggedøgn finds liggedogn, "Helse Nord" finds helse-nord', () => {
    expect(pickOption('measure', 'Liggedøgn', ['liggedogn'], undefined, looseId)).toBe('liggedogn');
    expect(pickOptions('tjeneste', 'BUP, tsb', ['bup', 'vop', 'tsb'], looseId)).toEqual(['bup', 'tsb']);
    expect(error(() => pickOptions('tjeneste', 'bup dps', ['bup', 'vop', 'tsb'], looseId)).message).toBe('«dps» er ikke en gyldig verdi for tjeneste. Gyldige verdier: bup, vop, tsb.');
  });

  it('folds other diacritics too: Ika finds Ikä', () => {
    expect(looseId('Ikä')).toBe(looseId('Ika'));
  });

  it('reads back what a control writes into filter, also names with ; or = in them', () => {
    const choices = [
      { dimension: 'Alder', category: '0-9' },
      { dimension: 'Kjønn=kode', category: 'a;b\\c' },
    ];
    expect(parseFilter(formatFilter(choices))).toEqual(choices.map((c) => [c.dimension, c.category]));
    expect(parseFilter(' Alder = 20-29 år ;; Kjønn=2 ')).toEqual([['Alder', '20-29 år'], ['Kjønn', '2']]);
    expect(error(() => parseFilter('Alder')).message).toBe('«Alder» er ikke en gyldig verdi for filter. Skriv dimensjon=kategori, flere skilt med semikolon, for eksempel Alder=0-9;Kjønn=2.');
  });

  it('picks the latest period with numbers by default', () => {
    expect(pickPeriod(rates, undefined)).toBe('2019');
    expect(error(() => pickPeriod(rates, '1999')).message).toBe('«1999» er ikke en gyldig verdi for period. Gyldige verdier: 2019.');
  });
});

describe('every element takes its options by that policy', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['hf-pasientrate sort', () => buildRateModel(rates, { lang: 'nb', sort: 'størrelse' }), '«størrelse» er ikke en gyldig verdi for sort. Gyldige verdier: file, value, name.'],
    ['hf-pasientrate measure', () => buildRateModel(rates, { lang: 'nb', measure: 'senger' }), '«senger» er ikke en gyldig verdi for measure. Gyldige verdier: rate.'],
    ['framskriving-chart variant', () => buildProjectionModel(projections, { lang: 'nb', geo: '0', variant: 'stepz' }), '«stepz» er ikke en gyldig verdi for variant. Gyldige verdier: trend, steps.'],
    ['framskriving-chart tjeneste', () => buildProjectionModel(projections, { lang: 'nb', geo: '0', services: 'dps' }), '«dps» er ikke en gyldig verdi for tjeneste. Gyldige verdier: alle,'],
    ['framskriving-chart measure', () => buildProjectionModel(projections, { lang: 'nb', geo: '0', measure: 'senger' }), '«senger» er ikke en gyldig verdi for measure.'],
    ['arsverk-tabell gruppe', () => buildArsverkModel(arsverk, { lang: 'nb', gruppe: 'eldre', sizeGroupOf: () => undefined }), '«eldre» er ikke en gyldig verdi for gruppe. Gyldige verdier: alle, voksne, barn-og-unge.'],
    ['arsverk-tabell measure', () => buildArsverkModel(arsverk, { lang: 'nb', measure: 'antall', sizeGroupOf: () => undefined }), '«antall» er ikke en gyldig verdi for measure. Gyldige verdier: per10000, arsverk.'],
    ['arsverk-tabell fylke', () => buildArsverkModel(arsverk, { lang: 'nb', fylke: '99', sizeGroupOf: () => undefined }), '«99» er ikke en gyldig verdi for fylke. Gyldige verdier: 03, 34, 30, 38, 42, 11, 46, 15, 50, 18, 54.'],
  ];
  for (const [what, fn, message] of cases) {
    it(what, () => {
      const e = error(fn);
      expect(e.code).toBe('unknown-option');
      expect(e.message.startsWith(message), e.message).toBe(true);
    });
  }
});

describe('a kommune and its numbers', () => {
  it('finds the numbers one kommune has had, both ways and one to many', () => {
    expect(numbersOf(hfs, '5401')).toEqual(['5401', '5501']);
    expect(numbersOf(hfs, '5501')).toEqual(['5501', '5401']);
    expect(numbersOf(kommuner, '1507')).toEqual(['1507', '1508', '1580']);
    expect(numbersOf(kommuner, '1580')).toEqual(['1580', '1507']);
    expect(numbersOf(undefined, '1804')).toEqual(['1804']);
  });

  it('finds the row a file has for a kommune under any of its numbers', () => {
    const rows2023 = new Set(['5401', '1507', '4601']);
    expect(findKommune('5501', rows2023, [kommuner])).toBe('5401');
    expect(findKommune('1580', rows2023, [kommuner])).toBe('1507');
    expect(findKommune('4601', rows2023, [])).toBe('4601');
    expect(findKommune('1804', rows2023, [kommuner])).toBeUndefined();
  });

  it('takes a kommune number, with or without its leading zero, and nothing else', () => {
    expect(pickKommune(' 301 ', hfs)).toBe('0301');
    expect(pickKommune('5501', hfs)).toBe('5501');
    expect(pickKommune(undefined, hfs)).toBeUndefined();
    expect(error(() => pickKommune('Bodø', hfs)).message).toBe('«Bodø» er ikke en gyldig verdi for kommune. Bruk et kommunenummer med fire sifre, for eksempel 1804 for Bodø.');
    expect(error(() => pickKommune('9999', kommuner), 'en').message).toBe('“9999” is not a valid value of kommune. Use a four-digit municipality number, for example 1804 for Bodø.');
    // Without a code list the number cannot be checked, and is taken.
    expect(pickKommune('9999')).toBe('9999');
  });

  it('reads a broken code list as none, and each list once', () => {
    const broken = { class: 'dataset' };
    expect(toCodeList(broken)).toBeUndefined();
    expect(toCodeList(broken)).toBeUndefined();
    expect(toCodeList(undefined)).toBeUndefined();
    const file = json('codelists/helsefellesskap.json');
    const list = toCodeList(file);
    expect(list?.ids.length).toBeGreaterThan(400);
    expect(toCodeList(file)).toBe(list);
  });
});
