/**
 * The one script a page needs. It registers each hf-indikatorer element the first time its tag
 * appears in the document, loading only that element's code, so a page with one kind of element
 * never downloads the others. `defineAll()` registers all three at once (for elements inside
 * other components' shadow roots, which the page-level watch cannot see).
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'hf-pasientrate': () => import('./elements/hf-pasientrate/define.js'),
  'framskriving-chart': () => import('./elements/framskriving-chart/define.js'),
  'arsverk-tabell': () => import('./elements/arsverk-tabell/define.js'),
};

const loading = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let p = loading.get(tag);
  if (!p) {
    p = LOADERS[tag]!();
    loading.set(tag, p);
  }
  return p;
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(LOADERS)) if (!loading.has(tag) && root.querySelector(tag)) void load(tag);
}

/** Registers all three elements now; resolves when they are defined. */
export function defineAll(): Promise<void> {
  return Promise.all(Object.keys(LOADERS).map(load)).then(() => undefined);
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (tag in LOADERS && !loading.has(tag)) void load(tag);
        if (node.firstElementChild) scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

export type { HfPasientrate } from './elements/hf-pasientrate/hf-pasientrate.js';
export type { FramskrivingChart } from './elements/framskriving-chart/framskriving-chart.js';
export type { ArsverkTabell } from './elements/arsverk-tabell/arsverk-tabell.js';
export type { HfElement, HfErrorDetail } from './base/hf-element.js';
