import * as assert from 'assert';
import * as vscode from 'vscode';
import MarkdownIt from 'markdown-it';
import { activateExtension, restoreFixture, untitledDocument, waitFor, workspaceRoot } from './helpers';

async function hoverText(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n---\n');
}

async function hoverRange(uri: vscode.Uri, line: number, character: number): Promise<vscode.Range | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hovers.find((h) => h.contents.some((c) => typeof c !== 'string' && (c as vscode.MarkdownString).value.includes('glossary')))?.range;
}

/** Position of the n-th occurrence of `needle` in a document. */
async function find(relative: string, needle: string, nth = 0): Promise<{ uri: vscode.Uri; pos: vscode.Position; doc: vscode.TextDocument }> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
  const doc = await vscode.workspace.openTextDocument(uri);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in ${relative}`);
  return { uri, pos: doc.positionAt(at), doc };
}

suite('Architecture vocabulary', () => {
  suiteSetup(async () => {
    await activateExtension();
    await restoreFixture(); // the counts below are the fixture's as committed
    await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.refresh'); // waits for glossaries too
  });

  test('hovering a phrase in a design doc explains it', async () => {
    const { uri, pos, doc } = await find('docs/design.md', 'API gateway');
    const text = await hoverText(uri, pos.line, pos.character + 5);
    assert.match(text, /\*\*API Gateway\*\*/);
    assert.match(text, /Why it matters to a senior leader/);
    const range = await hoverRange(uri, pos.line, pos.character + 5);
    assert.strictEqual(range && doc.getText(range), 'API gateway');
  });

  test('a phrase wrapped across two lines of a Markdown quote is one term', async () => {
    const { uri, pos, doc } = await find('docs/design.md', 'runway');
    const range = await hoverRange(uri, pos.line, pos.character + 2);
    assert.ok(range, 'hover on "runway"');
    assert.strictEqual(doc.getText(range).replace(/\s+/g, ' '), 'architectural > runway');
    assert.match(await hoverText(uri, pos.line, pos.character + 2), /Architectural Runway/);
  });

  test('acronyms match case-exactly: NFRs', async () => {
    const { uri, pos } = await find('docs/design.md', 'NFRs');
    assert.match(await hoverText(uri, pos.line, pos.character + 1), /Non-Functional Requirements/);
  });

  test('identifiers in code are split into words', async () => {
    const a = await find('src/gateway.ts', 'apiGateway');
    assert.match(await hoverText(a.uri, a.pos.line, a.pos.character + 2), /\*\*API Gateway\*\*/);
    const b = await find('src/gateway.ts', 'eventual_consistency', 1);
    assert.match(await hoverText(b.uri, b.pos.line, b.pos.character + 12), /Eventual Consistency/);
    const c = await find('src/gateway.ts', 'TechnicalDebt');
    assert.match(await hoverText(c.uri, c.pos.line, c.pos.character + 10), /Technical Debt/);
  });

  test('untitled documents get hovers too', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'We accept eventual consistency here.', language: 'plaintext' });
    assert.match(await hoverText(doc.uri, 0, 15), /Eventual Consistency/);
    assert.strictEqual(await hoverText(doc.uri, 0, 3), '', 'no hover on an ordinary word');
  });

  test('a team glossary applies to its folder and below, and wins over the built-in term', async () => {
    const inside = await find('docs/payments/notes.md', 'settlement window');
    const text = await hoverText(inside.uri, inside.pos.line, inside.pos.character + 3);
    assert.match(text, /Settlement Window/);
    assert.match(text, /team glossary/);
    const debt = await find('docs/payments/notes.md', 'technical debt');
    assert.match(await hoverText(debt.uri, debt.pos.line, debt.pos.character + 3), /PCI audit/);
    const outside = await find('docs/design.md', 'technical debt');
    const builtin = await hoverText(outside.uri, outside.pos.line, outside.pos.character + 3);
    assert.doesNotMatch(builtin, /PCI audit/);
    assert.match(builtin, /Mentorship Prep glossary/);
  });

  test('a malformed glossary gets diagnostics at the right line, and its valid terms still load', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'broken/broken.glossary.yml');
    const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(uri), (d) => d.length >= 2);
    const lines = diagnostics.map((d) => d.range.start.line + 1).sort((a, b) => a - b);
    assert.ok(lines.includes(4), `a diagnostic for the nameless term on line 4, got lines ${lines.join(', ')}`);
    assert.ok(diagnostics.some((d) => /name/.test(d.message)));
    const usage = await find('broken/usage.md', 'runbook drill');
    assert.match(await hoverText(usage.uri, usage.pos.line, usage.pos.character + 2), /rehearsal of an incident runbook/);
  });

  test('Explain Term resolves aliases and abbreviations', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('mentorshipPrep.explainTerm', 'DDD'), 'Domain-Driven Design');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('completion offers glossary terms with their definition in prose and comments, not in code', async () => {
    const labels = async (doc: vscode.TextDocument, line: number, character: number) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
      return list.items.filter((i) => typeof i.documentation !== 'string' && /glossary/.test((i.documentation as vscode.MarkdownString | undefined)?.value ?? ''));
    };
    const md = await untitledDocument('We owe tech', 'markdown');
    const items = await labels(md, 0, 11);
    const debt = items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Technical Debt');
    assert.ok(debt, `Technical Debt among ${items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
    assert.match((debt.documentation as vscode.MarkdownString).value, /future cost/);
    const ts = await untitledDocument('const tech = 1; // owe tech', 'typescript');
    assert.strictEqual((await labels(ts, 0, 10)).length, 0, 'no glossary items in code');
    assert.ok((await labels(ts, 0, 27)).some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Technical Debt'), 'glossary items in a comment');
    // A muted term is never offered; unmuted, it is offered again.
    const config = vscode.workspace.getConfiguration('mentorshipPrep');
    const debtOffered = async () => (await labels(md, 0, 11)).some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Technical Debt');
    await config.update('vocabulary.ignoreTerms', ['technical debt'], vscode.ConfigurationTarget.Workspace);
    try {
      assert.strictEqual(await waitFor(debtOffered, (offered) => !offered), false, 'a muted term is not offered');
    } finally {
      await config.update('vocabulary.ignoreTerms', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.strictEqual(await waitFor(debtOffered, (offered) => offered), true, 'offered again once unmuted');
  });

  test('Create Team Glossary scaffolds a commented glossary whose terms load', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'scaffolded');
    await vscode.workspace.fs.createDirectory(folder);
    const file = vscode.Uri.joinPath(folder, 'team.glossary.yml');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('mentorshipPrep.createTeamGlossary', folder), file.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      assert.match(text, /^# Team glossary/);
      assert.match(text, /contexts:/);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'use.md').with({ scheme: 'untitled' }));
      assert.ok(doc);
      // Running it again opens the existing file instead of overwriting it.
      assert.strictEqual(await vscode.commands.executeCommand('mentorshipPrep.createTeamGlossary', folder), file.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test('the Vocabulary view counts every use in the fixture workspace', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; terms: Record<string, number>; cancelled: boolean }>('mentorshipPrep.vocabularyView.refresh');
    assert.strictEqual(summary.cancelled, false);
    assert.deepStrictEqual(summary.terms, EXPECTED_COUNTS);
  });

  test('the Vocabulary view leaves out the generated versions kept in .mentorship/generated/ (issue 25)', async () => {
    type Counts = { terms: Record<string, number> };
    const root = workspaceRoot();
    const at = (...p: string[]) => vscode.Uri.joinPath(root, ...p);
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const control = at('docs', 'generated-copies-control.md');
    try {
      await write(at('.mentorship', 'generated', 'docs', 'design.md'), 'A copy: Cloud Native, Cloud Native.\n');
      const scanned = await vscode.commands.executeCommand<Counts & { cancelled: boolean }>('mentorshipPrep.vocabularyView.refresh');
      assert.deepStrictEqual(scanned.terms, EXPECTED_COUNTS, 'a full scan counted the generated copy');
      // A copy recorded after the scan (as Generate records one) is not counted either; a file
      // written after it elsewhere is, which shows the changed files were rescanned.
      await write(at('.mentorship', 'generated', 'mentorship', 'prep-later.md'), 'Cloud Native again.\n');
      await write(control, 'The architectural runway, once more.\n');
      const counts = await waitFor(() => vscode.commands.executeCommand<Counts>('mentorshipPrep.vocabularyView.counts'), (c) => c.terms['Architectural Runway'] === 2, 15_000);
      assert.strictEqual(counts.terms['Architectural Runway'], 2, 'the file written beside the copy was not rescanned');
      assert.strictEqual(counts.terms['Cloud Native'], EXPECTED_COUNTS['Cloud Native'], 'a generated copy was counted when it changed');
    } finally {
      await vscode.workspace.fs.delete(at('.mentorship', 'generated'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(control, { useTrash: false }).then(undefined, () => undefined);
      await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.refresh');
    }
  });

  // Moved here from the untrusted tier: a team glossary is no longer loaded in Restricted Mode (issue 26).
  test('team glossary text renders as text in a hover: no HTML, no command links', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'hover-safety');
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write('hostile.glossary.yml', [
        'terms:',
        '  - name: Shadow Term',
        '    definition: "<img src=x onerror=alert(1)> [run me](command:workbench.action.terminal.new) <script>alert(2)</script>"',
        '    link: "command:workbench.action.terminal.new"',
        '    aliases: ["[x](command:evil)"]',
      ].join('\n'));
      await write('hostile.md', 'We rely on the shadow term here.\n');
      await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.refresh');
      const uri = vscode.Uri.joinPath(folder, 'hostile.md');
      const values = await waitFor(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 16));
        return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && (c as vscode.MarkdownString).value.includes('Shadow Term'));
      }, (v) => v.length > 0, 25_000); // the new glossary file reaches the extension through a file watcher
      assert.ok(values.length > 0, 'no hover for the team term');
      assert.ok(!values[0]!.isTrusted, 'the hover is trusted');
      // Rendered the way VS Code renders hovers (HTML allowed, to be strict): no element, no link.
      const html = new MarkdownIt({ html: true }).render(values.map((c) => c.value).join('\n'));
      assert.doesNotMatch(html, /<(img|script)\b/i, `HTML in the hover: ${html}`);
      assert.doesNotMatch(html, /href="command:/i, `a command link in the hover: ${html}`);
      assert.ok(html.includes('&lt;img src=x'), `the definition is not shown as text: ${html}`);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.refresh');
    }
  });
});

// Counted by hand from test/fixtures/workspace (the glossary files count too: they use terms).
const EXPECTED_COUNTS: Record<string, number> = {
  'API Gateway': 3, // design.md, gateway.ts comment, apiGateway
  'Architectural Runway': 1,
  'Bounded Context': 1, // "bounded\ncontexts", wrapped
  'Cloud Native': 1,
  'Domain-Driven Design': 1,
  'Eventual Consistency': 3, // design.md, and eventual_consistency twice in gateway.ts
  'Non-Functional Requirements': 1,
  'Runbook Drill': 2, // broken/usage.md and its own glossary: the valid term of a malformed file
  'Settlement Window': 4, // notes.md, and the team glossary's name, example and alias
  'Technical Debt': 4, // design.md, notes.md (team meaning), team.glossary.yml, TechnicalDebt
};
