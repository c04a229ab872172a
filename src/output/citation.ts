/**
 * A citation of one claim, ready to paste into a report: who says it (name, role; the chain of
 * reporters it reaches the reader through, or that the text names no one), how (cue, attribution), the words, and the article (title, outlet, author, date,
 * each marked where it was inferred rather than printed).
 */
import type { Actor, Article, Claim } from '../model.js';
import { quotations } from '../text/quotations.js';
import { nestQuotes } from '../text/nest-quotes.js';

export interface Citation {
  id: string;
  speaker: string;
  role: string | null;
  reportedBy: string | null;
  /** The attribution chain by name, outermost (the article's writer) first, innermost last. */
  via: string[];
  /** True when the text names no source ("is expected", "was described as", "allegedly"). */
  unspecified: boolean;
  cue: string | null;
  attribution: string;
  type: string;
  quote: string;
  /**
   * Whether the words are the source's own, word for word, and so go in quotation marks: a direct
   * quotation, the writer's own words, or a claim that stands wholly in quotation marks in the text.
   * A paraphrase is the reporter's wording and is never quoted under the source's name.
   */
  verbatim: boolean;
  line: number;
  column: number;
  article: { id: string; title: string; outlet: string | null; author: string | null; date: string | null; url: string | null; inferred: string[] };
}

export function citationOf(claim: Claim, article: Article, actors: ReadonlyMap<string, Actor>): Citation {
  const who = actors.get(claim.source);
  return {
    id: claim.id,
    speaker: who?.name ?? claim.source,
    role: who?.role ?? null,
    reportedBy: claim.reportedBy ? (actors.get(claim.reportedBy)?.name ?? claim.reportedBy) : null,
    via: claim.via.map((id) => actors.get(id)?.name ?? id),
    unspecified: who?.type === 'unspecified-source',
    cue: claim.cue ?? null,
    attribution: claim.attribution,
    type: claim.type,
    quote: claim.quote,
    verbatim: isVerbatim(claim, article.text),
    line: claim.line,
    column: claim.column,
    article: {
      id: article.id, title: article.title, outlet: article.outlet, author: article.author, date: article.date,
      url: article.url ?? null, inferred: Object.keys(article.inferred ?? {}),
    },
  };
}

/**
 * The quote as a text citation gives it: without line ends at its start or end. A span that stops
 * between the CR and the LF of a CRLF line end ("involved.”\r" of "…involved.”\r\nCritics") holds
 * half a line end: no word, and in a citation nothing after it for the LF to end. Given as it was, the
 * plain and BibTeX styles showed it as "␍" before the closing quotation mark, and Markdown (where a CR
 * alone ends a line) set the mark on a line of its own; a whole line end at the end (or start) of a
 * span did the same in every style. That CR is dropped, as show's inertPiece drops it before the LF it
 * shows, and so are whole line ends (with the blanks beside them) at either end. A CR the text has with
 * no LF after it is a stray control, not a line end, and stays (shown ␍). Line ends inside the words
 * stay: each style says how it shows them. The JSON citation is the data and keeps the span as it is.
 */
export function quoteAsCited(claim: Pick<Claim, 'quote' | 'to'>, text: string): string {
  const q = claim.quote.endsWith('\r') && text.charCodeAt(claim.to) === 0x0a ? claim.quote.slice(0, -1) : claim.quote;
  return q.replace(/^(?:[ \t]*\r?\n)+[ \t]*|[ \t]*(?:\r?\n[ \t]*)+$/g, '');
}

/**
 * The line a text citation gives: that of the first character quoteAsCited shows. A span that starts
 * with line ends (and blanks) is cited without them, and its line is where it starts: "line 1" of a
 * quote whose words stand on line 3.
 */
export function lineAsCited(claim: Pick<Claim, 'quote' | 'line'>): number {
  const dropped = /^(?:[ \t]*\r?\n)+/.exec(claim.quote)?.[0] ?? '';
  return claim.line + (dropped.match(/\n/g)?.length ?? 0);
}

export function isVerbatim(claim: Claim, text: string): boolean {
  if (claim.attribution === 'direct' || claim.attribution === 'author') return true;
  return quotations(text).some((q) => q.from <= claim.from && claim.to <= q.to);
}

/** The words as a citation gives them: in quotation marks (inner ones made single) when verbatim, else as they are. */
export function words(c: Pick<Citation, 'quote' | 'verbatim'>): string {
  return c.verbatim ? `“${nestQuotes(c.quote)}”` : c.quote;
}

const HOW: Record<string, string> = {
  direct: 'quoted directly',
  indirect: 'paraphrased',
  author: "the writer's own assertion",
  'second-hand': 'reported second-hand',
};

