/**
 * JSON and NDJSON. JSON.stringify leaves DEL, C1 controls, U+2028/U+2029 and the bidirectional
 * embedding, override and isolate controls raw; some consumers split lines on the first, and at a
 * terminal (or in a pager) the others recolour or reorder what is shown. All are escaped as \uXXXX,
 * the same data to any JSON reader, so an NDJSON record is always exactly one line and JSON is inert
 * wherever it is shown. A lone surrogate JSON.stringify already escapes.
 */
export function toJson(value: unknown, pretty = true): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function toNdjson(records: readonly unknown[]): string {
  return records.map((r) => `${toJson(r, false)}\n`).join('');
}
