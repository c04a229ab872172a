/** `gloss check`: validates the whole corpus; exit 0 only when it is sound (warnings allowed). */
import type { Command } from 'commander';
import { corpusDir, formatProblem, oneLine, terminalFor, useCorpus } from '../cli/context.js';
import { eachProblem, problemCounts } from '../store/queries.js';
import { inert } from '../output/inert.js';
import { writeErr, writeOut } from '../output/write.js';
import { wrap } from '../output/width.js';
import { rewriteFiles } from '../corpus/rewrite.js';
import { GlossError } from '../errors.js';
import { withWriteLock } from '../corpus/write-lock.js';
import { counted } from '../text/english.js';
import type { FixedFile } from '../corpus/fix.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the corpus: schema, anchoring of every quote, ids, checksums; list every problem as file:line:col')
    .option('--strict', 'treat warnings as errors')
    .option('--fix', 'mend the quotes, prefixes, suffixes and values of a closed list (type, status, attribution, kind) whose mistake has exactly one answer, showing each change as a diff')
    .option('--dry-run', 'with --fix: show the changes without writing them')
    .action((opts: { strict?: boolean; fix?: boolean; dryRun?: boolean }, cmd: Command) => {
      // Alone, --dry-run was passed over: a plain check ran, as if the changes it would show were none.
      if (opts.dryRun && !opts.fix) throw new GlossError('--dry-run shows what --fix would change: give both (gloss check --fix --dry-run)');
      return checkAction(opts, cmd);
    });
}

function checkAction(opts: { strict?: boolean; fix?: boolean; dryRun?: boolean }, cmd: Command): Promise<void> {
  return useCorpus(cmd, async (s) => {
    // Files mended by --fix: the database is built again from them.
    // Under the corpus's write lock (write-lock.ts), as draft --write: two fixes at once never write over each other's reading.
    if (opts.fix && !opts.dryRun ? await withWriteLock(corpusDir(cmd), () => applyFixes(cmd, false)) : opts.dryRun && (await applyFixes(cmd, true))) await s.rebuild(true);
    // Every file checked for changes, and every article text hashed again: never taken on trust.
    await s.ensureTexts();
    // The loader's problems (warnings among them: proposals of gloss draft "to review"), then the
    // linter's warnings (made, when the database was built, only for a corpus that loaded cleanly:
    // warnings on half-anchored data would mislead).
    // Written a line at a time as they are read: a large corpus's warnings are never one string.
    const { errors, warnings } = problemCounts(s.db);
    const term = terminalFor(cmd);
    for (const p of eachProblem(s.db)) writeErr(`${inert(formatProblem(p))}\n`);
    const c = JSON.parse(s.meta('counts')!) as Record<string, number>;
    const failed = errors > 0 || (opts.strict === true && warnings > 0);
    const summary = `${(['article', 'actor', 'agreement', 'claim', 'mention', 'region'] as const).map((noun) => counted(c[`${noun}s`]!, noun)).join(', ')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
    if (failed) {
      // "0 errors" and exit 2 would be a riddle: say that --strict failed the warnings.
      const strictly = errors === 0 ? ` (--strict: the warning${warnings === 1 ? ' counts as an error' : 's count as errors'})` : '';
      writeErr(`${summary}${strictly}\n`);
      process.exitCode = 2;
    } else {
      // Wrapped on a terminal (or to COLUMNS); piped, one line for grep.
      const line = `${term.chalk.green('ok')} ${summary}`;
      writeOut(`${Number.isFinite(term.tableWidth) ? wrap(line, term.tableWidth, { trim: true }) : line}\n`);
    }
  });
}

/**
 * Mends what has one answer (corpus/fix.ts), writes the files unless it is a dry run, then prints each
 * change as a diff on stdout; true when files were written.
 */
async function applyFixes(cmd: Command, dryRun: boolean): Promise<boolean> {
  const dir = corpusDir(cmd);
  const { fixCorpus } = await import('../corpus/fix.js');
  const { fixed, left } = fixCorpus(dir);
  // Written before a word is said of them: a write that fails (a full disk) is its one-line error,
  // never a diff and "fixed" over files left as they were. Each file is written beside itself and
  // renamed over it (an interrupted fix leaves the old file whole), its permissions and its link kept.
  // A byte order mark the file starts with stays: every byte but the mended values does.
  // What each file held when read is checked again before it is replaced: an edit saved meanwhile is never lost.
  const bom = (f: FixedFile) => (f.bom ? '\uFEFF' : '');
  if (!dryRun && fixed.length > 0) rewriteFiles(fixed.map((f) => ({ path: f.path, content: `${bom(f)}${f.after}`, read: `${bom(f)}${f.before}` })));
  const { chalk } = terminalFor(cmd);
  let out = '';
  for (const f of fixed) {
    const before = f.before.split('\n');
    const after = f.after.split('\n');
    // Corpus text is made inert before it is coloured, so only gloss's own escapes reach the terminal.
    const shown = inert(f.shown);
    out += `${chalk.bold(`--- ${shown}`)}\n${chalk.bold(`+++ ${shown}${dryRun ? ' (not written: --dry-run)' : ''}`)}\n`;
    for (const fix of f.fixes) {
      out += `${chalk.cyan(`@@ ${shown}:${fix.line}:${fix.column}: ${fix.field}: ${fix.reason}`)}\n`;
      // Every line the value took and takes: a quote run over two lines loses both ("-" for each).
      for (let l = fix.line; l <= fix.lastLine; l++) out += `${chalk.red(`-${inert(before[l - 1] ?? '')}`)}\n`;
      for (let l = fix.newLine; l <= fix.newLastLine; l++) out += `${chalk.green(`+${inert(after[l - 1] ?? '')}`)}\n`;
    }
  }
  writeOut(out);
  for (const l of left) writeErr(`${inert(oneLine(l.shown))}:${l.line}:${l.column}: ${l.field}: ${l.reason}: left for you to mend (${l.why})\n`);
  const count = fixed.reduce((n, f) => n + f.fixes.length, 0);
  writeErr(`${dryRun ? 'would fix' : 'fixed'} ${count} problem${count === 1 ? '' : 's'} in ${fixed.length} file${fixed.length === 1 ? '' : 's'}\n`);
  return !dryRun && fixed.length > 0;
}
