/**
 * The command line: builds the commander program, runs it, and maps every failure to grep-like exit
 * codes (0 found, 1 nothing found, 2 error) with one line on stderr and no stack trace.
 */
import { Command, CommanderError, Help, Option } from 'commander';
import { GlossError } from '../errors.js';
import { VERSION } from '../version.js';
import { oneLine, prepareColor, prepareCorpus, ranOnPartialCorpus } from './context.js';
import { loadWidth } from '../output/width.js';
import { inert } from '../output/inert.js';
import { ENVIRONMENT, exampleLine, examplesText } from './examples.js';
import { decideWidth, stdoutIsTTY } from '../output/terminal.js';
import { writeErr, writeOut } from '../output/write.js';
import { tidyCache } from '../store/cache-upkeep.js';
import { cacheDir } from '../corpus/cache-dir.js';
import { commandNamed } from './command-line.js';

/** Once a day: the databases of corpora long unused or gone, and what killed runs left (store/cache-upkeep.ts). */
function tidyCacheFolder(): void {
  const dir = cacheDir();
  if (dir) tidyCache(dir);
}

/**
 * An option given an empty value on the command line (`--article ""`, `--article "$A"` with A unset)
 * is refused: taken as no value, a filter would silently mean everything, with exit 0.
 */
function refuseEmptyValues(action: Command): void {
  for (const cmd of [action, action.parent]) {
    for (const option of cmd?.options ?? []) {
      const key = option.attributeName();
      if (cmd!.getOptionValueSource(key) !== 'cli') continue;
      const value: unknown = cmd!.getOptionValue(key);
      if ((Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && v.trim() === '')) {
        throw new GlossError(`${option.long ?? option.short}: empty value (give one, or leave the option out)`);
      }
    }
  }
}

/**
 * An option or command with its description, as commander lays it out (two columns), except where
 * the terminal leaves the description column too narrow to wrap (under 20 columns at COLUMNS=50):
 * commander then stops wrapping (lines of 180 columns); the description goes under its term instead,
 * wrapped to the width.
 */
function narrowItem(helpWidth: number): Help['formatItem'] {
  return function (this: Help, term, termWidth, description, helper) {
    // Commander's layout: two columns of indent, the term, two of space.
    if (!description || helpWidth - termWidth - 4 >= 20 || helper.preformatted(description)) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
    const indent = ' '.repeat(6);
    return `  ${term}\n${helper
      .boxWrap(description, Math.max(20, helpWidth - indent.length))
      .split('\n')
      .map((l) => indent + l)
      .join('\n')}`;
  };
}

/** The examples and notes of `gloss --help`. */
const MAIN_EXAMPLES: readonly [string, string][] = [
  ['gloss search law of the jungel', 'find a half-remembered phrase'],
  ['gloss read mackay', 'an article with its claims marked'],
  ['gloss claims --actor MacKay', 'what MacKay claims'],
  ['gloss verify "a material downtick"', 'is this quote verbatim?'],
  ['gloss cite collins:c22 --style markdown', 'a citation to paste'],
  ['gloss --corpus my-corpus check', 'validate a corpus of your own'],
  ['gloss help search', "a command's options and examples"],
];
const MAIN_NOTES = [
  'Exit status: 0 found, 1 nothing found, 2 error.',
  `Honoured: ${ENVIRONMENT.join(', ')}. Completion: gloss completion bash.`,
  'The annotation format and output schemas: README.md.',
];

/** Commands that do not read the corpus before their action (completion and pick open it themselves). */
const NO_CORPUS = new Set(['init', 'add', 'help', 'completion', 'pick']);

