// gloss search over the shipped corpus: a table of queries — typos, paraphrases, names, partial
// words, extended syntax, filters — each with its expected top result; then the output contract,
// exit codes and pipes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, gloss, ROOT, scratch, sliceCodePoints } from './helpers.js';

interface Hit { kind: string; id: string; article: string | null; start: number | null; end: number | null; text: string; score: number; matches: [number, number][]; annotations: string[]; claims: string[] }
const top = (args: string[]): Hit | undefined => {
  const r = gloss(['search', ...args, '--json']);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return (JSON.parse(r.stdout) as Hit[])[0];
};

// [query words and options, expected kind, expected id (or id prefix ending in @ for a passage), text it contains].
// A claim is found either as a result of its own or, where the sentence holding it matched too, under
// that passage (one result per place).
const table: [string[], string, string, string][] = [
  [['law', 'of', 'the', 'jungel'], 'quote', 'collins-cyber-deal-2016:c22', 'law of the jungle'],
  [['materal downtick'], 'quote', 'collins-cyber-deal-2016:c18', 'material downtick'],
  [['Wang Yongquing'], 'quote', 'et-cyber-deal-2017:c7', 'Wang Yongqing'],
  [['Wang Yongquing', '--kind', 'actor'], 'actor', 'wang-yongqing', 'Wang Yongqing'],
  [['jungle law'], 'quote', 'collins-cyber-deal-2016:c22', 'law of the jungle'],
  [['its like terorism'], 'passage', 'mackay-beijing-2013@', 'It’s like terrorism'],
  [['"It\'s like terrorism"'], 'passage', 'mackay-beijing-2013@', 'It’s like terrorism'],
  [['deterents toolbox'], 'passage', 'collins-cyber-deal-2016@', '“toolbox”'],
  [['appeasing chinese'], 'quote', 'et-cyber-deal-2017:c15', '[appeasing]'],
  [['naming and shaming'], 'quote', 'collins-cyber-deal-2016:c37', 'naming and shaming'],
  [['nuclear strike diplomatic note'], 'quote', 'collins-cyber-deal-2016:c30', 'nuclear strike'],
  [['Alberta oil'], 'claim', 'mackay-beijing-2013:c24', 'Alberta oil'],
  [['Nexen takeover', '--kind', 'passage'], 'passage', 'mackay-beijing-2013@', 'takeover of Calgary-based Nexen'],
  [['rules based framwork'], 'quote', 'mackay-beijing-2013:c3', '“rules-based framework”'],
  [['victim of hackers'], 'claim', 'mackay-beijing-2013:c17', 'victim of hackers'],
  [['extradition treaty', '--kind', 'agreement,actor'], 'agreement', 'canada-china-extradition-treaty', 'extradition treaty'],
  [['Chuck Hagle'], 'claim', 'mackay-beijing-2013:c9', 'Chuck Hagel'],
  [['Chang Wanquan'], 'passage', 'mackay-beijing-2013@', 'Gen. Chang Wanquan, that Canada'],
  [['drone technology'], 'claim', 'et-cyber-deal-2017:c5', 'drone technology'],
  [['intelligence gathering', '--kind', 'passage'], 'passage', 'et-cyber-deal-2017@', 'intelligence gathering'],
  [['cyber chispy'], 'quote', 'collins-cyber-deal-2016:c35', 'Cyber Chispy'],
  [['Cloud Cuckoo'], 'passage', 'collins-cyber-deal-2016@', 'Cloud Cuckoo Land'],
  [['deterrence'], 'claim', 'collins-cyber-deal-2016:c28', 'deterrents'],
  [['greater raport'], 'quote', 'mackay-beijing-2013:c3', 'greater rapport'],
  [['War Museum'], 'claim', 'collins-cyber-deal-2016:c24', 'War Museum'],
  [['pipeline tankers'], 'claim', 'mackay-beijing-2013:c27', 'Northern Gateway pipeline'],
  [['hinder flow data'], 'claim', 'et-cyber-deal-2017:c18', 'flow of data'],
  [['MacKay terrorism'], 'quote', 'mackay-beijing-2013:c21', 'It’s like terrorism'],
  // a phrase pasted whole, with words of one letter (which fuse.js cannot match: they are left out)
  [['a material downtick'], 'quote', 'collins-cyber-deal-2016:c18', 'material downtick'],
  [['I did lay down markers'], 'passage', 'mackay-beijing-2013@', 'I did lay down markers'],
  [['a', 'very', 'destabilizing', 'thing'], 'quote', 'collins-cyber-deal-2016:c22', 'a very destabilizing thing'],
  // extended syntax
  [["'downtick"], 'quote', 'collins-cyber-deal-2016:c18', 'downtick'],
  [['^Hagel', '--kind', 'passage'], 'passage', 'mackay-beijing-2013@', 'Hagel was immediately challenged'],
  [['outcome.$'], 'quote', 'collins-cyber-deal-2016:c9', 'possible outcome.'],
  [['Obama | Cameron', '--kind', 'actor'], 'actor', 'barack-obama', 'Barack Obama'],
  [['cyber espionage !intelligence !agreement'], 'passage', 'et-cyber-deal-2017@', 'economic cyber espionage'],
  // filters
  [['trade secrets', '--kind', 'passage'], 'passage', 'et-cyber-deal-2017@', 'trade secrets'],
  [['accord', '--kind', 'agreement'], 'agreement', 'us-china-cyber-agreement-2015', 'U.S.–China cyber accord'],
  [['hagle', '--kind', 'actor'], 'actor', 'chuck-hagel', 'Chuck Hagel'],
  [['terrorism', '--actor', 'peter-mackay'], 'quote', 'mackay-beijing-2013:c21', 'terrorism'],
  [['candid', '--about', 'canada-china-cyber', '--kind', 'passage'], 'passage', 'et-cyber-deal-2017@', '“candid”'],
  [['candid', '--about', 'canada-china-cyber'], 'quote', 'et-cyber-deal-2017:c7', '“candid”'],
  [['timely', '--actor', 'michael-walma'], 'quote', 'collins-cyber-deal-2016:c25', 'timely'],
  [['commenting WordPress', '--all'], 'passage', 'collins-cyber-deal-2016@', 'WordPress.com account'],
];

