// Citations from hostile corpus text: a Markdown citation links only http(s) URLs and keeps a
// multi-paragraph quote inside its one block quote; a BibTeX entry keeps every field whole, as a real
// `bibtex` run reads it (texlive-binaries; skipped, saying so, where it is not installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { gloss, scratch } from './helpers.js';

function hostileCorpus(t: { after: (fn: () => void) => void }, url: string): string {
  const dir = scratch('gloss-cite-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace(/^title: .*$/m, 'title: "A} , year = {1999} , note = {pwned"')
    .replace(/^date: .*$/m, `date: "2021-05-14"\nurl: ${JSON.stringify(url)}`)
    .replace('claims:\n', 'claims:\n  - {id: c9, quote: "involved.”\\n\\nCritics said", source: critics, attribution: direct, type: assertion, about: []}\n');
  writeFileSync(file, yaml);
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  return corpus;
}

test('markdown: a javascript: URL is never a link, and a quote with a blank line stays in the block quote', (t) => {
  const corpus = hostileCorpus(t, 'javascript:alert(document.cookie)');
  const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c9', '--style', 'markdown']);
  assert.equal(r.code, 0, r.stderr);
  const tokens = new Lexer().lex(r.stdout).filter((tok) => tok.type !== 'space');
  assert.deepEqual(tokens.map((tok) => tok.type), ['blockquote'], r.stdout);
  const links: string[] = [];
  const walk = (toks: { type: string; href?: string; tokens?: unknown[] }[]) => {
    for (const tok of toks) {
      if (tok.type === 'link') links.push(tok.href!);
      if (tok.tokens) walk(tok.tokens as typeof toks);
    }
  };
  walk(tokens as never);
  assert.deepEqual(links, []);
  assert.match(tokens[0]!.raw, /Critics said/);
  assert.match(r.stdout, /javascript:alert\(document\.cookie\)/, 'the URL is still shown, as text');

  const https = gloss(['--corpus', hostileCorpus(t, 'https://example.org/a_b'), 'cite', 'harbour-talks:c1', '--style', 'markdown']).stdout;
  assert.match(https, /<https:\/\/example\.org\/a_b>/, 'an https URL is linked');
});

const bibtex = spawnSync('bibtex', ['--version'], { encoding: 'utf8' });
const noBibtex = bibtex.status === 0 ? false : 'bibtex is not installed: apt-get install texlive-binaries (.ci/run does)';

// A style that prints what BibTeX parsed, field by field.
const SHOW_BST = `${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => `MACRO {${m}} {"${m}"}\n`).join('')}ENTRY { author title howpublished year month day url note } {} {}
FUNCTION {misc} { "KEY=" cite$ * write$ newline$ "TITLE=" title * write$ newline$ "YEAR=" year * write$ newline$ "URL=" url * write$ newline$ "NOTE=" note * write$ newline$ }
FUNCTION {default.type} { misc }
READ
ITERATE {call.type$}
`;

test('bibtex: a title full of braces stays one field; BibTeX reads the real year', { skip: noBibtex }, (t) => {
  const corpus = hostileCorpus(t, 'https://example.org/a_b/100%25?x=1&y=2#s~t{u}');
  const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c9', '--style', 'bibtex']);
  assert.equal(r.code, 0, r.stderr);
  const dir = scratch('gloss-bibtex-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'refs.bib'), r.stdout);
  writeFileSync(join(dir, 'show.bst'), SHOW_BST);
  writeFileSync(join(dir, 'cite.aux'), '\\citation{*}\n\\bibstyle{show}\n\\bibdata{refs}\n');
  const run = spawnSync('bibtex', ['cite'], { cwd: dir, encoding: 'utf8', env: { ...process.env, BIBINPUTS: dir, BSTINPUTS: dir } });
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /Warning|error/i);
  // BibTeX wraps long lines, indenting the rest by two spaces.
  const bbl = readFileSync(join(dir, 'cite.bbl'), 'utf8').replace(/\n {2}/g, ' ');
  assert.match(bbl, /^YEAR=2021$/m);
  // The address as written, not LaTeX-escaped (before: a\_b/100\%25?x=1\&y=2\#s\~{}t…); braces percent-encoded.
  assert.match(bbl, /^URL=https:\/\/example\.org\/a_b\/100%25\?x=1&y=2#s~t%7Bu%7D$/m);
  assert.match(bbl, /^TITLE=A\\textbraceright\{\} , year = \\textbraceleft\{\}1999\\textbraceright\{\} , note = \\textbraceleft\{\}pwned$/m);
  // The quote's own closing mark is nested as a single one inside the citation's (issue 16).
  assert.match(bbl, /^NOTE=Critics \(quoted directly\): “involved\.’ Critics said”/m);
});

test('markdown: a quote whose lines start as Markdown would (a list, a numbered list, a heading underline, an indent) stays one block quote of plain text', (t) => {
  const dir = scratch('gloss-cite-lines-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const lines = ['Our demands', '- fair quotas', '+ open ports', '1986. was the last good year', '===', '    and 2) no more talk'];
  const text = join(corpus, 'articles', 'harbour-talks.txt');
  writeFileSync(text, `${readFileSync(text, 'utf8').trimEnd()}\n\nThe critics' leaflet read: “${lines.join('\n')}.”\n`);
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  const quote = lines.join('\n');
  const sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/sha256: \w+/, `sha256: ${sha256}`).replace('claims:\n', `claims:\n  - {id: c9, quote: ${JSON.stringify(quote)}, source: critics, attribution: direct, type: assertion, about: []}\n`));
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c9', '--style', 'markdown']);
  assert.equal(r.code, 0, r.stderr);
  const tokens = new Lexer().lex(r.stdout).filter((tok) => tok.type !== 'space');
  assert.deepEqual(tokens.map((tok) => tok.type), ['blockquote'], r.stdout);
  // Inside it, paragraphs only: before, a list, an ordered list, a heading and a code block.
  const inner = (tokens[0] as unknown as { tokens: { type: string; text?: string }[] }).tokens.filter((tok) => tok.type !== 'space');
  assert.deepEqual([...new Set(inner.map((tok) => tok.type))], ['paragraph'], r.stdout);
  // And the words as printed, marks included: the backslashes only stop them acting.
  const shown = inner.map((tok) => tok.text).join('\n').replace(/\\(?=[!-/:-@[-`{-~])/g, '');
  for (const line of lines) assert.ok(shown.includes(line.trimStart()), `${line} in ${shown}`);
});

test('a title, outlet, author or role holding line ends: a plain citation stays one line, and Markdown makes no list, heading or block quote of them', (t) => {
  const dir = scratch('gloss-cite-fields-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, 'title: "Harbour talks\\n\\n- item one\\n1. x\\n---\\nend"')
      .replace(/^outlet: .*$/m, 'outlet: "Gazette\\r\\n> quoted\\n=== "')
      .replace(/^author: .*$/m, 'author: "Ann\\u2028# Editor"'),
  );
  const registry = join(corpus, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('role: Fisheries Minister', 'role: "Fisheries Minister\\n\\n- listed\\n# head"'));
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
  const ids = ['harbour-talks:c1', 'harbour-talks:c2'];
  const plain = gloss(['--corpus', corpus, 'cite', ...ids]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout.split('\n').length, 3, `one line each:\n${plain.stdout}`);
  assert.match(plain.stdout, /^Ann Lee, Fisheries Minister - listed # head .*“Harbour talks - item one 1\. x --- end”, Gazette > quoted === , Ann # Editor \(author inferred\), 2024-05-14\. \[gloss harbour-talks:c1, line 3\]$/m);
  // c1 is quoted directly (one block quote), c2 paraphrased (one paragraph): nothing else.
  for (const [id, only] of [[ids[0]!, 'blockquote'], [ids[1]!, 'paragraph']] as const) {
    const md = gloss(['--corpus', corpus, 'cite', id, '--style', 'markdown']);
    assert.equal(md.code, 0, md.stderr);
    const tokens = new Lexer().lex(md.stdout).filter((tok) => tok.type !== 'space');
    assert.deepEqual(tokens.map((tok) => tok.type), [only], md.stdout);
    if (only === 'blockquote') {
      const inner = (tokens[0] as unknown as { tokens: { type: string }[] }).tokens.filter((tok) => tok.type !== 'space');
      assert.deepEqual([...new Set(inner.map((tok) => tok.type))], ['paragraph'], md.stdout);
    }
  }
});

test('bibtex: two claim ids that differ only in where the colon is get two keys, and bibtex keeps both entries', { skip: noBibtex }, (t) => {
  const dir = scratch('gloss-bibtex-keys-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  // Article "harbour" with claim "talks-c1" beside the sample's "harbour-talks" with "c1".
  const text = 'Harbour\n\nCritics said “it is weak.”\n';
  writeFileSync(join(corpus, 'articles', 'harbour.txt'), text);
  writeFileSync(
    join(corpus, 'articles', 'harbour.yaml'),
    `id: harbour\ntitle: Harbour\noutlet: Gazette\nauthor: null\ndate: "2024-05-15"\nsha256: ${createHash('sha256').update(text).digest('hex')}\n` +
      'claims:\n  - {id: talks-c1, quote: "it is weak.", source: critics, cue: said, attribution: direct, type: opinion}\n',
  );
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c1', 'harbour:talks-c1', '--style', 'bibtex']);
  assert.equal(r.code, 0, r.stderr);
  // The key is the claim id as written: before, both were "harbour-talks-c1".
  assert.deepEqual([...r.stdout.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]), ['harbour-talks:c1', 'harbour:talks-c1']);
  writeFileSync(join(dir, 'refs.bib'), r.stdout);
  writeFileSync(join(dir, 'keys.bst'), 'ENTRY { note } {} {}\nFUNCTION {misc} { "KEY=" cite$ * write$ newline$ }\nFUNCTION {default.type} { misc }\nREAD\nITERATE {call.type$}\n');
  writeFileSync(join(dir, 'cite.aux'), '\\citation{*}\n\\bibstyle{keys}\n\\bibdata{refs}\n');
  const run = spawnSync('bibtex', ['cite'], { cwd: dir, encoding: 'utf8', env: { ...process.env, BIBINPUTS: dir, BSTINPUTS: dir } });
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /Repeated entry|Warning|error/i);
  const bbl = readFileSync(join(dir, 'cite.bbl'), 'utf8');
  assert.deepEqual([...bbl.matchAll(/^KEY=(.*)$/gm)].map((m) => m[1]), ['harbour-talks:c1', 'harbour:talks-c1']);
});

test('a URL holding a bidi override, a zero-width space or a space is cited percent-encoded in every style: the Markdown link stays one link, and no emphasis', (t) => {
  const corpus = hostileCorpus(t, 'https://ex.com/\u202egnp.exe_*x*\u200b y');
  const encoded = 'https://ex.com/%E2%80%AEgnp.exe_*x*%E2%80%8B%20y';
  const md = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c1', '--style', 'markdown']);
  assert.equal(md.code, 0, md.stderr);
  const kinds: string[] = [];
  const links: string[] = [];
  const walk = (toks: { type: string; href?: string; tokens?: unknown[] }[]) => {
    for (const tok of toks) {
      kinds.push(tok.type);
      if (tok.type === 'link') links.push(tok.href!);
      if (tok.tokens) walk(tok.tokens as typeof toks);
    }
  };
  walk(new Lexer().lex(md.stdout) as never);
  // Before: "<https://ex.com/<U+202E>gnp.exe_*x*>", no link, and "x" in emphasis.
  assert.deepEqual(links, [encoded], md.stdout);
  assert.ok(kinds.filter((k) => k === 'em').length === 1, `only the title in emphasis: ${md.stdout}`);
  const plain = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c1']);
  assert.ok(plain.stdout.includes(`, ${encoded}. [gloss`), plain.stdout);
  const bib = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c1', '--style', 'bibtex']);
  assert.match(bib.stdout, new RegExp(`^ {2}url = \\{${encoded.replace(/[.*]/g, '\\$&')}\\},$`, 'm'), bib.stdout);
  // JSON is the data: the URL as the corpus has it.
  assert.equal(JSON.parse(gloss(['--corpus', corpus, 'cite', 'harbour-talks:c1', '--json']).stdout).article.url, 'https://ex.com/\u202egnp.exe_*x*\u200b y');
});
