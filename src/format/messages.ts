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
  seriesTitle: string;
  variantLabel: string;
  variantTrend: string;
  variantSteps: string;
  step: string;
  change: string;
  changePct: string;
  stepsCaption: string;
  remainder: string;
  baseYear: (year: string) => string;
  observed: string;
  projected: string;
  notesOnFigures: string;
  projectionChange: (p: { from: string; fromPeriod: string; to: string; toPeriod: string; pct: string }) => string;
  sumMismatch: (p: { printed: string; sum: string }) => string;
  unknownKommune: (code: string) => string;
  unknownHelsefellesskap: (id: string) => string;
  /** Error headline per failure code. */
  errors: Record<string, (p: P) => string>;
  /** Plain-language reason per reader rule. */
  rules: Record<string, (p: P) => string>;
}

const nbRules: Record<string, (p: P) => string> = {
  'not-object': () => 'Filen er ikke et JSON-objekt.',
  'not-dataset': (p) => `Filen er av klassen «${p.class}», ikke et datasett.`,
  'not-jsonstat': () => 'Filen mangler id, size eller dimension, så den er ikke JSON-stat.',
  version: (p) => `Versjonen er «${p.version}», men må være «2.0».`,
  'profile-id': (p) => `extension.hi.profile må være «${p.expected}».`,
  'field-required': (p) => `Feltet «${p.field}» mangler.`,
  'field-type': (p) => `Feltet «${p.field}» må være tekst.`,
  'updated-format': (p) => `Datoen «${p.value}» i updated er ikke en ISO 8601-dato.`,
  'id-type': () => 'Alle id-er i id må være tekst.',
  'id-duplicate': () => 'Samme dimensjon står flere ganger i id.',
  'size-type': () => 'size må være hele tall.',
  'size-length': (p) => `id har ${p.ids} dimensjoner, men size har ${p.sizes} tall.`,
  'dimension-missing': (p) => `Dimensjonen «${p.id}» står i id, men mangler i dimension.`,
  'dimension-extra': (p) => `Dimensjonen «${p.id}» står i dimension, men ikke i id.`,
  'dimension-type': (p) => `Dimensjonen «${p.id}» er ikke et objekt.`,
  'category-missing': (p) => `Dimensjonen «${p.id}» mangler category.`,
  'index-type': () => 'category.index må være en liste med tekst eller et objekt med posisjoner.',
  'index-duplicate': () => 'Samme kategori står flere ganger i category.index.',
  'index-positions': (p) => `Posisjonen til kategorien «${p.id}» i category.index er ugyldig.`,
  'index-missing': () => 'category.index mangler.',
  'index-count': (p) => `Dimensjonen «${p.id}» har ${p.count} kategorier, men size sier ${p.size}.`,
  'label-unknown': (p) => `Etiketten for «${p.category}» i «${p.id}» hører ikke til noen kategori.`,
  'child-type': () => 'category.child må knytte en kategori til en liste med kategorier.',
  'child-unknown': (p) => `Hierarkiet i «${p.id}» viser til den ukjente kategorien «${p.category}».`,
  'child-cycle': (p) => `Hierarkiet i «${p.id}» går i ring.`,
  'level-unknown': (p) => `Nivået er oppgitt for den ukjente kategorien «${p.category}».`,
  'unit-type': () => 'unit må være et objekt.',
  'unit-unknown': (p) => `Enheten er oppgitt for den ukjente kategorien «${p.category}».`,
  'unit-decimals': () => 'Enheten mangler decimals (antall desimaler).',
  'unit-decimals-type': () => 'decimals må være et helt tall fra 0 til 10.',
  'unit-label': () => 'Enheten mangler label (for eksempel «per 10 000 innbyggere»).',
  'unit-missing': (p) => `Målet «${p.category}» mangler enhet (unit med label og decimals).`,
  'value-length': (p) => `value har ${p.length} tall, men dimensjonene gir ${p.expected} celler.`,
  'value-type': (p) => `Verdien i celle ${p.index} er verken et tall eller null.`,
  'value-string': () => 'Tall må skrives som tall, ikke som tekst.',
  'value-sparse': () => 'value må være en tett liste, ikke et objekt.',
  'value-key': (p) => `Cellen «${p.key}» i value finnes ikke (datasettet har ${p.expected} celler).`,
  'value-missing': () => 'value mangler.',
  'status-length': (p) => `status har ${p.length} koder, men datasettet har ${p.expected} celler.`,
  'status-type': () => 'status må være tekst, en liste eller et objekt.',
  'status-key': (p) => `Cellen «${p.key}» i status finnes ikke (datasettet har ${p.expected} celler).`,
  'status-codes-type': () => 'extension.hi.statusCodes må være et objekt.',
  'status-code-shape': (p) => `Statuskoden «${p.code}» må ha label og kind.`,
  'status-code-kind': (p) => `Statuskoden «${p.code}» har ukjent kind «${p.kind}».`,
  'status-unexplained': (p) => `Statuskoden «${p.code}» er brukt, men ikke forklart i extension.hi.statusCodes.`,
  'null-without-status': (p) => `Celle ${p.index} mangler tall, men har ingen statuskode som sier hvorfor.`,
  'role-missing': () => 'role mangler.',
  'role-type': () => 'role må være et objekt med lister av dimensjoner.',
  'role-name': (p) => `Rollen «${p.role}» finnes ikke (bare geo, time og metric).`,
  'role-unknown-dimension': (p) => `Rollen ${p.role} viser til dimensjonen «${p.id}», som ikke finnes.`,
  'role-count': (p) => `Rollen ${p.role} må peke på nøyaktig én dimensjon, ikke ${p.count}.`,
  'role-required': (p) => `role.${p.role} mangler.`,
  'no-geo': () => 'Datasettet har ingen geografisk dimensjon (role.geo).',
  'reference-unknown': (p) => `Referanseenheten «${p.id}» finnes ikke i den geografiske dimensjonen.`,
  'cell-notes-type': () => 'extension.hi.cellNotes må være en liste med { cell, note }.',
  'cell-note-unknown': (p) => `En merknad viser til den ukjente kategorien «${p.category}» i «${p.dimension}».`,
  'projection-missing': () => 'Filen mangler extension.hi.projection (utgangsår og ledd i framskrivingen).',
  'projection-type': () => 'extension.hi.projection har feil form (se datakontrakten, avsnitt 8).',
  'projection-period': (p) => `Framskrivingen viser til perioden «${p.value}», som ikke finnes i tidsdimensjonen.`,
  'projection-metric': (p) => `Framskrivingen viser til målet «${p.value}», som ikke finnes i måldimensjonen.`,
  'projection-component-type': (p) => `Leddtypen «${p.value}» finnes ikke (bare level, change og subset).`,
};

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
  seriesTitle: 'Landet, 2007–',
  variantLabel: 'Diagramtype',
  variantTrend: 'Utvikling',
  variantSteps: 'Ledd for ledd',
  step: 'Ledd',
  change: 'Endring',
  changePct: 'Endring i prosent',
  stepsCaption: 'fra utgangsår til framskrevet år, ledd for ledd',
  remainder: 'Øvrige ledd i modellen',
  baseYear: (y) => `Utgangsår ${y}`,
  observed: 'Faktisk',
  projected: 'Framskrevet',
  notesOnFigures: 'Merknader til tallene',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} i ${fromPeriod}, ${to} i ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }) => `Rapporten trykker ${printed}; summen av leddene er ${sum}.`,
  unknownKommune: (c) => `Fant ikke kommunenummer ${c} i kodelisten.`,
  unknownHelsefellesskap: (id) => `Fant ikke helsefellesskapet «${id}» i filen.`,
  errors: {
    'not-found': (p) => `Fant ikke datafilen (${p.status}).`,
    http: (p) => `Klarte ikke å hente datafilen (HTTP ${p.status}).`,
    network: () => 'Klarte ikke å hente datafilen. Sjekk adressen og nettverket.',
    timeout: (p) => `Datafilen svarte ikke innen ${p.seconds} sekunder.`,
    'not-json': () => 'Datafilen er ikke gyldig JSON.',
    'not-jsonstat': () => 'Datafilen er ikke et JSON-stat-datasett.',
    invalid: (p) => `Datafilen bryter regelen: ${p.reason}`,
    empty: () => 'Datafilen inneholder ingen tall å vise.',
    'no-src': () => 'Ingen datafil er oppgitt.',
    'unknown-option': (p) => `Verdien «${p.value}» i ${p.name} finnes ikke i datafilen.`,
    render: () => 'Diagrammet kunne ikke tegnes. Tabellen viser tallene.',
  },
  rules: nbRules,
};

