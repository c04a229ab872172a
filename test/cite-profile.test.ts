// gloss cite and the actor/agreement profiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gloss } from './helpers.js';
import { bibtexEscape, bibtexKey, sentence } from '../src/output/citation.js';

test('cite: plain names the speaker, the words, the article, and what was inferred', () => {
  const r = gloss(['cite', 'mackay:c4']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Peter MacKay, Defence Minister.* \(“said”, quoted directly\): “I did lay down markers/);
  assert.match(r.stdout, /— “MacKay presses Chinese minister on cyberattacks in Beijing meeting”, The Canadian Press \(outlet inferred\), no author named, 2013-06-03 \(date inferred\)/);
  assert.match(r.stdout, /\[gloss mackay-beijing-2013:c4, line 7\]\n$/);
});

test('cite: a second-hand claim says who reported it; markdown escapes and italicises the title', () => {
  const md = gloss(['cite', 'mackay:c17', '--style', 'markdown']).stdout;
  assert.match(md, /^\*\*Chang Wanquan\*\*.*, paraphrased: his country has also been the victim of hackers\n$/);
  assert.match(md, /as reported by Peter MacKay, relayed by The Canadian Press \(“noted”, reported second-hand\)/);
  assert.match(md, /in \*MacKay presses Chinese minister on cyberattacks in Beijing meeting\*/);
});

test('cite: bibtex is an entry with escaped specials; json has the fields', () => {
  const bib = gloss(['cite', 'collins:c22', '--style', 'bibtex']).stdout;
  assert.match(bib, /^@misc\{collins-cyber-deal-2016:c22,\n {2}author = \{Mark Collins\},\n {2}title = \{Can Canada Reach a Real Cyber Deal With China\?\},/);
  assert.match(bib, /month = sep,/);
  assert.equal(bibtexEscape('100% & #1_a {x} ~^\\'), '100\\% \\& \\#1\\_a \\textbraceleft{}x\\textbraceright{} \\~{}\\^{}\\textbackslash{}');
  // A line end, LF or CRLF, and the blanks around it are one space, as BibTeX reads them; a lone CR is left to inert.
  assert.equal(bibtexEscape('involved.”\r\n\r\nCritics said\nit \n\n went\rdown'), 'involved.” Critics said it went\rdown');
  const j = JSON.parse(gloss(['cite', 'et:c13', '--json']).stdout);
  assert.deepEqual([j.speaker, j.attribution, j.article.id, j.article.inferred], ['an official', 'direct', 'et-cyber-deal-2017', ['date', 'outlet']]);
  // One claim asked for twice (by a prefix and by its id) is one entry: bibtex refuses a key twice.
  const twice = gloss(['cite', 'collins:c22', 'collins-cyber-deal-2016:c22', 'et:c13', '--style', 'bibtex']);
  assert.equal(twice.code, 0, twice.stderr);
  assert.deepEqual([...twice.stdout.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]), ['collins-cyber-deal-2016:c22', 'et-cyber-deal-2017:c13']);
});

test('bibtexKey: the id as it is; any other character by its bytes, so two ids never share a key', () => {
  assert.equal(bibtexKey('harbour-talks:c1'), 'harbour-talks:c1');
  assert.notEqual(bibtexKey('harbour-talks:c1'), bibtexKey('harbour:talks-c1'));
  // BibTeX compares keys without case, and "." is the escape: neither is kept.
  assert.deepEqual(['a:B', 'a:b', 'a.2e', 'a.', 'a é'].map(bibtexKey), ['a:.42', 'a:b', 'a.2E2e', 'a.2E', 'a.20.C3.A9']);
});

