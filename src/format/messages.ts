/**
 * Every string an element shows, in nb, nn and en. Messages with values are functions,
 * so a translation can put the values where its grammar wants them.
 */
import type { Lang } from './number.js';

type P = Record<string, string | number>;

export interface Messages {
  loading: string;
  empty: string;
  source: string;
  updated: (date: string) => string;
  details: string;
  definition: string;
  notes: string;
  statusLegend: string;
  viewChart: string;
  viewTable: string;
  viewLabel: string;
  download: string;
  downloadAs: (format: string) => string;
  national: string;
  nationalShort: string;
  name: string;
  value: string;
  period: string;
  unit: string;
  selected: string;
  showKommuner: (name: string) => string;
  backToAll: string;
  drillCaption: (name: string) => string;
  tableCaption: (label: string, period: string) => string;
  summaryHighlight: (p: { name: string; value: string; unit: string; national: string }) => string;
  summaryRange: (p: { maxName: string; max: string; minName: string; min: string; unit: string; national: string }) => string;
  summaryDrill: (p: { name: string; value: string; count: number; maxName: string; max: string; minName: string; min: string; national: string; unit: string }) => string;
  noValue: string;
  service: string;
  arsverkUnit: string;
  arsverkSummary: (p: { name: string; value: string; unit: string; fylke: string; fylkeValue: string; national: string }) => string;
  arsverkSummaryAll: (p: { count: number; unit: string; national: string; period: string }) => string;
  filterLabel: string;
  filterStatus: (shown: number, total: number) => string;
  sortBy: (column: string) => string;
  comparison: string;
  kommuneColumn: string;
  codeColumn: string;
  againstNational: string;
  seriesBreak: string;
  variantLabel: string;
  variantTrend: string;
  variantSteps: string;
  step: string;
  change: string;
  changePct: string;
  fromBase: (year: string) => string;
  stepsCaption: string;
  remainder: string;
  baseYear: (year: string) => string;
  observed: string;
  projected: string;
  notesOnFigures: string;
  projectionChange: (p: { from: string; fromPeriod: string; to: string; toPeriod: string; pct: string }) => string;
  sumMismatch: (p: { printed: string; sum: string }) => string;
  /** Error headline per failure code. */
  errors: Record<string, (p: P) => string>;
}


