/**
 * The man page, written from the same commander definitions as --help (scripts/build.mjs saves it
 * as man/gloss.1 at build time): every command with its arguments, options and examples.
 */
import type { Command, Option } from 'commander';
import { ENVIRONMENT, EXAMPLES, NOTES } from './examples.js';

const roff = (s: string) => s.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1').replace(/-/g, '\\-');

function options(opts: readonly Option[]): string {
  return opts
    .filter((o) => !o.hidden)
    .map((o) => `.TP\n.B ${roff(o.flags)}\n${roff(o.description)}${o.argChoices ? roff(` (${o.argChoices.join(', ')})`) : ''}\n`)
    .join('');
}

export function manPage(program: Command): string {
  const opts = (c: Command) => (c as unknown as { options: Option[] }).options;
  const visible = program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
  const commands = visible
    .map((c) => {
      const args = c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
      const examples = (EXAMPLES[c.name()] ?? []).map(([cmd, what]) => `.PP\n.RS\n.nf\n${roff(cmd)}\n.fi\n.RE\n${roff(what)}\n`).join('');
      const notes = (NOTES[c.name()] ?? []).map((n) => `.PP\n${roff(n)}\n`).join('');
      return `.SS "gloss ${roff(c.name())} ${roff(args)}"\n${roff(c.description())}\n${options(opts(c))}${examples}${notes}`;
    })
    .join('');
  return `.TH GLOSS 1 "" "gloss ${program.version() ?? ''}" "User Commands"
.SH NAME
gloss \\- ${roff(program.description())}
.SH SYNOPSIS
.B gloss
[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]
.SH GLOBAL OPTIONS
${options(opts(program))}.SH COMMANDS
${commands}.SH EXIT STATUS
0 something found, 1 nothing found, 2 an error (a corpus with errors included: its sound articles are still used).
.SH ENVIRONMENT
${ENVIRONMENT.join(', ')}.
.SH SEE ALSO
The README of gloss: the annotation format and the output schemas.
`;
}
