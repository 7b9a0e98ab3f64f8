// Spoken lines that are true and sayable (reader 23): a line about your manager says only what the
// profile says (managerKnows), an apology when they were not told before the first ask, the leader's
// pronoun where the form of address gives it and never "they" after their name otherwise, no word of
// their language inside a spoken English line, courteous concise lines, the decision framed as yours,
// and no small talk eating a 15-minute slot.
import * as assert from 'assert';
import { RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { leaderPronoun } from '../../../src/core/render/slots';
import { exampleWith, render, renderFinished } from './helpers';

const ANSWERS: Record<string, Record<string, unknown>> = {
  'no-time': { firstResponse: 'no-time', firstResponseWords: 'My calendar is impossible right now.' },
  'not-now': { firstResponse: 'not-now', firstResponseWords: 'Not before the end of the quarter, sorry.' },
  declined: { firstResponse: 'declined', firstResponseWords: 'I can’t take on mentoring anyone this year.' },
  'ask-your-manager': { firstResponse: 'ask-your-manager', firstResponseWords: 'Happy to, but talk to your manager first.' },
  none: {},
};

/** The quoted spoken lines of a document (“…” after **You:** or a label), joined. */
const spoken = (text: string): string => (text.match(/“[^”]*”/g) ?? []).join('\n');

suite('Spoken lines say only what the profile says about your manager', () => {
  test('managerKnows true: "knows", never "supportive" or "supports it", in every tone, relationship and first answer', () => {
    const problems: string[] = [];
    for (const tone of TONES) {
      for (const relationship of RELATIONSHIPS) {
        for (const [answer, patch] of Object.entries(ANSWERS)) {
          const profile = exampleWith({ tone, relationship, managerKnows: true, ...patch });
          for (const id of ['script', 'prep-doc', 'brief', 'objections', 'request-meeting']) {
            const text = render(id, profile);
            const claim = /supportive|supports (?:this|it|my)|support this|manager is great|knows and supports/i.exec(text);
            if (claim) problems.push(`${tone}/${relationship}/${answer} ${id}: ${claim[0]}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('the German meeting request says only that the manager knows', () => {
    for (const tone of TONES) {
      for (const patch of [{ relationship: 'skip-level' }, ANSWERS['ask-your-manager']!]) {
        const text = renderFinished('request-meeting', { tone, managerKnows: true, ...patch }, 'de');
        assert.doesNotMatch(text, /steht dahinter|unterstützt das/, `${tone}: ${text}`);
      }
    }
  });

  test('asked already while the manager did not know: an apology, not "you should hear it from me first"', () => {
    for (const tone of TONES) {
      for (const relationship of ['executive', 'cross-team', 'skip-level'] as const) {
        for (const patch of [ANSWERS.declined!, ANSWERS['not-now']!, { firstResponse: 'no-reply' }]) {
          const untold = render('manager-first', exampleWith({ tone, relationship, managerKnows: false, culture: { communication: 'direct', hierarchy: 'flat' }, ...patch }));
          assert.match(untold, /I should have told you this before I first asked/, `${tone}/${relationship}/${String(patch.firstResponse)}`);
          assert.doesNotMatch(untold, /wanted you to hear it from me first|You should hear it/, `${tone}/${relationship}/${String(patch.firstResponse)}`);
          const unsaid = render('manager-first', exampleWith({ tone, relationship, ...patch }));
          assert.doesNotMatch(unsaid, /I should have told you/, `${tone}/${relationship}: unset invents no apology`);
        }
      }
    }
  });
});

suite('The leader’s pronoun in spoken lines', () => {
  test('a gendered form of address gives the pronoun; a bare name gives none', () => {
    for (const [form, they] of [['chị Lan', 'she'], ['Chị Lan', 'she'], ['Rajesh dai', 'he'], ['Ahmet Bey', 'he'], ['Ayşe Hanım', 'she'], ['Pak Budi', 'he'], ['Ibu Sari', 'she'],
      ['anh Tuấn', 'he'], ['Priya didi', 'she'], ['Mrs. Patel', 'she'], ['Mr Okafor', 'he'], ['Nenad', 'they'], ['Anh Nguyen', 'they'], ['Kari', 'they']] as const) {
      assert.strictEqual(leaderPronoun(form, '').they, they, form);
    }
  });

  test('after a no, never "they said no" about a named leader, in every tone', () => {
    for (const tone of TONES) {
      for (const [leader, expected] of [[{ name: 'Nenad Petrović', addressAs: 'Nenad' }, /the answer was no/], [{ name: 'Phạm Thị Lan', addressAs: 'chị Lan' }, /chị Lan about mentoring, and she (?:said no|declined)/],
        [{ name: 'Rajesh Adhikari', addressAs: 'Rajesh dai' }, /Rajesh dai about mentoring, and he (?:said no|declined)/]] as const) {
        const text = render('manager-first', exampleWith({ tone, relationship: 'executive', leader, ...ANSWERS.declined }));
        assert.match(text, expected, `${tone} ${leader.addressAs}`);
        assert.doesNotMatch(text, /[;,] they (?:said no|declined)/, `${tone} ${leader.addressAs}`);
      }
    }
  });
});

suite('What they offered, said in English and without claims of overtime', () => {
  test('an informal offer in their language is named in English in the talk with your manager', () => {
    for (const tone of TONES) {
      for (const [words, offered] of [['Ta kontakt igjen i januar, så tar vi en kaffe.', 'en kaffe'], ['Melde dich im Januar, dann trinken wir einen Kaffee.', 'einen Kaffee'],
        ['Écris-moi en janvier, on prendra un café.', 'un café']] as const) {
        const text = render('manager-first', exampleWith({ tone, relationship: 'former-manager', firstResponse: 'not-now', firstResponseWords: words, firstResponseDetails: { offered } }));
        const lines = spoken(text);
        assert.ok(!lines.includes(offered), `${tone} ${offered}: ${lines}`);
        assert.match(lines, /a coffee, as Dana offered/, `${tone} ${offered}`);
        assert.doesNotMatch(lines, /on my own time|outside my delivery commitments/, `${tone} ${offered}`);
      }
    }
  });
});

suite('Concise is short, not curt, to a senior leader', () => {
  test('no "Works.", "your call", "Yes or no, both fine" or a bare "Fair." in any concise document', () => {
    const problems: string[] = [];
    for (const relationship of RELATIONSHIPS) {
      for (const [answer, patch] of Object.entries(ANSWERS)) {
        const profile = exampleWith({ tone: 'concise', relationship, ...patch });
        for (const id of ['script', 'brief', 'objections', 'one-pager', 'prep-doc']) {
          const curt = /“(?:Works|Fair)\.|your call|Yes or no, both fine|that was the whole ask/.exec(render(id, profile));
          if (curt) problems.push(`${relationship}/${answer} ${id}: ${curt[0]}`);
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});

suite('The one conversation: your decision, then their experience as the reason to ask', () => {
  test('never "my question is how you …" welded to your options; which they would back, in every tone', () => {
    for (const tone of TONES) {
      for (const patch of [ANSWERS.declined!, { firstResponse: 'referral', firstResponseWords: 'Talk to Lucía Hernández, she did this before.', firstResponseDetails: { referTo: 'Lucía Hernández' } }]) {
        const lines = spoken(render('script', exampleWith({ tone, relationship: 'executive', ...patch })));
        assert.doesNotMatch(lines, /My question is (?:about )?using bounded contexts/, `${tone}/${String(patch.firstResponse)}`);
        assert.match(lines, /Given using bounded contexts to split the gateway[’']s routing rules, which would you back|I have a decision to make/, `${tone}/${String(patch.firstResponse)}`);
      }
    }
  });
});

suite('A 15-minute slot', () => {
  test('no small talk first where trust is built over time: the thanks keeps to the slot', () => {
    for (const tone of TONES) {
      for (const country of ['VN', 'NP', 'IN']) {
        for (const patch of [ANSWERS['no-time']!, { firstResponse: 'referral', firstResponseWords: 'Talk to Lucía Hernández first. 15 minutes on a Friday, OK.', firstResponseDetails: { referTo: 'Lucía Hernández', offered: '15 minutes on a Friday' } }]) {
          const profile = exampleWith({ tone, sessionMinutes: 15, culture: { country }, ...patch });
          for (const id of ['script', 'brief']) {
            const lines = spoken(render(id, profile));
            assert.doesNotMatch(lines, /Before anything else|How have things been/, `${tone}/${country}/${id}`);
            assert.match(lines, /15 minutes|fifteen minutes/, `${tone}/${country}/${id}`);
          }
        }
      }
    }
  });
});
