/** The texts of `<arsverk-tabell>` in nb, nn and en; joined to the shared ones of `format/messages.ts`. */
import { elementMessages } from '../../format/messages.js';

interface Pinned {
  name: string;
  value: string;
  unit: string;
  fylke: string;
  fylkeValue: string;
  national: string;
}
/** The national series from its first printed year to its last. */
interface Trend {
  name: string;
  last: string;
  lastYear: number;
  change: string;
  up: boolean;
  firstYear: number;
  /** The years of a break the change spans, e.g. "2014–2015"; empty when none. */
  across: string;
}
interface All {
  count: number;
  unit: string;
  national: string;
  period: string;
}

const nb = {
  arsverkUnit: 'årsverk',
  summaryPinned: ({ name, value, unit, fylke, fylkeValue, national }: Pinned) =>
    `${name}: ${value} ${unit}.${fylke ? ` ${fylke}: ${fylkeValue}, landet: ${national}.` : ` Landet: ${national}.`}`,
  summaryAll: ({ count, unit, national, period }: All) => `${count} kommuner og bydeler, ${period}. Landet: ${national} ${unit}.`,
  filterLabel: 'Finn kommune (navn eller nummer)',
  filterStatus: (shown: number, total: number) => `Viser ${shown} av ${total} rader.`,
  sorted: (column: string, ascending: boolean) => `Sortert etter ${column}, ${ascending ? 'stigende' : 'synkende'}.`,
  comparison: 'Sammenlikning',
  /** The caption of the chart's own figures with a kommune pinned. */
  comparisonCaption: (name: string, period: string) => `${name} sammenliknet med fylket, kommunegruppen og landet, ${period}`,
  kommuneColumn: 'Kommune eller bydel',
  codeColumn: 'Nummer',
  againstNational: 'mot landet',
  summaryTrend: ({ name, last, lastYear, change, up, firstYear, across }: Trend) =>
    `${name}: ${last} i ${lastYear}, ${up ? 'opp' : 'ned'} ${change} fra ${firstYear}.${across ? ` Tallene før og etter bruddet i serien ${across} kan ikke sammenlignes direkte.` : ''}`,
  year: 'År',
};

export const TEXTS = elementMessages<typeof nb>({
  nb,
  nn: {
    ...nb,
    summaryAll: ({ count, unit, national, period }) => `${count} kommunar og bydelar, ${period}. Landet: ${national} ${unit}.`,
    filterLabel: 'Finn kommune (namn eller nummer)',
    comparison: 'Samanlikning',
    comparisonCaption: (name, period) => `${name} samanlikna med fylket, kommunegruppa og landet, ${period}`,
    sorted: (column, ascending) => `Sortert etter ${column}, ${ascending ? 'stigande' : 'søkkande'}.`,
    summaryTrend: ({ name, last, lastYear, change, up, firstYear, across }) =>
      `${name}: ${last} i ${lastYear}, ${up ? 'opp' : 'ned'} ${change} frå ${firstYear}.${across ? ` Tala før og etter brotet i serien ${across} kan ikkje samanliknast direkte.` : ''}`,
  },
  en: {
    arsverkUnit: 'person-years',
    summaryPinned: ({ name, value, unit, fylke, fylkeValue, national }) =>
      `${name}: ${value} ${unit}.${fylke ? ` ${fylke}: ${fylkeValue}, Norway: ${national}.` : ` Norway: ${national}.`}`,
    summaryAll: ({ count, unit, national, period }) => `${count} municipalities and city districts, ${period}. Norway: ${national} ${unit}.`,
    filterLabel: 'Find a municipality (name or number)',
    filterStatus: (shown, total) => `Showing ${shown} of ${total} rows.`,
    sorted: (column, ascending) => `Sorted by ${column}, ${ascending ? 'ascending' : 'descending'}.`,
    summaryTrend: ({ name, last, lastYear, change, up, firstYear, across }) =>
      `${name}: ${last} in ${lastYear}, ${up ? 'up' : 'down'} ${change} from ${firstYear}.${across ? ` The figures before and after the break in the series ${across} do not compare directly.` : ''}`,
    year: 'Year',
    comparison: 'Comparison',
    comparisonCaption: (name, period) => `${name} against its county, its group of municipalities and Norway, ${period}`,
    kommuneColumn: 'Municipality or district',
    codeColumn: 'Number',
    againstNational: 'against Norway',
  },
});
