/**
 * The strings every element shows (states, toolbar, source line, details, errors), in nb, nn
 * and en. Each element keeps its own strings in its folder, made with {@link elementMessages}.
 * Messages with values are functions, so a translation can put the values where its grammar
 * wants them.
 */
import type { StatusKind } from '../data/types.js';
import type { Lang } from './number.js';

type P = Record<string, string | number>;

const nb = {
  loading: 'Laster tall …',
  empty: 'Filen inneholder ingen tall å vise.',
  source: 'Kilde:',
  updated: (d: string) => `Oppdatert ${d}.`,
  details: 'Om tallene',
  definition: 'Definisjon',
  notes: 'Merknader',
  statusLegend: 'Tegnforklaring',
  viewChart: 'Diagram',
  viewTable: 'Tabell',
  showingChart: 'Viser diagrammet.',
  showingTable: 'Viser tabellen.',
  chartFigures: 'Tallene i diagrammet',
  viewLabel: 'Visning',
  download: 'Last ned',
  downloadAs: (f: string) => `Last ned som ${f}`,
  national: 'Landet',
  name: 'Navn',
  value: 'Verdi',
  period: 'Periode',
  choicesLabel: 'Utvalg',
  moreRows: (n: number) => `${n} rader til er med i CSV-filen (Last ned: CSV).`,
  measure: 'Mål',
  selected: 'valgt',
  noValue: 'ingen verdi',
  /** Why a value is missing, in words, by the kind of its status code. */
  missing: {
    suppressed: 'tallet vises ikke av personvernhensyn',
    missing: 'tall mangler',
    'not-applicable': 'ikke mulig å oppgi tall',
    'not-yet-available': 'tallet er ikke klart ennå',
    zero: 'null',
    provisional: 'foreløpig tall',
    'previous-period': 'tall fra forrige periode',
    other: 'ingen verdi',
  } as Record<StatusKind, string>,
  /** The categories a view is fixed to, as a sentence. */
  selection: (s: string) => `Utvalg: ${s}.`,
  seriesBreak: 'Brudd i serien',
  tableCaption: (l: string, p: string) => (l.includes(p) ? l : `${l}, ${p}`),
  notesOnFigures: 'Merknader til tallene',
  /** How to write a value of an option whose values cannot be listed. */
  formats: {
    kommune: 'Bruk et kommunenummer med fire sifre, for eksempel 1804 for Bodø.',
    milliseconds: 'Bruk et antall millisekunder større enn 0.',
    number: 'Bruk et tall, for eksempel 60 eller 12,5.',
    filter: 'Skriv dimensjon=kategori, flere skilt med semikolon, for eksempel Alder=0-9;Kjønn=2.',
  } as Record<string, string>,
  /** Error headline per failure code. */
  errors: {
    'not-found': (p) => `Fant ikke datafilen (${p.status}).`,
    http: (p) => `Klarte ikke å hente datafilen (HTTP ${p.status}).`,
    network: () => 'Klarte ikke å hente datafilen. Sjekk adressen og nettverket.',
    timeout: (p) => `Datafilen svarte ikke innen ${String(p.seconds).replace('.', ',')} ${p.seconds === 1 ? 'sekund' : 'sekunder'}.`,
    'not-json': () => 'Datafilen er ikke gyldig JSON.',
    'not-jsonstat': () => 'Datafilen er ikke et JSON-stat-datasett.',
    invalid: (p) => `Datafilen bryter regelen: ${p.reason}`,
    empty: () => 'Datafilen inneholder ingen tall å vise.',
    'no-src': () => 'Ingen datafil er oppgitt.',
    'unknown-option': (p) => `«${p.value}» er ikke en gyldig verdi for ${p.name}. ${p.valid ? p.valid : `Gyldige verdier: ${p.accepted}.`}`,
    render: () => 'Diagrammet kunne ikke tegnes. Tabellen viser tallene.',
    download: (p) => `Klarte ikke å lage ${p.format}-filen. Prøv igjen.`,
    internal: () => 'Noe gikk galt da tallene skulle vises.',
  } as Record<string, (p: P) => string>,
};

