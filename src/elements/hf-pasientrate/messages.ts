/** The texts of `<hf-pasientrate>` in nb, nn and en; joined to the shared ones of `format/messages.ts`. */
import { elementMessages } from '../../format/messages.js';

interface Summary {
  name: string;
  value: string;
  unit: string;
  national: string;
}
interface Range {
  maxName: string;
  max: string;
  minName: string;
  min: string;
  unit: string;
  national: string;
}

const nb = {
  showKommuner: (n: string) => `Vis kommunene i ${n}`,
  backToAll: 'Tilbake til alle',
  drillCaption: (n: string) => `Kommuner i ${n}`,
  summaryHighlight: ({ name, value, unit, national }: Summary) => `${name}: ${value} ${unit}. Landet: ${national}.`,
  summaryRange: ({ maxName, max, minName, min, unit, national }: Range) =>
    `${maxName} har høyest verdi: ${max} ${unit}. ${minName} har lavest: ${min}. Landet: ${national}.`,
  summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }: Summary & Range & { count: number }) =>
    `${name}: ${value} ${unit}. ${count} rader: høyest ${maxName} (${max}), lavest ${minName} (${min}). Landet: ${national}.`,
};

export const TEXTS = elementMessages<typeof nb>({
  nb,
  nn: {
    ...nb,
    showKommuner: (n) => `Vis kommunane i ${n}`,
    drillCaption: (n) => `Kommunar i ${n}`,
    summaryRange: ({ maxName, max, minName, min, unit, national }) =>
      `${maxName} har høgast verdi: ${max} ${unit}. ${minName} har lågast: ${min}. Landet: ${national}.`,
    summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
      `${name}: ${value} ${unit}. ${count} rader: høgast ${maxName} (${max}), lågast ${minName} (${min}). Landet: ${national}.`,
  },
  en: {
    showKommuner: (n) => `Show the municipalities in ${n}`,
    backToAll: 'Back to all',
    drillCaption: (n) => `Municipalities in ${n}`,
    summaryHighlight: ({ name, value, unit, national }) => `${name}: ${value} ${unit}. Norway: ${national}.`,
    summaryRange: ({ maxName, max, minName, min, unit, national }) =>
      `${maxName} has the highest value: ${max} ${unit}. ${minName} has the lowest: ${min}. Norway: ${national}.`,
    summaryDrill: ({ name, value, count, maxName, max, minName, min, national, unit }) =>
      `${name}: ${value} ${unit}. ${count} rows: highest ${maxName} (${max}), lowest ${minName} (${min}). Norway: ${national}.`,
  },
});
