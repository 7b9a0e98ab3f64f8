import * as assert from 'assert';
import fc from 'fast-check';
import {
  generatedCopyPath, isGeneratedCopyPath, isLeaderSlug, leaderLayout, leaderProfilePath, newLeaderSlug, parseActiveLeader, slugOfProfilePath, slugsOfFileNames,
} from '../../../src/core/workspace/leaders';

const SETTINGS = { profilePath: '.mentorship/profile.json', outputFolder: 'mentorship' };

suite('leaders: where each leader\'s things live', () => {
  test('a single-profile workspace keeps the first release\'s paths and checklist key', () => {
    assert.deepStrictEqual(leaderLayout(undefined, SETTINGS), {
      slug: undefined,
      profile: '.mentorship/profile.json',
      output: 'mentorship',
      log: 'mentorship/log.md',
      calendar: 'mentorship/check-ins.ics',
      checklistKey: 'mentorshipPrep.checklist',
    });
  });

  test('a leader has its profile file, output folder, log, calendar and checklist', () => {
    assert.deepStrictEqual(leaderLayout('dana-okafor', { profilePath: 'x/p.json', outputFolder: 'docs/prep' }), {
      slug: 'dana-okafor',
      profile: '.mentorship/leaders/dana-okafor.json',
      output: 'docs/prep/dana-okafor',
      log: 'docs/prep/dana-okafor/log.md',
      calendar: 'docs/prep/dana-okafor/check-ins.ics',
      checklistKey: 'mentorshipPrep.checklist/leaders/dana-okafor',
    });
  });

  test('two leaders never share a file or a checklist key', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const sa = newLeaderSlug(a, []);
      const sb = newLeaderSlug(b, [sa]);
      const la = leaderLayout(sa, SETTINGS);
      const lb = leaderLayout(sb, SETTINGS);
      for (const key of ['profile', 'output', 'log', 'calendar', 'checklistKey'] as const) assert.notStrictEqual(la[key], lb[key]);
      assert.notStrictEqual(la.checklistKey, leaderLayout(undefined, SETTINGS).checklistKey);
    }));
  });

  test('a layout refuses what is not a slug, so no path is built from raw text', () => {
    for (const bad of ['', '../x', 'Dana', 'a/b', 'con', 'x.json', '-a']) assert.throws(() => leaderLayout(bad, SETTINGS), /Not a leader slug/, bad);
  });

  test('slugs: from the name, unique, never a device name, always usable', () => {
    assert.strictEqual(newLeaderSlug('Dana O\'Kafor', []), 'dana-okafor');
    assert.strictEqual(newLeaderSlug('Dana Okafor', ['dana-okafor']), 'dana-okafor-2');
    assert.strictEqual(newLeaderSlug('Dana Okafor', ['dana-okafor', 'dana-okafor-2']), 'dana-okafor-3');
    assert.strictEqual(newLeaderSlug('Con', []), 'leader-con');
    assert.strictEqual(newLeaderSlug('', []), 'leader');
    assert.strictEqual(newLeaderSlug('प्रिया', []), 'प्रिया');
    fc.assert(fc.property(fc.string(), fc.array(fc.string()), (name, others) => {
      const taken = others.map((o) => newLeaderSlug(o, []));
      const s = newLeaderSlug(name, taken);
      assert.ok(isLeaderSlug(s), s);
      assert.ok(!taken.includes(s));
      assert.ok(Array.from(s).length <= 60);
    }));
    const long = 'x'.repeat(80);
    const first = newLeaderSlug(long, []);
    assert.strictEqual(newLeaderSlug(long, [first]), `${'x'.repeat(58)}-2`);
  });

  test('profile paths and back', () => {
    assert.strictEqual(leaderProfilePath('dana'), '.mentorship/leaders/dana.json');
    assert.strictEqual(slugOfProfilePath('.mentorship/leaders/dana.json'), 'dana');
    for (const other of ['.mentorship/leaders/sub/dana.json', '.mentorship/leaders/Dana.json', '.mentorship/leaders/dana.yml', '.mentorship/profile.json', '.mentorship/leaders/.json']) {
      assert.strictEqual(slugOfProfilePath(other), undefined, other);
    }
    assert.deepStrictEqual(slugsOfFileNames(['sam.json', 'dana.json', 'notes.txt', 'Bad Name.json', 'dana.json', 'nul.json']), ['dana', 'sam']);
  });

  test('the active leader file: first line, trimmed, a slug or nothing', () => {
    assert.strictEqual(parseActiveLeader('dana\n'), 'dana');
    assert.strictEqual(parseActiveLeader('  sam \r\nother'), 'sam');
    assert.strictEqual(parseActiveLeader('../etc'), undefined);
    assert.strictEqual(parseActiveLeader(''), undefined);
    assert.strictEqual(parseActiveLeader(undefined), undefined);
  });

  test('the generated copy of a document sits under .mentorship/generated, and only for paths inside the folder', () => {
    assert.strictEqual(generatedCopyPath('mentorship/dana/prep-dana.md'), '.mentorship/generated/mentorship/dana/prep-dana.md');
    assert.strictEqual(generatedCopyPath('mentorship\\prep-dana.md'), '.mentorship/generated/mentorship/prep-dana.md');
    assert.strictEqual(generatedCopyPath('./a//b.md'), '.mentorship/generated/a/b.md');
    for (const outside of ['', '/etc/x.md', '../x.md', 'a/../../x.md', 'C:/x.md', '~/x.md', 'file:///x.md']) assert.strictEqual(generatedCopyPath(outside), undefined, outside);
    const dana = leaderLayout('dana', SETTINGS);
    const sam = leaderLayout('sam', SETTINGS);
    assert.notStrictEqual(generatedCopyPath(`${dana.output}/prep.md`), generatedCopyPath(`${sam.output}/prep.md`));
  });

  test('a generated copy is told from the user\'s files by its path', () => {
    for (const doc of ['mentorship/prep-dana.md', 'mentorship/dana/prep-dana.md', 'docs/design.md']) {
      assert.strictEqual(isGeneratedCopyPath(generatedCopyPath(doc)!), true, doc);
      assert.strictEqual(isGeneratedCopyPath(doc), false, doc);
    }
    assert.strictEqual(isGeneratedCopyPath('.mentorship\\generated\\mentorship\\prep.md'), true);
    assert.strictEqual(isGeneratedCopyPath('./.mentorship/generated/x.md'), true);
    for (const other of ['.mentorship/profile.json', '.mentorship/generated-notes.md', 'docs/.mentorship/generatedx/a.md', 'mentorship/generated/a.md']) {
      assert.strictEqual(isGeneratedCopyPath(other), false, other);
    }
  });
});
