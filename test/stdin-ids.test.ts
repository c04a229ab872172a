// Standard input as `-` (verify, search, add, show, cite) and ids that round-trip: every id any
// output prints is taken back by show (and cite, for claims) and by read --at; show --context N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, gloss, scratch } from './helpers.js';

test('verify - checks quotes one a line: a line of output each, exit 0 only when every one is verbatim', () => {
  const ok = gloss(['verify', '-'], { input: 'the law of the jungle\n\na material downtick\r\n' });
  assert.equal(ok.code, 0, ok.stderr);
  const lines = ok.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^-:1 +verbatim +“the law of the jungle” +collins-cyber-deal-2016 {2}24:109 {2}collins-cyber-deal-2016:c22 \(Michael Walma, direct\)$/);
  assert.match(lines[1]!, /^-:3 +verbatim +“a material downtick”/);
  const bad = gloss(['verify', '-'], { input: 'the law of the jungle\na material downtik\nzebra quantum marmalade\n' });
  assert.equal(bad.code, 1);
  const out = bad.stdout.trimEnd().split('\n');
  // A line a quote, and the diff's legend under them (a near miss is among them).
  assert.equal(out.length, 4);
  assert.equal(out[3], '[-…-]: as you typed it; {+…+}: as the source prints it');
  assert.match(out[1]!, /^-:2 +near +a material \[-downtik-\] \{\+downtick\+\} +closest: collins-cyber-deal-2016/);
  assert.match(out[2]!, /^-:3 +not found +“zebra quantum marmalade”/);
  // The hyphen is standard input, not a quote: no "verbatim" for each hyphen of the corpus.
  const hyphen = gloss(['verify', '-'], { input: 'a material downtick\n' });
  assert.equal(hyphen.stdout.split('\n').filter(Boolean).length, 1);
  const json = JSON.parse(gloss(['verify', '-', '--json'], { input: 'the law of the jungle\n' }).stdout) as { verdict: string; line: number }[];
  assert.deepEqual(json.map((x) => [x.line, x.verdict]), [[1, 'verbatim']]);
  assert.equal(gloss(['verify', '-'], { input: '\n' }).code, 1);
});

test('search - reads the query from standard input', () => {
  const piped = gloss(['search', '-', '--json'], { input: 'law of the\njungel\n' });
  const typed = gloss(['search', 'law', 'of', 'the', 'jungel', '--json']);
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal(piped.stdout, typed.stdout);
  assert.equal(gloss(['search', '-'], { input: '  \n' }).code, 2);
});

test('add - reads the article from standard input, byte for byte; it needs --id', () => {
  const dir = join(scratch('gloss-add-stdin-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const text = '\uFEFFHarbour plans\n\nThe council approved them.\r\n';
  const r = gloss(['--corpus', dir, 'add', '-', '--id', 'harbour', '--date', '2024-05-14'], { input: text });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'articles', 'harbour.txt'), 'utf8'), text);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
  const noId = gloss(['--corpus', dir, 'add', '-'], { input: 'x\n' });
  assert.equal(noId.code, 2);
  assert.match(noId.stderr, /^gloss: gloss add - reads the article from standard input: give its --id\n$/);
  const binary = gloss(['--corpus', dir, 'add', '-', '--id', 'bin'], { input: 'a\u0000b' });
  assert.equal(binary.code, 2);
  assert.match(binary.stderr, /standard input: binary data/);
});

