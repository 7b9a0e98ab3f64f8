// The Vocabulary view's full scan lists the workspace's files with the ripgrep VS Code ships (Node
// host only): it must find what the scan finds when findFiles lists them, where the two listings
// could differ: folders excluded by files.exclude and search.exclude, a .gitignore (findFiles does
// not honour it, so neither does the scan), hidden folders, node_modules, and symbolic links,
// which neither scan follows out of the workspace.
import * as assert from 'assert';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, restoreFixture, workspaceRoot } from './helpers';
import { excludeKeys, ripgrepFiles, shippedRipgrep } from '../../../src/features/vocabularyView/listing';

type Summary = { files: number; occurrences: number; terms: Record<string, number>; cancelled: boolean };

suite('Vocabulary view: listing files with ripgrep (Node host)', () => {
  let outside = '';
  const made: string[] = [];
  const write = (rel: string, text: string) => {
    const p = path.join(workspaceRoot().fsPath, ...rel.split('/'));
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  };
  const scan = () => vscode.commands.executeCommand<Summary>('mentorshipPrep.vocabularyView.refresh');
  const config = () => vscode.workspace.getConfiguration();

  suiteSetup(async () => {
    await activateExtension();
    await restoreFixture();
    const ws = workspaceRoot().fsPath;
    outside = path.join(path.dirname(ws), `outside-listing-${process.pid}`);
    mkdirSync(path.join(outside, 'dir'), { recursive: true });
    writeFileSync(path.join(outside, 'dir', 'far.md'), 'Strangler Fig, Strangler Fig, Strangler Fig.\n');
    writeFileSync(path.join(outside, 'far.md'), 'Strangler Fig again.\n');
    for (const [rel, text] of [
      ['listing/kept.md', 'The bounded context and its anti-corruption layer.\n'],
      ['listing/.hidden/dot.md', 'A hidden folder still has an API gateway.\n'],
      ['listing/ignored-by-git.md', 'Listed in .gitignore: eventual consistency is still counted.\n'],
      ['listing/.gitignore', 'ignored-by-git.md\nbuild/\n'],
      ['listing/build/out.md', 'A folder git ignores: technical debt.\n'],
      ['listing/excluded/by-files.md', 'files.exclude leaves out this circuit breaker.\n'],
      ['listing/searchless/by-search.md', 'search.exclude leaves out this service mesh.\n'],
      ['listing/node_modules/pkg/readme.md', 'node_modules is never scanned: strangler fig.\n'],
      ['listing/deep/a/b/c/d.md', 'Deep down, CQRS and event sourcing.\n'],
      ['listing/odd name #1 %20.md', 'A name a URI must escape, and its technical debt.\n'],
    ] as const) write(rel, text);
    made.push(path.join(ws, 'listing'));
    symlinkSync(path.join(outside, 'dir'), path.join(ws, 'listing', 'linked-dir'));
    symlinkSync(path.join(outside, 'far.md'), path.join(ws, 'listing', 'linked.md'));
    await config().update('files.exclude', { '**/excluded': true }, vscode.ConfigurationTarget.Workspace);
    await config().update('search.exclude', { 'listing/searchless/**': true }, vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    await config().update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('search.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    for (const p of made) rmSync(p, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
    await restoreFixture();
    await scan();
  });

  test('VS Code ships a ripgrep where the extension looks for it', async () => {
    assert.ok(await shippedRipgrep(), `no ripgrep under ${vscode.env.appRoot}`);
  });

  test('ripgrep lists what findFiles lists, except what it reaches through a symbolic link', async () => {
    const rg = (await shippedRipgrep())!;
    const folder = workspaceRoot();
    const source = new vscode.CancellationTokenSource();
    const listed: string[] = [];
    for await (const uris of ripgrepFiles(rg, folder, excludeKeys(), 20000, source.token)) listed.push(...uris.map((u) => u.toString()));
    const found = (await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0]!, '**/*'), `{${excludeKeys().join(',')}}`))
      .map((u) => u.toString());
    const viaLink = (u: string) => u.includes('/listing/linked-dir/') || u.endsWith('/listing/linked.md');
    assert.deepStrictEqual([...listed].sort(), found.filter((u) => !viaLink(u)).sort());
    const names = listed.map((u) => u.slice(folder.toString().length + 1));
    // The cases themselves, so the comparison above cannot pass by both listing nothing.
    for (const kept of ['listing/kept.md', 'listing/.hidden/dot.md', 'listing/ignored-by-git.md', 'listing/build/out.md', 'listing/deep/a/b/c/d.md', 'listing/odd%20name%20%231%20%2520.md']) assert.ok(names.includes(kept), `${kept} was not listed: ${names.join(', ')}`);
    for (const left of ['listing/excluded/by-files.md', 'listing/searchless/by-search.md', 'listing/node_modules/pkg/readme.md']) assert.ok(!names.includes(left), `${left} was listed`);
    assert.ok(!names.some((n) => n.startsWith('listing/linked')), `a link was listed: ${names.filter((n) => n.startsWith('listing/linked')).join(', ')}`);
  });

  test('the scan finds the same uses whichever lists the files, and nothing from outside', async () => {
    const viaFindFilesScan = async () => {
      process.env.MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES = '1';
      try { return await scan(); } finally { delete process.env.MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES; }
    };
    let viaRipgrep = await scan();
    let viaFindFiles = await viaFindFilesScan();
    // After every other suite, something one of them writes in the background can land between
    // the two scans: four times in five as-listed runs, one use of a term apart (never alone or after a
    // few suites). Scanned again once it has settled, the two listings must agree.
    if (JSON.stringify(viaRipgrep.terms) !== JSON.stringify(viaFindFiles.terms)) {
      await new Promise((r) => setTimeout(r, 2000));
      viaRipgrep = await scan();
      viaFindFiles = await viaFindFilesScan();
    }
    assert.strictEqual(viaRipgrep.cancelled, false);
    assert.deepStrictEqual(viaRipgrep.terms, viaFindFiles.terms);
    assert.strictEqual(viaRipgrep.files, viaFindFiles.files);
    assert.strictEqual(viaRipgrep.terms['Strangler Fig'], undefined, 'a file outside the workspace was read through a link');
    for (const term of ['Anti-Corruption Layer', 'Eventual Consistency', 'Technical Debt', 'CQRS']) assert.ok(viaRipgrep.terms[term], `${term} was not found: ${JSON.stringify(viaRipgrep.terms)}`);
    for (const term of ['Circuit Breaker', 'Service Mesh']) assert.strictEqual(viaRipgrep.terms[term], undefined, `${term} was found in an excluded folder`);
  });
});
