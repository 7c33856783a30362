// The benchmark's static server: scripts/serve.mjs with a handler in front that serves text
// files gzip-compressed (Content-Encoding: gzip), as real hosts and CDNs do, so the bytes the
// browser downloads are comparable to a real page. Compressed bodies are kept in memory per
// file and modification time, so compression costs nothing during a measured run.
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, TYPES } from '../scripts/serve.mjs';

// Every type served, less the binary ones, which gain nothing from gzip.
const TEXT_TYPES = Object.fromEntries(Object.entries(TYPES).filter(([ext]) => ext !== '.png'));

/**
 * Serves `root` on 127.0.0.1 and a free port. Returns `{ server, origin, stats, close }`;
 * `stats.requests` counts what was served (a check that the browser really downloaded).
 */
export async function startBenchServer(root) {
  const cache = new Map();
  const stats = { requests: 0, gzipped: 0 };
  const handler = (req, res, url) => {
    stats.requests++;
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return false;
    }
    if (path.endsWith('/')) path += 'index.html';
    const type = TEXT_TYPES[extname(path)];
    // Anything that is not a text file, or a client that does not accept gzip: serve.mjs as it is.
    if (!type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return false;
    let st;
    try {
      st = statSync(file);
      if (!st.isFile()) return false;
    } catch {
      return false; // serve.mjs answers 404
    }
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== st.mtimeMs || entry.size !== st.size) {
      // Level 6 is what nginx, Apache and most CDNs use by default for on-the-fly gzip.
      entry = { mtimeMs: st.mtimeMs, size: st.size, body: gzipSync(readFileSync(file), { level: 6 }) };
      cache.set(file, entry);
    }
    stats.gzipped++;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': entry.body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    });
    if (req.method === 'HEAD') res.end();
    else res.end(entry.body);
    return true;
  };
  const server = await startServer({ root, port: 0, host: '127.0.0.1', handler });
  const { port } = server.address();
  return {
    server,
    stats,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
