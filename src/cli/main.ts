// `mentorship-prep` command line: the same core as the extension, for scripts and CI.
import { bounded, EXIT, runCommands } from './common';
import { vocab } from './vocab';

// Standard output can fail after a command has returned: `> /dev/full` (the disk is full) or a reader
// that went away (`| head`). Node reports it as an 'error' event, which would otherwise crash with a
// stack trace. A closed pipe is the reader's choice and stays quiet; anything else is a failure.
let stdoutFailed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (stdoutFailed || err.code === 'EPIPE') return;
  stdoutFailed = true;
  process.stderr.write(`mentorship-prep: could not write to standard output: ${err.code === 'ENOSPC' ? 'the disk is full' : err.message}.\n`);
  process.exitCode = EXIT.refused;
});
// Nowhere left to report a failing standard error; the exit code still tells.
process.stderr.on('error', () => undefined);

// `vocab` runs from this bundle; the other commands are in a second one (templates, Handlebars,
// the phrasebook), loaded only when one of them runs: loading it took a scan ~0.14 s of CPU.
const argv = process.argv.slice(2);
const run = (): Promise<number> => argv[0] === 'vocab'
  ? runCommands({ vocab }, argv)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle beside this one, loaded when needed
  : (require('./cli-commands.js') as typeof import('./cli')).runCli(argv);

run().then(
  (code) => { process.exitCode = stdoutFailed && code === EXIT.ok ? EXIT.refused : code; },
  (err: unknown) => { process.stderr.write(bounded(`mentorship-prep: ${err instanceof Error ? err.message : String(err)}\n`)); process.exitCode = EXIT.refused; },
);
