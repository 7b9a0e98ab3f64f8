import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, restoreFixture, untitledDocument, waitFor, workspaceRoot } from './helpers';

type Underlined = { uri: string; terms: string[] }[];
const underlined = async (uri: vscode.Uri) => (await vscode.commands.executeCommand<{ underlined: Underlined }>('mentorshipPrep.diagnostics')).underlined.find((u) => u.uri === uri.toString())?.terms;
const config = () => vscode.workspace.getConfiguration('mentorshipPrep');

// The underlines in a real editor: which words, which files, muted terms, the setting.
suite('Glossary terms underlined in the visible editors', () => {
  suiteSetup(async () => { await activateExtension(); await restoreFixture(); });
  teardown(async () => {
    for (const key of ['vocabulary.underline', 'vocabulary.ignoreTerms']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  suiteTeardown(restoreFixture);

  test('a Markdown design doc: its terms are underlined; a muted one is not; off removes them all', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'docs', 'design.md');
    await vscode.window.showTextDocument(uri);
    const terms = await waitFor(() => underlined(uri), (t) => (t?.length ?? 0) > 0);
    assert.ok(terms, 'the editor is visible');
    const lower = terms.map((t) => t.toLowerCase());
    for (const t of ['api gateway', 'eventual consistency', 'nfrs', 'technical debt']) assert.ok(lower.includes(t), `${t} in ${JSON.stringify(terms)}`);
    await config().update('vocabulary.ignoreTerms', ['technical debt'], vscode.ConfigurationTarget.Workspace);
    const muted = await waitFor(() => underlined(uri), (t) => !(t ?? []).some((x) => x.toLowerCase() === 'technical debt'));
    assert.ok(!muted!.some((x) => x.toLowerCase() === 'technical debt'), JSON.stringify(muted));
    assert.ok(muted!.some((x) => x.toLowerCase() === 'api gateway'), 'the others stay');
    await config().update('vocabulary.underline', 'off', vscode.ConfigurationTarget.Workspace);
    assert.deepStrictEqual(await waitFor(() => underlined(uri), (t) => t?.length === 0), []);
  });

  test('code: not by default (markdown), yes with all', async () => {
    const doc = await untitledDocument('// The API gateway keeps eventual consistency.\nconst x = 1;\n', 'typescript');
    await vscode.window.showTextDocument(doc);
    assert.deepStrictEqual(await underlined(doc.uri), []);
    await config().update('vocabulary.underline', 'all', vscode.ConfigurationTarget.Workspace);
    const terms = await waitFor(() => underlined(doc.uri), (t) => (t?.length ?? 0) > 0);
    assert.deepStrictEqual(terms?.map((t) => t.toLowerCase()), ['api gateway', 'eventual consistency']);
  });

  test('plain text is prose: underlined by default', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Notes: the API gateway.' });
    await vscode.window.showTextDocument(doc);
    assert.deepStrictEqual((await waitFor(() => underlined(doc.uri), (t) => (t?.length ?? 0) > 0))?.map((t) => t.toLowerCase()), ['api gateway']);
  });
});
