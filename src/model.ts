/**
 * The corpus as plain data, after loading and anchoring: no I/O, no rendering. Every span carries
 * UTF-16 offsets for internal slicing (`from`, `to`) and the public code point offsets (`start`,
 * `end`), with the 1-based `line` and `column` of its start.
 */
import type {
  ActorInput,
  AgreementInput,
  ArticleInput,
  ClaimInput,
  RegionInput,
} from './schema.js';

export interface Span {
  /** The article id. */
  article: string;
  /** UTF-16 offsets into the article text. */
  from: number;
  to: number;
  /** Code point offsets into the article text: the published contract. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** The exact text of the span. */
  quote: string;
}

export type Actor = ActorInput;
export type Agreement = AgreementInput;

export interface Article extends Omit<ArticleInput, 'regions' | 'mentions' | 'nonMentions' | 'claims' | 'text'> {
  text: string;
  /** Where the text came from, for messages. */
  textFile: string;
  annotationFile: string;
}

export interface Claim extends Span, Omit<ClaimInput, 'quote' | 'prefix' | 'suffix' | 'occurrence' | 'through' | 'id'> {
  /** Globally unique: `article:local`. */
  id: string;
  local: string;
  /** The innermost link of `via`: who relays the source's claim to us (absent for a writer's own claim). */
  reportedBy?: string;
}

export interface Mention extends Span {
  id: string;
  actor?: string;
  agreement?: string;
  note?: string;
}

export interface Region extends Span, Omit<RegionInput, 'quote' | 'prefix' | 'suffix' | 'occurrence' | 'through' | 'id'> {
  id: string;
  local: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  actors: Actor[];
  agreements: Agreement[];
  claims: Claim[];
  mentions: Mention[];
  regions: Region[];
}

export type Severity = 'error' | 'warning';

/** A problem found in the corpus, located as precisely as the input allows. */
export interface Problem {
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export type AnnotationKind = 'claim' | 'mention' | 'region' | 'actor' | 'agreement' | 'article';
