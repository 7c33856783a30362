// custom-elements.json, for editors, linters and framework wrappers: the elements and their base,
// with module paths of the published package (each element's entry module; the base's types).
import { readdirSync, readFileSync } from 'node:fs';
import { TAGS } from './scripts/elements.mjs';

/** Constants of src/ with a literal value (`export const DEFAULT_TIMEOUT_MS = 15000;`), by name, so a default names its value. */
const CONSTANTS = Object.fromEntries(
  readdirSync('src', { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/${f}`, 'utf8').matchAll(/^export const ([A-Z][A-Z0-9_]*) = (\d+|'[^']*');$/gm)].map((m) => [m[1], m[2]])),
);

/** Where a source module's declarations are in the package. */
function shipped(path) {
  const p = path.replace(/^\//, '');
  const element = /^src\/elements\/([^/]+)\/([^/]+)\.(?:ts|js)$/.exec(p);
  if (element && (element[2] === element[1] || element[2] === 'define')) return `dist/${element[1]}.js`;
  return p.replace(/^src\//, 'dist/types/').replace(/\.(ts|js)$/, '.d.ts');
}

const relink = (ref) => {
  if (ref?.module) ref.module = shipped(ref.module);
};

export default {
  globs: ['src/base/hf-element.ts', ...TAGS.flatMap((tag) => [`src/elements/${tag}/${tag}.ts`, `src/elements/${tag}/define.ts`])],
  litelement: true,
  plugins: [
    {
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest: manifest }) {
        const modules = new Map();
        for (const mod of manifest.modules) {
          mod.path = shipped(mod.path);
          for (const d of mod.declarations ?? []) {
            relink(d.superclass);
            for (const m of [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]) {
              relink(m.inheritedFrom);
              if (m.default in CONSTANTS) m.default = CONSTANTS[m.default];
            }
          }
          for (const e of mod.exports ?? []) relink(e.declaration);
          // An element's class and its registration are one module in the package.
          const known = modules.get(mod.path);
          if (!known) modules.set(mod.path, mod);
          else {
            known.declarations = [...(known.declarations ?? []), ...(mod.declarations ?? [])];
            const exports = [...(known.exports ?? []), ...(mod.exports ?? [])];
            known.exports = exports.filter((e, i) => exports.findIndex((f) => f.kind === e.kind && f.name === e.name) === i);
          }
        }
        manifest.modules = [...modules.values()];
      },
    },
  ],
};
