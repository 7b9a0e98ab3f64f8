// A limit on the rhythm is not a no (issue 21). "No regular meetings, sorry", "no standing meetings",
// "I can't do anything regular" rule out a rhythm, not mentoring: read from their words, the answer is a
// yes to something irregular (or a not now, or no time, when their words say so), never "declined",
// and no document says their no back to them; unless a no follows ("… and I can't take on mentees").
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { factsOf } from '../../../src/core/render/facts';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, renderAll, TODAY } from './helpers';

const LIMITS = [
  'No regular meetings, sorry.',
  'No regular meetings, sorry, but send me your questions whenever you like.',
  'No standing meetings, I’m afraid.',
  'I can’t do anything regular.',
  'Sorry, I can’t commit to regular sessions.',
  'no recurring 1:1s please, my diary won’t take it.',
  'Can’t do anything regular, but grab me after the architecture review sometime.',
];
const A_NO = [
  'No regular meetings, sorry, and I can\'t take on mentees at all.',
  'No, I can’t take on mentoring this year.',
  'No regular meetings. The answer is no, I’m afraid.',
];
/** Their no said back to them, in any document. */
const SAID_NO = /could(?: not|n’t) take on mentoring|You said no|already said no|after a written no|they declined/i;

suite('A limit on the rhythm is not a no', function () {
  this.timeout(300_000);
  test('over phrasings: read as a limit, never as declined, and the limit is kept', () => {
    for (const words of LIMITS) {
      const reading = proposeReading(words, TODAY);
      assert.notStrictEqual(reading.response, 'declined', words);
      assert.notStrictEqual(reading.response, undefined, words);
      if (reading.response === 'yes-with-limits') assert.match(reading.details.limits ?? '', /regular|standing|recurring/i, `${words}: the limit kept`);
    }
  });

  test('over phrasings, tones and countries, read and not confirmed: no document says their no back', () => {
    const problems: string[] = [];
    for (const words of LIMITS) for (const tone of TONES) for (const country of ['GB', 'TW', 'DE']) {
      const profile = exampleWith({ tone, culture: { country }, firstResponseWords: words });
      delete profile.firstResponse;
      delete profile.firstResponseDetails;
      const v = validateProfile(profile);
      assert.ok(v.ok);
      if (factsOf(v.profile, TODAY).is.declined) problems.push(`${words} / ${tone} / ${country}: declined`);
      for (const [id, doc] of Object.entries(renderAll(profile))) if (SAID_NO.test(doc)) problems.push(`${words} / ${tone} / ${country} ${id}: ${SAID_NO.exec(doc)![0]}`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a no that follows the limit, or a plain no, is still a no (the check can fail)', () => {
    for (const words of A_NO) assert.strictEqual(proposeReading(words, TODAY).response, 'declined', words);
  });
});
