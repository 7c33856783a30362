/**
 * Large files are parsed and read in a worker, so a page's other elements keep drawing while a
 * big file is read. Wherever a worker cannot run (a module served from another origin, a bundler
 * that did not ship the worker, a CSP without `worker-src 'self'`), the file is read here as before.
 */
import { JsonStatError } from './jsonstat.js';
import type { Cube, Problem } from './types.js';

/** Text shorter than this is parsed at once: the trip to a worker would cost more than it saves. */
const OFF_THREAD_FROM = 256 * 1024;

export type ReadOffThread = { json: unknown; read: Cube | JsonStatError | undefined } | { notJson: true };

type Reply = { id: number; notJson?: true; json?: unknown; cube?: Cube; problems?: Problem[]; warnings?: Problem[] };

let worker: Worker | null | undefined;
const pending = new Map<number, { resolve(r: ReadOffThread | undefined): void }>();
let next = 0;

function start(): Worker | null {
  try {
    const w = new Worker(new URL('./read-worker.js', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<Reply>) => {
      const r = e.data;
      const p = pending.get(r.id);
      pending.delete(r.id);
      if (!p) return;
      if (r.notJson) return p.resolve({ notJson: true });
      // A refused file comes back as its problems only; an empty object stands for it in the cache of readings.
      p.resolve({ json: r.problems ? {} : r.json, read: r.cube ? rehydrate(r.cube) : r.problems ? new JsonStatError(r.problems, r.warnings) : undefined });
    });
    // The worker could not load: every file waiting, and every later one, is read on the main thread.
    w.addEventListener('error', () => {
      worker = null;
      for (const p of pending.values()) p.resolve(undefined);
      pending.clear();
    });
    return w;
  } catch {
    return null;
  }
}

/** The reader's lookup tables have no prototype (so `toString` is an id); a copy from a worker has one again. */
function rehydrate(cube: Cube): Cube {
  const bare = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, o);
  for (const d of cube.dimensions) {
    d.child = bare(d.child);
    d.level = bare(d.level);
    d.unit = bare(d.unit);
  }
  cube.byId = bare(cube.byId);
  cube.statusCodes = bare(cube.statusCodes);
  return cube;
}

/** The parsed file and its reading, from a worker; undefined when no worker can do it (read it on the main thread then). */
export function readOffThread(text: string): Promise<ReadOffThread | undefined> {
  if (text.length < OFF_THREAD_FROM || typeof Worker === 'undefined') return Promise.resolve(undefined);
  worker ??= start();
  if (!worker) return Promise.resolve(undefined);
  const id = next++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    worker!.postMessage({ id, text });
  });
}
