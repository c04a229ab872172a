// gloss read as a person and a script see it: every word of the article in order, every claim with
// its note, highlights (colour) and brackets (plain) exactly on each claim's quote, at 80 and 140
// columns; --claim, --actor, errors, and Markdown-looking text shown as printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import type { Claim, Corpus } from '../src/model.js';
import { marginColumns } from '../src/read/render-terminal.js';
import { ATTRIBUTION_BG } from '../src/read/style.js';
import { fixture, gloss, ROOT } from './helpers.js';

const SGR = /\u001b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(SGR, '');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The body: what follows the heading, the byline and the legend (and the --actor line). */
function bodyOf(out: string, sections = 3): string {
  return out.split('\n\n').slice(sections).join('\n\n');
}

/** Splits the notes-after form into text lines and note blocks (a note starts `  KEY `). */
function splitNotesAfter(body: string, keys: string[]): { text: string; notes: string[] } {
  const text: string[] = [];
  const notes: string[] = [];
  for (const block of body.split('\n\n')) {
    let inNotes = false;
    for (const line of block.split('\n')) {
      const plain = strip(line);
      const head = keys.find((k) => plain.startsWith(`  ${k} `));
      if (head !== undefined) {
        inNotes = true;
        notes.push(plain.trim());
      } else if (inNotes) notes[notes.length - 1] += ` ${plain.trim()}`;
      else text.push(line);
    }
    text.push('');
  }
  return { text: text.join('\n'), notes };
}

/** Splits the margin form into the text column and the margin's note blocks. */
function splitMargin(body: string, keys: string[], textWidth: number): { text: string; notes: string[]; rows: { text: string; note?: string }[] } {
  const rows = body.split('\n').map((line) => {
    const plain = strip(line);
    const at = plain.indexOf(' │ ', textWidth - 1);
    if (at === -1) return { text: line };
    // Cut the coloured line at the same visible position.
    let visible = 0;
    let i = 0;
    while (i < line.length && visible < at) {
      const m = /^\u001b\[[0-9;]*m/.exec(line.slice(i));
      if (m) i += m[0].length;
      else {
        i += line.codePointAt(i)! > 0xffff ? 2 : 1;
        visible++;
      }
    }
    return { text: line.slice(0, i), note: plain.slice(at + 3) };
  });
  const notes: string[] = [];
  for (const r of rows) {
    if (r.note === undefined) continue;
    if (keys.some((k) => r.note!.startsWith(`${k} `))) notes.push(r.note);
    else notes[notes.length - 1] += ` ${r.note.trim()}`;
  }
  return { text: rows.map((r) => r.text).join('\n'), notes, rows };
}

/** Highlighted characters per background colour, runs separated by '|'. */
function highlighted(coloured: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of coloured.split('\n')) {
    let bg: number | undefined;
    let last: number | undefined;
    for (const part of line.split(/(\u001b\[[0-9;]*m)/)) {
      const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
      if (sgr) {
        const m = /(?:^|;)48;5;(\d+)/.exec(sgr[1]!);
        if (m) bg = Number(m[1]);
        else if (/(^|;)49$/.test(sgr[1]!)) bg = undefined;
        continue;
      }
      if (part === '') continue;
      if (bg === undefined) {
        if (last !== undefined && part.trim() !== '') out.set(last, `${out.get(last) ?? ''}|`);
        continue;
      }
      out.set(bg, `${out.get(bg) ?? ''}${part}`);
      last = bg;
    }
    for (const k of out.keys()) out.set(k, `${out.get(k)} `);
  }
  return out;
}

function checkHighlights(c: Corpus, claims: Claim[], coloured: string, what: string): void {
  const byColour = highlighted(coloured);
  for (const claim of claims) {
    const group = claims.filter((x) => x.from === claim.from && x.to === claim.to);
    // A claim nested inside this one is drawn in its own colour, so this one's colour covers the parts
    // around it (mackay c16 holds c16a): each part must be highlighted in the claim's colour.
    const inner = claims.filter((x) => x !== claim && claim.from <= x.from && x.to <= claim.to && (x.from !== claim.from || x.to !== claim.to));
    const parts: string[] = [];
    let at = claim.from;
    for (const x of [...inner].sort((a, b) => a.from - b.from)) {
      if (x.from > at) parts.push(claim.quote.slice(at - claim.from, x.from - claim.from));
      at = Math.max(at, x.to);
    }
    if (at < claim.to) parts.push(claim.quote.slice(at - claim.from));
    const found = group.some((g) => {
      const runs = norm(byColour.get(ATTRIBUTION_BG[g.attribution]!) ?? '').split('|').map(norm);
      return parts.filter((p) => norm(p) !== '').every((p) => runs.some((run) => run.includes(norm(p))));
    });
    assert.ok(found, `${what}: ${claim.id} not highlighted in its colour: ${claim.quote}`);
  }
  // Nothing else is highlighted: the highlighted characters are exactly the claims' characters.
  const text = c.articles.find((a) => a.id === claims[0]!.article)!.text;
  const covered = new Set<number>();
  for (const x of claims) for (let i = x.from; i < x.to; i++) if (/\S/.test(text[i]!)) covered.add(i);
  const shown = [...byColour.values()].join('').replace(/[\s|]/g, '');
  assert.equal(shown.length, covered.size, `${what}: highlighted characters`);
}

/** The claims recovered from the bracket marks of the plain form. */
function parseBrackets(text: string): Map<string, string> {
  const got = new Map<string, string>();
  const open: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '⟦') {
      const sp = text.indexOf(' ', i);
      open.push(text.slice(i + 1, sp));
      got.set(text.slice(i + 1, sp), '');
      i = sp + 1;
      continue;
    }
    if (ch === '⟧') {
      // A close names its claim only when another is open too.
      const many = open.length > 1;
      // The longest key that follows: c16a's close must not be taken for c16's.
      const named = many ? [...open].sort((a, b) => b.length - a.length).find((k) => text.startsWith(k, i + 1)) : open[0];
      assert.ok(named !== undefined, `unmatched close at ${i}`);
      open.splice(open.indexOf(named), 1);
      i += 1 + (many ? named.length : 0);
      continue;
    }
    if (ch === '⟨') {
      i = text.indexOf(': ', i) + 2;
      continue;
    }
    if (ch !== '⟩') for (const k of open) got.set(k, got.get(k)! + ch);
    i++;
  }
  assert.deepEqual(open, [], 'every mark closed');
  return got;
}

