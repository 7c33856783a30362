/**
 * Light or dark, as the page really is: many pages paint themselves dark without declaring
 * `color-scheme`, and some declare `light dark` yet paint themselves white. The page's text colour
 * (which the element inherits from its parent) tells which: light text means a dark page. The element sets its own
 * `color-scheme` from it (a custom state, `:host(:state(dark))`, so the page's markup is not
 * touched), and its colours (`light-dark()` in `tokens.ts`) follow. It looks again when the page
 * changes its theme: a class, style or data attribute on `<html>` or `<body>`, or the system's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { perFrame } from '../chart/scheduler.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<SchemeController>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
const recheck = () => hosts.forEach(checkSoon);

/**
 * Elements updated since the last frame, checked together in that frame's callback, before its
 * paint: reading the page's colour makes the browser compute the page's style, once for them all
 * instead of once per update of each (on a page of twenty elements, a tenth of the main
 * thread's work before the first screen). An element first rendered inside a frame's own callback
 * (a framework that mounts there) is checked in the next frame: its loading state may show one
 * frame in the page's declared scheme; its numbers and chart come later, in its own.
 */
const due = perFrame<SchemeController, true>((now) => now.forEach(([h]) => h.check()));
const checkSoon = (c: SchemeController) => due.add(c, true);

function watch(on: SchemeController, active: boolean): void {
  if (active) hosts.add(on);
  else hosts.delete(on);
  if (hosts.size && !observer) {
    observer = new MutationObserver(recheck);
    const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] };
    observer.observe(document.documentElement, options);
    if (document.body) observer.observe(document.body, options);
    media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', recheck);
  } else if (!hosts.size && observer) {
    observer.disconnect();
    media?.removeEventListener('change', recheck);
    observer = media = undefined;
  }
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour; undefined when it cannot be read. */
export function luminance(colour: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export class SchemeController implements ReactiveController {
  readonly #host: Host;
  #states?: CustomStateSet;
  #key?: 'dark' | 'light' | 'contrary';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Browsers without custom states keep the page's own `color-scheme`.
    try {
      this.#states ??= this.#host.attachInternals().states;
    } catch {
      this.#states = undefined;
    }
    watch(this, true);
  }

  hostDisconnected(): void {
    watch(this, false);
    due.delete(this);
  }

  hostUpdate(): void {
    checkSoon(this);
  }

  /**
   * Sets the scheme from the text colour; a chart drawn in the other one is drawn again. A page
   * that declares only `dark` where it is, yet leaves its text dark, is taken at its word: dark,
   * with our own light text (`contrary`), since its own text would not be read there either.
   */
  check(): void {
    if (!this.#states || !this.#host.isConnected) return;
    // The parent's, not the element's own: the element's text may be ours (`contrary`).
    const parent = this.#host.parentElement ?? (this.#host.getRootNode() as ShadowRoot).host;
    if (!parent) return;
    const page = getComputedStyle(parent);
    const l = luminance(page.color);
    if (l === undefined) return;
    const declaredDark = page.colorScheme.trim() === 'dark';
    // Text lighter than mid-grey is on a dark background.
    const contrary = l <= 0.4 && declaredDark;
    const dark = l > 0.4 || contrary;
    const key = dark ? (contrary ? 'contrary' : 'dark') : 'light';
    if (key === this.#key) return;
    const first = this.#key === undefined;
    this.#key = key;
    for (const state of ['dark', 'light', 'contrary']) this.#states.delete(state);
    this.#states.add(dark ? 'dark' : 'light');
    if (contrary) this.#states.add('contrary');
    if (!first) this.#host.requestUpdate();
  }
}
