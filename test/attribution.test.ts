// Who holds each stance (issue 17): the audit's corrected claims, attribution chains in every output,
// unspecified sources, and one agent per state and government. Real CLI runs on the shipped corpus
// and on small fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, gloss, scratch } from './helpers.js';
import { agentlessCue, agentlessCueIn, agentlessInSpan } from '../src/corpus/agentless.js';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

interface ClaimRecord {
  id: string; quote: string; source: string; reportedBy: string | null; cue: string | null; attribution: string; type: string; about: string[]; via: string[];
}
const json = <T>(args: string[]): T => {
  const r = gloss(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};
const claims = json<ClaimRecord[]>(['claims', '--json']);
const byId = new Map(claims.map((c) => [c.id, c]));
const ids = (args: string[]) => json<ClaimRecord[]>(['claims', ...args, '--json']).map((c) => c.id);

const CP = 'the-canadian-press';
const GLOBE = ['mark-collins', 'colin-freeze'];
const U = 'unspecified-source';
// [id, exact quote, source, cue, attribution, type, via]: the audit's instances as corrected.
const corrected: [string, string, string, string | null, string, string, string[]][] = [
  ['collins-cyber-deal-2016:c20', 'Dragon Ceasing Commercial Cyber Spookery', 'us-director-of-national-intelligence', 'Dubious about', 'indirect', 'assessment', ['mark-collins']],
  ['collins-cyber-deal-2016:c38', 'Threat to Encryption', 'canadian-sigint-chief', 'Warns of', 'indirect', 'prediction', ['mark-collins']],
  ['collins-cyber-deal-2016:c38a', 'Quantum Computing Coming', 'mark-collins', null, 'author', 'prediction', []],
  ['collins-cyber-deal-2016:c13', 'Dragon Hack Attack on Canadian Government Research', U, 'Report', 'indirect', 'allegation', ['mark-collins']],
  ['collins-cyber-deal-2016:c11', 'Chinese government hackers are frequently seen as adversaries with a voracious appetite for corporate intellectual property as well as state secrets', U, 'are frequently seen as', 'indirect', 'allegation', GLOBE],
  ['collins-cyber-deal-2016:c14', 'the former telecom giant Nortel Networks', U, 'allegedly', 'indirect', 'allegation', GLOBE],
  ['collins-cyber-deal-2016:c23a', 'Ottawa’s “cyber foreign policy co-ordinator,”', U, 'Billed as', 'indirect', 'assertion', GLOBE],
  ['collins-cyber-deal-2016:c34', 'him of helping PLA-affiliated hackers target aviation companies', 'government-of-the-united-states', 'accusing', 'indirect', 'allegation', GLOBE],
  ['mackay-beijing-2013:c15', 'cybersecurity is expected to be the major topic', U, 'is expected', 'indirect', 'prediction', [CP]],
  ['mackay-beijing-2013:c19', 'his message was received with an “open ear”', 'peter-mackay', 'said', 'indirect', 'assertion', [CP]],
  ['mackay-beijing-2013:c19a', 'frank talks', U, 'was described as', 'indirect', 'assessment', [CP]],
  ['mackay-beijing-2013:c16a', 'the Chinese government is participating in the hacking', U, 'the view that', 'indirect', 'allegation', [CP]],
  ['et-cyber-deal-2017:c3', 'to no longer commit state-sponsored cyber attacks aimed at extracting trade secrets or confidential business information', 'government-of-canada', 'have vowed', 'indirect', 'commitment', ['e-and-t']],
  ['et-cyber-deal-2017:c4', 'to no longer commit state-sponsored cyber attacks aimed at extracting trade secrets or confidential business information', 'government-of-china', 'have vowed', 'indirect', 'commitment', ['e-and-t']],
  ['et-cyber-deal-2017:c8', 'the Chinese government of having sponsored cyber attacks on foreign companies in order to acquire “sensitive” foreign technologies', 'some-countries', 'have accused', 'indirect', 'allegation', ['e-and-t']],
  ['et-cyber-deal-2017:c8a', 'the Chinese government of having sponsored cyber attacks on foreign companies in order to acquire “sensitive” foreign technologies', 'government-of-the-united-states', 'have accused', 'indirect', 'allegation', ['e-and-t']],
];
for (const [id, quote, source, cue, attribution, type, via] of corrected) {
  test(`corrected stance ${id}: ${source} via ${via.join(' › ') || 'none'}, “${cue ?? ''}”, ${attribution} ${type}`, () => {
    const c = byId.get(id);
    assert.ok(c, `no claim ${id}`);
    assert.deepEqual([c.quote, c.source, c.cue, c.attribution, c.type, c.via, c.reportedBy], [quote, source, cue, attribution, type, via, via.at(-1) ?? null]);
  });
}

test('the joint vow is about the other party; Beijing’s denial is about both accusers', () => {
  assert.deepEqual(byId.get('et-cyber-deal-2017:c3')!.about, ['canada-china-cyber-agreement', 'china']);
  assert.deepEqual(byId.get('et-cyber-deal-2017:c4')!.about, ['canada-china-cyber-agreement', 'canada']);
  assert.deepEqual(byId.get('et-cyber-deal-2017:c9')!.about, ['some-countries', 'government-of-the-united-states', 'government-of-china']);
});

test('no shipped claim is held or relayed by a state, and every agentless cue has an unspecified source', () => {
  const states = new Set(json<{ id: string }[]>(['actors', '--type', 'state', '--json']).map((a) => a.id));
  assert.ok(states.has('china') && states.has('united-states'));
  for (const c of claims) assert.ok(![c.source, ...c.via].some((x) => states.has(x)), c.id);
  const unspecified = claims.filter((c) => c.source === U);
  assert.deepEqual(unspecified.map((c) => c.id).sort(), [
    'collins-cyber-deal-2016:c11', 'collins-cyber-deal-2016:c13', 'collins-cyber-deal-2016:c14', 'collins-cyber-deal-2016:c23a',
    'mackay-beijing-2013:c15', 'mackay-beijing-2013:c16a', 'mackay-beijing-2013:c19a',
  ]);
  for (const c of unspecified) assert.ok(c.cue && c.via.length > 0 && c.attribution !== 'author', c.id);
});

test('claims --via: what reaches the reader through an actor; --any-link adds it to --actor', () => {
  assert.deepEqual(ids(['--via', 'peter-mackay']), ['mackay-beijing-2013:c17']);
  const throughFreeze = ids(['--via', 'colin-freeze']);
  assert.ok(throughFreeze.includes('collins-cyber-deal-2016:c8') && throughFreeze.includes('collins-cyber-deal-2016:c14'));
  assert.deepEqual(throughFreeze, claims.filter((c) => c.via.includes('colin-freeze')).map((c) => c.id));
  assert.deepEqual(ids(['--actor', 'peter-mackay']), claims.filter((c) => c.source === 'peter-mackay').map((c) => c.id));
  assert.deepEqual(ids(['--actor', 'peter-mackay', '--any-link']), claims.filter((c) => c.source === 'peter-mackay' || c.via.includes('peter-mackay')).map((c) => c.id));
  assert.ok(ids(['--actor', 'colin-freeze', '--any-link']).length > ids(['--actor', 'colin-freeze']).length);
});

test('one agent: claims --actor government-of-china finds China’s vow and Beijing’s denial; --actor china finds the same', () => {
  const gov = ids(['--actor', 'government-of-china']);
  assert.ok(gov.includes('et-cyber-deal-2017:c4') && gov.includes('et-cyber-deal-2017:c9'), gov.join(' '));
  assert.deepEqual(ids(['--actor', 'china']), gov);
  const china = json<{ id: string; claimsMade: number; claimsAbout: number }[]>(['actors', '--json']).find((a) => a.id === 'china')!;
  assert.deepEqual([china.claimsMade, china.claimsAbout], [gov.length, ids(['--about', 'china']).length]);
  // --about follows the link too: claims about the state are about its government.
  const about = ids(['--about', 'government-of-china']);
  assert.ok(about.includes('et-cyber-deal-2017:c3') && about.includes('mackay-beijing-2013:c25'), 'c3 is about china, c25 about china');
});

const link = (...args: string[]) => gloss(['--corpus', fixture('agent-link'), ...args]);
const linkIds = (...args: string[]) => {
  const r = link(...args, '--json');
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
};

test('one agent: a query for a government finds what the text attributes to its state (fixture)', () => {
  // c2 is given to the state ruritania ("Ruritania vowed"), c1 to its government.
  assert.deepEqual(linkIds('claims', '--actor', 'government-of-ruritania'), ['harbour-2021:c1', 'harbour-2021:c2']);
  assert.deepEqual(linkIds('claims', '--actor', 'ruritania'), ['harbour-2021:c1', 'harbour-2021:c2']);
  assert.equal(linkIds('mentions', '--actor', 'government-of-ruritania').length, 2);
  const profile = JSON.parse(link('actor', 'government-of-ruritania', '--json').stdout);
  assert.deepEqual(profile.claimsMade.map((c: { id: string }) => c.id), ['harbour-2021:c1', 'harbour-2021:c2']);
  assert.deepEqual(linkIds('actors', '--type', 'government'), ['government-of-ruritania']);
  // The actors listing counts the agent, as the queries find it.
  const rows = JSON.parse(link('actors', '--json').stdout) as { id: string; claimsMade: number; mentions: number }[];
  for (const id of ['ruritania', 'government-of-ruritania']) {
    assert.deepEqual(rows.filter((a) => a.id === id).map((a) => [a.claimsMade, a.mentions]), [[2, 2]], id);
  }
  assert.equal(JSON.parse(link('actors', '--type', 'government', '--json').stdout)[0].governs, 'ruritania');
  assert.deepEqual(linkIds('claims', '--via', 'fixture-times'), ['harbour-2021:c1', 'harbour-2021:c2']);
  assert.deepEqual(linkIds('claims', '--actor', 'fixture-times'), ['harbour-2021:c3']);
  assert.deepEqual(linkIds('claims', '--actor', 'fixture-times', '--any-link'), ['harbour-2021:c1', 'harbour-2021:c2', 'harbour-2021:c3']);
});

test('check warns about a state that speaks and about agentless words given to a named source', () => {
  const r = link('check');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /0 errors, 2 warnings/);
  assert.match(r.stderr, /harbour-2021\.txt:3:69: warning: claim c2: the state ruritania does not speak or act politically, its government does: use government-of-ruritania/);
  assert.match(r.stderr, /harbour-2021\.txt:5:1: warning: claim c3 is attributed by agentless words \("is expected"\), which name no one: its source should be an unspecified-source actor/);
});

