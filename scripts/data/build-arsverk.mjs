#!/usr/bin/env node
// Builds the årsverk datasets and the kommune code list from SINTEF's report
// «Kommunalt psykisk helse- og rusarbeid 2023» (IS-24/8).
//
// Usage: node scripts/data/build-arsverk.mjs <path/to/seed003-data.json>
//
// The first argument is the flat JSON record file extracted from the report
// (one record per printed number). Every number in the outputs comes from that
// file, except two tables kept below as constants, with their sources:
//   - SIZE_GROUP_MEMBERS: which kommunestørrelse group each kommune belongs to.
//     The report prints only group totals (Tabell 4.1/4.2), not the members. The
//     membership is computed from SSB table 07459 (folkemengde 1. januar 2023 per
//     kommune; public copy: github.com/niphr/csdata, data-raw/files/population/
//     Personer2023.csv at commit 90cd069b). With the rule "lower bound excluded,
//     upper bound included" (Kåfjord 5426 has exactly 2 000 and sits in "<2000")
//     the groups reproduce Tabell 4.1 exactly: 79/95/71/46/45/19 kommuner and every
//     population sum (0–17 år, 18+ år).
//   - KOMMUNENUMMER_2024: kommunenummer from 1 January 2024 where it changed
//     (splits of Viken, Vestfold og Telemark, Troms og Finnmark; Ålesund split into
//     Ålesund and Haram). Official numbers are SSB Klass 131. Taken from the public
//     FHI/niphr csdata table data-raw/files/locations/norway_locations.xlsx and
//     cross-checked against an independent public mapping: all 113 county-split
//     numbers agree.
//
// Outputs (deterministic, overwritten on every run):
//   data-contracts/datasets/arsverk-2023.json
//   data-contracts/datasets/arsverk-serie.json
//   data-contracts/datasets/arsverk-fordeling-tiltak-2023.json
//   data-contracts/datasets/arsverk-fordeling-utdanning-2023.json
//   data-contracts/codelists/kommuner-2023.json

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const input = process.argv[2];
if (!input) {
  console.error("Usage: node scripts/data/build-arsverk.mjs <path/to/seed003-data.json>");
  process.exit(2);
}
const records = JSON.parse(readFileSync(input, "utf8"));

// kommunestørrelse groups from SSB 07459 (1 January 2023); see header
const SIZE_GROUP_MEMBERS = {
  "str-under-2000": [
    "1144", "1145", "1151", "1811", "1812", "1815", "1816", "1818", "1825", "1826", "1827", "1828",
    "1834", "1835", "1836", "1838", "1839", "1845", "1851", "1853", "1856", "1857", "1859", "1874",
    "3012", "3039", "3051", "3424", "3425", "3426", "3429", "3430", "3432", "3450", "3454", "3819",
    "3822", "3823", "4217", "4218", "4220", "4221", "4222", "4224", "4226", "4228", "4619", "4620",
    "4629", "4633", "4634", "4636", "4637", "4641", "5020", "5026", "5033", "5042", "5043", "5044",
    "5046", "5049", "5052", "5061", "5404", "5413", "5414", "5415", "5420", "5425", "5426", "5429",
    "5432", "5433", "5434", "5438", "5439", "5440", "5442",
  ],
  "str-2000-5000": [
    "1111", "1112", "1114", "1133", "1134", "1135", "1511", "1514", "1525", "1547", "1557", "1560",
    "1573", "1576", "1578", "1822", "1832", "1840", "1848", "1867", "1868", "1871", "1875", "3011",
    "3013", "3015", "3037", "3040", "3041", "3042", "3043", "3044", "3045", "3046", "3050", "3052",
    "3417", "3419", "3422", "3423", "3428", "3431", "3433", "3434", "3435", "3438", "3439", "3449",
    "3452", "3453", "3812", "3815", "3820", "3821", "3824", "3825", "4211", "4212", "4219", "4611",
    "4615", "4616", "4623", "4628", "4632", "4635", "4638", "4639", "4642", "4645", "4646", "4648",
    "5022", "5032", "5034", "5036", "5041", "5045", "5047", "5058", "5411", "5412", "5416", "5417",
    "5419", "5423", "5424", "5427", "5428", "5430", "5435", "5436", "5437", "5441", "5443",
  ],
  "str-5000-10000": [
    "1160", "1515", "1516", "1517", "1528", "1531", "1532", "1535", "1539", "1554", "1563", "1566",
    "1813", "1820", "1837", "1841", "1865", "1866", "3016", "3017", "3018", "3032", "3038", "3053",
    "3054", "3412", "3414", "3415", "3416", "3418", "3421", "3427", "3436", "3437", "3440", "3441",
    "3447", "3448", "3451", "3816", "3818", "4201", "4206", "4207", "4213", "4214", "4216", "4227",
    "4612", "4622", "4625", "4630", "4643", "4644", "4649", "4650", "4651", "5014", "5021", "5025",
    "5027", "5029", "5053", "5054", "5055", "5056", "5060", "5405", "5418", "5422", "5444",
  ],
  "str-10000-20000": [
    "1101", "1119", "1121", "1122", "1127", "1130", "1146", "1520", "1577", "1579", "1824", "1860",
    "1870", "3019", "3022", "3026", "3027", "3028", "3036", "3047", "3401", "3442", "3443", "3446",
    "3808", "3813", "3814", "3817", "4215", "4223", "4225", "4602", "4613", "4614", "4617", "4618",
    "4621", "4640", "5007", "5028", "5031", "5038", "5057", "5059", "5406", "5421",
  ],
  "str-20000-50000": [
    "1106", "1120", "1124", "1149", "1505", "1506", "1806", "1833", "3001", "3006", "3007", "3014",
    "3021", "3023", "3029", "3031", "3033", "3034", "3035", "3048", "3049", "3403", "3405", "3407",
    "3411", "3413", "3420", "3801", "3802", "3805", "3806", "3811", "4202", "4203", "4205", "4624",
    "4626", "4627", "4631", "4647", "5006", "5035", "5037", "5402", "5403",
  ],
  "str-50000-og-over": [
    "1103", "1108", "1507", "1804", "3002", "3003", "3004", "3005", "3020", "3024", "3025", "3030",
    "3803", "3804", "3807", "4204", "4601", "5001", "5401",
  ],
};

