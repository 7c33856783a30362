/**
 * The files shipped with the code (datasets, code lists) the elements show by default. Each is a
 * module the code imports when it is first needed: every bundler (Vite, esbuild, webpack, Rollup)
 * and a plain CDN path follow a dynamic import, and none needs to be told where the data went. In
 * `dist/` the build turns them into small JavaScript chunks beside the code; readable copies stay
 * in `data-contracts/` for people who publish and review data, and minified ones in
 * `dist/data-contracts/` for pages that link them (`src`).
 */
import { provideFile } from './data/load.js';

type Load = () => Promise<{ default: unknown }>;

// One literal import per file, so that every bundler sees it.
const FILES = {
  'datasets/arsverk-2023.json': () => import('../data-contracts/datasets/arsverk-2023.json', { with: { type: 'json' } }),
  'datasets/arsverk-serie.json': () => import('../data-contracts/datasets/arsverk-serie.json', { with: { type: 'json' } }),
  'datasets/framskriving-arsverk.json': () => import('../data-contracts/datasets/framskriving-arsverk.json', { with: { type: 'json' } }),
  'datasets/framskriving-dogn-poliklinikk.json': () => import('../data-contracts/datasets/framskriving-dogn-poliklinikk.json', { with: { type: 'json' } }),
  'datasets/pasientrate-2019.json': () => import('../data-contracts/datasets/pasientrate-2019.json', { with: { type: 'json' } }),
  'codelists/helsefellesskap.json': () => import('../data-contracts/codelists/helsefellesskap.json', { with: { type: 'json' } }),
  'codelists/helseregioner.json': () => import('../data-contracts/codelists/helseregioner.json', { with: { type: 'json' } }),
  'codelists/kommuner-2023.json': () => import('../data-contracts/codelists/kommuner-2023.json', { with: { type: 'json' } }),
} satisfies Record<string, Load>;

export type ShippedFile = keyof typeof FILES;

/** Where the readable copy of a shipped file sits, relative to this module (a concatenation, not a template: bundlers rewrite `new URL(`…${x}`, import.meta.url)`). */
const FOLDER = '../data-contracts/';

/**
 * The address an element names a shipped file by (in `hf-load`, in errors, in `effectiveSrc`);
 * loading that address takes the module, never the network.
 */
export function assetUrl(path: ShippedFile): string {
  const href = new URL(FOLDER + path, import.meta.url).href;
  provideFile(href, () => (FILES[path] as Load)().then((m) => m.default));
  return href;
}
