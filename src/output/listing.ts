/**
 * What every listing hands to a serializer: records (plain objects, keys in a stable documented
 * order), the fields a script can choose from, and the default columns a person sees in a table.
 */
export type Value = string | number | boolean | null | undefined | readonly Value[] | { readonly [k: string]: Value };
export type Row = Record<string, Value>;

export interface Listing {
  /** Every field, in output order. */
  fields: readonly string[];
  /** The columns shown in a table by default (a subset of fields). */
  tableFields: readonly string[];
  /** Columns that may be shortened to fit the terminal, in the order they give way. */
  flexible?: readonly string[];
  /** The last flexible column is what a person reads the table for: other columns give it half the line. */
  roomy?: boolean;
  /** Ids shown whole in a table (search results: passage ids are typed back as printed). */
  wholeIds?: boolean;
  records: Row[];
}

export function selectFields(listing: Pick<Listing, 'fields' | 'tableFields'>, fields: readonly string[] | undefined, forTable: boolean): readonly string[] {
  if (fields === undefined || fields.length === 0) return forTable ? listing.tableFields : listing.fields;
  return fields;
}

/** A cell for flat formats (csv, tsv, table): lists joined with "; ", objects as JSON. */
export function flatCell(v: Value): string {
  if (v === null || v === undefined) return '';
  // A list of objects (an agreement's history) is one JSON array: its objects joined by "; " could not
  // be split again, since a note may hold "; " itself.
  if (Array.isArray(v)) return v.some((x) => typeof x === 'object' && x !== null) ? JSON.stringify(v) : v.map(String).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