// 2023 → 2024 kommunenummer where it changed (SSB Klass 131); see header
const KOMMUNENUMMER_2024 = {
  "1507": ["1508", "1580"], "3001": "3101", "3002": "3103", "3003": "3105", "3004": "3107", "3005": "3301",
  "3006": "3303", "3007": "3305", "3011": "3110", "3012": "3124", "3013": "3122", "3014": "3118",
  "3015": "3116", "3016": "3120", "3017": "3112", "3018": "3114", "3019": "3216", "3020": "3207",
  "3021": "3218", "3022": "3214", "3023": "3212", "3024": "3201", "3025": "3203", "3026": "3226",
  "3027": "3224", "3028": "3220", "3029": "3222", "3030": "3205", "3031": "3232", "3032": "3230",
  "3033": "3209", "3034": "3228", "3035": "3240", "3036": "3238", "3037": "3242", "3038": "3310",
  "3039": "3320", "3040": "3322", "3041": "3324", "3042": "3326", "3043": "3328", "3044": "3330",
  "3045": "3332", "3046": "3318", "3047": "3316", "3048": "3314", "3049": "3312", "3050": "3334",
  "3051": "3336", "3052": "3338", "3053": "3236", "3054": "3234", "3801": "3901", "3802": "3903",
  "3803": "3905", "3804": "3907", "3805": "3909", "3806": "4001", "3807": "4003", "3808": "4005",
  "3811": "3911", "3812": "4010", "3813": "4012", "3814": "4014", "3815": "4016", "3816": "4018",
  "3817": "4020", "3818": "4026", "3819": "4024", "3820": "4022", "3821": "4028", "3822": "4030",
  "3823": "4032", "3824": "4034", "3825": "4036", "5401": "5501", "5402": "5503", "5403": "5601",
  "5404": "5634", "5405": "5607", "5406": "5603", "5411": "5510", "5412": "5512", "5413": "5514",
  "5414": "5516", "5415": "5518", "5416": "5520", "5417": "5522", "5418": "5524", "5419": "5526",
  "5420": "5528", "5421": "5530", "5422": "5532", "5423": "5534", "5424": "5536", "5425": "5538",
  "5426": "5540", "5427": "5542", "5428": "5544", "5429": "5546", "5430": "5612", "5432": "5614",
  "5433": "5616", "5434": "5618", "5435": "5620", "5436": "5622", "5437": "5610", "5438": "5624",
  "5439": "5626", "5440": "5630", "5441": "5628", "5442": "5636", "5443": "5632", "5444": "5605",
};

// ---------------------------------------------------------------------------
// Publication metadata (shared by every output)
// ---------------------------------------------------------------------------
const TITLE = "Kommunalt psykisk helse- og rusarbeid 2023";
const PUBLISHER = "SINTEF";
const SOURCE = `SINTEF: «${TITLE}» (kartleggingen IS-24/8, utført for Helsedirektoratet)`;
const UPDATED = "2023-11-26"; // Forordet: «Trondheim 26. november 2023»
const LICENSE = "ukjent";
const PROFILE = "hf-indikatorer/1.0";
const publication = (tables) => ({
  title: TITLE,
  publisher: PUBLISHER,
  commissionedBy: "Helsedirektoratet",
  id: "IS-24/8",
  year: 2023,
  url: "https://www.ressursportal.no/kommunalt-psykisk-helse--og-rusarbeid/is-248",
  tables,
});
const LICENSE_NOTE =
  "Rapporten oppgir ingen lisens; forordet sier at den «fritt [kan] lastes ned fra prosjektets nettside». Lisensen er derfor satt til «ukjent».";

const CAUTION =
  "SINTEF advarer: «Datagrunnlaget er dermed ikke egnet til å sammenlikne nivå på årsverkene mellom enkeltkommuner, men brukes primært til å følge utviklingen i fagfeltet på nasjonalt nivå.» (kap. 2.1). Og om de ti største kommunene: «Tallene er som tidligere beskrevet ikke egnet til å sammenlikne kommuner med hverandre når det gjelder antall årsverk, men de kan brukes i diskusjoner mellom og med kommunene for å oppnå mer homogen rapportering dersom det ønskes mer sammenliknbare tall.» (kap. 4). Tallene skal derfor ikke brukes til å rangere eller sammenlikne enkeltkommuner.";
const ESTIMATE_NOTE =
  "Årsverkene er anslag (anslagsbaserte årsverkstall): kommunen finner først brukerne som får tjenester på grunn av psykiske helse- og/eller rusproblemer, og anslår så hvor mange årsverk som går til behandling og oppfølging av dem. Store og små kommuner bruker ulike metoder. Fastlegeårsverk er ikke med.";
const BREAK_2024_NOTE =
  "SINTEF venter et brudd i tidsserien i 2024: årsverkskategoriene skal gjøres tydeligere og utdanningsgruppene forenkles.";
const SERIES_BREAK_NOTE =
  "Brudd i serien mellom 2014 og 2015: til og med 2013/2014 gjelder tallene kun psykisk helsearbeid (IS-24); fra 2015 gjelder de psykisk helse- og rusarbeid (IS-24 og IS-8 slått sammen til IS-24/8). Økningen fra 2012/2013 til 2015 skyldes delvis at rusarbeidet kom med.";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------
function fail(msg) {
  throw new Error(msg);
}
/** One printed value; fails if the record file holds conflicting values. */
function pick(filter, what) {
  const hits = records.filter(filter);
  if (hits.length === 0) fail(`Fant ikke ${what}`);
  const values = [...new Set(hits.map((r) => r.value))];
  if (values.length !== 1) fail(`Motstridende verdier for ${what}: ${values.join(", ")}`);
  return values[0];
}
function pickOptional(filter, what) {
  return records.some(filter) ? pick(filter, what) : undefined;
}
function write(rel, obj) {
  const path = join(ROOT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(obj, null, 2) + "\n", "utf8");
  console.log(`skrev ${rel}`);
}
const TG = { voksne: "voksne", "barn-og-unge": "barn og unge", alle: "totalt" };
const BASE = { voksne: "18 år og over (>18 år)", "barn-og-unge": "0-17 år (<18 år)", alle: "alle innbyggere" };

/** Builds dense value + status from a cell function over a grid. */
function fill(dims, cellFn) {
  // dims: array of category-id arrays in dimension order
  const size = dims.map((d) => d.length);
  const n = size.reduce((a, b) => a * b, 1);
  const value = new Array(n).fill(null);
  const status = {};
  for (let i = 0; i < n; i++) {
    let rest = i;
    const coord = new Array(dims.length);
    for (let d = dims.length - 1; d >= 0; d--) {
      coord[d] = dims[d][rest % size[d]];
      rest = Math.floor(rest / size[d]);
    }
    const cell = cellFn(...coord);
    if (cell.value === null || cell.value === undefined) {
      if (!cell.status) fail(`Tom celle uten status: ${coord.join(" / ")}`);
      value[i] = null;
      status[String(i)] = cell.status;
    } else {
      value[i] = cell.value;
      if (cell.status) status[String(i)] = cell.status;
    }
  }
  return { size, value, status };
}

