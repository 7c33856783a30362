// Browser tests in real Chromium (Debian's, or the one CHROMIUM_PATH names), driven by Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './scripts/chromium-path.mjs';

/** The strict CSP of the demo page, also applied when a test loads it in an iframe. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * `executeServerCommand('ax-tree')`: the names in Chromium's accessibility tree of the test page,
 * as a screen reader gets them (from the DevTools protocol; Playwright no longer has a snapshot).
 */
const axTree = {
  name: 'ax-tree',
  async executeCommand({ command, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => ({ role: n.role?.value, name: n.name.value }));
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), axTree],
  middleware: [
    // A worker is loaded by URL (`new URL('./read-worker.js', import.meta.url)`), not by an import
    // the dev server resolves: serve the TypeScript source under the name the build gives it.
    function workerSource(context, next) {
      const path = context.path;
      if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
        context.url = context.url.replace(/\.js(?=$|\?)/, '.ts');
      }
      return next();
    },
    // The shipped data is imported as JSON modules (src/assets.ts); the TypeScript transform here
    // targets ES2022, which drops the import's `with { type: 'json' }`, so the browser asks for a
    // script: give it the JSON as one.
    async function jsonModules(context, next) {
      if (!context.path.endsWith('.json') || context.get('sec-fetch-dest') !== 'script') return next();
      const text = readFileSync(`.${decodeURIComponent(context.path)}`, 'utf8');
      context.type = 'application/javascript';
      context.body = `export default ${text};`;
    },
    function csp(context, next) {
      if (context.path.startsWith('/demo/csp') || context.path.startsWith('/demo/builder')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    // The library as a CDN serves it, so a page on another origin (the builder's paste test) loads it.
    async function cors(context, next) {
      await next();
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
};
