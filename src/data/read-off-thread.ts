/**
 * Large files are read in a worker, so a page's other elements keep drawing while a big file is
 * read: the worker takes the response's body as it streams in (or its bytes, when the page had to
 * read them to learn their size), decodes, parses and reads it. Wherever a worker cannot run (a
 * module served from another origin, a bundler that did not ship the worker, a CSP without
 * `worker-src 'self'`), the file is read here as before.
 */
import { buildRows, JsonStatError } from './jsonstat.js';
import type { ReadReply, ReadRequest } from './read-worker.js';
import type { Cube } from './types.js';

/**
 * The file's JSON; or, for a dataset, its reading, with its bytes when it is shown (its JSON stayed in the worker); or
 * why it could not be read (the worker failed, with the file in it, or the body broke off).
 */
export type ReadOffThread = { json: unknown } | { read: Cube | JsonStatError; bytes?: ArrayBuffer } | { notJson: true } | { failed: 'network' | 'internal' };

const pending = new Map<number, (r: ReadOffThread) => void>();
let next = 0;
/** The worker once it has said it runs; null when it cannot. */
let ready: Promise<Worker | null> | undefined;

function start(): Promise<Worker | null> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(new URL('./read-worker.js', import.meta.url), { type: 'module' });
    } catch {
      return resolve(null);
    }
    w.addEventListener('message', (e: MessageEvent<ReadReply | 'ready'>) => {
      if (e.data === 'ready') return resolve(w);
      const r = e.data;
      const settle = pending.get(r.id);
      pending.delete(r.id);
      if (!settle) return;
      if (!('cube' in r)) return settle('problems' in r ? { read: new JsonStatError(r.problems, r.warnings) } : r);
      const read = rehydrate(r.cube, r.values, r.statuses);
      // What the element then makes of the cube runs in a task of its own: a neighbour may draw in between.
      setTimeout(() => settle({ read, bytes: r.bytes }));
    });
    // The worker could not load (every file is read here then), or it failed with files in it.
    w.addEventListener('error', () => {
      resolve(null);
      ready = Promise.resolve(null);
      for (const settle of pending.values()) settle({ failed: 'internal' });
      pending.clear();
    });
  });
}

/**
 * The cube as the reader made it: its rows are made again here from the values (faster than
 * copying an object per cell), and its lookup tables get back their null prototype (so that
 * `toString` is an id), which a copy from a worker loses.
 */
function rehydrate(read: Omit<Cube, 'rows'>, values: Float64Array, statuses: Array<[number, string]>): Cube {
  const bare = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, o);
  for (const d of read.dimensions) {
    d.child = bare(d.child);
    d.level = bare(d.level);
    d.unit = bare(d.unit);
  }
  const status = new Array<string | undefined>(values.length);
  for (const [i, code] of statuses) status[i] = code;
  const nullable = Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  const rows = buildRows(read.dimensions, nullable, status, { geo: read.geo.id, time: read.time.id, metric: read.metric.id });
  return { ...read, rows, byId: bare(read.byId), statusCodes: bare(read.statusCodes) };
}

async function send(message: ReadRequest, transfer: Transferable[]): Promise<ReadOffThread | undefined> {
  if (typeof Worker === 'undefined') return undefined;
  const worker = await (ready ??= start());
  if (!worker) return undefined;
  try {
    // Moved, not copied; where a browser cannot move a stream, the page reads the body itself.
    worker.postMessage(message, transfer);
  } catch {
    return undefined;
  }
  return new Promise((resolve) => pending.set(message.id, resolve));
}

/**
 * The response read in a worker when its length says it is large; undefined when the page should
 * read it itself (small, of unknown length, or no worker), its body untouched then.
 */
export function readResponseOffThread(response: Response & { body: ReadableStream }): Promise<ReadOffThread | undefined> {
  return send({ id: next++, body: response.body }, [response.body as unknown as Transferable]);
}

/** Bytes the page has read, sent to the worker when they are many; undefined when the page should read them itself. */
export function readBytesOffThread(bytes: ArrayBuffer): Promise<ReadOffThread | undefined> {
  return send({ id: next++, bytes }, [bytes]);
}
