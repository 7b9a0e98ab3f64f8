import * as assert from 'assert';
import fc from 'fast-check';
import { emptyState, isDone, nextStep, normalizeState, progress, reset, setDone, type ChecklistState } from '../../../src/core/checklist/state';
import { PREP_STEPS, type PrepStep } from '../../../src/core/checklist/steps';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const LATER = new Date('2026-12-01T10:00:00.000Z');

function tick(...ids: string[]): ChecklistState {
  return ids.reduce((s, id) => setDone(s, id, true, NOW), emptyState());
}

suite('checklist state', () => {
  test('an empty state has nothing done', () => {
    const s = emptyState();
    assert.deepStrictEqual(s, { done: {} });
    assert.ok(PREP_STEPS.every((step) => !isDone(s, step.id)));
  });

  test('setDone ticks with the ISO date and unticks by removing the entry', () => {
    const s = setDone(emptyState(), 'rehearse', true, NOW);
    assert.deepStrictEqual(s, { done: { rehearse: '2026-11-24T09:30:00.000Z' } });
    assert.ok(isDone(s, 'rehearse'));
    assert.deepStrictEqual(setDone(s, 'rehearse', false), { done: {} });
  });

  test('setDone never mutates its input', () => {
    const s = tick('rehearse');
    const frozen = JSON.stringify(s);
    setDone(s, 'book-meeting', true, NOW);
    setDone(s, 'rehearse', false, NOW);
    assert.strictEqual(JSON.stringify(s), frozen);
  });

  test('ticking a done step keeps the first date and returns the same state', () => {
    const s = tick('rehearse');
    const again = setDone(s, 'rehearse', true, LATER);
    assert.strictEqual(again, s);
    assert.strictEqual(again.done.rehearse, NOW.toISOString());
    assert.strictEqual(setDone(s, 'book-meeting', false), s);
  });

  test('isDone does not see Object.prototype', () => {
    assert.strictEqual(isDone(emptyState(), 'toString'), false);
    assert.strictEqual(isDone(emptyState(), '__proto__'), false);
    assert.strictEqual(isDone(emptyState(), 'constructor'), false);
  });

  test('the state survives a JSON round trip (workspaceState)', () => {
    const s = tick('rehearse', 'book-meeting', 'send-thank-you');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(s)), s);
    assert.deepStrictEqual(normalizeState(JSON.parse(JSON.stringify(s))), s);
  });

  test('progress counts done steps, overall and by phase', () => {
    const p = progress(tick('understand-resistance', 'research-leader', 'book-meeting', 'send-thank-you', 'review-cadence'));
    assert.strictEqual(p.done, 5);
    assert.strictEqual(p.total, 17);
    assert.strictEqual(p.label, '5/17');
    // Writing to the person named is a meeting step: it follows the message to the leader (the referral rule).
    assert.deepStrictEqual(p.byPhase, { before: { done: 2, total: 8 }, meeting: { done: 1, total: 5 }, after: { done: 2, total: 4 } });
  });

  test('progress ignores ids that are not steps', () => {
    const s: ChecklistState = { done: { 'no-such-step': NOW.toISOString(), rehearse: NOW.toISOString() } };
    assert.strictEqual(progress(s).label, '1/17');
  });

  test('progress of no steps lists every phase at zero', () => {
    assert.deepStrictEqual(progress(tick('rehearse'), []), {
      done: 0, total: 0, label: '0/0', byPhase: { before: { done: 0, total: 0 }, meeting: { done: 0, total: 0 }, after: { done: 0, total: 0 } },
    });
  });

  test('progress uses the steps it is given', () => {
    const steps: PrepStep[] = [
      { id: 'a', phase: 'after', title: 'A', description: '' },
      { id: 'b', phase: 'after', title: 'B', description: '' },
    ];
    const p = progress(tick('b', 'rehearse'), steps);
    assert.strictEqual(p.label, '1/2');
    assert.deepStrictEqual(p.byPhase.after, { done: 1, total: 2 });
    assert.deepStrictEqual(p.byPhase.before, { done: 0, total: 0 });
  });

  test('reset clears everything and hands back the old state as undo', () => {
    const s = tick('rehearse', 'book-meeting');
    const r = reset(s);
    assert.deepStrictEqual(r.state, emptyState());
    assert.strictEqual(r.undo, s);
    assert.strictEqual(progress(r.undo).done, 2);
  });

  test('reset of one phase keeps the other phases', () => {
    const s = tick('rehearse', 'research-leader', 'book-meeting', 'send-thank-you');
    const r = reset(s, 'before');
    assert.deepStrictEqual(Object.keys(r.state.done).sort(), ['book-meeting', 'send-thank-you']);
    assert.strictEqual(r.state.done['book-meeting'], NOW.toISOString());
    assert.deepStrictEqual(r.undo, tick('rehearse', 'research-leader', 'book-meeting', 'send-thank-you'));
    assert.strictEqual(Object.keys(s.done).length, 4, 'the input is untouched');
  });

  test('nextStep is the first step not done, in step order', () => {
    assert.strictEqual(nextStep(emptyState())?.id, 'understand-resistance');
    assert.strictEqual(nextStep(tick('understand-resistance', 'pick-challenge'))?.id, 'research-leader');
    assert.strictEqual(nextStep(tick(...PREP_STEPS.map((s) => s.id))), undefined);
    assert.strictEqual(nextStep(emptyState(), []), undefined);
  });

  suite('normalizeState', () => {
    test('keeps known ids with a date string', () => {
      const raw = { done: { rehearse: '2026-11-24T09:30:00.000Z', 'book-meeting': '2026-11-25' } };
      assert.deepStrictEqual(normalizeState(raw), raw);
    });

    test('drops unknown ids, non-strings and strings that are not dates', () => {
      const raw = { done: { rehearse: true, 'book-meeting': 5, 'hold-meeting': null, 'send-thank-you': 'yesterday-ish', 'not-a-step': '2026-11-24', 'review-cadence': '2026-11-24' } };
      assert.deepStrictEqual(normalizeState(raw), { done: { 'review-cadence': '2026-11-24' } });
    });

    test('turns anything else into an empty state', () => {
      for (const raw of [undefined, null, 0, 'done', [], ['rehearse'], {}, { done: null }, { done: ['rehearse'] }, { done: 'rehearse' }]) {
        assert.deepStrictEqual(normalizeState(raw), emptyState(), JSON.stringify(raw));
      }
    });

    test('a __proto__ key from JSON cannot change the prototype', () => {
      const s = normalizeState(JSON.parse('{"done":{"__proto__":{"polluted":"2026-01-01"},"rehearse":"2026-01-01"}}'));
      assert.deepStrictEqual(s, { done: { rehearse: '2026-01-01' } });
      assert.strictEqual(Object.getPrototypeOf(s.done), Object.prototype);
    });

    test('survives a throwing getter', () => {
      const raw = { get done(): unknown { throw new Error('boom'); } };
      assert.deepStrictEqual(normalizeState(raw), emptyState());
    });

    test('never throws, and its result is a valid fixed point', () => {
      const ids = fc.constantFrom(...PREP_STEPS.map((s) => s.id), 'toString', '__proto__', 'x');
      const value = fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.anything());
      fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ done: fc.oneof(fc.anything(), fc.dictionary(ids, value)) })), (raw) => {
        const s = normalizeState(raw);
        assert.deepStrictEqual(normalizeState(JSON.parse(JSON.stringify(s))), s);
        for (const [id, date] of Object.entries(s.done)) {
          assert.ok(PREP_STEPS.some((step) => step.id === id));
          assert.ok(!Number.isNaN(Date.parse(date)));
        }
      }), { numRuns: 500 });
    });
  });

  test('property: progress.done equals the number of steps isDone reports', () => {
    fc.assert(fc.property(fc.subarray(PREP_STEPS.map((s) => s.id)), fc.array(fc.string()), (ids, noise) => {
      const s = tick(...ids, ...noise);
      const p = progress(s);
      assert.strictEqual(p.done, ids.length);
      assert.strictEqual(p.byPhase.before.done + p.byPhase.meeting.done + p.byPhase.after.done, p.done);
      assert.strictEqual(p.label, `${ids.length}/${PREP_STEPS.length}`);
    }));
  });
});
