// Issue 26 in a trusted workspace (Node extension host only: the links are made with node:fs at
// run time). A team template or partial that is a symbolic link to a file outside the workspace is
// never read into a document, and a loop of links in the template folder lists each template once.
import * as assert from 'assert';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile, workspaceRoot } from './helpers';

type Result = { ok: boolean; action?: string; uri?: string; message?: string };
const SECRET = 'SECRET-OUTSIDE-THE-WORKSPACE';

suite('Symbolic links in a trusted workspace (issue 26)', () => {
  let outside = '';
  let templates = '';
  suiteSetup(async () => {
    await activateExtension();
    await restoreFixture();
    outside = path.join(path.dirname(workspaceRoot().fsPath), `outside-trusted-${process.pid}`);
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
    templates = path.join(workspaceRoot().fsPath, '.mentorship', 'templates');
    mkdirSync(path.join(templates, 'partials'), { recursive: true });
  });
  suiteTeardown(async () => {
    rmSync(outside, { recursive: true, force: true });
    await restoreFixture();
  });

  test('a team template linked outside is refused by name; nothing is written', async () => {
    symlinkSync(path.join(outside, 'secret.txt'), path.join(templates, 'prep-doc.hbs'));
    try {
      const result = await vscode.commands.executeCommand<Result>('mentorshipPrep.generate', { profile: testProfile(), ifExists: 'replace', show: false });
      assert.strictEqual(result.ok, false, JSON.stringify(result));
      assert.match(result.message ?? '', /prep-doc\.hbs/);
      assert.match(result.message ?? '', /symbolic link/);
      await assert.rejects(readWorkspaceFile('mentorship/prep-dana-okafor.md'));
    } finally { rmSync(path.join(templates, 'prep-doc.hbs'), { force: true }); }
  });

  test('a partial linked outside is not read into the document', async () => {
    writeFileSync(path.join(templates, 'ask-note.hbs'), '---\nname: Ask note\noutput: ask-note.md\n---\nAsk {{leader.name}}.\n{{> signoff}}\n');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(templates, 'partials', 'signoff.hbs'));
    try {
      const result = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateFromTemplate', { profile: testProfile(), template: 'ask-note', ifExists: 'replace', show: false });
      if (result.ok) assert.ok(!(await readWorkspaceFile('mentorship/ask-note.md')).includes(SECRET), 'the linked partial was copied into the doc');
    } finally {
      rmSync(path.join(templates, 'partials', 'signoff.hbs'), { force: true });
      rmSync(path.join(templates, 'ask-note.hbs'), { force: true });
    }
  });

  test('a loop of links in the template folder: each team template is listed once', async () => {
    writeFileSync(path.join(templates, 'one.hbs'), '---\nname: One\noutput: one.md\n---\nOne for {{leader.name}}\n');
    symlinkSync('..', path.join(templates, 'partials', 'up'));
    symlinkSync('.', path.join(templates, 'self'));
    try {
      const result = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateFromTemplate', { profile: testProfile(), template: 'one', ifExists: 'replace', show: false });
      assert.ok(result.ok, JSON.stringify(result));
      assert.strictEqual(await readWorkspaceFile('mentorship/one.md'), 'One for Dana Okafor\n');
    } finally {
      for (const p of ['one.hbs', 'partials/up', 'self']) rmSync(path.join(templates, ...p.split('/')), { force: true });
    }
  });
});
