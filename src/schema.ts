/**
 * The annotation file format, as zod schemas. This is the single definition of what a corpus file
 * may hold: the loader validates with it and `scripts/build.mjs` generates the published JSON Schema
 * (`schema/*.schema.json`) from it, so the editor's view and gloss's view cannot drift apart.
 *
 * Every object is strict: an unknown key is an error, because a misspelt key (`sorce:`) would
 * otherwise silently drop the data an analyst meant to record.
 */
import { z } from 'zod';
import { ACTOR_TYPES, AGREEMENT_STATUSES, ATTRIBUTIONS, CLAIM_TYPES, DATE_PATTERN, ID_PATTERN, isCalendarDate, REGION_KINDS } from './vocabulary.js';

export const Id = z.string().regex(ID_PATTERN, 'an id is lower-case letters, digits and hyphens (e.g. peter-mackay)');

export const PartialDate = z.string().regex(DATE_PATTERN, 'a date is YYYY, YYYY-MM or YYYY-MM-DD').refine(isCalendarDate, 'no such day in the calendar');

const Occurrence = z.union([
  z.number().int().positive(),
  z.array(z.number().int().positive()).min(1),
  z.literal('all'),
], { error: 'occurrence is a whole number from 1, a list of them, or all' }).refine((o) => !Array.isArray(o) || new Set(o).size === o.length, 'occurrence names a number twice');

/**
 * How a span is found in the article text without counting characters: the exact `quote`, and where
 * it occurs more than once, the text right before (`prefix`) or after (`suffix`) it, or which
 * occurrence (1-based; a list, or `all` for every whole-word occurrence). This is the W3C Web
 * Annotation TextQuoteSelector, plus occurrence numbers because hand-written prefixes are error-prone.
 * `through` extends the span to the end of the first occurrence of that text after the quote starts,
 * for long regions (a comment form) that nobody should have to retype.
 */
export const selectorShape = {
  // Spaces alone are in every text many times over: nothing a person means to tag. Nor are zero-width
  // characters alone, which a quote is compared without (anchor.ts): nothing would be left to find.
  quote: z
    .string()
    .min(1, 'quote must not be empty')
    .refine((q) => q.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') !== '', 'quote must hold more than spaces and zero-width characters'),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
  occurrence: Occurrence.optional(),
  through: z.string().min(1).optional(),
};

export const ActorType = z.enum(ACTOR_TYPES);

/**
 * Set by `gloss draft` on what it proposes: why a person should look at it. An entry with `review`
 * is a proposal, reported by `gloss check` as "to review" until a person accepts it (deletes the
 * `review:` line) or rejects it (deletes the entry). Hand-made entries never carry it.
 */
const Review = z.string().min(1).optional();

export const Actor = z.strictObject({
  id: Id,
  name: z.string().min(1),
  type: ActorType,
  role: z.string().min(1).optional(),
  affiliation: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * On a government: the state it governs. A state and its government are one agent (GUIDELINES §4):
   * every query by actor follows this link both ways.
   */
  governs: Id.optional(),
  note: z.string().optional(),
  review: Review,
});

export const AgreementStatus = z.enum(AGREEMENT_STATUSES);

export const StatusEvent = z.strictObject({
  status: AgreementStatus,
  date: PartialDate,
  article: Id,
  /** Whose report of the status this is (an actor id): the outlet's own, a spokesman's, a government's. */
  source: Id.optional(),
  note: z.string().optional(),
});

export const Agreement = z.strictObject({
  id: Id,
  name: z.string().min(1),
  parties: z.array(Id).min(1),
  date: PartialDate.optional(),
  status: AgreementStatus,
  history: z.array(StatusEvent).default([]),
  scope: z.string().min(1).optional(),
  excludes: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

export const RegistryFile = z.strictObject({
  actors: z.array(Actor).default([]),
  agreements: z.array(Agreement).default([]),
});

export const Attribution = z.enum(ATTRIBUTIONS);

export const ClaimType = z.enum(CLAIM_TYPES);

export const Claim = z.strictObject({
  id: Id,
  ...selectorShape,
  source: Id,
  /**
   * The attribution chain: who relays the source's claim to the reader, outermost first (the
   * article's writer) and innermost last (the reporter nearest the source). Empty for the writer's own
   * claims. `[mark-collins, colin-freeze]`: Collins's post quotes Freeze's story, which quotes the source.
   */
  via: z.array(Id).default([]),
  cue: z.string().min(1).optional(),
  attribution: Attribution,
  type: ClaimType,
  about: z.array(Id).default([]),
  note: z.string().optional(),
  review: Review,
});

export const Mention = z
  .strictObject({
    ...selectorShape,
    actor: Id.optional(),
    agreement: Id.optional(),
    note: z.string().optional(),
    review: Review,
  })
  .refine((m) => (m.actor === undefined) !== (m.agreement === undefined), {
    message: 'a mention names exactly one of actor or agreement',
  });

/**
 * A span where an alias of a registered actor occurs but does not refer to it ("talks in Beijing" is
 * a place, not China's government). Recording the judgement keeps `gloss check` from warning about an
 * untagged alias, and tells a reviewer the occurrence was looked at rather than missed.
 */
export const NonMention = z.strictObject({
  ...selectorShape,
  reason: z.string().min(1),
  review: Review,
});

export const RegionKind = z.enum(REGION_KINDS);

export const Region = z.strictObject({
  id: Id,
  ...selectorShape,
  kind: RegionKind,
  note: z.string().optional(),
});

export const Inference = z.strictObject({
  date: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
});

export const ArticleFile = z.strictObject({
  id: Id,
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  /** The actor whose voice the text is (the byline's writer, or the outlet of an unsigned piece): every attribution chain starts there. */
  writer: Id.optional(),
  date: PartialDate.nullable(),
  url: z.string().optional(),
  /** How metadata not stated outright in the text was inferred; its presence marks the field inferred. */
  inferred: Inference.optional(),
  /** The article text file, relative to this file; defaults to the same name with `.txt`. */
  text: z.string().min(1).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lower-case hex digits'),
  regions: z.array(Region).default([]),
  mentions: z.array(Mention).default([]),
  nonMentions: z.array(NonMention).default([]),
  claims: z.array(Claim).default([]),
});

export type ActorInput = z.infer<typeof Actor>;
export type AgreementInput = z.infer<typeof Agreement>;
export type ClaimInput = z.infer<typeof Claim>;
export type MentionInput = z.infer<typeof Mention>;
export type NonMentionInput = z.infer<typeof NonMention>;
export type RegionInput = z.infer<typeof Region>;
export type ArticleInput = z.infer<typeof ArticleFile>;
export type RegistryInput = z.infer<typeof RegistryFile>;
export type SelectorInput = Pick<ClaimInput, 'quote' | 'prefix' | 'suffix' | 'occurrence' | 'through'>;
