/**
 * Definite descriptions taken back by their head noun, the classic coreference heuristic: "the/this/that
 * (modifiers) HEAD" is a mention of the actor or agreement whose name or role has that head noun ("the
 * mayor" after Mayor Hartsfield, role "Mayor"; "the Bronx leader" after Charles A. Buckley, role "the
 * Bronx Democratic leader"; "the accord" after the Harbour Accord), and so is a title alone standing for
 * a name ("Mayor visits Buckley"). A description refers back, never forward: it is proposed only where
 * exactly one actor or agreement named before it in the article has that head; where several do,
 * nothing is proposed, unless a word of one's own name or role picks it out ("Bronx"). "his/her HEAD"
 * is the possessor's body, the one whose name carries the surname of the person named last before it
 * ("his administration" after Barnett: the Barnett administration). Each is proposed for review, with
 * the head and whose it is. The rules for particular kinds of description (descriptions.ts) go first;
 * this one takes what they leave.
 */
import type { ProposedMention, Range16 } from './proposal.js';
import type { MentionContext } from './mentions.js';
import { LOCATED, NOT_ATTRIBUTIVE } from './descriptions.js';
import { CAPITALISED_HEAD } from './in-play.js';
import { regexpLiteral } from '../text/regexp-literal.js';

/** What a description may refer back to: an actor or an agreement, with the words of the name or role whose head it takes. */
interface Referent {
  target: { actor: string } | { agreement: string };
  id: string;
  /** The name or role the head noun comes from, as registered or printed. */
  source: string;
  /** Words of that name or role (lower case), which may stand before the head: "bronx" of "the Bronx Democratic leader". */
  words: Set<string>;
  person: boolean;
  /** From a registered name or role, not a title printed in this text: only those stand alone as a name ("Mayor visits Buckley"). */
  registered: boolean;
}

/**
 * The words of a name or role up to its head noun: those before a preposition, a comma, a bracket or a
 * relative clause ("head coach" of "head coach of the Philadelphia Eagles", "New York Chapter" of "New
 * York Chapter, Baseball Writers' Association"), a leading article left out.
 */
function headWords(phrase: string): string[] {
  const cut = /^(.*?)(?=\s+(?:of|for|in|at|to|on|with|from|by|who|whom|whose|which|that|since|and)\b|\s*[(,;:]|$)/iu.exec(phrase.trim())![1]!;
  return cut.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).filter((w) => w.length > 0);
}

/**
 * The head noun of a name or role, in lower case: its last word before any tail, a plural's
 * apostrophe dropped ("writers" of "Writers'"). None where that word is an abbreviation, an initial, a
 * compound of another office ("secretary-designate"), an adjective standing for a noun ("general" of
 * "attorney general"), a word saying only that someone is a person ("man"), or where a word before it
 * makes another office ("vice president": "the president" is someone else).
 */
