// A yes with limits: the limits they set are said back to them plainly, turned to "you" where the user
// wrote them about the leader ("when he is back" → "when you are back"), never the gloss "within
// limits"; a short slot they offered only if needed ("quince minutos y listo", "15 minutes if ever
// needed") is kept as the fallback.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { fallbackIn, limitsAbout, limitsToYou } from '../../../src/core/render/theirTerms';
import { render, renderFinished, exampleWith } from './helpers';

const GLOSS = /within (?:clear )?limits|some (?:of your )?time/;

const CASES: readonly { name: string; patch: Record<string, unknown>; said: RegExp; not?: RegExp; fallback?: RegExp }[] = [
  {
    name: 'UY, async, Spanish words, an extra of fifteen minutes',
    patch: { format: 'async', culture: { country: 'UY' }, leader: { name: 'Gonzalo Pereyra', addressAs: 'Gonzalo' },
      firstResponseWords: 'Dale, pero no me pongas reuniones. Escribime por Slack, una pregunta concreta cada dos semanas, y te contesto cuando pueda. Si algún día hace falta, quince minutos y listo.',
      firstResponseDetails: { limits: 'no recurring meetings; one concrete question every two weeks, on Slack', channel: 'Slack DM' } },
    said: /no recurring meetings; one concrete question every two weeks, on Slack/, fallback: /fifteen minutes/,
  },
  {
    name: 'GB, async, limits written about him',
    patch: { format: 'async', culture: { country: 'GB' }, leader: { name: 'Tom Hale', addressAs: 'Tom' },
      firstResponseWords: 'Happy to, but keep it light. One question at a time, and only once I am back from Singapore. 15 minutes if ever needed.',
      firstResponseDetails: { limits: 'one question at a time, and only when he is back from Singapore' } },
    said: /one question at a time, and only when you are back from Singapore/, not: /when he is back/, fallback: /fifteen minutes/,
  },
  {
    name: 'IN, mixed, limits written about her, no extra',
    patch: { format: 'mixed', culture: { country: 'IN' }, leader: { name: 'Priya Nair', addressAs: 'Priya' },
      firstResponseWords: 'Yes, but nothing regular. Send me one thing at a time.',
      firstResponseDetails: { limits: 'nothing regular; she reads her messages on Fridays' } },
    said: /nothing regular; you read your messages on Fridays/, not: /she reads|her messages/,
  },
  {
    name: 'DE, async, limits in their own voice',
    patch: { format: 'async', culture: { country: 'DE' }, leader: { name: 'Jana Roth', addressAs: 'Jana' },
      firstResponseWords: 'Gern, aber nichts Regelmäßiges.',
      firstResponseDetails: { limits: 'nothing regular, I travel a lot until June' } },
    said: /nothing regular, you travel a lot until June/, not: /I travel/,
  },
];

suite('a yes with limits: the limits they set, said back plainly', () => {
  for (const c of CASES) {
    test(`${c.name}: request and script, every tone`, () => {
      for (const tone of TONES) {
        const profile = exampleWith({ ...c.patch, tone, firstResponse: 'yes-with-limits' });
        for (const id of ['request-meeting', 'script']) {
          const text = render(id, profile);
          assert.match(text, c.said, `${tone} ${id}: the limits said back`);
          assert.doesNotMatch(text, GLOSS, `${tone} ${id}: no gloss`);
          if (c.not) assert.doesNotMatch(text, c.not, `${tone} ${id}: turned to “you”`);
          if (c.fallback) assert.match(text, /a question ever needs? talking through/, `${tone} ${id}: the extra kept as the fallback`);
          if (c.fallback) assert.match(text, c.fallback, `${tone} ${id}: the fallback's length`);
          else assert.doesNotMatch(text, /ever needs? talking through/, `${tone} ${id}: no fallback they never offered`);
        }
      }
    });
  }
  test('where a meeting is asked for, no fallback slot beside it', () => {
    for (const tone of TONES) {
      const profile = exampleWith({ ...CASES[1]!.patch, format: 'meetings', tone, firstResponse: 'yes-with-limits' });
      for (const id of ['request-meeting', 'script']) {
        const text = render(id, profile);
        assert.match(text, CASES[1]!.said, `${tone} ${id}`);
        assert.doesNotMatch(text, /talking through/, `${tone} ${id}`);
      }
    }
  });
  test('an extra in `offered` ("15 minutes if ever needed") is the fallback, not the ask', () => {
    for (const tone of TONES) {
      const profile = exampleWith({ tone, format: 'async', firstResponse: 'yes-with-limits', firstResponseWords: 'No meetings, write to me. 15 minutes if ever needed.',
        firstResponseDetails: { limits: 'written questions only, no meetings', offered: '15 minutes if ever needed' } });
      const text = render('request-meeting', profile);
      assert.match(text, /written questions only, no meetings/, tone);
      assert.match(text, /fifteen minutes/, tone);
      assert.doesNotMatch(text, /offered(?: this)?: “15 minutes/, tone);
    }
  });
  test('German documents keep their own sentence, with no English limits in them', () => {
    const german = renderFinished('request-meeting', { ...CASES[0]!.patch, firstResponse: 'yes-with-limits' }, 'de');
    assert.doesNotMatch(german, /no recurring meetings|talking through/);
  });
});

