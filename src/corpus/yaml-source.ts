/**
 * Parses one hand-typed YAML file into plain data while keeping the means to point back at any part
 * of it (`locate(path)` → line and column), so every later problem can be reported as file:line:col.
 * Hostile YAML is bounded here: alias expansion is capped (billion laughs), duplicate keys and
 * `__proto__` keys are errors, and a plain scalar followed by ` #` is flagged because YAML silently
 * turns `quote: We're #1` into `We're`.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Node } from 'yaml';

export interface YamlProblem {
  line?: number;
  column?: number;
  message: string;
}

export interface YamlSource {
  data: unknown;
  problems: YamlProblem[];
  /** Line and column of the value at `path` (of its key, with `key`); a missing key gives its parent. */
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number } | undefined;
}

const MAX_ALIASES = 100;

/** No lone surrogate (ES2024's String.prototype.isWellFormed; Node has it from 20). */
const wellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** The selector's fields: a lone surrogate in them is the anchoring's to report (anchor.ts). */
const SELECTOR_FIELDS = new Set(['quote', 'prefix', 'suffix', 'through']);

/**
 * Fields (and lists) whose values are one token — an id, a date, a checksum, a value of a closed list,
 * an occurrence — never holding a space or a "#": a comment after one (`type: person  # the minister`)
 * cannot be a part of the value lost, so it is a comment, not the error a comment after free text is.
 */
const TOKEN_FIELDS = new Set(['id', 'actor', 'agreement', 'source', 'article', 'type', 'status', 'attribution', 'kind', 'date', 'sha256', 'governs', 'affiliation', 'writer', 'occurrence', 'about', 'via', 'parties']);

/**
 * A file that is plain JSON (JSON is YAML) is read by JSON.parse, some twenty times faster than the
 * YAML parser — it matters for generated corpora of thousands of files. JSON.parse keeps the last of
 * duplicate keys silently, so the keys in the text are counted (in valid JSON a string followed by a
 * colon is always a key) against the keys parsed; any difference, or a `__proto__` key, and the file
 * goes through the YAML parser, which reports it with a position. Positions for later problems come
 * from the YAML parser too, run only when asked.
 */
function parseJsonFast(src: string): YamlSource | undefined {
  const first = src.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch {
    return undefined;
  }
  const keysInText = countJsonKeys(src);
  let keysParsed = 0;
  let proto = false;
  let lone = false;
  const count = (v: unknown): void => {
    if (typeof v === 'string') lone ||= !wellFormed(v);
    else if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        keysParsed++;
        if (k === '__proto__') proto = true;
        count((v as Record<string, unknown>)[k]);
      }
    }
  };
  count(data);
  // A lone surrogate (an escape): the YAML parser's way says where.
  if (proto || lone || keysParsed !== keysInText) return undefined;
  let located: YamlSource['locate'] | undefined;
  return { data, problems: [], locate: (path, key) => (located ??= parseYamlDocument(src).locate)(path, key) };
}

/**
 * The keys written in a JSON text that JSON.parse has taken (so its strings are well formed): the
 * strings followed, after blanks, by a colon. A scan with indexOf, two and a half times quicker than
 * the pattern it replaced, on a large corpus's many files.
 */
export function countJsonKeys(src: string): number {
  let keys = 0;
  for (let open = src.indexOf('"'); open !== -1; open = src.indexOf('"', open + 1)) {
    // The closing quote: the next one not escaped, i.e. preceded by an even run of backslashes.
    let close = src.indexOf('"', open + 1);
    for (;;) {
      // Never in text JSON.parse took; were it so, stopping beats scanning from the start again.
      if (close === -1) return keys;
      let b = close - 1;
      while (src.charCodeAt(b) === 0x5c) b--;
      if ((close - 1 - b) % 2 === 0) break;
      close = src.indexOf('"', close + 1);
    }
    let k = close + 1;
    let c = src.charCodeAt(k);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = src.charCodeAt(++k);
    if (c === 0x3a) keys++;
    open = close;
  }
  return keys;
}

