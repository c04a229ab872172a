// Measures `gloss draft` against hand annotations, through the real CLI: each article of a corpus is
// copied into a fresh corpus with the registry but none of its own annotations, drafted with
// `gloss draft --write`, exported, and compared with the hand-annotated original.
//   npm run bench -- --draft                   the shipped corpus
//   node scripts/bench-draft.mjs --corpus DIR  another annotated corpus (e.g. test/fixtures/brown-news)
//   node scripts/bench-draft.mjs --json        the figures as JSON
//   node scripts/bench-draft.mjs --corpus DIR --against OTHER
//                                              no draft: OTHER's own annotations of the same articles (a second
//                                              annotator's, made blind) measured against DIR's, in the same terms —
//                                              how far two people agree, the ceiling for the draft's figures
// Figures, per article and in total:
//   mentions   recall and precision: a proposal matches a hand mention of the same actor or agreement
//              whose span it overlaps (one to one); "exact" counts identical spans
//   direct     hand direct quotations (claims inside one pair of marks taken together, as the draft
//              proposes the whole quotation) proposed with exactly their span; the speaker right for
//              those proposed at all; precision of the draft's direct claims
//   indirect   hand indirect and second-hand claims overlapped by a drafted indirect claim (one to one),
//              precision, and the speaker right among those matched
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const source = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : join(root, 'corpus');
const asJson = args.includes('--json');
const misses = args.includes('--misses');
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : null;
const bin = join(root, 'bin', 'gloss.js');