suite('limits turned to “you”; the extra read from their words', () => {
  test('he, she, they, their name, in their voice', () => {
    const names = ['Gonzalo Pereyra', 'Gonzalo', 'Pereyra'];
    assert.strictEqual(limitsToYou('only when he is back', names), 'only when you are back');
    assert.strictEqual(limitsToYou('ask her first; her calendar is full', names), 'ask you first; your calendar is full');
    assert.strictEqual(limitsToYou('she only answers on Fridays', names), 'you only answer on Fridays');
    assert.strictEqual(limitsToYou("nothing while they're travelling, and nothing on their weekends", names), "nothing while you're travelling, and nothing on your weekends");
    assert.strictEqual(limitsToYou('no calls; Gonzalo answers in writing.', names), 'no calls; you answer in writing');
    assert.strictEqual(limitsToYou("one question when you're stuck, I answer within a week", names), 'one question when I’m stuck, you answer within a week');
  });
  test('a short slot offered only if needed, in several languages; not a regular one', () => {
    assert.strictEqual(fallbackIn('Dale. Si algún día hace falta, quince minutos y listo.'), 'fifteen minutes');
    assert.strictEqual(fallbackIn('15 minutes if ever needed'), 'fifteen minutes');
    assert.strictEqual(fallbackIn('Schreib mir. Falls nötig, eine halbe Stunde.'), 'half hour');
    assert.strictEqual(fallbackIn('Si besoin, 20 minutes au téléphone.'), 'twenty minutes');
    assert.strictEqual(fallbackIn('15 minutes every other week, on Slack.'), undefined);
    assert.strictEqual(fallbackIn('If ever needed, write to me.'), undefined);
  });
});

suite('a yes with limits: the limits told to your manager plainly', () => {
  test('every tone, in their voice or about them: the limits, not “within clear limits”', () => {
    const cases = [
      { limits: 'no recurring meetings; one concrete question every two weeks, on Slack', told: /on (?:his|her|their) terms: no recurring meetings; one concrete question every two weeks, on Slack/ },
      { limits: 'nothing regular, I travel a lot until June', told: /on (?:his|her|their) terms: nothing regular, they travel a lot until June/ },
      { limits: 'one question at a time, and only when he is back from Singapore', told: /on (?:his|her|their) terms: one question at a time, and only when he is back from Singapore/ },
    ];
    for (const c of cases) {
      for (const tone of TONES) {
        const profile = exampleWith({ tone, relationship: 'skip-level', firstResponse: 'yes-with-limits', firstResponseWords: 'Yes, but on my terms.', firstResponseDetails: { limits: c.limits } });
        const text = render('manager-first', profile);
        assert.doesNotMatch(text, /within clear limits/, `${tone}: ${c.limits}`);
        assert.match(text, c.told, `${tone}: ${c.limits}`);
      }
    }
  });
  test('their “I” told with their pronoun, the verb agreeing', () => {
    assert.strictEqual(limitsAbout('nothing regular, I travel a lot until June', 'she'), 'nothing regular, she travels a lot until June');
    assert.strictEqual(limitsAbout("I can't commit to anything regular; I'm out in May", 'he'), "he can't commit to anything regular; he is out in May");
    assert.strictEqual(limitsAbout("I can't commit to anything regular", 'they'), "they can't commit to anything regular");
    assert.strictEqual(limitsAbout('only when he is back', 'she'), 'only when he is back');
    assert.strictEqual(limitsAbout('ping me when you’re stuck', 'she'), '“ping me when you’re stuck”');
  });
});
