// Browser tests in real Chromium (Debian's, or the one CHROMIUM_PATH names), driven by Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath } from './scripts/chromium-path.mjs';

/** The strict CSP of the demo page, also applied when a test loads it in an iframe. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    function csp(context, next) {
      if (context.path.startsWith('/demo/csp')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
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
