// `vocab` leaves out the last generated versions kept under .mentorship/generated/ (the tool's own
// copies, kept for `generate --update`): the user's document is counted once, as in the editor.
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { cases, type Case } from './helpers';

const DOC = 'We split the monolith with CQRS.\n';
const files = (stdout: string) => (JSON.parse(stdout) as { file: string; term: string }[]).map((h) => `${path.basename(path.dirname(h.file))}/${path.basename(h.file)} ${h.term}`).sort();

/** A workspace with a document in mentorship/ and its generated copy. */
function workspace(dir: string): string {
  mkdirSync(path.join(dir, '.git'));
  for (const folder of [path.join(dir, 'mentorship'), path.join(dir, '.mentorship', 'generated', 'mentorship')]) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'prep.md'), DOC);
  }
  // A folder of the same name elsewhere is the user's own and is scanned.
  mkdirSync(path.join(dir, 'notes', 'generated'), { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'generated', 'ideas.md'), DOC);
  return dir;
}

const list: Case[] = [
  {
    name: 'a workspace scan counts the document, not its generated copy',
    prepare: (dir) => ['vocab', '--json', workspace(dir)],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.deepStrictEqual(files(r.stdout), ['generated/ideas.md CQRS', 'mentorship/prep.md CQRS']);
    },
  },
  {
    name: 'scanning .mentorship/ leaves its generated copies out too',
    prepare: (dir) => ['vocab', '--json', path.join(workspace(dir), '.mentorship')],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.deepStrictEqual(files(r.stdout), []); },
  },
  {
    name: 'the generated folder named on the command line is scanned (it was asked for)',
    prepare: (dir) => ['vocab', '--json', path.join(workspace(dir), '.mentorship', 'generated')],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.deepStrictEqual(files(r.stdout), ['mentorship/prep.md CQRS']); },
  },
];

suite('CLI vocab: generated copies are not counted (built CLI)', () => {
  cases(list);
});