/**
 * Every command by the module that defines it, in the order help lists them. A run registers only
 * the module of the command it names (commandNamed): the other commands' modules, and what they
 * import, are never loaded. Help, an unknown command and completion get every command.
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<(program: Command) => void> }[] = [
  { names: ['search'], load: async () => (await import('../commands/search.js')).registerSearch },
  { names: ['verify'], load: async () => (await import('../commands/verify.js')).registerVerify },
  { names: ['check'], load: async () => (await import('../commands/check.js')).registerCheck },
  { names: ['list', 'actors', 'agreements', 'claims', 'quotes', 'mentions'], load: async () => (await import('../commands/listings.js')).registerListings },
  { names: ['show'], load: async () => (await import('../commands/show.js')).registerShow },
  { names: ['read'], load: async () => (await import('../commands/read.js')).registerRead },
  { names: ['export'], load: async () => (await import('../commands/export.js')).registerExport },
  { names: ['cite'], load: async () => (await import('../commands/cite.js')).registerCite },
  { names: ['actor', 'agreement'], load: async () => (await import('../commands/profiles.js')).registerProfiles },
  { names: ['init', 'add'], load: async () => (await import('../commands/init.js')).registerInit },
  { names: ['draft'], load: async () => (await import('../commands/draft.js')).registerDraft },
  { names: ['completion'], load: async () => (await import('../commands/completion.js')).registerCompletion },
  { names: ['pick'], load: async () => (await import('../commands/pick.js')).registerPick },
];

/** The program with the command `named` (every command when it is undefined or no command's name). */
export async function buildProgram(named?: string): Promise<Command> {
  // Help at most 80 columns wide (narrower on a narrower terminal), wrapped between words.
  const helpWidth = Math.min(80, decideWidth(process.env, stdoutIsTTY() ? process.stdout.columns : undefined));
  const program = new Command('gloss')
    .description('A reader for annotated sources: find a quote, see who said it, where, about what.')
    .version(VERSION)
    .option('--corpus <dir>', 'corpus folder (default: $GLOSS_CORPUS, else the shipped corpus)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-pager', 'do not page long output (it is paged only on a terminal)')
    .showSuggestionAfterError(true)
    // Written when help is shown, to the width (examples.ts: a long example broken with the shell's \).
    .addHelpText('after', (): string => {
      const wrap = (text: string, width = helpWidth): string => program.createHelp().boxWrap(text, width);
      const examples: string[] = MAIN_EXAMPLES.map(([cmd, what]) => `${exampleLine(cmd, helpWidth)}\n${wrap(what, helpWidth - 6).replace(/^/gm, '      ')}`);
      return `\nExamples:\n${examples.join('\n')}\n\n${MAIN_NOTES.map((n) => wrap(n)).join('\n')}`;
    })
    .exitOverride()
    .configureHelp({ helpWidth, minWidthToWrap: 20, formatItem: narrowItem(helpWidth) })
    // Help and usage go out as results and diagnostics do: a closed pipe (`gloss --help | head -c 1`)
    // is a normal end, not an uncaught EPIPE. One style for every error: `gloss: …` on one line,
    // commander's own included (not `error: …`).
    .configureOutput({ writeOut, writeErr, outputError: (str, write) => write(`gloss: ${str.trim().split('\n').filter(Boolean).join(' ').replace(/^error: /, '')}\n`) })
    .hook('preAction', async (_program, action) => {
      refuseEmptyValues(action);
      const o = action.opts<{ json?: boolean; format?: string }>();
      // search loads the width library itself, only when what it shows needs it.
      const human = !o.json && (o.format === undefined || o.format === 'table') && action.name() !== 'search';
      await Promise.all([NO_CORPUS.has(action.name()) ? undefined : prepareCorpus(action), human ? loadWidth() : undefined, prepareColor(action)]);
    });
  const wanted = COMMANDS.filter((c) => c.names.includes(named ?? ''));
  for (const register of await Promise.all((wanted.length > 0 ? wanted : COMMANDS).map((c) => c.load()))) register(program);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    // Written when help is shown, not built for every run (commander writes nothing for an empty text).
    cmd.addHelpText('after', () => examplesText(cmd.name(), helpWidth, (text, width) => cmd.createHelp().boxWrap(text, width)));
  }
  return program;
}

/**
 * `gloss help nope` as `gloss nope`: commander answers a help for no command with the whole help on
 * stderr, a page in which the mistake is lost; an unknown command is one line with the nearest name.
 */
function helpForUnknownAsUnknown(program: Command, argv: string[]): string[] {
  const at = argv.indexOf('help', 2);
  const asked = argv[at + 1];
  if (at < 0 || commandNamed(argv.slice(2)) !== 'help' || asked === undefined || asked.startsWith('-')) return argv;
  const known = program.commands.some((c) => c.name() === asked || c.aliases().includes(asked));
  return known ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
}

export async function main(argv: string[]): Promise<void> {
  // No SIGINT handler: Ctrl-C keeps its default action, ending gloss at once (see runtime/interrupt.ts).
  const debug = process.env.GLOSS_DEBUG === '1';
  try {
    // The completion scripts' helper takes the words as they are typed, options included: not for commander.
    if (argv[2] === '__complete') {
      const { complete } = await import('../commands/completion.js');
      const got = await complete(await buildProgram(), argv.slice(3).length > 0 ? argv.slice(3) : ['']);
      if (got.length > 0) writeOut(`${got.join('\n')}\n`);
      return;
    }
    if (argv[2] === '__pick-preview' || (argv[4] === '__pick-preview' && argv[2] === '--corpus')) {
      const [{ Store }, { documents }, { pickPreview }, { corpusDir }, { soundPart }] = await Promise.all([
        import('../store/open.js'), import('../search/documents.js'), import('../commands/pick.js'), import('./context.js'), import('../corpus/sound.js'),
      ]);
      const dir = argv[2] === '--corpus' ? argv[3]! : corpusDir(new Command());
      await loadWidth();
      const width = Number(process.env.FZF_PREVIEW_COLUMNS) || decideWidth(process.env, undefined);
      writeOut(pickPreview(documents(soundPart(await (await Store.open(dir)).whole()).corpus), argv.at(-1)!, width));
      return;
    }
    if (argv[2] === '__man') {
      const { manPage } = await import('./man-page.js');
      writeOut(manPage(await buildProgram()));
      return;
    }
    const program = await buildProgram(commandNamed(argv.slice(2)));
    await program.parseAsync(helpForUnknownAsUnknown(program, argv));
    // A command that ran on the sound part of a broken corpus has told what it left out: exit 2.
    if (ranOnPartialCorpus) process.exitCode = 2;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; every usage error is exit 2, not commander's default 1.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof GlossError) {
      // One line, always: an id typed with a line break in it is quoted with the break shown as \n.
      writeErr(`gloss: ${inert(oneLine(e.message))}`);
      if (debug) writeErr(inert(e.stack ?? ''));
      process.exitCode = e.exitCode;
      return;
    }
    if ((e as NodeJS.ErrnoException).syscall === 'uv_cwd') {
      // Only a relative path needs the current folder: the embedded corpus works from a deleted one.
      writeErr('gloss: the current folder no longer exists (it was deleted or moved): cd to one that does, or give absolute paths');
      process.exitCode = 2;
      return;
    }
    writeErr(`gloss: internal error: ${inert(oneLine(e instanceof Error ? e.message : String(e)))}${debug ? '' : ' (GLOSS_DEBUG=1 shows the stack)'}`);
    if (debug) writeErr(inert(e instanceof Error ? (e.stack ?? '') : String(e)));
    process.exitCode = 2;
  } finally {
    tidyCacheFolder();
  }
}
