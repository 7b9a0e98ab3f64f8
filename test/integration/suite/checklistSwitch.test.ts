import * as assert from 'assert';
import * as vscode from 'vscode';
import { ChecklistDocSync } from '../../../src/features/checklist/docSync';
import { ChecklistStore } from '../../../src/services/checklistStore';
import { PREP_STEPS } from '../../../src/core/checklist/steps';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile, workspaceRoot } from './helpers';

/** Workspace state in memory: the store under test must not touch the extension's own. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] { return [...this.values.keys()]; }
  get<T>(key: string, fallback?: T): T | undefined { return this.values.has(key) ? this.values.get(key) as T : fallback; }
  update(key: string, value: unknown): Thenable<void> { this.values.set(key, value); return Promise.resolve(); }
}

const STEP = PREP_STEPS[0]!;
const doc = (leader: string) => `mentorship/${leader}/prep-${leader}.md`;
const write = (relative: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/')), new TextEncoder().encode(text));

// A sync against a store and a leader this test drives, in the real host. The workspace has a
// profile, so the extension's own sync leaves these docs alone (they are not named for its leader).
suite('Checklist sync while the leader switches', () => {
  suiteSetup(async () => {
    await activateExtension();
    await restoreFixture();
    // Saved through the extension, so its own sync knows the profile's leader at once (a profile it
    // has not read yet would make it own every prep doc, these two included).
    const saved = await vscode.commands.executeCommand<{ ok: boolean }>('mentorshipPrep.generate', { profile: testProfile(), ifExists: 'replace', show: false });
    assert.ok(saved.ok, 'the profile is saved');
  });
  suiteTeardown(restoreFixture);

  test('a sync that runs between the switch and the checklist\'s reload writes no leader\'s ticks into the other\'s doc', async () => {
    const text = `# Prep\n\n## Prep checklist\n\n- [ ] ${STEP.title}\n`;
    await write(doc('race-a'), text);
    await write(doc('race-b'), text);
    let active = 'race-a'; // the leader store's active leader
    const store = new ChecklistStore(new MemoryMemento(), () => `checklist:${active}`);
    // As the extension's own: the predicate is built for the leader active when it is asked for (a
    // predicate reading `active` at each call would pick b's docs for a sync that started for a).
    const sync = new ChecklistDocSync(store, async () => {
      const leader = active;
      return { key: store.leadersKey, owns: (uri) => uri.path.includes(`/${leader}/`) };
    });
    try {
      await store.set(STEP.id, true); // ticked for leader a
      await sync.sync(); // after the sync the tick queued
      assert.match(await readWorkspaceFile(doc('race-a')), /- \[x\]/, 'a\'s doc follows a\'s checklist');
      // The leader store has switched to b; the checklist has not reloaded yet (the leader store
      // writes .mentorship/active-leader before it tells anyone).
      active = 'race-b';
      await sync.sync();
      assert.match(await readWorkspaceFile(doc('race-b')), /- \[ \]/, 'b\'s doc is not given a\'s tick');
      store.reload();
      await sync.sync();
      assert.ok(!store.state.done[STEP.id], 'b\'s checklist is b\'s own');
      assert.match(await readWorkspaceFile(doc('race-b')), /- \[ \]/);
    } finally {
      sync.dispose();
      store.dispose();
    }
  });
});
