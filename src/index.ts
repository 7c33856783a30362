/**
 * The one script a page needs. It registers each hf-indikatorer element the first time its tag
 * appears in the document, loading only that element's code, so a page with one kind of element
 * never downloads the others. `defineAll()` registers every element at once (for elements inside
 * other components' shadow roots, which the page-level watch cannot see).
 */
import { ELEMENTS, TAGS, type Tag } from './elements/registry.js';

const loading = new Map<Tag, Promise<unknown>>();

function load(tag: Tag): Promise<unknown> {
  let p = loading.get(tag);
  if (!p) {
    p = ELEMENTS[tag]();
    loading.set(tag, p);
  }
  return p;
}

const isTag = (name: string): name is Tag => name in ELEMENTS;

function scan(root: ParentNode): void {
  for (const tag of TAGS) if (!loading.has(tag) && root.querySelector(tag)) void load(tag);
}

/** Registers every element now; resolves when they are defined. */
export function defineAll(): Promise<void> {
  return Promise.all(TAGS.map(load)).then(() => undefined);
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (isTag(node.localName) && !loading.has(node.localName)) void load(node.localName);
        if (node.firstElementChild) scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// Each element's class (and its tag in HTMLElementTagNameMap) comes with the registry's types;
// import a class from its own entry, e.g. 'hf-indikatorer/hf-pasientrate.js'.
export type { HfElement } from './base/hf-element.js';
export type { HfErrorCode, HfErrorDetail, HfEventMap, HfLoadDetail, HfRenderDetail } from './base/events.js';
export type { Tag } from './elements/registry.js';