test('"report" alone is agentless as a headline\'s tag, not after its subject on the line', () => {
  const text = 'Harbour Traffic Up: Report\nTwo out of three report that sales rose.\nReport\nMr. Keeler reports a pickup.';
  assert.equal(agentlessCueIn(text, 'Report', 0), 'Report', 'the headline tag');
  assert.equal(agentlessCueIn(text, 'report', 40), undefined, '"Two out of three report"');
  assert.equal(agentlessCueIn(text, 'Report', 70), 'Report', 'a line of its own');
  assert.equal(agentlessCueIn(text, 'reports', 90), undefined, '"Mr. Keeler reports"');
  assert.equal(agentlessCueIn(text, 'is expected', 0), 'is expected', 'other agentless cues read as before');
});

test('"said to" is agentless before a verb ("said to be"), not before whom it was said to (Brown A13: "The conductor said to Ritchie:")', () => {
  const text = 'The conductor said to Ritchie: \u201cNo.\u201d He said to them that it was late. The mill is said to be closing; the owner, said to be ill, said to the press it was not.';
  assert.equal(agentlessCueIn(text, 'said to', 14), undefined, 'to a name');
  assert.equal(agentlessCueIn(text, 'said to', 43), undefined, 'to a pronoun');
  assert.equal(agentlessCueIn(text, 'said to', 112), 'said to', '"said to be"');
  assert.equal(agentlessCueIn(text, 'said to', 140), undefined, 'to "the press"');
  assert.equal(agentlessCueIn(text, 'is said to', 90), 'is said', 'with its auxiliary, as before');
});

