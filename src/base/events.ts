/**
 * The events every element fires, typed for listeners through `HTMLElementEventMap`, so
 * `el.addEventListener('hf-error', (e) => e.detail.message)` type-checks in a consumer's code.
 * All bubble and are composed (they cross shadow roots).
 */
import type { LoadErrorCode } from '../data/errors.js';

/** `hf-load`: the file was fetched, read and is valid. */
export interface HfLoadDetail {
  /** The URL fetched; undefined when the data was set as a property. */
  src: string | undefined;
  /** The dataset's label. */
  label: string;
}

/** `hf-render`: the chart or the table was drawn. */
export interface HfRenderDetail {
  view: 'chart' | 'table';
}

/** Why an element shows an error; `render` and `download` leave the numbers in place. */
export type HfErrorCode = LoadErrorCode | 'render' | 'download';

/** `hf-error`: the file could not be fetched or read, an option is wrong, or a chart or download failed. */
export interface HfErrorDetail {
  /** What went wrong, in the element's language, as the element shows it. */
  message: string;
  code: HfErrorCode;
  src: string | undefined;
}

export interface HfEventMap {
  'hf-load': CustomEvent<HfLoadDetail>;
  'hf-render': CustomEvent<HfRenderDetail>;
  'hf-error': CustomEvent<HfErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends HfEventMap {}
}

/** Fires one of our events from `target`. */
export function emit<K extends keyof HfEventMap>(target: EventTarget, name: K, detail: HfEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
