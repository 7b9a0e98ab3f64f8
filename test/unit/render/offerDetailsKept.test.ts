// An offer's details, kept (issue 21): "bring the diagram" in
// their words, then "Bring: nothing on paper" in the brief; "you offered tea in his office" said TO the
// leader; "You don't need to answer now … think it over" after they had said yes; "ask someone they know
// to introduce you" after the first approach was made. Each over several phrasings and tones.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';
import { offerOf } from '../../../src/core/render/offerShape';
import { inTheirVoice } from '../../../src/core/render/firstAnswer';

/** Every spoken or sent line of the documents: the quoted "You:" lines and the message blocks. */
const spokenLines = (text: string): string[] => text.split('\n').filter((l) => /^>/.test(l.trim()));

suite('What they offered, kept as they offered it', () => {
  test('a thing they asked you to bring is read from the offer or their words', () => {
    const cases: [string, string, string | undefined][] = [
      ['tea in his office when I’m stuck, with the diagram', 'Come up, bring the diagram, we’ll have tea.', 'the diagram'],
      ['a coffee when I’m in town', 'Bring your numbers and we’ll grab a coffee when I’m in town.', 'your numbers'],
      ['lunch on Friday with the architecture diagram', 'Lunch on Friday works.', 'the architecture diagram'],
      ['a coffee when I’m in town', 'Happy to grab a coffee when I’m in town.', undefined],
    ];
    for (const [offered, words, bring] of cases) assert.strictEqual(offerOf(offered, words)?.bring, bring, offered);
  });

  test('"his/her office" typed by the user is the leader\'s own, so never "his" in a line said to them', () => {
    const cases: [string, string, string][] = [
      ['tea in his office when I’m stuck, with the diagram', 'When you’re stuck, come up, we’ll have tea.', 'tea in my office when you’re stuck, with the diagram'],
      ['coffee at her desk on Fridays', 'Come by on Fridays for a coffee.', 'coffee at my desk on Fridays'],
      ['a walk with him after the standup', 'Walk with me after the standup, if you like.', 'a walk with me after the standup'],
    ];
    for (const [offered, words, voiced] of cases) assert.strictEqual(inTheirVoice({ offered }, words).offered, voiced, offered);
    // Someone else's: the leader said "her" about the person they named.
    assert.strictEqual(inTheirVoice({ offered: 'an intro to Priya and her team' }, 'Talk to Priya and her team.').offered, 'an intro to Priya and her team');
  });

  test('no document contradicts what they asked you to bring, or talks about the listener as "his/her", or asks a yes to think it over', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    const offers: [string, string, string][] = [
      ['tea in his office when I’m stuck on something real, with the diagram', 'My door is open. When you’re stuck, bring the diagram, come up, we’ll have tea.', 'EG'],
      ['coffee in her office when I’m back in Jakarta, bring the draft', 'Nothing regular. When I’m back in Jakarta, bring the draft and we’ll have coffee in my office.', 'ID'],
      ['lunch with him on a Friday, with your sketch', 'I can’t do a fixed slot, but bring your sketch and we’ll have lunch on a Friday.', 'JP'],
    ];
    for (const [offered, words, country] of offers) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const docs = renderAll(exampleWith({ tone, culture: { country }, format: 'meetings', cadence: 'as-needed', firstResponse: 'yes-with-limits', firstResponseWords: words, firstResponseDetails: { offered, limits: 'no fixed slot' } }));
        for (const [id, text] of Object.entries(docs)) {
          if (/nothing on paper|no papers on the table|No agenda and no papers/.test(text)) problems.push(`${country}/${tone} ${id}: says nothing on paper`);
          for (const line of spokenLines(text)) {
            if (/\b(?:his|her|him)\b/i.test(line)) problems.push(`${country}/${tone} ${id}: ${line.trim().slice(0, 140)}`);
            if (/need to answer now|no need to decide today|think it over/i.test(line)) problems.push(`${country}/${tone} ${id}: ${line.trim().slice(0, 140)}`);
          }
          if (/introduce you, and name that person|Lay the groundwork first/.test(text)) problems.push(`${country}/${tone} ${id}: first-approach advice after a yes`);
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
