// A cloned repository cannot make the CLI read or write outside it (issue 26): symbolic links,
// ancestor folders, the glossary size limit, and what reaches the terminal.
import * as assert from 'assert';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, EXAMPLE_PROFILE, removeDir, runBuilt, tempDir } from './helpers';

const SECRET = 'SECRET-OUTSIDE-TEXT';

suite('CLI: symbolic links and ancestors (issue 26)', () => {
  let top: string, ws: string, outside: string;
  suiteSetup(() => {
    assertBuilt();
    top = tempDir('mp-links-');
    ws = path.join(top, 'repo');
    outside = path.join(top, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
    writeFileSync(path.join(outside, 'notes.txt'), `# Mentorship log\n\n## 2026-11-20 · Check-in\n\n**Actions:**\n- [ ] ${SECRET} action\n`);
    cpSync(EXAMPLE_PROFILE, path.join(outside, 'profile.json'));
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    mkdirSync(path.join(ws, '.mentorship', 'templates', 'partials'), { recursive: true });
    mkdirSync(path.join(ws, 'mentorship'));
    cpSync(EXAMPLE_PROFILE, path.join(ws, 'profile.json'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, '.mentorship', 'templates', 'prep-doc.hbs'));
    symlinkSync('/etc/passwd', path.join(ws, '.mentorship', 'templates', 'partials', 'signoff.hbs'));
    writeFileSync(path.join(ws, '.mentorship', 'templates', 'ask.hbs'), 'Ask {{leader.name}}\n{{> signoff}}\n');
    symlinkSync(path.join(outside, 'notes.txt'), path.join(ws, 'mentorship', 'log.md'));
    symlinkSync(path.join(outside, 'profile.json'), path.join(ws, '.mentorship', 'profile.json'));
  });
  suiteTeardown(() => removeDir(top));

  test('a team template that links outside is not read, and generating it fails naming the file', async () => {
    const r = await runBuilt(['generate', '--workspace', ws, '--profile', path.join(ws, 'profile.json')], { cwd: ws });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), 'the linked file was not copied');
    assert.match(r.stderr, /\.mentorship\/templates\/prep-doc\.hbs was not read: it is a symbolic link that leads outside the workspace/);
  });

  test('a partial that links outside (/etc/passwd) is not read into a document', async () => {
    const r = await runBuilt(['generate', '--workspace', ws, '--profile', path.join(ws, 'profile.json'), '--template', 'ask'], { cwd: ws });
    assert.doesNotMatch(r.stdout, /root:/);
    assert.match(r.stderr, /partials\/signoff\.hbs was not read/);
  });

  test('--template PATH through a link inside the workspace that leads outside is refused, naming it', async () => {
    mkdirSync(path.join(ws, 'layouts'), { recursive: true });
    if (!existsSync(path.join(ws, 'layouts', 'doc.hbs'))) symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'layouts', 'doc.hbs'));
    const r = await runBuilt(['generate', '--workspace', ws, '--profile', path.join(ws, 'profile.json'), '--template', 'layouts/doc.hbs'], { cwd: ws });
    assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), 'the linked file was not copied');
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /Template: layouts\/doc\.hbs was not read: it is a symbolic link that leads outside the workspace/);
  });

  test('the default profile linked outside is refused, naming it', async () => {
    const r = await runBuilt(['generate', '--template', 'script'], { cwd: ws });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /Profile: \.mentorship\/profile\.json was not read: it is a symbolic link that leads outside/);
    assert.strictEqual(r.stdout, '');
  });

  test('a session log linked outside is not read into the next check-in agenda', async () => {
    const r = await runBuilt(['generate', '--workspace', ws, '--profile', path.join(ws, 'profile.json'), '--template', 'next-checkin'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes(SECRET), 'the linked log’s actions were not carried');
    assert.match(r.stderr, /mentorship\/log\.md was not read: it is a symbolic link that leads outside/);
  });

  test('--out onto a symbolic link is refused (exit 2), even with --force: the file it points to is untouched', async () => {
    const dir = tempDir('mp-out-link-');
    try {
      const target = path.join(dir, 'target.md');
      writeFileSync(target, 'mine\n');
      symlinkSync(target, path.join(dir, 'link.md'));
      symlinkSync(path.join(dir, 'missing.md'), path.join(dir, 'dangling.md'));
      const r = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'link.md'), '--force']);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /is a symbolic link; mentorship-prep never writes through a link/);
      assert.strictEqual(readFileSync(target, 'utf8'), 'mine\n');
      const d = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'dangling.md'), '--force']);
      assert.strictEqual(d.code, 2, d.stderr);
      assert.ok(!existsSync(path.join(dir, 'missing.md')), 'a dangling link never creates its target');
      assert.deepStrictEqual(readdirSync(dir).sort(), ['dangling.md', 'link.md', 'target.md']);
    } finally { removeDir(dir); }
  });

  test('a loop of links in the template folder lists each template once', async () => {
    const dir = tempDir('mp-loop-');
    try {
      mkdirSync(path.join(dir, '.mentorship', 'templates', 'a'), { recursive: true });
      writeFileSync(path.join(dir, '.mentorship', 'templates', 'a', 'one.hbs'), '---\nname: One\n---\nx\n');
      symlinkSync('..', path.join(dir, '.mentorship', 'templates', 'a', 'up'));
      symlinkSync('.', path.join(dir, '.mentorship', 'templates', 'self'));
      const r = await runBuilt(['templates', '--workspace', dir]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout.split('\n').filter((l) => l.includes('(team)')).length, 1, r.stdout);
    } finally { removeDir(dir); }
  });

  test('the workspace is looked for only up to the git root, said on stderr, and --profile alone uses none', async () => {
    const dir = tempDir('mp-anc-');
    try {
      // .mentorship above the repository: not adopted.
      mkdirSync(path.join(dir, '.mentorship', 'templates'), { recursive: true });
      writeFileSync(path.join(dir, '.mentorship', 'templates', 'script.hbs'), 'HOSTILE-ANCESTOR\n');
      mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
      const r = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'script'], { cwd: path.join(dir, 'repo') });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(!r.stdout.includes('HOSTILE-ANCESTOR'));
      const t = await runBuilt(['templates'], { cwd: path.join(dir, 'repo') });
      assert.ok(!t.stdout.includes('(team)'), t.stdout);
      // Inside the repository: adopted, and said.
      mkdirSync(path.join(dir, 'repo', '.mentorship', 'templates'), { recursive: true });
      writeFileSync(path.join(dir, 'repo', '.mentorship', 'templates', 'script.hbs'), 'TEAM-SCRIPT\n');
      mkdirSync(path.join(dir, 'repo', 'sub'));
      const inRepo = await runBuilt(['templates'], { cwd: path.join(dir, 'repo', 'sub') });
      assert.match(inRepo.stdout, /\(team\)/);
      assert.ok(inRepo.stderr.includes(`using the workspace ${path.join(dir, 'repo')}`), inRepo.stderr);
      // --profile alone: no workspace, so no team template.
      const alone = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'script'], { cwd: path.join(dir, 'repo', 'sub') });
      assert.ok(!alone.stdout.includes('TEAM-SCRIPT'), 'the team template was used with --profile alone');
    } finally { removeDir(dir); }
  });

  test('a world-writable folder with .mentorship/ is never adopted', async () => {
    const dir = tempDir('mp-ww-');
    try {
      mkdirSync(path.join(dir, '.git'));
      mkdirSync(path.join(dir, '.mentorship', 'templates'), { recursive: true });
      writeFileSync(path.join(dir, '.mentorship', 'templates', 'script.hbs'), 'HOSTILE-SHARED\n');
      chmodSync(path.join(dir, '.mentorship'), 0o777);
      const r = await runBuilt(['templates'], { cwd: dir });
      assert.ok(!r.stdout.includes('(team)'), r.stdout);
      assert.match(r.stderr, /not using .* as the workspace: anyone can write to it/);
    } finally { removeDir(dir); }
  });

  test('vocab --glossary honours the 1 MB limit (exit 2)', async () => {
    const dir = tempDir('mp-big-');
    try {
      const big = path.join(dir, 'big.glossary.yml');
      writeFileSync(big, `terms:\n${'  - name: Term\n'.repeat(80_000)}`);
      writeFileSync(path.join(dir, 'a.md'), 'text\n');
      const r = await runBuilt(['vocab', '--glossary', big, path.join(dir, 'a.md')], { cwd: dir });
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /too large \(over 1 MB\)/);
    } finally { removeDir(dir); }
  });

  test('{{log}} and front-matter warnings in a team template never reach the terminal raw', async () => {
    const dir = tempDir('mp-log-');
    try {
      const tpl = path.join(dir, 'evil.hbs');
      writeFileSync(tpl, '---\nname: !evil "\x1b]0;pwned\x07"\n---\n{{log "\x1b[2J\x1b]0;owned\x07" level="error"}}{{log "out"}}BODY\n');
      const r = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--template', tpl], { cwd: dir });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, 'BODY\n');
      assert.ok(!r.stderr.includes('\x1b'), JSON.stringify(r.stderr));
    } finally { removeDir(dir); }
  });

  test('--out that is not valid UTF-8 is refused (exit 2); a 255-byte CJK name is written', async () => {
    const dir = tempDir('mp-names-');
    try {
      const bad = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--out', `${dir}/\ufffd.md`]);
      assert.strictEqual(bad.code, 2, bad.stderr);
      assert.deepStrictEqual(readdirSync(dir), []);
      const exact = `${'漢'.repeat(84)}.md`;
      assert.strictEqual(Buffer.byteLength(exact), 255);
      const ok = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, exact)]);
      assert.strictEqual(ok.code, 0, ok.stderr);
      assert.deepStrictEqual(readdirSync(dir), [exact]);
    } finally { removeDir(dir); }
  });

  test('calendar with a start before 1970 gives our own message', async () => {
    const r = await runBuilt(['calendar', '--profile', EXAMPLE_PROFILE, '--start', '1969-07-20 20:17']);
    assert.strictEqual(r.code, 2, r.stderr);
    assert.match(r.stderr, /must be in 1970 or later/);
  });
});
