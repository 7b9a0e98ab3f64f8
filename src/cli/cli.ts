export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

const USAGE = `Usage: mentorship-prep <command> [options]

Commands:
  help      Show this message
`;

export async function runCli(argv: string[], io: { out: (s: string) => void; err: (s: string) => void } = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}): Promise<number> {
  const [command] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  io.err(`mentorship-prep: unknown command '${command}'\n\n${USAGE}`);
  return EXIT.usage;
}
