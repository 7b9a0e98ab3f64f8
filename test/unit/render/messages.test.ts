// The five message templates (issue 12): rendered over the enum matrix, held to their word limits,
// and checked for the things a reader would notice first.
import * as assert from 'assert';
import { CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, ORGANIZATIONS, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { toPlainText } from '../../../src/core/render/plainText';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, LIBRARY, render, section, TODAY } from './helpers';

const MESSAGES = ['request-meeting', 'manager-first', 'one-pager', 'brief', 'no-reply'] as const;
const NAME = 'Dana Okafor';

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Plain text without the document's title and its italic guidance line: what is sent or said. */
function body(markdown: string): string {
  const lines = markdown.split('\n');
  const rest = lines.slice(1).filter((l) => !/^\*[^*].*\*$/.test(l)); // guidance lines are wholly in italics
  return toPlainText(rest.join('\n'));
}

/** The limits the issue sets, measured on plain text: what the recipient or the reader gets. */
const LIMITS: Record<string, (md: string) => [string, number]> = {
  'request-meeting': (md) => [toPlainText(section(md, 'The message')), 200],
  'one-pager': (md) => [body(md), 450],
  // 400 since the 30-second ask names the problem and the walk-away has a line for a no: still
  // well inside one printed page.
  brief: (md) => [toPlainText(md), 400],
};

function renderCtx(id: string, input: Record<string, unknown>): string {
  const checked = validateProfile(input);
  assert.ok(checked.ok, JSON.stringify(checked.issues));
  const outcome = LIBRARY.render(id, buildContext(checked.profile, builtinGlossary(), TODAY));
  if (!outcome.ok) assert.fail(`${id}: ${JSON.stringify(outcome.problem)}`);
  return outcome.text;
}

function assertClean(text: string, label: string): void {
  for (const bad of ['undefined', 'null', '[object Object]', '{{', '}}', 'NaN', '[fill in:']) assert.ok(!text.includes(bad), `${label} contains ${bad}`);
  assert.doesNotMatch(text, / {2,}\S|\s[,.;:](?!\d)/, `${label}: a doubled space or a space before punctuation`);
  assert.doesNotMatch(text, /“ |\s”/, `${label}: a quotation that opens or closes on a space`);
}

suite('Message templates: the enum matrix', function () {
  // Every first response (eleven since issue 21) with every tone and relationship: minutes under load.
  this.timeout(600_000);
  test('every message renders cleanly for every combination of choices, within its word limit', () => {
    let n = 0;
    for (const cadence of CADENCES) for (const format of FORMATS) for (const communication of COMMUNICATION)
      for (const hierarchy of HIERARCHY) for (const relationship of RELATIONSHIPS) for (const tone of TONES) {
        // firstResponse, organization and addressAs rotate through the matrix, so each value meets every other enum.
        const firstResponse = [...FIRST_RESPONSES, undefined][n % (FIRST_RESPONSES.length + 1)];
        const organization = [...ORGANIZATIONS, undefined][n % (ORGANIZATIONS.length + 1)];
        const profile = exampleWith({ cadence, format, culture: { communication, hierarchy }, relationship, tone, firstResponse, organization, leader: { addressAs: n % 2 ? 'Dana' : undefined } });
        n++;
        const label = `${cadence}/${format}/${communication}/${hierarchy}/${relationship}/${tone}/${firstResponse}/${organization}`;
        for (const id of MESSAGES) {
          const md = renderCtx(id, profile);
          assertClean(md, `${id} ${label}`);
          if (id === 'request-meeting' || id === 'no-reply') {
            // Every paragraph of an email is one line: a stray line break pastes as a broken sentence.
            const message = section(md, id === 'request-meeting' ? 'The message' : 'If the answer was no');
            assert.doesNotMatch(message, /[^\n]\n[^\n]/, `${id} ${label}: a paragraph broken over two lines`);
          }
          const limit = LIMITS[id];
          if (limit) {
            const [text, max] = limit(md);
            assert.ok(words(text) <= max, `${id} ${label}: ${words(text)} words, over ${max}`);
          }
        }
      }
  });

  test('every first response and organization, with every tone and relationship', () => {
    for (const firstResponse of FIRST_RESPONSES) for (const organization of ORGANIZATIONS) for (const tone of TONES) for (const relationship of RELATIONSHIPS) {
      for (const id of MESSAGES) assertClean(renderCtx(id, exampleWith({ firstResponse, organization, tone, relationship })), `${id} ${firstResponse}/${organization}/${tone}/${relationship}`);
    }
  });

  test('the word limits bite: a long challenge still fits, and the counter counts', () => {
    assert.strictEqual(words('Hi, Dana — could I have 20 minutes?'), 7);
    const long = 'moving the settlement ledger off the shared Oracle cluster without a freeze window during the peak season';
    for (const id of ['request-meeting', 'one-pager', 'brief']) {
      for (const tone of TONES) for (const communication of COMMUNICATION) {
        const md = renderCtx(id, exampleWith({ challenge: long, tone, culture: { communication }, relationship: 'executive', firstResponse: 'no-time', firstResponseWords: 'My calendar is full until the end of the quarter.', leader: { addressAs: 'Tanaka-san' } }));
        const [text, max] = LIMITS[id]!(md);
        assert.ok(words(text) <= max, `${id} ${tone}/${communication}: ${words(text)} words`);
      }
    }
  });
});

