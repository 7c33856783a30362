/**
 * Our published code lists (JSON-stat `class: "dimension"` files): which helsefellesskap,
 * RHF or HF a kommune belongs to. Membership is curated in the list, never guessed from
 * number prefixes.
 */
export interface CodeList {
  label: string;
  ids: string[];
  labels: Record<string, string>;
  child: Record<string, string[]>;
  level: Record<string, string>;
  hi: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readCodeList(input: unknown): CodeList {
  if (!isObject(input) || input.class !== 'dimension' || !isObject(input.category)) {
    throw new Error('Not a JSON-stat code list (class "dimension")');
  }
  const cat = input.category;
  const ids = Array.isArray(cat.index)
    ? (cat.index as string[])
    : isObject(cat.index)
      ? Object.entries(cat.index as Record<string, number>).sort((a, b) => a[1] - b[1]).map(([k]) => k)
      : Object.keys(isObject(cat.label) ? cat.label : {});
  const hi = isObject(input.extension) && isObject(input.extension.hi) ? input.extension.hi : {};
  return {
    label: typeof input.label === 'string' ? input.label : '',
    ids,
    labels: (isObject(cat.label) ? cat.label : {}) as Record<string, string>,
    child: (isObject(cat.child) ? cat.child : {}) as Record<string, string[]>,
    level: (isObject(hi.level) ? hi.level : {}) as Record<string, string>,
    hi,
  };
}

/** The parent whose `child` list holds `code` (e.g. the helsefellesskap of kommune 5501). */
export function parentOf(list: CodeList, code: string, level?: string): string | undefined {
  for (const [parent, kids] of Object.entries(list.child)) {
    if (kids.includes(code) && (!level || list.level[parent] === level || !list.level[parent])) return parent;
  }
  return undefined;
}

/** Accepts `301`, `0301`, ` 5501 ` and returns the 4-digit kommune number, or undefined. */
export function normaliseKommune(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!/^\d{3,4}$/.test(v)) return undefined;
  return v.padStart(4, '0');
}