for (const [args, kind, id, contains] of table) {
  test(`search ${args.join(' ')} → ${kind} ${id}`, () => {
    const hit = top(args);
    assert.ok(hit, 'no result');
    if (id.includes(':') && hit.kind === 'passage') assert.ok(hit.claims.includes(id), `${hit.id} holds ${hit.claims.join(' ')}: ${hit.text}`);
    else {
      assert.equal(hit.kind, kind, `${hit.kind} ${hit.id}: ${hit.text}`);
      if (id.endsWith('@')) assert.ok(hit.id.startsWith(id), hit.id);
      else assert.equal(hit.id, id, hit.text);
    }
    assert.ok(hit.text.includes(contains), hit.text);
  });
}

test('a name finds where it is said first, its registry entry after, and nothing unrelated in between', () => {
  const hits = JSON.parse(gloss(['search', 'Chuck', 'Hagle', '--json']).stdout) as Hit[];
  const actor = hits.findIndex((h) => h.id === 'chuck-hagel');
  assert.ok(actor > 0, hits.map((h) => h.id).join(' '));
  for (const h of hits.slice(0, actor)) assert.match(h.text, /Chuck Hagel/);
});

test('site furniture is skipped unless --all', () => {
  const r = gloss(['search', 'commenting WordPress', '--json']);
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /^gloss: nothing matches "commenting WordPress" \(try fewer words/);
});

test('records: code point offsets slice the article text; matches slice the record text', () => {
  const doc = JSON.parse(gloss(['export']).stdout) as { articles: { id: string; text: string }[] };
  const texts = new Map(doc.articles.map((a) => [a.id, a.text]));
  const hits = JSON.parse(gloss(['search', 'material downtick', '--limit', '0', '--json']).stdout) as Hit[];
  const many = JSON.parse(gloss(['search', 'China', '--limit', '0', '--json']).stdout) as Hit[];
  assert.ok(many.length >= 10);
  hits.push(...many);
  for (const h of hits.filter((x) => x.article)) {
    assert.equal(sliceCodePoints(texts.get(h.article!)!, h.start!, h.end!), h.text);
    assert.ok(h.matches.length > 0 || h.kind !== 'passage');
    for (const [a, b] of h.matches) assert.ok(a < b && b <= [...h.text].length);
  }
  const [first] = hits;
  assert.ok(first!.matches.some(([a, b]) => sliceCodePoints(first!.text, a, b).toLowerCase() === 'downtick'));
  assert.ok(first!.annotations.includes('collins-cyber-deal-2016:c18'));
});

test('equal scores come in reading order, and results are stable run to run', () => {
  const a = gloss(['search', "'China", '--limit', '0', '--json']).stdout;
  assert.equal(gloss(['search', "'China", '--limit', '0', '--json']).stdout, a);
  const hits = JSON.parse(a) as Hit[];
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score <= hits[i]!.score);
});

