/** `gloss check`: validates the whole corpus; exit 0 only when it is sound (warnings allowed). */
import type { Command } from 'commander';
import { formatProblem, terminalFor, useCorpus } from '../cli/context.js';
import { eachProblem, problemCounts } from '../store/queries.js';
import { inert } from '../output/inert.js';
import { writeOut } from '../output/write.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the corpus: schema, anchoring of every quote, ids, checksums; list every problem as file:line:col')
    .option('--strict', 'treat warnings as errors')
    .action((opts: { strict?: boolean }, cmd: Command) => useCorpus(cmd, async (s) => {
      // Every file checked for changes, and every article text hashed again: never taken on trust.
      await s.ensureTexts();
      // The loader's problems, then the linter's warnings (made, when the database was built, only
      // for a corpus that loaded cleanly: warnings on half-anchored data would mislead).
      // Written a line at a time as they are read: a large corpus's warnings are never one string.
      const { errors, warnings } = problemCounts(s.db);
      const term = terminalFor(cmd);
      for (const p of eachProblem(s.db)) process.stderr.write(`${inert(formatProblem(p))}\n`);
      const c = JSON.parse(s.meta('counts')!) as Record<string, number>;
      const failed = errors > 0 || (opts.strict === true && warnings > 0);
      const summary = `${c.articles} articles, ${c.actors} actors, ${c.agreements} agreements, ${c.claims} claims, ${c.mentions} mentions, ${c.regions} regions: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
      if (failed) {
        process.stderr.write(`${summary}\n`);
        process.exitCode = 2;
      } else {
        writeOut(`${term.chalk.green('ok')} ${summary}\n`);
      }
    }));
}