// The drafter measured is the built one (bin/gloss.js runs dist/): a change to src/ not yet built would be
// measured as the code before it, and its figures put in a commit message.
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((t, e) => Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
const built = statSync(join(root, 'dist', 'gloss.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (newest(join(root, 'src')) > built) {
  process.stderr.write('bench-draft: dist/ is older than src/ (or missing): run `node scripts/build.mjs` first, so the drafter measured is the one in src/\n');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'gloss-bench-draft-'));
const env = { ...process.env, GLOSS_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' };

function gloss(...argv) {
  const r = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`gloss ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const exported = (dir) => JSON.parse(gloss('--corpus', dir, 'export', '--format', 'json'));
const hand = exported(source);
const target = (m) => m.actor ?? m.agreement;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Two people each register the actors the registry lacks, under ids of their own: an id of OTHER's that
 * SOURCE lacks is read as the one of SOURCE's own new actors (ids OTHER lacks) whose mentions its mentions
 * overlap most, pairs taken one to one, most overlaps first. An actor only one of them registered stays apart.
 */
function sameIds(hand, other) {
  const mine = new Set(hand.actors.map((a) => a.id));
  const theirs = new Set(other.actors.map((a) => a.id));
  const counts = new Map();
  for (const o of other.mentions) {
    if (!o.actor || mine.has(o.actor)) continue;
    for (const h of hand.mentions) {
      if (!h.actor || theirs.has(h.actor) || h.article !== o.article || !overlaps(h, o)) continue;
      const key = `${o.actor}\0${h.actor}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const map = new Map();
  const taken = new Set();
  for (const [key] of [...counts].sort((a, b) => b[1] - a[1])) {
    const [o, h] = key.split('\0');
    if (map.has(o) || taken.has(h)) continue;
    map.set(o, h);
    taken.add(h);
  }
  const id = (x) => (x == null ? x : (map.get(x) ?? x));
  return {
    ...other,
    mentions: other.mentions.map((m) => ({ ...m, actor: id(m.actor) })),
    claims: other.claims.map((c) => ({ ...c, source: id(c.source) })),
  };
}

const second = against === null ? null : sameIds(hand, exported(against));

/** Pairs each of `wanted` with at most one of `got` that `fits`, first come first served. */
function pair(wanted, got, fits) {
  const used = new Set();
  const pairs = [];
  for (const w of wanted) {
    const i = got.findIndex((g, k) => !used.has(k) && fits(w, g));
    if (i !== -1) {
      used.add(i);
      pairs.push([w, got[i]]);
    }
  }
  return pairs;
}

/** Hand direct claims inside one pair of quotation marks, as one quotation. */
function directUnits(text, claims) {
  const cps = [...text];
  const units = new Map();
  for (const c of claims) {
    let k = c.start - 1;
    while (k >= 0 && cps[k] !== '\n' && cps[k] !== '\u201c' && cps[k] !== '"') k--;
    const key = k >= 0 && cps[k] !== '\n' ? k : c.start;
    const u = units.get(key);
    if (u) {
      u.start = Math.min(u.start, c.start);
      u.end = Math.max(u.end, c.end);
    } else units.set(key, { start: c.start, end: c.end, source: c.source });
  }
  return [...units.values()];
}

const rows = [];
for (const article of hand.articles) {
  if (second && !second.articles.some((a) => a.id === article.id)) continue;
  const dir = join(work, article.id);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  // The rest of the corpus as it is (registries refer to other articles); only this article is bare.
  for (const f of readdirSync(source).filter((f) => /\.ya?ml$/.test(f))) cpSync(join(source, f), join(dir, f));
  cpSync(join(source, 'articles'), join(dir, 'articles'), { recursive: true });
  const yamlFile = join(source, 'articles', `${article.id}.yaml`);
  const doc = parseDocument(readFileSync(yamlFile, 'utf8')).toJS();
  const textName = doc.text ?? `${article.id}.txt`;
  cpSync(join(source, 'articles', textName), join(dir, 'articles', textName));
  const bare = { ...doc, regions: [], mentions: [], nonMentions: [], claims: [] };
  // The draft writes YAML into the file: give it the block form a person's file has.
  const y = `${Object.entries(bare).filter(([k]) => !['regions', 'mentions', 'nonMentions', 'claims'].includes(k)).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\nmentions: []\nclaims: []\n`;
  writeFileSync(join(dir, 'articles', `${article.id}.yaml`), y);
  if (!second) gloss('--corpus', dir, 'draft', article.id, '--write');
  const drafted = second ?? exported(dir);

  const of = (xs) => xs.filter((x) => x.article === article.id);
  const hm = of(hand.mentions);
  const dm = of(drafted.mentions);
  const mPairs = pair(hm, dm, (h, d) => target(h) === target(d) && overlaps(h, d));
  const hc = of(hand.claims);
  const dc = of(drafted.claims);
  const units = directUnits(article.text, hc.filter((c) => c.attribution === 'direct'));
  // A person's quotation may be several claims, as the hand's are: taken together the same way.
  const dDirect = second ? directUnits(article.text, dc.filter((c) => c.attribution === 'direct')) : dc.filter((c) => c.attribution === 'direct');
  const exactDirect = units.filter((u) => dDirect.some((d) => d.start === u.start && d.end === u.end));
  const dPairs = pair(units, dDirect, overlaps);
  const hIndirect = hc.filter((c) => c.attribution === 'indirect' || c.attribution === 'second-hand');
  const dIndirect = dc.filter((c) => c.attribution === 'indirect' || (second !== null && c.attribution === 'second-hand'));
  const iPairs = pair(hIndirect, dIndirect, overlaps);
  const directHits = pair(dDirect, units, overlaps).length;
  if (misses) {
    const matched = new Set(mPairs.map(([h]) => h));
    const got = new Set(mPairs.map(([, d]) => d));
    for (const h of hm) if (!matched.has(h)) console.error(`${article.id} missed mention  ${target(h)}  "${h.quote}"`);
    for (const d of dm) if (!got.has(d)) console.error(`${article.id} extra mention   ${target(d)}  "${d.quote}"`);
    for (const u of units) {
      const d = dDirect.find((x) => overlaps(x, u));
      const text = [...article.text].slice(u.start, u.end).join('');
      if (!d) console.error(`${article.id} missed direct   ${u.source}  "${text}"`);
      else if (d.start !== u.start || d.end !== u.end) console.error(`${article.id} direct span   "${text}" drafted as "${d.quote ?? [...article.text].slice(d.start, d.end).join('')}"`);
      if (d && d.source !== u.source) console.error(`${article.id} direct speaker ${d.source} for ${u.source}  "${text.slice(0, 60)}"`);
    }
    const iMatched = new Set(iPairs.map(([h]) => h));
    for (const h of hIndirect) if (!iMatched.has(h)) console.error(`${article.id} missed indirect ${h.source} ${h.cue}  "${h.quote}"`);
    for (const d of dIndirect) if (!iPairs.some(([, x]) => x === d)) console.error(`${article.id} extra indirect ${d.source} ${d.cue}  "${d.quote}"`);
  }
  rows.push({
    article: article.id,
    mentions: { hand: hm.length, drafted: dm.length, matched: mPairs.length, exact: mPairs.filter(([h, d]) => h.start === d.start && h.end === d.end).length },
    direct: { hand: units.length, drafted: dDirect.length, exactSpan: exactDirect.length, proposed: dPairs.length, rightSpeaker: dPairs.filter(([u, d]) => u.source === d.source).length, draftedMatching: directHits },
    indirect: { hand: hIndirect.length, drafted: dIndirect.length, matched: iPairs.length, rightSpeaker: iPairs.filter(([h, d]) => h.source === d.source).length },
    // A second annotator's: the actors of this article registered by them alone (unpaired by sameIds).
    newActors: second ? new Set(dm.map(target).filter((id) => id && !hand.actors.some((a) => a.id === id))).size : drafted.actors.length - hand.actors.length,
  });
}
rmSync(work, { recursive: true, force: true });

const sum = (f) => rows.reduce((a, r) => a + f(r), 0);
const total = {
  article: 'all',
  mentions: Object.fromEntries(Object.keys(rows[0].mentions).map((k) => [k, sum((r) => r.mentions[k])])),
  direct: Object.fromEntries(Object.keys(rows[0].direct).map((k) => [k, sum((r) => r.direct[k])])),
  indirect: Object.fromEntries(Object.keys(rows[0].indirect).map((k) => [k, sum((r) => r.indirect[k])])),
  newActors: sum((r) => r.newActors),
};
const pct = (a, b) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(0).padStart(4)}%`);
if (asJson) {
  process.stdout.write(`${JSON.stringify([...rows, total], null, 2)}\n`);
} else {
  const lines = [
    second
      ? `a second annotation (${against}) against the first (${source}), each made by hand and blind to the other`
      : `gloss draft against hand annotations (${source}), the registry given, the article's own annotations removed`,
  ];
  for (const r of [...rows, total]) {
    const { mentions: m, direct: d, indirect: i } = r;
    lines.push(
      `${r.article}`,
      `  mentions  recall ${pct(m.matched, m.hand)} (${m.matched}/${m.hand})  precision ${pct(m.matched, m.drafted)} (${m.matched}/${m.drafted})  exact span ${pct(m.exact, m.hand)}`,
      `  direct    exact span ${pct(d.exactSpan, d.hand)} (${d.exactSpan}/${d.hand})  right speaker ${pct(d.rightSpeaker, d.proposed)} (${d.rightSpeaker}/${d.proposed} proposed)  precision ${pct(d.draftedMatching, d.drafted)} (${d.draftedMatching}/${d.drafted})`,
      `  indirect  recall ${pct(i.matched, i.hand)} (${i.matched}/${i.hand})  precision ${pct(i.matched, i.drafted)} (${i.matched}/${i.drafted})  right speaker ${pct(i.rightSpeaker, i.matched)}`,
      `  new actors ${second ? 'registered by the second alone' : 'proposed'}: ${r.newActors}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
