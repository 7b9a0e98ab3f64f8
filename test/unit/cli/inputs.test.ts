// The built CLI (dist/cli.js) as a real process, fed every kind of bad input file: `generate
// --profile FILE` and `vocab --glossary FILE PATH`. Each case checks the exit code, the message on
// stderr (naming the file and, for profiles, the field), an empty stdout, and that the case's
// folder holds exactly what it held before (no partial or temporary file).
import * as assert from 'assert';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { assertFailure, cases, EXAMPLE_PROFILE, type Case } from './helpers';

const linuxOnly = () => (process.platform === 'linux' ? undefined : 'uses a Linux device file');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const example = () => JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, Record<string, unknown>>;

interface Source {
  /** "Profile" or "Glossary", as the CLI names it in messages. */
  what: 'Profile' | 'Glossary';
  ext: string;
  /** The command line reading `file`; `shared` holds notes.md for `vocab` to scan. */
  args: (file: string, shared: string) => string[];
  /** A valid file of this kind. */
  valid: string;
  /** Exit code when the file cannot be read: 1 for a profile; 2 for a glossary (the vocab contract). */
  unreadable: number;
}

const SOURCES: Source[] = [
  { what: 'Profile', ext: 'json', args: (f) => ['generate', '--profile', f], valid: '{"leader": {"name": "Dana"}, "challenge": "scale"}', unreadable: EXIT.refused },
  { what: 'Glossary', ext: 'glossary.yml', args: (f, shared) => ['vocab', '--glossary', f, path.join(shared, 'notes.md')], valid: 'terms:\n  - name: Runbook Drill\n', unreadable: EXIT.usage },
];

/** Sockets listening for the socket cases, closed at the end. */
const servers: net.Server[] = [];

function fileCases(src: Source): Case[] {
  const at = (dir: string) => path.join(dir, `${src.what.toLowerCase()}.${src.ext}`);
  const failing = (name: string, code: number, write: (f: string, dir: string) => void | Promise<void>, message: (f: string) => string, more: Partial<Case> = {}): Case => {
    let f = '';
    return {
      name: `${src.what}: ${name} → ${code}`,
      prepare: async (dir, shared) => { f = at(dir); await write(f, dir); return src.args(f, shared); },
      check: (r) => assertFailure(r, code, message(f)),
      ...more,
    };
  };
  return [
    failing('a missing file', src.unreadable, () => undefined, (f) => `mentorship-prep: ${src.what} ${f} does not exist.`),
    {
      name: `${src.what}: a path through a file → ${src.unreadable}`,
      prepare: (dir, shared) => { writeFileSync(path.join(dir, 'plain.txt'), 'x'); return src.args(path.join(dir, 'plain.txt', `x.${src.ext}`), shared); },
      check: (r, dir) => assertFailure(r, src.unreadable, `${src.what} ${path.join(dir, 'plain.txt', `x.${src.ext}`)} does not exist (a part of its path is not a folder).`),
    },
    failing('a directory', src.unreadable, (f) => { mkdirSync(f); }, (f) => `mentorship-prep: ${src.what} ${f} is a directory, not a file.`),
    failing('a binary file', src.unreadable, (f) => writeFileSync(f, Buffer.from([0x7b, 0x22, 0x00, 0x01, 0x02, 0xff, 0x89, 0x50, 0x4e, 0x47])), (f) => `mentorship-prep: ${src.what} ${f} is a binary file, not text.`),
    failing('invalid UTF-8', src.unreadable, (f) => writeFileSync(f, Buffer.from(src.what === 'Profile' ? '{"leader": {"name": "Dana \xff\xfe"}, "challenge": "scale"}' : 'terms:\n  - name: Caf\xe9\n', 'latin1')),
      (f) => `mentorship-prep: ${src.what} ${f} is not valid UTF-8 text.`),
    failing('a file without read permission (chmod 000)', src.unreadable, (f) => { writeFileSync(f, src.valid); chmodSync(f, 0o000); },
      (f) => `mentorship-prep: ${src.what} ${f} cannot be read (permission denied).`, { permissions: true }),
    failing('a socket (cannot be opened, even by root)', src.unreadable, async (f) => {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(f, resolve); });
    }, (f) => `mentorship-prep: ${src.what} ${f} is a socket, not a file.`),
    failing('an empty file', src.what === 'Profile' ? EXIT.usage : EXIT.ok, (f) => writeFileSync(f, ''), () => '', {
      check: src.what === 'Profile'
        ? (r) => assertFailure(r, EXIT.usage, /mentorship-prep: profile .* is not valid JSON: Unexpected end of JSON input/)
        : (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.match(r.stderr, /glossary\.yml:1:1: warning: is empty/); },
    }),
  ];
}

