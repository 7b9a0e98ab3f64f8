import * as assert from 'assert';
import * as vscode from 'vscode';
import { PREP_STEPS, stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';
import { activateExtension, sleep, waitFor, workspaceRoot } from './helpers';

type Progress = { done: number; total: number };
const progress = () => vscode.commands.executeCommand<Progress>('mentorshipPrep.checklist.progress');
type Listing = { active: string | undefined; leaders: { slug: string }[] };
const listing = () => vscode.commands.executeCommand<Listing>('mentorshipPrep.leaders.list');
const OPEN = { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway', relationship: 'cross-team', culture: { communication: 'direct', hierarchy: 'flat' } };
const DECLINED = { ...OPEN, firstResponseWords: 'No, I cannot take this on.' };
const stepCount = (p: unknown) => { const r = validateProfile(p); assert.ok(r.ok); return stepsFor(r.profile).length; };

suite('Profile edited outside the extension', () => {
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), '.mentorship', 'profile.json');
  let before: Uint8Array | undefined;
  suiteSetup(async () => {
    await activateExtension();
    before = await Promise.resolve(vscode.workspace.fs.readFile(uri())).catch(() => undefined);
  });
  // The file as it was: other suites read the fixture's profile.
  suiteTeardown(async () => {
    if (before) await vscode.workspace.fs.writeFile(uri(), before);
    else await Promise.resolve(vscode.workspace.fs.delete(uri())).catch(() => undefined);
  });

  test('a hand edit of profile.json changes the checklist’s steps without a reload', async () => {
    assert.notStrictEqual(stepCount(OPEN), stepCount(DECLINED), 'the two profiles have different steps');
    const write = (p: unknown) => vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(JSON.stringify(p, null, 2)));
    await write(OPEN);
    assert.strictEqual((await waitFor(progress, (p) => p.total === stepCount(OPEN))).total, stepCount(OPEN));
    await write(DECLINED);
    const after = await waitFor(progress, (p) => p.total === stepCount(DECLINED));
    assert.strictEqual(after.total, stepCount(DECLINED));
  });

  // Each write fires a create or a change, and their reads can finish out of order: the last edit's
  // steps must be the ones that stay, not a slower read of an earlier (or half-written) file.
  test('after quick edits one after another, the checklist keeps the last one’s steps', async () => {
    const write = (p: unknown) => vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(JSON.stringify(p, null, 2)));
    for (const p of [DECLINED, OPEN, DECLINED, OPEN, DECLINED, OPEN]) await write(p);
    assert.strictEqual((await waitFor(progress, (p) => p.total === stepCount(OPEN))).total, stepCount(OPEN));
    await sleep(1500);
    assert.strictEqual((await progress()).total, stepCount(OPEN), 'a slower read of an earlier edit replaced the last one');
  });

  // A checkout of a branch without .mentorship, or `rm -r .mentorship`: the watcher reports only
  // the folder, never the files that went with it.
  test('deleting the folder that holds profile.json takes the profile’s steps away', async () => {
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(JSON.stringify(OPEN, null, 2)));
    await waitFor(progress, (p) => p.total === stepCount(OPEN));
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.mentorship'), { recursive: true, useTrash: false });
    assert.strictEqual((await waitFor(progress, (p) => p.total === PREP_STEPS.length)).total, PREP_STEPS.length, 'the checklist still follows the deleted profile');
  });

  test('deleting the folder that holds the leaders’ files ends the several-leaders layout', async () => {
    const leaderFile = vscode.Uri.joinPath(workspaceRoot(), '.mentorship', 'leaders', 'watch-test.json');
    await vscode.workspace.fs.writeFile(leaderFile, new TextEncoder().encode(JSON.stringify(DECLINED, null, 2)));
    assert.strictEqual((await waitFor(listing, (l) => l.active === 'watch-test')).active, 'watch-test');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.mentorship'), { recursive: true, useTrash: false });
    const after = await waitFor(listing, (l) => l.leaders.length === 0);
    assert.deepStrictEqual(after.leaders, [], 'the deleted leader is still listed');
    assert.strictEqual(after.active, undefined);
  });

  // Writing profile.json creates .mentorship first: a watcher that starts watching the new folder
  // a moment after it appeared can miss the file written into it.
  test('a profile written into a just-created .mentorship folder is read, every time', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), '.mentorship');
    for (let i = 0; i < 12; i++) {
      const p = i % 2 ? OPEN : DECLINED;
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await waitFor(progress, (q) => q.total === PREP_STEPS.length, 3000);
      await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(JSON.stringify(p, null, 2)));
      assert.strictEqual((await waitFor(progress, (q) => q.total === stepCount(p))).total, stepCount(p), `round ${i + 1}: the new file was not read`);
    }
  });
});
