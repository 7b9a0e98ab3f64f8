// A fill-in inside a message to the leader speaks as the message does: "I" is you, "you" is the
// leader. "*(the first step I take on your answer, and by when)*", never "their answer" or "the first
// step you take", which read as if the leader were someone else or the writer were the reader.
import * as assert from 'assert';
import { FIRST_RESPONSES, TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

/** Documents whose fill-ins sit inside a message to the leader. */
const SENT = ['thank-you', 'async-update', 'first-checkin', 'no-reply', 'request-meeting'];
/** The leader as a third person, or you as the second. */
const WRONG_VOICE = /\b(?:they|their|them|theirs)\b|\byou (?:take|did|will|wrote|made)\b|\bthe last time you\b/i;

suite('Fill-ins inside a message to the leader', () => {
  test('speak as the message does: “I” for you, “you” for the leader', function () {
    this.timeout(600_000);
    const found = new Set<string>();
    FIRST_RESPONSES.forEach((firstResponse, i) => {
      const tone = TONES[i % TONES.length];
      const p = { ...exampleWith({ firstResponse, tone, relationship: ['skip-level', 'former-manager', 'cross-team'][i % 3], format: ['async', 'mixed', 'meetings'][i % 3] }), culture: { country: ['BR', 'DE', 'US', 'JP'][i % 4] } };
      for (const id of SENT) {
        for (const m of render(id, p).matchAll(/\*\(([^)]*)\)\*/gu)) if (WRONG_VOICE.test(m[1]!)) found.add(`${id}: (${m[1]!})`);
      }
    });
    assert.deepStrictEqual([...found], []);
  });
});