export type Messages = typeof nb;

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
  choicesLabel: 'Utval',
  moreRows: (n: number) => `${n} rader til er med i CSV-fila (Last ned: CSV).`,
  missing: {
    suppressed: 'talet blir ikkje vist av omsyn til personvernet',
    missing: 'tal manglar',
    'not-applicable': 'ikkje mogleg å oppgi tal',
    'not-yet-available': 'talet er ikkje klart enno',
    zero: 'null',
    provisional: 'førebels tal',
    'previous-period': 'tal frå førre periode',
    other: 'ingen verdi',
  },
  selection: (s: string) => `Utval: ${s}.`,
  seriesBreak: 'Brot i serien',
  notesOnFigures: 'Merknader til tala',
  chartFigures: 'Tala i diagrammet',
  formats: {
    kommune: 'Bruk eit kommunenummer med fire siffer, til dømes 1804 for Bodø.',
    milliseconds: 'Bruk eit tal millisekund større enn 0.',
    number: 'Bruk eit tal, til dømes 60 eller 12,5.',
    filter: 'Skriv dimensjon=kategori, fleire skilde med semikolon, til dømes Alder=0-9;Kjønn=2.',
  },
  errors: {
    'not-found': (p) => `Fann ikkje datafila (${p.status}).`,
    http: (p) => `Klarte ikkje å hente datafila (HTTP ${p.status}).`,
    network: () => 'Klarte ikkje å hente datafila. Sjekk adressa og nettverket.',
    timeout: (p) => `Datafila svarte ikkje innan ${String(p.seconds).replace('.', ',')} sekund.`,
    'not-json': () => 'Datafila er ikkje gyldig JSON.',
    'not-jsonstat': () => 'Datafila er ikkje eit JSON-stat-datasett.',
    invalid: (p) => `Datafila bryt regelen: ${p.reason}`,
    empty: () => 'Datafila inneheld ingen tal å vise.',
    'no-src': () => 'Inga datafil er oppgitt.',
    'unknown-option': (p) => `«${p.value}» er ikkje ein gyldig verdi for ${p.name}. ${p.valid ? p.valid : `Gyldige verdiar: ${p.accepted}.`}`,
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
  showingChart: 'Showing the chart.',
  showingTable: 'Showing the table.',
  chartFigures: 'Figures in the chart',
  viewLabel: 'View',
  download: 'Download',
  downloadAs: (f) => `Download as ${f}`,
  national: 'Norway',
  name: 'Name',
  value: 'Value',
  period: 'Period',
  choicesLabel: 'Selection',
  moreRows: (n: number) => `${n} more rows are in the CSV file (Download: CSV).`,
  measure: 'Measure',
  selected: 'selected',
  noValue: 'no value',
  missing: {
    suppressed: 'the number is not shown, for privacy',
    missing: 'no data',
    'not-applicable': 'no figure can be given',
    'not-yet-available': 'the number is not available yet',
    zero: 'zero',
    provisional: 'provisional figure',
    'previous-period': 'figure from the previous period',
    other: 'no value',
  },
  selection: (s: string) => `Selection: ${s}.`,
  seriesBreak: 'Break in series',
  tableCaption: (l, p) => (l.includes(p) ? l : `${l}, ${p}`),
  notesOnFigures: 'Notes on the figures',
  formats: {
    kommune: 'Use a four-digit municipality number, for example 1804 for Bodø.',
    milliseconds: 'Use a number of milliseconds greater than 0.',
    number: 'Use a number, for example 60 or 12.5.',
    filter: 'Write dimension=category, several separated by semicolons, for example Alder=0-9;Kjønn=2.',
  },
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
    'unknown-option': (p) => `“${p.value}” is not a valid value of ${p.name}. ${p.valid ? p.valid : `Valid values: ${p.accepted}.`}`,
    render: () => 'The chart could not be drawn. The table shows the figures.',
    download: (p) => `The ${p.format} file could not be made. Please try again.`,
    internal: () => 'Something went wrong while showing the figures.',
  },
};

export const MESSAGES: Record<Lang, Messages> = { nb, nn, en };

/**
 * An element's own texts, one set per language with the same keys as its Bokmål set, joined to
 * the shared ones: `TEXTS[lang].noValue` and `TEXTS[lang].drillCaption(…)` alike.
 */
export function elementMessages<T>(own: { nb: T; nn: T; en: T }): Record<Lang, Messages & T> {
  return { nb: { ...nb, ...own.nb }, nn: { ...nn, ...own.nn }, en: { ...en, ...own.en } };
}
