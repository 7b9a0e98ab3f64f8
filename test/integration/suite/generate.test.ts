import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, workspaceRoot, readWorkspaceFile, restoreFixture, sleep, testProfile, waitFor } from './helpers';

const PROFILE = testProfile();
type Result = { ok: boolean; action?: string; uri?: string; message?: string; conflicts?: number };
const generate = (args: object) => vscode.commands.executeCommand<Result>('mentorshipPrep.generate', args);
/** Answers the question `pending` asks with a workbench command (accept its first item, or close
 *  it), however long the question takes to show: with no question open the command does nothing,
 *  so it is repeated until the command settles. */
async function answer(pending: Thenable<Result>, command: string): Promise<Result> {
  let settled = false;
  const done = Promise.resolve(pending).finally(() => { settled = true; });
  while (!settled) {
    await sleep(250);
    if (!settled) await vscode.commands.executeCommand(command);
  }
  return done;
}
const ACCEPT_FIRST = 'workbench.action.acceptSelectedQuickOpenItem';

suite('Prep doc generation', () => {
  suiteSetup(async () => { await activateExtension(); await restoreFixture(); });
  teardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });
  suiteTeardown(restoreFixture);

  test('generates the prep doc from a profile argument, saves the profile, and opens the doc', async () => {
    const result = await generate({ profile: PROFILE, ifExists: 'replace' });
    assert.strictEqual(result.ok, true, result.message);
    assert.ok(result.uri?.endsWith('/mentorship/prep-dana-okafor.md'), result.uri);
    const text = await readWorkspaceFile('mentorship/prep-dana-okafor.md');
    assert.match(text, /^# Mentorship prep: Dana Okafor/m);
    for (const h of ['The script', 'Objections and answers', 'Your relationship and the culture', 'Prep checklist']) assert.match(text, new RegExp(`^## ${h}`, 'm'));
    assert.match(text, /scaling our API gateway for 10x user load/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), result.uri);
    const saved = JSON.parse(await readWorkspaceFile('.mentorship/profile.json'));
    assert.strictEqual(saved.leader.name, 'Dana Okafor');
    assert.strictEqual(saved.tone, 'formal');
  });

  test('an existing doc is kept when the user cancels, and nothing is written', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    const before = await readWorkspaceFile('mentorship/prep-dana-okafor.md');
    const result = await generate({ profile: { ...PROFILE, tone: 'concise' }, ifExists: 'cancel' });
    assert.strictEqual(result.action, 'cancelled');
    assert.strictEqual(await readWorkspaceFile('mentorship/prep-dana-okafor.md'), before);
  });

  test('without a choice given, the user is asked, and dismissing the question replaces nothing', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    const before = await readWorkspaceFile('mentorship/prep-dana-okafor.md');
    const result = await answer(generate({ profile: { ...PROFILE, tone: 'warm' } }), 'workbench.action.closeQuickOpen'); // "already exists. What should happen?"
    assert.strictEqual(result.action, 'cancelled');
    assert.strictEqual(await readWorkspaceFile('mentorship/prep-dana-okafor.md'), before);
  });

  test('"save under a new name" keeps the old doc and writes the next free name', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    const result = await generate({ profile: { ...PROFILE, tone: 'warm' }, ifExists: 'new' });
    assert.strictEqual(result.action, 'saved-as-new');
    assert.match(result.uri ?? '', /prep-dana-okafor-\d+\.md$/);
    const relative = vscode.workspace.asRelativePath(vscode.Uri.parse(result.uri!), false);
    assert.notStrictEqual(await readWorkspaceFile(relative), await readWorkspaceFile('mentorship/prep-dana-okafor.md'));
    await vscode.workspace.fs.delete(vscode.Uri.parse(result.uri!));
  });

  test('replacing goes through an edit the user can undo', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    const formal = await readWorkspaceFile('mentorship/prep-dana-okafor.md');
    const result = await generate({ profile: { ...PROFILE, tone: 'concise' }, ifExists: 'replace' });
    assert.strictEqual(result.action, 'replaced');
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(result.uri!));
    assert.notStrictEqual(editor.document.getText(), formal);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), formal);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('an invalid profile is refused with the field named, and nothing is written', async () => {
    const result = await generate({ profile: { ...PROFILE, leader: { name: 'Lee Chen' }, cadence: 'daily' }, ifExists: 'replace' });
    assert.strictEqual(result.ok, false);
    assert.match(result.message ?? '', /cadence must be one of weekly, biweekly, monthly, as-needed/);
    await assert.rejects(readWorkspaceFile('mentorship/prep-lee-chen.md'));
  });

  test('the follow-up note and agenda commands render their templates from the saved profile', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    const note = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateFollowUp', { profile: PROFILE, ifExists: 'replace' });
    assert.ok(note.uri?.endsWith('/mentorship/thank-you-dana-okafor.md'), note.uri);
    const agenda = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateAgenda', { profile: PROFILE, ifExists: 'replace' });
    assert.match(await readWorkspaceFile('mentorship/first-checkin-dana-okafor.md'), /30 minutes/);
    assert.strictEqual(agenda.ok, true);
  });

  test('through its prompts: the saved answers are offered first and one Enter generates', async () => {
    await generate({ profile: PROFILE, ifExists: 'replace' });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'mentorship/prep-dana-okafor.md'));
    const pending = vscode.commands.executeCommand<Result>('mentorshipPrep.generate');
    await sleep(1500); // "Use the saved answers for Dana Okafor" is the first item
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const result = await pending;
    assert.strictEqual(result.action, 'created');
    assert.match(await readWorkspaceFile('mentorship/prep-dana-okafor.md'), /Dana Okafor/);
  });

  test('a team template overrides a built-in; a broken one is reported at its line and nothing is written', async () => {
    const root = workspaceRoot();
    const good = vscode.Uri.joinPath(root, '.mentorship/templates/thank-you.hbs');
    const bad = vscode.Uri.joinPath(root, '.mentorship/templates/first-checkin.hbs');
    const enc = new TextEncoder();
    await vscode.workspace.fs.writeFile(good, enc.encode('---\nname: Team thank-you\noutput: thanks-{leader}.md\n---\nThanks, {{leader.name}}!\n'));
    await vscode.workspace.fs.writeFile(bad, enc.encode('---\nname: Broken\n---\n# Agenda\n{{#if leader.name}}\nunclosed\n'));
    try {
      const note = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateFollowUp', { profile: PROFILE, ifExists: 'replace' });
      assert.ok(note.uri?.endsWith('/mentorship/thanks-dana-okafor.md'), note.uri);
      assert.strictEqual((await readWorkspaceFile('mentorship/thanks-dana-okafor.md')).trim(), 'Thanks, Dana Okafor!');
      const broken = await vscode.commands.executeCommand<Result>('mentorshipPrep.generateAgenda', { profile: PROFILE, ifExists: 'replace' });
      assert.strictEqual(broken.ok, false);
      assert.match(broken.message ?? '', /first-checkin\.hbs:\d+:\d+/);
      const diagnostics = vscode.languages.getDiagnostics(bad);
      assert.ok(diagnostics.length > 0, 'a diagnostic on the broken template');
      assert.ok(diagnostics[0]!.range.start.line >= 4, `diagnostic at line ${diagnostics[0]!.range.start.line + 1}`);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.mentorship/templates'), { recursive: true });
    }
  });

  test('saving the profile keeps $schema, the user\'s own keys and leader.phone exactly (issue 26)', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.mentorship/profile.json');
    const mine = { $schema: '../schemas/profile.schema.json', ...PROFILE, notes: { said: ['Tuesday', 2, null] }, leader: { ...(PROFILE.leader as object), phone: '+1 555 0100' } };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(mine, null, 2) + '\n'));
    const result = await generate({ profile: { ...PROFILE, challenge: 'a new challenge' }, ifExists: 'replace', show: false });
    assert.ok(result.ok, result.message);
    const saved = JSON.parse(await readWorkspaceFile('.mentorship/profile.json')) as Record<string, unknown>;
    assert.strictEqual(saved.$schema, '../schemas/profile.schema.json');
    assert.deepStrictEqual(saved.notes, { said: ['Tuesday', 2, null] });
    assert.strictEqual((saved.leader as Record<string, unknown>).phone, '+1 555 0100');
    assert.strictEqual(saved.challenge, 'a new challenge');
  });

  test('a profile file that cannot be parsed is never replaced by Generate (nothing is saved or written)', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), '.mentorship/profile.json');
    const enc = new TextEncoder();
    try {
      for (const broken of ['{ "leader": { "name": "Dana Okafor", ', '[1, 2, 3]\n']) {
        await vscode.workspace.fs.writeFile(uri, enc.encode(broken));
        const result = await generate({ profile: { ...PROFILE, leader: { name: 'Ines Moreau' } }, ifExists: 'replace', show: false });
        assert.strictEqual(result.ok, false, broken);
        assert.match(result.message ?? '', /Nothing was saved/);
        assert.strictEqual(await readWorkspaceFile('.mentorship/profile.json'), broken);
        await assert.rejects(readWorkspaceFile('mentorship/prep-ines-moreau.md'));
      }
    } finally {
      await vscode.workspace.fs.writeFile(uri, enc.encode(JSON.stringify(PROFILE, null, 2) + '\n'));
    }
  });

  test('an output folder or profile path setting that leaves the workspace folder is refused with a message', async () => {
    const config = () => vscode.workspace.getConfiguration('mentorshipPrep');
    for (const [key, value] of [['output.folder', '..\\..\\escaped'], ['output.folder', '../escaped'], ['profile.path', '..\\package.json'], ['profile.path', '/etc/x.json']] as const) {
      await config().update(key, value, vscode.ConfigurationTarget.Workspace);
      try {
        const result = await generate({ profile: { ...PROFILE, leader: { name: 'Noor Haddad' } }, ifExists: 'replace', show: false });
        assert.strictEqual(result.ok, false, `${key} = ${value}`);
        assert.match(result.message ?? '', new RegExp(`mentorshipPrep\\.${key.replace('.', '\\.')}.*outside the workspace folder`));
      } finally {
        await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
      }
    }
    await assert.rejects(readWorkspaceFile('mentorship/prep-noor-haddad.md'));
  });
  suite('Update, keeping my edits', () => {
    const DOC = 'mentorship/prep-dana-okafor.md';
    const COPY = '.mentorship/generated/mentorship/prep-dana-okafor.md';
    const WARM = { ...PROFILE, tone: 'warm' };
    const docUri = () => vscode.Uri.joinPath(workspaceRoot(), DOC);
    /** Replaces the line that starts with `start` in the open document. */
    async function editLine(doc: vscode.TextDocument, start: string, replacement: string): Promise<void> {
      const line = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i)).find((l) => l.text.startsWith(start));
      assert.ok(line, `the doc has a line starting ${start}`);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, line.range, replacement);
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    // The user saves: with auto save on (this host's default) VS Code would save the update for them.
    suiteSetup(() => vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global));
    suiteTeardown(() => vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global));
    /** The warm render on its own, written under a free name and removed again. */
    async function warmRender(): Promise<string> {
      const result = await generate({ profile: WARM, ifExists: 'new', show: false });
      const uri = vscode.Uri.parse(result.uri!);
      const text = await readWorkspaceFile(vscode.workspace.asRelativePath(uri, false));
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.mentorship/generated', vscode.workspace.asRelativePath(uri, false)));
      return text;
    }

    test('is offered first; keeps a saved and an unsaved edit, takes the new tone elsewhere, writes nothing until saved, and Undo restores', async () => {
      await generate({ profile: PROFILE, ifExists: 'replace' });
      const formal = await readWorkspaceFile(DOC);
      assert.strictEqual(await readWorkspaceFile(COPY), formal, 'the generated version is kept');
      const warm = await warmRender();
      const doc = await vscode.workspace.openTextDocument(docUri());
      await editLine(doc, '## The script', '## My script for Dana');
      await doc.save();
      const saved = doc.getText();
      await editLine(doc, '## Research before the meeting', '## Homework');
      const before = doc.getText();

      const result = await answer(generate({ profile: WARM }), ACCEPT_FIRST); // "Update, keeping my edits"
      assert.strictEqual(result.action, 'updated', result.message);
      assert.strictEqual(result.conflicts, 0);
      const expected = warm.replace('\n## The script\n', '\n## My script for Dana\n').replace('\n## Research before the meeting\n', '\n## Homework\n');
      assert.notStrictEqual(expected, warm);
      assert.strictEqual(doc.getText(), expected);
      assert.ok(doc.isDirty, 'left for the user to review and save');
      await sleep(1000); // longer than an auto save's delay would be
      assert.strictEqual(await readWorkspaceFile(DOC), saved, 'nothing written to the file');
      assert.strictEqual(await readWorkspaceFile(COPY), formal, 'the base moves only when the update is saved');

      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), before);
      await vscode.commands.executeCommand('redo');
      assert.strictEqual(doc.getText(), expected);
      await doc.save();
      assert.strictEqual(await waitFor(() => readWorkspaceFile(COPY), (t) => t === warm, 20000), warm, 'once saved, the new render is the base of the next update');
    });

    test('an edit inside a sentence the new tone changes is a conflict: markers and a message, or the merge editor', async () => {
      await generate({ profile: PROFILE, ifExists: 'replace' });
      const doc = await vscode.workspace.openTextDocument(docUri());
      const opening = '> **You:** “Thank you for agreeing to meet with me';
      await editLine(doc, opening, '> **You:** “My own opening line.”');
      await doc.save();
      const config = vscode.workspace.getConfiguration('mentorshipPrep');
      await config.update('update.mergeEditor', false, vscode.ConfigurationTarget.Global);
      try {
        const result = await generate({ profile: WARM, ifExists: 'update' });
        assert.strictEqual(result.action, 'updated');
        assert.ok((result.conflicts ?? 0) >= 1, 'a conflict is reported');
        assert.match(result.message ?? '', /changed both in your file and in the new version/);
        const text = doc.getText();
        assert.match(text, /^<<<<<<< Your version\n> \*\*You:\*\* “My own opening line\.”\n=======\n> \*\*You:\*\* .*\n>>>>>>> New version$/m);
        await sleep(1000);
        assert.ok(doc.isDirty && !(await readWorkspaceFile(DOC)).includes('<<<<<<<'), 'nothing written until the user saves');
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('undo');
        assert.strictEqual(doc.getText(), await readWorkspaceFile(DOC));
      } finally {
        await config.update('update.mergeEditor', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
});
