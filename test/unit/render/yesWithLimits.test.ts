// A yes with limits is a yes: nothing is asked again, the offer is taken up as given, and every
// document says so; written help they offered is taken up with the first note itself.
import * as assert from 'assert';
import { stepsFor } from '../../../src/core/checklist/steps';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { inTheirVoice } from '../../../src/core/render/firstAnswer';
import { exampleWith, render } from './helpers';

const WRITTEN_OFFERS = [
  { words: 'Another recurring meeting, no way. When you’re stuck on a real decision, write it down short and send it to me, I’ll answer.', offered: 'an answer in writing when I’m stuck on a real decision' },
  { words: 'Send me a few lines whenever you hit a wall and I will reply, but no meetings please.', offered: 'a reply to a few lines whenever you hit a wall' },
];
const CULTURES = [{ communication: 'direct', hierarchy: 'flat' }, { communication: 'indirect', hierarchy: 'hierarchical' }];

suite('A yes with limits: the offer taken up, nothing asked again', () => {
  test('written help they offered: the request is the first note itself, with no re-ask, no one-pager and no deadline for a no', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const { words, offered } of WRITTEN_OFFERS) {
      const profile = exampleWith({ tone, culture, format: 'async', cadence: 'as-needed', firstResponse: 'yes-with-limits', firstResponseWords: words, firstResponseDetails: { offered } });
      const where = `${tone}/${culture.communication}`;
      const request = render('request-meeting', profile);
      if (!/\*\*(?:The decision|Options|My recommendation):\*\*/.test(request)) problems.push(`${where}: the request is not the first note`);
      // The message and the chat version, not the note to the user above them.
      const sent = request.split('\n').filter((l) => !l.startsWith('*')).join('\n');
      if (/one-pager|Would you be open|could I send you a short note|may I send you a short note/i.test(sent)) problems.push(`${where}: the request asks again or attaches: ${sent.match(/.*(?:one-pager|Would you be open|short note).*/i)?.[0]}`);
      const doc = render('prep-doc', profile);
      for (const bad of [/lukewarm/i, /ask once more/i, /door left ajar/i, /take (?:it|the silence) as a no/i, /smaller, sharper request/i]) {
        if (bad.test(doc)) problems.push(`${where}: the prep doc says ${bad}: ${doc.match(new RegExp(`.*${bad.source}.*`, 'i'))?.[0]?.slice(0, 160)}`);
      }
      if (!/\*\(the decision\)\*/.test(doc)) problems.push(`${where}: the script is not the first note`);
      const brief = render('brief', profile);
      if (/take it as a no|send one short reminder/i.test(brief)) problems.push(`${where}: the brief waits for a no`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('the checklist sends the first note: no one-pager step, no reminder', () => {
    const profile = validateProfile(exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'a reply in writing' } })).profile;
    const steps = stepsFor(profile);
    assert.ok(!steps.some((s) => s.id === 'send-one-pager'));
    assert.strictEqual(steps.find((s) => s.id === 'book-meeting')?.title, 'Send the first note when a real decision comes up');
    // A written ask has no night before: the note is written and read aloud before it is sent, in one
    // step ahead of sending it, not in a brief step listed after the send.
    assert.strictEqual(steps.find((s) => s.id === 'read-brief'), undefined);
    assert.strictEqual(steps.find((s) => s.id === 'rehearse')?.titleFor?.(profile), 'Write the first note and read it aloud once before you send it');
    const ids = steps.map((s) => s.id);
    assert.ok(ids.indexOf('rehearse') < ids.indexOf('book-meeting'), ids.join(', '));
    assert.doesNotMatch(steps.map((s) => s.title).join('\n'), /reminder/);
    // Time was the worry, not an offer: the written ask keeps its one-pager and its one reminder.
    const noTime = stepsFor(validateProfile(exampleWith({ format: 'async', cadence: 'as-needed', firstResponse: 'no-time' })).profile);
    assert.ok(noTime.some((s) => s.id === 'send-one-pager'));
  });

  test('what they offered is taken up in every document, never called a single conversation or a smaller ask', () => {
    const problems: string[] = [];
    for (const tone of TONES) {
      const profile = exampleWith({ tone, format: 'meetings', cadence: 'monthly', firstResponse: 'yes-with-limits',
        firstResponseWords: 'Fine, but no standing slot. One proper call a quarter, and ping me on Slack when you’re really stuck.',
        firstResponseDetails: { offered: 'one proper call a quarter, and Slack when you’re really stuck' } });
      for (const id of ['prep-doc', 'manager-first', 'first-checkin', 'next-checkin', 'async-update']) {
        const text = render(id, profile);
        const bad = text.match(/.*(?:single conversation|single \d+-minute|only if they offered (?:more|another)|whole of what you asked|smaller ask|something smaller|going back with).*/i);
        if (bad) problems.push(`${tone} ${id}: ${bad[0].trim().slice(0, 160)}`);
      }
      // Told to your manager, "you" in their offer is you: "when I’m really stuck".
      const manager = render('manager-first', profile).split('One proper call a quarter, and ping me on Slack when you’re really stuck.').join('');
      if (!/Slack when I’m really stuck/.test(manager) || /when you’re really stuck/.test(manager)) problems.push(`${tone} manager-first: the offer is not in your voice`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});

suite('What they offered, in whose voice', () => {
  const words = 'When you’re stuck on a real decision, write it down short and send it to me, I’ll answer.';
  test('typed from the user’s side, it is turned to the leader’s, as their words show', () => {
    assert.strictEqual(inTheirVoice({ offered: 'an answer in writing when I’m stuck on a real decision' }, words).offered, 'an answer in writing when you’re stuck on a real decision');
    assert.strictEqual(inTheirVoice({ offered: "an answer when I'm stuck" }, words).offered, 'an answer when you’re stuck');
  });
  test('typed in the leader’s voice, or with nothing to compare with, it is kept', () => {
    assert.strictEqual(inTheirVoice({ offered: 'an answer when you’re stuck on a real decision' }, words).offered, 'an answer when you’re stuck on a real decision');
    assert.strictEqual(inTheirVoice({ offered: 'coffee when I’m in town' }, 'Happy to grab coffee when I’m in town.').offered, 'coffee when I’m in town');
    assert.strictEqual(inTheirVoice({ offered: 'coffee when I’m in town' }, undefined).offered, 'coffee when I’m in town');
    assert.deepStrictEqual(inTheirVoice({ referTo: 'Ana' }, words), { referTo: 'Ana' });
  });
});