test('show and cite take several ids, or - for ids one a line; a bad one stops them naming its line', () => {
  const two = JSON.parse(gloss(['show', 'mackay:c4', 'peter-mackay', '--json']).stdout) as { kind: string; id: string }[];
  assert.deepEqual(two.map((x) => [x.kind, x.id]), [['claim', 'mackay-beijing-2013:c4'], ['actor', 'peter-mackay']]);
  const one = JSON.parse(gloss(['show', 'mackay:c4', '--json']).stdout) as { id: string };
  assert.equal(one.id, 'mackay-beijing-2013:c4');
  const piped = JSON.parse(gloss(['show', '-', '--json'], { input: 'mackay:c4\n' }).stdout) as { id: string }[];
  assert.deepEqual(piped.map((x) => x.id), ['mackay-beijing-2013:c4']);
  const bad = gloss(['show', '-'], { input: 'mackay:c4\nnosuch\n' });
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^gloss: -:2: no id "nosuch"/);
  const cites = gloss(['cite', '-'], { input: 'mackay:c4\ncollins:c22\n' });
  assert.equal(cites.code, 0, cites.stderr);
  assert.equal(cites.stdout.trimEnd().split('\n').length, 2);
  assert.match(cites.stdout, /\[gloss mackay-beijing-2013:c4, line 7\]\n.*\[gloss collins-cyber-deal-2016:c22, line 24\]\n$/);
  const bib = gloss(['cite', 'mackay:c4', 'collins:c22', '--style', 'bibtex']).stdout;
  assert.equal((bib.match(/^@misc\{/gm) ?? []).length, 2);
  assert.equal(JSON.parse(gloss(['cite', 'mackay:c4', 'collins:c22', '--json']).stdout).length, 2);
  const notClaim = gloss(['cite', '-'], { input: 'mackay:c4\npeter-mackay\n' });
  assert.equal(notClaim.code, 2);
  assert.match(notClaim.stderr, /^gloss: -:2: "peter-mackay" is an actor; gloss cite takes a claim id/);
});

test('every id that search, the listings, verify and the exports print is taken back by show; claim ids by cite', () => {
  const ids = new Set<string>();
  for (const h of JSON.parse(gloss(['search', 'china', '--all', '--limit', '0', '--json']).stdout) as { id: string; annotations: string[] }[]) {
    ids.add(h.id);
    for (const a of h.annotations) ids.add(a);
  }
  for (const l of gloss(['export', '--format', 'ndjson']).stdout.trim().split('\n')) ids.add((JSON.parse(l) as { id: string }).id);
  const verified = JSON.parse(gloss(['verify', 'the law of the jungle', '--json']).stdout) as { places: { claims: { id: string }[] }[] };
  for (const p of verified.places) for (const cl of p.claims) ids.add(cl.id);
  const passages = [...ids].filter((id) => id.includes('@'));
  assert.ok(passages.length > 50, `${passages.length} passage ids`);
  const shown = gloss(['show', '-', '--json'], { input: [...ids].join('\n') });
  assert.equal(shown.code, 0, shown.stderr);
  assert.deepEqual((JSON.parse(shown.stdout) as { id: string }[]).map((x) => x.id), [...ids]);
  // The W3C export's URNs name the same things.
  const w3c = JSON.parse(gloss(['export', '--format', 'w3c']).stdout) as { first: { items: { id: string; target: { source: string } }[] } };
  const urns = w3c.first.items.slice(0, 40).flatMap((a) => [a.id, a.target.source]);
  const byUrn = gloss(['show', '-', '--json'], { input: urns.join('\n') });
  assert.equal(byUrn.code, 0, byUrn.stderr);
  assert.deepEqual((JSON.parse(byUrn.stdout) as { id: string }[]).map((x) => x.id), urns.map((u) => u.replace(/^urn:gloss:[a-z]+:/, '')));
  const claims = (JSON.parse(gloss(['claims', '--json']).stdout) as { id: string }[]).map((c) => c.id);
  const cited = gloss(['cite', '-', '--json'], { input: claims.join('\n') });
  assert.equal(cited.code, 0, cited.stderr);
  assert.equal((JSON.parse(cited.stdout) as unknown[]).length, claims.length);
});

test('a passage id shows its sentence; show --context N adds N paragraphs each side', () => {
  const p = JSON.parse(gloss(['show', 'et-cyber-deal-2017@2225', '--json']).stdout) as { kind: string; quote: string; start: number; line: number; context: { paragraph: string } };
  assert.equal(p.kind, 'passage');
  assert.equal(p.start, 2225);
  assert.match(p.quote, /^Critics have argued that the law could hinder the trade/);
  const inside = JSON.parse(gloss(['show', 'et-cyber-deal-2017@2230', '--json']).stdout) as { id: string };
  assert.equal(inside.id, 'et-cyber-deal-2017@2225');
  const paragraphs = (n: number) =>
    (JSON.parse(gloss(['show', 'mackay:c4', '--json', '--context', String(n)]).stdout) as { context: { paragraph: string } }).context.paragraph.split(/\n\s*\n/).length;
  assert.equal(paragraphs(0), 1);
  assert.equal(paragraphs(1), 3);
  assert.equal(paragraphs(2), 5);
  assert.equal(gloss(['show', 'mackay:c4', '--context', 'x']).code, 2);
  const far = gloss(['show', 'et-cyber-deal-2017@999999']);
  assert.equal(far.code, 2);
  assert.match(far.stderr, /^gloss: passage "et-cyber-deal-2017@999999": after @ give a code point offset/);
});

