/**
 * Read mode from corpus to text: chooses what to mark (every claim, one actor's, or one claim), lays
 * the article out for the terminal's width and colour, and joins heading, legend, body and notes.
 * Imported lazily by the read command, with marked-terminal behind it.
 */
import type { Claim, Corpus } from '../model.js';
import { inert } from '../output/inert.js';
import { agentIds, hasAny } from '../query/agents.js';
import type { Terminal } from '../output/terminal.js';
import { wrap } from '../output/width.js';
import { renderHeading, renderLegend } from './header.js';
import { layoutArticle, type LayoutSpans } from './layout.js';
import { claimDetails, claimNote, type ClaimNote } from './notes.js';
import { renderPlainBody } from './render-plain.js';
import { MARGIN_MIN_WIDTH, marginColumns, renderBody, type Body } from './render-terminal.js';

export interface ReadRequest {
  article: string;
  /** A full claim id: show its paragraph and its whole annotation. */
  claim?: string;
  /** An actor id: mark only what it claims (or relays) and where it is mentioned; its state or government counts as it. */
  actor?: string;
  /** A place (UTF-16 offsets) to highlight and open the whole article at (`read --at`). */
  at?: { from: number; to: number };
}

export interface ReadResult {
  output: string;
  /** False when an --actor has nothing to mark in the article. */
  found: boolean;
  /** With `at`: the 1-based line of the output where the place starts, for the pager to open at. */
  line?: number;
}

export function spansFor(c: Corpus, req: ReadRequest): { claims: Claim[]; spans: LayoutSpans } {
  const inArticle = <T extends { article: string }>(xs: T[]) => xs.filter((x) => x.article === req.article);
  let claims = inArticle(c.claims);
  let mentions = inArticle(c.mentions);
  if (req.claim !== undefined) claims = claims.filter((x) => x.id === req.claim);
  if (req.actor !== undefined) {
    const agent = agentIds(c, req.actor);
    claims = claims.filter((x) => agent.has(x.source) || hasAny(agent, x.via));
    mentions = mentions.filter((m) => m.actor !== undefined && agent.has(m.actor));
  }
  // Outer before inner: a nested claim is drawn in its own colour, and its note follows the outer one's.
  claims = [...claims].sort((a, b) => a.from - b.from || b.to - a.to);
  return {
    claims,
    spans: {
      claims: claims.map((x) => ({ key: x.local, from: x.from, to: x.to })),
      mentions,
      regions: inArticle(c.regions).map((r) => ({ from: r.from, to: r.to, kind: r.kind })),
      ...(req.at && { focus: req.at }),
    },
  };
}

function detailsBlock(t: Terminal, rows: [string, string][]): string {
  const label = Math.max(...rows.map(([k]) => k.length));
  const inner = Math.max(20, t.width - label - 2);
  return rows
    .map(([k, v]) => {
      const lines = wrap(inert(v), inner, { hard: true, trim: true }).split('\n');
      return `${t.chalk.dim(k.padEnd(label))}  ${lines.join(`\n${' '.repeat(label + 2)}`)}`;
    })
    .join('\n');
}

export function renderRead(c: Corpus, req: ReadRequest, t: Terminal): ReadResult {
  const article = c.articles.find((a) => a.id === req.article)!;
  const { claims, spans } = spansFor(c, req);
  const focus = req.claim !== undefined ? claims[0] : undefined;
  const inMargin = t.color && t.width >= MARGIN_MIN_WIDTH && focus === undefined;
  const width = inMargin ? marginColumns(t.width).text : t.width;
  let paragraphs = layoutArticle(article.text, spans, { width, brackets: !t.color });
  if (focus) paragraphs = paragraphs.filter((p) => p.from < focus.to && p.to > focus.from);
  const notes = new Map<string, ClaimNote>(focus ? [] : claims.map((x) => [x.local, claimNote(c, x)]));
  const body: Body = { paragraphs, notes };
  const parts = [renderHeading(article, t.chalk, t.width), renderLegend(t.chalk, t.color, inMargin, t.width)];
  if (req.actor !== undefined) {
    const name = c.actors.find((a) => a.id === req.actor)?.name ?? req.actor;
    parts.push(t.chalk.dim(inert(`Only ${name}: ${claims.length} claim${claims.length === 1 ? '' : 's'}, ${spans.mentions.length} mention${spans.mentions.length === 1 ? '' : 's'}.`)));
  }
  const render = (b: Body) => (t.color ? renderBody(t.chalk, b, t.width, inMargin) : renderPlainBody(b, t.width));
  // Where the --at place starts: the lines before its paragraph (each paragraph renders on its own,
  // a blank line apart) and its line within the paragraph, whose text rows come before any notes.
  let line: number | undefined;
  const k = paragraphs.findIndex((p) => p.lines.some((l) => l.pieces.some((x) => x.focus === true)));
  if (req.at && k !== -1) {
    const lines = (s: string) => s.split('\n').length;
    const before = k === 0 ? 0 : lines(render({ paragraphs: paragraphs.slice(0, k), notes })) + 1;
    line = lines(parts.join('\n\n')) + 1 + before + paragraphs[k]!.lines.findIndex((l) => l.pieces.some((x) => x.focus === true)) + 1;
  }
  parts.push(render(body));
  if (focus) parts.push(detailsBlock(t, claimDetails(c, focus)));
  return { output: `${parts.join('\n\n')}\n`, found: req.actor === undefined || claims.length + spans.mentions.length > 0, ...(line !== undefined && { line }) };
}
