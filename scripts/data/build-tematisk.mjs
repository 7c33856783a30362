#!/usr/bin/env node
// Builds the dataset of Tabell 4.1 of the expert committee's report «Tematisk organisering av
// psykisk helsevern» (2023): municipal årsverk in mental-health work including substance-abuse
// work, 2016–2022, for voksne, barn og unge and totalt, as printed (the table's source: SINTEF).
//
// Usage: node scripts/data/build-tematisk.mjs <path/to/seed002-data.json>
//
// The argument is the flat JSON record file extracted from the report (one record per printed
// number). Every number in the output comes from it; the script fails if one is missing. A printed
// total that differs from the sum of its parts (rounding) is kept as printed, with a note.
//
// Output (deterministic, overwritten on every run):
//   data-contracts/datasets/arsverk-malgruppe-2016-2022.json

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const input = process.argv[2];
if (!input) {
  console.error("Usage: node scripts/data/build-tematisk.mjs <path/to/seed002-data.json>");
  process.exit(2);
}
const records = JSON.parse(readFileSync(input, "utf8"));

const TITLE = "Tematisk organisering av psykisk helsevern";
const YEARS = ["2016", "2017", "2018", "2019", "2020", "2021", "2022"];
const GROUPS = [
  ["voksne", "Voksne"],
  ["barn-og-unge", "Barn og unge"],
  ["totalt", "Totalt"],
];

function fail(message) {
  console.error(message);
  process.exit(1);
}

const printed = (group, year) => {
  const found = records.filter(
    (r) => /^Tabell 4\.1\b/.test(r.source) && r.unit === "årsverk" && String(r.year) === year && r.dims?.["målgruppe"] === group,
  );
  if (found.length !== 1) fail(`Tabell 4.1, ${group} ${year}: ${found.length} tall`);
  return found[0].value;
};

// value: region × målgruppe × tid × mål, row-major (the last dimension varies fastest)
const value = [];
for (const [, group] of GROUPS) for (const year of YEARS) value.push(printed(group, year));
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, "\u00a0");
const rounding = YEARS.flatMap((year) => {
  const [v, b, t] = GROUPS.map(([, g]) => printed(g, year));
  return v + b === t ? [] : [`For ${year} er voksne + barn og unge = ${fmt(v + b)}, mens totalen er trykt som ${fmt(t)} (avrunding).`];
});

const dataset = {
  version: "2.0",
  class: "dataset",
  label: "Årsverk i kommunalt psykisk helse- og rusarbeid, hele landet, 2016–2022",
  source: `Ekspertutvalget: «${TITLE}» (2023), Tabell 4.1 (kilde: SINTEF)`,
  updated: "2023", // the report gives no date; it cites material from August 2023
  note: [
    "Tallene er gjengitt slik de står i Tabell 4.1 i rapporten («Antall årsverk i kommunale psykiske helsetjenester inkludert rusarbeid i perioden 2016–2022»). Rapporten har tallene fra SINTEFs årlige kartlegging IS-24/8.",
    "Årsverkene er anslag som kommunene gjør selv; de egner seg til å følge utviklingen i hele landet, ikke til å sammenlikne kommuner.",
    ...rounding,
    "Rapporten oppgir ingen lisens. Lisensen er derfor satt til «ukjent».",
  ],
  id: ["region", "malgruppe", "tid", "maal"],
  size: [1, GROUPS.length, YEARS.length, 1],
  role: { geo: ["region"], time: ["tid"], metric: ["maal"] },
  dimension: {
    region: {
      label: "Region",
      category: { index: ["0"], label: { 0: "Norge" } },
      extension: { hi: { level: { 0: "land" } } },
    },
    malgruppe: {
      label: "Målgruppe",
      category: { index: GROUPS.map(([id]) => id), label: Object.fromEntries(GROUPS) },
    },
    tid: {
      label: "År",
      category: { index: YEARS, label: Object.fromEntries(YEARS.map((y) => [y, y])) },
    },
    maal: {
      label: "Mål",
      category: {
        index: ["arsverk"],
        label: { arsverk: "Årsverk" },
        unit: { arsverk: { label: "årsverk", decimals: 0 } },
      },
    },
  },
  value,
  extension: {
    hi: {
      profile: "hf-indikatorer/1.0",
      reference: "0",
      definition:
        "Anslått antall årsverk i kommunale psykiske helsetjenester inkludert rusarbeid, rapportert av alle kommuner til SINTEFs kartlegging IS-24/8, for tjenester til voksne, til barn og unge og totalt.",
      license: "ukjent",
      publication: { title: TITLE, publisher: "Ekspertutvalget for tematisk organisering av psykisk helsevern", year: 2023, tables: ["Tabell 4.1"] },
    },
  },
};

const out = "data-contracts/datasets/arsverk-malgruppe-2016-2022.json";
writeFileSync(join(ROOT, out), JSON.stringify(dataset, null, 2) + "\n", "utf8");
console.log(`skrev ${out}`);
