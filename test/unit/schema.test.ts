// Every bundled dataset and code list must follow the profile (data-contracts/README.md).
// The folders are read at test time, so files added later are checked too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const contracts = join(root, 'data-contracts');

type Json = Record<string, any>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function jsonFiles(folder: string): string[] {
  return readdirSync(join(contracts, folder))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function makeValidator(schemaFile: string) {
  // Ajv's default export is the class; under some module settings it sits on .default.
  const AjvClass: any = (Ajv2020 as any).default ?? Ajv2020;
  const ajv = new AjvClass({ allErrors: true, strict: true });
  return ajv.compile(readJson(join(contracts, 'schema', schemaFile)));
}

function errorsText(validate: any): string {
  return (validate.errors ?? [])
    .map((e: any) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
}

function categoryIds(category: Json): string[] {
  const index = category.index;
  if (Array.isArray(index)) return index;
  if (index && typeof index === 'object') {
    return Object.entries(index as Record<string, number>)
      .sort((a, b) => a[1] - b[1])
      .map(([id]) => id);
  }
  return Object.keys(category.label ?? {});
}

// land 0, fylke 2, kommune 4, bydel 6 digits; code-list slugs (hfs-unn, helse-nord, unn, grp-…);
// a unit inside a kommune without an official code: <kommunenummer>-<slug> (level "annet").
const GEO_ID = /^(0|\d{2}|\d{4}|\d{6}|\d{4}(-[a-z0-9]+)+|[a-z][a-z0-9]*(-[a-z0-9]+)*)$/;

/** Profile rules that JSON Schema cannot express. Returns a list of problems. */
function profileProblems(ds: Json): string[] {
  const problems: string[] = [];
  const ids: string[] = ds.id;
  const size: number[] = ds.size;
  if (ids.length !== size.length) problems.push('id and size differ in length');
  const dimKeys = Object.keys(ds.dimension).sort();
  if (JSON.stringify(dimKeys) !== JSON.stringify([...ids].sort())) problems.push('dimension keys differ from id');
  ids.forEach((d, i) => {
    const dim = ds.dimension[d];
    if (!dim) return;
    const cats = categoryIds(dim.category);
    if (cats.length !== size[i]) problems.push(`dimension ${d}: ${cats.length} categories but size ${size[i]}`);
    const known = new Set(cats);
    for (const key of ['label', 'unit', 'note'] as const) {
      for (const id of Object.keys(dim.category[key] ?? {})) {
        if (!known.has(id)) problems.push(`dimension ${d}: category.${key} has unknown id ${id}`);
      }
    }
    for (const [parent, kids] of Object.entries<string[]>(dim.category.child ?? {})) {
      if (!known.has(parent)) problems.push(`dimension ${d}: child parent ${parent} is not a category`);
      for (const k of kids) if (!known.has(k)) problems.push(`dimension ${d}: child ${k} is not a category`);
    }
    for (const id of Object.keys(dim.extension?.hi?.level ?? {})) {
      if (!known.has(id)) problems.push(`dimension ${d}: extension.hi.level has unknown id ${id}`);
    }
  });
  const product = size.reduce((a, b) => a * b, 1);
  if (ds.value.length !== product) problems.push(`value has ${ds.value.length} cells, product of size is ${product}`);
  for (const role of ['geo', 'time', 'metric']) {
    const d = ds.role[role][0];
    if (!ids.includes(d)) problems.push(`role.${role} names unknown dimension ${d}`);
  }
  const geo = ds.dimension[ds.role.geo[0]];
  if (geo) {
    for (const id of categoryIds(geo.category)) {
      if (!GEO_ID.test(id)) problems.push(`geo id ${id} is neither an official code nor a code-list id`);
    }
    const ref = ds.extension?.hi?.reference;
    if (ref !== undefined && !categoryIds(geo.category).includes(ref)) {
      problems.push(`extension.hi.reference ${ref} is not a geo category`);
    }
  }
  const metric = ds.dimension[ds.role.metric[0]];
  if (metric) {
    for (const id of categoryIds(metric.category)) {
      const unit = metric.category.unit?.[id];
      if (!unit) problems.push(`metric category ${id} has no unit`);
    }
  }
  const time = ds.dimension[ds.role.time[0]];
  if (time) {
    const t = categoryIds(time.category);
    const starts = t.map((x) => x.slice(0, 4));
    if ([...starts].sort().join() !== starts.join()) problems.push(`time ids are not chronological: ${t.join(', ')}`);
  }
  // status: codes explained, and every null has a status
  const codes = ds.extension?.hi?.statusCodes ?? {};
  const status: Record<string, string | null> = {};
  if (Array.isArray(ds.status)) ds.status.forEach((s: string | null, i: number) => (status[String(i)] = s));
  else if (ds.status) Object.assign(status, ds.status);
  for (const [i, s] of Object.entries(status)) {
    if (s && !(s in codes)) problems.push(`status code "${s}" at cell ${i} is not in extension.hi.statusCodes`);
    if (Number(i) >= ds.value.length) problems.push(`status key ${i} is outside value`);
  }
  ds.value.forEach((v: number | null, i: number) => {
    if (v === null && !status[String(i)]) problems.push(`cell ${i} is null without a status`);
  });
  // cell notes and projection refer to existing categories
  const metricIds = metric ? new Set(categoryIds(metric.category)) : new Set<string>();
  for (const cn of ds.extension?.hi?.cellNotes ?? []) {
    for (const [d, c] of Object.entries<string>(cn.cell)) {
      const dim = ds.dimension[d];
      if (!dim) problems.push(`cellNotes: unknown dimension ${d}`);
      else if (!categoryIds(dim.category).includes(c)) problems.push(`cellNotes: unknown category ${d}=${c}`);
    }
  }
  const proj = ds.extension?.hi?.projection;
  if (proj) {
    const t = time ? categoryIds(time.category) : [];
    for (const p of [proj.basePeriod, proj.firstProjectedPeriod]) {
      if (p !== undefined && !t.includes(p)) problems.push(`projection period ${p} is not a time category`);
    }
    for (const step of proj.steps ?? []) {
      if (!metricIds.has(step.measure)) problems.push(`projection measure ${step.measure} is not a metric category`);
      if (!t.includes(step.to)) problems.push(`projection step ends in unknown period ${step.to}`);
      for (const c of step.components) {
        if (!metricIds.has(c.metric)) problems.push(`projection component ${c.metric} is not a metric category`);
      }
    }
    for (const [m, iv] of Object.entries<Json>(proj.intervals ?? {})) {
      for (const x of [m, iv.lower, iv.upper]) {
        if (!metricIds.has(x)) problems.push(`projection interval metric ${x} is not a metric category`);
      }
    }
  }
  return problems;
}

const datasets = jsonFiles('datasets');
const codelists = jsonFiles('codelists');

describe('dataset.schema.json', () => {
  const validate = makeValidator('dataset.schema.json');

  it('finds the bundled datasets', () => {
    expect(datasets.length).toBeGreaterThan(0);
  });

  for (const file of datasets) {
    it(`${file} validates against the schema`, () => {
      const ok = validate(readJson(join(contracts, 'datasets', file)));
      expect(ok, errorsText(validate)).toBe(true);
    });

    it(`${file} follows the profile rules the schema cannot express`, () => {
      expect(profileProblems(readJson(join(contracts, 'datasets', file)))).toEqual([]);
    });
  }

  it('rejects a dataset without role.geo', () => {
    const ds = readJson(join(contracts, 'datasets', datasets[0]));
    delete ds.role.geo;
    expect(validate(ds)).toBe(false);
  });

  it('rejects a metric unit without decimals', () => {
    const ds = readJson(join(contracts, 'datasets', datasets[0]));
    const metric = ds.dimension[ds.role.metric[0]];
    const first = categoryIds(metric.category)[0];
    delete metric.category.unit[first].decimals;
    expect(validate(ds)).toBe(false);
  });

  it('rejects an unknown level and an unknown status kind', () => {
    const ds = readJson(join(contracts, 'datasets', datasets[0]));
    const geo = ds.dimension[ds.role.geo[0]];
    const first = categoryIds(geo.category)[0];
    geo.extension = { hi: { level: { [first]: 'region' } } };
    expect(validate(ds)).toBe(false);
    const ds2 = readJson(join(contracts, 'datasets', datasets[0]));
    ds2.extension = { hi: { statusCodes: { ':': { label: 'x', kind: 'hidden' } } } };
    expect(validate(ds2)).toBe(false);
  });

  it('accepts a projection with steps, components and intervals', () => {
    const ds = {
      version: '2.0',
      class: 'dataset',
      label: 'Test',
      source: 'Test',
      updated: '2024-01-01',
      id: ['region', 'tid', 'maal'],
      size: [1, 2, 3],
      role: { geo: ['region'], time: ['tid'], metric: ['maal'] },
      dimension: {
        region: { category: { index: ['0'], label: { 0: 'Norge' } } },
        tid: { category: { index: ['2021', '2040'] } },
        maal: {
          category: {
            index: ['liggedogn', 'liggedogn-demografi', 'liggedogn-kvalitet'],
            unit: {
              liggedogn: { label: 'liggedøgn', decimals: 0 },
              'liggedogn-demografi': { label: 'liggedøgn', decimals: 0 },
              'liggedogn-kvalitet': { label: 'liggedøgn', decimals: 0 },
            },
          },
        },
      },
      value: [100, null, null, 110, 105, -2],
      status: { 1: '.', 2: '.' },
      extension: {
        hi: {
          profile: 'hf-indikatorer/1.0',
          statusCodes: { '.': { label: 'Ikke aktuelt', kind: 'not-applicable' } },
          cellNotes: [{ cell: { tid: '2040' }, note: 'Framskrevet' }],
          projection: {
            basePeriod: '2021',
            firstProjectedPeriod: '2040',
            steps: [
              {
                measure: 'liggedogn',
                to: '2040',
                components: [
                  { metric: 'liggedogn-demografi', type: 'level' },
                  { metric: 'liggedogn-kvalitet', type: 'change' },
                ],
              },
            ],
            intervals: { liggedogn: { lower: 'liggedogn-demografi', upper: 'liggedogn-kvalitet', level: 0.95 } },
          },
        },
      },
    };
    expect(validate(ds), errorsText(validate)).toBe(true);
    expect(profileProblems(ds)).toEqual([]);
    const bad = structuredClone(ds);
    (bad.extension.hi.projection.steps[0].components[0] as any).type = 'sum';
    expect(validate(bad)).toBe(false);
  });
});

describe('codelist.schema.json', () => {
  const validate = makeValidator('codelist.schema.json');

  it('finds the bundled code lists', () => {
    expect(codelists.length).toBeGreaterThan(0);
  });

  for (const file of codelists) {
    it(`${file} validates against the schema`, () => {
      const ok = validate(readJson(join(contracts, 'codelists', file)));
      expect(ok, errorsText(validate)).toBe(true);
    });

    it(`${file}: label, child, level, validity and aliases refer to categories in index`, () => {
      const cl = readJson(join(contracts, 'codelists', file));
      const known = new Set(categoryIds(cl.category));
      const problems: string[] = [];
      for (const id of Object.keys(cl.category.label ?? {})) if (!known.has(id)) problems.push(`label ${id}`);
      for (const id of known) if (!(id in (cl.category.label ?? {}))) problems.push(`no label for ${id}`);
      for (const [p, kids] of Object.entries<string[]>(cl.category.child ?? {})) {
        if (!known.has(p)) problems.push(`child parent ${p}`);
        for (const k of kids) if (!known.has(k)) problems.push(`child ${k}`);
      }
      const hi = cl.extension?.hi ?? {};
      for (const key of ['level', 'validity', 'aliases']) {
        for (const id of Object.keys(hi[key] ?? {})) if (!known.has(id)) problems.push(`${key} ${id}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
