// `mentorship-prep` command line: the same core as the extension, for scripts and CI.
import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`mentorship-prep: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