// ---------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------
const FYLKER = [
  // report order (Tabell 4.3/4.4), codes of 2020–2023
  ["03", "Oslo"],
  ["34", "Innlandet"],
  ["30", "Viken"],
  ["38", "Vestfold og Telemark"],
  ["42", "Agder"],
  ["11", "Rogaland"],
  ["46", "Vestland"],
  ["15", "Møre og Romsdal"],
  ["50", "Trøndelag"],
  ["18", "Nordland"],
  ["54", "Troms og Finnmark"],
];
const STORRELSE = [
  ["str-under-2000", "<2000", "Kommuner med færre enn 2000 innbyggere"],
  ["str-2000-5000", "2000-5000", "Kommuner med 2000–5000 innbyggere"],
  ["str-5000-10000", "5000-10000", "Kommuner med 5000–10 000 innbyggere"],
  ["str-10000-20000", "10000-20000", "Kommuner med 10 000–20 000 innbyggere"],
  ["str-20000-50000", "20000-50000", "Kommuner med 20 000–50 000 innbyggere"],
  ["str-50000-og-over", "50000 og større", "Kommuner med 50 000 innbyggere og mer"],
  ["str-bydeler-oslo", "Bydeler i Oslo", "Bydeler i Oslo (inkl. Velferdsetaten og Helseetaten)"],
];
const HF = [
  // report order (Tabell 4.5/4.6)
  ["sykehuset-ostfold", "Østfold", "Sykehuset Østfold-området"],
  ["ahus", "Ahus-området", "Ahus-området"],
  ["ous", "OUS-området", "OUS-området"],
  ["lovisenberg", "Lovisenberg-området", "Lovisenberg-området"],
  ["diakonhjemmet", "Diakonhjemmet-området", "Diakonhjemmet-området"],
  ["sykehuset-innlandet", "Innlandet", "Sykehuset Innlandet-området"],
  ["vestre-viken", "Vestre Viken-området", "Vestre Viken-området"],
  ["sykehuset-i-vestfold", "Vestfold", "Sykehuset i Vestfold-området"],
  ["sykehuset-telemark", "Telemark", "Sykehuset Telemark-området"],
  ["sorlandet-sykehus", "Sørlandet", "Sørlandet sykehus-området"],
  ["helse-stavanger", "Helse Stavanger-området", "Helse Stavanger-området"],
  ["helse-fonna", "Helse Fonna-området", "Helse Fonna-området"],
  ["helse-bergen", "Helse Bergen-området", "Helse Bergen-området"],
  ["helse-forde", "Helse Førde-området", "Helse Førde-området"],
  ["helse-more-og-romsdal", "Møre og Romsdal", "Helse Møre og Romsdal-området"],
  ["st-olavs-hospital", "St. Olavs-området", "St. Olavs-området"],
  ["helse-nord-trondelag", "Nord-Trøndelag", "Helse Nord-Trøndelag-området"],
  ["helgelandssykehuset", "Helgeland", "Helgelandssykehuset-området"],
  ["nordlandssykehuset", "Nordland-området", "Nordlandssykehuset-området"],
  ["unn", "UNN-området", "UNN-området"],
  ["finnmarkssykehuset", "Finnmark", "Finnmarkssykehuset-området"],
];
const RHF = [
  ["helse-sor-ost", "Sør-Øst", "Helse Sør-Øst"],
  ["helse-vest", "Vest", "Helse Vest"],
  ["helse-midt-norge", "Midt-Norge", "Helse Midt-Norge"],
  ["helse-nord", "Nord", "Helse Nord"],
];
// Tabell 4.9/4.10 name → kommunenummer (Oslo there = all 17 Oslo units = fylke 03)
const TI_STORSTE = {
  "Bergen kommune": "4601",
  "Trondheim kommune": "5001",
  "Stavanger kommune": "1103",
  "Bærum kommune": "3024",
  "Kristiansand kommune": "4204",
  "Drammen kommune": "3005",
  "Asker kommune": "3025",
  "Lillestrøm kommune": "3030",
  "Fredrikstad kommune": "3004",
};
const ETATER = { "30116": "0301-etat-velferdsetaten", "30117": "0301-etat-helseetaten" };
// Report prints Oslo units as 30101–30117 (0301 + two digits, leading zero lost).
// SSB bydel codes are 6 digits 030101–030115 in the same order (Gamle Oslo … Søndre Nordstrand).
function regionIdFromReport(knr) {
  if (ETATER[knr]) return ETATER[knr];
  if (/^301\d\d$/.test(knr)) return "0" + knr;
  if (/^\d{4}$/.test(knr)) return knr;
  fail(`Ukjent kommunenummer ${knr}`);
}

// Vedlegg B rows, in source order
const VB_SRC = "Vedlegg B: Grunnlagsdata 2023";
const vbRecords = records.filter((r) => r.source === VB_SRC);
const vbUnits = [];
{
  const seen = new Set();
  for (const r of vbRecords) {
    if (seen.has(r.kommunenummer)) continue;
    seen.add(r.kommunenummer);
    vbUnits.push({ knr: r.kommunenummer, name: r.geo, level: r.geo_level, fylke: r.fylke });
  }
}
if (vbUnits.length !== 372) fail(`Vedlegg B skal ha 372 rader, fant ${vbUnits.length}`);
const fylkeByName = Object.fromEntries(FYLKER.map(([id, label]) => [label, id]));
const BYDEL_CODES = new Set();
for (const u of vbUnits) {
  u.id = regionIdFromReport(u.knr);
  u.hiLevel = u.level === "etat" ? "annet" : u.level; // kommune | bydel | annet
  if (u.level === "bydel") BYDEL_CODES.add(u.id);
  u.fylkeId = fylkeByName[u.fylke] ?? fail(`Ukjent fylke ${u.fylke}`);
  if (u.level === "kommune" && u.id.slice(0, 2) !== u.fylkeId) fail(`Fylke stemmer ikke for ${u.id}`);
  const rs = vbRecords.filter((r) => r.kommunenummer === u.knr);
  u.status = rs.find((r) => r.rapporteringsstatus)?.rapporteringsstatus;
}
const counts = vbUnits.reduce((a, u) => ((a[u.level] = (a[u.level] ?? 0) + 1), a), {});
if (counts.kommune !== 355 || counts.bydel !== 15 || counts.etat !== 2)
  fail(`Uventet fordeling i Vedlegg B: ${JSON.stringify(counts)}`);

