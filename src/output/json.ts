/**
 * JSON and NDJSON. JSON.stringify leaves DEL, C1 controls, U+2028/U+2029 and the bidirectional
 * embedding, override and isolate controls raw; some consumers split lines on the first, and at a
 * terminal (or in a pager) the others recolour or reorder what is shown. All are escaped as \uXXXX,
 * the same data to any JSON reader, so an NDJSON record is always exactly one line and JSON is inert
 * wherever it is shown. A lone surrogate JSON.stringify already escapes.
 *
 * Large documents are produced in pieces (jsonChunks, ndjsonChunks), one record at a time, never as
 * one string: V8 cannot make a string longer than about 512 MiB, and the whole corpus as JSON passes
 * that at some 17,000 articles. The pieces join to exactly what toJson gives for the whole.
 */
export function toJson(value: unknown, pretty = true): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function* ndjsonChunks(records: Iterable<unknown>): Generator<string> {
  for (const r of records) yield `${toJson(r, false)}\n`;
}

/** About this many characters of NDJSON are given out at once by taggedNdjsonChunks. */
const BATCH = 16 * 1024;

/**
 * NDJSON of records of several kinds, each tagged with its kind first: the text ndjsonChunks gives
 * for `{ kind, ...record }`, made without that object, and given out some 16 K characters at a
 * time. An export's 700,000 records (10,000 articles) would otherwise cost a copy of each record
 * and a turn of every generator between the database and the output for each of them.
 */
export function* taggedNdjsonChunks(parts: Iterable<readonly [string, Iterable<object>]>): Generator<string> {
  let batch = '';
  for (const [kind, records] of parts) {
    const head = `{"kind":${toJson(kind, false)}`;
    for (const r of records) {
      const json = toJson(r, false);
      // A record with a key of its own named kind, or a first key that may be an array index (which
      // an object puts before every other), is made as the object it stands for: the keys' order is JSON.stringify's.
      const digit = json.charCodeAt(2);
      if ('kind' in r || (digit >= 48 && digit <= 57)) batch += toJson(Object.assign({ kind }, r), false);
      else batch += json === '{}' ? `${head}}` : `${head},${json.slice(1)}`;
      batch += '\n';
      if (batch.length >= BATCH) {
        yield batch;
        batch = '';
      }
    }
  }
  if (batch !== '') yield batch;
}

/** Stands in for a streamed array while the document around it is laid out; its items are written whole. */
export class Streamed {
  constructor(readonly items: Iterable<unknown>) {}
}

/**
 * Stands in for a streamed array whose items are already written, in segments of `itemText`s: made
 * by other threads (store/export-pages.ts). `segments` is given the items' indent once the document
 * is laid out.
 */
export class StreamedText {
  constructor(readonly segments: (indent: string) => Iterable<string | Uint8Array>) {}
}

/** An item of a streamed array as written at `indent`, after a comma (the first item's is dropped). */
export const itemText = (item: unknown, indent: string): string => `,\n${indent}${toJson(item).replaceAll('\n', `\n${indent}`)}`;

/**
 * Pretty JSON of `value`, followed by a newline, in which every `Streamed` (or `StreamedText`) array
 * is written item by item. The rest of the document is laid out by JSON.stringify with a marker string
 * in place of each streamed array, so indentation and spacing are JSON.stringify's own. A
 * StreamedText's segments may be text already encoded as UTF-8, given out as they are.
 */
export function* jsonChunks(value: unknown): Generator<string | Uint8Array> {
  const streams: (Streamed | StreamedText)[] = [];
  const marker = (i: number) => `\u0000gloss-streamed-${i}`;
  const skeleton = toJson(value && typeof value === 'object' ? withMarkers(value, (s) => marker(streams.push(s) - 1)) : value);
  let at = 0;
  for (const [i, stream] of streams.entries()) {
    // Laid out as `[\n<indent>"marker"\n<outer>]`, the marker alone on its line.
    const quoted = JSON.stringify(marker(i));
    const pos = skeleton.indexOf(quoted, at);
    const open = skeleton.lastIndexOf('[', pos);
    const close = skeleton.indexOf(']', pos + quoted.length);
    const indent = skeleton.slice(skeleton.lastIndexOf('\n', pos) + 1, pos);
    const outer = skeleton.slice(skeleton.lastIndexOf('\n', close) + 1, close);
    yield skeleton.slice(at, open + 1);
    let first = true;
    const segments: Iterable<string | Uint8Array> = stream instanceof StreamedText ? stream.segments(indent) : (function* () {
      for (const item of stream.items) yield itemText(item, indent);
    })();
    for (const segment of segments) {
      if (segment.length === 0) continue;
      // Every item comes after a comma but the first (one byte in UTF-8).
      yield first ? (typeof segment === 'string' ? segment.slice(1) : segment.subarray(1)) : segment;
      first = false;
    }
    yield first ? '' : `\n${outer}`;
    at = close;
  }
  yield `${skeleton.slice(at)}\n`;
}

function withMarkers(value: object, mark: (s: Streamed | StreamedText) => string): unknown {
  if (value instanceof Streamed || value instanceof StreamedText) return [mark(value)];
  if (Array.isArray(value)) return value.map((v: unknown) => (v && typeof v === 'object' ? withMarkers(v, mark) : v));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v && typeof v === 'object' ? withMarkers(v as object, mark) : v]));
}
