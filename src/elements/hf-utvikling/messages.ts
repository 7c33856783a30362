/** The texts of `<hf-utvikling>` in nb, nn and en; joined to the shared ones of `format/messages.ts`. */
import { elementMessages } from '../../format/messages.js';

/** A line's change from its first period with a number to its last. */
interface Change {
  name: string;
  last: string;
  lastPeriod: string;
  /** Empty when the value is written with its symbol, or is an index. */
  unit: string;
  /** The change as a number and in percent ("3 138 (+22,5 %)"); empty when there is one period only. */
  change: string;
  direction: 'up' | 'down' | 'same';
  firstPeriod: string;
}

const u = (unit: string) => (unit ? ` ${unit}` : '');

const nb = {
  change: ({ name, last, lastPeriod, unit, change, direction, firstPeriod }: Change) =>
    !change
      ? `${name}: ${last}${u(unit)} i ${lastPeriod}.`
      : direction === 'same'
        ? `${name}: ${last}${u(unit)} i ${lastPeriod}, det samme som i ${firstPeriod}.`
        : `${name}: ${last}${u(unit)} i ${lastPeriod}, ${direction === 'up' ? 'opp' : 'ned'} ${change} fra ${firstPeriod}.`,
  noneHasValue: (name: string) => `${name} har ingen tall i perioden.`,
  target: (value: string) => `Mål: ${value}.`,
  targetLabel: (value: string) => `Mål: ${value}`,
  indexUnit: (base: string) => `indeks, ${base} = 100`,
  indexNote: (base: string, name: string) => `${name} har ikke tall for ${base}, så den kan ikke vises som indeks.`,
  projected: 'framskrevet',
  points: 'prosentpoeng',
  kommuneMissing: (kommune: string, shown: string) => `Filen har ikke tall for kommune ${kommune}; viser ${shown}.`,
  breakInSpan: (between: string) => `Tallene før og etter bruddet i serien ${between} kan ikke sammenlignes direkte.`,
};

export const TEXTS = elementMessages<typeof nb>({
  nb,
  nn: {
    ...nb,
    change: ({ name, last, lastPeriod, unit, change, direction, firstPeriod }) =>
      !change
        ? `${name}: ${last}${u(unit)} i ${lastPeriod}.`
        : direction === 'same'
          ? `${name}: ${last}${u(unit)} i ${lastPeriod}, det same som i ${firstPeriod}.`
          : `${name}: ${last}${u(unit)} i ${lastPeriod}, ${direction === 'up' ? 'opp' : 'ned'} ${change} frå ${firstPeriod}.`,
    noneHasValue: (name) => `${name} har ingen tal i perioden.`,
    indexNote: (base, name) => `${name} har ikkje tal for ${base}, så han kan ikkje visast som indeks.`,
    kommuneMissing: (kommune, shown) => `Fila har ikkje tal for kommune ${kommune}; viser ${shown}.`,
    breakInSpan: (between) => `Tala før og etter brotet i serien ${between} kan ikkje samanliknast direkte.`,
  },
  en: {
    change: ({ name, last, lastPeriod, unit, change, direction, firstPeriod }) =>
      !change
        ? `${name}: ${last}${u(unit)} in ${lastPeriod}.`
        : direction === 'same'
          ? `${name}: ${last}${u(unit)} in ${lastPeriod}, the same as in ${firstPeriod}.`
          : `${name}: ${last}${u(unit)} in ${lastPeriod}, ${direction === 'up' ? 'up' : 'down'} ${change} from ${firstPeriod}.`,
    noneHasValue: (name) => `${name} has no figures in the period.`,
    target: (value) => `Target: ${value}.`,
    targetLabel: (value) => `Target: ${value}`,
    indexUnit: (base) => `index, ${base} = 100`,
    indexNote: (base, name) => `${name} has no figure for ${base}, so it cannot be shown as an index.`,
    projected: 'projected',
    points: 'percentage points',
    kommuneMissing: (kommune, shown) => `The file has no figures for municipality ${kommune}; showing ${shown}.`,
    breakInSpan: (between) => `The figures before and after the break in the series ${between} do not compare directly.`,
  },
});
