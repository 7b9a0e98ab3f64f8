// `mentorship-prep` command line: the same core as the extension, for scripts and CI.
import { bounded, EXIT, runCli } from './cli';

// Standard output can fail after runCli has returned: `> /dev/full` (the disk is full) or a reader
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

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = stdoutFailed && code === EXIT.ok ? EXIT.refused : code; },
  (err: unknown) => { process.stderr.write(bounded(`mentorship-prep: ${err instanceof Error ? err.message : String(err)}\n`)); process.exitCode = EXIT.refused; },
);