const nn: Messages = {
  ...nb,
  loading: 'Lastar tal …',
  empty: 'Fila inneheld ingen tal å vise.',
  source: 'Kjelde:',
  updated: (d) => `Oppdatert ${d}.`,
  details: 'Om tala',
  definition: 'Definisjon',
  notes: 'Merknader',
  statusLegend: 'Teiknforklaring',
  viewChart: 'Diagram',
  viewTable: 'Tabell',
  viewLabel: 'Vising',
  download: 'Last ned',
  downloadAs: (f) => `Last ned som ${f}`,
  national: 'Landet',
  name: 'Namn',
  value: 'Verdi',
  selected: 'vald',
  showKommuner: (n) => `Vis kommunane i ${n}`,
  backToAll: 'Tilbake til alle',
  drillCaption: (n) => `Kommunar i ${n}`,
  summaryRange: ({ maxName, max, minName, min, unit, national }) =>
    `${maxName} har høgast verdi: ${max} ${unit}. ${minName} har lågast: ${min}. Landet: ${national}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
    `${name}: ${value} ${unit}. ${count} rader: høgast ${maxName} (${max}), lågast ${minName} (${min}). Landet: ${national}.`,
  noValue: 'ingen verdi',
  service: 'Teneste',
  arsverkUnit: 'årsverk',
  arsverkSummary: ({ name, value, unit, fylke, fylkeValue, national }) => `${name}: ${value} ${unit}.${fylke ? ` ${fylke}: ${fylkeValue}, landet: ${national}.` : ` Landet: ${national}.`}`,
  arsverkSummaryAll: ({ count, unit, national, period }) => `${count} kommunar og bydelar, ${period}. Landet: ${national} ${unit}.`,
  filterLabel: 'Finn kommune (namn eller nummer)',
  filterStatus: (shown, total) => `Viser ${shown} av ${total} rader.`,
  sortBy: (c) => `Sorter etter ${c}`,
  comparison: 'Samanlikning',
  kommuneColumn: 'Kommune eller bydel',
  codeColumn: 'Nummer',
  againstNational: 'mot landet',
  seriesBreak: 'Brot i serien',
  seriesTitle: 'Landet, 2007–',
  variantLabel: 'Diagramtype',
  variantTrend: 'Utvikling',
  variantSteps: 'Ledd for ledd',
  step: 'Ledd',
  change: 'Endring',
  changePct: 'Endring i prosent',
  stepsCaption: 'frå utgangsår til framskrive år, ledd for ledd',
  remainder: 'Andre ledd i modellen',
  baseYear: (y) => `Utgangsår ${y}`,
  observed: 'Faktisk',
  projected: 'Framskrive',
  notesOnFigures: 'Merknader til tala',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} i ${fromPeriod}, ${to} i ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }) => `Rapporten trykkjer ${printed}; summen av ledda er ${sum}.`,
  unknownKommune: (c) => `Fann ikkje kommunenummer ${c} i kodelista.`,
  unknownHelsefellesskap: (id) => `Fann ikkje helsefellesskapet «${id}» i fila.`,
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
  },
  rules: {
    ...nbRules,
    'not-object': () => 'Fila er ikkje eit JSON-objekt.',
    'not-dataset': (p) => `Fila er av klassen «${p.class}», ikkje eit datasett.`,
    'not-jsonstat': () => 'Fila manglar id, size eller dimension, så ho er ikkje JSON-stat.',
    'field-required': (p) => `Feltet «${p.field}» manglar.`,
    'dimension-missing': (p) => `Dimensjonen «${p.id}» står i id, men manglar i dimension.`,
    'unit-decimals': () => 'Eininga manglar decimals (talet på desimalar).',
    'unit-missing': (p) => `Målet «${p.category}» manglar eining (unit med label og decimals).`,
    'value-length': (p) => `value har ${p.length} tal, men dimensjonane gir ${p.expected} celler.`,
    'value-type': (p) => `Verdien i celle ${p.index} er verken eit tal eller null.`,
    'status-unexplained': (p) => `Statuskoden «${p.code}» er brukt, men ikkje forklart i extension.hi.statusCodes.`,
    'null-without-status': (p) => `Celle ${p.index} manglar tal, men har ingen statuskode som seier kvifor.`,
    'role-unknown-dimension': (p) => `Rolla ${p.role} viser til dimensjonen «${p.id}», som ikkje finst.`,
    'role-count': (p) => `Rolla ${p.role} må peike på nøyaktig éin dimensjon, ikkje ${p.count}.`,
    'no-geo': () => 'Datasettet har ingen geografisk dimensjon (role.geo).',
    'child-cycle': (p) => `Hierarkiet i «${p.id}» går i ring.`,
    'index-count': (p) => `Dimensjonen «${p.id}» har ${p.count} kategoriar, men size seier ${p.size}.`,
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
  seriesTitle: 'Norway, 2007–',
  variantLabel: 'Chart type',
  variantTrend: 'Trend',
  variantSteps: 'Step by step',
  step: 'Step',
  change: 'Change',
  changePct: 'Change in percent',
  stepsCaption: 'from base year to projection year, step by step',
  remainder: 'Other steps of the model',
  baseYear: (y) => `Base year ${y}`,
  observed: 'Observed',
  projected: 'Projected',
  notesOnFigures: 'Notes on the figures',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} in ${fromPeriod}, ${to} in ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }) => `The report prints ${printed}; the steps add up to ${sum}.`,
  unknownKommune: (c) => `Municipality number ${c} is not in the code list.`,
  unknownHelsefellesskap: (id) => `The health community “${id}” is not in the file.`,
  errors: {
    'not-found': (p) => `The data file was not found (${p.status}).`,
    http: (p) => `The data file could not be fetched (HTTP ${p.status}).`,
    network: () => 'The data file could not be fetched. Check the address and the network.',
    timeout: (p) => `The data file did not answer within ${p.seconds} seconds.`,
    'not-json': () => 'The data file is not valid JSON.',
    'not-jsonstat': () => 'The data file is not a JSON-stat dataset.',
    invalid: (p) => `The data file breaks a rule: ${p.reason}`,
    empty: () => 'The data file holds no figures to show.',
    'no-src': () => 'No data file was given.',
    'unknown-option': (p) => `The value “${p.value}” of ${p.name} is not in the data file.`,
    render: () => 'The chart could not be drawn. The table shows the figures.',
  },
  rules: {
    'not-object': () => 'The file is not a JSON object.',
    'not-dataset': (p) => `The file has class “${p.class}”, not a dataset.`,
    'not-jsonstat': () => 'The file has no id, size or dimension, so it is not JSON-stat.',
    version: (p) => `The version is “${p.version}” but must be “2.0”.`,
    'profile-id': (p) => `extension.hi.profile must be “${p.expected}”.`,
    'field-required': (p) => `The field “${p.field}” is missing.`,
    'field-type': (p) => `The field “${p.field}” must be text.`,
    'updated-format': (p) => `The date “${p.value}” in updated is not an ISO 8601 date.`,
    'id-type': () => 'Every id in id must be text.',
    'id-duplicate': () => 'A dimension appears more than once in id.',
    'size-type': () => 'size must hold whole numbers.',
    'size-length': (p) => `id has ${p.ids} dimensions but size has ${p.sizes} numbers.`,
    'dimension-missing': (p) => `The dimension “${p.id}” is in id but missing from dimension.`,
    'dimension-extra': (p) => `The dimension “${p.id}” is in dimension but not in id.`,
    'dimension-type': (p) => `The dimension “${p.id}” is not an object.`,
    'category-missing': (p) => `The dimension “${p.id}” has no category.`,
    'index-type': () => 'category.index must be a list of text or an object of positions.',
    'index-duplicate': () => 'A category appears more than once in category.index.',
    'index-positions': (p) => `The position of category “${p.id}” in category.index is invalid.`,
    'index-missing': () => 'category.index is missing.',
    'index-count': (p) => `The dimension “${p.id}” has ${p.count} categories but size says ${p.size}.`,
    'label-unknown': (p) => `The label for “${p.category}” in “${p.id}” belongs to no category.`,
    'child-type': () => 'category.child must map a category to a list of categories.',
    'child-unknown': (p) => `The hierarchy of “${p.id}” refers to the unknown category “${p.category}”.`,
    'child-cycle': (p) => `The hierarchy of “${p.id}” is circular.`,
    'level-unknown': (p) => `A level is given for the unknown category “${p.category}”.`,
    'unit-type': () => 'unit must be an object.',
    'unit-unknown': (p) => `A unit is given for the unknown category “${p.category}”.`,
    'unit-decimals': () => 'The unit has no decimals (number of decimals).',
    'unit-decimals-type': () => 'decimals must be a whole number from 0 to 10.',
    'unit-label': () => 'The unit has no label (for example “per 10 000 inhabitants”).',
    'unit-missing': (p) => `The measure “${p.category}” has no unit (unit with label and decimals).`,
    'value-length': (p) => `value has ${p.length} numbers but the dimensions make ${p.expected} cells.`,
    'value-type': (p) => `The value in cell ${p.index} is neither a number nor null.`,
    'value-string': () => 'Numbers must be written as numbers, not as text.',
    'value-sparse': () => 'value must be a dense list, not an object.',
    'value-key': (p) => `Cell “${p.key}” in value does not exist (the dataset has ${p.expected} cells).`,
    'value-missing': () => 'value is missing.',
    'status-length': (p) => `status has ${p.length} codes but the dataset has ${p.expected} cells.`,
    'status-type': () => 'status must be text, a list or an object.',
    'status-key': (p) => `Cell “${p.key}” in status does not exist (the dataset has ${p.expected} cells).`,
    'status-codes-type': () => 'extension.hi.statusCodes must be an object.',
    'status-code-shape': (p) => `The status code “${p.code}” needs a label and a kind.`,
    'status-code-kind': (p) => `The status code “${p.code}” has the unknown kind “${p.kind}”.`,
    'status-unexplained': (p) => `The status code “${p.code}” is used but not explained in extension.hi.statusCodes.`,
    'null-without-status': (p) => `Cell ${p.index} has no number and no status code saying why.`,
    'role-missing': () => 'role is missing.',
    'role-type': () => 'role must be an object of dimension lists.',
    'role-name': (p) => `There is no role “${p.role}” (only geo, time and metric).`,
    'role-unknown-dimension': (p) => `The role ${p.role} refers to the dimension “${p.id}”, which does not exist.`,
    'role-count': (p) => `The role ${p.role} must name exactly one dimension, not ${p.count}.`,
    'role-required': (p) => `role.${p.role} is missing.`,
    'no-geo': () => 'The dataset has no geographic dimension (role.geo).',
    'reference-unknown': (p) => `The reference unit “${p.id}” is not in the geographic dimension.`,
    'cell-notes-type': () => 'extension.hi.cellNotes must be a list of { cell, note }.',
    'cell-note-unknown': (p) => `A note refers to the unknown category “${p.category}” of “${p.dimension}”.`,
    'projection-missing': () => 'The file has no extension.hi.projection (base year and projection steps).',
    'projection-type': () => 'extension.hi.projection has the wrong shape (see the data contract, section 8).',
    'projection-period': (p) => `The projection refers to the period “${p.value}”, which is not in the time dimension.`,
    'projection-metric': (p) => `The projection refers to the measure “${p.value}”, which is not in the metric dimension.`,
    'projection-component-type': (p) => `There is no step type “${p.value}” (only level, change and subset).`,
  },
};

export const MESSAGES: Record<Lang, Messages> = { nb, nn, en };

/** The plain-language reason for a reader rule, in the element's language. */
export function ruleMessage(lang: Lang, rule: string, params: P): string {
  const m = MESSAGES[lang].rules[rule] ?? MESSAGES.nb.rules[rule];
  return m ? m(params) : rule;
}
