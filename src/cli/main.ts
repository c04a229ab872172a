/**
 * The command line: builds the commander program, runs it, and maps every failure to grep-like exit
 * codes (0 found, 1 nothing found, 2 error) with one line on stderr and no stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { GlossError } from '../errors.js';
import { VERSION } from '../version.js';
import { prepareCorpus } from './context.js';
import { loadWidth } from '../output/width.js';
import { inert } from '../output/inert.js';
import { registerCheck } from '../commands/check.js';
import { registerListings } from '../commands/listings.js';
import { registerShow } from '../commands/show.js';
import { registerExport } from '../commands/export.js';
import { registerInit } from '../commands/init.js';
import { registerSearch } from '../commands/search.js';
import { registerVerify } from '../commands/verify.js';
import { registerCite } from '../commands/cite.js';
import { registerProfiles } from '../commands/profiles.js';
import { registerRead } from '../commands/read.js';
import { registerDraft } from '../commands/draft.js';
import { writeErr, writeOut } from '../output/write.js';
import { removeLeftovers } from '../runtime/leftovers.js';
import { cacheDir } from '../corpus/cache-dir.js';

/** What killed runs left in the cache folder (its corpus caches, one level down, and code caches). */
function removeCacheLeftovers(): void {
  const dir = cacheDir();
  if (dir) removeLeftovers(dir, 1);
}

/** Commands that do not read the corpus. */
const NO_CORPUS = new Set(['init', 'add', 'help']);

export function buildProgram(): Command {
  const program = new Command('gloss')
    .description('A reader for annotated sources: find a quote, see who said it, where, about what.')
    .version(VERSION)
    .option('--corpus <dir>', 'corpus folder (default: $GLOSS_CORPUS, else the shipped corpus)')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  gloss search law of the jungel           find a passage from a half-remembered phrase
  gloss read mackay                        read an article with its claims marked
  gloss claims --actor peter-mackay        what MacKay claims
  gloss verify "a material downtick"       is this quote verbatim?
  gloss cite collins:c22 --style markdown  a citation to paste
  gloss export --format csv > corpus.csv   everything, for a spreadsheet
  gloss --corpus my-corpus check           validate a corpus of your own

Exit status: 0 found, 1 nothing found, 2 error. NO_COLOR, FORCE_COLOR, COLUMNS, GLOSS_CORPUS,
GLOSS_CACHE_DIR and PAGER are honoured. See README.md for the annotation format and output schemas.`,
    )
    .exitOverride()
    // Help and usage go out as results and diagnostics do: a closed pipe (`gloss --help | head -c 1`)
    // is a normal end, not an uncaught EPIPE.
    .configureOutput({ writeOut, writeErr, outputError: (str, write) => write(`${str.trim().split('\n').filter(Boolean).join(' ')}\n`) })
    .hook('preAction', async (_program, action) => {
      const o = action.opts<{ json?: boolean; format?: string }>();
      // search loads the width library itself, only when what it shows needs it.
      const human = !o.json && (o.format === undefined || o.format === 'table') && action.name() !== 'search';
      await Promise.all([NO_CORPUS.has(action.name()) ? undefined : prepareCorpus(action), human ? loadWidth() : undefined]);
    });
  registerSearch(program);
  registerVerify(program);
  registerCheck(program);
  registerListings(program);
  registerShow(program);
  registerRead(program);
  registerExport(program);
  registerCite(program);
  registerProfiles(program);
  registerInit(program);
  registerDraft(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // No SIGINT handler: Ctrl-C keeps its default action, ending gloss at once (see runtime/interrupt.ts).
  const debug = process.env.GLOSS_DEBUG === '1';
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; every usage error is exit 2, not commander's default 1.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof GlossError) {
      writeErr(`gloss: ${inert(e.message)}`);
      if (debug) writeErr(inert(e.stack ?? ''));
      process.exitCode = e.exitCode;
      return;
    }
    writeErr(`gloss: internal error: ${inert(e instanceof Error ? e.message : String(e))}${debug ? '' : ' (GLOSS_DEBUG=1 shows the stack)'}`);
    if (debug) writeErr(inert(e instanceof Error ? (e.stack ?? '') : String(e)));
    process.exitCode = 2;
  } finally {
    removeCacheLeftovers();
  }
}
