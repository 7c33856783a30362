// A small static server for the demo (npm start) and the benchmark: serves the package root,
// and sends the strict Content-Security-Policy with demo/csp.html.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Content types of the files the demo and the benchmark serve. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function startServer({ root = resolve(fileURLToPath(import.meta.url), '../..'), port = 8080, host = '127.0.0.1', handler } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (handler && handler(req, res, url)) return;
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { Location: '/demo/' });
      res.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let size;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'no-cache' };
    if (path.startsWith('/demo/csp') || path.startsWith('/demo/builder')) headers['Content-Security-Policy'] = STRICT_CSP;
    // The library and its data as a CDN serves them: a page on another site may load them (the builder's code, pasted elsewhere).
    if (path.startsWith('/dist/')) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/** Serves the demo on `PORT` (8080) and prints its URL; says which port to try when that one is taken. */
export function serveDemo(port = Number(process.env.PORT ?? 8080)) {
  return startServer({ port })
    .then((server) => {
      const { port: p } = server.address();
      console.log(`\nhf-indikatorer demo: http://localhost:${p}/demo/\nStrict-CSP page:    http://localhost:${p}/demo/csp.html\n(Ctrl+C stops the server.)`);
    })
    .catch((e) => {
      if (e.code === 'EADDRINUSE') console.error(`Port ${port} is in use: run PORT=8081 npm start`);
      else console.error(e);
      process.exit(1);
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) serveDemo();
