/**
 * The published JSON Schemas of the annotation files, generated from the zod schemas the loader
 * validates with (so they cannot drift). `scripts/build.mjs` writes them to `schema/`; a test checks
 * the committed files are current.
 */
import { z } from 'zod';
import { ArticleFile, RegistryFile } from './schema.js';

export function annotationSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://gloss.invalid/schema/${id}`,
    title,
  });
  return {
    'article.schema.json': gen(ArticleFile, 'article.schema.json', 'gloss article annotation file (corpus/articles/ID.yaml)'),
    'registry.schema.json': gen(RegistryFile, 'registry.schema.json', 'gloss registry file of actors and agreements (corpus/*.yaml)'),
  };
}
