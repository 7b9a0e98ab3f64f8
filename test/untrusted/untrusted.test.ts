// Runs inside code-server's Node extension host with workspace trust ON and the fixture folder
// untrusted (test/untrusted/run.mjs): team templates are not compiled, team glossary text cannot
// inject HTML or command links, and the built-ins still work.
import * as vscode from 'vscode';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

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

  await check('.mentorship/phrases.json is ignored: the built-in words are used and nothing is reported', async () => {
    await write('.mentorship/phrases.json', JSON.stringify({ signoff: 'PHRASES-FILE-USED', 'no-such-message': 'x' }));
    const result = await vscode.commands.executeCommand<{ ok: boolean; uri?: string }>('mentorshipPrep.generate', {
      profile: { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' }, template: 'request-meeting', ifExists: 'replace', show: false });
    if (!result.ok) throw new Error(`generate failed: ${JSON.stringify(result)}`);
    const doc = await read('mentorship/request-meeting-dana-okafor.md');
    if (doc.includes('PHRASES-FILE-USED')) throw new Error('the phrases file was used in an untrusted workspace');
    if (vscode.languages.getDiagnostics(vscode.Uri.joinPath(root, '.mentorship/phrases.json')).length > 0) throw new Error('the phrases file was read (it has diagnostics)');
  });

  await check('a team glossary is not loaded in Restricted Mode (as the manifest says); the built-in one is', async () => {
    await write('docs/hostile.glossary.yml', 'terms:\n  - name: Shadow Term\n    definition: from the repository\n');
    await write('docs/hostile.md', 'We rely on the shadow term here, with eventual consistency.\n');
    const uri = vscode.Uri.joinPath(root, 'docs/hostile.md');
    const hoverAt = async (character: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, character));
      return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
    };
    let builtin = '';
    for (let i = 0; i < 40 && !builtin.includes('Eventual Consistency'); i++) { await new Promise((r) => setTimeout(r, 250)); builtin = await hoverAt(48); }
    if (!builtin.includes('Eventual Consistency')) throw new Error('no hover from the built-in glossary');
    if ((await hoverAt(16)).includes('Shadow Term')) throw new Error('a team glossary term was loaded in an untrusted workspace');
  });

  await check('a workspace setting cannot move the profile or the output (restrictedConfigurations)', async () => {
    const packageJson = '{ "name": "victim", "private": true }\n';
    await write('package.json', packageJson);
    await write('.vscode/settings.json', JSON.stringify({
      'mentorshipPrep.profile.path': 'package.json',
      'mentorshipPrep.output.folder': '../escaped-output',
      // Restricted (issue 26): a repository cannot raise its own limits.
      'mentorshipPrep.vocabulary.maxFileSizeKB': 999999,
      'mentorshipPrep.vocabulary.glossaryMaxSizeKB': 999999,
      // Not restricted: tells when VS Code has read this file.
      'mentorshipPrep.vocabulary.completion.enabled': false,
    }));
    for (let i = 0; i < 40 && vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get('completion.enabled') !== false; i++) await new Promise((r) => setTimeout(r, 250));
    if (vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get('completion.enabled') !== false) throw new Error('the workspace settings were not read');
    for (const limit of ['maxFileSizeKB', 'glossaryMaxSizeKB']) {
      if (vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get(limit) !== 1024) throw new Error(`vocabulary.${limit} is ${String(vscode.workspace.getConfiguration('mentorshipPrep.vocabulary').get(limit))} in an untrusted workspace`);
    }
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

  await symlinkChecks(root, check);

  const out = process.env.MENTORSHIP_PREP_TEST_RESULTS!;
  writeFileSync(out, JSON.stringify({ host: 'node-untrusted', passed, failed: failures.length, failures }));
  if (failures.length) throw new Error(failures.join('; '));
}

/**
 * Issue 26: a repository holding symbolic links to files outside it. The links are made here, at run
 * time (more portable than committing them). Generate, Save, Log a Check-in and the Vocabulary view
 * write nothing outside the folder and read nothing from outside it.
 */
async function symlinkChecks(root: vscode.Uri, check: (name: string, fn: () => Promise<void>) => Promise<void>): Promise<void> {
  const ws = root.fsPath;
  const outside = path.join(path.dirname(ws), `outside-${process.pid}`);
  const SECRET = 'SECRET-FROM-OUTSIDE';
  const docker = '{\n  "auths": { "registry.example": { "auth": "c2VjcmV0" } }\n}\n';
  const notes = `# Mentorship log\n\n## 2026-11-20 · Check-in\n\n**Actions:**\n- [ ] ${SECRET} action\n\n**Next topic:** ${SECRET}\n`;
  mkdirSync(path.join(outside, 'dir'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(path.join(outside, 'config.json'), docker);
  writeFileSync(path.join(outside, 'notes.txt'), notes);
  writeFileSync(path.join(outside, 'terms.md'), 'Strangler Fig Strangler Fig Strangler Fig event-driven event-driven\n');
  writeFileSync(path.join(outside, 'dir', 'more.md'), 'Strangler Fig Strangler Fig event-driven\n');
  const outsideBefore = () => readdirSync(outside, { recursive: true, encoding: 'utf8' }).sort()
    .map((f) => { const p = path.join(outside, f); return `${f}=${lstatSync(p).isFile() ? readFileSync(p, 'utf8') : '<dir>'}`; }).join('\n');
  const before = outsideBefore();
  const link = (rel: string, target: string) => {
    const p = path.join(ws, ...rel.split('/'));
    mkdirSync(path.dirname(p), { recursive: true });
    rmSync(p, { force: true, recursive: true });
    symlinkSync(target, p);
  };
  const scan = () => vscode.commands.executeCommand<{ terms: Record<string, number> }>('mentorshipPrep.vocabularyView.refresh');
  const termsBefore = (await scan()).terms;
  link('.mentorship/templates/prep-doc.hbs', path.join(outside, 'secret.txt'));
  link('.mentorship/templates/partials/signoff.hbs', path.join(outside, 'secret.txt'));
  link('.mentorship/profile.json', path.join(outside, 'config.json'));
  link('mentorship/log.md', path.join(outside, 'notes.txt'));
  link('mentorship/prep-lena-park.md', path.join(outside, 'created-through-a-link.md')); // dangling
  link('docs/linked-terms.md', path.join(outside, 'terms.md'));
  link('linked-dir', path.join(outside, 'dir'));
  const profile = { leader: { name: 'Lena Park' }, challenge: 'event-driven billing' };
  const generate = (template = 'prep-doc') => vscode.commands.executeCommand<{ ok: boolean; uri?: string; message?: string }>(
    template === 'prep-doc' ? 'mentorshipPrep.generate' : 'mentorshipPrep.generateFromTemplate', { profile, template, ifExists: 'replace', show: false });

  try {
    await check('symlinks: Generate (which saves the profile) does not write the profile through a link', async () => {
      const r = await generate();
      if (r.ok) throw new Error('generate went ahead with the profile linked outside');
      if (!/symbolic link/.test(r.message ?? '')) throw new Error(`the message does not say why: ${r.message}`);
      if (readFileSync(path.join(outside, 'config.json'), 'utf8') !== docker) throw new Error('the file outside was overwritten');
    });

    await check('symlinks: a dangling link at a generated doc’s path never creates its target', async () => {
      rmSync(path.join(ws, '.mentorship', 'profile.json'));
      const r = await generate();
      if (r.ok) throw new Error(`generate wrote through the link: ${JSON.stringify(r)}`);
      if (existsSync(path.join(outside, 'created-through-a-link.md'))) throw new Error('the link’s target was created outside the workspace');
    });

    await check('symlinks: the next check-in agenda does not read a session log linked outside', async () => {
      const r = await generate('next-checkin');
      if (!r.ok || !r.uri) throw new Error(`generate failed: ${JSON.stringify(r)}`);
      const text = readFileSync(vscode.Uri.parse(r.uri).fsPath, 'utf8');
      if (text.includes(SECRET)) throw new Error('the linked log was read into the agenda');
    });

    await check('symlinks: Log a Check-in does not append to a log linked outside', async () => {
      const result = await vscode.commands.executeCommand('mentorshipPrep.logCheckIn', { entry: { discussed: 'APPENDED' }, show: false });
      if (result !== undefined) throw new Error(`the check-in was logged at ${String(result)}`);
      if (readFileSync(path.join(outside, 'notes.txt'), 'utf8') !== notes) throw new Error('the file outside was appended to');
    });

    await check('symlinks: the Vocabulary view reads nothing through a link', async () => {
      // Counts per term, not the order terms were first seen: files finish reading in any order.
      const sorted = (t: unknown) => JSON.stringify(Object.entries(t as Record<string, number>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const terms = (await scan()).terms;
      if (sorted(terms) !== sorted(termsBefore)) throw new Error(`the counts changed: ${JSON.stringify(termsBefore)} → ${JSON.stringify(terms)}`);
    });

    await check('symlinks: nothing outside the workspace changed or appeared', async () => {
      const after = outsideBefore();
      if (after !== before) throw new Error(`outside changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    });
  } finally {
    for (const rel of ['.mentorship/templates/prep-doc.hbs', '.mentorship/templates/partials/signoff.hbs', '.mentorship/profile.json', 'mentorship/log.md', 'mentorship/prep-lena-park.md', 'docs/linked-terms.md', 'linked-dir']) rmSync(path.join(ws, ...rel.split('/')), { force: true });
    rmSync(outside, { recursive: true, force: true });
  }
}
