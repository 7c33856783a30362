// npm run validate -- file.json [...]: checks data files against the published JSON Schema.
// Datasets (class "dataset") and code lists (class "dimension") each against their own schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: npm run validate -- path/to/file.json [more.json …]');
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemas = {
  dataset: ajv.compile(JSON.parse(readFileSync(new URL('../data-contracts/schema/dataset.schema.json', import.meta.url), 'utf8'))),
  dimension: ajv.compile(JSON.parse(readFileSync(new URL('../data-contracts/schema/codelist.schema.json', import.meta.url), 'utf8'))),
};
let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`✗ ${file}: not readable JSON (${e.message})`);
    failed++;
    continue;
  }
  const validate = schemas[doc?.class] ?? schemas.dataset;
  if (validate(doc)) console.log(`✓ ${file}`);
  else {
    failed++;
    console.log(`✗ ${file}`);
    for (const err of validate.errors) console.log(`    ${err.instancePath || '/'} ${err.message}`);
  }
}
process.exit(failed ? 1 : 0);
