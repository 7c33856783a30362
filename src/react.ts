/**
 * The tags for React 19's JSX (types only, nothing runs): with this module in an app's types, TSX
 * knows each element, its attributes as the values they take, and its events as `onhf-load`,
 * `onhf-render` and `onhf-error` (React 19 attaches `on` + an event's name as its listener).
 *
 * ```ts
 * // once, in a .d.ts or the app's entry
 * import type {} from 'hf-indikatorer/react';
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HfElement } from './base/hf-element.js';
import type { HfEventMap } from './base/events.js';
import type { Tag } from './elements/registry.js';

/** What the page may set on an element: its attributes and properties, not Lit's own members. */
type Options<E extends HfElement> = Partial<Pick<E, Exclude<keyof E, keyof HTMLElement | 'effectiveSrc' | 'renderOptions' | 'hasUpdated' | 'isUpdatePending' | 'updateComplete' | 'addController' | 'removeController' | 'requestUpdate'>>>;

type Listeners = { [K in keyof HfEventMap as `on${K}`]?: (event: HfEventMap[K]) => void };

type Props<E extends HfElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & Options<E> & Listeners & { class?: string };

declare module 'react' {
  namespace JSX {
    type HfIntrinsicElements = { [T in Tag]: Props<HTMLElementTagNameMap[T]> };
    interface IntrinsicElements extends HfIntrinsicElements {}
  }
}
