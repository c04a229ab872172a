// A name several registered actors share (src/draft/shared-names.ts): for any small text and any hits,
// the actors it keeps and the hits it leaves to the annotator are those of the rule as its comments
// state it, a filter over every printing for each hit; and, through the CLI, articles printing a place
// or a person's full name 150,000 times are drafted. Each printing of a shared name used to spread every
// printing before it (or every one at all, for a full name) into one call's arguments, on the stack:
// past some 125,000 on V8's default stack, "Maximum call stack size exceeded" (exit 2, "internal
// error"), at the first printing of the shared name after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { resolveShared } from '../src/draft/shared-names.js';
import type { NameHit } from '../src/draft/names.js';
import type { ActorInput } from '../src/schema.js';
import { BIN, scratch } from './helpers.js';

type Person = Pick<ActorInput, 'id' | 'name' | 'role'>;

/** The rule as the comments of shared-names.ts state it, each printing found by a filter over all of them. */
function byFilters(text: string, hits: readonly NameHit[], persons: readonly Person[]): { kept: NameHit[]; ambiguous: [NameHit, string[]][] } {
  const printedAt = (t: string, words: string) =>
    [...t.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
  const placeOf = (id: string, name: string) => {
    const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    const place = slug && id.endsWith(`-${slug}`) ? id.slice(0, -slug.length - 1).replace(/-/g, ' ') : '';
    return place.length >= 3 ? place : undefined;
  };
  const anchors = (surname: string, p: Person | undefined) =>
    p === undefined
      ? []
      : [
          ...(p.name === surname ? [] : printedAt(text, p.name)),
          ...(p.role ?? '').split(';').map((r) => r.trim()).filter((r) => /^\p{Lu}/u.test(r)).flatMap((r) => printedAt(text, `${r} ${surname}`).map((a) => a + r.length + 1)),
        ];
  const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -1);
  const ambiguous: [NameHit, string[]][] = [];
  const drop = new Set<NameHit>();
  const registered = hits.filter((h) => h.named.actor !== undefined && !h.named.proposed);
  for (const key of new Set(registered.map((h) => `${h.from}:${h.to}`))) {
    const group = registered.filter((h) => `${h.from}:${h.to}` === key);
    const ids = [...new Set(group.map((h) => h.named.actor!))];
    if (ids.length < 2) continue;
    const { from: at, to } = group[0]!;
    const places = group.map((h) => {
      const place = placeOf(h.named.actor!, h.named.name);
      const where = place === undefined ? [] : printedAt(text.toLowerCase(), place).filter((p) => p < at || p >= to);
      return { h, before: max(where.filter((p) => p < at)), anywhere: where.length > 0 };
    });
    let chosen: typeof places;
    if (places.every((p) => p.h.named.type === 'person')) {
      const named = places.map((p) => ({ p, last: max(anchors(p.h.named.name, persons.find((x) => x.id === p.h.named.actor)).filter((a) => a <= at)) }));
      const last = max(named.map((n) => n.last));
      const by = named.filter((n) => n.last === last);
      chosen = last >= 0 && by.length === 1 ? [by[0]!.p] : [];
    } else {
      const latest = max(places.map((p) => p.before));
      chosen = latest >= 0 ? places.filter((p) => p.before === latest) : places.filter((p) => p.anywhere);
      if (chosen.length !== 1) chosen = [];
    }
    for (const p of places) if (p !== chosen[0]) drop.add(p.h);
    if (chosen.length === 0) ambiguous.push([group[0]!, ids]);
  }
  return { kept: hits.filter((h) => !drop.has(h)), ambiguous };
}

const PERSONS: Person[] = [
  { id: 'wagner', name: 'Wagner', role: 'Mayor' },
  { id: 'donald-wagner', name: 'Donald C. Wagner', role: 'Managing Director; chairman' },
  { id: 'anna-wagner', name: 'Anna Wagner' },
];
/** Who may share a name: police forces by their place ("ba" too short to be one), and people by a surname. */
const SHARERS: { actor: string; name: string; type: ActorInput['type'] }[] = [
  { actor: 'anne-arundel-police', name: 'police', type: 'unnamed-source' },
  { actor: 'baltimore-police', name: 'police', type: 'unnamed-source' },
  { actor: 'ba-police', name: 'police', type: 'unnamed-source' },
  ...PERSONS.map((p) => ({ actor: p.id, name: 'Wagner', type: 'person' as const })),
];
const WORDS = ['police', 'Police', 'Baltimore', 'baltimore', 'Anne Arundel', 'anne-Arundel', 'ba', 'Wagner', 'Mayor Wagner', 'Donald C. Wagner', 'Managing Director Wagner', 'Anna Wagner', 'x'];