function profileCases(): Case[] {
  const profile = (name: string, code: number, content: () => string, ...patterns: ((f: string) => string | RegExp)[]): Case => {
    let f = '';
    return {
      name: `Profile: ${name} → ${code}`,
      prepare: (dir) => { f = path.join(dir, 'profile.json'); writeFileSync(f, content()); return ['generate', '--profile', f]; },
      check: (r) => assertFailure(r, code, ...patterns.map((p) => p(f))),
    };
  };
  const invalid = (name: string, field: string, change: (p: Record<string, Record<string, unknown>>) => void, message: string) =>
    profile(`an invalid profile, ${name}, names ${field}`, EXIT.usage, () => { const p = example(); change(p); return JSON.stringify(p); },
      (f) => `mentorship-prep: profile ${f} is not valid:\n`, () => `error: ${message}`);
  return [
    ...([['a list', '[1, 2, 3]', 'not a list'], ['a string', '"Dana"', 'not "Dana"'], ['null', 'null', 'not null']] as const)
      .map(([name, json, says]) => profile(`JSON that is ${name}, not an object`, EXIT.usage, () => json,
        (f) => `mentorship-prep: profile ${f} is not valid:\n`, () => `error: A profile must be a JSON object, ${says}.`)),
    ...([['truncated', '{"leader": {"name": "Dana"'], ['trailing text', '{} x'], ['a comment', '// profile\n{}']] as const)
      .map(([name, text]) => profile(`JSON that does not parse (${name})`, EXIT.usage, () => text, (f) => `mentorship-prep: profile ${f} is not valid JSON: `)),
    invalid('a text field of the wrong type', 'leader.name', (p) => { p.leader!.name = 5; }, 'leader.name must be text, not 5.'),
    invalid('a missing required field', 'challenge', (p) => { delete p.challenge; }, 'challenge is required: the challenge you want their view on.'),
    invalid('text over the length limit', 'leader.expertise', (p) => { p.leader!.expertise = 'x'.repeat(501); }, 'leader.expertise is 501 characters; keep it under 500.'),
    invalid('a value not in the list', 'culture.hierarchy', (p) => { p.culture!.hierarchy = 'matrix'; }, 'culture.hierarchy must be one of flat, hierarchical (got "matrix").'),
    invalid('a number out of range', 'sessionMinutes', (p) => { (p as Record<string, unknown>).sessionMinutes = 500; }, 'sessionMinutes must be a whole number of minutes from 10 to 120 (got 500).'),
    invalid('a group that is not an object', 'leader', (p) => { (p as Record<string, unknown>).leader = 'Dana'; }, 'leader must be an object, not "Dana".'),
    {
      name: `Profile: an unknown field is a warning on stderr, not an error → ${EXIT.ok}`,
      prepare: (dir) => { writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ ...example(), mood: 'hopeful' })); return ['generate', '--profile', path.join(dir, 'p.json')]; },
      check: (r, dir) => {
        assert.strictEqual(r.code, EXIT.ok, r.stderr);
        assert.strictEqual(r.stderr, `${path.join(dir, 'p.json')}: warning: mood is not a profile field; it is ignored.\n`);
        assert.match(r.stdout, /^# Mentorship prep: Dana Okafor/);
      },
    },
    {
      name: `Profile: a UTF-8 byte order mark is accepted → ${EXIT.ok}`,
      prepare: (dir) => { writeFileSync(path.join(dir, 'p.json'), `\ufeff${JSON.stringify(example())}`); return ['generate', '--profile', path.join(dir, 'p.json')]; },
      check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.strictEqual(r.stderr, ''); },
    },
    {
      name: `Profile: /dev/zero (endless, binary) → ${EXIT.refused}, without reading it all`,
      skip: linuxOnly,
      prepare: () => ['generate', '--profile', '/dev/zero'],
      check: (r) => assertFailure(r, EXIT.refused, 'mentorship-prep: Profile /dev/zero is a binary file, not text.'),
    },
    {
      name: `Profile: from a pipe (\`cat p.json | mentorship-prep generate --profile /dev/stdin\`) → ${EXIT.ok}`,
      skip: linuxOnly,
      prepare: (dir) => {
        writeFileSync(path.join(dir, 'p.json'), JSON.stringify(example()));
        return { args: ['generate', '--profile', '/dev/stdin'], options: { stdinPipeFrom: path.join(dir, 'p.json') } };
      },
      check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.match(r.stdout, /^# Mentorship prep: Dana Okafor/); },
    },
  ];
}

