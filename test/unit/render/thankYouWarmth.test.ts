// Where trust is built through the relationship (Thailand, Japan, Brazil, India…), the thank-you is warm
// before it is business (a reader: "Thank you for the conversation today; it was exactly what I had asked
// for", then a list of agreed items, read cold to a Thai SVP): a personal thanks for their time and a
// line on something personal from the conversation come before any list. Task-based cultures keep the
// short thanks. In English and in German.
import * as assert from 'assert';
import { renderFinished } from './helpers';

/** The first note: from its greeting to its first list item. */
function beforeTheList(doc: string): string {
  const note = doc.split(/^## /mu)[1] ?? '';
  const start = note.search(/^(?:Dear|Hello|Hi|Good|Sehr|Liebe|Guten|Hallo)\b/mu);
  const list = note.indexOf('\n- ');
  assert.ok(start >= 0 && list > start, `no greeting or no list:\n${note}`);
  return note.slice(start, list);
}

const RELATIONSHIP: Record<string, unknown>[] = [
  { country: 'TH', scales: { communication: 'high-context', hierarchy: 'hierarchical', trust: 'relationship-based', disagreement: 'avoided', time: 'flexible' } },
  { country: 'JP' }, { country: 'BR' }, { country: 'IN' },
];
const ANSWERS: Record<string, unknown>[] = [
  {}, // no first answer yet: the meeting that agreed a rhythm
  { firstResponse: 'referral', firstResponseWords: 'Talk to Marcos, he knows this better than I do.', firstResponseDetails: { referTo: 'Marcos' } },
  { firstResponse: 'declined', firstResponseWords: 'No, I can’t take on mentoring this year.' },
];

suite('the thank-you where trust is personal: warmth before business', () => {
  test('a personal thanks and a personal line come before the list, over countries, tones and first answers', () => {
    for (const culture of RELATIONSHIP) for (const tone of ['formal', 'warm', 'concise']) for (const answer of ANSWERS) {
      const head = beforeTheList(renderFinished('thank-you', { culture, tone, ...answer }));
      const label = `${JSON.stringify(culture).slice(0, 20)} ${tone} ${String(answer.firstResponse ?? '-')}:\n${head}`;
      assert.match(head, /^Thank/mu, label);
      assert.match(head, /\*\(One line on something personal/u, label);
      assert.doesNotMatch(head, /exactly what I(?:’d| had)? (?:asked|hoped) for/u, label);
    }
  });

  test('in German too', () => {
    for (const tone of ['formal', 'warm']) {
      const head = beforeTheList(renderFinished('thank-you', { culture: { country: 'BR' }, tone, leader: { name: 'Ana Souza', addressAs: 'Frau Souza' } }, 'de'));
      assert.match(head, /\*\(Eine Zeile zu etwas Persönlichem/u, `${tone}:\n${head}`);
    }
  });

  test('task-based cultures keep the short thanks, with no personal line', () => {
    for (const country of ['DE', 'NL', 'US']) for (const answer of ANSWERS) {
      const doc = renderFinished('thank-you', { culture: { country }, tone: 'formal', ...answer });
      assert.doesNotMatch(doc, /something personal/u, country);
    }
  });
});