const CARRIED = vbUnits.filter((u) => /2022-tall brukt/.test(u.status ?? ""));
if (CARRIED.length !== 12) fail(`Forventet 12 kommuner/bydeler med 2022-tall, fant ${CARRIED.length}`);
const PARTIAL = vbUnits.filter((u) => /kun levert årsverkstall/.test(u.status ?? ""));

// ---------------------------------------------------------------------------
// 1. arsverk-2023.json
// ---------------------------------------------------------------------------
const MAAL = [
  ["arsverk-voksne", "Årsverk, tjenester for voksne", "årsverk"],
  ["arsverk-barn-og-unge", "Årsverk, tjenester for barn og unge", "årsverk"],
  ["arsverk-alle", "Årsverk, totalt", "årsverk"],
  ["per10000-voksne", "Årsverk per 10 000 innbyggere 18 år og over (tjenester for voksne)", "per 10 000 innbyggere 18 år og over"],
  ["per10000-barn-og-unge", "Årsverk per 10 000 innbyggere 0–17 år (tjenester for barn og unge)", "per 10 000 innbyggere 0–17 år"],
  ["per10000-alle", "Årsverk per 10 000 innbyggere, totalt", "per 10 000 innbyggere"],
  ["befolkning-voksne", "Innbyggere 18 år og over, 1. januar 2023 (SSB)", "innbyggere"],
  ["befolkning-barn-og-unge", "Innbyggere 0–17 år, 1. januar 2023 (SSB)", "innbyggere"],
  ["befolkning-alle", "Innbyggere i alt, 1. januar 2023 (SSB)", "innbyggere"],
];
function splitMaal(m) {
  const [kind, ...rest] = m.split("-");
  return { kind, group: rest.join("-") };
}

// aggregate rows: [id, label, level, geo_level in JSON, geo name in JSON, table pair]
const aggregates = [];
aggregates.push({ id: "0", label: "Norge", level: "land", geoLevel: "land", geo: "Norge", arsverkTable: "Tabell 4.2", popTable: "Tabell 4.1" });
for (const [id, label] of FYLKER)
  aggregates.push({ id, label, level: "fylke", geoLevel: "fylke", geo: label, arsverkTable: "Tabell 4.4", popTable: "Tabell 4.3" });
for (const [id, geo, label] of STORRELSE)
  aggregates.push({ id, label, level: "storrelsesgruppe", geoLevel: "kommunestorrelse", geo, arsverkTable: "Tabell 4.2", popTable: "Tabell 4.1" });
for (const [id, geo, label] of HF)
  aggregates.push({ id, label, level: "hf", geoLevel: "hf_omrade", geo, arsverkTable: "Tabell 4.6", popTable: "Tabell 4.5" });
for (const [id, geo, label] of RHF)
  aggregates.push({ id, label, level: "rhf", geoLevel: "helseregion", geo, arsverkTable: "Tabell 4.8", popTable: "Tabell 4.7" });
aggregates.push({ id: "grp-resten-av-landet", label: "Resten av landet (utenom de ti største kommunene)", level: "gruppe", geoLevel: "ti_storste_kommuner", geo: "Resten av landet", arsverkTable: "Tabell 4.10", popTable: "Tabell 4.9" });

function aggregateCell(a, maal) {
  const { kind, group } = splitMaal(maal);
  if (kind === "befolkning") {
    const v = pick(
      (r) => r.measure === "innbyggere" && r.geo_level === a.geoLevel && r.geo === a.geo && r.population_base === BASE[group] && r.source === a.popTable,
      `${maal} ${a.id}`
    );
    return { value: v };
  }
  const measure = kind === "arsverk" ? "arsverk" : "arsverk_per_10000_innbyggere";
  const v = pick(
    (r) => r.measure === measure && r.year === 2023 && r.geo_level === a.geoLevel && r.geo === a.geo && r.target_group === TG[group] && r.source === a.arsverkTable,
    `${maal} ${a.id}`
  );
  return { value: v };
}
// national figures must agree across every chapter-4 table
for (const t of ["Tabell 4.2", "Tabell 4.4", "Tabell 4.6", "Tabell 4.8", "Tabell 4.10"]) {
  for (const g of ["voksne", "barn-og-unge", "alle"]) {
    const a = aggregateCell({ ...aggregates[0], arsverkTable: t }, `arsverk-${g}`).value;
    const b = aggregateCell(aggregates[0], `arsverk-${g}`).value;
    if (a !== b) fail(`Norge ${g} avviker i ${t}`);
  }
}

const tiStorsteByKnr = Object.fromEntries(Object.entries(TI_STORSTE).map(([n, k]) => [k, n]));
function unitCell(u, maal) {
  const { kind, group } = splitMaal(maal);
  const carried = CARRIED.includes(u);
  if (kind === "befolkning") {
    if (u.level === "etat") return { status: "." };
    const name = tiStorsteByKnr[u.id];
    if (name) {
      const v = pick(
        (r) => r.measure === "innbyggere" && r.geo_level === "ti_storste_kommuner" && r.geo === name && r.population_base === BASE[group],
        `${maal} ${u.id}`
      );
      return { value: v };
    }
    return { status: ".." };
  }
  const measure = kind === "arsverk" ? "arsverk" : "arsverk_per_10000_innbyggere";
  const hits = vbRecords.filter((r) => r.kommunenummer === u.knr && r.measure === measure && r.target_group === TG[group]);
  if (hits.length !== 1) fail(`Vedlegg B: ${hits.length} treff for ${u.knr} ${maal}`);
  const r = hits[0];
  if (r.value === null) {
    if (r.missing_marker !== "blank") fail(`Ukjent tom celle ${u.knr} ${maal}`);
    // Blank per-capita cells are the two Oslo agencies: they have no population of their own.
    if (u.level !== "etat") fail(`Uventet blank celle ${u.knr} ${maal}`);
    return { status: "." };
  }
  // The ten-largest table must agree with Vedlegg B
  const name = tiStorsteByKnr[u.id];
  if (name) {
    const t = pick(
      (x) => x.source === "Tabell 4.10" && x.geo === name && x.measure === measure && x.target_group === TG[group],
      `Tabell 4.10 ${name} ${maal}`
    );
    if (t !== r.value) fail(`Tabell 4.10 og Vedlegg B avviker for ${name} ${maal}: ${t} / ${r.value}`);
  }
  return carried ? { value: r.value, status: "f" } : { value: r.value };
}

