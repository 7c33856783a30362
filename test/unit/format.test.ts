import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatSigned, formatSignedPercent, toLang } from '../../src/format/number.js';
import { formatPlain, toCsv } from '../../src/format/csv.js';
import { MESSAGES } from '../../src/format/messages.js';
import { TEXTS as PASIENTRATE } from '../../src/elements/hf-pasientrate/messages.js';
import { RULES } from '../../src/format/rule-messages.js';

const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('numbers the Norwegian way', () => {
  it('nb and nn: space between thousands, decimal comma, ASCII minus', () => {
    for (const lang of ['nb', 'nn'] as const) {
      expect(nbsp(formatNumber(1234.5, lang, 1))).toBe('1 234,5');
      expect(nbsp(formatNumber(1646582, lang, 0))).toBe('1 646 582');
      expect(nbsp(formatNumber(-86116, lang, 0))).toBe('-86 116');
      expect(nbsp(formatPercent(0.123, lang))).toBe('12,3 %');
    }
  });
  it('keeps a no-break space inside numbers so they never wrap', () => {
    expect(formatNumber(17436, 'nb', 0)).toBe('17\u00a0436');
  });
  it('en: English grouping and decimal point', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatPercent(0.071, 'en')).toBe('7.1%');
  });
  it('signed changes', () => {
    expect(nbsp(formatSigned(123644, 'nb', 0))).toBe('+123 644');
    expect(nbsp(formatSigned(-86116, 'nb', 0))).toBe('-86 116');
    expect(nbsp(formatSignedPercent(0.0713, 'nb'))).toBe('+7,1 %');
  });
  it('writes every number as Intl.NumberFormat does for nb-NO and en-GB (the reference), without its start-up cost', () => {
    // Random values of every size, ties that float rounding gets wrong (1.005, 2.675), carries, -0.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const values = [0, -0, 1.005, 2.675, -1.005, 0.125, 9.995, 99.96, 999999.5, -0.001, 0.0049, 1e21, 1.5e-7, 123456789.125, 5e-324, 1.7976931348623157e308];
    for (let i = 0; i < 3000; i++) {
      const scale = 10 ** Math.floor(random() * 16 - 6);
      const v = (random() - 0.3) * scale;
      values.push(v, Math.round(v * 1000) / 1000, Math.round(v) + 0.5);
    }
    for (const [lang, locale] of [['nb', 'nb-NO'], ['nn', 'nb-NO'], ['en', 'en-GB']] as const) {
      for (const decimals of [undefined, 0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(locale, { ...(decimals === undefined ? {} : { minimumFractionDigits: decimals }), maximumFractionDigits: decimals ?? 2 });
        const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals ?? 1, maximumFractionDigits: decimals ?? 1 });
        for (const v of values) {
          expect(formatNumber(v, lang, decimals), `${v} ${lang} ${decimals}`).toBe(intl.format(v).replace(/\u2212/g, '-'));
          if (Math.abs(v) < 1e15) expect(formatPercent(v, lang, decimals ?? 1), `${v} ${lang} ${decimals} %`).toBe(percent.format(v).replace(/\u2212/g, '-'));
        }
      }
    }
    expect(formatNumber(Infinity, 'nb')).toBe('∞');
    expect(formatNumber(NaN, 'en')).toBe('NaN');
  });
  it('writes dates as Intl.DateTimeFormat does', () => {
    for (const [lang, locale] of [['nb', 'nb-NO'], ['nn', 'nb-NO'], ['en', 'en-GB']] as const) {
      const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 9, 10, 28]) {
          const iso = `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(formatDate(iso, lang)).toBe(day.format(Date.parse(iso)));
        }
        const iso = `1999-${String(m).padStart(2, '0')}`;
        expect(formatDate(iso, lang)).toBe(month.format(Date.parse(iso)));
      }
    }
  });
  it('plain numbers for CSV', () => {
    expect(formatPlain(1234.5, 'nb', 1)).toBe('1234,5');
    expect(formatPlain(-0.25, 'nn', 2)).toBe('-0,25');
    expect(formatPlain(1234.5, 'en', 1)).toBe('1234.5');
  });
  it('dates', () => {
    expect(formatDate('2022-09-01', 'nb')).toBe('1. september 2022');
    expect(formatDate('2022-09-01', 'en')).toBe('1 September 2022');
    expect(formatDate('2023-11-26T11:44:58.7706326+00:00', 'nn')).toBe('26. november 2023');
    // A date given to the month or the year is written as given, not as its first day.
    expect(formatDate('2023-10', 'nb')).toBe('oktober 2023');
    expect(formatDate('2023-10', 'en')).toBe('October 2023');
    expect(formatDate('2023', 'nb')).toBe('2023');
  });
  it('language codes', () => {
    expect(toLang('nb-NO')).toBe('nb');
    expect(toLang('no')).toBe('nb');
    expect(toLang('nn')).toBe('nn');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('sv')).toBe('nb');
    expect(toLang(undefined)).toBe('nb');
  });
});

describe('CSV for Excel in Norway', () => {
  it('BOM, semicolons, CRLF, quoting and defused formulas', () => {
    const csv = toCsv(['Navn', 'Verdi'], [['Aremark og Marker', '105'], ['Oslo; sentrum', '1234,5'], ['=HYPERLINK("x")', '-3']]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Navn;Verdi', 'Aremark og Marker;105', '"Oslo; sentrum";1234,5', `"'=HYPERLINK(""x"")";-3`, '']);
    // "-" then a digit is a formula too, unless the whole cell is a number.
    const hostile = toCsv(['Navn'], [["-2+3+cmd|' /C calc'!A0"], ['+47 22'], ['@SUM(A1)'], ['-12,5']]);
    expect(hostile.slice(1).split('\r\n').slice(1, 5)).toEqual(["'-2+3+cmd|' /C calc'!A0", "'+47 22", "'@SUM(A1)", '-12,5']);
  });
});

describe('messages', () => {
  it('every language has every key and every error code', () => {
    const keys = Object.keys(MESSAGES.nb).sort();
    for (const lang of ['nn', 'en'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
      expect(Object.keys(MESSAGES[lang].errors).sort()).toEqual(Object.keys(MESSAGES.nb.errors).sort());
      expect(Object.keys(RULES[lang]).sort()).toEqual(Object.keys(RULES.nb).sort());
    }
  });
  it('every element has all its texts in every language', async () => {
    const folders = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.length).toBeGreaterThanOrEqual(3);
    for (const folder of folders) {
      const { TEXTS } = (await import(`../../src/elements/${folder}/messages.ts`)) as { TEXTS: Record<string, object> };
      const keys = Object.keys(TEXTS.nb!).sort();
      for (const lang of ['nn', 'en']) expect(Object.keys(TEXTS[lang]!).sort(), `${folder} ${lang}`).toEqual(keys);
    }
  });
  it('summaries', () => {
    expect(PASIENTRATE.nb.summaryHighlight({ name: 'UNN-området', value: '149', unit: 'per 10 000 innbyggere' })).toBe('UNN-området: 149 per 10 000 innbyggere.');
    expect(PASIENTRATE.nb.summaryReference({ name: 'Landet', value: '162', unit: '' })).toBe('Landet: 162.');
  });
});

describe('a change as a summary says it', () => {
  it('its size, and in percent of where it started when there is a start', () => {
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(plain(formatChange(13936, 17074, 'nb', 0))).toBe('3 138 (+22,5 %)');
    expect(plain(formatChange(17074, 13936, 'en', 0))).toBe('3,138 (-18.4%)');
    expect(plain(formatChange(0, 5, 'nb', 0))).toBe('5');
    expect(plain(formatChange(100, 122.5, 'nb', 1, false))).toBe('22,5');
  });
});
