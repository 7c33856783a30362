/**
 * Reads a large file off the page's main thread: parses the text and reads it as JSON-stat, and
 * posts back the parsed JSON with the cube, or with the problems that refuse it. Loaded by
 * `read-off-thread.ts`; pure data code, no DOM.
 */
import { JsonStatError, readJsonStat } from './jsonstat.js';

export interface ReadRequest {
  id: number;
  text: string;
}

const post = (message: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

self.addEventListener('message', (e: Event) => {
  const { id, text } = (e as MessageEvent<ReadRequest>).data;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return post({ id, notJson: true });
  }
  try {
    post({ id, json, cube: readJsonStat(json) });
  } catch (error) {
    // Anything but the reader's own refusal is read again on the main thread, where it is reported as it always was.
    // A refused file is not sent back: copying a large one to the page would cost what the worker saved.
    post(error instanceof JsonStatError ? { id, problems: error.problems, warnings: error.warnings } : { id, json });
  }
});
