/**
 * Fetching and reading indicator files. A file used by several elements on one page is fetched
 * and parsed once, however its URL is written; each caller waits as long as its own time-out and
 * can abort its own wait, and the shared request is aborted only when nobody waits for it any more.
 */
import { LoadError } from './errors.js';
import { JsonStatError, NOT_A_DATASET, readJsonStat } from './jsonstat.js';
import type { ReadOffThread } from './read-off-thread.js';
import type { Cube } from './types.js';

/** A file smaller than this is read at once: the trip to a worker would cost more than it saves. */
const OFF_THREAD_FROM = 256 * 1024;

/** The worker's side of reading, loaded with the first large file; undefined where it cannot load (the file is then read here). */
const offThread = () => import('./read-off-thread.js').catch(() => undefined);

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers waiting for the response. */
  waiting: number;
  /** Elements showing the parsed file; when none is left, the file is let go. */
  holders: number;
}

const requests = new Map<string, Shared>();

export const DEFAULT_TIMEOUT_MS = 15000;

/** One key per file however its URL is written (relative, with `./`, its query in another order). */
function fileKey(url: string): string {
  try {
    const u = new URL(url, typeof document === 'undefined' ? 'http://localhost/' : document.baseURI);
    u.searchParams.sort();
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** The time-out in seconds as a message writes it: whole seconds, or tenths below ten. */
const timeoutSeconds = (ms: number) => (ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000));

/** Files shipped with the code, by key: loaded as modules (see `assets.ts`), never fetched. */
const provided = new Map<string, () => Promise<unknown>>();

/** Says how to load the file at `url` without the network: the shipped file's module. */
export function provideFile(url: string, load: () => Promise<unknown>): void {
  provided.set(fileKey(url), load);
}

/** The shared request has no time-out of its own: each caller waits as long as its own `timeout` says. */
function startRequest(url: string, key: string): Shared {
  const controller = new AbortController();
  const shipped = provided.get(key);
  const promise = (async () => {
    if (shipped) {
      try {
        return await shipped();
      } catch {
        throw new LoadError('network', { url });
      }
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      throw new LoadError('network', { url });
    }
    if (response.status === 404 || response.status === 410) throw new LoadError('not-found', { status: response.status, url });
    if (!response.ok) throw new LoadError('http', { status: response.status, url });
    // A large file is read in a worker; its code loads with the first such file, not before a number.
    const large = Number(response.headers.get('content-length')) >= OFF_THREAD_FROM;
    let off: ReadOffThread | undefined = large && response.body ? await (await offThread())?.readResponseOffThread(response as Response & { body: ReadableStream }) : undefined;
    let bytes: ArrayBuffer | undefined;
    if (!off) {
      // The bytes, not the text: a large file is decoded in the worker, not on the page's main thread.
      try {
        bytes = await response.arrayBuffer();
      } catch {
        throw new LoadError('network', { url });
      }
      if (bytes.byteLength >= OFF_THREAD_FROM) off = await (await offThread())?.readBytesOffThread(bytes);
    }
    if (off && 'failed' in off) throw new LoadError(off.failed, { url });
    if (off && 'notJson' in off) throw new LoadError('not-json', { url });
    if (off && 'json' in off) return off.json;
    if (off) {
      // The JSON stayed in the worker: an empty object stands for the file, its reading cached under it.
      const file = {};
      cubes.set(file, toResult(off.read));
      if (off.bytes) sourceBytes.set(file, off.bytes);
      return file;
    }
    try {
      return JSON.parse(new TextDecoder().decode(bytes!)) as unknown;
    } catch {
      throw new LoadError('not-json', { url });
    }
  })();
  const shared: Shared = { promise, controller, waiting: 0, holders: 0 };
  // A failed request is forgotten so the next attempt fetches again.
  promise.catch(() => {
    if (requests.get(key) === shared) requests.delete(key);
  });
  return shared;
}

/**
 * The parsed JSON at `url`, fetched once per page. `signal` aborts only this caller's wait.
 */
export function fetchJson(url: string, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const key = fileKey(url);
  let shared = requests.get(key);
  if (!shared) {
    shared = startRequest(url, key);
    requests.set(key, shared);
  }
  const s = shared;
  s.waiting++;
  return new Promise<unknown>((resolve, reject) => {
    let done = false;
    /** This caller stops waiting; `gaveUp` (aborted, timed out) lets the request go when nobody else waits. */
    const finish = (gaveUp = false) => {
      if (done) return false;
      done = true;
      s.waiting--;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Let go a moment later: an element that restarts its load (a new `src` of its own, or moved
      // in the page) waits again at once, and the request it shares must not be thrown away meanwhile.
      if (gaveUp) {
        queueMicrotask(() => {
          if (s.waiting === 0 && s.holders === 0 && requests.get(key) === s) {
            requests.delete(key);
            s.controller.abort();
          }
        });
      }
      return true;
    };
    const onAbort = () => finish(true) && reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
    // setTimeout takes at most 2³¹−1 ms (about 24 days); more would fire at once.
    const timer = setTimeout(() => finish(true) && reject(new LoadError('timeout', { seconds: timeoutSeconds(timeoutMs) })), Math.min(timeoutMs, 2 ** 31 - 1));
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort);
    s.promise.then(
      (v) => finish() && resolve(v),
      (e) => finish() && reject(e),
    );
  });
}

const cubes = new WeakMap<object, Cube | LoadError>();
/** The bytes of a file read in a worker, by the object that stands for it. */
const sourceBytes = new WeakMap<object, ArrayBuffer>();

/** The file as JSON, for a download: as it came when it was read in a worker, else written out again. */
export function jsonFile(json: unknown): BlobPart {
  return (typeof json === 'object' && json !== null && sourceBytes.get(json)) || JSON.stringify(json, null, 2);
}

/** What an element gets of a reading: the cube, or the error it shows. */
function toResult(read: Cube | JsonStatError): Cube | LoadError {
  if (!(read instanceof JsonStatError)) return read.rows.some((r) => r.value !== null || r.status) ? read : new LoadError('empty');
  const first = read.problems[0]!;
  return new LoadError(NOT_A_DATASET.has(first.rule) ? 'not-jsonstat' : 'invalid', { rule: first.rule, path: first.path }, read.problems);
}

/** Reads a parsed JSON value into a cube, once per object (a large file was read with it, off the main thread), as a {@link LoadError} when it fails. */
export function toCube(json: unknown): Cube {
  const cached = typeof json === 'object' && json !== null ? cubes.get(json) : undefined;
  if (cached instanceof LoadError) throw cached;
  if (cached) return cached;
  let read: Cube | JsonStatError;
  try {
    read = readJsonStat(json);
  } catch (e) {
    if (!(e instanceof JsonStatError)) throw e;
    read = e;
  }
  const result = toResult(read);
  if (typeof json === 'object' && json !== null) cubes.set(json, result);
  if (result instanceof LoadError) throw result;
  return result;
}

/** A further file read as a cube, or undefined when it is missing or broken: it costs what it gives, never the view. */
export function toCubeOrNothing(json: unknown): Cube | undefined {
  try {
    return json === undefined ? undefined : toCube(json);
  } catch {
    return undefined;
  }
}

/** An element shows the file at `url`: keep it for the others on the page. */
export function holdJson(url: string): void {
  const s = requests.get(fileKey(url));
  if (s) s.holders++;
}

/** The file at `url` could not be shown (it breaks a rule): the next element to ask fetches it again, perhaps mended. */
export function forgetJson(url: string): void {
  const key = fileKey(url);
  if (requests.get(key)?.holders === 0) requests.delete(key);
}

/** An element no longer shows the file at `url`; the last one lets it go, so its memory can be freed. */
export function releaseJson(url: string): void {
  const key = fileKey(url);
  const s = requests.get(key);
  if (!s) return;
  s.holders = Math.max(0, s.holders - 1);
  if (s.holders === 0 && s.waiting === 0) requests.delete(key);
}
