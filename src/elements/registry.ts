/**
 * Every element of the library, written once: its tag and the module that defines it. The
 * autoloader, the build's entries, the package's exports and the size and bench scripts follow
 * this list (a unit test checks them against it). Tag names are the users' and never change.
 */
export const ELEMENTS = {
  'hf-pasientrate': () => import('./hf-pasientrate/define.js'),
  'framskriving-chart': () => import('./framskriving-chart/define.js'),
  'arsverk-tabell': () => import('./arsverk-tabell/define.js'),
  'hf-utvikling': () => import('./hf-utvikling/define.js'),
} as const;

export type Tag = keyof typeof ELEMENTS;

export const TAGS = Object.keys(ELEMENTS) as Tag[];