const regionIds = [...aggregates.map((a) => a.id), ...vbUnits.map((u) => u.id)];
if (new Set(regionIds).size !== regionIds.length) fail("Dupliserte region-id-er");
const regionLabel = {};
const regionLevel = {};
for (const a of aggregates) {
  regionLabel[a.id] = a.label;
  regionLevel[a.id] = a.level;
}
for (const u of vbUnits) {
  // Vedlegg B prints "Bergen kommune", "Gamle Oslo bydel": the place name is what readers look for.
  regionLabel[u.id] = u.level === "kommune" ? u.name.replace(/ kommune$/, "") : u.name;
  regionLevel[u.id] = u.hiLevel;
}
const child = { "0": FYLKER.map(([id]) => id) };
for (const [fid] of FYLKER) child[fid] = vbUnits.filter((u) => u.fylkeId === fid).map((u) => u.id);
// The report counts Oslo's 15 bydeler and 2 etater as a size group of their own.
child["str-bydeler-oslo"] = child["03"];

const byId = Object.fromEntries([...aggregates.map((a) => [a.id, { agg: a }]), ...vbUnits.map((u) => [u.id, { unit: u }])]);
const MAAL_IDS = MAAL.map(([id]) => id);
const grid = fill([regionIds, ["2023"], MAAL_IDS], (region, _tid, maal) => {
  const e = byId[region];
  return e.agg ? aggregateCell(e.agg, maal) : unitCell(e.unit, maal);
});

const unitDef = (id, label) => ({ decimals: 0, label });
const arsverk2023 = {
  version: "2.0",
  class: "dataset",
  label: "Årsverk i kommunalt psykisk helse- og rusarbeid 2023, etter region",
  source: SOURCE,
  updated: UPDATED,
  note: [
    CAUTION,
    ESTIMATE_NOTE,
    "Årsverkene gjelder våren 2023 (uke 5 eller en annen representativ uke). Innbyggertallene er SSBs folkemengde 1. januar 2023. Ratene er veide: summen av årsverk delt på summen av innbyggere, ganger 10 000. Voksne-raten bruker innbyggere 18 år og over (rapportens «>18 år»), barn og unge-raten innbyggere 0–17 år, og totalraten alle innbyggere.",
    "For 12 kommuner/bydeler som ikke svarte i 2023, har SINTEF brukt tallene fra 2022 (status «f»): " +
      CARRIED.map((u) => `${u.id} ${u.name}`).join(", ") +
      ". Disse tallene inngår i fylkes-, gruppe- og landstallene. I tillegg svarte 20 kommuner/bydeler bare på årsverksdelen (del 1) av skjemaet; rapporten navngir bare bydelene Sagene og Nordre Aker.",
    "Tallene er avrundet hver for seg. Summen av radene i Vedlegg B (17 454 årsverk) er ikke lik landstallet (17 436), og voksne + barn og unge er ikke alltid lik totalen. En vist 0 kan være en avrundet brøkdel av et årsverk (f.eks. 0 årsverk for barn og unge, men en rate over 0).",
    "Rapporten oppgir Oslo-enhetene som 30101–30117. Her brukes SSBs bydelsnummer 030101–030115 (samme rekkefølge: Gamle Oslo … Søndre Nordstrand). Velferdsetaten og Helseetaten rapporterer egne årsverk uten egen befolkning; ratene deres er tomme i rapporten (status «.»). I HF-tabellene er Helseetaten regnet til OUS-området og Velferdsetaten til Lovisenberg-området.",
    "Innbyggertall finnes i rapporten bare for land, fylker, størrelsesgrupper, HF-områder, helseregioner og de ti største kommunene (Tabell 4.1, 4.3, 4.5, 4.7 og 4.9). For de andre kommunene og bydelene er de ikke oppgitt (status «..»).",
    "Kommunestørrelse etter innbyggere 1. januar 2023. «Bydeler i Oslo» er en egen gruppe med 17 enheter (15 bydeler og de to etatene).",
    "HF Finnmark, barn og unge: 45 årsverk / 13 904 innbyggere gir 32,4 per 10 000, men rapporten trykker 33 (trolig beregnet fra uavrundede årsverk). Tallet er gjengitt som trykt.",
    BREAK_2024_NOTE,
    LICENSE_NOTE,
  ],
  id: ["region", "tid", "maal"],
  size: grid.size,
  role: { geo: ["region"], time: ["tid"], metric: ["maal"] },
  dimension: {
    region: {
      label: "Region",
      category: {
        index: regionIds,
        label: regionLabel,
        child,
      },
      extension: { hi: { level: regionLevel } },
    },
    tid: { label: "År", category: { index: ["2023"], label: { "2023": "2023" } } },
    maal: {
      label: "Mål",
      category: {
        index: MAAL_IDS,
        label: Object.fromEntries(MAAL.map(([id, label]) => [id, label])),
        unit: Object.fromEntries(MAAL.map(([id, , unit]) => [id, unitDef(id, unit)])),
      },
    },
  },
  value: grid.value,
  status: grid.status,
  extension: {
    hi: {
      profile: PROFILE,
      reference: "0",
      definition:
        "Anslått antall årsverk i kommunalt psykisk helse- og rusarbeid, rapportert av kommunene og Oslos bydeler i kartleggingen IS-24/8 våren 2023, delt på tjenester og tiltak for voksne og for barn og unge. Fastlegeårsverk er ikke med. Årsverk per 10 000 innbyggere: årsverk for voksne per 10 000 innbyggere 18 år og over, årsverk for barn og unge per 10 000 innbyggere 0–17 år, og alle årsverk per 10 000 innbyggere (SSB, 1. januar 2023).",
      statusCodes: {
        "..": { label: "Tall mangler: ikke oppgitt i rapporten", kind: "missing" },
        ".": { label: "Ikke aktuelt: etaten har ingen egen befolkning", kind: "not-applicable" },
        f: { label: "Tall fra 2022: kommunen svarte ikke for 2023", kind: "previous-period" },
      },
      geography: { version: "2020", codelist: "kommuner-2023" },
      license: LICENSE,
      publication: publication(["Tabell 4.1", "Tabell 4.2", "Tabell 4.3", "Tabell 4.4", "Tabell 4.5", "Tabell 4.6", "Tabell 4.7", "Tabell 4.8", "Tabell 4.9", "Tabell 4.10", "Vedlegg B"]),
      cellNotes: PARTIAL.map((u) => ({
        cell: { region: u.id },
        note: "Bydelen har kun levert årsverkstall (del 1 av skjemaet) i 2023.",
      })),
    },
  },
};
if (Object.keys(arsverk2023.status).length === 0) delete arsverk2023.status;

