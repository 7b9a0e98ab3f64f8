import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile, waitFor, workspaceRoot } from './helpers';

type Progress = { steps: Record<string, string> };
type Listing = { active: string | undefined; leaders: { slug: string; name: string; ask: string }[] };
const progress = () => vscode.commands.executeCommand<Progress>('mentorshipPrep.checklist.progress');
const listing = () => vscode.commands.executeCommand<Listing>('mentorshipPrep.leaders.list');
const exists = (relative: string) => vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'))).then(() => true, () => false);
const json = async (relative: string) => JSON.parse(await readWorkspaceFile(relative)) as Record<string, unknown> & { you?: { name?: string }; leader?: { name?: string } };

suite('Several leaders', () => {
  suiteSetup(async () => {
    await activateExtension();
    await restoreFixture();
    await listing();
  });
  suiteTeardown(async () => {
    // Each leader's checklist is cleared before the files go, then the single-profile layout is back.
    for (const l of (await listing()).leaders) {
      await vscode.commands.executeCommand('mentorshipPrep.switchLeader', l.slug);
      await vscode.commands.executeCommand('mentorshipPrep.checklist.reset', 'all');
    }
    await restoreFixture();
    assert.strictEqual((await listing()).active, undefined);
  });

  test('a single-profile workspace keeps working unchanged: profile.json, mentorship/, one checklist', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; uri: string }>('mentorshipPrep.generate', { profile: testProfile(), ifExists: 'replace', show: false });
    assert.ok(result.ok);
    assert.strictEqual(vscode.workspace.asRelativePath(vscode.Uri.parse(result.uri), false), 'mentorship/prep-dana-okafor.md');
    assert.strictEqual((await json('.mentorship/profile.json')).leader?.name, 'Dana Okafor');
    assert.strictEqual(await exists('.mentorship/leaders'), false, 'nothing is migrated without asking');
    assert.strictEqual((await listing()).active, undefined);
    assert.ok((await waitFor(progress, (p) => !!p.steps['generate-doc'])).steps['generate-doc']);
  });

  test('migrating moves the profile, the documents and the checklist to the leader; Undo puts them back', async () => {
    await vscode.commands.executeCommand('mentorshipPrep.checklist.setStep', 'research-leader', true);
    const slug = await vscode.commands.executeCommand<string>('mentorshipPrep.migrateToLeaders');
    assert.strictEqual(slug, 'dana-okafor');
    assert.strictEqual((await json('.mentorship/leaders/dana-okafor.json')).leader?.name, 'Dana Okafor');
    assert.strictEqual((await json('.mentorship/you.json')).you?.name, 'Sam Rivera');
    assert.strictEqual(await exists('.mentorship/profile.json'), false);
    assert.ok(await exists('mentorship/dana-okafor/prep-dana-okafor.md'));
    assert.strictEqual((await listing()).active, 'dana-okafor');
    assert.ok((await progress()).steps['research-leader'], 'the checklist moved with the leader');

    assert.strictEqual(await vscode.commands.executeCommand('mentorshipPrep.undoMigrateToLeaders'), true);
    assert.strictEqual((await json('.mentorship/profile.json')).leader?.name, 'Dana Okafor');
    assert.ok(await exists('mentorship/prep-dana-okafor.md'));
    assert.strictEqual(await exists('.mentorship/leaders/dana-okafor.json'), false);
    assert.strictEqual((await listing()).active, undefined);
    assert.ok((await progress()).steps['research-leader'], 'the checklist is back where it was');
  });

  test('two leaders: each has its documents and checklist; switching shows the other\'s unchanged', async () => {
    // What Dana's checklist held before (another suite, in a shuffled order, may have ticked the step).
    const danaBefore = (await progress()).steps['send-one-pager'];
    const priya = await vscode.commands.executeCommand<string>('mentorshipPrep.addLeader', {
      name: 'Priya Raman', flow: false, profile: { challenge: 'moving billing to events', relationship: 'cross-team' },
    });
    assert.strictEqual(priya, 'priya-raman');
    const list = await listing();
    assert.deepStrictEqual(list.leaders.map((l) => l.slug), ['dana-okafor', 'priya-raman']);
    assert.strictEqual(list.active, 'priya-raman');
    assert.strictEqual((await json('.mentorship/leaders/priya-raman.json')).you, undefined, 'your answers are shared, not copied into the leader file');

    const priyaProfile = testProfile({ leader: { name: 'Priya Raman' }, challenge: 'moving billing to events', relationship: 'cross-team' });
    const generated = await vscode.commands.executeCommand<{ ok: boolean; uri: string }>('mentorshipPrep.generate', { profile: priyaProfile, template: 'script', ifExists: 'replace', show: false });
    assert.ok(generated.ok);
    assert.strictEqual(vscode.workspace.asRelativePath(vscode.Uri.parse(generated.uri), false), 'mentorship/priya-raman/script-priya-raman.md');
    const script = await readWorkspaceFile('mentorship/priya-raman/script-priya-raman.md');
    assert.match(script, /Priya Raman/);
    assert.match(script, /Sam Rivera/, 'the shared fields are used');

    await vscode.commands.executeCommand('mentorshipPrep.checklist.setStep', 'send-one-pager', true);
    assert.ok((await progress()).steps['send-one-pager']);
    await vscode.commands.executeCommand('mentorshipPrep.switchLeader', 'dana-okafor');
    const dana = await progress();
    assert.strictEqual(dana.steps['send-one-pager'], danaBefore, 'Dana’s checklist is unchanged');
    assert.ok(dana.steps['research-leader'], 'and keeps its own ticks');
    const danaDoc = await vscode.commands.executeCommand<{ ok: boolean; uri: string }>('mentorshipPrep.generate', { profile: testProfile(), template: 'script', ifExists: 'replace', show: false });
    assert.strictEqual(vscode.workspace.asRelativePath(vscode.Uri.parse(danaDoc.uri), false), 'mentorship/dana-okafor/script-dana-okafor.md');
    await vscode.commands.executeCommand('mentorshipPrep.switchLeader', 'priya-raman');
    assert.ok((await progress()).steps['send-one-pager'], 'Priya’s tick is still there');
  });

  test('"Ask someone else" closes the current ask and starts the next leader with your answers', async () => {
    await vscode.commands.executeCommand('mentorshipPrep.switchLeader', 'priya-raman');
    await vscode.commands.executeCommand('mentorshipPrep.setAskState', 'priya-raman', 'asked');
    const lee = await vscode.commands.executeCommand<string>('mentorshipPrep.askSomeoneElse', { name: 'Lee Chen', flow: false });
    assert.strictEqual(lee, 'lee-chen');
    const list = await listing();
    assert.strictEqual(list.active, 'lee-chen');
    assert.strictEqual(list.leaders.find((l) => l.slug === 'priya-raman')?.ask, 'no');
    assert.strictEqual(list.leaders.find((l) => l.slug === 'lee-chen')?.ask, 'preparing');
    const loaded = await json('.mentorship/leaders/lee-chen.json');
    assert.strictEqual(loaded.leader?.name, 'Lee Chen');
    assert.strictEqual(loaded.challenge, undefined, 'nothing about the previous leader is copied');
    assert.strictEqual((await json('.mentorship/you.json')).you?.name, 'Sam Rivera');
  });
});
