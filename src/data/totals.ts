/**
 * How publishers name the whole of a dimension: a total of ages or sexes, the country of a file of
 * areas. One list, for the category a slice is fixed to by default and for the reference unit. Pure.
 */

/** A label that names a total: "Total", "Totalt, samtliga män och kvinnor", "I alt", "Begge kjønn", "Alle aldre". */
const TOTAL_LABEL = /^(total|totalt|tot|i alt|alle|all|alls|begge kjønn|begge kjonn|både kjønn|both sexes|alle aldre|alle aldrar|all ages|samtliga|kaikki|yhteensä|all countries)(?=$|[\s,.:;(–-])/iu;
/** An id that names a total: SSB's and Eurostat's `TOTAL`, `T`, `_T`, `TOT`. */
const TOTAL_ID = /^(_?t|tot|total|totalt)$/i;
/** A label that names the country a file of areas is part of (CSO writes "State"). */
const COUNTRY_LABEL = /^(hele landet|heile landet|landet|hele norge|heile noreg|riket|hela riket|koko maa|hele danmark|state)$/iu;
/** Eurostat's union as a whole, the usual reference of its files. */
const UNION_ID = /^(EU27_2020|EU28|EU27_2007|EU27)$/;

export interface Named {
  id: string;
  label: string;
}

/** The category of `categories` that stands for all of them, by its label before its id; `0` or `00` only when no label says so. */
export function totalOf(categories: readonly Named[]): string | undefined {
  return (
    categories.find((k) => TOTAL_LABEL.test(k.label.trim()))?.id ??
    categories.find((k) => TOTAL_ID.test(k.id))?.id ??
    categories.find((k) => k.id === '0' || k.id === '00')?.id
  );
}

/** The unit of a file of areas that the others are parts of: the country by its label, Eurostat's union, else a total. */
export function wholeOf(areas: readonly Named[]): string | undefined {
  return areas.find((k) => COUNTRY_LABEL.test(k.label.trim()))?.id ?? areas.find((k) => UNION_ID.test(k.id))?.id ?? totalOf(areas);
}