function glossaryCases(): Case[] {
  const glossary = (name: string, code: number, text: string, ...patterns: ((f: string) => string | RegExp)[]): Case => {
    let f = '';
    return {
      name: `Glossary: ${name} → ${code}`,
      prepare: (dir, shared) => { f = path.join(dir, 'team.glossary.yml'); writeFileSync(f, text); return ['vocab', '--glossary', f, path.join(shared, 'notes.md')]; },
      check: (r) => assertFailure(r, code, ...patterns.map((p) => p(f))),
    };
  };
  return [
    ...([['a list', '[1, 2, 3]\n'], ['a string', '"just text"\n']] as const).map(([name, text]) =>
      glossary(`JSON/YAML that is ${name}, not a mapping`, EXIT.usage, text, (f) => `mentorship-prep: ${f}:1:1: must be a mapping with \`contexts:\` (Contextive) or \`terms:\``)),
    glossary('malformed YAML, each problem at file:line:column', EXIT.usage,
      'terms:\n  - name: Runbook Drill\n    definition: A drill.\n  - definition: no name here\n  - name: "Unclosed\n    definition: broken quoting\n',
      (f) => `${f}:4:5: term has no \`name\``, (f) => new RegExp(`${escape(f)}:\\d+:\\d+: Missing closing "quote`)),
    glossary('a term list that is not a list', EXIT.usage, 'terms: 5\n', (f) => `${f}:1:8: \`terms\` must be a list of terms`),
    {
      name: `Glossary: a valid team glossary adds its terms → ${EXIT.ok}`,
      prepare: (dir) => {
        writeFileSync(path.join(dir, 'team.glossary.yml'), 'terms:\n  - name: Runbook Drill\n    definition: A rehearsal of an incident runbook.\n');
        writeFileSync(path.join(dir, 'drill.md'), 'Next week: a runbook drill.\n');
        return ['vocab', '--glossary', path.join(dir, 'team.glossary.yml'), path.join(dir, 'drill.md')];
      },
      check: (r, dir) => {
        assert.strictEqual(r.code, EXIT.ok, r.stderr);
        assert.strictEqual(r.stdout, `${path.join(dir, 'drill.md')}:1:14: "runbook drill" → Runbook Drill\n`);
      },
    },
  ];
}

suite('CLI bad input files (built CLI)', () => {
  cases([...SOURCES.flatMap(fileCases), ...profileCases(), ...glossaryCases()], (shared) => {
    writeFileSync(path.join(shared, 'notes.md'), 'We talked about the API gateway.\n');
    chmodSync(shared, 0o755);
  }, async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });
});