test('one result per place: no two results overlap in the text; the claims found there are listed with it', () => {
  for (const q of ['law of the jungel', 'trade secrets', 'have vowed', 'China', 'MacKay', 'hackers', 'cyber espionage']) {
    const hits = JSON.parse(gloss(['search', ...q.split(' '), '--limit', '0', '--json']).stdout) as Hit[];
    const placed = hits.filter((h) => h.article !== null);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) assert.ok(a.article !== b.article || a.end! <= b.start! || b.end! <= a.start!, `${q}: ${a.id} and ${b.id} overlap`);
      // Every claim found at a place is among the annotations the place overlaps.
      for (const c of a.claims) assert.ok(a.annotations.includes(c), `${q}: ${a.id} lists ${c}`);
    }
  }
  const [first, ...rest] = JSON.parse(gloss(['search', 'law', 'of', 'the', 'jungel', '--json']).stdout) as Hit[];
  assert.deepEqual([first!.kind, first!.claims], ['passage', ['collins-cyber-deal-2016:c22']]);
  assert.ok(rest.every((h) => !h.claims.includes('collins-cyber-deal-2016:c22')));
  // Only claims asked for: each stands alone, as there is no passage to hold it.
  const quotes = JSON.parse(gloss(['search', 'law', 'of', 'the', 'jungel', '--kind', 'quote', '--json']).stdout) as Hit[];
  assert.deepEqual([quotes[0]!.kind, quotes[0]!.id], ['quote', 'collins-cyber-deal-2016:c22']);
});

