/**
 * `gloss completion bash|zsh|fish` prints a completion script; the script asks the hidden
 * `gloss __complete WORDS…` for the candidates of the last word, so commands, options, option values
 * and the ids of the corpus in use all come from one place: the commander definitions and the corpus.
 */
import { homedir } from 'node:os';
import type { Command, Option } from 'commander';
import { GlossError } from '../errors.js';
import { writeOut } from '../output/write.js';
import { corpusNamed } from '../cli/command-line.js';
import { defaultCorpusDir } from '../cli/context.js';
import { articleAbbreviations, shortId } from '../query/short-ids.js';
import { KINDS } from '../search/documents.js';

const SCRIPTS: Record<string, string> = {
  bash: `# gloss completion for bash: source <(gloss completion bash)
_gloss() {
  local IFS=$'\\n' line="\${COMP_LINE:0:COMP_POINT}" cur prefix
  local -a words
  # The words as typed: bash splits "mackay:c4" at the colon (COMP_WORDBREAKS), gloss ids keep it.
  IFS=$' \\t' read -ra words <<< "$line"
  [[ $line == *[[:space:]] ]] && words+=('')
  cur="\${words[\${#words[@]}-1]}"
  COMPREPLY=($(gloss __complete "\${words[@]:1}" 2>/dev/null))
  # bash also splits "--style=b" at the "=": it replaces only what follows the last break.
  local breaks=''
  [[ $COMP_WORDBREAKS == *:* ]] && breaks+=':'
  [[ $COMP_WORDBREAKS == *=* ]] && breaks+='='
  if [[ -n $breaks && $cur == *[$breaks]* ]]; then
    prefix="\${cur%"\${cur##*[$breaks]}"}"
    COMPREPLY=("\${COMPREPLY[@]#"$prefix"}")
  fi
}
complete -o default -F _gloss gloss
`,
  zsh: `#compdef gloss
# gloss completion for zsh: source <(gloss completion zsh)
_gloss() {
  local -a candidates
  candidates=("\${(@f)$(gloss __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _gloss gloss
`,
  fish: `# gloss completion for fish: gloss completion fish > ~/.config/fish/completions/gloss.fish
complete -c gloss -f -a '(gloss __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};

/** The values of an option that commander takes any value of, checked by the command (--kind is repeatable). */
const CHOICES: Record<string, readonly string[]> = { '--kind': KINDS };

/** Which ids an option or argument takes. */
const IDS: Record<string, ('article' | 'actor' | 'agreement' | 'claim')[]> = {
  '--article': ['article'], '-a': ['article'], '--actor': ['actor'], '--via': ['actor'], '--about': ['actor', 'agreement'], '--party': ['actor'], '--claim': ['claim'], '--at': ['claim'],
  read: ['article'], draft: ['article'], show: ['article', 'actor', 'agreement', 'claim'], cite: ['claim'], actor: ['actor'], agreement: ['agreement'],
};

function optionsOf(cmd: Command): Option[] {
  const own = (cmd as unknown as { options: Option[] }).options;
  const parent = cmd.parent ? (cmd.parent as unknown as { options: Option[] }).options : [];
  return [...own, ...parent].filter((o) => !o.hidden);
}

/**
 * The ids of those kinds in the corpus; a claim both whole and in its short form (mackay:c4), as either
 * resolves. `inArticle`: the article a command was given (read mackay --claim), as typed: its claims
 * alone, by their ids in it (c4), when it names one article.
 */
async function ids(kinds: readonly string[], corpus: string, inArticle?: string): Promise<string[]> {
  try {
    // Through the corpus's database: its ids, never a whole corpus read back.
    const { Store } = await import('../store/open.js');
    const s = await Store.open(corpus);
    const column = (table: string) => s.db.prepare(`SELECT id FROM ${table} ORDER BY n`).all().map((r) => r.id as string);
    const articles = column('articles');
    const short = articleAbbreviations(articles);
    const article = inArticle === undefined ? undefined : articles.includes(inArticle) ? inArticle : onlyOne(articles.filter((a) => a.startsWith(inArticle)));
    return kinds.flatMap((k) => {
      if (k === 'claim' && article !== undefined) return s.db.prepare('SELECT id FROM claims WHERE article = ? ORDER BY n').all(article).map((r) => (r.id as string).slice(article.length + 1));
      if (k === 'claim') return column('claims').flatMap((id) => [...new Set([id, shortId(id, short)])]);
      return k === 'article' ? articles : column(k === 'actor' ? 'actors' : 'agreements');
    });
  } catch {
    return [];
  }
}

const onlyOne = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

/** The words a command was given besides its options and their values (`read mackay --claim c4`: mackay). */
function operands(words: readonly string[], options: readonly Option[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const o = options.find((x) => x.long === w || x.short === w);
    if (o) {
      if (o.required || o.optional) i++;
    } else if (!w.startsWith('-')) out.push(w);
  }
  return out;
}

/**
 * A path as typed, expanded as the shell expands it when the command runs: the scripts pass the words
 * unexpanded (bash reads them from COMP_LINE), so `--corpus ~/c` named a folder "~" here. Only a
 * leading ~ and $NAME or \${NAME} are expanded, each by a lookup: handing the text to a shell would
 * run whatever $(…) it holds.
 */
export function expandTyped(word: string, env: NodeJS.ProcessEnv, home: string): string {
  const tilde = word === '~' || word.startsWith('~/') ? `${env.HOME || home}${word.slice(1)}` : word;
  return tilde.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (_, braced?: string, bare?: string) => env[braced ?? bare ?? ''] ?? '');
}

/** The candidates for the last of `words` (the words after `gloss`, the last one being completed). */
export async function complete(program: Command, words: readonly string[]): Promise<string[]> {
  const typed = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  // --corpus DIR or --corpus=DIR, as commander reads them (the last one given).
  const named = corpusNamed(before, {});
  const corpus = named ? expandTyped(named, process.env, homedir()) : (process.env.GLOSS_CORPUS || defaultCorpusDir());
  const visible = program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
  const name = before.find((w) => visible.some((c) => c.name() === w));
  const cmd = visible.find((c) => c.name() === name);
  const prev = before.at(-1);
  const options = cmd ? optionsOf(cmd) : (program as unknown as { options: Option[] }).options;
  const takesValue = (o: Option | undefined) => Boolean(o?.required || o?.optional);
  // --style=b: the value after the "=" completes as the word after --style would, each candidate
  // given whole (--style=bibtex), as zsh and fish replace the whole word and bash's script cuts it.
  const [, inlineName, inlineValue] = /^(--[^=]+)=(.*)$/s.exec(typed) ?? [];
  const inline = options.find((o) => o.long === inlineName && takesValue(o));
  const valueOf = inline ?? (prev === undefined ? undefined : options.find((o) => (o.long === prev || o.short === prev) && takesValue(o)));
  const current = inline ? inlineValue! : typed;
  // The article given to read (its claims are what --claim and --at take), or help's command.
  const given = cmd ? operands(before.slice(before.indexOf(cmd.name()) + 1), options) : [];
  let out: readonly string[];
  if (valueOf) {
    const choices = valueOf.argChoices ?? CHOICES[valueOf.long ?? ''];
    if (choices) out = choices;
    else if (valueOf.long === '--corpus') return [];
    else out = await ids(IDS[valueOf.long ?? ''] ?? IDS[valueOf.short ?? ''] ?? [], corpus, cmd?.name() === 'read' ? given[0] : undefined);
  } else if (current.startsWith('-')) out = options.flatMap((o) => (o.long ? [o.long] : []));
  else if (!cmd) out = [...visible.map((c) => c.name()), ...(before.includes('help') ? [] : ['help'])];
  else if (cmd.name() === 'completion') out = given.length === 0 ? Object.keys(SCRIPTS) : [];
  else out = await ids(IDS[cmd.name()] ?? [], corpus);
  const lead = inline ? `${inlineName}=` : '';
  return out.filter((x) => x.startsWith(current)).map((x) => lead + x);
}

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script: commands, options, their values, and the ids of the corpus in use')
    .argument('<shell>', 'bash, zsh or fish')
    .action((shell: string) => {
      const script = SCRIPTS[shell];
      if (!script) throw new GlossError(`no completion for "${shell}": give bash, zsh or fish`);
      writeOut(script);
    });
}
