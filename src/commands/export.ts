/**
 * `gloss export`: everything in one document. JSON is the whole corpus, each article with its full
 * text; NDJSON is one record per line tagged with its `kind`; CSV and TSV are one row per annotation
 * (claims, mentions, regions) with a `kind` column.
 */
import type { Command } from 'commander';
import { addFormatOptions, chosenFormat, emit, FORMATS, soundAll, useCorpus, type FormatOptions } from '../cli/context.js';
import { wholeCorpus } from '../store/queries.js';
import { toWebAnnotations } from '../output/web-annotation.js';
import {
  actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, regionRecord, tally,
  CLAIM_FIELDS, MENTION_FIELDS, REGION_FIELDS,
} from '../query/records.js';
import type { Corpus } from '../model.js';
import type { Row } from '../output/listing.js';
import { toJson, toNdjson } from '../output/json.js';
import { writeOut } from '../output/write.js';

export function exportDocument(c: Corpus) {
  const t = tally(c);
  const actors = actorIndex(c);
  return {
    articles: c.articles.map((a) => ({ ...articleRecord(a, t), text: a.text })),
    actors: c.actors.map((a) => actorRecord(a, t)),
    agreements: c.agreements.map((a) => agreementRecord(a, t)),
    claims: c.claims.map((cl) => claimRecord(cl, actors)),
    mentions: c.mentions.map(mentionRecord),
    regions: c.regions.map(regionRecord),
  };
}

const ANNOTATION_FIELDS = ['kind', ...new Set([...CLAIM_FIELDS, ...MENTION_FIELDS, ...REGION_FIELDS])];

export function registerExport(program: Command): void {
  addFormatOptions(
    program.command('export').description('export the whole corpus: articles with their text, actors, agreements and every annotation (w3c: a Web Annotation collection)'),
    [...FORMATS, 'w3c'],
  )
    .action((opts: Omit<FormatOptions, 'format'> & { format?: FormatOptions['format'] | 'w3c' }, cmd: Command) => useCorpus(cmd, async (s) => {
      await soundAll(s);
      const c = wholeCorpus(s.db, s.meta('dir')!);
      if (opts.format === 'w3c') {
        writeOut(`${toJson(toWebAnnotations(c))}\n`);
        return;
      }
      const doc = exportDocument(c);
      const format = opts.format === undefined && !opts.json ? 'json' : chosenFormat(opts as FormatOptions);
      if (format === 'json') {
        writeOut(`${toJson(doc)}\n`);
        return;
      }
      if (format === 'ndjson') {
        const kinds: [string, Row[]][] = [['article', doc.articles], ['actor', doc.actors], ['agreement', doc.agreements], ['claim', doc.claims], ['mention', doc.mentions], ['region', doc.regions]];
        writeOut(toNdjson(kinds.flatMap(([kind, rows]) => rows.map((r) => ({ kind, ...r })))));
        return;
      }
      const rows: Row[] = [
        ...doc.claims.map((r) => ({ kind: 'claim', ...r })),
        ...doc.mentions.map((r) => ({ kind: 'mention', ...r })),
        ...doc.regions.map((r) => ({ kind: 'region', ...r })),
      ];
      emit(cmd, { fields: ANNOTATION_FIELDS, tableFields: ['kind', 'id', 'quote'], flexible: ['quote'], records: rows }, { ...opts, format });
    }));
}
