/** Examples for every command's help (and the man page, made from the same definitions). */
export const EXAMPLES: Record<string, [string, string][]> = {
  search: [['gloss search law of the jungel', 'find a passage from a half-remembered phrase'], ['gloss search hackers --actor MacKay', 'only what MacKay says'], ['gloss search accord --kind agreement --json', 'records for scripts']],
  verify: [['gloss verify "a material downtick"', 'is this quote verbatim in the corpus?']],
  check: [['gloss check', 'every problem of every file, in one run'], ['gloss --corpus my-corpus check --strict', 'warnings fail too']],
  list: [['gloss list', 'the articles'], ['gloss list --format csv', 'for a spreadsheet']],
  actors: [['gloss actors --type person', 'the people'], ['gloss actors --article mackay', 'those mentioned in one article']],
  agreements: [['gloss agreements --status signed', 'the signed agreements']],
  claims: [['gloss claims --actor MacKay', 'what MacKay claims (a name or alias will do)'], ['gloss claims --about china --type allegation', 'allegations about China']],
  quotes: [['gloss quotes --article collins', 'the direct quotations in one article']],
  mentions: [['gloss mentions --actor xi-jinping', 'where Xi Jinping is mentioned']],
  show: [['gloss show mackay:c4', 'a claim with its context'], ['gloss show peter-mackay --json', 'an actor, as JSON']],
  read: [['gloss read mackay', 'an article with its claims marked'], ['gloss read --claim mackay:c4', 'one claim, with its full annotation'], ['gloss read collins --actor mark-collins', 'only one actor'], ['gloss read --at et-cyber-deal-2017@2225', 'open at a place (a search result’s id)']],
  export: [['gloss export --format w3c > corpus.json', 'W3C Web Annotations'], ['gloss export --format ndjson | jq -c .', 'one record a line']],
  cite: [['gloss cite collins:c22 --style markdown', 'a citation to paste'], ['gloss cite mackay:c4 --json', 'its fields']],
  actor: [['gloss actor peter-mackay', 'a profile'], ['gloss actor MacKay --json', 'by alias, as JSON']],
  agreement: [['gloss agreement canada-china-cyber', 'status history and timeline']],
  init: [['gloss init my-corpus', 'a new corpus that passes check']],
  add: [['gloss --corpus mine add story.txt --date 2024-05', 'bring an article in']],
  completion: [['source <(gloss completion bash)', 'bash, for this shell'], ['gloss completion fish > gloss.fish', 'fish: save it in ~/.config/fish/completions/']],
  pick: [['gloss pick', 'search as you type; Enter opens read there']],
};

/** The examples as help text: each command, then what it does on the next line, within 80 columns. */
export function examplesText(name: string): string {
  const list = EXAMPLES[name];
  if (!list) return '';
  return `\nExamples:\n${list.map(([cmd, what]) => `  ${cmd}\n      ${what}`).join('\n')}\n`;
}