suite('Message templates: what a reader notices first', () => {
  test('the meeting request and the reply to a no have a Subject: line, in Markdown and in plain text', () => {
    for (const id of ['request-meeting', 'no-reply']) for (const tone of TONES) for (const communication of COMMUNICATION) {
      const md = render(id, exampleWith({ tone, culture: { communication } }));
      assert.match(md, /^\*\*Subject:\*\* \S/m, `${id} ${tone}/${communication}`);
      assert.match(toPlainText(md), /^Subject: \S/m, `${id} ${tone}/${communication}`);
    }
  });

  test('nothing sent or said greets the leader by full name; addressAs is used when given, else the given name', () => {
    for (const id of ['request-meeting', 'one-pager', 'brief', 'no-reply']) for (const tone of TONES) for (const relationship of RELATIONSHIPS) {
      const without = render(id, exampleWith({ tone, relationship }));
      assert.ok(!body(without).includes(NAME), `${id} ${tone}/${relationship} names the leader in full: ${body(without)}`);
      // Issue 22: without addressAs, the culture's usual form (here the given name), never no name at all.
      if (id === 'request-meeting' || id === 'no-reply') assert.match(body(without), /^(?:Dear|Hi|Hello) Dana,$/m, `${id} ${tone}/${relationship}`);
      const withName = render(id, exampleWith({ tone, relationship, leader: { addressAs: 'Dr. Okafor' } }));
      assert.ok(!body(withName).includes(NAME), `${id} ${tone}/${relationship} with addressAs`);
      if (id !== 'one-pager') assert.ok(body(withName).includes('Dr. Okafor'), `${id} ${tone}/${relationship} ignores addressAs`);
    }
  });

  test('greetings: "Dear X," in a formal tone, "Hi X," otherwise, and never without a name: without addressAs, the culture’s usual form', () => {
    assert.match(render('request-meeting', exampleWith({ tone: 'formal', leader: { addressAs: 'Dr. Okafor' } })), /^Dear Dr\. Okafor,$/m);
    assert.match(render('no-reply', exampleWith({ tone: 'warm', culture: { hierarchy: 'flat' }, leader: { addressAs: 'Dana' } })), /^Hi Dana,$/m);
    // A hierarchical culture keeps "Dear" whatever the tone: "Hi Dr. Okafor" reads wrong.
    assert.match(render('no-reply', exampleWith({ tone: 'concise', culture: { hierarchy: 'hierarchical' }, leader: { addressAs: 'Dr. Okafor' } })), /^Dear Dr\. Okafor,$/m);
    // Issue 22: never a bare "Hello,". No country: the given name, or a typed title with the family name.
    assert.match(render('request-meeting', exampleWith({ tone: 'formal' })), /^Dear Dana,$/m);
    assert.match(render('request-meeting', exampleWith({ tone: 'formal', leader: { name: 'Dr. Dana Okafor' } })), /^Dear Dr\. Okafor,$/m);
    assert.match(render('request-meeting', exampleWith({ tone: 'concise', culture: { hierarchy: 'flat' } })), /^Hi Dana,$/m);
    assert.match(render('request-meeting', exampleWith({ tone: 'formal', culture: { country: 'JP' }, leader: { name: 'Hiroshi Tanaka' } })), /^Dear Tanaka-san,$/m);
  });

  test('written to the leader in the second person', () => {
    for (const id of ['request-meeting', 'one-pager', 'no-reply']) for (const tone of TONES) {
      const text = body(render(id, exampleWith({ tone })));
      assert.match(text, /\byour? /i, `${id} ${tone}`);
      assert.doesNotMatch(text, /\b(he|she|his|her)\b/i, `${id} ${tone}`);
    }
  });

  test('manager first: the manager is named for a skip-level leader, and every relationship explains why', () => {
    const skip = render('manager-first', exampleWith({ relationship: 'skip-level' }));
    assert.match(section(skip, 'Why this conversation comes first'), /sits above your manager/);
    assert.match(skip, /Is something wrong with the support you get from me\?/);
    const whys = new Set(RELATIONSHIPS.map((relationship) => section(render('manager-first', exampleWith({ relationship })), 'Why this conversation comes first')));
    assert.strictEqual(whys.size, RELATIONSHIPS.length);
    const former = render('manager-first', exampleWith({ relationship: 'former-manager' }));
    assert.match(former, /used to be your manager/);
    // Issue 22: with no addressAs they are still named, in the culture's usual form.
    assert.match(former, /Are you thinking of going back to Dana’s team\?/);
    for (const relationship of RELATIONSHIPS) assert.match(section(render('manager-first', exampleWith({ relationship })), 'Keeping your manager in the loop'), /summary/);
  });

  test('manager first: when the leader said "ask your manager", the script says so', () => {
    const md = render('manager-first', exampleWith({ firstResponse: 'ask-your-manager' }));
    assert.match(section(md, 'The script'), /they suggested I speak with you first/);
  });

  test('the meeting request: an indirect culture gets the advance-note form, a direct one the purpose first', () => {
    for (const tone of TONES) {
      const indirect = section(render('request-meeting', exampleWith({ tone, culture: { communication: 'indirect' } })), 'The message');
      const direct = section(render('request-meeting', exampleWith({ tone, culture: { communication: 'direct' } })), 'The message');
      assert.match(indirect, /in advance|heads-up|Advance note|before (I ask|asking) for any of your time/i, tone);
      assert.match(indirect, /if the timing (is not|isn’t) right/i, tone); // one easy way out, not four
      assert.doesNotMatch(direct, /in advance|heads-up|before (I ask|asking) for any of your time/i, tone);
      assert.match(direct, /\b(15|20) min/, tone);
    }
  });

  test('the meeting request asks for 15 minutes when sessions are that short, and offers writing for an async rhythm', () => {
    assert.match(render('request-meeting', exampleWith({ sessionMinutes: 15, culture: { communication: 'direct' } })), /Request: 15 minutes/);
    assert.match(render('request-meeting', exampleWith({ format: 'async', culture: { communication: 'direct' } })), /in writing/);
    assert.doesNotMatch(section(render('request-meeting', exampleWith({ format: 'meetings', culture: { communication: 'direct' } })), 'The message'), /in writing/);
  });

  test('what the trial costs is true for the rhythm: sessions, written notes, or only when needed', () => {
    assert.match(render('one-pager', exampleWith({ cadence: 'weekly', sessionMinutes: 20, format: 'meetings' })), /about thirteen sessions of 20 minutes in three months, a little over four hours in all/);
    assert.match(render('one-pager', exampleWith({ cadence: 'monthly', format: 'async' })), /about three short written notes in three months/);
    for (const id of MESSAGES) assert.doesNotMatch(render(id, exampleWith({ cadence: 'as-needed', format: 'async', valueYouBring: 'a written summary' })), /session/i, id);
    assert.match(render('manager-first', exampleWith({ cadence: 'as-needed', format: 'meetings' })), /In time, that(’s| is) a 30-minute session only when a decision needs it/);
  });

  test('the brief ranks the objections by what the leader said first', () => {
    const first: Record<string, RegExp> = {
      // The prep doc's objection cards, in its ranking: the brief carries their first three.
      'no-time': /calendar is impossible/, 'not-now': /revisit this next quarter/, noncommittal: /find some time at some point/,
      'use-the-program': /mentoring program/, 'ask-your-manager': /manager be helping you/, 'not-ready': /not sure you’re ready/, 'no-reply': /calendar is impossible/,
      'yes-with-limits': /calendar is impossible/, referral: /right person/, 'doubts-fit': /right person/, declined: /calendar is impossible/,
    };
    for (const firstResponse of FIRST_RESPONSES) {
      const objections = section(render('brief', exampleWith({ firstResponse })), 'Three objections they are most likely to raise');
      const items = objections.split('\n').filter((l) => /^\d\. /.test(l));
      assert.strictEqual(items.length, 3, firstResponse);
      assert.match(items[0]!, first[firstResponse]!, firstResponse);
      assert.strictEqual(new Set(items.map((i) => i.slice(3))).size, 3, `${firstResponse}: three different objections`);
    }
  });

  test('the brief quotes what the leader said, when the profile has their words', () => {
    const md = render('brief', exampleWith({ firstResponse: 'no-time', firstResponseWords: 'My calendar is full until March.' }));
    assert.match(md, /what they said last time: “My calendar is full until March\.”\*$/m);
  });

  test('the brief has every part the issue names', () => {
    const md = render('brief', exampleWith({}));
    for (const part of ['Opening line', 'The 30-second ask', 'The bridge', 'Three objections', 'The walk-away line', 'In the pause']) assert.ok(md.includes(part), part);
  });

  test('the reply to a no asks for a referral in every tone and culture', () => {
    for (const tone of TONES) for (const communication of COMMUNICATION) {
      const md = render('no-reply', exampleWith({ tone, culture: { communication } }));
      assert.match(section(md, 'If the answer was no'), /Is there someone you would suggest I speak with\?/i, `${tone}/${communication}`);
    }
  });

  test('the one-pager has the five parts and what success looks like from the profile', () => {
    const md = render('one-pager', exampleWith({}));
    for (const h of ['The problem', 'Why you', 'The ask', 'What I do, what you get', 'What success looks like']) section(md, h);
    assert.match(section(md, 'What success looks like'), /written up as an ADR/);
    assert.match(section(md, 'The ask'), /about seven sessions of 30 minutes in three months/);
  });
});

