// Makes sure a Chromium is there for the browser tests: installs Debian's `chromium` when it can
// (as root, with apt-get), otherwise stops and says how to point the tests at a browser.
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  hasApt = true;
} catch {}

if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s chromium package (apt-get) …');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // fall through to the message below
  }
  if (chromiumPath()) process.exit(0);
}

console.error(`
The browser tests need Chromium, and none was found.
  - On Debian or Ubuntu, as root:  apt-get update && apt-get install -y chromium
  - Or point the tests at a Chromium or Chrome you have:
        CHROMIUM_PATH=/path/to/chromium npm test
`);
process.exit(1);
