import * as assert from 'assert';
import * as vscode from 'vscode';
import { stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';
import { activateExtension, sleep, waitFor, workspaceRoot } from './helpers';

type Progress = { done: number; total: number };
const progress = () => vscode.commands.executeCommand<Progress>('mentorshipPrep.checklist.progress');
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
});
