// An invitation to their home or a family meal ("come have mansaf with us at the house", "dinner at
// ours", "come over for a braai", "almuerzo en casa", „komm zum Essen zu uns“) is hospitality, not a
// meeting: the setting says a small gift for the house and no papers, business only when they turn to
// it; the opening thanks them for having you (and the family, when their words name them); the brief
// brings no one-pager; the thank-you thanks them for their hospitality. The setting's "if they offer
// coffee, lunch or a walk instead of a meeting room, say yes" is not said beside an offer already made.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { offerOf } from '../../../src/core/render/offerShape';
import { exampleWith, render } from './helpers';

const INVITATIONS = [
  { offered: 'mansaf with us at the house when I am back from Riyadh', words: 'Talk to Rania first. When I’m back from Riyadh, come have mansaf with us at the house, we’ll talk properly.', country: 'JO', family: true },
  { offered: 'dinner at ours some evening', words: 'Happy to help. Come for dinner at ours some evening and we can talk it through.', country: 'GB', family: false },
  { offered: 'a braai at my place', words: 'Sure, come over for a braai at my place one Saturday and bring your questions.', country: 'ZA', family: false },
  { offered: 'almuerzo en casa con la familia', words: 'Claro, vení a almorzar un domingo, almuerzo en casa con la familia y lo charlamos.', country: 'AR', family: true },
  { offered: 'Essen bei uns', words: 'Gern, komm zum Essen zu uns, dann reden wir in Ruhe.', country: 'DE', family: true },
];
const ANSWERS = [
  { firstResponse: 'yes-with-limits' },
  { firstResponse: 'referral', extra: { referTo: 'Rania Haddad' } },
];
const MEETING_WORDS = /making the time|for the time|fitting me in|agreeing to meet|let them read your options|one-pager and your first decision|for your time today/i;

suite('An invitation to their home or a family meal is hospitality, not a meeting', () => {
  test('the offer is read as hospitality (and the family is named only when their words name it); a coffee is not', () => {
    for (const i of INVITATIONS) {
      const offer = offerOf(i.offered, i.words);
      assert.strictEqual(offer?.shape, 'informal', i.offered);
      assert.strictEqual(offer?.hospitality, true, i.offered);
      assert.strictEqual(offer?.family === true, i.family, `family: ${i.offered}`);
    }
    for (const [offered, words] of [['a coffee when I am in town', 'Happy to have a coffee when I am in town.'], ['lunch with the team on Friday', 'Join us for lunch with the team on Friday.'],
      ['a call', 'I work from home on Fridays, so a call then is fine.'], ['tea in my office', 'Come over to my office for tea.']]) {
      assert.notStrictEqual(offerOf(offered, words)?.hospitality, true, offered);
    }
  });

  test('script, brief and thank-you treat it as hospitality, over tones, countries and answers', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const a of ANSWERS) for (const i of INVITATIONS) {
      const profile = exampleWith({ tone, format: 'mixed', firstResponse: a.firstResponse, firstResponseWords: i.words, firstResponseDetails: { offered: i.offered, ...a.extra },
        culture: { country: i.country, scales: { trust: 'relationship-based' } } });
      const where = `${tone}/${a.firstResponse}/${i.country}`;
      const script = render('script', profile);
      const conversation = script.split('## If they push back')[0]!;
      const setting = /^\*Setting: .*$/m.exec(conversation)?.[0] ?? '';
      if (!/gift/i.test(setting) || !/no papers/i.test(setting) || !/turn to it|turns to it|turn to business/i.test(setting)) problems.push(`${where} setting: ${setting.slice(0, 160)}`);
      if (/coffee, lunch or a walk/.test(setting)) problems.push(`${where} setting: offers coffee beside their invitation`);
      const bad = conversation.split('\n').find((l) => MEETING_WORDS.test(l));
      if (bad) problems.push(`${where} script: ${bad.slice(0, 140)}`);
      const opening = conversation.split('\n').find((l) => /having me/.test(l)) ?? '';
      if (!opening) problems.push(`${where} script: no thanks for having you`);
      else if (/family/.test(opening) !== i.family) problems.push(`${where} opening family: ${opening.slice(0, 160)}`);
      const brief = render('brief', profile);
      if (/one-pager|\*\*Bring:\*\*.*papers?(?! )|Bring: the one-pager/.test(brief.split('\n').find((l) => /Bring:/.test(l)) ?? '') || !/gift/.test(brief)) problems.push(`${where} brief: ${(brief.split('\n').find((l) => /Bring:/.test(l)) ?? '').slice(0, 140)}`);
      const note = render('thank-you', profile).split('## ')[1] ?? '';
      if (/your time today/.test(note) || !/hospitality|having me/.test(note)) problems.push(`${where} thank-you: ${note.split('\n').find((l) => /Thank/.test(l) && !/Subject/.test(l))?.slice(0, 140)}`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a coffee they offered is not followed by "if they offer coffee, lunch or a walk, say yes"', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const country of ['JO', 'BR', 'CN']) for (const offered of ['a coffee', 'coffee when I’m in town', 'a walk by the river']) {
      const profile = exampleWith({ tone, format: 'meetings', firstResponse: 'yes-with-limits', firstResponseWords: `Happy to do ${offered}, but nothing regular.`, firstResponseDetails: { offered },
        culture: { country, scales: { trust: 'relationship-based' } } });
      const setting = /^\*Setting: .*$/m.exec(render('script', profile))?.[0] ?? '';
      if (/coffee, lunch or a walk/.test(setting)) problems.push(`${tone}/${country}/${offered}: ${setting.slice(0, 120)}`);
    }
    assert.deepStrictEqual(problems, []);
  });
});