test('read --at ID opens the whole article with the place highlighted, for any kind of place', () => {
  const full = gloss(['read', 'et-cyber-deal-2017', '--no-pager']).stdout;
  const at = gloss(['read', '--at', 'et-cyber-deal-2017@2225']);
  assert.equal(at.code, 0, at.stderr);
  assert.match(at.stdout, /▶Critics have argued that/);
  // The whole article: as long as reading it without --at, plus the two marks.
  assert.equal(at.stdout.replace(/[▶◀]/g, '').replace(/\s+/g, ' '), full.replace(/\s+/g, ' '));
  for (const id of ['mackay:c4', 'collins-cyber-deal-2016:link-more-here', 'urn:gloss:annotation:mackay-beijing-2013:c4']) {
    const r = gloss(['read', '--at', id]);
    assert.equal(r.code, 0, `${id}: ${r.stderr}`);
    assert.equal((r.stdout.match(/▶/g) ?? []).length, 1, id);
    assert.equal((r.stdout.match(/◀/g) ?? []).length, 1, id);
  }
  const coloured = gloss(['read', '--at', 'mackay:c4', '--color', 'always']).stdout;
  assert.match(coloured, /\u001b\[7m/);
  const actor = gloss(['read', '--at', 'peter-mackay']);
  assert.equal(actor.code, 2);
  assert.match(actor.stderr, /^gloss: peter-mackay is an actor, not a place in an article/);
});

test('read ARTICLE --at c4 or @N: the id taken in the article given, as --claim c4 is; @N without an article, one line saying how to give one', () => {
  // Before: "no id "c4"" and "article "" is ambiguous", exit 2.
  for (const [local, qualified] of [['c4', 'mackay:c4'], ['@2225', 'et-cyber-deal-2017@2225']] as const) {
    const article = qualified.split(/[:@]/)[0]!;
    const r = gloss(['read', article, '--at', local]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, gloss(['read', '--at', qualified]).stdout);
    assert.equal((r.stdout.match(/▶/g) ?? []).length, 1);
  }
  const elsewhere = gloss(['read', 'mackay', '--at', 'et-cyber:c1']);
  assert.equal(elsewhere.code, 2);
  assert.equal(elsewhere.stderr, 'gloss: et-cyber-deal-2017:c1 is not in article mackay-beijing-2013\n');
  const bare = gloss(['read', '--at', '@12']);
  assert.equal(bare.code, 2);
  assert.equal(bare.stderr, 'gloss: --at @12 needs an article: gloss read ARTICLE --at @12, or --at ARTICLE@12\n');
  // An id of no place in the article is told as before: an actor is not a place; an unknown local id gets its suggestions.
  assert.match(gloss(['read', 'mackay', '--at', 'peter-mackay']).stderr, /^gloss: peter-mackay is an actor, not a place in an article/);
  assert.match(gloss(['read', 'mackay', '--at', 'c999']).stderr, /^gloss: no annotation "mackay-beijing-2013:c999"; did you mean /);
});

test('read --at: the line it reports is where the place starts in the output; less is started there', async () => {
  const { loadCorpus } = await import('../src/corpus/load.js');
  const { renderRead } = await import('../src/read/view.js');
  const { loadChalk, openTerminal } = await import('../src/output/terminal.js');
  await loadChalk();
  const { choosePager } = await import('../src/read/pager.js');
  const { resolveAny } = await import('../src/query/resolve.js');
  const { join: joinPath } = await import('node:path');
  const { ROOT } = await import('./helpers.js');
  await (await import('../src/output/width.js')).loadWidth();
  const c = loadCorpus(joinPath(ROOT, 'corpus')).corpus;
  const r = resolveAny(c, 'et-cyber-deal-2017@2225');
  assert.equal(r.kind, 'passage');
  const span = r.kind === 'passage' ? r.span : undefined;
  for (const width of ['60', '100', '160']) {
    process.env.COLUMNS = width;
    for (const color of ['never', 'always'] as const) {
      const out = renderRead(c, { article: 'et-cyber-deal-2017', at: { from: span!.from, to: span!.to } }, openTerminal(color));
      assert.ok(out.line !== undefined && out.line > 1);
      const line = out.output.split('\n')[out.line - 1]!;
      assert.ok(color === 'never' ? line.includes('▶') : line.includes('\u001b[7m'), `${width} ${color}: ${line}`);
    }
  }
  assert.equal(choosePager({ PAGER: 'less -R' }, true, true, 42)!.env.LESS, 'FRX +42g');
  assert.equal(choosePager({ PAGER: 'less -R', LESS: 'R' }, true, true, 42)!.env.LESS, 'R +42g');
  assert.equal(choosePager({ PAGER: 'less -R' }, true, true)!.env.LESS, 'FRX');
});

test('a passage id into an article with no text says so (it offered "an offset, 0 to -1")', (t) => {
  const dir = scratch('gloss-empty-article-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  // add refuses an empty text now; an article file emptied by hand (its checksum with it) still loads.
  assert.equal(gloss(['--corpus', corpus, 'add', '-', '--id', 'empty'], { input: 'Soon to be empty\n' }).code, 0);
  writeFileSync(join(corpus, 'articles', 'empty.txt'), '');
  const annotations = join(corpus, 'articles', 'empty.yaml');
  writeFileSync(annotations, readFileSync(annotations, 'utf8').replace(/sha256: "\w+"/, 'sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"'));
  for (const args of [['show', 'empty@0'], ['read', '--at', 'empty@0', '--no-pager']]) {
    const r = gloss(['--corpus', corpus, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr, 'gloss: passage "empty@0": empty has no text, so no passage\n');
  }
});

test('an id that is empty, an offset that is not one, a line break in an id, and a folder as standard input are each said as they are, on one line', () => {
  const dir = join(scratch('gloss-id-messages-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const refused: [string[], string][] = [
    // Before: "ambiguous: …" (the prefix "" of every id).
    [['show', ''], "the id is empty: give one, as ARTICLE:c4, ARTICLE@120 or an actor's id"],
    [['show', ':'], `the id ":" is empty: give one, as ARTICLE:c4, ARTICLE@120 or an actor's id`],
    [['cite', ':c1'], 'the id ":c1" has no article before ":": give ARTICLE:c1'],
    [['show', 'urn:gloss:article:'], `the id "urn:gloss:article:" is empty: give one, as ARTICLE:c4, ARTICLE@120 or an actor's id`],
    // Before: no id "harbour@-1"; did you mean harbour-talks?
    [['show', 'harbour@-1'], 'passage "harbour@-1": after @ give a code point offset into harbour-talks, 0 to 257 (gloss search prints passage ids)'],
    // Before: the message broke across two lines at the id's line break.
    [['show', 'harb\nour'], 'no id "harb\\nour"; did you mean harbour-accord, harbour-talks?'],
    [['cite', 'harb\nour:c1'], 'no article "harb\\nour"; did you mean harbour-talks?'],
  ];
  for (const [args, message] of refused) {
    const r = gloss(['--corpus', dir, ...args]);
    assert.equal(r.code, 2, JSON.stringify(args));
    assert.equal(r.stderr, `gloss: ${message}\n`, JSON.stringify(args));
  }
  // A folder as standard input: before, "no claim ids on standard input", as if it were empty.
  for (const [cmd, what] of [['cite', 'claim ids'], ['show', 'ids']]) {
    const fd = openSync(dir, 'r');
    const r = spawnSync(process.execPath, [BIN, '--corpus', dir, cmd!, '-'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR } });
    closeSync(fd);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `gloss: standard input is a folder, not ${what}: give a file (gloss … - < FILE)\n`);
  }
});