const nb: Messages = {
  loading: 'Laster tall …',
  empty: 'Filen inneholder ingen tall å vise.',
  source: 'Kilde:',
  updated: (d) => `Oppdatert ${d}.`,
  details: 'Om tallene',
  definition: 'Definisjon',
  notes: 'Merknader',
  statusLegend: 'Tegnforklaring',
  viewChart: 'Diagram',
  viewTable: 'Tabell',
  viewLabel: 'Visning',
  download: 'Last ned',
  downloadAs: (f) => `Last ned som ${f}`,
  national: 'Landet',
  nationalShort: 'Landet',
  name: 'Navn',
  value: 'Verdi',
  period: 'Periode',
  unit: 'Enhet',
  selected: 'valgt',
  showKommuner: (n) => `Vis kommunene i ${n}`,
  backToAll: 'Tilbake til alle',
  drillCaption: (n) => `Kommuner i ${n}`,
  tableCaption: (l, p) => (l.includes(p) ? l : `${l}, ${p}`),
  summaryHighlight: ({ name, value, unit, national }) => `${name}: ${value} ${unit}. Landet: ${national}.`,
  summaryRange: ({ maxName, max, minName, min, unit, national }) =>
    `${maxName} har høyest verdi: ${max} ${unit}. ${minName} har lavest: ${min}. Landet: ${national}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
    `${name}: ${value} ${unit}. ${count} rader: høyest ${maxName} (${max}), lavest ${minName} (${min}). Landet: ${national}.`,
  noValue: 'ingen verdi',
  service: 'Tjeneste',
  arsverkUnit: 'årsverk',
  arsverkSummary: ({ name, value, unit, fylke, fylkeValue, national }) => `${name}: ${value} ${unit}.${fylke ? ` ${fylke}: ${fylkeValue}, landet: ${national}.` : ` Landet: ${national}.`}`,
  arsverkSummaryAll: ({ count, unit, national, period }) => `${count} kommuner og bydeler, ${period}. Landet: ${national} ${unit}.`,
  filterLabel: 'Finn kommune (navn eller nummer)',
  filterStatus: (shown, total) => `Viser ${shown} av ${total} rader.`,
  sortBy: (c) => `Sorter etter ${c}`,
  comparison: 'Sammenlikning',
  kommuneColumn: 'Kommune eller bydel',
  codeColumn: 'Nummer',
  againstNational: 'mot landet',
  seriesBreak: 'Brudd i serien',
  variantLabel: 'Diagramtype',
  variantTrend: 'Utvikling',
  variantSteps: 'Ledd for ledd',
  step: 'Ledd',
  change: 'Endring',
  changePct: 'Endring i prosent',
  fromBase: (y) => `fra ${y}`,
  stepsCaption: 'fra utgangsår til framskrevet år, ledd for ledd',
  remainder: 'Øvrige ledd i modellen',
  baseYear: (y) => `Utgangsår ${y}`,
  observed: 'Faktisk',
  projected: 'Framskrevet',
  notesOnFigures: 'Merknader til tallene',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} i ${fromPeriod}, ${to} i ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }) => `Rapporten trykker ${printed}; summen av leddene er ${sum}.`,
  errors: {
    'not-found': (p) => `Fant ikke datafilen (${p.status}).`,
    http: (p) => `Klarte ikke å hente datafilen (HTTP ${p.status}).`,
    network: () => 'Klarte ikke å hente datafilen. Sjekk adressen og nettverket.',
    timeout: (p) => `Datafilen svarte ikke innen ${p.seconds} ${p.seconds === 1 ? 'sekund' : 'sekunder'}.`,
    'not-json': () => 'Datafilen er ikke gyldig JSON.',
    'not-jsonstat': () => 'Datafilen er ikke et JSON-stat-datasett.',
    invalid: (p) => `Datafilen bryter regelen: ${p.reason}`,
    empty: () => 'Datafilen inneholder ingen tall å vise.',
    'no-src': () => 'Ingen datafil er oppgitt.',
    'unknown-option': (p) => `Verdien «${p.value}» i ${p.name} finnes ikke i datafilen.`,
    render: () => 'Diagrammet kunne ikke tegnes. Tabellen viser tallene.',
    download: (p) => `Klarte ikke å lage ${p.format}-filen. Prøv igjen.`,
    internal: () => 'Noe gikk galt da tallene skulle vises.',
  },
};

const nn: Messages = {
  ...nb,
  loading: 'Lastar tal …',
  empty: 'Fila inneheld ingen tal å vise.',
  source: 'Kjelde:',
  details: 'Om tala',
  statusLegend: 'Teiknforklaring',
  viewLabel: 'Vising',
  name: 'Namn',
  selected: 'vald',
  showKommuner: (n) => `Vis kommunane i ${n}`,
  drillCaption: (n) => `Kommunar i ${n}`,
  summaryRange: ({ maxName, max, minName, min, unit, national }) =>
    `${maxName} har høgast verdi: ${max} ${unit}. ${minName} har lågast: ${min}. Landet: ${national}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
    `${name}: ${value} ${unit}. ${count} rader: høgast ${maxName} (${max}), lågast ${minName} (${min}). Landet: ${national}.`,
  service: 'Teneste',
  arsverkSummaryAll: ({ count, unit, national, period }) => `${count} kommunar og bydelar, ${period}. Landet: ${national} ${unit}.`,
  filterLabel: 'Finn kommune (namn eller nummer)',
  comparison: 'Samanlikning',
  seriesBreak: 'Brot i serien',
  stepsCaption: 'frå utgangsår til framskrive år, ledd for ledd',
  remainder: 'Andre ledd i modellen',
  projected: 'Framskrive',
  notesOnFigures: 'Merknader til tala',
  sumMismatch: ({ printed, sum }) => `Rapporten trykkjer ${printed}; summen av ledda er ${sum}.`,
  errors: {
    'not-found': (p) => `Fann ikkje datafila (${p.status}).`,
    http: (p) => `Klarte ikkje å hente datafila (HTTP ${p.status}).`,
    network: () => 'Klarte ikkje å hente datafila. Sjekk adressa og nettverket.',
    timeout: (p) => `Datafila svarte ikkje innan ${p.seconds} sekund.`,
    'not-json': () => 'Datafila er ikkje gyldig JSON.',
    'not-jsonstat': () => 'Datafila er ikkje eit JSON-stat-datasett.',
    invalid: (p) => `Datafila bryt regelen: ${p.reason}`,
    empty: () => 'Datafila inneheld ingen tal å vise.',
    'no-src': () => 'Inga datafil er oppgitt.',
    'unknown-option': (p) => `Verdien «${p.value}» i ${p.name} finst ikkje i datafila.`,
    render: () => 'Diagrammet kunne ikkje teiknast. Tabellen viser tala.',
    download: (p) => `Klarte ikkje å lage ${p.format}-fila. Prøv igjen.`,
    internal: () => 'Noko gjekk gale då tala skulle visast.',
  },
};

