/** `gloss check`: validates the whole corpus; exit 0 only when it is sound (warnings allowed). */
import type { Command } from 'commander';
import { lintCorpus } from '../corpus/lint.js';
import { formatProblem, loadedCorpus, terminalFor } from '../cli/context.js';
import { inert } from '../output/inert.js';
import { writeErr, writeOut } from '../output/write.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the corpus: schema, anchoring of every quote, ids, checksums; list every problem as file:line:col')
    .option('--strict', 'treat warnings as errors')
    .action((opts: { strict?: boolean }, cmd: Command) => {
      const loaded = loadedCorpus(cmd);
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      // Lint only a corpus that loaded cleanly: warnings on half-anchored data would mislead.
      const warnings = errors.length === 0 ? lintCorpus(loaded.corpus, loaded.nonMentions) : [];
      const problems = [...loaded.problems, ...warnings];
      const term = terminalFor(cmd);
      for (const p of problems) writeErr(`${inert(formatProblem(p))}\n`);
      const c = loaded.corpus;
      const failed = errors.length > 0 || (opts.strict === true && warnings.length > 0);
      const summary = `${c.articles.length} articles, ${c.actors.length} actors, ${c.agreements.length} agreements, ${c.claims.length} claims, ${c.mentions.length} mentions, ${c.regions.length} regions: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      if (failed) {
        writeErr(`${summary}\n`);
        process.exitCode = 2;
      } else {
        writeOut(`${term.chalk.green('ok')} ${summary}\n`);
      }
    });
}