suite('Message templates: tailoring changes what is said', () => {
  /** The lines a reader acts on: sentences and list items, not headings, blank lines, the sign-off or the title. */
  function said(markdown: string): string[] {
    return markdown.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '' && l !== '>' && !l.startsWith('#') && !/^(Kind regards|Thank you|Thanks),$|^Sam Rivera/.test(l));
  }
  /** Share of a's lines found word for word in b. */
  function shared(a: string, b: string): number {
    const la = said(a);
    const lb = new Set(said(b));
    return la.filter((l) => lb.has(l)).length / la.length;
  }
  /** Lines of a not found word for word in b. */
  const only = (a: string, b: string) => { const lb = new Set(said(b)); return said(a).filter((l) => !lb.has(l)); };
  // Tone rewrites most of what is said. Culture and relationship change at least two whole
  // sentences or list items each way. Neither is a word swap inside otherwise identical lines.
  for (const id of MESSAGES) {
    test(`${id}: each tone reads differently (at most 60% of lines shared)`, () => {
      const docs = TONES.map((tone) => render(id, exampleWith({ tone })));
      for (let i = 0; i < docs.length; i++) for (let j = 0; j < docs.length; j++) {
        if (i !== j) assert.ok(shared(docs[i]!, docs[j]!) <= 0.6, `${id} ${TONES[i]} vs ${TONES[j]}: ${shared(docs[i]!, docs[j]!).toFixed(2)}`);
      }
    });
    const variants: [string, Record<string, unknown>[]][] = [
      ['communication style', COMMUNICATION.map((communication) => ({ culture: { communication } }))],
      ['relationship', RELATIONSHIPS.map((relationship) => ({ relationship }))],
    ];
    for (const [field, patches] of variants) {
      // The brief is a one-page reminder of the script: a relationship shows in its walk-away line (the
      // manager line it once carried is a note to add in the script now, never said unasked).
      const least = id === 'brief' && field === 'relationship' ? 1 : 2;
      test(`${id}: each ${field} changes at least ${least === 1 ? 'one whole line' : 'two whole lines'}`, () => {
        for (const tone of TONES) {
          const docs = patches.map((p) => render(id, exampleWith({ ...p, tone })));
          for (let i = 0; i < docs.length; i++) for (let j = 0; j < docs.length; j++) {
            if (i !== j) assert.ok(only(docs[i]!, docs[j]!).length >= least, `${id} ${tone} ${JSON.stringify(patches[i])} vs ${JSON.stringify(patches[j])}: ${JSON.stringify(only(docs[i]!, docs[j]!))}`);
          }
        }
      });
    }
  }

  test('each first response changes the meeting request and the brief', () => {
    for (const id of ['request-meeting', 'brief']) {
      const docs = [undefined, ...FIRST_RESPONSES].map((firstResponse) => render(id, exampleWith({ firstResponse })));
      assert.strictEqual(new Set(docs).size, docs.length, id);
    }
  });

  // It used to: each organization's generic stakes were sent as the user's own knowledge, and
  // read as invented ("reliability while it grows" for a cloud-bill cut), so the organization
  // now adds no claim to the one-pager: the problem is followed by the user's own goal, or nothing.
  test('the organization adds no claim to the one-pager', () => {
    const docs = [undefined, ...ORGANIZATIONS].map((organization) => section(render('one-pager', exampleWith({ organization })), 'The problem'));
    assert.strictEqual(new Set(docs).size, 1, docs.join('\n'));
  });
});