const en: Messages = {
  loading: 'Loading figures …',
  empty: 'The file holds no figures to show.',
  source: 'Source:',
  updated: (d) => `Updated ${d}.`,
  details: 'About the figures',
  definition: 'Definition',
  notes: 'Notes',
  statusLegend: 'Symbols',
  viewChart: 'Chart',
  viewTable: 'Table',
  viewLabel: 'View',
  download: 'Download',
  downloadAs: (f) => `Download as ${f}`,
  national: 'Norway',
  nationalShort: 'Norway',
  name: 'Name',
  value: 'Value',
  period: 'Period',
  unit: 'Unit',
  selected: 'selected',
  showKommuner: (n) => `Show the municipalities in ${n}`,
  backToAll: 'Back to all',
  drillCaption: (n) => `Municipalities in ${n}`,
  tableCaption: (l, p) => (l.includes(p) ? l : `${l}, ${p}`),
  summaryHighlight: ({ name, value, unit, national }) => `${name}: ${value} ${unit}. Norway: ${national}.`,
  summaryRange: ({ maxName, max, minName, min, unit, national }) =>
    `${maxName} has the highest value: ${max} ${unit}. ${minName} has the lowest: ${min}. Norway: ${national}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
    `${name}: ${value} ${unit}. ${count} rows: highest ${maxName} (${max}), lowest ${minName} (${min}). Norway: ${national}.`,
  noValue: 'no value',
  service: 'Service',
  arsverkUnit: 'person-years',
  arsverkSummary: ({ name, value, unit, fylke, fylkeValue, national }) => `${name}: ${value} ${unit}.${fylke ? ` ${fylke}: ${fylkeValue}, Norway: ${national}.` : ` Norway: ${national}.`}`,
  arsverkSummaryAll: ({ count, unit, national, period }) => `${count} municipalities and city districts, ${period}. Norway: ${national} ${unit}.`,
  filterLabel: 'Find a municipality (name or number)',
  filterStatus: (shown, total) => `Showing ${shown} of ${total} rows.`,
  sortBy: (c) => `Sort by ${c}`,
  comparison: 'Comparison',
  kommuneColumn: 'Municipality or district',
  codeColumn: 'Number',
  againstNational: 'against Norway',
  seriesBreak: 'Break in series',
  variantLabel: 'Chart type',
  variantTrend: 'Trend',
  variantSteps: 'Step by step',
  step: 'Step',
  change: 'Change',
  changePct: 'Change in percent',
  fromBase: (y) => `since ${y}`,
  stepsCaption: 'from base year to projection year, step by step',
  remainder: 'Other steps of the model',
  baseYear: (y) => `Base year ${y}`,
  observed: 'Observed',
  projected: 'Projected',
  notesOnFigures: 'Notes on the figures',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} in ${fromPeriod}, ${to} in ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }) => `The report prints ${printed}; the steps add up to ${sum}.`,
  errors: {
    'not-found': (p) => `The data file was not found (${p.status}).`,
    http: (p) => `The data file could not be fetched (HTTP ${p.status}).`,
    network: () => 'The data file could not be fetched. Check the address and the network.',
    timeout: (p) => `The data file did not answer within ${p.seconds} ${p.seconds === 1 ? 'second' : 'seconds'}.`,
    'not-json': () => 'The data file is not valid JSON.',
    'not-jsonstat': () => 'The data file is not a JSON-stat dataset.',
    invalid: (p) => `The data file breaks a rule: ${p.reason}`,
    empty: () => 'The data file holds no figures to show.',
    'no-src': () => 'No data file was given.',
    'unknown-option': (p) => `The value “${p.value}” of ${p.name} is not in the data file.`,
    render: () => 'The chart could not be drawn. The table shows the figures.',
    download: (p) => `The ${p.format} file could not be made. Please try again.`,
    internal: () => 'Something went wrong while showing the figures.',
  },
};

export const MESSAGES: Record<Lang, Messages> = { nb, nn, en };