test('for any text and any hits on it, the actors kept and the names left to the annotator are those of a filter over every printing', () => {
  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '. ', '\n\n', '-')), { maxLength: 40 }).map((ws) => ws.flat().join(''));
  // A group at or next to a word's start (the nth, moved by nudge), or anywhere (from): a printing
  // starts on a word, and one character either side of it is where a comparison would be off by one.
  const group = fc.record({
    from: fc.nat({ max: 400 }),
    nth: fc.option(fc.nat(), { nil: undefined }),
    nudge: fc.integer({ min: -1, max: 1 }),
    width: fc.integer({ min: 1, max: 30 }),
    sharers: fc.uniqueArray(fc.nat({ max: SHARERS.length - 1 }), { minLength: 1, maxLength: 4 }),
    proposed: fc.boolean(),
  });
  fc.assert(
    fc.property(text, fc.array(group, { maxLength: 12 }), (t, groups) => {
      const starts = [...t.matchAll(/(?<!\p{L})\p{L}/gu)].map((m) => m.index);
      const hits: NameHit[] = groups.flatMap((g) =>
        g.sharers.map((i) => {
          const s = SHARERS[i]!;
          const from = g.nth === undefined || starts.length === 0 ? g.from : Math.max(0, starts[g.nth % starts.length]! + g.nudge);
          return { from, to: from + g.width, named: { name: s.name, actor: s.actor, type: s.type, ...(g.proposed && i === 0 ? { proposed: true } : {}) } };
        }),
      );
      const ambiguous: [NameHit, string[]][] = [];
      const kept = resolveShared(t, hits, (h, ids) => ambiguous.push([h, ids]), PERSONS);
      const expected = byFilters(t, hits, PERSONS);
      assert.equal(kept.length, expected.kept.length);
      assert.ok(kept.every((h, i) => h === expected.kept[i]), 'the same hits, in order');
      assert.deepEqual(ambiguous, expected.ambiguous);
    }),
    { numRuns: 1000 },
  );
});

/** A corpus of one article, story, with this text and registry; gloss draft's run on it. */
function draftOf(t: { after: (fn: () => void) => void }, text: string, registry: string, annotations = 'mentions: []\nclaims: []\n') {
  const dir = scratch('gloss-shared-names-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'registry.yaml'), registry);
  writeFileSync(join(dir, 'articles', 'story.txt'), text);
  const sha = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(dir, 'articles', 'story.yaml'), `id: story\ntitle: "Story"\noutlet: "Test Gazette"\nauthor: null\ndate: "2024-05-14"\nsha256: ${sha}\n${annotations}`);
  const r = spawnSync(process.execPath, [BIN, '--corpus', dir, 'draft', 'story'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28, env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  assert.equal(r.status, 0, r.signal ?? r.stderr.slice(0, 2000));
  assert.equal(r.stderr, '');
  return parse(r.stdout) as { mentions: { quote: string; actor: string }[]; nonMentions?: { quote: string; reason: string }[] };
}

/** `sentence` `n` times, five to a paragraph. */
const paragraphs = (sentence: string, n: number) => Array.from({ length: n / 5 }, () => Array(5).fill(sentence).join(' ')).join('\n\n');

const POLICE = `actors:
  - id: anne-arundel-police
    name: police
    type: unnamed-source
  - id: baltimore-police
    name: police
    type: unnamed-source
agreements: []
`;

test('"police" of two forces after 150,000 printings of one\'s place: each printing the force whose place is printed last before it', { timeout: 120_000 }, (t) => {
  const text = [
    'Fire and theft',
    'Police were called twice.',
    'A fire burned in Anne Arundel, police said.',
    paragraphs('Baltimore was calm.', 150_000),
    paragraphs('Police said so.', 2_000),
    'In Anne Arundel, police came.',
  ].join('\n\n') + '\n';
  const draft = draftOf(t, text, POLICE);
  assert.deepEqual(draft.mentions.map((m) => m.actor), ['anne-arundel-police', ...Array(2_000).fill('baltimore-police'), 'anne-arundel-police']);
  assert.ok(draft.mentions.every((m) => m.quote.toLowerCase() === 'police'));
  // Before any place is printed, either force may be meant: the annotator chooses.
  assert.deepEqual(draft.nonMentions?.map((n) => [n.quote, n.reason]), [['Police', 'a name shared by anne-arundel-police, baltimore-police: which is meant is not shown']]);
});

const WAGNERS = `actors:
  - id: wagner
    name: Wagner
    type: person
    role: Mayor
  - id: donald-wagner
    name: Donald C. Wagner
    type: person
    role: Managing Director
    aliases: [Wagner]
agreements: []
`;

// The full name's 150,000 printings are in a navigation region, where no mention is drafted (as many
// mentions would take the draft some 15 s); they are printings of the name all the same, all after the
// surnames, so none of them counts for these.
test('"Wagner" of two people, one\'s full name printed 150,000 times after: each printing the one printed last before it by full name or after a role', { timeout: 120_000 }, (t) => {
  const related = Array.from({ length: 30_000 }, () => Array(5).fill('Donald C. Wagner').join(' | ')).join('\n');
  const text = [
    'City and port',
    'Mayor Wagner spoke first.',
    paragraphs('Wagner said so.', 500),
    'Managing Director Donald C. Wagner replied. Wagner was brief.',
    `Related:\n${related}\nEnd of related.`,
  ].join('\n\n') + '\n';
  const region = 'regions:\n  - id: related\n    kind: navigation\n    quote: "Related:"\n    through: "End of related."\n';
  const draft = draftOf(t, text, WAGNERS, `${region}mentions: []\nclaims: []\n`);
  assert.deepEqual(
    draft.mentions.map((m) => [m.quote, m.actor]),
    [['Mayor Wagner', 'wagner'], ...Array(500).fill(['Wagner', 'wagner']), ['Managing Director Donald C. Wagner', 'donald-wagner'], ['Wagner', 'donald-wagner']],
  );
  assert.equal(draft.nonMentions, undefined);
});
