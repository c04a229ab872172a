/**
 * JSON and NDJSON. JSON.stringify leaves DEL, C1 controls and U+2028/U+2029 raw; some consumers
 * split lines on them or pass them to a terminal, so they are escaped too. An NDJSON record is
 * therefore always exactly one line.
 */
export function toJson(value: unknown, pretty = true): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function toNdjson(records: readonly unknown[]): string {
  return records.map((r) => `${toJson(r, false)}\n`).join('');
}
