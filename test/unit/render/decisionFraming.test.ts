// How each decision will be framed for an executive is said in the script and written in the
// one-pager: the same words in both, for every kind of organization and tone (the one-pager said
// "cost, risk and speed" to a public service the script framed in terms of "the service").
import * as assert from 'assert';
import { ORGANIZATIONS, TONES } from '../../../src/core/profile/profile';
import { cto, render } from './helpers';

const FRAMED = /decision (?:in terms of what it means )?for ([^,]+), not (?:only|just) the tech/;

suite('One framing of a decision for an executive, in the script and the one-pager', () => {
  for (const organization of ORGANIZATIONS) {
    for (const tone of TONES) {
      test(`${organization}, ${tone}: the one-pager frames decisions for what the script names`, () => {
        const profile = cto({ organization, tone, relationship: 'executive', culture: { communication: 'direct', hierarchy: 'hierarchical' } });
        const spoken = FRAMED.exec(render('script', profile))?.[1];
        const written = /\*\*Framed for you:\*\* (.*)/.exec(render('one-pager', profile))?.[1] ?? '';
        assert.ok(spoken, 'the script frames decisions');
        assert.match(written, FRAMED, written);
        assert.strictEqual(FRAMED.exec(written)?.[1], spoken);
      });
    }
  }
});