test('check gives no agentless warning to "report" after its subject, and still does to a headline\'s ": Report"', (t) => {
  const dir = scratch('gloss-report-cue-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(fixture('agent-link'), dir, { recursive: true });
  const txt = join(dir, 'articles', 'harbour-2021.txt');
  const yaml = join(dir, 'articles', 'harbour-2021.yaml');
  const text = `${readFileSync(txt, 'utf8')}\nOfficials report that traffic rose.\n\nHarbour Deal Near: Report\n`;
  writeFileSync(txt, text);
  const claimsAdded = [
    '  - {id: c4, quote: "that traffic rose", source: government-of-ruritania, via: [fixture-times], cue: report, attribution: indirect, type: assessment}',
    '  - {id: c5, quote: "Harbour Deal Near", source: government-of-ruritania, via: [fixture-times], cue: Report, attribution: indirect, type: prediction}',
  ];
  const sha = createHash('sha256').update(text).digest('hex');
  writeFileSync(yaml, `${readFileSync(yaml, 'utf8').replace(/^sha256: .*$/m, `sha256: ${sha}`)}${claimsAdded.join('\n')}\n`);
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /claim c4 is attributed by agentless words/);
  assert.match(r.stderr, /claim c5 is attributed by agentless words \("Report"\)/);
  assert.match(r.stdout, /0 errors, 3 warnings/);
});

