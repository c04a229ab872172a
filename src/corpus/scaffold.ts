/**
 * Writing a new corpus for `gloss init`, and the annotation file `gloss add` starts an article with
 * (publish.ts puts it in place). An interrupted or failed command leaves nothing half-written.
 */
import { sha256Hex } from '../platform/crypto.js';
import { existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { GlossError } from '../errors.js';
import { cannotWrite, removeTemp, writeTemp } from '../runtime/temp-file.js';

/**
 * Makes `dir` and any folders above it that are missing; the folders it made, deepest first (none if
 * `dir` was there).
 */
function makeFolders(dir: string): string[] {
  const first = mkdirSync(dir, { recursive: true });
  if (first === undefined) return [];
  // Resolved both: mkdir answers in the form it was given, "./c/" or "c".
  const top = resolve(first);
  const made = [resolve(dir)];
  for (let d = made[0]!; d !== top && dirname(d) !== d; ) made.push((d = dirname(d)));
  return made;
}

/**
 * Writes new files for `gloss init`: each in full under a temporary name, then linked to its real name
 * (link fails where a name exists; a rename would replace it). A failure removes what this call made,
 * folders too: a folder left behind would make the next `gloss init` of it refuse a folder not empty.
 */
export function writeAtomically(files: { path: string; content: string | Buffer }[]): void {
  const temps: string[] = [];
  const linked: string[] = [];
  const folders: string[] = [];
  // The file being written or linked, for the error (a write's names no path, a link's the temporary one).
  let writing = files[0]!.path;
  try {
    for (const f of files) {
      writing = f.path;
      folders.unshift(...makeFolders(dirname(f.path)));
      temps.push(writeTemp(f.path, f.content));
    }
    files.forEach((f, i) => {
      writing = f.path;
      try {
        linkSync(temps[i]!, f.path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new GlossError(`${f.path}: already exists; not overwriting it`);
        throw e;
      }
      linked.push(f.path);
    });
  } catch (e) {
    for (const f of linked) rmSync(f, { force: true });
    temps.forEach(removeTemp);
    // Deepest first; rmdir removes a folder only while it is empty, so never anything put there since.
    for (const dir of folders) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty, or gone: not ours to remove now.
      }
    }
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw cannotWrite(writing, e);
  }
  temps.forEach(removeTemp);
}

export const sha256 = (buf: Buffer) => sha256Hex(buf);

const EXAMPLE_TEXT = `Harbour talks end with a pledge

HALIFAX – Fisheries Minister Ann Lee said Tuesday the Harbour Accord was “a good start for everyone involved.”

Critics said the accord was too weak to matter. Lee denied that, and the Ruritanian embassy declined to comment.
`;

const EXAMPLE_REGISTRY = `# Actors and agreements: the registry every article file refers to by id.
actors:
  - id: ann-lee
    name: Ann Lee
    type: person
    role: Fisheries Minister
    aliases: [Lee]
  - id: ruritania
    name: Ruritania
    type: state
  - id: critics
    name: Critics
    type: unnamed-source
agreements:
  - id: harbour-accord
    name: Harbour Accord
    parties: [ruritania]
    status: under-discussion
    history:
      - {status: under-discussion, date: "2024-05", article: harbour-talks}
`;

function exampleArticle(sha: string): string {
  return `# One article's annotations. Every quote is copied exactly from harbour-talks.txt.
id: harbour-talks
title: "Harbour talks end with a pledge"
outlet: "Example Gazette"
author: null
date: "2024-05-14"
inferred:
  author: "The article names no author."
sha256: ${sha}
mentions:
  - {actor: ann-lee, quote: "Fisheries Minister Ann Lee"}
  - {actor: ann-lee, quote: "Lee", prefix: "matter. "}
  - {actor: critics, quote: "Critics"}
  - {agreement: harbour-accord, quote: "the Harbour Accord"}
  - {agreement: harbour-accord, quote: "the accord"}
nonMentions:
  - {quote: "Ruritanian embassy", reason: "an embassy, not the state itself; left untagged on purpose"}
claims:
  - id: c1
    quote: "a good start for everyone involved."
    source: ann-lee
    cue: said
    attribution: direct
    type: assessment
    about: [harbour-accord]
  - id: c2
    quote: "the accord was too weak to matter"
    source: critics
    cue: said
    attribution: indirect
    type: opinion
    about: [harbour-accord]
  - id: c3
    quote: "denied that"
    source: ann-lee
    attribution: indirect
    type: denial
    about: [critics]
`;
}

export function scaffoldCorpus(dir: string): string[] {
  // An empty name is the current folder to the paths below, but no folder to existsSync, so the checks
  // that it is new or empty passed and the files went into whatever folder the user was in.
  if (dir === '') throw new GlossError('init: the folder name is empty; give a new folder');
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new GlossError(`${dir}: exists and is not a folder; give a new folder`);
    if (readdirSync(dir).length > 0) throw new GlossError(`${dir}: exists and is not empty; give a new folder`);
  }
  const text = Buffer.from(EXAMPLE_TEXT, 'utf8');
  const files = [
    { path: join(dir, 'registry.yaml'), content: EXAMPLE_REGISTRY },
    { path: join(dir, 'articles', 'harbour-talks.txt'), content: text },
    { path: join(dir, 'articles', 'harbour-talks.yaml'), content: exampleArticle(sha256(text)) },
  ];
  writeAtomically(files);
  return files.map((f) => f.path);
}

export interface NewArticle {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url?: string;
}

/** The annotation file for a newly added article: metadata and empty annotation lists. */
export function articleSkeleton(meta: NewArticle, sha: string): string {
  const doc: Record<string, unknown> = { id: meta.id, title: meta.title, outlet: meta.outlet, author: meta.author, date: meta.date };
  if (meta.url) doc.url = meta.url;
  doc.sha256 = sha;
  doc.regions = [];
  doc.mentions = [];
  doc.claims = [];
  // The corpus folder is the user's: no GUIDELINES.md there to point to (the old comment did), the README has the format.
  return `# Annotations for ${meta.id}.txt: copy every quote exactly from the text (the format: "The annotation format" in gloss's README.md).\n${stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}