const unmark = (s: string) => s.replace(/⟦\S+ /g, '').replace(/⟧(c\d+[a-z]?(,c\d+[a-z]?)*)?/g, '').replace(/⟨[a-z-]+: /g, '').replace(/⟩/g, '');

const shipped = loadCorpus(join(ROOT, 'corpus')).corpus;

for (const article of shipped.articles) {
  const claims = shipped.claims.filter((c) => c.article === article.id);
  const keys = claims.map((c) => c.local);
  const expectNotes = (notes: string[], what: string) => {
    for (const c of claims) {
      const mine = notes.filter((n) => n.startsWith(`${c.local} `));
      assert.equal(mine.length, 1, `${what}: one note for ${c.id}`);
      const name = shipped.actors.find((a) => a.id === c.source)!.name;
      assert.ok(mine[0]!.includes(name) && mine[0]!.includes(c.attribution) && mine[0]!.includes(c.type), `${what}: note of ${c.id}: ${mine[0]}`);
    }
    assert.equal(notes.length, claims.length);
  };

  test(`${article.id} at 140 columns, colour: margin notes, every word in order, highlights exact`, () => {
    const r = gloss(['read', article.id, '--color', 'always'], { env: { COLUMNS: '140', TERM: 'xterm-256color' } });
    assert.equal(r.code, 0, r.stderr);
    const { text, notes, rows } = splitMargin(bodyOf(r.stdout), keys, marginColumns(140).text);
    assert.deepEqual(words(strip(text)), words(article.text));
    expectNotes(notes, article.id);
    for (const row of rows) assert.ok(strip(row.text).length <= marginColumns(140).text, `text column too wide: ${strip(row.text)}`);
    checkHighlights(shipped, claims, text, `${article.id} at 140`);
  });

  test(`${article.id} at 80 columns, colour: notes after each paragraph, every word in order, highlights exact`, () => {
    const r = gloss(['read', article.id, '--color', 'always'], { env: { COLUMNS: '80', TERM: 'xterm-256color' } });
    assert.equal(r.code, 0, r.stderr);
    const { text, notes } = splitNotesAfter(bodyOf(r.stdout), keys);
    assert.deepEqual(words(strip(text)), words(article.text));
    expectNotes(notes, article.id);
    for (const line of r.stdout.split('\n')) assert.ok(strip(line).length <= 80, `too wide: ${strip(line)}`);
    checkHighlights(shipped, claims, text, `${article.id} at 80`);
  });

  for (const columns of ['80', '140']) {
    test(`${article.id} piped at ${columns} columns: no colour, brackets exactly on each claim, notes after paragraphs`, () => {
      const r = gloss(['read', article.id], { env: { COLUMNS: columns } });
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /\u001b/);
      const { text, notes } = splitNotesAfter(bodyOf(r.stdout), keys);
      assert.deepEqual(words(unmark(text)), words(article.text));
      expectNotes(notes, article.id);
      const marked = parseBrackets(text);
      for (const c of claims) {
        const key = [...marked.keys()].find((k) => k.split(',').includes(c.local));
        assert.ok(key, `${c.id} is marked`);
        assert.equal(norm(marked.get(key)!), norm(c.quote), c.id);
      }
    });
  }
}

