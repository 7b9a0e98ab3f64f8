import * as assert from 'assert';
import { appendCheckIn, carriedActions, logParses, MAX_CARRIED_ACTIONS, openActions, type CheckIn } from '../../../src/core/checklist/sessionLog';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, TODAY } from '../render/helpers';

const entry = (i: number): CheckIn => ({ date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, leader: 'Dana', discussed: `topic ${i}`, decisions: [], actions: [`action ${i}a`, `action ${i}b`], nextTopic: `next ${i}` });

/** A log of n check-ins, two open actions each. */
function bigLog(n: number): string {
  let log = appendCheckIn(undefined, entry(0));
  const parts = [log];
  for (let i = 1; i < n; i++) parts.push('\n' + appendCheckIn('x\n', entry(i)).slice(2));
  log = parts.join('');
  return log;
}

const profile = validateProfile(exampleProfile()).profile;
const library = new TemplateLibrary();

suite('Session log: a big log neither floods the agenda nor slows other documents', function () {
  this.timeout(120_000);

  test(`the next check-in agenda carries the latest ${MAX_CARRIED_ACTIONS} open actions and counts the rest`, () => {
    const log = bigLog(500);
    assert.strictEqual(openActions(log).length, 1_000);
    const { actions, more } = carriedActions(log);
    assert.strictEqual(actions.length, MAX_CARRIED_ACTIONS);
    assert.strictEqual(more, 1_000 - MAX_CARRIED_ACTIONS);
    const outcome = library.render('next-checkin', buildContext(profile, builtinGlossary(), TODAY, { sessionLog: log }));
    assert.ok(outcome.ok);
    if (!outcome.ok) return;
    assert.strictEqual(outcome.text.match(/^- \[ \] action/gm)?.length, MAX_CARRIED_ACTIONS);
    assert.match(outcome.text, new RegExp(`…and ${1_000 - MAX_CARRIED_ACTIONS} older open actions in the session log`));
    assert.ok(outcome.text.length < 20_000, `${outcome.text.length} characters`);
  });

  test('a small log is carried whole, with no "and more" line', () => {
    const outcome = library.render('next-checkin', buildContext(profile, builtinGlossary(), TODAY, { sessionLog: bigLog(3) }));
    assert.ok(outcome.ok && !outcome.text.includes('older open action') && outcome.text.match(/^- \[ \] action/gm)?.length === 6);
  });

  test('documents that do not use the log do not parse it; the agenda parses a log once however often it is previewed', () => {
    const log = bigLog(200);
    const before = logParses.count;
    for (const id of ['prep-doc', 'request-meeting', 'thank-you']) assert.ok(library.render(id, buildContext(profile, builtinGlossary(), TODAY, { sessionLog: log })).ok, id);
    assert.strictEqual(logParses.count - before, 0, 'parses for documents that do not show the log');
    for (let i = 0; i < 3; i++) assert.ok(library.render('next-checkin', buildContext(profile, builtinGlossary(), TODAY, { sessionLog: log })).ok);
    assert.strictEqual(logParses.count - before, 1, 'parses for three previews of the agenda');
  });
});
