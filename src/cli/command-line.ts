/**
 * What a command line names, read without commander: the command, and the corpus folder given. Used
 * before commander is loaded (main.ts registers only the named command's module; start.ts starts the
 * freshness thread early); where the line is not plain, the answer is undefined and nothing depends
 * on it but speed.
 */

/** The global options that take a value: the word after one is its value, not a command. */
const GLOBAL_VALUES = ['--corpus', '--color'];

/**
 * The command the arguments (after node and the script) name, where that is plain: the first word
 * after the global options. Help, the version, an unknown option before the command or `--` answer
 * undefined, and every command is registered: commander then needs them all.
 */
export function commandNamed(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_VALUES.includes(arg)) i++;
    else if (arg === '--no-pager' || GLOBAL_VALUES.some((o) => arg.startsWith(`${o}=`))) continue;
    else return arg.startsWith('-') ? undefined : arg;
  }
  return undefined;
}

/** The corpus folder the arguments give (--corpus DIR or --corpus=DIR, wherever they stand), else $GLOSS_CORPUS; undefined for the shipped corpus. */
export function corpusNamed(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  let named: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--corpus') named = args[++i];
    else if (arg.startsWith('--corpus=')) named = arg.slice('--corpus='.length);
  }
  return named ?? (env.GLOSS_CORPUS || undefined);
}
