/** The texts of `<framskriving-chart>` in nb, nn and en; joined to the shared ones of `format/messages.ts`. */
import { elementMessages } from '../../format/messages.js';

interface Change {
  from: string;
  fromPeriod: string;
  to: string;
  toPeriod: string;
  pct: string;
}

const nb = {
  service: 'Tjeneste',
  variantLabel: 'Diagramtype',
  variantTrend: 'Utvikling',
  variantSteps: 'Ledd for ledd',
  step: 'Ledd',
  change: 'Endring',
  changePct: 'Endring i prosent',
  fromBase: (y: string) => `fra ${y}`,
  stepsCaption: 'fra utgangsår til framskrevet år, ledd for ledd',
  remainder: 'Øvrige ledd i modellen',
  baseYear: (y: string) => `Utgangsår ${y}`,
  observed: 'Faktisk',
  projected: 'Framskrevet',
  projectionChange: ({ from, fromPeriod, to, toPeriod, pct }: Change) => `${from} i ${fromPeriod}, ${to} i ${toPeriod}${pct ? ` (${pct})` : ''}`,
  sumMismatch: ({ printed, sum }: { printed: string; sum: string }) => `Rapporten trykker ${printed}; summen av leddene er ${sum}.`,
};

export const TEXTS = elementMessages<typeof nb>({
  nb,
  nn: {
    ...nb,
    service: 'Teneste',
    stepsCaption: 'frå utgangsår til framskrive år, ledd for ledd',
    remainder: 'Andre ledd i modellen',
    projected: 'Framskrive',
    fromBase: (y) => `frå ${y}`,
    sumMismatch: ({ printed, sum }) => `Rapporten trykkjer ${printed}; summen av ledda er ${sum}.`,
  },
  en: {
    service: 'Service',
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
    projectionChange: ({ from, fromPeriod, to, toPeriod, pct }) => `${from} in ${fromPeriod}, ${to} in ${toPeriod}${pct ? ` (${pct})` : ''}`,
    sumMismatch: ({ printed, sum }) => `The report prints ${printed}; the steps add up to ${sum}.`,
  },
});
