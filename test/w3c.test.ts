// gloss export --format w3c: a Web Annotation collection whose every selector anchors exactly:
// each TextPositionSelector slice (code points) is its TextQuoteSelector's exact, with prefix and suffix beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, gloss, sliceCodePoints } from './helpers.js';

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
interface Annotation { '@context'?: string; id: string; type: string; motivation: string; body: { type: string; purpose?: string; value?: string; source?: string }[]; target: { source: string; selector: Selector[] } }

for (const corpus of [null, fixture('mini')]) {
  const args = corpus ? ['--corpus', corpus] : [];
  test(`${corpus ? 'mini (emoji)' : 'shipped'}: every annotation anchors by position and by quote`, () => {
    const doc = JSON.parse(gloss([...args, 'export', '--format', 'json']).stdout);
    const texts = new Map<string, string>(doc.articles.map((a: { id: string; text: string }) => [`urn:gloss:article:${a.id}`, a.text]));
    const w3c = JSON.parse(gloss([...args, 'export', '--format', 'w3c']).stdout);
    assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w3c.type, 'AnnotationCollection');
    const items = w3c.first.items as Annotation[];
    assert.equal(w3c.total, items.length);
    assert.equal(items.length, doc.claims.length + doc.mentions.length + doc.regions.length);
    assert.equal(new Set(items.map((a) => a.id)).size, items.length, 'ids are unique');
    for (const a of items) {
      assert.equal(a.type, 'Annotation');
      assert.match(a.id, /^urn:gloss:annotation:[a-z0-9-]+:[a-z0-9-]+$/);
      const text = texts.get(a.target.source);
      assert.ok(text !== undefined, a.target.source);
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.ok(Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start! >= 0 && pos.start! <= pos.end!);
      assert.equal(sliceCodePoints(text, pos.start!, pos.end!), quote.exact, a.id);
      assert.equal(sliceCodePoints(text, pos.start! - [...quote.prefix!].length, pos.start!), quote.prefix, a.id);
      assert.equal(sliceCodePoints(text, pos.end!, pos.end! + [...quote.suffix!].length), quote.suffix, a.id);
      assert.ok(a.body.length > 0);
    }
  });
}

test('a claim carries its source, attribution, type and about; ids are stable across runs', () => {
  const once = gloss(['export', '--format', 'w3c']).stdout;
  assert.equal(gloss(['export', '--format', 'w3c']).stdout, once);
  const items = JSON.parse(once).first.items as Annotation[];
  const c4 = items.find((a) => a.id === 'urn:gloss:annotation:mackay-beijing-2013:c4')!;
  assert.equal(c4.motivation, 'describing');
  const tags = c4.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  assert.deepEqual(tags, ['attribution:direct', 'type:assertion', 'source:peter-mackay', 'via:1:the-canadian-press', 'about:peter-mackay', 'about:chang-wanquan', 'about:canada']);
  assert.ok(c4.body.some((b) => b.type === 'SpecificResource' && b.source === 'urn:gloss:actor:peter-mackay'));
  const mention = items.find((a) => a.motivation === 'identifying')!;
  assert.match(mention.body[0]!.source!, /^urn:gloss:(actor|agreement):/);
  assert.ok(items.some((a) => a.motivation === 'classifying' && a.body[0]!.value === 'region:caption'));
});
