// "An offer inside a not now" is one fact (issue 21): decided once in the facts (is.offerAfterNotNow)
// and read by the request's rules, not decided again from the first answer and its details there.
import * as assert from 'assert';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { factsOf } from '../../../src/core/render/facts';
import { buildContext } from '../../../src/core/render/context';
import { requestOf, type RequestInputs } from '../../../src/core/render/rules/request';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from './helpers';

const WORDS = 'Not before the launch, sorry. Once it’s out, buy me a coffee when I’m back in Lisbon.';

suite('An offer inside a “not now”: one fact', () => {
  test('the facts hold it for a not now with an offer, and for nothing else', () => {
    for (const firstResponse of FIRST_RESPONSES) {
      for (const offered of [undefined, 'coffee when I’m back in Lisbon']) {
        const profile = validateProfile(exampleWith({ firstResponse, firstResponseWords: WORDS, firstResponseDetails: offered ? { offered } : { comeBackAfter: 'after the launch' } })).profile;
        const facts = factsOf(profile, TODAY);
        assert.strictEqual(facts.is.offerAfterNotNow, firstResponse === 'not-now' && offered !== undefined, `${firstResponse} ${offered ?? 'no offer'}`);
        // The same fact sizes the ask: one conversation, no longer than 30 minutes.
        if (facts.is.offerAfterNotNow) assert.ok(facts.minutes <= 30);
      }
    }
  });

  test('the request’s rules read the fact: the same inputs with the flag turned off ask for a meeting, not the offer', () => {
    // A call, not the coffee: an informal offer has a request of its own shape whatever this flag says.
    const profile = validateProfile(exampleWith({ firstResponse: 'not-now', firstResponseWords: 'Not before the launch, sorry. Once it’s out, a short call is fine.', culture: { communication: 'direct' }, firstResponseDetails: { offered: 'a short call once the launch is out' } })).profile;
    const ctx = buildContext(profile, builtinGlossary(), TODAY);
    const facts = factsOf(profile, TODAY);
    const inputs: RequestInputs = { is: { ...ctx.is }, said: ctx.said, details: facts.details, minutes: 30, single: true, programJoined: '', milestone: '', addressAs: 'Dana', month: 'none' };
    const on = requestOf(inputs);
    // The one flag for "the ask is what they offered" (facts.ts takesOffer) decides, not the first answer.
    const off = requestOf({ ...inputs, is: { ...inputs.is, offerAfterNotNow: false, takesOffer: false } });
    assert.strictEqual(on.subject[0]!.id, 'request-subject-offered');
    assert.notStrictEqual(off.subject[0]!.id, 'request-subject-offered', 'the flag, not the first answer, decides');
  });
});
