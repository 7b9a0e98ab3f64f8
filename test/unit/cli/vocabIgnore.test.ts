// `vocab` leaves muted terms out: --ignore TERM and the workspace's .vscode/settings.json.
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { assertFailure, cases, type Case } from './helpers';

const DOC = 'Kubernetes runs our CQRS services.\nWe moved to Kubernetes for the event-driven architecture.\n';
const terms = (stdout: string) => (JSON.parse(stdout) as { term: string }[]).map((h) => h.term).sort();

function workspace(dir: string, settings?: string): string {
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'docs', 'design.md'), DOC);
  if (settings !== undefined) {
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode', 'settings.json'), settings);
  }
  return dir;
}

const list: Case[] = [
  {
    name: 'vocab without a mute lists Kubernetes (the check below can fail)',
    prepare: (dir) => ['vocab', '--json', workspace(dir)],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.deepStrictEqual(terms(r.stdout), ['CQRS', 'Event-Driven Architecture', 'Kubernetes', 'Kubernetes']); },
  },
  {
    name: 'vocab --ignore Kubernetes prints no Kubernetes hit, and the rest as before',
    prepare: (dir) => ['vocab', '--ignore', 'Kubernetes', workspace(dir)],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.doesNotMatch(r.stdout, /kubernetes/i);
      assert.match(r.stdout, /design\.md:1:\d+: "CQRS" → CQRS\n/);
      assert.strictEqual(r.stdout.trim().split('\n').length, 2);
    },
  },
  {
    name: '--ignore is repeatable and takes any spelling of a name or an alias',
    prepare: (dir) => ['vocab', '--json', '--ignore', 'kubernetes', '--ignore', 'cqrs', workspace(dir)],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.deepStrictEqual(terms(r.stdout), ['Event-Driven Architecture']); },
  },
  {
    name: 'the workspace\'s .vscode/settings.json mutes terms, comments and trailing commas and all',
    prepare: (dir) => ['vocab', '--json', path.join(workspace(dir, '{\n  // our product\n  "mentorshipPrep.vocabulary.ignoreTerms": ["Kubernetes",],\n}\n'), 'docs')],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.deepStrictEqual(terms(r.stdout), ['CQRS', 'Event-Driven Architecture']); },
  },
  {
    name: 'a broken settings file is named on stderr and the scan still runs',
    prepare: (dir) => ['vocab', '--json', workspace(dir, '{ "mentorshipPrep.vocabulary.ignoreTerms": [ }')],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.match(r.stderr, /settings\.json: not valid JSON .*ignoreTerms are not applied/);
      assert.strictEqual(terms(r.stdout).length, 4);
    },
  },
  {
    name: `--ignore with an empty term → ${EXIT.usage}`,
    prepare: (dir) => ['vocab', '--ignore', ' ', workspace(dir)],
    check: (r) => assertFailure(r, EXIT.usage, '--ignore needs a TERM.'),
  },
];

suite('CLI vocab: muted terms (built CLI)', () => {
  cases(list);
});