// ---------------------------------------------------------------------------
// 2. arsverk-serie.json (Norge, 2007–2023 as printed)
// ---------------------------------------------------------------------------
const BREAKDOWN_KEYS = ["utdanningsgruppe", "hovedforlop", "team"];
function isNationalTotal(r) {
  if (r.measure !== "arsverk" || r.geo_level !== "land") return false;
  if (BREAKDOWN_KEYS.some((k) => k in r && r[k] !== "Totalt")) return false;
  if ("tjenesteomrade" in r && r.tjenesteomrade !== "Totalt") return false;
  if (/^Tabell 5\./.test(r.source)) return false; // hovedforløp tables
  return true;
}
// also accept the education tables' "Totalt" rows
const seriesYears = [...new Set(records.filter(isNationalTotal).map((r) => r.year))].sort((a, b) => a - b).map(String);
const SERIE_MAAL = MAAL.slice(0, 6);
const serieGrid = fill([["0"], seriesYears, SERIE_MAAL.map(([id]) => id)], (_r, year, maal) => {
  const { kind, group } = splitMaal(maal);
  if (kind === "arsverk") {
    const v = pickOptional((r) => isNationalTotal(r) && String(r.year) === year && r.target_group === TG[group], `${maal} ${year}`);
    return v === undefined ? { status: ".." } : { value: v };
  }
  const v = pickOptional(
    (r) => r.measure === "arsverk_per_10000_innbyggere" && r.geo_level === "land" && String(r.year) === year && r.target_group === TG[group],
    `${maal} ${year}`
  );
  return v === undefined ? { status: ".." } : { value: v };
});
const arsverkSerie = {
  version: "2.0",
  class: "dataset",
  label: "Årsverk i kommunalt psykisk helse- og rusarbeid, hele landet, 2007–2023",
  source: SOURCE,
  updated: UPDATED,
  note: [
    SERIES_BREAK_NOTE,
    "Bare årene som er trykt i rapporten er med (Tabell 3.1–3.8, 3.10). 2009, 2010 og 2014 vises ikke med årsverk. For 2008 finnes bare barn og unge (Tabell 3.7), for 2013 og 2017 bare voksne og barn og unge hver for seg (Tabell 3.4–3.7), uten trykt total; manglende tall er ikke beregnet (status «..»).",
    "Årsverk per 10 000 innbyggere er trykt bare for 2023 (kapittel 4).",
    "For 2007 er voksne + barn og unge = 12 030, mens totalen er trykt som 12 029 (avrunding).",
    "2020: 66 kommuner rapporterte ikke (2019-tall brukt); 2021: 24; 2022: 9; 2023: 12 (2022-tall brukt).",
    ESTIMATE_NOTE,
    BREAK_2024_NOTE,
    LICENSE_NOTE,
  ],
  id: ["region", "tid", "maal"],
  size: serieGrid.size,
  role: { geo: ["region"], time: ["tid"], metric: ["maal"] },
  dimension: {
    region: {
      label: "Region",
      category: { index: ["0"], label: { "0": "Norge" } },
      extension: { hi: { level: { "0": "land" } } },
    },
    tid: {
      label: "År",
      category: {
        index: seriesYears,
        label: Object.fromEntries(seriesYears.map((y) => [y, y])),
      },
    },
    maal: {
      label: "Mål",
      category: {
        index: SERIE_MAAL.map(([id]) => id),
        label: Object.fromEntries(SERIE_MAAL.map(([id, label]) => [id, label])),
        unit: Object.fromEntries(SERIE_MAAL.map(([id, , unit]) => [id, unitDef(id, unit)])),
      },
    },
  },
  value: serieGrid.value,
  status: serieGrid.status,
  extension: {
    hi: {
      profile: PROFILE,
      reference: "0",
      definition:
        "Anslått antall årsverk i kommunalt psykisk helsearbeid (2007–2013) og psykisk helse- og rusarbeid (fra 2015), rapportert av alle kommuner og Oslos bydeler, for voksne, barn og unge og totalt.",
      seriesBreaks: [{ between: ["2014", "2015"], note: SERIES_BREAK_NOTE }],
      statusCodes: { "..": { label: "Tall mangler: ikke trykt i rapporten", kind: "missing" } },
      license: LICENSE,
      publication: publication(["Sammendrag", "Tabell 3.1", "Tabell 3.2", "Tabell 3.3", "Tabell 3.4", "Tabell 3.5", "Tabell 3.6", "Tabell 3.7", "Tabell 3.8", "Tabell 3.10", "Tabell 4.2"]),
    },
  },
};

