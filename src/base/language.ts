/**
 * The element's language: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else Bokmål. One observer per page re-renders the elements when a `lang` in the document
 * changes; each element also watches its own, which the page's observer cannot see inside
 * another component's shadow root.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../format/number.js';

type Host = ReactiveControllerHost & HTMLElement;

const watched = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host, on: boolean): void {
  if (on) watched.add(host);
  else watched.delete(host);
  if (watched.size && !observer) {
    observer = new MutationObserver(() => watched.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!watched.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The language of `el`: its own `lang`, else the nearest ancestor's (across shadow roots), else Bokmål. */
export function langOf(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nb';
}

export class LanguageController implements ReactiveController {
  readonly #host: Host;
  #own?: MutationObserver;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): Lang {
    return langOf(this.#host);
  }

  hostConnected(): void {
    watch(this.#host, true);
    this.#own ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#own.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    watch(this.#host, false);
    this.#own?.disconnect();
  }
}