test('cite --style bibtex: the note ends the words with one full stop, not a second after a quotation that has one', () => {
  // collins:c9 is “A similar agreement is a possible outcome.” (direct); c10 the writer's words, with no stop of their own.
  const bib = gloss(['cite', 'collins:c9', 'collins:c10', '--style', 'bibtex']);
  assert.equal(bib.code, 0, bib.stderr);
  const notes = [...bib.stdout.matchAll(/^ {2}note = \{(.*)\}$/gm)].map((m) => m[1]);
  // Before: "… a possible outcome.”. gloss collins-cyber-deal-2016:c9."
  assert.deepEqual(notes, [
    'Scott Bardsley, a spokesman for Public Safety Minister Ralph Goodale, as reported by Colin Freeze, relayed by Mark Collins (“said”, quoted directly): “A similar agreement is a possible outcome.” Inferred, not printed: date, outlet. gloss collins-cyber-deal-2016:c9.',
    'Colin Freeze, reporter, as reported by Mark Collins (the writer\'s own assertion): “Such a dialogue has profound implications for Canada’s business community”. Inferred, not printed: date, outlet. gloss collins-cyber-deal-2016:c10.',
  ]);
  assert.equal(sentence('“Who?”'), '“Who?”');
  assert.equal(sentence('it was rushed'), 'it was rushed.');
});

test('cite refuses what is not a claim', () => {
  const r = gloss(['cite', 'peter-mackay']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /is an actor; gloss cite takes a claim id/);
  // Before: "is a agreement".
  for (const [id, kind] of [['canada-china-cyber', 'an agreement'], ['mackay-beijing-2013', 'an article']]) {
    const other = gloss(['cite', id!]);
    assert.equal(other.code, 2);
    assert.match(other.stderr, new RegExp(`is ${kind}; gloss cite takes a claim id`));
  }
});

test('actor profile: mentions per article, claims made and about', () => {
  const p = JSON.parse(gloss(['actor', 'peter-m', '--json']).stdout);
  assert.equal(p.id, 'peter-mackay');
  assert.deepEqual(Object.keys(p.mentions), ['mackay-beijing-2013']);
  assert.ok(p.claimsMade.length >= 10 && p.claimsMade.every((c: { source: string }) => c.source === 'peter-mackay'));
  // What he relays is listed apart: Chang Wanquan's view, reported by MacKay.
  assert.deepEqual(p.claimsRelayed.map((c: { id: string }) => c.id), ['mackay-beijing-2013:c17']);
  assert.ok(p.claimsAbout.every((c: { about: string[] }) => c.about.includes('peter-mackay')));
  const human = gloss(['actor', 'peter-mackay']).stdout;
  assert.match(human, /^Peter MacKay {2}peter-mackay · person\nrole: Defence Minister/);
  // Every section gives the short ids the others do (before: "Claims relayed" gave mackay-beijing-2013:c17).
  const relayed = human.slice(human.indexOf('Claims relayed'), human.indexOf('Claims about'));
  assert.match(relayed, /\bmackay:c17\b/);
  assert.doesNotMatch(relayed, /mackay-beijing-2013:c17/);
});

test('agreement profile: status history in date order and a timeline of claims across articles', () => {
  const p = JSON.parse(gloss(['agreement', 'canada-china-cyber', '--json']).stdout);
  assert.deepEqual(p.history.map((h: { date: string; status: string; source: string }) => [h.date, h.status, h.source]), [
    ['2016-09', 'under-discussion', 'colin-freeze'], ['2017-06', 'concluded', 'government-of-canada'], ['2017-06', 'signed', 'e-and-t'],
  ]);
  assert.deepEqual(p.parties.map((x: { name: string }) => x.name), ['Canada', 'China']);
  const dates = p.timeline.map((c: { date: string }) => c.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(new Set(p.timeline.map((c: { article: string }) => c.article)).size === 2);
  assert.match(gloss(['agreement', 'canada-china-cyber']).stdout, /Status history\n {2}2016-09 {2}under-discussion +collins-cyber-deal-2016 \(colin-freeze\)\n {2}2017-06 {2}concluded +et-cyber-deal-2017 \(government-of-canada\)\n {2}2017-06 {2}signed +et-cyber-deal-2017 \(e-and-t\)/);
});
