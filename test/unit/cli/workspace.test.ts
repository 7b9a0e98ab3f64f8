// The CLI inside a workspace works as the extension does: the saved profile, team templates, the
// team glossaries in scope, the session log, the display language and .gitignore.
import * as assert from 'assert';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, EXAMPLE_PROFILE, FIXTURE_WORKSPACE, removeDir, runBuilt, tempDir } from './helpers';

suite('CLI inside a workspace (built CLI)', () => {
  let ws: string;
  suiteSetup(() => {
    assertBuilt();
    ws = tempDir('mp-ws-');
    cpSync(path.join(FIXTURE_WORKSPACE, 'docs'), path.join(ws, 'docs'), { recursive: true });
    mkdirSync(path.join(ws, '.mentorship', 'templates'), { recursive: true });
    cpSync(EXAMPLE_PROFILE, path.join(ws, '.mentorship', 'profile.json'));
    writeFileSync(path.join(ws, '.mentorship', 'templates', 'thank-you.hbs'), 'Team thank-you for {{leader.name}}\n');
    mkdirSync(path.join(ws, 'mentorship'));
    writeFileSync(path.join(ws, 'mentorship', 'log.md'), '# Mentorship log\n\n## 2026-11-20 · Check-in\n\n**Actions:**\n- [ ] Draft the contract ownership table\n- [x] Done already\n\n**Next topic:** who owns the SAP contracts\n');
    mkdirSync(path.join(ws, 'build'));
    writeFileSync(path.join(ws, 'build', 'generated.md'), 'The settlement window and technical debt, in a generated file.\n');
    writeFileSync(path.join(ws, '.gitignore'), 'build/\n');
    mkdirSync(path.join(ws, '.git')); // a repository root, for its .gitignore
  });
  suiteTeardown(() => removeDir(ws));

  test('generate finds .mentorship/profile.json without --profile, from the folder or below it', async () => {
    for (const cwd of [ws, path.join(ws, 'docs', 'payments')]) {
      const r = await runBuilt(['generate', '--template', 'script'], { cwd });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /Dana Okafor|Okafor/, 'the example profile’s leader');
    }
    const outside = tempDir('mp-nows-');
    try {
      const r = await runBuilt(['generate'], { cwd: outside });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /needs --profile FILE \(or run it in a workspace/);
      const w = await runBuilt(['generate', '--workspace', ws, '--template', 'script'], { cwd: outside });
      assert.strictEqual(w.code, 0, w.stderr);
    } finally { removeDir(outside); }
  });

  test('team templates in .mentorship/templates/ replace the built-ins', async () => {
    const r = await runBuilt(['generate', '--template', 'thank-you'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Team thank-you for /);
  });

  test('templates lists the workspace’s team templates with the built-ins, as Generate from Template does', async () => {
    writeFileSync(path.join(ws, '.mentorship', 'templates', 'digest.hbs'), '---\nname: Team digest\ndescription: One page for the team\n---\nDigest for {{leader.name}}\n');
    try {
      const r = await runBuilt(['templates'], { cwd: ws });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^digest\s+Team digest — One page for the team \(team\)$/m);
      assert.match(r.stdout, /^thank-you\s+.*\(team\)$/m, 'a team template that replaces a built-in is marked');
      assert.match(r.stdout, /^prep-doc\s+Full prep doc — (?!.*\(team\)$)/m);
      const outside = await runBuilt(['templates'], { cwd: tempDir('mp-nows-') });
      assert.doesNotMatch(outside.stdout, /^digest\s|\(team\)/m, 'outside a workspace: the built-ins only');
      assert.match((await runBuilt(['templates', '--workspace', ws], { cwd: tempDir('mp-nows-') })).stdout, /^digest\s/m);
    } finally {
      removeDir(path.join(ws, '.mentorship', 'templates', 'digest.hbs'));
    }
  });

  test('the prep doc shows its own step ticked, as the extension writes it (generating it is the step)', async () => {
    const r = await runBuilt(['generate'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^- \[x\] Generate the prep doc and script$/m);
    assert.match(r.stdout, /^- \[ \] Rehearse the script/m, 'nothing else is ticked: the CLI cannot see the editor’s checklist');
  });

  test('the next check-in agenda carries open actions from mentorship/log.md', async () => {
    const r = await runBuilt(['generate', '--template', 'next-checkin'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('Draft the contract ownership table'), r.stdout);
    assert.ok(!r.stdout.includes('Done already'));
    const bare = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'next-checkin', '--workspace', tempDir('mp-empty-')]);
    assert.ok(!bare.stdout.includes('Draft the contract ownership table'), 'no log, no carried actions');
  });

  test('--lang de writes the headings in German', async () => {
    const en = await runBuilt(['generate'], { cwd: ws });
    const de = await runBuilt(['generate', '--lang', 'de'], { cwd: ws });
    assert.strictEqual(de.code, 0, de.stderr);
    const heading = (s: string) => s.split('\n').find((l) => l.startsWith('## '));
    assert.notStrictEqual(heading(de.stdout), heading(en.stdout));
  });

  test('vocab uses the team glossary of each file’s folder, as a hover does, and skips what git ignores', async () => {
    const r = await runBuilt(['vocab', '--json', '.'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    const hits = JSON.parse(r.stdout) as { term: string; file: string }[];
    const inPayments = hits.filter((h) => h.file.includes(`payments${path.sep}`));
    assert.ok(inPayments.some((h) => h.term === 'Settlement Window'), JSON.stringify(inPayments));
    assert.ok(!hits.some((h) => h.term === 'Settlement Window' && !h.file.includes(`payments${path.sep}`)), 'the team term stays in its folder');
    assert.ok(!hits.some((h) => h.file.includes('generated.md')), 'build/ is in .gitignore');
    // Named explicitly, an ignored file is still scanned.
    const named = await runBuilt(['vocab', '--json', path.join('build', 'generated.md')], { cwd: ws });
    assert.ok((JSON.parse(named.stdout) as unknown[]).length > 0);
  });
});