export function parseYaml(src: string): YamlSource {
  return parseJsonFast(src) ?? parseYamlDocument(src);
}

/**
 * Characters YAML allows nowhere in a file, not even quoted (C0 and C1 controls but tab, line feed,
 * carriage return and NEL; DEL; U+FFFE, U+FFFF): written only as escapes ("\a") in double quotes.
 */
const NOT_YAML = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

function parseYamlDocument(src: string): YamlSource {
  const lineCounter = new LineCounter();
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // One such character (a BEL pasted with a name) made the parser lose its way: dozens of errors
  // about indentation and flow maps, none naming it. The one problem, where it is.
  const stray = NOT_YAML.exec(src);
  if (stray) {
    const before = src.slice(0, stray.index);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    const code = `U+${stray[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { data: undefined, problems: [{ line, column, message: `a control character (${code}) is not allowed in YAML: delete it, or write it as an escape ("\\u${code.slice(2)}") inside double quotes` }], locate: () => undefined };
  }
  const doc = parseDocument(src, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: YamlProblem[] = [];
  for (const err of doc.errors) {
    const at = err.linePos?.[0] ?? pos(err.pos[0]);
    problems.push({ line: at.line, column: 'col' in at ? at.col : at.column, message: `YAML: ${firstLine(err.message)}` });
  }
  const locate = (path: readonly PropertyKey[], wantKey = false) => {
    // Walk as deep as the path exists; a missing key is reported at its parent.
    let node: unknown = doc.contents;
    let last = node;
    for (const [depth, key] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        last = (wantKey && depth === path.length - 1) || !pair.value ? pair.key : pair.value;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node === undefined) break;
        last = node;
      } else break;
    }
    const range = (last as Node | null)?.range;
    return range ? pos(range[0]) : undefined;
  };
  if (problems.length > 0) return { data: undefined, problems, locate };

  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === '__proto__') {
        const at = pair.key.range ? pos(pair.key.range[0]) : undefined;
        problems.push({ ...at, message: 'the key "__proto__" is not allowed' });
      }
    },
    Scalar(_, node, path) {
      // "\ud83d" (half a character, by an escape) in a name or a note: every format would show it
      // otherwise (U+FFFD in CSV, TSV and SQLite, the escape in JSON). A quote, prefix or suffix is
      // told by the anchoring, with what to do (copy whole characters from the text).
      const owner = path.at(-1);
      const field = isPair(owner) && isScalar(owner.key) ? owner.key.value : undefined;
      if (typeof node.value === 'string' && !wellFormed(node.value) && !SELECTOR_FIELDS.has(String(field)) && node.range) {
        problems.push({ ...pos(node.range[0]), message: `${JSON.stringify(String(field ?? 'value'))} holds half a character (a lone surrogate, written as an escape): write the whole character` });
      }
      // A list item's field is its list's ("about: [canada, china  # …]").
      const holder = isSeq(owner) ? path.at(-2) : owner;
      const holderField = isPair(holder) && isScalar(holder.key) ? String(holder.key.value) : undefined;
      if (node.type === Scalar.PLAIN && node.comment && node.range && !(holderField !== undefined && TOKEN_FIELDS.has(holderField))) {
        const at = pos(node.range[0]);
        problems.push({
          ...at,
          message: `unquoted value ${JSON.stringify(String(node.value))} is followed by a " #" comment; quote the value if the "#" is part of it`,
        });
      }
    },
  });
  if (problems.length > 0) return { data: undefined, problems, locate };

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { data, problems, locate };
  } catch (e) {
    // Excessive aliasing throws a ReferenceError rather than a YAMLParseError.
    const msg = e instanceof Error ? e.message : String(e);
    return { data: undefined, problems: [{ line: 1, column: 1, message: `YAML: ${firstLine(msg)}` }], locate };
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