function marked(c: Citation, field: 'date' | 'author' | 'outlet', value: string): string {
  return c.article.inferred.includes(field) ? `${value} (${field} inferred)` : value;
}

function source(c: Citation): string {
  const role = c.role ? `, ${c.role}` : '';
  // Innermost reporter first, as one says it: "as reported by Colin Freeze, relayed by Mark Collins".
  const [inner, ...outer] = [...c.via].reverse();
  const via = inner ? `, as reported by ${inner}${outer.length ? `, relayed by ${outer.join(', then by ')}` : ''}` : '';
  // An unspecified source is said to be one: the words that attribute the claim are all the text gives.
  const cue = c.cue ? (c.unspecified ? `the text says only “${c.cue}”, naming no one` : `“${c.cue}”`) : null;
  const how = [cue, HOW[c.attribution]].filter(Boolean).join(', ');
  return `${c.speaker}${role}${via} (${how})`;
}

function where(c: Citation, title: (t: string) => string): string {
  const a = c.article;
  const author = a.author ? marked(c, 'author', a.author) : 'no author named';
  // A date or outlet the annotator has not given is said to be missing, never made up.
  const outlet = a.outlet === null ? 'outlet not given' : marked(c, 'outlet', a.outlet);
  const date = a.date === null ? 'undated' : marked(c, 'date', a.date);
  return `${title(a.title)}, ${outlet}, ${author}, ${date}${a.url ? `, ${a.url}` : ''}`;
}

/** A line end (CR, LF, CRLF, U+2028, U+2029) and the blanks around it, as one space. */
const oneLine = (s: string) => s.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ');

/**
 * The citation with every field but the quote on one line. A title, outlet, author, name, role or cue
 * is the corpus's text and may hold line ends ("title: \"A\\n\\n- b\""): the plain citation, one line a
 * paragraph when piped, became several, and in Markdown each new line could start a list, a heading
 * underline or a block quote of the corpus's choosing. The quote keeps its own lines (each style says how);
 * the URL has its line ends, as all it cannot hold, percent-encoded (citedUrl).
 */
function flat(c: Citation): Citation {
  const o = (s: string | null) => (s === null ? null : oneLine(s));
  const a = c.article;
  return {
    ...c,
    speaker: oneLine(c.speaker),
    role: o(c.role),
    reportedBy: o(c.reportedBy),
    via: c.via.map(oneLine),
    cue: o(c.cue),
    article: { ...a, title: oneLine(a.title), outlet: o(a.outlet), author: o(a.author), url: a.url && citedUrl(a.url) },
  };
}

export function plainCitation(cite: Citation): string {
  const c = flat(cite);
  return `${source(c)}: ${words(c)} — ${where(c, (t) => `“${nestQuotes(t)}”`)}. [gloss ${c.id}, line ${c.line}]`;
}

/**
 * A URL is linked only if it is http(s) and plain: no blanks, controls, format characters or angle
 * brackets to break out of `<…>` (citedUrl has percent-encoded them; checked again here, where it matters).
 */
const LINKABLE = /^https?:\/\/[^\s<>\p{Cc}\p{Cf}]+$/iu;

/**
 * Markdown with the corpus's text as text: its Markdown characters escaped, a URL linked only if it is
 * http(s) (a `javascript:` one is shown, escaped, never linked), and every line of the citation — a
 * quote's own line breaks and blank lines included — kept inside the one block quote.
 */
