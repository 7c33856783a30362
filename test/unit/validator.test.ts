/**
 * `hf-indikatorer validate` (the package's command, over the built reader) on the real files and
 * the data contract's examples: it accepts what the elements read and refuses what they refuse,
 * with the same reason. Needs `npm run build` first, as `npm test` does.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const validate = (...args: string[]) => {
  const run = spawnSync('node', ['bin/hf-indikatorer.mjs', 'validate', ...args], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout };
};
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** One run over many files: the lines it prints about each, by file. */
function validateAll(files: string[], ...options: string[]): Record<string, string> {
  const { out } = validate(...options, ...files);
  const byFile: Record<string, string> = {};
  let current = '';
  for (const line of out.split('\n')) {
    const head = /^[✓✗] (.+?)(?::|$)/.exec(line);
    if (head) current = files.find((f) => line.startsWith(`${line[0]} ${f}`)) ?? head[1]!;
    if (current) byFile[current] = (byFile[current] ?? '') + line + '\n';
  }
  return byFile;
}

describe('hf-indikatorer validate', () => {
  it('accepts every real file an element reads, and refuses the others with the rule', () => {
    const expected = json('test/fixtures/real/expected.json') as Record<string, { read: string; empty?: boolean }>;
    const out = validateAll(Object.keys(expected).map((f) => `test/fixtures/real/${f}`));
    for (const [file, want] of Object.entries(expected)) {
      const said = out[`test/fixtures/real/${file}`] ?? '';
      // A file with no numbers is read, but no element shows it: an error.
      const accepted = (want.read === 'drawn' || want.read === 'no-geo') && !want.empty;
      expect(said.startsWith(accepted ? '✓' : '✗'), said).toBe(true);
      if (want.read === 'no-geo') expect(said).toMatch(/advarsel \$\S*\.role: Datasettet har ingen geografisk dimensjon/);
    }
    expect(validate('test/fixtures/real/ssb-07221-boligpris-json-stat2.json').status).toBe(0);
    expect(validate('test/fixtures/real/broken-istat-no-data.json').status).toBe(1);
  });

  it('gives every invalid example of the data contract its message and path, in nb and en; the valid one passes', () => {
    const dir = 'data-contracts/examples/invalid';
    const expected = json(`${dir}/expected.json`) as Record<string, { path: string; message: string }>;
    const files = Object.keys(expected).map((f) => `${dir}/${f}`);
    const nb = validateAll(files);
    const en = validateAll(files, '--lang', 'en');
    for (const [file, want] of Object.entries(expected)) {
      expect(nb[`${dir}/${file}`], file).toContain(`✗ ${dir}/${file}`);
      expect(nb[`${dir}/${file}`], file).toContain(`feil ${want.path}: ${want.message}`);
      expect(en[`${dir}/${file}`], file).toContain(`error ${want.path}: `);
    }
    expect(validate('data-contracts/examples/valid.json').status).toBe(0);
  });

  it('reads every bundled dataset and code list without an error', () => {
    const files = ['datasets', 'codelists'].flatMap((d) => readdirSync(`data-contracts/${d}`).filter((f) => f.endsWith('.json')).map((f) => `data-contracts/${d}/${f}`));
    const { status, out } = validate(...files);
    expect(status, out).toBe(0);
    expect(out.match(/^✓/gm)).toHaveLength(files.length);
  });

  it('refuses a file with no numbers, as every element does', () => {
    const { status, out } = validate('test/fixtures/real/jsonstat-org-hierarchy.json');
    expect(status).toBe(1);
    expect(out).toContain('feil $.value: Filen har ingen tall');
  });

  it('says how to use it when given nothing, and exits with 2', () => {
    expect(validate().status).toBe(2);
  });
});