test('NO_COLOR wins over a forced colour: the plain form', () => {
  const r = gloss(['read', 'mackay'], { env: { NO_COLOR: '1', FORCE_COLOR: '1', COLUMNS: '140' } });
  assert.doesNotMatch(r.stdout, /\u001b/);
  assert.match(r.stdout, /⟦c1 MacKay presses/);
});

test('the heading and byline: title, outlet, author, date, what was inferred', () => {
  const r = gloss(['read', 'mackay']);
  const [title, byline] = r.stdout.split('\n\n');
  assert.equal(title, 'MacKay presses Chinese minister on cyberattacks in Beijing meeting');
  assert.equal(byline, 'The Canadian Press (inferred) · no author named · 2013-06-03 (inferred)');
});

test('Markdown-looking text, printf directives, CJK and emoji are shown as printed', () => {
  const r = gloss(['--corpus', fixture('read-markdown'), 'read', 'doc', '--color', 'always'], { env: { COLUMNS: '120', TERM: 'xterm-256color' } });
  assert.equal(r.code, 0, r.stderr);
  const out = strip(r.stdout);
  assert.match(out, /^Ports \*deal\* \[draft\] #1 & `code` <b>%s<\/b>\n/);
  assert.match(out, /The _Fixture_ Times \(inferred\)|The _Fixture_ Times · by A\. \[Writer\] \(inferred\) · 2020-05/);
  const body = norm(strip(splitMargin(bodyOf(r.stdout), ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'], marginColumns(120).text).text));
  for (const s of ['# Ports *deal* [draft] #1: 100%% done_', '_Harbour Accord_', '**not** a [link](http://x.example) and %s %d #hashtag', '港口协议是好的 🚀👍🏽']) {
    assert.ok(body.includes(s), s);
  }
  const plain = gloss(['--corpus', fixture('read-markdown'), 'read', 'doc']).stdout;
  assert.ok(plain.includes('Lee said "⟦c4 ⟦c5 the accord will last⟧c5\nfor years'));
  assert.ok(plain.includes('and years⟧", and ⟦c6,c7 Ruritania agreed⟧.'));
  assert.ok(plain.includes('⟨navigation: Share this:\n\nTwitter | Facebook⟩'));
});

test('control characters in an article never reach the terminal', () => {
  const r = gloss(['--corpus', fixture('hostile-escapes'), 'read', 'doc', '--color', 'always'], { env: { COLUMNS: '140', TERM: 'xterm-256color' } });
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(strip(r.stdout), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.stdout, /␛\[31mRED ALERT␛\[0m/);
});

test('--claim: the paragraph with that claim highlighted, and its full annotation', () => {
  for (const args of [['read', 'mackay', '--claim', 'c4'], ['read', '--claim', 'mackay:c4']]) {
    const r = gloss(args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /“⟦c4 I did lay down markers/);
    assert.doesNotMatch(r.stdout, /⟦c[0-35-9]/);
    assert.match(r.stdout, /^claim +mackay-beijing-2013:c4 \(line \d+, column \d+/m);
    assert.match(r.stdout, /^source +Peter MacKay \(peter-mackay\)$/m);
    assert.match(r.stdout, /^attribution +direct$/m);
    assert.doesNotMatch(r.stdout, /OTTAWA/, 'only the claim\'s paragraph');
  }
  const bad = gloss(['read', 'mackay', '--claim', 'c999']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^gloss: no annotation "mackay-beijing-2013:c999"/);
  assert.equal(gloss(['read', '--claim', 'c4']).code, 2);
  assert.match(gloss(['read', 'collins', '--claim', 'mackay:c4']).stderr, /not in article collins-cyber-deal-2016/);
});

test('--actor: only what that actor claims, and where it is mentioned', () => {
  const r = gloss(['read', 'mackay', '--actor', 'chuck-hagel'], { env: { COLUMNS: '100' } });
  assert.equal(r.code, 0, r.stderr);
  const marked = [...bodyOf(r.stdout, 4).matchAll(/⟦(\S+) /g)].map((m) => m[1]);
  const expected = shipped.claims.filter((c) => c.article === 'mackay-beijing-2013' && (c.source === 'chuck-hagel' || c.via.includes('chuck-hagel'))).map((c) => c.local);
  assert.deepEqual(marked, expected);
  assert.match(r.stdout, /Only Chuck Hagel: \d+ claims?, \d+ mentions?\./);
  const coloured = gloss(['read', 'mackay', '--actor', 'chuck-hagel', '--color', 'always'], { env: { TERM: 'xterm-256color' } }).stdout;
  const underlined = [...bodyOf(coloured, 4).matchAll(/\u001b\[4m([^\u001b]*)/g)].map((m) => m[1]);
  assert.ok(underlined.length > 0 && underlined.every((u) => /Hagel|counterpart|defence|Secretary|U\.S\./.test(u!)), underlined.join(' / '));
  const none = gloss(['read', 'mackay', '--actor', 'mark-collins']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /mark-collins makes no claim and is not mentioned in mackay-beijing-2013/);
});

test('bad ids are one-line errors, exit 2', () => {
  for (const args of [['read', 'nosuch'], ['read'], ['read', 'mackay', '--actor', 'nobody-at-all']]) {
    const r = gloss(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
  }
});

test('piped into head, read mode ends quietly', () => {
  const r = gloss(['read', 'collins']);
  assert.equal(r.code, 0);
  const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const sh = spawnSync('/bin/sh', ['-c', `"${process.execPath}" bin/gloss.js read collins | head -2`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(sh.stderr, '');
  assert.equal(sh.stdout.split('\n').length, 3);
});

test('read --claim and --at name what is wrong with an id: an actor or a passage is no claim, c4 alone needs its article', () => {
  const err = (...args: string[]) => {
    const r = gloss(['read', ...args]);
    assert.equal(r.code, 2, args.join(' '));
    return r.stderr;
  };
  // Before: "--claim needs an article" for an actor and for a passage id that names its article (or an internal error).
  assert.equal(err('--claim', 'peter-mackay'), 'gloss: peter-mackay is an actor, not a claim: --claim takes a claim id (ARTICLE:c4, or c4 after the article)\n');
  assert.match(err('--claim', 'mackay-beijing-2013@2225'), /^gloss: mackay-beijing-2013@2225 is a passage, not a claim: /);
  // Before: "is a article".
  assert.equal(err('--claim', 'urn:gloss:article:mackay-beijing-2013'), 'gloss: mackay-beijing-2013 is an article, not a claim\n');
  // Before: 'no id "c4"', where @2225 already said it needs an article.
  assert.equal(err('--at', 'c4'), 'gloss: --at c4 needs an article: gloss read ARTICLE --at c4, or --at ARTICLE:c4\n');
  assert.equal(gloss(['read', 'mackay', '--at', 'c4', '--no-pager']).code, 0);
});
