import { writeSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** `--help` and `-h`, which every command accepts. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** A command as its user knows it. */
export interface CommandHelp {
  /** How to run it, e.g. `npm run --silent ask --`: used in the hint after a mistake. */
  invocation: string;
  /** The whole `--help` text: usage, what it does, options, examples. */
  text: string;
}

/** parseArgs' own result type for this configuration, read strictly from given arguments. */
type Parsed<C extends ParseArgsConfig> = ReturnType<typeof parseArgs<C & { args: string[]; strict: true }>>;

/** What a command line asks for: to run with these values, or to stop at once. */
export type CommandLine<C extends ParseArgsConfig> =
  | { run: Parsed<C> }
  | { stop: { exitCode: 0 | 2; stdout: string; stderr: string } };

/**
 * Reads `argv` strictly: `--help`/`-h` stops with the help text (exit 0); an unknown option, a
 * missing value or an unexpected argument stops with one line saying so and where the help is
 * (exit 2, as for other usage errors), instead of the stack trace `parseArgs` would throw.
 */
export function interpretCommandLine<C extends ParseArgsConfig & { options: typeof HELP_OPTION }>(
  help: CommandHelp,
  config: C,
  argv: string[],
): CommandLine<C> {
  let parsed: Parsed<C>;
  try {
    parsed = parseArgs({ ...config, args: argv, strict: true });
  } catch (error) {
    const hint = `Run \`${help.invocation} --help\` for usage and examples.`;
    return { stop: { exitCode: 2, stdout: '', stderr: `${usageMistake(error)} ${hint}\n` } };
  }
  if ((parsed.values as { help?: boolean }).help) return { stop: { exitCode: 0, stdout: `${help.text.trim()}\n`, stderr: '' } };
  return { run: parsed };
}

/**
 * The process's own command line, read as `interpretCommandLine` does. Returns the values to
 * run with; after printing the help or a mistake it ends the process with its exit code,
 * which is safe because commands read their command line before starting any work.
 */
export function readCommandLine<C extends ParseArgsConfig & { options: typeof HELP_OPTION }>(help: CommandHelp, config: C): Parsed<C> {
  const commandLine = interpretCommandLine(help, config, process.argv.slice(2));
  if ('run' in commandLine) return commandLine.run;
  // Written synchronously so that nothing is lost when the process ends right after.
  if (commandLine.stop.stdout) writeSync(1, commandLine.stop.stdout);
  if (commandLine.stop.stderr) writeSync(2, commandLine.stop.stderr);
  process.exit(commandLine.stop.exitCode);
}

/** parseArgs' error in one sentence (its own messages run on with advice about `--`). */
function usageMistake(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${named}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument ${named}: this command takes no arguments.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${message.split('\n')[0]!.replace(/\.$/, '')}.`;
    default:
      throw error;
  }
}
