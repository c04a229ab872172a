/**
 * The closed vocabularies of the annotation format, as plain constants. The zod schema builds its
 * enums from them, and the CLI offers them as option choices without loading zod at start-up.
 */
export const ACTOR_TYPES = ['person', 'organisation', 'state', 'government', 'party', 'company', 'group', 'unnamed-source', 'unspecified-source', 'outlet'] as const;
export const AGREEMENT_STATUSES = ['proposed', 'under-discussion', 'announced', 'concluded', 'signed', 'in-force', 'disputed', 'abandoned'] as const;
export const ATTRIBUTIONS = ['direct', 'indirect', 'author', 'second-hand'] as const;
export const CLAIM_TYPES = ['assertion', 'allegation', 'denial', 'commitment', 'prediction', 'assessment', 'opinion', 'question', 'report', 'recommendation'] as const;
export const REGION_KINDS = ['furniture', 'caption', 'navigation', 'comment-form', 'cookie-notice', 'byline'] as const;

/** Lower-case slug: letters, digits and single hyphens. Typed by people, used in URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date with the precision the source supports: `2013`, `2013-06` or `2013-06-03`. */
export const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a date DATE_PATTERN accepts names a day the calendar has (no 30 February, no 31 April). */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (day === undefined) return true;
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1]!;
}
