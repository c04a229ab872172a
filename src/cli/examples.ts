/** Examples for every command's help (and the man page, made from the same definitions). */
export const EXAMPLES: Record<string, [string, string][]> = {
  search: [['gloss search law of the jungel', 'find a passage from a half-remembered phrase'], ['gloss search hackers --actor MacKay', 'only what MacKay says'], ['gloss search accord --kind agreement --json', 'records for scripts']],
  verify: [
    ['gloss verify "a material downtick"', 'is this quote verbatim in the corpus?'],
    [`printf '%s\\n' "the jungle" downtick | gloss verify -`, 'quotes from standard input, one a line'],
    [`echo 'Walma: "law of the jungle"' | gloss verify --in -`, 'every quotation of a draft (a file, or - for standard input)'],
  ],
  check: [['gloss check', 'every problem of every file, in one run'], ['gloss --corpus my-corpus check --strict', 'warnings fail too']],
  list: [['gloss list', 'the articles'], ['gloss list --format csv', 'for a spreadsheet']],
  actors: [['gloss actors --type person', 'the people'], ['gloss actors --article mackay', 'those mentioned in one article']],
  agreements: [['gloss agreements --status signed', 'the signed agreements']],
  claims: [['gloss claims --actor MacKay', 'what MacKay claims (a name or alias will do)'], ['gloss claims --about china --type allegation', 'allegations about China']],
  quotes: [['gloss quotes --article collins', 'the direct quotations in one article']],
  mentions: [['gloss mentions --actor xi-jinping', 'where Xi Jinping is mentioned']],
  show: [
    ['gloss show mackay:c4', 'a claim with its context'],
    ['gloss show collins:c22 peter-mackay --json', 'several, as JSON'],
    ['gloss show et-cyber-deal-2017@2225 --context 1', 'a place (a search result’s id), a paragraph around it'],
    ['echo mackay:c4 | gloss show -', 'ids from standard input, one a line'],
  ],
  read: [['gloss read mackay', 'an article with its claims marked'], ['gloss read --claim mackay:c4', 'one claim, with its full annotation'], ['gloss read collins --actor mark-collins', 'only one actor'], ['gloss read --at et-cyber-deal-2017@2225', 'open at a place (a search result’s id)']],
  export: [
    ['gloss export --format w3c -o corpus.json', 'W3C Web Annotations, written whole or not at all'],
    ['gloss export --format ndjson | head -3', 'one record a line'],
    ['gloss export --format sqlite -o gloss.db', 'a SQLite database (README: SQLite export)'],
  ],
  cite: [['gloss cite collins:c22 --style markdown', 'a citation to paste'], ['gloss cite mackay:c4 --json', 'its fields']],
  actor: [['gloss actor peter-mackay', 'a profile'], ['gloss actor MacKay --json', 'by alias, as JSON']],
  agreement: [['gloss agreement canada-china-cyber', 'status history and timeline']],
  init: [['gloss init my-corpus', 'a new corpus that passes check']],
  add: [['gloss --corpus mine add story.txt --date 2024-05', 'bring an article in']],
  draft: [
    ['gloss draft collins', 'what gloss would propose for an article (YAML on stdout)'],
    ['gloss draft collins > proposals.yaml', 'the same, kept to review'],
  ],
  completion: [['source <(gloss completion bash)', 'bash, for this shell'], ['gloss completion fish > gloss.fish', 'fish: save it in ~/.config/fish/completions/']],
  pick: [['gloss pick', 'search as you type; Enter opens read there (exit 2 without a terminal)']],
};

/**
 * What a command's help says after its examples, as paragraphs (wrapped to the help's width): what
 * its exit status means where that is not the usual 0 found, 1 nothing found, 2 error, and the like.
 */
/** The environment variables gloss reads: `--help` and the man page list the same. */
export const ENVIRONMENT = ['NO_COLOR', 'FORCE_COLOR', 'COLORTERM', 'TERM', 'COLUMNS', 'GLOSS_CORPUS', 'GLOSS_CACHE_DIR', 'GLOSS_CACHE', 'GLOSS_PAGER', 'PAGER', 'GLOSS_PROGRESS'] as const;

export const NOTES: Record<string, string[]> = {
  verify: ['Exit status: 0 when every quote is verbatim (and, with --in, none is attributed to someone else), 1 otherwise, 2 on an error.'],
  draft: [
    'Each proposal carries a "review:" reason: delete that line to accept it, or the entry to reject it. gloss check lists every proposal as "to review" until then.',
    'For an article of your own: gloss --corpus DIR draft ID --write (README: Annotating your own article).',
  ],
  pick: ['Needs fzf and a terminal; without either it says so in one line and exits 2.'],
};

/**
 * A command line as an example shows it: whole where it fits, else broken between words with the
 * shell's ` \` continuation (so that it can still be copied and run), each further line indented.
 */
export function exampleLine(cmd: string, width: number): string {
  // Shell words: a quoted argument ("a material downtick") is one, never broken inside its quotes.
  const [first, ...words] = cmd.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [cmd];
  const lines: string[] = [];
  let line = `  ${first}`;
  words.forEach((word, i) => {
    // Room for the word, and for the ' \' that ends the line where another word follows.
    const room = width - (i === words.length - 1 ? 0 : 2);
    if (line.length + 1 + word.length > room) {
      lines.push(`${line} \\`);
      line = `      ${word}`;
    } else line += ` ${word}`;
  });
  return [...lines, line].join('\n');
}

/**
 * The examples as help text: each command (broken with ` \` only on a terminal narrower than it,
 * exampleLine), then what it does on the next line, then the notes, all within `width` columns
 * (wrapped between words by `wrap`).
 */
export function examplesText(name: string, width: number, wrap: (s: string, width: number) => string): string {
  const list = EXAMPLES[name];
  const notes = NOTES[name] ?? [];
  const examples = list ? `\nExamples:\n${list.map(([cmd, what]) => `${exampleLine(cmd, width)}\n${wrap(what, width - 6).replace(/^/gm, '      ')}`).join('\n')}\n` : '';
  return `${examples}${notes.map((n) => `\n${wrap(n, width)}\n`).join('')}`;
}
