// An objection answer says the ask the documents make, never another: no "one
// conversation about one problem" beside an ask for a rhythm, and no written note "instead of a meeting"
// offered where trust is built by time together. Every first answer x rhythm x format, inside and outside.
import * as assert from 'assert';
import { CADENCES, FIRST_RESPONSES, FORMATS } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { factsOf } from '../../../src/core/render/facts';
import { exampleWith, render, TODAY } from './helpers';

/** The answers of the objection cards: the lines said back, not the objections or what they mean. */
const answers = (doc: string): string => doc.split('\n').filter((l) => l.startsWith('> **You:**')).join('\n');
const ONE_EXCHANGE = /\bone (?:conversation|written question) (?:about|on) one problem\b/i;
const NOTE_NOT_MEETING = /\bnote[^.”]{0,40}instead of a meeting\b/i;

suite('Objection answers follow the ask', function () {
  this.timeout(300_000);
  test('every first answer x rhythm x format: no answer proposes another size or format than the ask', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const firstResponse of FIRST_RESPONSES) for (const cadence of CADENCES) for (const format of FORMATS) for (const country of ['SA', 'CN', 'GB']) {
      const profile = exampleWith({ firstResponse, cadence, format, culture: { country }, leader: { organization: 'other', company: 'Acme Ltd' } });
      const facts = factsOf(validateProfile(profile).profile, TODAY);
      const said = answers(render('objections', profile));
      const where = `${firstResponse} ${cadence} ${format} ${country}`;
      if (!facts.rhythm.single && ONE_EXCHANGE.test(said)) problems.push(`${where}: ${said.match(ONE_EXCHANGE)![0]} beside ${facts.rhythm.summary}`);
      if (facts.scales.trust === 'relationship-based' && format === 'meetings' && NOTE_NOT_MEETING.test(said)) problems.push(`${where}: ${said.match(NOTE_NOT_MEETING)![0]}`);
      checked++;
    }
    assert.ok(checked >= FIRST_RESPONSES.length * CADENCES.length * FORMATS.length * 3);
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });
});
