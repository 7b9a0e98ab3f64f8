// Runs inside code-server's Node extension host with workspace trust ON and the fixture folder
// untrusted (test/untrusted/run.mjs): team templates are not compiled, team glossary text cannot
// inject HTML or command links, and the built-ins still work.
import * as vscode from 'vscode';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';

export async function run(): Promise<void> {
  const failures: string[] = [];
  let passed = 0;
  const check = async (name: string, fn: () => Promise<void>) => {
    try { await fn(); passed++; console.log(`  ✔ ${name}`); } catch (err) { failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`); console.log(`  ✘ ${name}: ${String(err)}`); }
  };
  const root = vscode.workspace.workspaceFolders![0]!.uri;
  const write = (rel: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, ...rel.split('/')), new TextEncoder().encode(text));
  const read = async (rel: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...rel.split('/'))));

  await check('the workspace is untrusted and the extension still activates', async () => {
    if (vscode.workspace.isTrusted) throw new Error('expected an untrusted workspace');
    await vscode.extensions.getExtension('mentorshipprep.mentorship-prep')!.activate();
  });

  await check('a team template is not compiled: the built-in is used', async () => {
    await write('.mentorship/templates/prep-doc.hbs', '---\nname: Hostile\n---\nTEAM-TEMPLATE-RAN {{constructor.constructor}}\n');
    const result = await vscode.commands.executeCommand<{ ok: boolean; uri?: string }>('mentorshipPrep.generate', {
      profile: { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' }, ifExists: 'replace', show: false });
    if (!result.ok) throw new Error(`generate failed: ${JSON.stringify(result)}`);
    const doc = await read('mentorship/prep-dana-okafor.md');
    if (doc.includes('TEAM-TEMPLATE-RAN')) throw new Error('the team template ran in an untrusted workspace');
    if (!doc.startsWith('# Mentorship prep: Dana Okafor')) throw new Error('the built-in prep doc was not written');
  });

  await check('team glossary text renders as text: no HTML, no command links', async () => {
    await write('docs/hostile.glossary.yml', [
      'terms:',
      '  - name: Shadow Term',
      '    definition: "<img src=x onerror=alert(1)> [run me](command:workbench.action.terminal.new) <script>alert(2)</script>"',
      '    link: "command:workbench.action.terminal.new"',
      '    aliases: ["[x](command:evil)"]',
    ].join('\n'));
    await write('docs/hostile.md', 'We rely on the shadow term here.\n');
    const uri = vscode.Uri.joinPath(root, 'docs/hostile.md');
    let text = '';
    let trusted: unknown = undefined;
    for (let i = 0; i < 40 && !text.includes('Shadow Term'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 16));
      const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && (c as vscode.MarkdownString).value.includes('Shadow Term'));
      text = ours.map((c) => c.value).join('\n');
      trusted = ours[0]?.isTrusted;
    }
    if (!text.includes('Shadow Term')) throw new Error('no hover for the team term');
    if (trusted) throw new Error('the hover is trusted');
    // Rendered the way VS Code renders hovers (HTML allowed, to be strict): no element, no link.
    const html = new MarkdownIt({ html: true }).render(text);
    if (/<(img|script)\b/i.test(html)) throw new Error(`HTML in the hover: ${html}`);
    if (/href="command:/i.test(html)) throw new Error(`a command link in the hover: ${html}`);
    if (!html.includes('&lt;img src=x')) throw new Error(`the definition is not shown as text: ${html}`);
  });

  await check('a workspace setting cannot move the profile or the output (restrictedConfigurations)', async () => {
    const packageJson = '{ "name": "victim", "private": true }\n';
    await write('package.json', packageJson);
    await write('.vscode/settings.json', JSON.stringify({
      'mentorshipPrep.profile.path': 'package.json',
      'mentorshipPrep.output.folder': '../escaped-output',
      // Not restricted: tells when VS Code has read this file.
      'mentorshipPrep.vocabulary.maxFileSizeKB': 7,
    }));
    for (let i = 0; i < 40 && vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get('maxFileSizeKB') !== 7; i++) await new Promise((r) => setTimeout(r, 250));
    if (vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get('maxFileSizeKB') !== 7) throw new Error('the workspace settings were not read');
    const config = vscode.workspace.getConfiguration('mentorshipPrep');
    if (config.get('profile.path') !== '.mentorship/profile.json') throw new Error(`profile.path is ${String(config.get('profile.path'))} in an untrusted workspace`);
    if (config.get('output.folder') !== 'mentorship') throw new Error(`output.folder is ${String(config.get('output.folder'))} in an untrusted workspace`);
    const result = await vscode.commands.executeCommand<{ ok: boolean; uri?: string }>('mentorshipPrep.generate', {
      profile: { leader: { name: 'Ravi Menon' }, challenge: 'event-driven billing' }, ifExists: 'replace', show: false });
    if (!result.ok) throw new Error(`generate failed: ${JSON.stringify(result)}`);
    if (await read('package.json') !== packageJson) throw new Error('package.json was overwritten by Save profile');
    if (!(await read('.mentorship/profile.json')).includes('Ravi Menon')) throw new Error('the profile was not saved in its default place');
    if (result.uri !== vscode.Uri.joinPath(root, 'mentorship', 'prep-ravi-menon.md').toString()) throw new Error(`the doc went to ${result.uri}`);
    if (existsSync(path.join(path.dirname(root.fsPath), 'escaped-output'))) throw new Error('a folder was created outside the workspace');
    const calendar = await vscode.commands.executeCommand<{ ok: boolean; uri?: string }>('mentorshipPrep.exportCalendar', { start: '2026-12-01T10:00:00Z', ifExists: 'replace', show: false });
    if (calendar.uri !== vscode.Uri.joinPath(root, 'mentorship', 'check-ins.ics').toString()) throw new Error(`the calendar went to ${calendar.uri}`);
  });

  const out = process.env.MENTORSHIP_PREP_TEST_RESULTS!;
  writeFileSync(out, JSON.stringify({ host: 'node-untrusted', passed, failed: failures.length, failures }));
  if (failures.length) throw new Error(failures.join('; '));
}
