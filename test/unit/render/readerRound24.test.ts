// Reading round 24: "write your questions and I will look when I can" is a yes in writing, even beside "sitting
// down is not possible" and a condition for "something more regular" later; the rhythm of their own week is
// not what they offered; the person named is written without the place after the name ("Giorgi Lomidze in
// Platform"), and the reason they gave is one clause, not the leader's next one ("he knows this better").
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TONES } from '../../../src/core/profile/profile';
import { personNamed, proposeReading } from '../../../src/core/render/firstAnswer';
import { render, TODAY } from './helpers';

const profileOf = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r24', file), 'utf8')) as Record<string, unknown>;

const WRITE_AND_LOOK = [
  'Sawa Baraka, I have seen your message. These days I am between Dar and Dodoma every week, sitting down is not possible. Write your questions and I will look when I can. Once the BoT inspection is closed we can see about something more regular. Tuone.',
  'I\'m travelling a lot this quarter. Write down your questions and I will have a look when I can.',
  'Meetings are impossible for me this quarter. Send me your questions and I\'ll answer.',
  'Sitting together is not possible right now. Write your questions, I will look at them when I can; later we can see about something more regular.',
];

suite('Reading round 24: a yes in writing, and the person named', () => {
  test('"write your questions and I will look when I can" is a yes in writing, whatever sits beside it', () => {
    for (const words of WRITE_AND_LOOK) assert.strictEqual(proposeReading(words, TODAY).response, 'yes-with-limits', words);
  });

  test('no document puts a no in their mouth, or offers back the rhythm of their week', () => {
    const base = profileOf('tz-async-unset-condition.json');
    for (const words of WRITE_AND_LOOK) {
      for (const tone of TONES) {
        for (const id of ['prep-doc', 'script', 'brief', 'request-meeting']) {
          const doc = render(id, { ...base, firstResponseWords: words, tone });
          assert.doesNotMatch(doc, /couldn['’]t take on mentoring|could not take on mentoring|Read from their words as “no”|already said no/, `${id} ${tone} ${words}`);
          assert.doesNotMatch(doc, /offered[^.]{0,20}[‘“]These days|offered[^.]{0,20}[‘“]I['’]m travelling/, `${id} ${tone} ${words}`);
        }
      }
    }
  });

  test('a place or a team after the name is not part of it', () => {
    assert.strictEqual(personNamed('Giorgi Lomidze in Platform'), 'Giorgi Lomidze');
    assert.strictEqual(personNamed('Ana Souza at Finance'), 'Ana Souza');
    assert.strictEqual(personNamed('Priya Nair from the payments team'), 'Priya Nair');
    assert.strictEqual(personNamed('someone in Platform'), 'someone in Platform');
    for (const tone of TONES) {
      const doc = render('request-meeting', { ...profileOf('ge-referral-15min-orthodox-new-year.json'), tone });
      assert.doesNotMatch(doc, /Lomidze in\b/, tone);
      assert.match(doc, /^(?:Hi|Hello|Dear) Giorgi(?: Lomidze)?,$/m, tone);
    }
  });

  test('the reason the leader gave for the person named is one clause', () => {
    const cases: [string, string][] = [
      ['Talk to Giorgi Lomidze, he moved payments out of the monolith, he knows this better.', 'Giorgi Lomidze'],
      ['Ask Marta Silva, she ran the ledger migration, she knows it inside out.', 'Marta Silva'],
      ['Speak to Tom Baker, he built the event bus, I think he would enjoy it.', 'Tom Baker'],
    ];
    for (const [words, referTo] of cases) {
      const doc = render('request-meeting', { ...profileOf('ge-referral-15min-orthodox-new-year.json'), firstResponseWords: words, firstResponseDetails: { referTo } });
      assert.doesNotMatch(doc, /knows this better|knows it inside out|would enjoy it/, words);
      assert.match(doc, /because you (?:moved|ran|built)/, words);
    }
  });

});
