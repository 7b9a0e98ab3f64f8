// A challenge written as a clause (issue 21): "our fraud-scoring
// consumers lag behind on schema changes" was read as a noun phrase, so the spoken lines said "your take
// on our fraud-scoring consumers lag behind …" and the short name was "the consumers lag behind". A
// clause is said as "the problem that …", and the short name stops before its verb.
import * as assert from 'assert';
import { subjectVerbIndex } from '../../../src/core/render/subjectVerb';
import { exampleWith, renderAll } from './helpers';

const CLAUSES = [
  'our fraud-scoring consumers lag behind during the month-end batch and we breach the MAS notification window',
  'our fraud-scoring consumers lag behind on schema changes',
  'our batch jobs leak over time until the nodes restart',
  'the release trains slip every quarter',
  'our checkout pods hit the connection limit at peak',
  'the payment workers choke under load',
  'our health checks flap every few minutes',
  'the search indexers starve the database at month-end',
  'our on-call engineers wake up three times a night',
  'the alerts page the wrong team every weekend',
  'our caches thrash whenever the catalogue changes',
  'the nightly settlement job keeps failing',
  // A verb that is also a plural noun, then its plural object and a clause or a time (NZ).
  'our smart-meter ingestion drops reads whenever a retailer switch happens mid-cycle',
  'the billing export loses records when the batch overruns',
  'our gateway duplicates payments during failover',
  'the search index misses updates after every deploy',
];

suite('A challenge written as a clause', () => {
  test('the verb of each clause is found', () => {
    for (const c of CLAUSES) assert.ok(subjectVerbIndex(c) > 0, c);
    // A noun phrase stays one: "consumer lag" is a noun.
    for (const n of ['consumer lag during the month-end batch', 'memory leaks in the batch jobs', 'the lag of our fraud-scoring consumers', 'traffic spikes during sales events']) assert.strictEqual(subjectVerbIndex(n), -1, n);
  });

  test('no spoken or sent line puts the clause after a preposition, and the subject line never ends in its verb', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    for (const challenge of CLAUSES) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const docs = renderAll(exampleWith({ tone, challenge }));
        const words = challenge.split(' ');
        const verb = words[subjectVerbIndex(challenge)]!;
        // The clause up to its verb, escaped: what must never follow a preposition.
        const throughVerb = words.slice(0, subjectVerbIndex(challenge) + 1).join(' ').replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
        for (const [id, text] of Object.entries(docs)) {
          for (const line of text.split('\n')) {
            if (new RegExp(`\\b(?:on|about|with|into|of) ${throughVerb}\\b`, 'i').test(line)) problems.push(`${tone} ${id}: ${line.trim().slice(0, 140)}`);
            if (/^\*\*Subject:\*\*/.test(line) && new RegExp(`\\b${verb}\\b`).test(line)) problems.push(`${tone} ${id} subject: ${line}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