const chainErrors: [string, RegExp][] = [
  ['via-writer', /harbour-2021\.yaml:16:10: the attribution chain starts with the article's writer: via: \[fixture-times\]/],
  ['unspecified-no-via', /harbour-2021\.yaml:29:13: a claim from an unspecified source names the writer who reports it in "via"/],
  ['reported-by', /harbour-2021\.yaml:16:5: claim c1: unknown field "reportedBy": the reporter is now a link of the attribution chain, via: \[WRITER, REPORTER\]/],
  ['governs-bad', /registry\.yaml:13:14: "fixture-times" has type outlet: only a government governs a state/],
];
test('check says a government governs "an organisation", not "a organisation"', (t) => {
  const dir = scratch('gloss-governs-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const registry = join(corpus, 'registry.yaml');
  const board = '  - {id: harbour-board, name: Harbour Board, type: organisation}\n  - {id: board-government, name: Board government, type: government, governs: harbour-board}\n';
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('  - id: critics\n', `${board}  - id: critics\n`));
  const r = gloss(['--corpus', corpus, 'check']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /"harbour-board" is an organisation, not a state: a government governs a state/);
});

for (const [name, expected] of chainErrors) {
  test(`check fails on ${name}`, () => {
    const r = gloss(['--corpus', fixture(name), 'check']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, expected);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
}

test('agentless words: the cues the guidelines list, not a quoted speaker’s own hedge, not a named agent', () => {
  for (const cue of ['is expected', 'was described as', 'are frequently seen as', 'allegedly', 'Billed as', 'Report', 'reportedly']) {
    assert.ok(agentlessCue(cue), cue);
  }
  for (const cue of ['said', 'have vowed', 'Dubious about', 'Warns of', 'was described by officials as']) assert.equal(agentlessCue(cue), undefined, cue);
  assert.equal(agentlessInSpan('“a material downtick in what can be considered cyberespionage” after the accord'), undefined);
  assert.equal(agentlessInSpan('talks were described as frank'), 'were described');
  // The audit's instances as they were annotated before: each span, given to a named source, is caught.
  for (const [span, words] of [
    ['allegedly, the former telecom giant Nortel Networks', 'allegedly'],
    ['his message was received with an “open ear” in what was described as frank talks', 'was described'],
    ['Chinese government hackers are frequently seen as adversaries', 'are frequently seen'],
    ['cybersecurity is expected to be the major topic', 'is expected'],
    ['Billed as Ottawa’s “cyber foreign policy co-ordinator,” he was one of several', 'Billed as'],
    ['Dragon Hack Attack on Canadian Government Research: Report', ': Report'],
  ]) assert.equal(agentlessInSpan(span!), words, span);
});

test('read, show and cite carry the chain; cite says plainly when the text names no source', () => {
  const show = json<{ via: string[]; reportedBy: string }>(['show', 'collins:c8', '--json']);
  assert.deepEqual([show.via, show.reportedBy], [GLOBE, 'colin-freeze']);
  assert.match(gloss(['show', 'collins:c8']).stdout, /via +mark-collins; colin-freeze/);
  const read = gloss(['read', 'collins', '--claim', 'collins:c8'], { env: { COLUMNS: '200' } }).stdout;
  assert.match(read, /via +Mark Collins \(mark-collins\) › Colin Freeze \(colin-freeze\) \(outermost first\)/);
  assert.match(gloss(['cite', 'collins:c8']).stdout, /^Scott Bardsley, .*, as reported by Colin Freeze, relayed by Mark Collins \(“said”, quoted directly\): “The U\.S\. and U\.K\./);
  const frank = gloss(['cite', 'mackay:c19a']).stdout;
  assert.match(frank, /^an unspecified source, as reported by The Canadian Press \(the text says only “was described as”, naming no one, paraphrased\): frank talks —/, 'a paraphrase is not quoted (issue 16)');
  const j = json<{ via: string[]; unspecified: boolean }>(['cite', 'mackay:c19a', '--json']);
  assert.deepEqual([j.via, j.unspecified], [['The Canadian Press'], true]);
});

test('exports carry the chain: JSON and CSV a via field, W3C one tag per link in order', () => {
  const doc = json<{ claims: ClaimRecord[] }>(['export', '--format', 'json']);
  assert.deepEqual(doc.claims.find((c) => c.id === 'mackay-beijing-2013:c17')!.via, [CP, 'peter-mackay']);
  const csv = gloss(['claims', '--format', 'csv']).stdout.split('\r\n');
  const header = csv[0]!.split(',');
  assert.equal(header.at(-1), 'via');
  assert.ok(csv.some((row) => row.startsWith('mackay-beijing-2013:c17,') && row.endsWith(',the-canadian-press; peter-mackay')));
  const w3c = json<{ first: { items: { id: string; body: { purpose: string; value?: string }[] }[] } }>(['export', '--format', 'w3c']);
  const c17 = w3c.first.items.find((a) => a.id === 'urn:gloss:annotation:mackay-beijing-2013:c17')!;
  assert.deepEqual(c17.body.filter((b) => b.value?.startsWith('via:')).map((b) => b.value), ['via:1:the-canadian-press', 'via:2:peter-mackay']);
  assert.ok(c17.body.some((b) => b.purpose === 'describing' && b.value === 'Chang Wanquan (as reported by Peter MacKay, relayed by The Canadian Press): second-hand assertion, cue “noted”'));
});
