/** `gloss check`: validates the whole corpus; exit 0 only when it is sound (warnings allowed). */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { lintCorpus } from '../corpus/lint.js';
import { corpusDir, formatProblem, loadedCorpus, progressOnStderr, terminalFor } from '../cli/context.js';
import type { Loaded } from '../corpus/load.js';
import { inert } from '../output/inert.js';
import { writeErr, writeOut } from '../output/write.js';
import { wrap } from '../output/width.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the corpus: schema, anchoring of every quote, ids, checksums; list every problem as file:line:col')
    .option('--strict', 'treat warnings as errors')
    .option('--fix', 'mend the quotes, prefixes and suffixes whose mistake has exactly one answer, showing each change as a diff')
    .option('--dry-run', 'with --fix: show the changes without writing them')
    .action(async (opts: { strict?: boolean; fix?: boolean; dryRun?: boolean }, cmd: Command) => {
      let loaded = loadedCorpus(cmd);
      if (opts.fix || opts.dryRun) loaded = await applyFixes(cmd, opts.dryRun === true) ?? loaded;
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      // Lint only a corpus that loaded cleanly: warnings on half-anchored data would mislead.
      const lint = errors.length === 0 ? lintCorpus(loaded.corpus, loaded.nonMentions) : [];
      // Warnings come from loading too: proposals of gloss draft "to review".
      const warnings = [...loaded.problems.filter((p) => p.severity === 'warning'), ...lint];
      const problems = [...loaded.problems, ...lint];
      const term = terminalFor(cmd);
      for (const p of problems) writeErr(`${inert(formatProblem(p))}\n`);
      const c = loaded.corpus;
      const failed = errors.length > 0 || (opts.strict === true && warnings.length > 0);
      const summary = `${c.articles.length} articles, ${c.actors.length} actors, ${c.agreements.length} agreements, ${c.claims.length} claims, ${c.mentions.length} mentions, ${c.regions.length} regions: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      if (failed) {
        writeErr(`${summary}\n`);
        process.exitCode = 2;
      } else {
        // Wrapped on a terminal (or to COLUMNS); piped, one line for grep.
        const line = `${term.chalk.green('ok')} ${summary}`;
        writeOut(`${Number.isFinite(term.tableWidth) ? wrap(line, term.tableWidth, { trim: true }) : line}\n`);
      }
    });
}

/**
 * Mends what has one answer (corpus/fix.ts), prints each change as a diff on stdout, writes the files
 * unless it is a dry run, and returns the corpus as loaded again after the writes.
 */
async function applyFixes(cmd: Command, dryRun: boolean): Promise<Loaded | undefined> {
  const dir = corpusDir(cmd);
  const { fixCorpus } = await import('../corpus/fix.js');
  const fixed = fixCorpus(dir);
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
      out += `${chalk.red(`-${inert(before[fix.line - 1] ?? '')}`)}\n${chalk.green(`+${inert(after[fix.line - 1] ?? '')}`)}\n`;
    }
  }
  writeOut(out);
  const count = fixed.reduce((n, f) => n + f.fixes.length, 0);
  process.stderr.write(`${dryRun ? 'would fix' : 'fixed'} ${count} problem${count === 1 ? '' : 's'} in ${fixed.length} file${fixed.length === 1 ? '' : 's'}\n`);
  if (dryRun || fixed.length === 0) return undefined;
  for (const f of fixed) {
    // Written beside the file and renamed over it: an interrupted fix leaves the old file whole.
    const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, f.after, { flag: 'wx' });
      renameSync(tmp, f.path);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  const { loadCorpusCached } = await import('../corpus/cache.js');
  return loadCorpusCached(dir, progressOnStderr());
}
