import * as assert from 'assert';
import { PREP_STEPS, stepsFor } from '../../../src/core/checklist/steps';
import { validateProfile } from '../../../src/core/profile/validate';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith } from '../render/helpers';

const profile = (patch: Record<string, unknown>) => validateProfile(exampleWith(patch)).profile;
const templateOf = (id: string) => (PREP_STEPS.find((s) => s.id === id)?.args?.[0] as { template?: string } | undefined)?.template;

suite('Prep steps: the message documents', () => {
  test('booking the 1:1 opens the meeting request; the other messages each have their step', () => {
    assert.strictEqual(templateOf('book-meeting'), 'request-meeting');
    assert.strictEqual(templateOf('talk-to-manager'), 'manager-first');
    assert.strictEqual(templateOf('send-one-pager'), 'one-pager');
    assert.strictEqual(templateOf('read-brief'), 'brief');
    assert.strictEqual(templateOf('reply-to-no'), 'no-reply');
  });

  test('every step that opens a template names a built-in one, through Generate from Template', () => {
    for (const step of PREP_STEPS.filter((s) => s.args)) {
      const template = (step.args![0] as { template: string }).template;
      assert.ok(Object.hasOwn(BUILTIN_TEMPLATES, template), `${step.id}: ${template}`);
      assert.strictEqual(step.command, 'mentorshipPrep.generateFromTemplate', step.id);
    }
  });

  test('"Talk to your manager first" comes before booking, and appears when the relationship calls for it', () => {
    const ids = PREP_STEPS.map((s) => s.id);
    assert.ok(ids.indexOf('talk-to-manager') < ids.indexOf('book-meeting'));
    for (const relationship of ['skip-level', 'cross-team', 'executive']) assert.ok(stepsFor(profile({ relationship, culture: { hierarchy: 'flat' } })).some((s) => s.id === 'talk-to-manager'), relationship);
    assert.ok(!stepsFor(profile({ relationship: 'former-manager', culture: { hierarchy: 'flat' } })).some((s) => s.id === 'talk-to-manager'));
    assert.ok(stepsFor(profile({ relationship: 'former-manager', culture: { hierarchy: 'hierarchical' } })).some((s) => s.id === 'talk-to-manager'));
    assert.ok(stepsFor(profile({ relationship: 'former-manager', culture: { hierarchy: 'flat' }, firstResponse: 'ask-your-manager' })).some((s) => s.id === 'talk-to-manager'));
    assert.strictEqual(stepsFor(undefined), PREP_STEPS);
  });

  test('"Talk to your manager first" is not a step when the profile says your manager already knows', () => {
    for (const relationship of ['skip-level', 'executive']) {
      assert.ok(!stepsFor(profile({ relationship, managerKnows: true, culture: { hierarchy: 'hierarchical' } })).some((s) => s.id === 'talk-to-manager'), relationship);
      assert.ok(stepsFor(profile({ relationship, managerKnows: false, culture: { hierarchy: 'hierarchical' } })).some((s) => s.id === 'talk-to-manager'), relationship);
    }
  });

  test('"After the meeting" has the reply to a no', () => {
    const step = PREP_STEPS.find((s) => s.id === 'reply-to-no')!;
    assert.strictEqual(step.phase, 'after');
    assert.match(step.title, /^If the answer was no: send the reply and ask for a referral$/);
  });

  test('after a yes with limits or a referral, no step asks for the reason behind a lukewarm answer; after a referral, none asks for one', () => {
    const ids = (patch: Record<string, unknown>) => stepsFor(profile(patch)).map((s) => s.id);
    for (const firstResponse of ['yes-with-limits', 'referral']) assert.ok(!ids({ firstResponse }).includes('understand-resistance'), firstResponse);
    assert.ok(!ids({ firstResponse: 'referral' }).includes('reply-to-no'));
    // A yes with limits is agreed: there is no no to reply to.
    assert.ok(!ids({ firstResponse: 'yes-with-limits' }).includes('reply-to-no'));
    for (const firstResponse of ['noncommittal', 'no-time', 'doubts-fit', 'declined']) assert.ok(ids({ firstResponse }).includes('understand-resistance'), firstResponse);
    // Read from their words when nothing is confirmed: "Talk to Marcos" is a referral.
    assert.ok(!ids({ firstResponse: undefined, firstResponseWords: 'Maybe talk to Marcos?' }).includes('understand-resistance'));
  });

  test('the sidebar gets the title this profile needs, the one the doc’s checklist shows', () => {
    const steps = stepsFor(profile({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' }));
    assert.strictEqual(steps.find((s) => s.id === 'book-meeting')?.title, 'Send the ask as one short written message');
    assert.strictEqual(stepsFor(undefined).find((s) => s.id === 'book-meeting')?.title, PREP_STEPS.find((s) => s.id === 'book-meeting')?.title);
  });
});
