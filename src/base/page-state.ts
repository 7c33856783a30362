/**
 * An element and the page around it, beyond its own box:
 *
 * - `UrlStateController`: what the reader changed (the view, a drill-down, the measure, period or
 *   slice chosen, a sort) kept in the page's address, so a link or a reload brings it back. Only
 *   when the editor asks with `url-state`: an element never touches a host's address uninvited.
 *   Parameters are named by the element (`url-state="rate"` gives `rate.view=table`; a bare
 *   `url-state` takes the element's id, else its tag), and written with `replaceState`, keeping the
 *   page's own history state (a router's).
 * - `whenPrinting`: the page is about to print. A chart not drawn yet (further down than the
 *   reader came) cannot be drawn in time, so its element prints the figures as a table in its place.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { urlState?: string };

export class UrlStateController implements ReactiveController {
  readonly #host: Host;
  /** The properties a reader changes, by name. */
  readonly #keys: () => string[];
  /** Their values as the page wrote them, before the address changed any (taken once: a moved element keeps them). */
  #authored?: Record<string, unknown>;
  #written = '';

  constructor(host: Host, keys: () => string[]) {
    this.#host = host;
    this.#keys = keys;
    host.addController(this);
  }

  #prefix(): string | undefined {
    const asked = this.#host.urlState;
    if (asked === undefined || asked === null) return undefined;
    return `${asked.trim() || this.#host.id || this.#host.localName}.`;
  }

  #value(key: string): unknown {
    return (this.#host as unknown as Record<string, unknown>)[key];
  }

  hostConnected(): void {
    const prefix = this.#prefix();
    if (!prefix) return;
    this.#authored ??= Object.fromEntries(this.#keys().map((k) => [k, this.#value(k)]));
    const params = new URLSearchParams(location.search);
    for (const key of this.#keys()) {
      const value = params.get(prefix + key);
      if (value !== null) (this.#host as unknown as Record<string, unknown>)[key] = value;
    }
    this.#written = location.search;
  }

  hostUpdated(): void {
    const prefix = this.#prefix();
    if (!prefix) return;
    const params = new URLSearchParams(location.search);
    for (const key of this.#keys()) {
      const value = this.#value(key);
      if (value === undefined || value === null || value === '' || value === this.#authored?.[key]) params.delete(prefix + key);
      else params.set(prefix + key, String(value));
    }
    const search = params.size ? `?${params}` : '';
    if (search === this.#written || search === location.search) return;
    this.#written = search;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}

const printing = new Set<(on: boolean) => void>();
let listening = false;

/** Calls `on(true)` before the page prints and `on(false)` after; returns what stops it. */
export function whenPrinting(on: (printing: boolean) => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    // Lit updates in a microtask, which runs before the browser lays the page out for print.
    addEventListener('beforeprint', () => printing.forEach((f) => f(true)));
    addEventListener('afterprint', () => printing.forEach((f) => f(false)));
  }
  printing.add(on);
  return () => printing.delete(on);
}
