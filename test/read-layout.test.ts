// Read mode's layout as data: nothing of the text lost or reordered, every claim's pieces exactly its
// quote, lines within the width, margin notes never overlapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCorpus } from '../src/corpus/load.js';
import { loadWidth } from '../src/output/width.js';
import { layoutArticle, paragraphsOf, type Paragraph, type Piece } from '../src/read/layout.js';
import { notesBottom, placeNotes } from '../src/read/margin.js';
import { marginColumns } from '../src/read/render-terminal.js';
import { spansFor } from '../src/read/view.js';
import { fixture, ROOT } from './helpers.js';

await loadWidth();

const corpora = [join(ROOT, 'corpus'), fixture('mini'), fixture('read-markdown')];

/** Every source character a paragraph shows or consumed at a break, in reading order. */
const sourcePieces = (p: Paragraph): Piece[] => p.lines.flatMap((l) => [...l.pieces, ...l.consumed]).filter((x) => !x.mark);

for (const dir of corpora) {
  const { corpus } = loadCorpus(dir);
  for (const article of corpus.articles) {
    for (const width of [80, marginColumns(140).text, 23]) {
      for (const brackets of [false, true]) {
        const what = `${article.id} at ${width} columns${brackets ? ', brackets' : ''}`;
        const { claims, spans } = spansFor(corpus, { article: article.id });
        const paras = layoutArticle(article.text, spans, { width, brackets });

        test(`${what}: every character is there, once, in order`, () => {
          assert.deepEqual(paras.map((p) => ({ from: p.from, to: p.to })), paragraphsOf(article.text));
          for (const p of paras) {
            let at = p.from;
            for (const piece of sourcePieces(p)) {
              assert.equal(piece.from, at, `${what}: gap or reorder at ${at}`);
              assert.equal(piece.raw, article.text.slice(piece.from, piece.to));
              at = piece.to;
            }
            assert.equal(at, p.to);
          }
          // Between paragraphs there is only whitespace.
          const between = paras.slice(1).map((p, i) => article.text.slice(paras[i]!.to, p.from));
          for (const gap of between) assert.match(gap, /^\s*$/);
        });

        test(`${what}: no line is wider than the column`, () => {
          for (const l of paras.flatMap((p) => p.lines)) {
            assert.equal(l.width, l.pieces.reduce((n, x) => n + x.width, 0));
            assert.ok(l.width <= width, `${l.width} > ${width}: ${l.pieces.map((x) => x.text).join('')}`);
          }
        });

        test(`${what}: each claim's pieces are exactly its quote, and its note starts once`, () => {
          const all = paras.flatMap(sourcePieces);
          const starts = paras.flatMap((p) => p.starts.map((s) => s.key));
          for (const c of claims) {
            const mine = all.filter((x) => x.claims.includes(c.local));
            assert.equal(mine[0]?.from, c.from, c.id);
            assert.equal(mine[mine.length - 1]?.to, c.to, c.id);
            let rebuilt = mine[0]!.raw;
            for (let i = 1; i < mine.length; i++) {
              const gap = article.text.slice(mine[i - 1]!.to, mine[i]!.from);
              assert.match(gap, /^\s*$/, `${c.id}: only a paragraph break may interrupt a claim`);
              rebuilt += gap + mine[i]!.raw;
            }
            assert.equal(rebuilt, c.quote, c.id);
            assert.equal(starts.filter((k) => k === c.local).length, 1, `${c.id} has one note`);
          }
        });
      }
    }
  }
}

test('a claim across a paragraph break is shown in both paragraphs, its note in the first', () => {
  const { corpus } = loadCorpus(fixture('read-markdown'));
  const { spans } = spansFor(corpus, { article: 'doc-2020' });
  const paras = layoutArticle(corpus.articles[0]!.text, spans, { width: 80, brackets: true });
  const text = (p: Paragraph) => p.lines.map((l) => l.pieces.map((x) => x.text).join('')).join('\n');
  assert.equal(text(paras[3]!), 'Lee said "⟦c4 ⟦c5 the accord will last⟧c5\nfor years');
  assert.equal(text(paras[4]!), 'and years⟧", and ⟦c6,c7 Ruritania agreed⟧.');
  assert.deepEqual(paras[3]!.starts.map((s) => s.key), ['c4', 'c5']);
  assert.equal(text(paras[5]!), '⟨navigation: Share this:');
  assert.equal(text(paras[6]!), 'Twitter | Facebook⟩');
});

test('wide characters count two columns; a word wider than the line is cut between graphemes', () => {
  const text = '港口协议是好的 🚀👍🏽 end';
  const [p] = layoutArticle(text, { claims: [], mentions: [], regions: [] }, { width: 6, brackets: false });
  const lines = p!.lines.map((l) => l.pieces.map((x) => x.text).join(''));
  assert.deepEqual(lines, ['港口协', '议是好', '的', '🚀👍🏽', 'end']);
});

test('control characters become visible notation inside the piece that holds them', () => {
  const text = 'a \u001b[31mred\u001b[0m b';
  const [p] = layoutArticle(text, { claims: [{ key: 'c1', from: 2, to: text.length - 2 }], mentions: [], regions: [] }, { width: 80, brackets: false });
  const shown = p!.lines[0]!.pieces.map((x) => x.text).join('');
  assert.equal(shown, 'a ␛[31mred␛[0m b');
  assert.doesNotMatch(shown, /\u001b/);
});

test('margin notes: level with their claim unless pushed down, never overlapping, in order', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ wanted: fc.nat(60), height: fc.integer({ min: 1, max: 6 }) })), (raw) => {
      const notes = [...raw].sort((a, b) => a.wanted - b.wanted);
      const tops = placeNotes(notes);
      notes.forEach((n, i) => {
        assert.ok(tops[i]! >= n.wanted);
        if (i > 0) {
          const prevBottom = tops[i - 1]! + notes[i - 1]!.height;
          assert.ok(tops[i]! >= prevBottom, 'overlap');
          assert.ok(tops[i] === n.wanted || tops[i] === prevBottom, 'pushed further than needed');
        } else assert.equal(tops[0], n.wanted);
      });
      assert.equal(notesBottom(notes, tops), notes.length === 0 ? 0 : tops[tops.length - 1]! + notes[notes.length - 1]!.height);
    }),
  );
});
