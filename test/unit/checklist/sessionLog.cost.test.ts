import * as assert from 'assert';
import { appendCheckIn, carriedActions, MAX_CARRIED_ACTIONS, openActions, type CheckIn } from '../../../src/core/checklist/sessionLog';
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

  test('documents that do not use the log do not read it: a prep doc renders as fast with a big log as without', () => {
    const log = bigLog(2_000);
    const t = (sessionLog: string) => { const s = Date.now(); library.render('prep-doc', buildContext(profile, builtinGlossary(), TODAY, { sessionLog })); return Date.now() - s; };
    t('');
    const withLog = Math.min(t(log), t(log + ' '));
    const without = Math.min(t(''), t(''));
    assert.ok(withLog < without * 3 + 50, `${withLog} ms with a log of ${log.length} characters, ${without} ms without`);
  });
});