test('the threshold holds for every result, and a result shows where it matched', () => {
  for (const threshold of ['0.2', '0.4', '0.6']) {
    for (const q of ['law of the jungel', 'materal downtick', 'Walma toolbox', 'Chuck Hagle']) {
      const hits = JSON.parse(gloss(['search', ...q.split(' '), '--threshold', threshold, '--limit', '0', '--json']).stdout) as Hit[];
      for (const h of hits) assert.ok(h.score <= Number(threshold), `${q} at ${threshold}: ${h.id} scores ${h.score}`);
    }
  }
  // The README's example finds one place; nothing that matched only in hidden note text.
  assert.equal((JSON.parse(gloss(['search', 'law', 'of', 'the', 'jungel', '--json']).stdout) as Hit[]).length, 1);
  // Found by its annotator's note alone: the note is shown, the matched words marked.
  const out = gloss(['search', 'CASIS', 'symposium', '--kind', 'quote'], { env: { COLUMNS: '100' } }).stdout;
  assert.match(out, / quote +collins-cyber-deal-2016 {2}24:2 {2}c22\n.*\n.*\n {4}note c22: Said "during a conference last week" \(the CASIS symposium\)\.\n/);
  const coloured = gloss(['--color', 'always', 'search', 'CASIS', 'symposium', '--kind', 'quote']).stdout;
  assert.match(coloured, /\u001b\[1m\u001b\[33mCASIS\u001b\[39m\u001b\[22m/);
});

test('human output: kind, article, line:column, the matched words, and the claim under it', () => {
  const out = gloss(['search', 'law of the jungle', '--limit', '2'], { env: { COLUMNS: '100' } }).stdout;
  assert.match(out, /^ 1 {2}passage +collins-cyber-deal-2016 {2}24:1\n/);
  assert.match(out, /law of the jungle/);
  assert.match(out, /claim c22 by Michael Walma, via Mark Collins › Colin Freeze, direct, assessment/);
  for (const line of out.split('\n')) assert.ok([...line].length <= 100, line);
  assert.doesNotMatch(out, /\u001b/);
  assert.match(gloss(['--color', 'always', 'search', 'jungle', '-n', '1']).stdout, /\u001b\[1m\u001b\[33mjungle/);
});

test('human output fits the terminal width, however narrow: passage window, heading and notes', () => {
  for (const columns of [40, 60, 80, 120]) {
    const out = gloss(['search', 'materal', 'downtick', '--limit', '0'], { env: { COLUMNS: String(columns) } }).stdout;
    assert.match(out, /material downtick/);
    for (const line of out.split('\n')) assert.ok([...line].length <= columns, `${columns}: ${line}`);
  }
});

test('a heading with a long article id fits every width, its later lines indented within it, no line ending in spaces', () => {
  const dir = join(scratch('gloss-search-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const story = join(dir, '..', 'ferry.txt');
  writeFileSync(story, 'Harbour council backs new ferry link to Isla Verde\n\n\u201cNobody should pay more to cross the water than to cross town,\u201d said Mayor Ada Lind.\n');
  assert.equal(gloss(['--corpus', dir, 'add', story, '--id', 'harbour-council-backs-new-ferry-link-to']).code, 0);
  assert.equal(gloss(['--corpus', dir, 'draft', 'harbour-council', '--write']).code, 0);
  for (let columns = 40; columns <= 70; columns++) {
    const out = gloss(['--corpus', dir, 'search', 'nobody', 'pay', '--kind', 'quote'], { env: { COLUMNS: String(columns) } }).stdout;
    assert.match(out, /harbour-council-backs-new-ferry-link-to/);
    // Before: at 50, "    harbour-council-backs-new-ferry-link-to  3:2  c1" (52 columns), and "quote    " trailing.
    for (const line of out.split('\n')) {
      assert.ok([...line].length <= columns, `${columns}: ${[...line].length}: ${line}`);
      assert.doesNotMatch(line, / $/, `${columns}: trailing spaces: "${line}"`);
    }
  }
});

test('bad queries and options exit 2 with one line', () => {
  for (const args of [[''], ['xy', '--threshold', '2'], ['xy', '--threshold', '0x1'], ['xy', '--threshold', '1e-1'], ['xy', '--limit', '-1'], ['xy', '--limit', '0x2'], ['xy', '--kind', 'nope'], ['xy', '--article', 'zz'], ['a'], ['I', 'a', '5']]) {
    const r = gloss(['search', ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  // An operator with no word after it asks for nothing: refused (before: "nothing matches", exit 1).
  for (const q of ['!', '^', "'", '$', '""']) {
    const r = gloss(['search', q]);
    assert.equal(r.code, 2, q);
    assert.equal(r.stderr, `gloss: query ${JSON.stringify(q)} has no words to search for\n`);
  }
  // A query of one-letter words only would match nearly every text: it is refused, saying why.
  assert.match(gloss(['search', 'I', 'a']).stderr, /^gloss: query "I a" has only words of one character, which match nearly every text: give a longer word$/m);
  // So is an extended query whose every alternative is such words.
  const lone = gloss(['search', 'a | I']);
  assert.equal(lone.code, 2);
  assert.match(lone.stderr, /^gloss: query "a \| I" has only words of one character/m);
});

test('an extended query leaves out its fuzzy one-letter words, as a plain one does; with an operator they stay', () => {
  // "a" can never match fuzzily (fuse.js's minMatchCharLength), and every term is required: it made the query find nothing.
  const ids = (q: string) => {
    const r = gloss(['search', q, '--format', 'json']);
    assert.equal(r.code, 0, `${q}: ${r.stderr}`);
    return (JSON.parse(r.stdout) as { id: string }[]).map((h) => h.id);
  };
  const plain = ids('a material downtick');
  assert.ok(plain.includes('collins-cyber-deal-2016@1928'), plain.join(' '));
  for (const q of ['a !zzzz material downtick', 'material a !zzzz downtick']) assert.ok(ids(q).includes('collins-cyber-deal-2016@1928'), q);
  // An alternative of other words leaves the first one's results as they are.
  assert.deepEqual(ids('zzzzqq | a material downtick'), plain);
  // "a" with an operator is what the person asked for: kept, so =a (a text that is exactly "a") finds nothing.
  assert.equal(gloss(['search', '=a']).code, 1);
});

const sh = (script: string) =>
  spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: CACHE_DIR } });

test('piped into head -1: no colour, no EPIPE, exit 0', () => {
  const r = sh(`node ${BIN} search trade secrets --limit 0 | head -1`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.doesNotMatch(r.stdout, /\u001b/);
  assert.equal(r.stdout.split('\n').length, 2);
});

test('CSV output reads back with Python\'s csv module; TSV cuts cleanly', () => {
  const r = sh(`node ${BIN} search trade secrets --format csv | python3 -c "import csv,sys,json; rows=list(csv.DictReader(sys.stdin)); print(json.dumps([rows[0]['kind'], rows[0]['id'], len(rows)]))"`);
  assert.equal(r.status, 0, r.stderr);
  const [kind, id, n] = JSON.parse(r.stdout);
  assert.equal(kind, 'passage');
  assert.equal(id, 'et-cyber-deal-2017@235');
  assert.ok(n >= 3);
  const t = sh(`node ${BIN} search trade secrets --format tsv --fields kind,id,claims | head -2`);
  assert.match(t.stdout, /^kind\tid\tclaims\npassage\tet-cyber-deal-2017@235\tet-cyber-deal-2017:c3; et-cyber-deal-2017:c4\n$/);
});

test('piped into jq: JSON and NDJSON parse, no colour even when forced by the parent', { skip: spawnSync('sh', ['-c', 'command -v jq']).status !== 0 && 'jq is not installed' }, () => {
  const r = sh(`node ${BIN} search law of the jungel --json | jq -r '.[0] | "\\(.kind) \\(.id) \\(.line):\\(.column)"'`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'passage collins-cyber-deal-2016@2328 24:1\n');
  const n = sh(`node ${BIN} search China --format ndjson --limit 0 | jq -c '[.kind, .start]' | head -3`);
  assert.equal(n.status, 0, n.stderr);
  assert.equal(n.stdout.trimEnd().split('\n').length, 3);
  assert.doesNotMatch(n.stdout, /\u001b/);
});

test('large output cut short by head: no EPIPE, exit 0, for every format', () => {
  for (const format of ['table', 'json', 'ndjson', 'csv', 'tsv']) {
    const r = sh(`node ${BIN} search the --all --threshold 0.6 --limit 0 --format ${format} | head -c 300 > /dev/null`);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '', format);
  }
});

test('NDJSON: one JSON record per line', () => {
  const lines = gloss(['search', 'China', '--format', 'ndjson']).stdout.trimEnd().split('\n');
  assert.equal(lines.length, 10);
  for (const l of lines) assert.ok(JSON.parse(l).kind);
});

test("extended syntax's exact operators ('word, =word, !word) score 0.001 at best, as every result does", () => {
  for (const q of ["'jungle", '=China', '!jungle law', '^China']) {
    const r = gloss(['search', q, '--json', '--limit', '5']);
    assert.equal(r.code, 0, `${q}: ${r.stderr}`);
    const hits = JSON.parse(r.stdout) as Hit[];
    assert.ok(hits.length > 0, q);
    for (const h of hits) assert.ok(h.score >= 0.001 && h.score <= 0.4, `${q}: ${h.id} scores ${h.score}`);
  }
});

test('--threshold 0 is exact: the word as written is found, a misspelling is not (fuse.js scores no match better than 0.001)', () => {
  const exact = gloss(['search', 'jungle', '--threshold', '0', '--json']);
  assert.equal(exact.code, 0, exact.stderr);
  assert.ok(JSON.parse(exact.stdout).length > 0);
  const misspelt = gloss(['search', 'jungel', '--threshold', '0']);
  assert.equal(misspelt.code, 1);
  assert.ok(JSON.parse(gloss(['search', 'jungel', '--threshold', '0.4', '--json']).stdout).length > 0, 'found when fuzzy');
});

test('a query with a !not term highlights the words that matched, not the whole passage', () => {
  const hits = JSON.parse(gloss(['search', '!China hackers', '--json', '--limit', '5']).stdout) as Hit[];
  assert.ok(hits.length > 0);
  for (const h of hits) {
    // Before: [[0, text.length]], the whole passage marked.
    assert.ok(h.matches.length > 0, h.id);
    for (const [a, b] of h.matches) assert.ok(b - a < h.text.length && /hacker/i.test(h.text.slice(a, b)), `${h.id}: ${h.text.slice(a, b)}`);
  }
  // Nothing but !terms: nothing matched by a word, nothing marked.
  for (const h of JSON.parse(gloss(['search', '!hackers', '--json', '--limit', '3']).stdout) as Hit[]) assert.deepEqual(h.matches, [], h.id);
});

test('the default limit says on stderr when it cut the results, in every format; a --limit given says nothing', () => {
  const every = JSON.parse(gloss(['search', 'China', '--json', '--limit', '0']).stdout) as unknown[];
  assert.ok(every.length > 10);
  for (const format of ['json', 'ndjson', 'csv', 'table']) {
    const r = gloss(['search', 'China', '--format', format]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, `gloss: showing the best 10 of ${every.length} results (--limit N for more, --limit 0 for all)\n`, format);
  }
  assert.equal((JSON.parse(gloss(['search', 'China', '--json']).stdout) as unknown[]).length, 10);
  for (const limit of ['10', '3', '0']) assert.equal(gloss(['search', 'China', '--json', '--limit', limit]).stderr, '', limit);
  // Ten results or fewer: nothing was cut, nothing said.
  const few = gloss(['search', 'law of the jungle', '--json']);
  assert.ok((JSON.parse(few.stdout) as unknown[]).length <= 10);
  assert.equal(few.stderr, '');
});