export function markdownCitation(cite: Citation): string {
  const c = flat(cite);
  const esc = (s: string) => s.replace(/([\\`*_[\]<>#|!~&])/g, '\\$1');
  const a = c.article;
  const url = a.url === null ? null : LINKABLE.test(a.url) ? `<${a.url}>` : esc(a.url);
  const escaped: Citation = { ...c, article: { ...a, title: esc(a.title), outlet: a.outlet && esc(a.outlet), author: a.author && esc(a.author), url } };
  const attributed = `**${esc(c.speaker)}**${esc(source(c).slice(c.speaker.length))}, in ${where(escaped, (t) => `*${t}*`)} (gloss \`${c.id}\`)`;
  // Only the source's own words are set as a block quotation; a paraphrase is a plain paragraph, on
  // one line, so that no line of the corpus's text can start a list, a heading or a new paragraph.
  if (!c.verbatim) return `${attributed}, paraphrased: ${esc(c.quote.replace(/\s*[\r\n]\s*/g, ' '))}\n`;
  const body = `${esc(words(c))}\n\n— ${attributed}`;
  // CR, LF and CRLF all end a line in Markdown; each line gets its "> ", a blank one a bare ">".
  return `${body.split(/\r\n|\r|\n/).map((line) => (line.trim() === '' ? '>' : `> ${inertLineStart(line)}`)).join('\n')}\n`;
}

/**
 * A line of a quote as text wherever it starts: "- ", "+ ", "1986. ", "2) " began a list, "===" or
 * "---" under a line made it a heading, four spaces a code block. The marks are escaped (a backslash
 * before punctuation shows the punctuation) and the indent dropped, which Markdown never shows.
 */
export function inertLineStart(line: string): string {
  return line.trimStart().replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * BibTeX special characters escaped so that any text compiles, and braces written as commands:
 * BibTeX counts every brace, escaped or not, to find a field's end, so `\}` would close the field
 * early and let the text after it be read as fields of its own.
 *
 * A line end (LF or CRLF) and the blanks around it become one space. BibTeX reads any run of white
 * space in a field, line ends and blank lines included, as one space, so the space is what it reads
 * anyway; and a field written on one line carries no CR of the text into the .bib, where it would be
 * a raw control character (or, made visible, a "␍" in the bibliography).
 */
export function bibtexEscape(s: string): string {
  return s.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, ' ').replace(/[\\{}%$&#_^~]/g, (ch) =>
    ({ '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '%': '\\%', $: '\\$', '&': '\\&', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}' })[ch]!,
  );
}

/**
 * A URL as every style cites it: as written (biblatex and the url package print a BibTeX `url` field
 * verbatim; LaTeX-escaped, "a_b" became the link "a\_b"), with what could not stand in it
 * percent-encoded, as a browser sends it, which leaves the address the same. That is white space and
 * line ends, control characters, format characters (the bidi overrides and isolates, zero-width
 * spaces, a BOM), lone surrogates, angle brackets, braces and backslashes. Kept, a U+202E in a URL
 * made inert as "<U+202E>" ended Markdown's `<…>` link early (the rest "gnp.exe_*x*" read as
 * emphasis), and went into a BibTeX url as written; a brace or backslash could end the field.
 */
export function citedUrl(url: string): string {
  const bytes = new TextEncoder();
  return url.replace(/[\s\p{Cc}\p{Cf}\p{Cs}<>{}\\]/gu, (ch) =>
    [...bytes.encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * Words ended as a sentence: with a full stop, unless they end with one already (or "!", "?", "…"),
 * before closing marks or not. The note said "“a good start for everyone involved.”." for a quotation
 * that ends its sentence.
 */
export function sentence(s: string): string {
  // Escaped: esbuild keeps a regular expression's characters as written, and the bundle is ASCII.
  return /[.!?\u2026]["'\u201d\u2019\u00bb)\]]*$/u.test(s) ? s : `${s}.`;
}

/**
 * The entry's key: the claim id itself, its `:` kept (BibTeX keys may hold one), so that distinct ids
 * never share a key. With every non-alphanumeric run made `-`, "harbour-talks:c1" and
 * "harbour:talks-c1" were both "harbour-talks-c1", and `bibtex` dropped the second as a repeated entry.
 * An id holds only lowercase letters, digits, `-` and one `:`; any other character (none today) is
 * written `.XX` per UTF-8 byte, `.` being never kept, and so the key stays one to one with the id.
 * Uppercase is encoded too: BibTeX compares keys without case.
 */
export function bibtexKey(id: string): string {
  return id.replace(/[^a-z0-9:-]/gu, (ch) =>
    [...new TextEncoder().encode(ch)].map((b) => `.${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export function bibtexCitation(c: Citation): string {
  const a = c.article;
  const [year, month, day] = a.date === null ? [] : a.date.split('-');
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const fields: [string, string][] = [
    ...(a.author || a.outlet ? ([['author', a.author ? `{${bibtexEscape(a.author)}}` : `{{${bibtexEscape(a.outlet!)}}}`]] as [string, string][]) : []),
    ['title', `{${bibtexEscape(a.title)}}`],
    ...(a.outlet ? ([['howpublished', `{${bibtexEscape(a.outlet)}}`]] as [string, string][]) : []),
    ...(year ? ([['year', `{${year}}`]] as [string, string][]) : []),
    ...(month ? ([['month', months[Number(month) - 1]!]] as [string, string][]) : []),
    ...(day ? ([['day', `{${Number(day)}}`]] as [string, string][]) : []),
    ...(a.url ? ([['url', `{${citedUrl(a.url)}}`]] as [string, string][]) : []),
    ['note', `{${bibtexEscape(`${source(c)}: ${sentence(words(c))}${a.inferred.length ? ` Inferred, not printed: ${a.inferred.join(', ')}.` : ''} gloss ${c.id}.`)}}`],
  ];
  return `@misc{${bibtexKey(c.id)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