// ---------------------------------------------------------------------------
// 3. fordeling: tiltak and utdanning (Norge, 2022 and 2023)
// ---------------------------------------------------------------------------
const TILTAK = [
  // [id, label as printed, target group, short label (Tabell 3.5)]
  ["voksne-bolig-med-fast-personell", "Boliger med fast tilknyttet personell", "voksne", "Bolig med fast personell"],
  ["voksne-hjemmetjenester-ambulante", "Hjemmetjenester/ambulante tjenester for hjemmeboende personer", "voksne", "Hjemmetjenester, amb."],
  ["voksne-behandling-oppfolging", "Behandling, oppfølging, rehabilitering og koordinering/faglig ledelse", "voksne", "Behandling etc."],
  ["voksne-aktivitetssenter-dagsenter", "Aktivitetssenter/dagsenter", "voksne", "Dagsenter"],
  ["voksne-aktiviteter-kultur-fritid", "Andre aktiviteter, kultur og fritidstilbud", "voksne", "Aktivitet"],
  ["voksne-arbeidstiltak", "Kommunalt tilrettelagte arbeidstiltak", "voksne", "Arbeidstiltak"],
  ["barn-helsestasjon-skolehelsetjeneste", "Helsestasjons- og skolehelsetjeneste", "barn og unge", null],
  ["barn-behandling-oppfolging-miljoarbeid", "Behandling, oppfølging, rehabilitering og miljøarbeid", "barn og unge", null],
  ["barn-aktiviteter-kultur-fritid", "Aktiviteter, kultur og fritidstiltak", "barn og unge", null],
  ["totalt", "Totalt", null, null],
];
const TILTAK_MAAL = [
  ["arsverk-voksne", "Årsverk, tjenester for voksne", "voksne", "Tabell 3.4"],
  ["arsverk-barn-og-unge", "Årsverk, tjenester for barn og unge", "barn og unge", "Tabell 3.6"],
];
const FORD_YEARS = ["2022", "2023"];
const tiltakGrid = fill([["0"], FORD_YEARS, TILTAK.map(([id]) => id), TILTAK_MAAL.map(([id]) => id)], (_r, year, tiltak, maal) => {
  const t = TILTAK.find(([id]) => id === tiltak);
  const m = TILTAK_MAAL.find(([id]) => id === maal);
  if (t[2] !== null && t[2] !== m[2]) return { status: "." };
  return {
    value: pick(
      (r) => r.source === m[3] && r.measure === "arsverk" && String(r.year) === year && r.target_group === m[2] && r.tjenesteomrade === t[1],
      `${m[3]} ${t[1]} ${year}`
    ),
  };
});
const fordelingBase = (label, classDim, classLabel, cats, grid2, tables, extraNotes) => ({
  version: "2.0",
  class: "dataset",
  label,
  source: SOURCE,
  updated: UPDATED,
  note: [...extraNotes, ESTIMATE_NOTE, BREAK_2024_NOTE, LICENSE_NOTE],
  id: ["region", "tid", classDim, "maal"],
  size: grid2.size,
  role: { geo: ["region"], time: ["tid"], metric: ["maal"] },
  dimension: {
    region: {
      label: "Region",
      category: { index: ["0"], label: { "0": "Norge" } },
      extension: { hi: { level: { "0": "land" } } },
    },
    tid: {
      label: "År",
      category: { index: FORD_YEARS, label: Object.fromEntries(FORD_YEARS.map((y) => [y, y])) },
    },
    [classDim]: { label: classLabel, category: cats },
    maal: {
      label: "Mål",
      category: {
        index: TILTAK_MAAL.map(([id]) => id),
        label: Object.fromEntries(TILTAK_MAAL.map(([id, l]) => [id, l])),
        unit: Object.fromEntries(TILTAK_MAAL.map(([id]) => [id, unitDef(id, "årsverk")])),
      },
    },
  },
  value: grid2.value,
  ...(Object.keys(grid2.status).length ? { status: grid2.status } : {}),
  extension: {
    hi: {
      profile: PROFILE,
      reference: "0",
      definition:
        "Anslått antall årsverk i kommunalt psykisk helse- og rusarbeid i hele landet, for tjenester til voksne og til barn og unge, fordelt som kommunene har rapportert dem i IS-24/8.",
      statusCodes: { ".": { label: "Ikke aktuelt: kategorien gjelder den andre målgruppen", kind: "not-applicable" } },
      license: LICENSE,
      publication: publication(tables),
    },
  },
});
const tiltakCats = {
  index: TILTAK.map(([id]) => id),
  label: Object.fromEntries(TILTAK.map(([id, label, tg]) => [id, tg ? `${label} (${tg})` : label])),
};
const tiltakDs = fordelingBase(
  "Årsverk i kommunalt psykisk helse- og rusarbeid etter tiltak og tjeneste, hele landet, 2022 og 2023",
  "tiltak",
  "Tiltak og tjeneste",
  tiltakCats,
  tiltakGrid,
  ["Tabell 3.4", "Tabell 3.6"],
  [
    "Tiltakskategoriene er forskjellige for voksne og for barn og unge; cellene der en kategori ikke gjelder målgruppen har status «.». «Totalt» gjelder begge.",
    "Kortnavn for voksne (Tabell 3.5): " + TILTAK.filter((t) => t[3]).map((t) => `${t[1]} = «${t[3]}»`).join("; ") + ".",
  ]
);
tiltakDs.dimension.tiltak.extension = {
  hi: { shortLabel: Object.fromEntries(TILTAK.filter((t) => t[3]).map(([id, , , s]) => [id, s])) },
};

const UTDANNING = [
  "Helse- og sosialfag fra videregående skole, uten videreutdanning i psykisk helse- eller rusarbeid",
  "Helse- og sosialfag fra videregående skole med videreutdanning i psykisk helse- eller rusarbeid",
  "Helse-/sosialfag fra høgskole uten videreutdanning i psykisk helse- eller rusarbeid",
  "Helse-/sosialfag fra høgskole med videreutdanning i psykisk helse- eller rusarbeid",
  "Psykologer",
  "Psykologspesialister",
  "Psykologer/psykologspesialister samlet",
  "Annen høgskole-/universitetsutdanning uten videreutdanning i psykisk helse- eller rusarbeid",
  "Annen høgskole-/universitetsutdanning med videreutdanning i psykisk helse- eller rusarbeid",
  "Annen utdanning enn spesifisert, eller personell uten formell utdanning",
  "Totalt",
];
const UTD_IDS = {
  "Helse- og sosialfag fra videregående skole, uten videreutdanning i psykisk helse- eller rusarbeid": "vgs-uten-videreutdanning",
  "Helse- og sosialfag fra videregående skole med videreutdanning i psykisk helse- eller rusarbeid": "vgs-med-videreutdanning",
  "Helse-/sosialfag fra høgskole uten videreutdanning i psykisk helse- eller rusarbeid": "hogskole-helse-sosial-uten-videreutdanning",
  "Helse-/sosialfag fra høgskole med videreutdanning i psykisk helse- eller rusarbeid": "hogskole-helse-sosial-med-videreutdanning",
  Psykologer: "psykologer",
  Psykologspesialister: "psykologspesialister",
  "Psykologer/psykologspesialister samlet": "psykologer-samlet",
  "Annen høgskole-/universitetsutdanning uten videreutdanning i psykisk helse- eller rusarbeid": "annen-hoyere-uten-videreutdanning",
  "Annen høgskole-/universitetsutdanning med videreutdanning i psykisk helse- eller rusarbeid": "annen-hoyere-med-videreutdanning",
  "Annen utdanning enn spesifisert, eller personell uten formell utdanning": "annen-eller-uten-formell-utdanning",
  Totalt: "totalt",
};
const UTD_MAAL = [
  ["arsverk-voksne", "voksne", "Tabell 3.8"],
  ["arsverk-barn-og-unge", "barn og unge", "Tabell 3.10"],
];
const utdGrid = fill([["0"], FORD_YEARS, UTDANNING.map((l) => UTD_IDS[l]), UTD_MAAL.map(([id]) => id)], (_r, year, utd, maal) => {
  const label = UTDANNING.find((l) => UTD_IDS[l] === utd);
  const m = UTD_MAAL.find(([id]) => id === maal);
  return {
    value: pick(
      (r) => r.source === m[2] && r.measure === "arsverk" && String(r.year) === year && r.target_group === m[1] && r.utdanningsgruppe === label,
      `${m[2]} ${label} ${year}`
    ),
  };
});
const utdDs = fordelingBase(
  "Årsverk i kommunalt psykisk helse- og rusarbeid etter utdanningsgruppe, hele landet, 2022 og 2023",
  "utdanning",
  "Utdanningsgruppe",
  {
    index: UTDANNING.map((l) => UTD_IDS[l]),
    label: Object.fromEntries(UTDANNING.map((l) => [UTD_IDS[l], l])),
    child: { "psykologer-samlet": ["psykologer", "psykologspesialister"] },
  },
  utdGrid,
  ["Tabell 3.8", "Tabell 3.10"],
  [
    "«Psykologer/psykologspesialister samlet» er en delsum (herav) av psykologer og psykologspesialister og skal ikke legges til de andre gruppene. Summen av de trykte tallene er ikke alltid lik totalen (avrunding).",
    "Gruppene gjelder utdanning, ikke stilling. Mange kommuner oppgir at de ikke har full oversikt over hvem som har fullført videreutdanning; SINTEF vil forenkle gruppene fra 2024.",
  ]
);
delete utdDs.extension.hi.statusCodes;

