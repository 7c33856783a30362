// The tags of the library's elements, read from src/elements/registry.ts, the one list of them:
// the build's entries, the size report and the bench follow it (test/unit/architecture.test.ts checks
// that this reading matches the registry, and that package.json exports every element).
import { readFileSync } from 'node:fs';

const registry = readFileSync(new URL('../src/elements/registry.ts', import.meta.url), 'utf8');

/** @type {string[]} */
export const TAGS = [...registry.matchAll(/^\s*'([a-z][a-z0-9]*-[a-z0-9-]+)':\s*\(\)\s*=>\s*import\(/gm)].map((m) => m[1]);

/** The source module that defines an element, an entry of the build. */
export const defineModule = (tag) => `src/elements/${tag}/define.ts`;
