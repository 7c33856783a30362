import { expect } from '@open-wc/testing';
import { mount, until, cleanup, tableRows } from './helpers.js';

/**
 * Where the reader's worker cannot load (a module from another origin, a bundler that did not ship
 * it, a CSP without `worker-src 'self'`), a large file is read on the main thread and shown the same.
 * A file of its own: the page keeps one worker, so its first one must be the one that fails.
 */
describe('a large file where no worker can run', () => {
  afterEach(cleanup);

  it('is read on the main thread when the worker fails to load, and when there is no Worker at all', async () => {
    const RealWorker = window.Worker;
    const realFetch = window.fetch;
    let tried = 0;
    window.Worker = class extends RealWorker {
      constructor() {
        tried++;
        super(new URL('./no-such-worker.js', import.meta.url), { type: 'module' });
      }
    };
    const n = 60000;
    const big = JSON.stringify({
      version: '2.0', class: 'dataset', label: 'Stor', id: ['g', 't'], size: [n / 10, 10], role: { geo: ['g'], time: ['t'] },
      dimension: { g: { category: { index: Array.from({ length: n / 10 }, (_, i) => `område-${i}`) } }, t: { category: { index: Array.from({ length: 10 }, (_, i) => String(2010 + i)) } } },
      value: Array.from({ length: n }, (_, i) => i / 4),
    });
    const length = String(new TextEncoder().encode(big).length);
    window.fetch = async () => new Response(big, { headers: { 'Content-Type': 'application/json', 'Content-Length': length } });
    try {
      const first = mount('<hf-pasientrate view="table" src="/first.json"></hf-pasientrate>');
      await until(() => first.events.render.length || first.events.error.length, 'the file, with a worker that failed');
      expect(first.events.error).to.have.length(0);
      expect(tableRows(first.el)[0]).to.deep.equal(['område-0', '2,25']);
      expect(tried).to.equal(1);
      cleanup();

      // @ts-expect-error: a browser, or a test runner, without workers
      delete window.Worker;
      const second = mount('<hf-pasientrate view="table" src="/second.json"></hf-pasientrate>');
      await until(() => second.events.render.length || second.events.error.length, 'the file, without Worker');
      expect(second.events.error).to.have.length(0);
      expect(tableRows(second.el)[5]).to.deep.equal(['område-5', '14,75']);
    } finally {
      window.Worker = RealWorker;
      window.fetch = realFetch;
    }
  });
});
