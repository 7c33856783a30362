/**
 * Loads what an element shows: its file (fetched once per page, see `data/load.ts`) and the
 * further files it asks for (code lists, a series), alongside the file. A newer request aborts
 * the older one, so a stale response never wins; a removed element loads nothing, lets its files
 * go, and loads again when it is put back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import { LoadError } from '../data/errors.js';
import { fetchJson, forgetJson, holdJson, releaseJson, toCube } from '../data/load.js';
import { unknownOption } from '../data/options.js';
import { loadRuleMessages } from './error-message.js';
import type { Loaded } from './view-model.js';

export interface Sources {
  /** The URL of the file; undefined when `data` is given. */
  src: string | undefined;
  /** A JSON-stat object given as a property instead of `src`. */
  data: unknown;
  /** URLs of the further files wanted now (code lists, a series), by name. */
  files: Record<string, string>;
  /** Milliseconds to wait for each file, as the attribute gave it. */
  timeout: number;
}

export class DataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #task: Task<readonly [string | undefined, unknown, string, number], Loaded>;
  /** URLs of the files shown, held in the page-wide cache. */
  #shown: string[] = [];
  #held = false;
  #interrupted = false;

  constructor(host: ReactiveControllerHost & Element, sources: () => Sources, onLoad: (loaded: Loaded, src: string | undefined) => void) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      // The further files as one string, so equal lists compare equal.
      args: () => {
        const s = sources();
        return [s.src, s.data, JSON.stringify(s.files), s.timeout] as const;
      },
      task: ([src, data, files, timeout], { signal }) => this.#load(src, data, JSON.parse(files) as Record<string, string>, timeout, signal),
      onComplete: (loaded) => onLoad(loaded, sources().src),
    });
  }

  render(renderers: StatusRenderer<Loaded>): unknown {
    return this.#task.render(renderers);
  }

  async #load(src: string | undefined, data: unknown, urls: Record<string, string>, timeout: number, signal: AbortSignal): Promise<Loaded> {
    if (!(timeout > 0)) throw unknownOption('timeout', this.#host.getAttribute('timeout') ?? String(timeout), { format: 'milliseconds' });
    // Further files come alongside the file, not after it; a missing one costs what it gives (a
    // highlight, a comparison row, a series), never the view.
    const entries = Object.entries(urls);
    const filesLoading = entries.map(([, url]) =>
      fetchJson(url, signal, timeout).catch((e: unknown) => {
        if (signal.aborted) throw e;
        return undefined;
      }),
    );
    // Settled at once, so an early failure of the file leaves no rejection unheard.
    filesLoading.forEach((p) => p.catch(() => undefined));
    const json = data !== undefined ? data : src ? await fetchJson(src, signal, timeout) : undefined;
    if (json === undefined) throw new LoadError('no-src');
    let cube;
    try {
      cube = toCube(json);
    } catch (e) {
      if (data === undefined && src) forgetJson(src);
      // The reason for a broken rule is written out in the error, so fetch its text now.
      if (e instanceof LoadError && e.code === 'invalid') await loadRuleMessages().catch(() => undefined);
      throw e;
    }
    const raw = await Promise.all(filesLoading);
    const files = Object.fromEntries(entries.map(([name], i) => [name, raw[i]]));
    const shown = entries.filter((_, i) => raw[i] !== undefined).map(([, url]) => url);
    this.#hold(data === undefined && src ? [src, ...shown] : shown);
    return { cube, json, files };
  }

  #hold(urls: string[]): void {
    urls.forEach(holdJson);
    if (this.#held) this.#shown.forEach(releaseJson);
    this.#shown = urls;
    this.#held = true;
  }

  hostConnected(): void {
    // A removed element loads nothing: Lit still updates it, and the task would start a load.
    this.#task.autoRun = true;
    if (this.#interrupted) {
      // Removed while loading: load again now it is back.
      this.#interrupted = false;
      void this.#task.run();
    } else if (!this.#held && this.#task.status === TaskStatus.COMPLETE) this.#hold(this.#shown);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#task.autoRun = false;
    if (this.#task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#task.abort();
    }
    if (this.#held) this.#shown.forEach(releaseJson);
    this.#held = false;
  }
}