// ---------------------------------------------------------------------------
// 4. kommuner-2023.json (code list)
// ---------------------------------------------------------------------------
const kommuneUnits = vbUnits.filter((u) => u.level === "kommune");
const kommuneIds = [...kommuneUnits.map((u) => u.id), "0301"].sort();
if (kommuneIds.length !== 356) fail(`Forventet 356 kommuner, fant ${kommuneIds.length}`);
const nameCount = {};
for (const u of kommuneUnits) nameCount[u.name] = (nameCount[u.name] ?? 0) + 1;
const fylkeLabel = Object.fromEntries(FYLKER);
const kLabel = { "0301": "Oslo kommune" };
for (const u of kommuneUnits) kLabel[u.id] = nameCount[u.name] > 1 ? `${u.name} (${fylkeLabel[u.fylkeId]})` : u.name;
const sizeOf = {};
for (const [g, members] of Object.entries(SIZE_GROUP_MEMBERS))
  for (const k of members) {
    if (sizeOf[k]) fail(`${k} i to størrelsesgrupper`);
    if (!kommuneIds.includes(k)) fail(`Ukjent kommune ${k} i ${g}`);
    sizeOf[k] = g;
  }
for (const k of kommuneIds) if (k !== "0301" && !sizeOf[k]) fail(`${k} mangler størrelsesgruppe`);
// Check the membership against the report's group counts (Tabell 4.1)
for (const [g, geo] of STORRELSE.filter(([id]) => id !== "str-bydeler-oslo")) {
  const n = pick((r) => r.measure === "antall_kommuner_bydeler" && r.geo_level === "kommunestorrelse" && r.geo === geo && r.source === "Tabell 4.1", `antall ${geo}`);
  if (SIZE_GROUP_MEMBERS[g].length !== n) fail(`${g}: ${SIZE_GROUP_MEMBERS[g].length} kommuner, rapporten sier ${n}`);
}
for (const k of Object.keys(KOMMUNENUMMER_2024)) if (!kommuneIds.includes(k)) fail(`Ukjent kommune ${k} i 2024-tabellen`);
const clIds = [...FYLKER.map(([id]) => id), ...STORRELSE.filter(([id]) => id !== "str-bydeler-oslo").map(([id]) => id), ...kommuneIds];
const clLabel = {
  ...Object.fromEntries(FYLKER),
  ...Object.fromEntries(STORRELSE.filter(([id]) => id !== "str-bydeler-oslo").map(([id, , label]) => [id, label])),
  ...kLabel,
};
const clLevel = Object.fromEntries([
  ...FYLKER.map(([id]) => [id, "fylke"]),
  ...STORRELSE.filter(([id]) => id !== "str-bydeler-oslo").map(([id]) => [id, "storrelsesgruppe"]),
  ...kommuneIds.map((k) => [k, "kommune"]),
]);
const validity = {};
for (const k of kommuneIds) {
  const to = KOMMUNENUMMER_2024[k];
  // all changed 2023 numbers (30xx, 38xx, 54xx and Ålesund 1507) were created on 1 January 2020
  if (to) validity[k] = { from: "2020", to: "2023", replacedBy: to };
}
validity["1507"].note = "Ålesund ble delt 1. januar 2024 i Ålesund (1508) og Haram (1580).";
const kommuner2023 = {
  version: "2.0",
  class: "dimension",
  label: "Kommuner 2023 med fylke (2020–2023) og kommunestørrelse (innbyggere 1. januar 2023)",
  source: `${SOURCE}; Statistisk sentralbyrå (SSB): tabell 07459 (folkemengde 1. januar 2023) og Klass 131 (kommuneinndeling)`,
  updated: UPDATED,
  note: [
    "356 kommuner i inndelingen 2020–2023, med fylkene fra 2020 (11 fylker) som overordnet kategori (category.child).",
    "Kommunestørrelse (extension.hi.groupings.storrelsesgruppe) følger SINTEFs grupper etter innbyggertall 1. januar 2023 (SSB tabell 07459). Nedre grense er ikke med i gruppen, øvre grense er med: Kåfjord (5426) har nøyaktig 2 000 innbyggere og er i gruppen «færre enn 2000», slik at gruppene gir nøyaktig antallene og innbyggertallene i rapportens Tabell 4.1. Oslo (0301) er ikke i noen størrelsesgruppe; bydelene er en egen gruppe i rapporten.",
    "Kommunenummer fra 1. januar 2024 (extension.hi.validity.replacedBy) følger SSB Klass 131 (kommuneinndeling): Viken, Vestfold og Telemark og Troms og Finnmark ble delt, og Ålesund ble delt i Ålesund og Haram. Kommuner uten oppføring i validity beholdt nummeret i 2024.",
  ],
  category: {
    index: clIds,
    label: clLabel,
    child: Object.fromEntries(FYLKER.map(([fid]) => [fid, kommuneIds.filter((k) => k.slice(0, 2) === fid)])),
  },
  extension: {
    hi: {
      profile: PROFILE,
      id: "kommuner-2023",
      level: clLevel,
      groupings: {
        storrelsesgruppe: Object.fromEntries(
          STORRELSE.filter(([id]) => id !== "str-bydeler-oslo").map(([id]) => [id, [...SIZE_GROUP_MEMBERS[id]].sort()])
        ),
      },
      validity,
      publication: publication(["Tabell 4.1", "Tabell 4.3", "Vedlegg B"]),
    },
  },
};

write("data-contracts/datasets/arsverk-2023.json", arsverk2023);
write("data-contracts/datasets/arsverk-serie.json", arsverkSerie);
write("data-contracts/datasets/arsverk-fordeling-tiltak-2023.json", tiltakDs);
write("data-contracts/datasets/arsverk-fordeling-utdanning-2023.json", utdDs);
write("data-contracts/codelists/kommuner-2023.json", kommuner2023);
