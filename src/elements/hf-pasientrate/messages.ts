/** The texts of `<hf-pasientrate>` in nb, nn and en; joined to the shared ones of `format/messages.ts`. */
import { elementMessages } from '../../format/messages.js';

interface Said {
  name: string;
  value: string;
  /** Empty when the value is missing or written with its symbol. */
  unit: string;
}
interface Range {
  maxName: string;
  max: string;
  minName: string;
  min: string;
  unit: string;
}

const u = (unit: string) => (unit ? ` ${unit}` : '');

const nb = {
  showKommuner: (n: string) => `Vis kommunene i ${n}`,
  backToAll: 'Tilbake til alle',
  showingKommuner: (n: number, name: string) => `Viser ${n} kommuner i ${name}.`,
  showingAll: 'Viser alle områdene igjen.',
  drillCaption: (n: string) => `Kommuner i ${n}`,
  summaryHighlight: ({ name, value, unit }: Said) => `${name}: ${value}${u(unit)}.`,
  summaryReference: ({ name, value, unit }: Said) => `${name}: ${value}${u(unit)}.`,
  noneHasValue: (why: string) => `Ingen av områdene har tall: ${why}.`,
  tooManyBars: (n: number) => `Filen har ${n} områder, for mange til et diagram som kan leses; tabellen viser tallene.`,
  summaryRange: ({ maxName, max, minName, min, unit }: Range) => `${maxName} har høyest verdi: ${max}${u(unit)}. ${minName} har lavest: ${min}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, unit }: Said & Range & { count: number }) =>
    `${name}: ${value}${u(unit)}. ${count} rader: høyest ${maxName} (${max}), lavest ${minName} (${min}).`,
};

export const TEXTS = elementMessages<typeof nb>({
  nb,
  nn: {
    ...nb,
    showKommuner: (n) => `Vis kommunane i ${n}`,
    showingKommuner: (n, name) => `Viser ${n} kommunar i ${name}.`,
    showingAll: 'Viser alle områda igjen.',
    noneHasValue: (why) => `Ingen av områda har tal: ${why}.`,
    tooManyBars: (n) => `Fila har ${n} område, for mange til eit diagram som kan lesast; tabellen viser tala.`,
    drillCaption: (n) => `Kommunar i ${n}`,
    summaryRange: ({ maxName, max, minName, min, unit }) => `${maxName} har høgast verdi: ${max}${u(unit)}. ${minName} har lågast: ${min}.`,
    summaryDrill: ({ name, value, count, maxName, max, minName, min, unit }) =>
      `${name}: ${value}${u(unit)}. ${count} rader: høgast ${maxName} (${max}), lågast ${minName} (${min}).`,
  },
  en: {
    showKommuner: (n) => `Show the municipalities in ${n}`,
    backToAll: 'Back to all',
    showingKommuner: (n, name) => `Showing ${n} municipalities in ${name}.`,
    showingAll: 'Showing all areas again.',
    drillCaption: (n) => `Municipalities in ${n}`,
    summaryHighlight: ({ name, value, unit }) => `${name}: ${value}${u(unit)}.`,
    summaryReference: ({ name, value, unit }) => `${name}: ${value}${u(unit)}.`,
    noneHasValue: (why) => `None of the areas has a figure: ${why}.`,
    tooManyBars: (n) => `The file has ${n} areas, too many for a chart anyone can read; the table shows the figures.`,
    summaryRange: ({ maxName, max, minName, min, unit }) => `${maxName} has the highest value: ${max}${u(unit)}. ${minName} has the lowest: ${min}.`,
    summaryDrill: ({ name, value, count, maxName, max, minName, min, unit }) =>
      `${name}: ${value}${u(unit)}. ${count} rows: highest ${maxName} (${max}), lowest ${minName} (${min}).`,
  },
});