function headOf(phrase: string): string | undefined {
  const words = headWords(phrase);
  // A clause ("signed by the Minnesota Vikings", "now a member of …") describes no office.
  if (words.length === 0 || /^(?:\p{Ll}+ed|now|formerly|his|her|their|its)$/u.test(words[0]!)) return undefined;
  const head = words.at(-1)!.replace(/['\u2019]s?$/u, '');
  if (!/^\p{L}{3,}$/u.test(head)) return undefined;
  const lower = head.toLowerCase();
  if (ADJECTIVE_NOUN.test(lower) || PERSON_NOUN.test(lower) || PLACE_NOUN.test(lower) || CLAUSE_WORD.test(head)) return undefined;
  if (words.slice(0, -1).some((w) => RANK.test(w.toLowerCase()))) return undefined;
  return lower;
}

/** Words before a title that make it another office, or another holder of it. */
const RANK = /^(?:vice|assistant|deputy|associate|acting|former|ex|co|under|sub|lieutenant|past|late|retiring|outgoing|incoming|future|next|previous|other|another|second|third|first|vice-\p{L}+|ex-\p{L}+|co-\p{L}+)$/u;
/** Last words of a title that are adjectives alone ("attorney general", "President-elect"). */
const ADJECTIVE_NOUN = /^(?:general|major|elect|emeritus|designate|extraordinary|plenipotentiary|junior|senior|jr|sr)$/;
/** Nouns that say only that someone is a person: "the man" fits anyone the story has. */
const PERSON_NOUN = /^(?:man|men|woman|women|person|people|persons|fellow|boy|girl|lady|gentleman|guy|child|children|member|members|one|ones)$/;
/** Places by their kind ("the city", "this country"): descriptions.ts takes them, as the place acting, not locating. */
const PLACE_NOUN = /^(?:city|town|village|borough|state|province|county|nation|country|district|area|region)$/;
/** Capitalised words that open a clause and belong to no name or title: "As", "The", "He", "But". */
export const CLAUSE_WORD = /^(?:As|The|An|In|On|At|He|She|It|They|We|But|And|Or|If|When|While|After|Before|Since|His|Her|Their|Its|This|That|These|Those|There|Then|Yet|So|For|With|To|By|From|Of|Though|Although|Because|Meanwhile|However|Also|Only|Even|Now|Today|Yesterday|Last|Next|Later|Earlier)$/;
/**
 * Words that describe the holder of a title or a body without making another one ("the new
 * administration", "the veteran mayor"), and compounds ("the 45-year-old coach", "sun-tanned"), but
 * not those that make another holder ("newly-elected", "would-be", "ex-", "vice-"). A noun before the
 * head makes another office ("the line coach" is not "the head coach"), so no other word in lower case
 * is taken.
 */
const DESCRIBING = /^(?:new|present|current|incumbent|veteran|young|youthful|old|elderly|aging|ailing|popular|powerful|influential|embattled|beleaguered|controversial|famous|noted|respected|outspoken|whole|entire|full|big|great|mighty|proud|busy|tough|angry|weary|slender|tall|husky|genial|dapper|energetic|ambitious|dynamic|smiling|grim|confident|cautious|(?!(?:newly|would|soon|ex|vice|co|next|former|self)-)[\p{L}\d]+(?:-[\p{Ll}\d]+)+)$/u;
/** Modifiers that make another of the head's kind: "the other mayor", "the former president". */
const OTHER = /^(?:other|another|former|ex|late|past|previous|next|first|second|third|last|retiring|outgoing|incoming|future|acting|deputy|assistant|vice|associate|some|any|each|every|both|all|few|many|several|no|such|same|opposition|rival|local|own|two|three|four|five|six|seven|eight|nine|ten)$/i;

/** The words a description opens with: a definite article or a demonstrative; a possessive only before a body's head (not a person's title: "his secretary" is someone's). */
const DETERMINER = /^(?:the|this|that)$/i;
const POSSESSIVE = /^(?:his|her)$/i;

function referents(ctx: MentionContext, out: readonly ProposedMention[]): Map<string, Referent[]> {
  const byHead = new Map<string, Referent[]>();
  const add = (head: string | undefined, r: Referent) => {
    if (head === undefined) return;
    const list = byHead.get(head) ?? [];
    const same = list.find((o) => o.id === r.id);
    if (same === undefined) list.push(r);
    else {
      r.words.forEach((w) => same.words.add(w));
      same.registered ||= r.registered;
    }
    byHead.set(head, list);
  };
  // The mentions made so far and those annotated already, by hand or an earlier draft.
  const named = [...out.flatMap((m) => (m.actor ? [{ range: m.range, target: m.actor }] : [])), ...(ctx.existing ?? [])];
  const wordsOf = (phrase: string) => new Set(headWords(phrase).map((w) => w.toLowerCase().replace(/['\u2019]s?$/u, '')));
  for (const a of ctx.registry ?? []) {
    if (a.type === 'person') {
      // A person's registered roles and the titles printed before the name in this text ("Secretary of
      // State Dean Rusk", though the registry has him "Secretary-designate of State").
      const printed = out.filter((m) => m.actor === a.id && m.nameFrom !== undefined).map((m) => ctx.text.slice(m.range.from, m.nameFrom));
      const roles = [...(a.role ?? '').split(';').map((role) => ({ role, registered: true })), ...[...printed, ...titlesPrinted(ctx.text, named, a.id, [a.name, ...a.aliases])].map((role) => ({ role, registered: false }))];
      for (const { role, registered } of roles) {
        if (role.trim() === '' || /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(role.trim())) continue;
        add(headOf(role), { target: { actor: a.id }, id: a.id, source: role.trim(), words: wordsOf(role), person: true, registered });
      }
    } else if (a.type !== 'state' && a.type !== 'unnamed-source') {
      // A body's name of two words or more ("Southwest Conference", "Kennedy Administration"): a
      // one-word name printed with "the" is found as the name itself.
      for (const name of [a.name, ...a.aliases]) {
        if (!/\s/.test(name.trim())) continue;
        add(headOf(name), { target: { actor: a.id }, id: a.id, source: name, words: wordsOf(name), person: false, registered: true });
      }
    }
  }
  for (const n of ctx.names) {
    if (n.agreement === undefined || n.proposed || !/\s/.test(n.name)) continue;
    add(headOf(n.name), { target: { agreement: n.agreement }, id: n.agreement, source: n.name, words: wordsOf(n.name), person: false, registered: true });
  }
  return byHead;
}

/**
 * Titles printed right before the person's name, outside the mention or inside it ("Secretary of State"
 * of "Secretary of State Dean Rusk", whether the mention is the name or a hand's span with its title).
 */
function titlesPrinted(text: string, named: readonly { range: Range16; target: string }[], id: string, names: readonly string[]): string[] {
  const titles: string[] = [];
  for (const m of named) {
    // Not after an honorific ("But Mr. Buckley"): the words before it open the sentence.
    if (m.target !== id || /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(text.slice(m.range.from, m.range.from + 5))) continue;
    const span = text.slice(m.range.from, m.range.to);
    const name = Math.max(0, ...names.map((n) => span.lastIndexOf(n)));
    const before = /(?<![\p{L}.'\u2019-])((?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){1,4})$/u.exec(text.slice(Math.max(0, m.range.from - 60), m.range.from + name));
    const words = before?.[1]!.trim().split(/\s+/).filter((w) => !CLAUSE_WORD.test(w)) ?? [];
    if (words.length > 0 && !/^of$/.test(words.at(-1)!)) titles.push(words.join(' '));
  }
  return titles;
}

/** Where each actor or agreement is first named, by the mentions made so far or annotated. */
function firstNamed(ctx: MentionContext, out: readonly ProposedMention[]): Map<string, number> {
  const first = new Map<string, number>();
  const note = (id: string, end: number) => first.set(id, Math.min(end, first.get(id) ?? Infinity));
  for (const m of out) note((m.actor ?? m.agreement)!, m.range.to);
  for (const m of ctx.existing ?? []) note(m.target, m.range.to);
  return first;
}

/** Whether the word after a head shows it standing as a noun phrase of its own, not qualifying a noun after it ("the council chamber"). */
function standsAlone(text: string, to: number): boolean {
  if (/^(?:[\u2019']s?\b|\s*[,.;:!?)\u201d"]|\s*$|\s+--)/u.test(text.slice(to, to + 3))) return true;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(to, to + 30));
  return next !== null && (NOT_ATTRIBUTIVE.test(next[1]!) || /^(?:\p{Ll}+ly|himself|herself|itself|themselves)$/u.test(next[1]!));
}

/** Whether a word before the head is one of the referent's own name or role ("Bronx" of "the Bronx Democratic leader"). */
const own = (r: Referent, word: string) => r.words.has(word.toLowerCase().replace(/['\u2019]s?$/u, ''));

export function headNounMentions(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const byHead = referents(ctx, out);
  const first = firstNamed(ctx, out);
  const persons = new Map((ctx.registry ?? []).filter((a) => a.type === 'person').map((a) => [a.id, a.name]));
  const personMentions = out.filter((m) => m.actor !== undefined && persons.has(m.actor)).sort((a, b) => a.range.from - b.range.from);
  // The surname of the person named last before `at`, as printed in their mention.
  const lastPersonBefore = (at: number) => {
    const m = personMentions.filter((p) => p.range.to <= at).at(-1);
    return m ? persons.get(m.actor!)!.split(/\s+/).at(-1) : undefined;
  };
  const found: ProposedMention[] = [];
  for (const [head, all] of byHead) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(?:(the|this|that|his|her)\\s+((?:(?!(?:the|a|an|this|that|these|those|his|her|its|their)\\s)[\\p{L}][\\p{L}'\u2019-]*\\s+){0,3}?)|())(${regexpLiteral(head)})(?![\\p{L}\\p{N}-])`, 'giu');
    for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
      // Looked for again from the next word where these words are not a description of the head's.
      const retry = () => {
        re.lastIndex = m!.index + 1;
      };
      const det = m[1];
      const range: Range16 = { from: m.index, to: m.index + m[0].length };
      const printedHead = m[4]!;
      // A title alone is followed by its verb ("Mayor visits Buckley").
      const verbAfter = det === undefined && /^\s+\p{Ll}+(?:s|ed)\b/u.test(ctx.text.slice(range.to, range.to + 30));
      if ((!standsAlone(ctx.text, range.to) && !verbAfter) || /^\s+of\b/.test(ctx.text.slice(range.to, range.to + 4))) {
        retry();
        continue;
      }
      // A predicate ("was the chairman", "served as coach") says what someone is, not who.
      if (/\b(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained|as|named|appointed|elected|made)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 12), range.from))) {
        retry();
        continue;
      }
      // "to study or work at the university": an institution that is also a place, after "at" or "in", only locates (call 120).
      if (LOCATED.test(head) && /\b(?:at|in)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 4), range.from))) {
        retry();
        continue;
      }
      // A head that is also a common word ("the society they want", "the club house") takes up a body
      // only with the capital its name gives it ("the Society"), as descriptions.ts has it.
      if (CAPITALISED_HEAD.test(head) && !/^\p{Lu}/u.test(printedHead)) {
        retry();
        continue;
      }
      const modifiers = (m[2] ?? '').split(/\s+/).filter((w) => w.length > 0);
      const fits = (r: Referent) => {
        if (det === undefined) {
          // A title alone, with its capital, standing for a person's name ("Coach played 3 years",
          // "Mayor visits Buckley"): at the start of a sentence or line, a verb after it.
          return r.person && r.registered && /^\p{Lu}/u.test(printedHead) && /(?:^|\n|[.!?][\u201d"']?\s+)$/u.test(ctx.text.slice(Math.max(0, range.from - 4), range.from)) && /^\s+\p{Ll}/u.test(ctx.text.slice(range.to, range.to + 3));
        }
        if (!DETERMINER.test(det) && !(POSSESSIVE.test(det) && !r.person)) return false;
        if (POSSESSIVE.test(det) && !ownedBy(r)) return false;
        // Each word between: the referent's own ("the Bronx leader", "the City Council"), or a plain
        // adjective in lower case that makes no other one of the kind ("the new administration").
        return modifiers.every((w) => own(r, w) || (DESCRIBING.test(w.replace(/,$/, '')) && !OTHER.test(w)));
      };
      // "his administration": the possessor's body, whose name carries the name of the person named
      // last before the pronoun (the Barnett administration after Barnett), named before or not.
      const possessor = det !== undefined && POSSESSIVE.test(det) ? lastPersonBefore(range.from) : undefined;
      const ownedBy = (r: Referent) => possessor !== undefined && r.words.has(possessor.toLowerCase());
      const before = all.filter((r) => (first.get(r.id) ?? Infinity) <= range.from || ownedBy(r));
      const fitting = before.filter(fits);
      // Exactly one referent named before fits; where others named before share the head, only one
      // that a word of its own picks out ("the Bronx leader").
      const who = fitting.length === 1 && (before.length === 1 || possessor !== undefined || modifiers.some((w) => own(fitting[0]!, w))) ? fitting[0]! : undefined;
      if (who === undefined) {
        retry();
        continue;
      }
      if (ctx.taken(range, who.id) || found.some((f) => f.range.from < range.to && range.from < f.range.to)) continue;
      const shown = ctx.text.slice(range.from, range.to);
      const whose = who.person ? `the title or role "${who.source}"` : `the name "${who.source}"`;
      found.push({ range, ...who.target, review: `"${shown}" takes up "${head}", the head noun of ${whose} of ${who.id}, the one named before it with that head: check it refers to ${who.id}` });
    }
  }
  return found;
}
