/** What the reader returns: a JSON-stat dataset as typed, tidy rows plus the metadata a view needs. */

export type Role = 'geo' | 'time' | 'metric';

export type StatusKind =
  | 'suppressed'
  | 'missing'
  | 'not-applicable'
  | 'not-yet-available'
  | 'zero'
  | 'provisional'
  | 'previous-period'
  | 'other';

export interface Unit {
  label: string;
  decimals?: number;
  /** The file gave no decimals: they were counted from the values (see `decimalsOf`). */
  counted?: boolean;
  symbol?: string;
  position?: 'start' | 'end';
}

export interface StatusCode {
  code: string;
  label: string;
  kind: StatusKind;
}

export interface Category {
  id: string;
  label: string;
  /** Per-category notes from `category.note`. */
  notes: string[];
}

export interface Dimension {
  id: string;
  label: string;
  role?: Role;
  categories: Category[];
  /** `category.child`: parent id -> child ids. */
  child: Record<string, string[]>;
  /** `extension.hi.level`, or inferred from the code's shape for geo dimensions. */
  level: Record<string, string>;
  unit: Record<string, Unit>;
}

export interface Row {
  /** Flat index of the cell in `value`. */
  index: number;
  geo: string;
  time: string;
  metric: string;
  value: number | null;
  status?: string;
  /** Category ids of every dimension, by dimension id (roles included). */
  coords: Record<string, string>;
}

export interface CellNote {
  cell: Record<string, string>;
  note: string;
}

export interface Problem {
  /** JSON path of the offending field, e.g. `$.dimension.tid.category.index`. */
  path: string;
  /** Stable machine-readable rule id, e.g. `value-length`. */
  rule: string;
  /** Values the translated message is built from. */
  params: Record<string, string | number>;
}

export interface Cube {
  label: string;
  source?: string;
  updated?: string;
  notes: string[];
  href?: string;
  dimensions: Dimension[];
  byId: Record<string, Dimension>;
  geo: Dimension;
  time: Dimension;
  metric: Dimension;
  rows: Row[];
  statusCodes: Record<string, StatusCode>;
  /** Geo id of the national/reference unit, if the file has one. */
  reference?: string;
  definition?: string;
  cellNotes: CellNote[];
  /** `extension.hi`, untouched, for element-specific fields (projection, series breaks, …). */
  hi: Record<string, unknown>;
  /**
   * The language of the file's texts (a BCP 47 tag): `extension.hi.language`, else PX-Web's
   * `extension.px.language` (SSB, SCB), else Eurostat's `language`, else `nb`.
   */
  language: string;
  /** The JSON-stat version read: `2.0`, or `1.x` for a converted 1.x dataset or bundle. */
  version: string;
  /** True when the file declares our profile, so its rules were enforced. */
  profile: boolean;
  /** Rule breaches tolerated in foreign (SSB, FHI) files. */
  warnings: Problem[];
}
