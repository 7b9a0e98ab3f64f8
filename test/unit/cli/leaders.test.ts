// Several leaders from the command line: `--leader SLUG` on every command, `leaders`, and the
// active leader the extension recorded; a single-profile workspace works as before.
import * as assert from 'assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, EXAMPLE_PROFILE, removeDir, runBuilt, tempDir } from './helpers';

const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, unknown> & { you: Record<string, unknown>; leader: Record<string, unknown> };

function leaderFile(name: string, extra: Record<string, unknown> = {}): string {
  const rest: Record<string, unknown> = { ...example };
  delete rest.you;
  delete rest.tone;
  return JSON.stringify({ ...rest, leader: { ...example.leader, name }, ...extra }, null, 2);
}

suite('CLI with several leaders (built CLI)', () => {
  let ws: string;
  suiteSetup(() => {
    assertBuilt();
    ws = tempDir('mp-leaders-');
    mkdirSync(path.join(ws, '.mentorship', 'leaders'), { recursive: true });
    writeFileSync(path.join(ws, '.mentorship', 'you.json'), JSON.stringify({ you: { name: 'Sam Rivera', role: 'Staff Architect' }, tone: 'concise' }));
    writeFileSync(path.join(ws, '.mentorship', 'leaders', 'dana.json'), leaderFile('Dana Okafor', { ask: 'asked' }));
    writeFileSync(path.join(ws, '.mentorship', 'leaders', 'priya.json'), leaderFile('Priya Raman', { ask: 'no-reply' }));
    writeFileSync(path.join(ws, '.mentorship', 'leaders', 'notes.txt'), 'not a leader');
    writeFileSync(path.join(ws, '.mentorship', 'active-leader'), 'priya\n');
    mkdirSync(path.join(ws, 'mentorship', 'dana'), { recursive: true });
    writeFileSync(path.join(ws, 'mentorship', 'dana', 'log.md'), '# Mentorship log\n\n## 2026-11-20 · Check-in\n\n**Actions:**\n- [ ] Draft the Dana-only ownership table\n\n**Next topic:** contracts\n');
  });
  suiteTeardown(() => removeDir(ws));

  test('leaders lists each leader with where the ask stands, the active one marked', async () => {
    const r = await runBuilt(['leaders'], { cwd: ws });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '  dana\tDana Okafor\tasked\n* priya\tPriya Raman\tno-reply\n');
    const j = await runBuilt(['leaders', '--json', '--workspace', ws]);
    assert.deepStrictEqual(JSON.parse(j.stdout), [
      { slug: 'dana', name: 'Dana Okafor', ask: 'asked', active: false },
      { slug: 'priya', name: 'Priya Raman', ask: 'no-reply', active: true },
    ]);
  });

  test('generate uses the active leader, or --leader, with your shared answers and that leader\'s log', async () => {
    const active = await runBuilt(['generate', '--template', 'script'], { cwd: ws });
    assert.strictEqual(active.code, 0, active.stderr);
    assert.match(active.stdout, /Priya Raman/);
    assert.match(active.stdout, /Sam Rivera \(Staff Architect\)/, 'you.json’s fields are used');
    const dana = await runBuilt(['generate', '--leader', 'dana', '--template', 'script'], { cwd: ws });
    assert.strictEqual(dana.code, 0, dana.stderr);
    assert.match(dana.stdout, /Dana Okafor/);
    assert.doesNotMatch(dana.stdout, /Priya/);
    const agendaDana = await runBuilt(['generate', '--leader', 'dana', '--template', 'next-checkin'], { cwd: ws });
    assert.strictEqual(agendaDana.code, 0, agendaDana.stderr);
    assert.match(agendaDana.stdout, /Dana-only ownership table/, 'Dana’s log carries forward');
    const agendaPriya = await runBuilt(['generate', '--leader', 'priya', '--template', 'next-checkin'], { cwd: ws });
    assert.doesNotMatch(agendaPriya.stdout, /Dana-only/, 'another leader’s log is not read');
  });

  test('--leader on every command; an unknown slug is bad usage naming the leaders there are', async () => {
    for (const args of [['generate'], ['calendar'], ['templates'], ['vocab', '.']]) {
      const r = await runBuilt([...args, '--leader', 'nobody'], { cwd: ws });
      assert.strictEqual(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /there is no leader nobody in \.mentorship\/leaders\/ \(there are: dana, priya\)/);
    }
    for (const args of [['calendar', '--start', '2026-12-01 10:00'], ['templates'], ['vocab', '.']]) {
      const r = await runBuilt([...args, '--leader', 'dana'], { cwd: ws });
      assert.strictEqual(r.code, 0, `${args[0]}: ${r.stderr}`);
    }
    const cal = await runBuilt(['calendar', '--leader', 'dana', '--start', '2026-12-01 10:00'], { cwd: ws });
    assert.match(cal.stdout, /BEGIN:VCALENDAR/);
  });

  test('a single-profile workspace keeps working; --leader there says it has a single profile', async () => {
    const single = tempDir('mp-single-');
    try {
      mkdirSync(path.join(single, '.mentorship'));
      writeFileSync(path.join(single, '.mentorship', 'profile.json'), readFileSync(EXAMPLE_PROFILE));
      const r = await runBuilt(['generate', '--template', 'script'], { cwd: single });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /Dana Okafor/);
      const l = await runBuilt(['leaders'], { cwd: single });
      assert.strictEqual(l.code, 0, l.stderr);
      assert.match(l.stdout, /single profile \(\.mentorship\/profile\.json\)/);
      const bad = await runBuilt(['generate', '--leader', 'dana'], { cwd: single });
      assert.strictEqual(bad.code, 2);
      assert.match(bad.stderr, /this workspace has a single profile/);
    } finally { removeDir(single); }
  });

  test('a broken leader file is named; leaders still lists the others', async () => {
    writeFileSync(path.join(ws, '.mentorship', 'leaders', 'zed.json'), '{ not json');
    try {
      const g = await runBuilt(['generate', '--leader', 'zed'], { cwd: ws });
      assert.strictEqual(g.code, 2);
      assert.match(g.stderr, /zed\.json.* is not valid JSON/);
      const l = await runBuilt(['leaders'], { cwd: ws });
      assert.strictEqual(l.code, 0);
      assert.match(l.stdout, / {2}zed\tzed\tunreadable\n/);
      assert.match(l.stdout, /dana\tDana Okafor\tasked/);
    } finally {
      removeDir(path.join(ws, '.mentorship', 'leaders', 'zed.json'));
    }
  });
});
