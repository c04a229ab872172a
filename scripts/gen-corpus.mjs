// Generates a large corpus, deterministically (seeded), from the shipped one, for the benchmarks:
//   node scripts/gen-corpus.mjs OUT_DIR [--articles 10000] [--seed 1] [--yaml]
// The three shipped articles are copied as they are; every other article is a run of paragraphs
// from one of them (with the annotations that fall inside, re-anchored by occurrence) followed by a
// paragraph of the same words reshuffled, so texts differ and search has real work to do. Registries
// are copied verbatim. Annotation files are written as JSON, which is YAML (what a program making a
// corpus would write, and read by JSON.parse); with --yaml as block YAML, as a person would write them
// (the same data: the yaml package's parser, which gloss uses to report positions, then reads them).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : Number(args[i + 1]);
};
if (!out) {
  console.error('usage: node scripts/gen-corpus.mjs OUT_DIR [--articles 10000] [--seed 1] [--yaml]');
  process.exit(2);
}
const total = opt('articles', 10000);
const asYaml = args.includes('--yaml');
let seed = opt('seed', 1) >>> 0;
// mulberry32: small, seedable, good enough to vary test data.
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const exported = spawnSync(process.execPath, [join(root, 'bin', 'gloss.js'), '--corpus', join(root, 'corpus'), 'export', '--format', 'json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (exported.status !== 0) {
  console.error(exported.stderr);
  process.exit(2);
}
const doc = JSON.parse(exported.stdout);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'articles'), { recursive: true });
for (const f of readdirSync(join(root, 'corpus'))) if (/\.ya?ml$/.test(f)) copyFileSync(join(root, 'corpus', f), join(out, f));
for (const f of readdirSync(join(root, 'corpus', 'articles'))) copyFileSync(join(root, 'corpus', 'articles', f), join(out, 'articles', f));

// The shipped texts are all in the Basic Multilingual Plane: code point offsets are UTF-16 offsets.
const sources = doc.articles.map((a) => {
  const paragraphs = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) paragraphs.push({ from: m.index, to: m.index + m[0].length });
  const spans = (list) => list.filter((s) => s.article === a.id);
  return { article: a, paragraphs, claims: spans(doc.claims), mentions: spans(doc.mentions), regions: spans(doc.regions) };
});
// Lower-case words only: a name in the filler would be an untagged mention.
const words = [...new Set(doc.articles.flatMap((a) => a.text.split(/\s+/)).filter((w) => /^[a-z’'-]+[.,]?$/.test(w)))];

const occurrenceOf = (text, quote, at) => {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1 && i <= at; i = text.indexOf(quote, i + 1)) n++;
  return n;
};
const selector = (text, quote, at) => {
  const n = occurrenceOf(text, quote, at);
  return text.indexOf(quote, text.indexOf(quote) + 1) === -1 ? { quote } : { quote, occurrence: n };
};

let bytes = 0;
for (let i = 1; i <= total - sources.length; i++) {
  const src = pick(sources);
  const ps = src.paragraphs;
  const first = Math.floor(random() * Math.max(1, ps.length * 0.4));
  const count = Math.max(1, Math.floor(ps.length * (0.6 + random() * 0.4)) - first);
  const chosen = ps.slice(first, first + count);
  const from = chosen[0].from;
  const to = chosen[chosen.length - 1].to;
  const filler = Array.from({ length: 40 + Math.floor(random() * 60) }, () => pick(words)).join(' ');
  const text = `${src.article.text.slice(from, to)}\n\n${filler}.\n`;
  const id = `gen-${String(i).padStart(5, '0')}-${src.article.id}`;
  const inside = (s) => s.start >= from && s.end <= to;
  const at = (s) => s.start - from;
  const ann = {
    id,
    title: `${src.article.title} (${i})`,
    outlet: src.article.outlet,
    author: src.article.author,
    date: src.article.date,
    sha256: createHash('sha256').update(text).digest('hex'),
    regions: src.regions.filter(inside).map((r) => ({ id: r.id.split(':')[1], kind: r.regionKind, ...selector(text, r.quote, at(r)) })),
    mentions: src.mentions.filter(inside).map((m) => ({ ...(m.actor ? { actor: m.actor } : { agreement: m.agreement }), ...selector(text, m.quote, at(m)) })),
    claims: src.claims.filter(inside).map((c) => ({
      id: c.id.split(':')[1],
      ...selector(text, c.quote, at(c)),
      source: c.source,
      ...(c.via?.length ? { via: c.via } : {}),
      ...(c.cue ? { cue: c.cue } : {}),
      attribution: c.attribution,
      type: c.type,
      about: c.about,
    })),
  };
  writeFileSync(join(out, 'articles', `${id}.txt`), text);
  writeFileSync(join(out, 'articles', `${id}.yaml`), asYaml ? stringify(ann, { lineWidth: 0 }) : JSON.stringify(ann));
  bytes += Buffer.byteLength(text);
}
console.error(`wrote ${total} articles (${(bytes / 1e6).toFixed(1)} MB of generated text) to ${out}`);
