/**
 * Reads a large file off the page's main thread: takes its body as it streams in (or its bytes),
 * decodes, parses and reads it as JSON-stat, and posts back only what the page cannot cheaply make
 * itself (copying a message costs the page time too): a cube without its rows, with its values
 * and the file's bytes moved, not copied; or the problems that refuse it; or, for a file that is
 * no dataset at all (a code list), the parsed JSON. Loaded by `read-off-thread.ts`; no DOM.
 */
import { JsonStatError, NOT_A_DATASET, readJsonStat } from './jsonstat.js';
import type { Cube } from './types.js';

export type ReadRequest = { id: number; body: ReadableStream<Uint8Array> } | { id: number; bytes: ArrayBuffer };

export type ReadReply =
  | { id: number; notJson: true }
  | { id: number; failed: 'network' }
  | { id: number; json: unknown }
  | { id: number; problems: JsonStatError['problems']; warnings: JsonStatError['warnings'] }
  /** `values`: NaN for null; `statuses`: [cell index, status code] for the cells that have one. */
  | { id: number; cube: Omit<Cube, 'rows'>; values: Float64Array; statuses: Array<[number, string]>; bytes: ArrayBuffer };

const post = (message: ReadReply | 'ready', transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);

self.addEventListener('message', (e: Event) => {
  const request = (e as MessageEvent<ReadRequest>).data;
  const { id } = request;
  const bytes = 'bytes' in request ? Promise.resolve(request.bytes) : new Response(request.body).arrayBuffer();
  bytes.then(
    (b) => read(id, b),
    () => post({ id, failed: 'network' }),
  );
});

function read(id: number, bytes: ArrayBuffer): void {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return post({ id, notJson: true });
  }
  let cube: Cube;
  try {
    cube = readJsonStat(json);
  } catch (error) {
    const refused = error instanceof JsonStatError && !NOT_A_DATASET.has(error.problems[0]?.rule ?? '');
    // Anything else is read again on the main thread, where it is reported (or used) as it always was.
    return post(refused ? { id, problems: error.problems, warnings: error.warnings } : { id, json });
  }
  const { rows, ...rest } = cube;
  const values = new Float64Array(rows.length);
  const statuses: Array<[number, string]> = [];
  rows.forEach((r, i) => {
    values[i] = r.value ?? NaN;
    if (r.status) statuses.push([i, r.status]);
  });
  post({ id, cube: rest, values, statuses, bytes }, [values.buffer, bytes]);
}

// The page sends files only to a worker that runs.
post('ready');
